"""Resolving a merge conflict by hand: "edited?" and "Mark resolved" on exact small cases."""

from __future__ import annotations

import pytest
import shapely
from conftest import point, zone

from zoneeditor.core.errors import EditRefused
from zoneeditor.core.merge import ConflictKind, merge
from zoneeditor.core.merge.by_hand import current_path, hand_edited, mark_resolved
from zoneeditor.core.merge.resolve import MARKER, is_open, is_resolved, proposal, resolution
from zoneeditor.core.model import Feature, Version

SQUARE = "POLYGON ((0 0, 0.02 0, 0.04 0, 0.04 0.04, 0.02 0.04, 0 0.04, 0 0))"
OURS = "POLYGON ((0 0, 0.02 -0.01, 0.04 0, 0.04 0.04, 0.02 0.04, 0 0.04, 0 0))"
THEIRS = "POLYGON ((0 0, 0.02 -0.02, 0.04 0, 0.04 0.04, 0.02 0.04, 0 0.04, 0 0))"
HAND = "POLYGON ((0 0, 0.02 -0.015, 0.04 0, 0.04 0.04, 0.02 0.04, 0 0.04, 0 0))"


def v(*features, name="P") -> Version:
    return Version(name, {f.id: f for f in features})


def apply(version: Version, cs) -> Version:
    out = version.copy()
    for d in cs.deltas:
        assert out.features.get(d.id) == d.old
        if d.new is None:
            del out.features[d.id]
        else:
            out.features[d.id] = d.new
    return out


def with_geometry(version: Version, fid: str, wkt: str) -> Version:
    out = version.copy()
    f = out.features[fid]
    out.features[fid] = Feature(f.id, f.layer, shapely.from_wkt(wkt), dict(f.attributes))
    return out


@pytest.fixture
def conflicted():
    base = v(zone("z", SQUARE, name="Z", status="agreed"), point("p", "POINT (0.01 0.01)"))
    ours = v(zone("z", OURS, name="Z", status="proposed"))
    theirs = v(zone("z", THEIRS, name="Z", status="disputed"), point("p", "POINT (0.011 0.01)"))
    result = merge(base, ours, theirs)
    return result, proposal(result, "M")


def by_kind(result, kind):
    return next(c for c in result.conflicts if c.kind == kind)


def test_a_stretch_left_as_ours_or_as_theirs_is_not_edited(conflicted):
    result, prop = conflicted
    geo = by_kind(result, ConflictKind.GEOMETRY)
    assert not hand_edited(geo, prop)
    path = current_path(geo.spans[0], prop.features["z"])
    assert path.tolist() == geo.spans[0].ours.tolist()
    taken = apply(prop, resolution(geo, "theirs", prop))
    assert not hand_edited(geo, taken)  # theirs is a side, not a hand edit
    with pytest.raises(EditRefused, match="still as one side drew it"):
        mark_resolved(geo, with_geometry(prop, "z", OURS))


def test_a_redrawn_stretch_can_be_marked_resolved_and_keeps_the_drawing(conflicted):
    result, prop = conflicted
    geo = by_kind(result, ConflictKind.GEOMETRY)
    edited = with_geometry(prop, "z", HAND)
    assert hand_edited(geo, edited)
    cs = mark_resolved(geo, edited)
    done = apply(edited, cs)
    assert not is_open(geo, done)
    assert done.features["z"].geometry.equals_exact(shapely.from_wkt(HAND), 0)
    # the attribute conflict of the same feature is still marked
    assert done.features["z"].attributes[MARKER] == "attribute:status@z"
    with pytest.raises(EditRefused, match="not open"):
        mark_resolved(geo, done)


def test_moving_an_anchor_of_the_stretch_counts_as_an_edit(conflicted):
    result, prop = conflicted
    geo = by_kind(result, ConflictKind.GEOMETRY)
    moved = with_geometry(prop, "z", "POLYGON ((0 0.001, 0.02 -0.01, 0.04 0, 0.04 0.04, "
                                     "0.02 0.04, 0 0.04, 0 0.001))")
    assert current_path(geo.spans[0], moved.features["z"]) is None
    assert hand_edited(geo, moved)


def test_a_third_attribute_value_is_a_hand_edit(conflicted):
    result, prop = conflicted
    attr = by_kind(result, ConflictKind.ATTRIBUTE)
    assert not hand_edited(attr, prop)
    z = prop.features["z"]
    typed = prop.copy()
    typed.features["z"] = z.with_attributes(status="agreed")
    assert hand_edited(attr, typed)
    done = apply(typed, mark_resolved(attr, typed))
    assert done.features["z"].status == "agreed"
    assert done.features["z"].attributes[MARKER] == "geometry:0:0@z"


def test_every_conflict_decided_by_hand_or_side_resolves_the_proposal(conflicted):
    result, prop = conflicted
    geo = by_kind(result, ConflictKind.GEOMETRY)
    attr = by_kind(result, ConflictKind.ATTRIBUTE)
    dm = by_kind(result, ConflictKind.DELETE_MODIFY)
    prop = with_geometry(prop, "z", HAND)
    prop = apply(prop, mark_resolved(geo, prop))
    prop = apply(prop, resolution(attr, "ours", prop))
    assert not is_resolved(prop)
    prop = apply(prop, resolution(dm, "theirs", prop))
    assert is_resolved(prop)


def test_a_conflict_over_a_whole_ring_knows_either_side_and_a_hand_drawing():
    square = [(0, 0), (0.02, 0), (0.04, 0), (0.04, 0.04), (0.02, 0.04), (0, 0.04)]

    def ring(moves):
        return shapely.Polygon([moves.get(i, p) for i, p in enumerate(square)])

    # ours moves vertices 0..3, theirs 2..5 and 0: together every segment is covered
    ours = ring({0: (-0.001, 0), 1: (0.02, -0.01), 2: (0.045, 0), 3: (0.045, 0.04)})
    theirs = ring({2: (0.05, 0), 3: (0.05, 0.04), 4: (0.02, 0.05), 5: (0, 0.05), 0: (0, -0.002)})
    result = merge(v(zone("z", shapely.Polygon(square))), v(zone("z", ours)),
                   v(zone("z", theirs)))
    (geo,) = result.conflicts
    assert [(s.start, s.end) for s in geo.spans] == [(None, None)]
    prop = proposal(result, "M")
    assert not hand_edited(geo, prop)
    taken = apply(prop, resolution(geo, "theirs", prop))
    assert taken.features["z"].geometry.normalize().equals_exact(theirs.normalize(), 0)
    assert not hand_edited(geo, taken)
    drawn = with_geometry(prop, "z", "POLYGON ((0 0, 0.04 0, 0.04 0.04, 0 0.04, 0 0))")
    assert hand_edited(geo, drawn)
    assert not is_open(geo, apply(drawn, mark_resolved(geo, drawn)))


def test_a_proposal_with_open_conflicts_cannot_be_promoted(conflicted):
    from zoneeditor.core.model import Project, ProjectMeta
    from zoneeditor.core.versions import promote

    result, prop = conflicted
    project = Project.from_versions(ProjectMeta(),
                                    [Version("agreed", dict(result.base.features)), prop])
    with pytest.raises(EditRefused, match="open merge conflicts on 2 feature"):
        promote(project, "M", today="2025-03-14")
    for conflict in result.conflicts:
        prop = apply(prop, resolution(conflict, "theirs", prop))
    project.versions["M"] = prop
    assert promote(project, "M", today="2025-03-14").parts
