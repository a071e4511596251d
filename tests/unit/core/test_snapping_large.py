"""Snapping onto large features through their vertex runs gives what ring-by-ring snapping
gives, and an index made again after an edit takes over what did not change."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import MultiPolygon, Polygon

from zoneeditor.core import edits, snapping
from zoneeditor.core import vertex_runs as vr
from zoneeditor.core import vertices as vx
from zoneeditor.core.document import Document
from zoneeditor.core.model import AGREED, Feature, Project, ProjectMeta, Version
from zoneeditor.core.selection import Selection
from zoneeditor.core.snapping import SnapIndex, SnapSource
from zoneeditor.core.tools.base import PointerEvent, ToolContext
from zoneeditor.core.tools.editing import snap_event, snap_index


def wobbly(cx: float, cy: float, r: float, n: int, k: int = 23) -> np.ndarray:
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    rr = r * (1 + 0.03 * np.sin(k * t))
    return np.c_[cx + rr * np.cos(t), cy + rr * np.sin(t)]


def large_zone() -> MultiPolygon:
    """Two parts, the first with a hole: 6,000 + 800 + 3,000 vertices."""
    first = Polygon(wobbly(36, 35, 1.0, 6000), [wobbly(36, 35, 0.3, 800)[::-1]])
    second = Polygon(wobbly(39, 35, 1.0, 3000, 11))
    return MultiPolygon([first, second])


ZONE = large_zone()
LINE = shapely.LineString(wobbly(37.5, 36.5, 0.4, 5000)[:4500])


def same_snap(a: snapping.Snap | None, b: snapping.Snap | None) -> None:
    assert (a is None) == (b is None)
    if a is None or b is None:
        return
    assert (a.kind, a.feature_id, a.part, a.ring) == (b.kind, b.feature_id, b.part, b.ring)
    if a.kind == "vertex":
        assert a.xy == b.xy and a.distance == b.distance
    else:
        # the foot on a segment comes from GEOS's project/interpolate along the line: along a
        # short run it is rounded less than along the whole ring, within a few ulps
        assert a.xy == pytest.approx(b.xy, abs=1e-12)
        assert a.distance == pytest.approx(b.distance, abs=1e-12)
    assert a.on_line and b.on_line and a.closed == b.closed
    assert a.whole_ring().equals_exact(b.whole_ring(), 0)


@pytest.fixture(scope="module")
def two_indexes():
    """The same sources indexed by runs (large features) and ring by ring (forced)."""
    sources = [SnapSource(ZONE, "z"), SnapSource(LINE, "l")]
    by_runs = SnapIndex(sources)
    mp = pytest.MonkeyPatch()
    mp.setattr(vr, "MIN_ROWS", 10**9)
    try:
        by_rings = SnapIndex(sources)
    finally:
        mp.undo()
    assert len(by_runs._large) == 2 and not by_rings._large
    return by_runs, by_rings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_runs_snap_like_rings(two_indexes, data):
    by_runs, by_rings = two_indexes
    coords = np.vstack([shapely.get_coordinates(ZONE), shapely.get_coordinates(LINE)])
    i = data.draw(st.integers(0, len(coords) - 2))
    t = data.draw(st.sampled_from([0.0, 0.3, 0.5, 1.0]))
    base = coords[i] + t * (coords[i + 1] - coords[i])
    dx, dy = data.draw(st.floats(-2e-3, 2e-3)), data.draw(st.floats(-2e-3, 2e-3))
    tol = data.draw(st.sampled_from([1e-4, 1e-3, 5e-3]))
    x, y = float(base[0] + dx), float(base[1] + dy)
    same_snap(by_runs.snap(x, y, tol), by_rings.snap(x, y, tol))


def test_a_hole_of_a_large_zone_is_a_target_with_its_ring_number():
    idx = SnapIndex([SnapSource(ZONE, "z")])
    hole = wobbly(36, 35, 0.3, 800)
    s = idx.snap(float(hole[7, 0]) + 1e-6, float(hole[7, 1]), 1e-4)
    assert s is not None and (s.kind, s.part, s.ring) == ("vertex", 0, 1)
    assert s.xy == (float(hole[7, 0]), float(hole[7, 1]))
    assert len(s.whole_ring().coords) == 801 and s.closed


def test_an_index_made_again_takes_over_unchanged_targets(monkeypatch):
    small = shapely.box(40, 30, 41, 31)
    first = SnapIndex([SnapSource(ZONE, "z"), SnapSource(small, "s")])
    made: list[object] = []
    real = snapping._rings_of
    monkeypatch.setattr(snapping, "_rings_of", lambda src: made.append(src) or real(src))
    monkeypatch.setattr(vr, "build_runs", lambda *a, **k: pytest.fail("runs built again"))
    again = SnapIndex([SnapSource(ZONE, "z"), SnapSource(small, "s")], reuse=first)
    assert made == []  # nothing made again
    assert again.snap(40.001, 30.0, 0.01).feature_id == "s"
    moved = vx.with_vertex_moved(ZONE, vx.VertexRef(1, 0, 10), (39.5, 33.0))
    third = SnapIndex([SnapSource(moved, "z"), SnapSource(small, "s")], reuse=again)
    assert made == []  # the edited zone's runs were carried from its previous ones
    s = third.snap(39.5004, 33.0, 0.001)
    assert s is not None and s.xy == (39.5, 33.0) and s.kind == "vertex"


def test_after_an_edit_of_a_large_zone_the_context_snaps_to_its_new_shape():
    f = Feature("zone", "zones", ZONE, {"name": "Z"})
    project = Project.from_versions(ProjectMeta(title="t"), [Version(AGREED, {f.id: f})])
    doc = Document(project)
    ctx = ToolContext(doc, Selection())
    before = snap_index(ctx)
    ref = vx.VertexRef(0, 0, 100)
    x, y = vx.vertex(ZONE, ref)
    doc.history.push(edits.move_vertex(doc.version, doc.feature("zone"), ref,
                                       (x + 0.01, y + 0.01)))
    after = snap_index(ctx)
    assert after is not before and not ctx.edit_state.retired
    xy, snap = snap_event(ctx, PointerEvent("move", x + 0.0101, y + 0.01, tolerance=1e-3))
    assert snap is not None and snap.kind == "vertex" and xy == (x + 0.01, y + 0.01)
    assert snap_event(ctx, PointerEvent("move", x, y, tolerance=1e-5))[1] is None


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_large_segment_search_finds_what_the_vertex_walk_finds(data):
    """``vertices.segment_at`` through the runs gives the insert position the walk over
    every segment (shapely distances) gives."""
    geom = data.draw(st.sampled_from([ZONE, LINE]))
    coords = shapely.get_coordinates(geom)
    i = data.draw(st.integers(0, len(coords) - 2))
    t = data.draw(st.sampled_from([0.0, 0.25, 0.5, 1.0]))
    p = coords[i] + t * (coords[i + 1] - coords[i])
    xy = (float(p[0]) + data.draw(st.sampled_from([0.0, 5e-9, 2e-8])), float(p[1]))
    fast = vx.segment_at(geom, xy, 1e-8)
    assert vr.runs_of(geom) is not None
    mp = pytest.MonkeyPatch()
    mp.setattr(vr, "MIN_ROWS", 10**9)
    try:
        slow = vx.segment_at(geom, xy, 1e-8)
    finally:
        mp.undo()
    assert fast == slow
