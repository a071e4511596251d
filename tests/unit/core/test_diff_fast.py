"""The fast path (changed stretches only) gives the full computation's numbers.

Hypothesis draws a star-shaped zone (always a simple polygon) and moves random stretches of
its boundary in or out, sometimes re-starting and reversing the new ring; lines get random
stretches moved sideways. Fast and full must agree within 1e-6 relative.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import LineString, Polygon

from zoneeditor.core.diff_align import align_lines, align_rings, clean_line, clean_ring
from zoneeditor.core.diff_measures import line_change, zone_alignment, zone_change, zone_full

REL = 1e-6


def close(a: float, b: float, floor: float = 1e-9) -> bool:
    return abs(a - b) <= max(REL * max(abs(a), abs(b)), floor)


def star(radii: list[float], cx: float = 36.5, cy: float = 35.0) -> np.ndarray:
    n = len(radii)
    ang = np.linspace(0, 2 * math.pi, n, endpoint=False)
    return np.column_stack([cx + np.array(radii) * np.cos(ang), cy + np.array(radii) * np.sin(ang)])


@st.composite
def zone_pairs(draw):
    n = draw(st.integers(12, 80))
    radii = draw(st.lists(st.floats(0.2, 0.6), min_size=n, max_size=n))
    moves = draw(st.lists(
        st.tuples(st.integers(0, n - 1), st.integers(1, max(1, n // 6)), st.floats(-0.15, 0.15)),
        min_size=1, max_size=3))
    new_radii = list(radii)
    for start, length, delta in moves:
        for k in range(start, start + length):
            i = k % n
            new_radii[i] = min(0.9, max(0.05, new_radii[i] + delta))
    old = star(radii)
    new = star(new_radii)
    rot = draw(st.integers(0, n - 1))
    new = np.roll(new, rot, axis=0)
    if draw(st.booleans()):
        new = new[::-1]
    return Polygon(old), Polygon(new)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(zone_pairs())
def test_zone_fast_path_equals_full_path(pair):
    old, new = pair
    fast = zone_change(old, new, fast=True)
    full = zone_full(old, new)
    assert not full.fast
    if zone_alignment(old, new) is not None:  # enough shared: the fast path must be taken
        assert fast.fast
    for name in ("area_before_km2", "area_after_km2", "gained_km2", "lost_km2"):
        assert close(getattr(fast, name), getattr(full, name)), name
    assert close(fast.shift.km, full.shift.km, floor=1e-6), (fast.shift, full.shift)
    assert close(fast.gained.area, full.gained.area) and close(fast.lost.area, full.lost.area)


@st.composite
def line_pairs(draw):
    n = draw(st.integers(5, 60))
    xs = np.linspace(36.0, 37.0, n)
    ys = 35.0 + 0.05 * np.sin(xs * 7)
    moved = ys.copy()
    for _ in range(draw(st.integers(1, 3))):
        start = draw(st.integers(0, n - 1))
        length = draw(st.integers(1, max(1, n // 5)))
        moved[start:start + length] += draw(st.floats(-0.05, 0.05))
    old = np.column_stack([xs, ys])
    new = np.column_stack([xs, moved])
    if draw(st.booleans()):
        new = new[::-1]
    return LineString(old), LineString(new)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line_pairs())
def test_line_fast_path_equals_full_path(pair):
    old, new = pair
    fast = line_change(old, new, fast=True)
    full = line_change(old, new, fast=False)
    assert close(fast.area_between_km2, full.area_between_km2)
    assert close(fast.mean_shift_km, full.mean_shift_km)
    assert close(fast.shift.km, full.shift.km, floor=1e-6)


def test_fast_path_is_taken_when_most_of_the_boundary_is_shared():
    radii = [0.5] * 40
    moved = list(radii)
    moved[10:14] = [0.6] * 4
    fast = zone_change(Polygon(star(radii)), Polygon(star(moved)))
    assert fast.fast
    assert fast.gained_km2 > 0 and fast.lost_km2 == 0


def test_fast_path_falls_back_when_little_is_shared():
    old = Polygon(star([0.5] * 40))
    new = Polygon(star([0.5 + 0.01 * (i % 2) for i in range(40)]))
    result = zone_change(old, new)
    assert not result.fast
    assert result.gained_km2 > 0


def test_alignment_of_a_restarted_reversed_ring_has_no_stretch():
    ring = star([0.3, 0.5, 0.4, 0.6, 0.35, 0.45])
    other = np.roll(ring, 2, axis=0)[::-1]
    al = align_rings(clean_ring(ring), clean_ring(other))
    assert al is not None and al.stretches == () and al.shared_fraction == 1.0


def test_alignment_finds_each_moved_stretch_between_anchors():
    ring = star([0.5] * 20)
    moved = ring.copy()
    moved[3] *= 1.001
    moved[12:14] *= 0.999
    al = align_rings(clean_ring(ring), clean_ring(moved))
    assert al is not None and len(al.stretches) == 2
    for s in al.stretches:
        assert np.array_equal(s.old[0], s.new[0]) and np.array_equal(s.old[-1], s.new[-1])
    assert sorted(len(s.new) for s in al.stretches) == [3, 4]


def test_line_alignment_handles_moved_end_points():
    old = np.array([(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)], float)
    new = np.array([(0, 1), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0)], float)
    al = align_lines(clean_line(old), clean_line(new))
    assert al is not None
    heads = [s for s in al.stretches if not np.array_equal(s.old[0], s.new[0])]
    assert len(heads) == 1
    assert len(al.stretches) == 2  # the moved head and the extended tail


@pytest.mark.parametrize("fast", [True, False])
def test_zone_with_a_hole_is_measured(fast):
    outer = star([0.5] * 24)
    hole = star([0.1] * 12)[::-1]
    old = Polygon(outer, [hole])
    new = Polygon(outer, [star([0.15] * 12)[::-1]])
    result = zone_change(old, new, fast=fast)
    assert result.lost_km2 > 0 and result.gained_km2 == 0
    assert not result.fast  # holes take the full path


def test_ring_passing_twice_through_a_vertex_is_not_aligned_but_still_measured():
    # a ring touching itself at (1, 1): positions are ambiguous, the full path answers
    old = np.array([(0, 0), (2, 0), (1, 1), (2, 2), (0, 2), (1, 1)], float) * 0.1 + [36, 35]
    new = old.copy()
    new[3] = new[3] + [0.01, 0.0]
    assert align_rings(clean_ring(old), clean_ring(new)) is None
    result = zone_change(Polygon(old), Polygon(new))
    assert not result.fast and result.gained_km2 > 0


def test_vertices_inserted_on_a_straight_edge_change_no_area():
    # short edges (0.005°): a vertex half-way in degrees is on the geodesic edge to within
    # millimetres (on a 0.26° edge it would be 8 m off it, and the tool would say so)
    old = star([0.01] * 12)
    mid = (old[3] + old[4]) / 2
    new = np.insert(old, 4, mid, axis=0)  # a vertex added on an edge: same shape, not same ring
    result = zone_change(Polygon(old), Polygon(new))
    assert result.fast
    assert result.gained_km2 < 1e-9 and result.lost_km2 < 1e-9
    assert abs(result.area_after_km2 - result.area_before_km2) < 1e-6
    assert result.shift.km < 1e-5  # 1 cm
