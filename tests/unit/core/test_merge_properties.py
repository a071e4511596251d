"""Merge properties under hypothesis: identities, symmetry, and drawn stretch edits.

Zones are star-shaped rings (vertices at increasing angles around a centre), so any change of
radii or any vertex inserted at an in-between angle keeps them valid: a drawn edit is a set
of vertex ranges whose radii change (and maybe a vertex inserted in a touched segment).
Edits of two sides touching disjoint segment sets must merge to the ring carrying both; edits
sharing a segment must be exactly one conflict per connected group.
"""

from __future__ import annotations

import math
import os

import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import LineString, Point, Polygon

from zoneeditor.core.merge import changeset_between, merge
from zoneeditor.core.merge.resolve import apply_choices, is_resolved, proposal, resolution
from zoneeditor.core.model import Feature, Version

CENTRE = (36.5, 35.5)
R = 0.05
# MERGE_EXAMPLES=2000 for a longer hunt
SETTINGS = settings(max_examples=int(os.environ.get("MERGE_EXAMPLES", "60")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def xy(angle: float, radius: float) -> tuple[float, float]:
    return (CENTRE[0] + radius * math.cos(angle), CENTRE[1] + radius * math.sin(angle))


def base_ring(n: int) -> list[tuple[float, float]]:
    """(angle, radius) of a wobbly star ring of n vertices."""
    return [(2 * math.pi * i / n, R * (1 + 0.2 * math.sin(3 * 2 * math.pi * i / n)))
            for i in range(n)]


def polygon(ring: list[tuple[float, float]]) -> Polygon:
    return Polygon([xy(a, r) for a, r in sorted(ring)])


def key(version: Version) -> dict:
    """Content of a version, drawing order aside (ring start, orientation)."""
    out = {}
    for f in version:
        g = shapely.normalize(shapely.remove_repeated_points(f.geometry, 0.0))
        attrs = {k: val for k, val in f.attributes.items() if val not in (None, "")}
        out[f.id] = (f.layer.value, g.wkb, tuple(sorted(attrs.items())))
    return out


# -- drawing edits ----------------------------------------------------------------------------
@st.composite
def ranges(draw, n: int, count: int) -> list[tuple[int, int]]:
    """Up to ``count`` cyclic vertex ranges (start, length), two kept vertices between each."""
    out: list[tuple[int, int]] = []
    taken = [False] * n
    for _ in range(count):
        start = draw(st.integers(0, n - 1))
        length = draw(st.integers(1, max(1, n // 4)))
        cells = [(start + k) % n for k in range(-2, length + 2)]
        if any(taken[c] for c in cells) or length + 4 > n:
            continue
        for k in range(length):
            taken[(start + k) % n] = True
        out.append((start, length))
    return out


@st.composite
def ring_edit(draw, n: int, max_ranges: int = 3):
    """A side's edit of a ring: ranges, a radius factor per moved vertex, optional insertions."""
    chosen = draw(ranges(n, max_ranges))
    moves, inserts = {}, []
    for start, length in chosen:
        for k in range(length):
            moves[(start + k) % n] = draw(st.sampled_from([0.6, 0.8, 0.9, 1.1, 1.25, 1.4]))
        if draw(st.booleans()):  # a vertex inserted in one touched segment
            seg = (start - 1 + draw(st.integers(0, length))) % n
            inserts.append((seg, draw(st.sampled_from([0.7, 0.95, 1.3]))))
    return chosen, moves, inserts


def apply_edit(ring, edit):
    """The ring with an edit applied: (angle, radius) pairs."""
    n = len(ring)
    _, moves, inserts = edit
    out = [(a, r * moves.get(i, 1.0)) for i, (a, r) in enumerate(ring)]
    for seg, factor in inserts:
        a0, a1 = ring[seg][0], ring[(seg + 1) % n][0]
        if a1 <= a0:
            a1 += 2 * math.pi
        mid = (a0 + a1) / 2
        out.append((mid % (2 * math.pi), R * factor))
    return out


def segments(n: int, chosen) -> list[set[int]]:
    """Segment sets (segment i joins vertex i and i+1) each range touches."""
    return [{(s - 1 + k) % n for k in range(length + 1)} for s, length in chosen]


def expected_groups(n, ours_edit, theirs_edit) -> list[tuple[set[int], set[int]]]:
    """Connected groups of overlapping ours/theirs ranges: (ours range ids, theirs range ids)."""
    so, sth = segments(n, ours_edit[0]), segments(n, theirs_edit[0])
    groups: list[tuple[set[int], set[int]]] = []
    for i, a in enumerate(so):
        hit = {j for j, b in enumerate(sth) if a & b
               and not same_range_edit(n, ours_edit, i, theirs_edit, j)}
        if not hit:
            continue
        joined = [g for g in groups if g[1] & hit]
        merged = ({i}, set(hit))
        for g in joined:
            groups.remove(g)
            merged[0].update(g[0])
            merged[1].update(g[1])
        groups.append(merged)
    return groups


def same_range_edit(n, edit_a, i, edit_b, j) -> bool:
    """True when range i of one edit and range j of the other are the very same edit."""
    if edit_a[0][i] != edit_b[0][j]:
        return False
    a, b = restrict(edit_a, {i}, n), restrict(edit_b, {j}, n)
    return a[1] == b[1] and sorted(a[2]) == sorted(b[2])


def restrict(edit, keep: set[int], n: int):
    """The part of an edit made of the ranges numbered in ``keep``."""
    chosen, moves, inserts = edit
    kept = [chosen[i] for i in sorted(keep)]
    segs = set().union(*segments(n, kept)) if kept else set()
    verts = {(s + k) % n for s, length in kept for k in range(length)}
    return (kept, {i: f for i, f in moves.items() if i in verts},
            [(s, f) for s, f in inserts if s in segs])


def combine(edit_a, edit_b):
    """Both edits (a range both sides edited identically counts once)."""
    return (edit_a[0] + edit_b[0], {**edit_a[1], **edit_b[1]},
            list(dict.fromkeys(edit_a[2] + edit_b[2])))


# -- the properties ---------------------------------------------------------------------------
@SETTINGS
@given(st.data(), st.integers(12, 40))
def test_drawn_stretch_edits_merge_or_conflict_exactly(data, n):
    check_drawn_edits(n, data.draw(ring_edit(n)), data.draw(ring_edit(n)))


def test_a_stretch_wrapping_past_the_ring_start_over_two_of_the_other_sides_stretches():
    """Regression (found by the property above): theirs' stretch wraps past vertex 0 and
    overlaps both of ours' stretches; the conflict's spans were cut in two overlapping
    pieces, and resolving it said "edited by hand" although nobody had."""
    check_drawn_edits(16, ([(4, 1), (1, 1)], {4: 0.6, 1: 0.6}, []),
                      ([(0, 4)], {0: 0.6, 1: 0.6, 2: 0.6, 3: 0.6}, []))


def test_a_wrapped_stretch_reaching_three_runs_is_one_span():
    """The wrapped end of the last run may swallow several runs at the ring's start."""
    ours = ([(1, 1), (4, 1), (7, 1)], {1: 0.6, 4: 0.8, 7: 0.6}, [])
    theirs = ([(13, 10)], {i % 16: 1.25 for i in range(13, 23)}, [])
    result = check_drawn_edits(16, ours, theirs)
    assert len(result.conflicts) == 1
    assert len(result.conflicts[0].spans) == 1


def test_overlapping_edits_covering_the_whole_ring_resolve_to_either_side():
    """No vertex is kept by all three when the conflicting stretches cover every segment:
    the span is the whole ring (no anchors), and resolving takes that side's ring."""
    n = 16
    ring = base_ring(n)
    ours_edit = ([(0, 10)], {i: 0.6 for i in range(10)}, [])
    theirs_edit = ([(8, 10)], {i % n: 1.25 for i in range(8, 18)}, [])
    base = Version("P", {"z": Feature("z", "zones", polygon(ring))})
    sides = {name: Version("P", {"z": Feature("z", "zones", polygon(apply_edit(ring, e)))})
             for name, e in (("ours", ours_edit), ("theirs", theirs_edit))}
    result = merge(base, sides["ours"], sides["theirs"])
    (conflict,) = result.conflicts
    (span,) = conflict.spans
    assert (span.start, span.end) == (None, None) and not span.whole
    for side in ("ours", "theirs"):
        prop = proposal(result, "M")
        for d in resolution(conflict, side, prop).deltas:
            prop.features[d.id] = d.new
        assert is_resolved(prop)
        got = prop.features["z"].geometry
        assert shapely.normalize(got).equals_exact(
            shapely.normalize(sides[side].features["z"].geometry), 0), side


def check_drawn_edits(n, ours_edit, theirs_edit):
    """Merge two drawn edits of a star ring and check the exact result (see module doc)."""
    ring = base_ring(n)
    base = Version("P", {"z": Feature("z", "zones", polygon(ring))})
    ours = Version("P", {"z": Feature("z", "zones", polygon(apply_edit(ring, ours_edit)))})
    theirs = Version("P", {"z": Feature("z", "zones", polygon(apply_edit(ring, theirs_edit)))})
    result = merge(base, ours, theirs)
    groups = expected_groups(n, ours_edit, theirs_edit)
    if ours_edit[0] and theirs_edit[0] and not groups:
        assert result.conflicts == ()
    assert len(result.conflicts) == len(groups)
    in_group_o = set().union(*(g[0] for g in groups)) if groups else set()
    in_group_t = set().union(*(g[1] for g in groups)) if groups else set()
    free_o = restrict(ours_edit, set(range(len(ours_edit[0]))) - in_group_o, n)
    free_t = restrict(theirs_edit, set(range(len(theirs_edit[0]))) - in_group_t, n)
    grouped_o = restrict(ours_edit, in_group_o, n)
    grouped_t = restrict(theirs_edit, in_group_t, n)
    for side, chosen in (("ours", grouped_o), ("theirs", grouped_t)):
        want = polygon(apply_edit(ring, combine(combine(free_o, free_t), chosen)))
        got = result.resolved(side).features["z"].geometry
        assert got.is_valid
        assert shapely.normalize(got).equals_exact(shapely.normalize(want), 0), side
    # resolving conflict by conflict gives the same as taking a side for all of them
    every = apply_choices(result, {c.key: "theirs" for c in result.conflicts})
    assert key(every) == key(result.resolved("theirs"))
    return result


def _feature_edits(draw, base: Version, n: int) -> Version:
    """A random edit of a whole version: geometry stretches, attributes, deletes, inserts."""
    out = base.copy()
    for fid, f in base.features.items():
        action = draw(st.sampled_from(["keep", "keep", "attr", "geom", "both", "delete"]))
        if action == "delete":
            del out.features[fid]
            continue
        g = f
        if action in ("attr", "both"):
            g = g.with_attributes(**{draw(st.sampled_from(["name", "status", "notes"])):
                                     draw(st.sampled_from(["", "a", "b", "proposed"]))})
        if action in ("geom", "both"):
            if f.layer.value == "zones":
                g = g.with_geometry(polygon(apply_edit(base_ring(n), draw(ring_edit(n)))))
            elif f.layer.value == "lines":
                coords = list(f.geometry.coords)
                i = draw(st.integers(0, len(coords) - 1))
                coords[i] = (coords[i][0], coords[i][1] + draw(st.sampled_from([0.001, -0.002])))
                g = g.with_geometry(LineString(coords))
            else:
                g = g.with_geometry(Point(f.geometry.x + 0.001, f.geometry.y))
        out.features[fid] = g
    if draw(st.booleans()):
        new = Feature.create("points", Point(36.4, 35.4 + draw(st.integers(0, 9)) / 1000),
                             name="new")
        out.features[new.id] = new
    return out


def _base_version(n: int) -> Version:
    line_coords = [xy(a, r) for a, r in base_ring(n)[: n // 2]]
    return Version("P", {
        "z": Feature("z", "zones", polygon(base_ring(n)), {"name": "Zone", "status": "agreed"}),
        "l": Feature("l", "lines", LineString(line_coords), {"name": "Line"}),
        "p": Feature("p", "points", Point(36.5, 35.5), {"name": "Post"}),
    })


@SETTINGS
@given(st.data(), st.integers(12, 30))
def test_identities(data, n):
    base = _base_version(n)
    x = _feature_edits(data.draw, base, n)
    for result in (merge(base, x, base), merge(base, base, x), merge(base, x, x)):
        assert result.conflicts == ()
        assert result.merged.features == x.features
        assert result.resolved("theirs").features == x.features


@SETTINGS
@given(st.data(), st.integers(12, 30))
def test_swapping_sides_swaps_the_conflicts_and_nothing_else(data, n):
    base = _base_version(n)
    ours, theirs = _feature_edits(data.draw, base, n), _feature_edits(data.draw, base, n)
    one, two = merge(base, ours, theirs), merge(base, theirs, ours)
    assert key(two.merged) == key(one.resolved("theirs"))
    assert key(two.resolved("theirs")) == key(one.merged)
    assert (two.taken_ours, two.taken_theirs) == (one.taken_theirs, one.taken_ours)
    assert (two.combined, two.within_geometry, two.same_on_both) == (
        one.combined, one.within_geometry, one.same_on_both)
    assert sorted(c.key for c in one.conflicts) == sorted(c.key for c in two.conflicts)
    for c in one.conflicts:
        d = two.conflict(c.key)
        mirrored = c.swapped(description=d.description)
        assert d == mirrored
    # deterministic: the same inputs give the same result, conflict order included
    again = merge(base, ours, theirs)
    assert [c.key for c in again.conflicts] == [c.key for c in one.conflicts]
    assert key(again.merged) == key(one.merged)


@SETTINGS
@given(st.data(), st.integers(12, 30))
def test_applying_a_result_and_resolving_a_proposal(data, n):
    base = _base_version(n)
    ours, theirs = _feature_edits(data.draw, base, n), _feature_edits(data.draw, base, n)
    result = merge(base, ours, theirs)
    # the change set from ours to the merge gives the merge, exactly
    target = ours.copy()
    for d in changeset_between(ours, result.merged, "Merge", "P").deltas:
        assert target.features.get(d.id) == d.old
        if d.new is None:
            del target.features[d.id]
        else:
            target.features[d.id] = d.new
    assert target.features == result.merged.features
    # a proposal is resolved once every conflict got a side
    prop = proposal(result, "M")
    assert is_resolved(prop) == (not result.conflicts)
    for c in result.conflicts:
        side = data.draw(st.sampled_from(["ours", "theirs"]))
        for d in resolution(c, side, prop).deltas:
            if d.new is None:
                del prop.features[d.id]
            else:
                prop.features[d.id] = d.new
    assert is_resolved(prop)


# -- lines, ends included -----------------------------------------------------------------------
@st.composite
def line_edit(draw, n: int):
    """Ranges of a line's vertices moved sideways (two kept vertices between ranges)."""
    out, taken = [], [False] * n
    for _ in range(3):
        start = draw(st.integers(0, n - 1))
        length = draw(st.integers(1, max(1, n // 4)))
        end = min(n, start + length)
        cells = range(max(0, start - 2), min(n, end + 2))
        if any(taken[c] for c in cells):
            continue
        for c in range(start, end):
            taken[c] = True
        out.append((start, end, draw(st.sampled_from([-0.004, -0.001, 0.002, 0.003]))))
    return out


def moved_line(n: int, edit) -> LineString:
    ys = [0.0] * n
    for start, end, dy in edit:
        for i in range(start, end):
            ys[i] = dy
    return LineString([(36.0 + 0.01 * i, 35.0 + ys[i]) for i in range(n)])


@SETTINGS
@given(st.data(), st.integers(6, 30))
def test_drawn_line_edits_merge_or_conflict_exactly(data, n):
    ours_edit, theirs_edit = data.draw(line_edit(n)), data.draw(line_edit(n))

    def covered(edit):  # positions -1 (before the start) .. n-1 (after the end)
        return [set(range(s - 1, e)) for s, e, _ in edit]

    overlapping = [(i, j) for i, a in enumerate(covered(ours_edit))
                   for j, b in enumerate(covered(theirs_edit))
                   if a & b and ours_edit[i] != theirs_edit[j]]
    base = Version("P", {"l": Feature("l", "lines", moved_line(n, []))})
    ours = Version("P", {"l": Feature("l", "lines", moved_line(n, ours_edit))})
    theirs = Version("P", {"l": Feature("l", "lines", moved_line(n, theirs_edit))})
    result = merge(base, ours, theirs)
    assert bool(result.conflicts) == bool(overlapping)
    if not overlapping:
        want = moved_line(n, ours_edit + theirs_edit)
        assert result.merged.features["l"].geometry.equals_exact(want, 0)
