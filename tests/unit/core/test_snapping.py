"""Snapping: vertices before segments, tolerance, toggles, baseline and basemap targets."""

from __future__ import annotations

import pytest
from shapely import box
from support.sample import sample_document

from zoneeditor.core.basemap_model import Basemap, Country
from zoneeditor.core.document import Document
from zoneeditor.core.model import AGREED
from zoneeditor.core.selection import Selection
from zoneeditor.core.snapping import SnapIndex, SnapSource
from zoneeditor.core.tools.base import PointerEvent, ToolContext
from zoneeditor.core.tools.editing import snap_event
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path


def test_vertex_is_preferred_over_a_nearer_segment():
    idx = SnapIndex([SnapSource(box(0, 0, 1, 1), "sq")])
    # 0.004 from the top edge, 0.03 from the corner: the corner still wins
    s = idx.snap(0.97, 1.004, 0.05)
    assert s.kind == "vertex" and s.xy == (1.0, 1.0) and s.feature_id == "sq"
    s = idx.snap(0.5, 1.004, 0.05)
    assert s.kind == "segment" and s.xy == pytest.approx((0.5, 1.0))
    assert s.closed and s.ring == 0


def test_nothing_outside_tolerance_and_excluded_ids_ignored():
    idx = SnapIndex([SnapSource(box(0, 0, 1, 1), "a"), SnapSource(box(2, 0, 3, 1), "b")])
    assert idx.snap(1.5, 0.5, 0.1) is None
    assert idx.snap(1.02, 0.5, 0.05).feature_id == "a"
    assert idx.snap(1.02, 0.5, 0.05, exclude_ids={"a"}) is None
    assert idx.snap(0.5, 0.5, 0) is None


def test_hole_rings_are_targets_with_their_ring_number():
    poly = box(0, 0, 10, 10).difference(box(4, 4, 6, 6))
    s = SnapIndex([SnapSource(poly, "h")]).snap(4.01, 5.0, 0.05)
    assert (s.ring, s.kind) == (1, "segment")


@pytest.fixture
def doc():
    return sample_document()


def test_context_snapping_honours_toggle_and_ctrl(doc):
    ctx = ToolContext(doc, Selection())
    ev = PointerEvent("move", 36.353, 35.452, tolerance=0.01)  # near Idlib/Hama (36.35, 35.45)
    xy, snap = snap_event(ctx, ev)
    assert xy == (36.35, 35.45) and snap.kind == "vertex"
    ctrl = PointerEvent("move", 36.353, 35.452, modifiers=frozenset({"ctrl"}), tolerance=0.01)
    assert snap_event(ctx, ctrl) == ((36.353, 35.452), None)
    ctx.edit_state.snap_enabled = False
    assert snap_event(ctx, ev)[1] is None


def test_agreed_baseline_is_a_target_when_a_proposal_is_edited(doc):
    ctx = ToolContext(doc, Selection())
    # the agreed border vertex (36.60, 35.30) moved in Proposal B to (36.62, 35.40)
    xy, snap = snap_event(ctx, PointerEvent("move", 36.601, 35.301, tolerance=0.005))
    assert xy == (36.60, 35.30) and snap.source == "agreed"
    doc.current_version = AGREED
    xy, snap = snap_event(ctx, PointerEvent("move", 36.601, 35.301, tolerance=0.005))
    assert snap.source == "current"


def test_index_is_rebuilt_after_a_change(doc):
    from zoneeditor.core.edits import delete_features

    ctx = ToolContext(doc, Selection())
    ev = PointerEvent("move", 36.671, 35.371, tolerance=0.005)  # post Morek (36.67, 35.37)
    before = snap_event(ctx, ev)[1]
    assert (before.feature_id, before.source) == ("post-morek", "current")
    doc.history.push(delete_features(doc.version, ["post-morek"]))
    after = snap_event(ctx, ev)[1]  # gone from the proposal: only the baseline's copy is left
    assert (after.feature_id, after.source) == ("post-morek", "agreed")


def test_basemap_borders_are_targets(doc):
    ctx = ToolContext(doc, Selection())
    country = Country("XXX", "Testland", None, None, box(40.0, 30.0, 41.0, 31.0))
    ctx.edit_state.basemap = Basemap([country])
    xy, snap = snap_event(ctx, PointerEvent("move", 40.5, 30.002, tolerance=0.01))
    assert snap.source == "basemap" and snap.feature_id == "XXX"
    assert xy == pytest.approx((40.5, 30.0))
    ctx.hidden_layers.add("basemap")
    assert snap_event(ctx, PointerEvent("move", 40.5, 30.002, tolerance=0.01))[1] is None


def test_real_basemap_border_snaps():
    from zoneeditor.io.basemap import load_basemap

    basemap = load_basemap()
    doc = Document(read_project(sample_path()))
    ctx = ToolContext(doc, Selection())
    ctx.edit_state.basemap = basemap
    syria = basemap.by_iso("SYR")
    x, y = syria.geometry.exterior.coords[10] if syria.geometry.geom_type == "Polygon" else \
        max(syria.geometry.geoms, key=lambda g: g.area).exterior.coords[10]
    xy, snap = snap_event(ctx, PointerEvent("move", x + 0.001, y + 0.001, tolerance=0.01))
    assert snap is not None and snap.source == "basemap" and snap.kind == "vertex"
    assert xy == pytest.approx((x, y))
