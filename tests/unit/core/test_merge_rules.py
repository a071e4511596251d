"""The merge rules on small hand-made cases, with exact expected vertices and areas."""

from __future__ import annotations

import doctest
import importlib

import pytest
import shapely
from conftest import line, point, zone
from shapely import Polygon
from support.merge import conflicted

from zoneeditor.core.geodesy import area_km2
from zoneeditor.core.merge import ConflictKind, changeset_between, merge
from zoneeditor.core.merge.resolve import (
    MARKER,
    apply_choices,
    is_open,
    is_resolved,
    proposal,
    resolution,
)
from zoneeditor.core.model import Version

SQUARE = "POLYGON ((0 0, 0.02 0, 0.04 0, 0.04 0.04, 0.02 0.04, 0 0.04, 0 0))"


def v(*features, name="P") -> Version:
    return Version(name, {f.id: f for f in features})


def coords(geometry) -> list[tuple[float, float]]:
    return [tuple(c) for c in shapely.get_coordinates(geometry).tolist()]


def ring_vertices(geometry) -> set[tuple[float, float]]:
    return set(coords(geometry))


# -- whole features ---------------------------------------------------------------------------
def test_one_side_changed_is_taken_as_it_is():
    base = v(zone("z", SQUARE, name="Z"), point("p", "POINT (0.01 0.01)", name="Post"))
    moved = point("p", "POINT (0.011 0.01)", name="Post")
    renamed = zone("z", SQUARE, name="Zed")
    result = merge(base, v(base.features["z"], moved), v(renamed, base.features["p"]))
    assert result.merged.features["p"] is moved
    assert result.merged.features["z"] is renamed
    assert result.taken_ours == ("p",) and result.taken_theirs == ("z",)
    assert result.conflicts == () and result.is_clean


def test_identical_change_on_both_sides_is_taken_once_without_conflict():
    base = v(zone("z", SQUARE, name="Z", status="proposed"))
    ours = v(zone("z", "POLYGON ((0 0, 0.02 -0.01, 0.04 0, 0.04 0.04, 0.02 0.04, 0 0.04, 0 0))",
                  name="Z", status="agreed"))
    # the same change, drawn from another start vertex and the other way round
    theirs = v(zone("z", "POLYGON ((0.04 0, 0.02 -0.01, 0 0, 0 0.04, 0.02 0.04, 0.04 0.04, "
                         "0.04 0))", name="Z", status="agreed"))
    result = merge(base, ours, theirs)
    assert result.conflicts == ()
    assert result.same_on_both == ("z",)
    assert result.merged.features["z"] is ours.features["z"]


def test_inserts_on_both_sides_are_kept_and_deletes_on_both_are_deleted():
    base = v(zone("z", SQUARE), point("gone", "POINT (0 0)"))
    a = point("a", "POINT (0.01 0.01)", name="Ours")
    b = point("b", "POINT (0.02 0.02)", name="Theirs")
    result = merge(base, v(base.features["z"], a), v(base.features["z"], b))
    assert set(result.merged.features) == {"z", "a", "b"}
    assert (result.taken_ours, result.taken_theirs, result.same_on_both) == (
        ("a",), ("b",), ("gone",))
    assert result.conflicts == ()


def test_same_id_added_differently_on_both_sides_is_a_conflict():
    base = v()
    ours, theirs = v(point("x", "POINT (1 1)", name="A")), v(point("x", "POINT (1 1)", name="B"))
    result = merge(base, ours, theirs)
    (c,) = result.conflicts
    assert c.kind == ConflictKind.BOTH_ADDED and c.base is None
    assert result.merged.features["x"].name == "A"
    assert result.resolved("theirs").features["x"].name == "B"


@pytest.mark.parametrize("deleting", ["ours", "theirs"])
def test_delete_against_change_is_a_conflict_never_silent(deleting):
    post = point("p", "POINT (0.01 0.01)", name="Post Morek")
    moved = point("p", "POINT (0.012 0.01)", name="Post Morek")
    base = v(post)
    ours, theirs = (v(), v(moved)) if deleting == "ours" else (v(moved), v())
    result = merge(base, ours, theirs)
    (c,) = result.conflicts
    assert c.kind == ConflictKind.DELETE_MODIFY
    assert c.base is post and c.where == (0.012, 0.01)
    assert f"{deleting.capitalize()} deleted Post Morek" in c.description
    assert "geometry" in c.description
    # kept as ours in the merged version; theirs on request
    assert ("p" in result.merged.features) == (deleting == "theirs")
    assert ("p" in result.resolved("theirs").features) == (deleting == "ours")


# -- attributes -------------------------------------------------------------------------------
def test_different_attributes_changed_on_each_side_are_both_kept():
    base = v(zone("z", SQUARE, name="Idlib", status="agreed", notes=""))
    ours = v(base.features["z"].with_attributes(status="disputed"))
    theirs = v(base.features["z"].with_attributes(notes="see annex", name="Idlib (N)"))
    result = merge(base, ours, theirs)
    z = result.merged.features["z"]
    assert (z.name, z.status, z.attributes["notes"]) == ("Idlib (N)", "disputed", "see annex")
    assert result.combined == ("z",) and result.within_geometry == ()
    assert result.conflicts == ()


def test_same_attribute_changed_differently_is_a_conflict_per_attribute():
    base = v(zone("z", SQUARE, name="Idlib", status="agreed", party="A"))
    ours = v(base.features["z"].with_attributes(status="disputed", party="B"))
    theirs = v(base.features["z"].with_attributes(status="proposed", party="B", notes="x"))
    result = merge(base, ours, theirs)
    (c,) = result.conflicts
    assert (c.kind, c.attribute, c.values) == (ConflictKind.ATTRIBUTE, "status",
                                               ("agreed", "disputed", "proposed"))
    assert c.description == ("Both sides changed status of Idlib: ours 'disputed', "
                             "theirs 'proposed' (was 'agreed').")
    merged = result.merged.features["z"]
    assert (merged.status, merged.party, merged.attributes["notes"]) == ("disputed", "B", "x")
    assert result.resolved("theirs").features["z"].status == "proposed"


def test_clearing_an_attribute_is_a_change():
    base = v(zone("z", SQUARE, notes="old"))
    result = merge(base, v(base.features["z"].with_attributes(notes="")), base)
    assert result.merged.features["z"].attributes["notes"] == ""


# -- geometry, stretch by stretch -------------------------------------------------------------
# The square 0..0.04° with mid-side vertices; ours pushes the south side out, theirs the north.
SOUTH_OUT = "POLYGON ((0 0, 0.02 -0.01, 0.04 0, 0.04 0.04, 0.02 0.04, 0 0.04, 0 0))"
NORTH_OUT = "POLYGON ((0 0, 0.02 0, 0.04 0, 0.04 0.04, 0.02 0.05, 0 0.04, 0 0))"
BOTH_OUT = Polygon([(0, 0), (0.02, -0.01), (0.04, 0), (0.04, 0.04), (0.02, 0.05), (0, 0.04)])


def test_disjoint_stretches_of_one_ring_are_both_applied():
    base = v(zone("z", SQUARE, party="A"))
    result = merge(base, v(zone("z", SOUTH_OUT, party="A")), v(zone("z", NORTH_OUT, party="A")))
    assert result.conflicts == ()
    merged = result.merged.features["z"].geometry
    assert shapely.normalize(merged).equals_exact(shapely.normalize(BOTH_OUT), 0)
    assert coords(merged)[0] == (0.0, 0.0)
    # planar area: 0.04² plus two triangles of 0.04 × 0.01 / 2
    assert merged.area == pytest.approx(0.0016 + 0.0004, abs=1e-15)
    assert area_km2(merged) == pytest.approx(area_km2(BOTH_OUT), rel=1e-12)
    assert result.within_geometry == ("z",) and result.combined == ("z",)


def test_overlapping_stretches_are_a_conflict_kept_as_ours():
    base = v(zone("z", SQUARE))
    ours = v(zone("z", SOUTH_OUT))
    theirs = v(zone("z", "POLYGON ((0 0, 0.02 -0.02, 0.04 0, 0.04 0.04, 0.02 0.04, 0 0.04, 0 0))"))
    result = merge(base, ours, theirs)
    (c,) = result.conflicts
    assert c.kind == ConflictKind.GEOMETRY and c.feature_ids == ("z",)
    assert c.where == (0.02, 0.0)
    assert "near 0.00000°N 0.02000°E" in c.description
    (span,) = c.spans
    assert (span.start, span.end) == ((0.0, 0.0), (0.04, 0.0))
    assert span.ours.tolist() == [[0, 0], [0.02, -0.01], [0.04, 0]]
    assert span.theirs.tolist() == [[0, 0], [0.02, -0.02], [0.04, 0]]
    assert result.merged.features["z"] is ours.features["z"]
    assert result.resolved("theirs").features["z"] is theirs.features["z"]


def test_stretches_meeting_at_a_kept_vertex_are_both_applied():
    # ours moves the south-west half, theirs the south-east half: they share vertex (0.02, 0)
    base = v(zone("z", "POLYGON ((0 0, 0.01 0, 0.02 0, 0.03 0, 0.04 0, 0.04 0.04, 0 0.04, 0 0))"))
    ours = v(zone("z", "POLYGON ((0 0, 0.01 -0.01, 0.02 0, 0.03 0, 0.04 0, 0.04 0.04, 0 0.04, "
                       "0 0))"))
    theirs = v(zone("z", "POLYGON ((0 0, 0.01 0, 0.02 0, 0.03 -0.005, 0.04 0, 0.04 0.04, "
                         "0 0.04, 0 0))"))
    result = merge(base, ours, theirs)
    assert result.conflicts == ()
    assert coords(result.merged.features["z"].geometry) == [
        (0, 0), (0.01, -0.01), (0.02, 0), (0.03, -0.005), (0.04, 0), (0.04, 0.04), (0, 0.04),
        (0, 0)]


def test_stretches_closer_than_the_margin_are_a_conflict():
    # ours moves (0.01, 0), theirs (0.0103, 0): one kept segment of ~11 m lies between them
    ring = [(0, 0), (0.01, 0), (0.0101, 0), (0.0102, 0), (0.0103, 0), (0.04, 0), (0.04, 0.04),
            (0, 0.04)]
    base = v(zone("z", Polygon(ring)))
    ours = v(zone("z", _moved(ring, (0.01, 0), (0.01, -0.001))))
    theirs = v(zone("z", _moved(ring, (0.0103, 0), (0.0103, -0.001))))
    assert merge(base, ours, theirs, margin_m=1.0).conflicts == ()
    (c,) = merge(base, ours, theirs, margin_m=20.0).conflicts
    assert c.kind == ConflictKind.GEOMETRY
    assert [s.start for s in c.spans] == [(0.0, 0.0), (0.0102, 0.0)]


def test_a_merged_geometry_that_is_not_valid_is_a_conflict_never_repaired():
    # ours (read from some file) has a bow-tie on the north side; theirs moves the south side
    base = v(zone("z", "POLYGON ((0 0, 0.02 0, 0.04 0, 0.04 0.04, 0.03 0.04, 0.01 0.04, "
                       "0 0.04, 0 0))"))
    bow = "POLYGON ((0 0, 0.02 0, 0.04 0, 0.04 0.04, 0.01 0.03, 0.03 0.03, 0 0.04, 0 0))"
    ours = v(zone("z", bow))
    theirs = v(zone("z", "POLYGON ((0 0, 0.02 -0.01, 0.04 0, 0.04 0.04, 0.03 0.04, 0.01 0.04, "
                         "0 0.04, 0 0))"))
    result = merge(base, ours, theirs)
    (c,) = result.conflicts
    assert c.kind == ConflictKind.INVALID_RESULT
    assert "crosses itself" in c.description
    assert c.where == pytest.approx((0.02, 0.0333333), abs=1e-6)
    assert result.merged.features["z"] is ours.features["z"]
    assert result.resolved("theirs").features["z"] is theirs.features["z"]


def test_a_redrawn_geometry_is_one_whole_edit():
    base = v(zone("z", SQUARE))
    redrawn = v(zone("z", "POLYGON ((0.001 0.001, 0.03 0.001, 0.03 0.03, 0.001 0.03, "
                          "0.001 0.001))"))
    theirs = v(zone("z", NORTH_OUT))
    (c,) = merge(base, redrawn, theirs).conflicts
    assert c.kind == ConflictKind.GEOMETRY and c.spans[0].whole
    assert "cannot be combined stretch by stretch" in c.description
    # alone, a redrawing is simply taken
    assert merge(base, redrawn, base).merged.features["z"] is redrawn.features["z"]


def test_lines_merge_stretch_by_stretch_ends_included():
    base = v(line("l", "LINESTRING (0 0, 0.01 0, 0.02 0, 0.03 0, 0.04 0)"))
    ours = v(line("l", "LINESTRING (-0.01 0.005, 0 0, 0.01 0, 0.02 0, 0.03 0, 0.04 0)"))  # longer
    theirs = v(line("l", "LINESTRING (0 0, 0.01 0, 0.02 0, 0.03 0.004, 0.04 0)"))
    result = merge(base, ours, theirs)
    assert result.conflicts == ()
    assert coords(result.merged.features["l"].geometry) == [
        (-0.01, 0.005), (0, 0), (0.01, 0), (0.02, 0), (0.03, 0.004), (0.04, 0)]
    # both sides moving the start of the line is one place
    theirs_start = v(line("l", "LINESTRING (0 0.002, 0.01 0, 0.02 0, 0.03 0, 0.04 0)"))
    (c,) = merge(base, ours, theirs_start).conflicts
    (span,) = c.spans
    assert (span.start, span.end) == (None, (0.01, 0.0))
    assert span.ours.tolist() == [[-0.01, 0.005], [0, 0], [0.01, 0]]
    assert span.theirs.tolist() == [[0, 0.002], [0.01, 0]]


def test_holes_and_shells_merge_ring_by_ring():
    shell = [(0, 0), (0.05, 0), (0.1, 0), (0.1, 0.1), (0, 0.1)]
    hole = [(0.04, 0.04), (0.06, 0.04), (0.06, 0.06), (0.04, 0.06)]
    base = v(zone("z", Polygon(shell, [hole])))
    ours = v(zone("z", Polygon([(0, 0), (0.05, -0.01), (0.1, 0), (0.1, 0.1), (0, 0.1)], [hole])))
    theirs = v(zone("z", Polygon(shell, [[(0.04, 0.04), (0.05, 0.035), (0.06, 0.04),
                                          (0.06, 0.06), (0.04, 0.06)]])))
    result = merge(base, ours, theirs)
    assert result.conflicts == ()
    merged = result.merged.features["z"].geometry
    assert ring_vertices(merged.exterior) == set(ours.features["z"].geometry.exterior.coords)
    theirs_hole = theirs.features["z"].geometry.interiors[0]
    assert ring_vertices(merged.interiors[0]) == set(theirs_hole.coords)
    assert merged.area == pytest.approx(0.01 + 0.0005 - 0.0004 - 0.00005, abs=1e-15)


# -- shared borders ---------------------------------------------------------------------------
# Two zones side by side sharing the edge x = 0.02 (vertices at y = 0, 0.01, 0.02, 0.03, 0.04).
WEST = [(0, 0), (0.02, 0), (0.02, 0.01), (0.02, 0.02), (0.02, 0.03), (0.02, 0.04), (0, 0.04)]
EAST = [(0.02, 0), (0.04, 0), (0.04, 0.04), (0.02, 0.04), (0.02, 0.03), (0.02, 0.02),
        (0.02, 0.01)]


def _moved(ring, old, new):
    return Polygon([new if p == old else p for p in ring])


def _shared(a, b) -> float:
    """Length (degrees) of the boundary two zones share; their overlap must be empty."""
    assert a.intersection(b).area == pytest.approx(0, abs=1e-18)
    return a.boundary.intersection(b.boundary).length


def test_a_shared_border_stays_shared_after_merging_edits_on_both_sides():
    base = v(zone("w", Polygon(WEST), party="A"), zone("e", Polygon(EAST), party="B"))
    # ours moves a border vertex in both zones (one shared-vertex move); theirs reshapes the
    # outer sides of both zones
    bend = ((0.02, 0.02), (0.025, 0.02))
    ours = v(zone("w", _moved(WEST, *bend), party="A"), zone("e", _moved(EAST, *bend), party="B"))
    theirs = v(zone("w", _moved(WEST, (0, 0.04), (-0.01, 0.045)), party="A"),
               zone("e", _moved(EAST, (0.04, 0), (0.05, -0.005)), party="B"))
    result = merge(base, ours, theirs)
    assert result.conflicts == ()
    w, e = result.merged.features["w"].geometry, result.merged.features["e"].geometry
    assert (0.025, 0.02) in ring_vertices(w) and (0.025, 0.02) in ring_vertices(e)
    assert (-0.01, 0.045) in ring_vertices(w) and (0.05, -0.005) in ring_vertices(e)
    # the whole border (two bent segments and two straight ones) is still shared
    assert _shared(w, e) == pytest.approx(0.02 + 2 * (0.01 ** 2 + 0.005 ** 2) ** 0.5, rel=1e-12)


def test_a_conflict_on_a_shared_border_is_one_decision_for_both_neighbours():
    base = v(zone("w", Polygon(WEST)), zone("e", Polygon(EAST)),
             line("l", "LINESTRING (0.02 0, 0.02 0.01, 0.02 0.02, 0.02 0.03, 0.02 0.04)",
                  name="Line of contact"))
    ours_bend, theirs_bend = ((0.02, 0.02), (0.025, 0.02)), ((0.02, 0.02), (0.015, 0.021))

    def bent(old, new):
        lc = shapely.LineString([new if tuple(p) == old else tuple(p)
                                 for p in shapely.get_coordinates(base.features["l"].geometry)])
        return v(zone("w", _moved(WEST, old, new)), zone("e", _moved(EAST, old, new)),
                 line("l", lc, name="Line of contact"))

    result = merge(base, bent(*ours_bend), bent(*theirs_bend))
    (c,) = result.conflicts
    assert c.feature_ids == ("e", "w", "l") and c.feature_id == "e"
    assert "a border they share" in c.description
    for side, xy in (("ours", (0.025, 0.02)), ("theirs", (0.015, 0.021))):
        version = result.resolved(side)
        w, e, lc = (version.features[k].geometry for k in "wel")
        assert xy in ring_vertices(w) and xy in ring_vertices(e) and xy in ring_vertices(lc)
        assert _shared(w, e) == pytest.approx(e.boundary.intersection(lc).length, rel=1e-12)


# -- proposals, resolution, "resolved?" -------------------------------------------------------
def test_a_merge_proposal_marks_open_conflicts_and_keeps_a_deleted_feature_visible():
    result = conflicted()
    assert [c.kind.value for c in result.conflicts] == ["attribute", "geometry", "delete_modify"]
    prop = proposal(result, "Merged")
    assert prop.features["z"].attributes[MARKER] == "attribute:status@z; geometry:0:0@z"
    assert prop.features["p"].geometry.equals(shapely.Point(0.011, 0.01))
    assert not is_resolved(prop)


def test_resolving_each_conflict_is_an_ordinary_change_set_until_resolved():
    result = conflicted()
    prop = proposal(result, "Merged")
    for conflict in result.conflicts:
        cs = resolution(conflict, "theirs", prop)
        assert cs.version == "Merged" and not cs.is_empty
        for d in cs.deltas:
            assert d.old is prop.features.get(d.id)
            if d.new is None:
                del prop.features[d.id]
            else:
                prop.features[d.id] = d.new
        assert not is_open(conflict, prop)
    assert is_resolved(prop)
    z = prop.features["z"]
    # the north edit (theirs only) was merged; the south conflict went to theirs
    assert coords(z.geometry) == [(0, 0), (0.02, -0.02), (0.04, 0), (0.04, 0.04), (0.02, 0.05),
                                  (0, 0.04), (0, 0)]
    assert z.status == "disputed" and MARKER not in z.attributes
    assert prop.features["p"].geometry.equals(shapely.Point(0.011, 0.01))


def test_keeping_ours_is_a_change_too_and_deletes_a_feature_deleted_on_our_side():
    result = conflicted()
    prop = proposal(result, "Merged")
    dm = next(c for c in result.conflicts if c.kind == ConflictKind.DELETE_MODIFY)
    cs = resolution(dm, "ours", prop)
    assert [(d.id, d.new) for d in cs.deltas] == [("p", None)]
    geo = next(c for c in result.conflicts if c.kind == ConflictKind.GEOMETRY)
    cs = resolution(geo, "ours", prop)
    (d,) = cs.deltas
    assert d.new.geometry.equals_exact(d.old.geometry, 0)
    assert d.new.attributes[MARKER] == "attribute:status@z"


def test_resolved_with_choices_matches_resolved_sides():
    result = conflicted()
    keys = [c.key for c in result.conflicts]
    every = apply_choices(result, dict.fromkeys(keys, "theirs"))
    theirs = result.resolved("theirs")
    assert set(every.features) == set(theirs.features)
    for fid, f in theirs.features.items():
        g = every.features[fid]
        assert shapely.normalize(g.geometry).equals_exact(shapely.normalize(f.geometry), 0)
        assert dict(g.attributes) == dict(f.attributes)
    assert result.resolved_with({}).features == result.merged.features


# -- applying a result ------------------------------------------------------------------------
def test_changeset_between_turns_one_version_into_the_other():
    result = conflicted()
    cs = changeset_between(result.ours, result.merged, "Merge", "P")
    target = result.ours.copy()
    for d in cs.deltas:
        assert target.features.get(d.id) == d.old
        if d.new is None:
            del target.features[d.id]
        else:
            target.features[d.id] = d.new
    assert target.features == result.merged.features
    assert changeset_between(result.merged, result.merged, "x", "P").deltas == ()


@pytest.mark.parametrize("module", ["shapes", "attributes", "changeset", "units"])
def test_module_examples(module):
    mod = importlib.import_module(f"zoneeditor.core.merge.{module}")
    assert doctest.testmod(mod).failed == 0


def test_a_conflict_covers_only_the_stretch_both_redrew():
    """Theirs moved vertices 1 and 3 (2 kept between them), ours 1 and 5: the conflict is
    vertex 1's stretch alone, and deciding "mine" keeps their move of vertex 3. Before,
    their two moves were one stretch, and "mine" undid vertex 3 (a tester lost a
    colleague's edit through a team sync this way)."""
    import math

    ring = [(36 + 0.3 * math.cos(2 * math.pi * i / 9), 35 + 0.3 * math.sin(2 * math.pi * i / 9))
            for i in range(9)]

    def moved(*moves: tuple[int, float, float]) -> Polygon:
        pts = list(ring)
        for i, dx, dy in moves:
            pts[i] = (pts[i][0] + dx, pts[i][1] + dy)
        return Polygon(pts)

    base = v(zone("z", Polygon(ring)))
    ours = v(zone("z", moved((1, 0.01, 0.01), (5, -0.01, 0.0))))
    theirs = v(zone("z", moved((1, -0.02, 0.0), (3, 0.0, -0.01))))
    result = merge(base, ours, theirs)
    (conflict,) = result.conflicts
    (span,) = conflict.spans
    assert (span.start, span.end) == (ring[0], ring[2])
    mine = ring_vertices(result.resolved("ours").get("z").geometry)
    assert (ring[3][0], ring[3][1] - 0.01) in mine  # their vertex 3, undisputed
    assert (ring[5][0] - 0.01, ring[5][1]) in mine
    assert (ring[1][0] + 0.01, ring[1][1] + 0.01) in mine
    yours = ring_vertices(result.resolved("theirs").get("z").geometry)
    assert (ring[1][0] - 0.02, ring[1][1]) in yours and (ring[5][0] - 0.01, ring[5][1]) in yours
