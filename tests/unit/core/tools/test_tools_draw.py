"""Draw zone / line / point tools driven with PointerEvents on the sample project (no Qt)."""

from __future__ import annotations

import pytest
import shapely
from shapely import Polygon
from support.sample import sample_document

from zoneeditor.core.document import Document
from zoneeditor.core.geodesy import area_km2, distance_km
from zoneeditor.core.model import AGREED, LayerKind
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, ToolContext
from zoneeditor.core.tools.draw import DrawLineTool, DrawZoneTool, PlacePointTool

TOL = 0.01  # about 10 px at a regional zoom


def press(x, y, **kw):
    return PointerEvent("press", x, y, tolerance=kw.pop("tolerance", TOL), **kw)


@pytest.fixture
def doc() -> Document:
    return sample_document()


@pytest.fixture
def ctx(doc) -> ToolContext:
    return ToolContext(doc, Selection())


def run(tool, doc, points, finish="Enter"):
    for xy in points:
        r = tool.pointer(press(*xy))
        assert r.refused is None, r.refused
        tool.pointer(PointerEvent("release", *xy, tolerance=TOL))
    if finish == "Enter":
        r = tool.key(KeyEvent("Enter"))
    else:
        r = tool.pointer(PointerEvent("double_click", *points[-1], tolerance=TOL))
    if r.changeset is not None:
        doc.history.push(r.changeset)
    return r


def test_draw_zone_adds_one_undoable_zone_with_default_attributes(doc, ctx):
    tool = DrawZoneTool(ctx)
    r = run(tool, doc, [(38.0, 34.0), (38.2, 34.0), (38.2, 34.2), (38.0, 34.2)])
    assert r.changeset.label == "Add zone New zone 1"
    new = doc.feature(next(iter(r.selection)))
    assert new.layer == LayerKind.ZONES
    assert new.name == "New zone 1"
    assert new.status == "proposed"
    assert new.party == ""  # no party chosen for the session: a neutral tool picks no side
    width = distance_km(38.0, 34.1, 38.2, 34.1)
    height = distance_km(38.1, 34.0, 38.1, 34.2)
    assert area_km2(new.geometry) == pytest.approx(width * height, rel=0.01)
    assert doc.history.labels[-1] == "Add zone New zone 1"
    doc.history.undo()
    assert doc.feature(new.id) is None
    # the next zone is numbered after the highest existing one
    doc.history.redo()
    r2 = run(DrawZoneTool(ctx), doc, [(39.0, 34.0), (39.2, 34.0), (39.1, 34.2)],
             finish="double")
    assert r2.changeset.label == "Add zone New zone 2"


def test_new_feature_takes_the_session_party_and_baseline_status(doc, ctx):
    ctx.edit_state.drawing_party = "Opposition"
    r = run(DrawLineTool(ctx), doc, [(38.0, 34.0), (38.3, 34.1)])
    line = r.changeset.deltas[0].new
    assert (line.party, line.layer, line.name) == ("Opposition", LayerKind.LINES, "New line 1")
    doc.current_version = AGREED
    r = PlacePointTool(ToolContext(doc, Selection())).pointer(press(38.5, 34.5))
    assert r.changeset.deltas[0].new.status == "agreed"
    assert r.changeset.label == "Add point New point 1"


def test_changing_a_party_elsewhere_does_not_choose_the_session_party(doc, ctx):
    from zoneeditor.core.edits import set_attributes

    state = ctx.edit_state
    homs = doc.feature("zone-homs")
    doc.history.push(set_attributes(doc.version, homs, party="Monitors"))
    assert state.drawing_party == ""
    r = run(DrawLineTool(ctx), doc, [(38.0, 34.0), (38.3, 34.1)])
    assert r.changeset.deltas[0].new.party == ""


def test_a_session_party_that_left_the_project_is_not_used(doc, ctx):
    from dataclasses import replace

    from zoneeditor.core.edits import set_meta

    state = ctx.edit_state
    state.drawing_party = "Opposition"
    meta = doc.project.meta
    kept = tuple(p for p in meta.parties if p.name != "Opposition")
    doc.history.push(set_meta(doc.version, meta, replace(meta, parties=kept)))
    r = run(DrawZoneTool(ctx), doc, [(38.0, 34.0), (38.2, 34.0), (38.2, 34.2)])
    assert r.changeset.deltas[0].new.party == ""


def test_backspace_removes_last_vertex_and_escape_cancels(doc, ctx):
    tool = DrawZoneTool(ctx)
    for xy in [(38.0, 34.0), (38.2, 34.0), (38.9, 38.9)]:
        tool.pointer(press(*xy))
    tool.key(KeyEvent("Backspace"))
    assert tool.points == [(38.0, 34.0), (38.2, 34.0)]
    r = tool.key(KeyEvent("Enter"))
    assert r.refused == "A zone needs at least 3 vertices" and r.changeset is None
    r = tool.key(KeyEvent("Escape"))
    assert tool.points == [] and r.preview.geometries == []


def test_locked_version_refuses_with_a_clear_message(doc):
    doc.current_version = AGREED
    ctx = ToolContext(doc, Selection(), version_locked=True)
    r = DrawZoneTool(ctx).pointer(press(38.0, 34.0))
    assert r.refused and "agreed baseline is locked" in r.refused
    assert PlacePointTool(ctx).pointer(press(38.0, 34.0)).changeset is None


def test_self_intersecting_zone_refused_with_place_and_repair_offered(doc, ctx):
    tool = DrawZoneTool(ctx)
    bowtie = [(38.0, 34.0), (38.2, 34.2), (38.2, 34.0), (38.0, 34.2)]
    for xy in bowtie:
        tool.pointer(press(*xy))
    r = tool.key(KeyEvent("Enter"))
    assert r.changeset is None
    assert "crosses itself" in r.refused and "34.10000°N 38.10000°E" in r.refused
    assert r.where == pytest.approx((38.1, 34.1))
    assert "Enter to add the repaired shape" in r.refused
    assert len(r.preview.geometries) == 2  # the drawing and the offered repair
    r = tool.key(KeyEvent("Enter"))  # accept the repair explicitly
    assert r.changeset is not None
    assert r.changeset.deltas[0].new.geometry.is_valid


def test_zone_drawn_against_neighbour_follows_its_border(doc, ctx):
    """Two clicks snapped onto Hama's ring: Hama's vertices between them are inserted."""
    hama = doc.feature("zone-hama")
    tool = DrawZoneTool(ctx)
    # Hama's south edge runs (36.25,35.25)-(36.50,35.05)-(36.90,35.05)-(37.10,35.40).
    # Click near the middle of the first and last southern segments, then south of them.
    clicks = [(36.375 + 0.003, 35.15 - 0.004), (37.0, 35.225 + 0.002), (37.2, 34.8),
              (36.3, 34.8)]
    for xy in clicks:
        tool.pointer(press(*xy))
    snaps = list(tool.snaps)
    a, b = tool.points[0], tool.points[1]
    assert [s and (s.kind, s.feature_id) for s in snaps] == [
        ("segment", "zone-hama"), ("segment", "zone-hama"), None, None]
    # the preview already follows Hama's border, as the result will
    preview = tool.pointer(PointerEvent("move", 36.3, 34.8, modifiers=frozenset({"ctrl"}),
                                        tolerance=TOL)).preview.geometries[0]
    assert (36.5, 35.05) in [tuple(c) for c in shapely.get_coordinates(preview)]
    r = tool.key(KeyEvent("Enter"))
    doc.history.push(r.changeset)
    new = r.changeset.deltas[0].new
    ring = [tuple(c) for c in shapely.get_coordinates(new.geometry.exterior)]
    assert (36.5, 35.05) in ring and (36.9, 35.05) in ring
    overlap = area_km2(shapely.intersection(new.geometry, hama.geometry))
    assert overlap < 1e-6
    # no sliver gap: the shared stretch is exactly common
    shared = shapely.intersection(new.geometry.boundary,
                                  doc.feature("zone-hama").geometry.boundary)
    stretch = shapely.LineString([a, (36.5, 35.05), (36.9, 35.05), b])
    assert shared.length == pytest.approx(stretch.length, rel=1e-9)
    # Hama got the two snapped clicks as vertices: the border is shared vertex for vertex
    hama_after = doc.feature("zone-hama")
    hama_ring = [tuple(c) for c in shapely.get_coordinates(hama_after.geometry)]
    assert a in hama_ring and b in hama_ring
    assert r.changeset.label == "Add zone New zone 1" and len(r.changeset.deltas) == 2
    doc.history.undo()
    assert doc.feature("zone-hama") == hama


def test_avoid_overlap_clips_against_other_parties(doc, ctx):
    state = ctx.edit_state
    state.avoid_overlap = True
    state.drawing_party = "Opposition"
    homs = doc.feature("zone-homs")  # Opposition: not clipped against its own party
    state.drawing_party = "Government"
    minx, miny, maxx, maxy = homs.geometry.bounds
    square = [(minx - 0.1, miny - 0.1), (maxx + 0.1, miny - 0.1), (maxx + 0.1, maxy + 0.1),
              (minx - 0.1, maxy + 0.1)]
    state.snap_enabled = False
    r = run(DrawZoneTool(ctx), doc, square)
    new = r.changeset.deltas[0].new
    assert area_km2(shapely.intersection(new.geometry, homs.geometry)) < 0.01
    assert area_km2(new.geometry) == pytest.approx(
        area_km2(Polygon(square)) - area_km2(homs.geometry), rel=0.01)


def test_a_buffer_never_takes_the_session_party(doc, ctx):
    from dataclasses import replace

    from zoneeditor.core.edits import set_meta
    from zoneeditor.core.tools.buffer_tool import BufferTool

    meta = doc.project.meta
    no_monitors = tuple(p for p in meta.parties if p.name != "Monitors")
    doc.history.push(set_meta(doc.version, meta, replace(meta, parties=no_monitors)))
    ctx.edit_state.drawing_party = "Government"
    ctx.selection.set({"line-idlib-hama"})
    tool = BufferTool(ctx)
    tool.activate()
    cs = tool.make(1.0).changeset
    doc.history.push(cs)
    zone = cs.deltas[0].new
    assert zone.party == ""  # nobody's territory, whatever side is drawing
    from zoneeditor.core.validate import validate_version

    problems = validate_version(doc.version, doc.project.meta)
    # no "has no party" (a buffer is nobody's territory); the only problem listed for it is
    # that the line already has a buffer zone (the sample's Idlib buffer security zone)
    (problem,) = [p for p in problems if p.feature_id == zone.id]
    assert str(problem.message).startswith("is a second buffer zone of Idlib–Hama line of "
                                           "contact over Idlib buffer security zone (")
