"""Edit vertices, move feature and delete: pointer sequences, one undo step per drag."""

from __future__ import annotations

import pytest
import shapely
from support.sample import sample_document

from zoneeditor.core.document import Document
from zoneeditor.core.geodesy import distance_km
from zoneeditor.core.model import AGREED
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, ToolContext
from zoneeditor.core.tools.move import MoveFeatureTool
from zoneeditor.core.tools.vertex_edit import EditVerticesTool

TOL = 0.01
SHARED = (36.62, 35.40)  # Proposal B: Idlib/Hama border vertex, also on the line of contact
TRIO = ("zone-idlib", "zone-hama", "line-idlib-hama")


@pytest.fixture
def doc() -> Document:
    return sample_document()


@pytest.fixture
def ctx(doc):
    return ToolContext(doc, Selection())


def ev(kind, x, y, **kw):
    kw.setdefault("tolerance", TOL)
    return PointerEvent(kind, x, y, **kw)


def drive(tool, doc, events):
    """Feed events, pushing every change set like the canvas does; return the results."""
    out = []
    for e in events:
        r = tool.pointer(e) if isinstance(e, PointerEvent) else tool.key(e)
        if r.changeset is not None:
            doc.history.push(r.changeset)
        out.append(r)
    return out


def has(doc, fid, xy):
    return tuple(xy) in [tuple(c) for c in shapely.get_coordinates(doc.feature(fid).geometry)]


def test_drag_shared_vertex_moves_all_three_features_in_one_undo_step(doc, ctx):
    before = {f: doc.feature(f) for f in TRIO}
    steps = len(doc.history.entries)
    target = (36.64, 35.36)
    path = [ev("press", 36.621, 35.401)] + [
        ev("move", 36.62 + 0.005 * i, 35.40 - 0.01 * i, button="left",
           modifiers=frozenset({"ctrl"})) for i in range(1, 4)
    ] + [ev("release", *target, modifiers=frozenset({"ctrl"}))]
    results = drive(EditVerticesTool(ctx), doc, path)
    assert "Vertex shared by" in results[0].message
    assert sum(r.changeset is not None for r in results) == 4  # every move pushed...
    assert len(doc.history.entries) == steps + 1  # ...merged into one step
    assert doc.history.undo_label == "Move vertex: Idlib, Northern Hama, Idlib–Hama line of contact"
    for fid in TRIO:
        assert has(doc, fid, target) and not has(doc, fid, SHARED)
    doc.history.undo()
    assert {f: doc.feature(f) for f in TRIO} == before
    doc.history.redo()
    assert all(has(doc, fid, target) for fid in TRIO)


def test_two_drags_are_two_undo_steps(doc, ctx):
    tool = EditVerticesTool(ctx)
    steps = len(doc.history.entries)
    for dx in (0.01, 0.02):
        x = SHARED[0] + dx - 0.01
        drive(tool, doc, [ev("press", x, SHARED[1]),
                          ev("move", x + 0.01, SHARED[1], modifiers=frozenset({"ctrl"})),
                          ev("release", x + 0.01, SHARED[1], modifiers=frozenset({"ctrl"}))])
    assert len(doc.history.entries) == steps + 2


def test_alt_detaches_the_vertex_from_its_neighbours(doc, ctx):
    alt = frozenset({"alt", "ctrl"})
    ctx.selection.set({"zone-idlib"})
    drive(EditVerticesTool(ctx), doc, [ev("press", *SHARED, modifiers=alt),
                                       ev("move", 36.63, 35.42, modifiers=alt),
                                       ev("release", 36.63, 35.42, modifiers=alt)])
    assert has(doc, "zone-idlib", (36.63, 35.42))
    assert has(doc, "zone-hama", SHARED) and has(doc, "line-idlib-hama", SHARED)


def test_dragged_vertex_snaps_to_another_feature(doc, ctx):
    # drag the shared vertex onto observation post Khan Shaykhun (36.64, 35.45)
    drive(EditVerticesTool(ctx), doc, [ev("press", *SHARED), ev("move", 36.637, 35.447),
                                       ev("release", 36.637, 35.447)])
    assert has(doc, "zone-idlib", (36.64, 35.45))


def test_invalid_drag_is_refused_and_says_where(doc, ctx):
    results = drive(EditVerticesTool(ctx), doc, [
        ev("press", *SHARED), ev("release", 36.62, 36.40, modifiers=frozenset({"ctrl"}))])
    assert results[-1].changeset is None
    assert "refused" in results[-1].refused and "Idlib" in results[-1].refused
    assert results[-1].where is not None
    assert has(doc, "zone-idlib", SHARED)


def test_double_click_inserts_into_shared_segment_and_delete_removes_it(doc, ctx):
    tool = EditVerticesTool(ctx)
    # midpoint of the shared segment (36.62,35.40)-(36.80,35.43)
    mid = (36.71, 35.415)
    drive(tool, doc, [ev("press", *mid), ev("release", *mid), ev("double_click", *mid)])
    assert doc.history.undo_label == ("Insert vertex: Idlib, Northern Hama, Idlib–Hama line of "
                                      "contact")
    for fid in TRIO:
        assert any(abs(x - 36.71) < 1e-9 and abs(y - 35.415) < 1e-9
                   for x, y in shapely.get_coordinates(doc.feature(fid).geometry))
    foot = next((x, y) for x, y in shapely.get_coordinates(doc.feature("zone-hama").geometry)
                if abs(x - 36.71) < 1e-9)
    tool.pointer(ev("move", *foot))  # hover over it
    r = tool.key(KeyEvent("Delete"))
    doc.history.push(r.changeset)
    assert doc.history.undo_label.startswith("Delete vertex: Idlib, Northern Hama")
    assert len(r.changeset.deltas) == 3
    assert not any(abs(x - 36.71) < 1e-9
                   for x, _y in shapely.get_coordinates(doc.feature("zone-idlib").geometry))


def test_delete_vertex_refuses_to_break_a_ring(doc, ctx):
    from shapely import Polygon

    from zoneeditor.core.edits import add_feature

    doc.history.push(add_feature(doc.version, "zones", Polygon([(40, 30), (40.1, 30),
                                                                 (40, 30.1)]), name="tri"))
    tool = EditVerticesTool(ctx)
    tool.pointer(ev("move", 40.1, 30.0))
    r = tool.key(KeyEvent("Delete"))
    assert r.changeset is None and "at least 3 vertices" in r.refused


def test_locked_baseline_refuses_vertex_drag(doc):
    doc.current_version = AGREED
    ctx = ToolContext(doc, Selection(), version_locked=True)
    r = EditVerticesTool(ctx).pointer(ev("press", 36.60, 35.30))
    assert r.refused and "locked" in r.refused


def test_move_feature_drag_is_one_step_and_keeps_distance(doc, ctx):
    post = doc.feature("post-morek")
    tool = MoveFeatureTool(ctx)
    nomod = frozenset({"ctrl"})
    results = drive(tool, doc, [ev("press", 36.67, 35.37)] + [
        ev("move", 36.67 + 0.01 * i, 35.37, modifiers=nomod) for i in range(1, 6)
    ] + [ev("release", 36.72, 35.37, modifiers=nomod)])
    assert doc.history.undo_label == "Move Observation post Morek"
    moved = doc.feature("post-morek").geometry
    assert (moved.x, moved.y) == pytest.approx((36.72, 35.37))
    assert "km at bearing 90°" in results[-2].message
    assert distance_km(36.67, 35.37, moved.x, moved.y) == pytest.approx(4.54, abs=0.05)
    doc.history.undo()
    assert doc.feature("post-morek") == post


def test_move_selection_moves_all_selected(doc, ctx):
    ctx.selection.set({"post-morek", "zone-homs"})
    homs = doc.feature("zone-homs")
    nomod = frozenset({"ctrl"})
    drive(MoveFeatureTool(ctx), doc, [ev("press", 36.67, 35.37),
                                      ev("move", 36.67, 35.47, modifiers=nomod),
                                      ev("release", 36.67, 35.47, modifiers=nomod)])
    assert doc.history.undo_label == "Move 2 features"
    assert doc.feature("zone-homs").geometry.centroid.y == pytest.approx(
        homs.geometry.centroid.y + 0.1)
