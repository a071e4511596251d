"""Buffer security zones (widths measured geodesically) and the measure tool."""

from __future__ import annotations

import pytest
import shapely
from shapely import LineString, Point
from support.sample import sample_document

from zoneeditor.core.document import Document
from zoneeditor.core.geodesy import GEOD, area_km2, distance_km, to_local
from zoneeditor.core.measure import measure
from zoneeditor.core.model import AGREED
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, ToolContext
from zoneeditor.core.tools.buffer_tool import BufferTool
from zoneeditor.core.tools.measure_tool import MeasureTool


@pytest.fixture
def doc() -> Document:
    return sample_document()


def _edge_distances_km(zone, line: LineString, side: int) -> list[float]:
    """Geodesic distance from points along the middle of ``line`` to the buffer edge on one
    side, measured along the perpendicular (found with the ellipsoid, not planar degrees)."""
    out = []
    for frac in (0.3, 0.5, 0.7):
        p = line.interpolate(frac, normalized=True)
        q = line.interpolate(min(frac + 0.001, 1.0), normalized=True)
        az, _, _ = GEOD.inv(p.x, p.y, q.x, q.y)
        perp = az + 90 * side  # +90: right of travel, -90: left
        far_x, far_y, _ = GEOD.fwd(p.x, p.y, perp, 10_000)
        ray = LineString([(p.x, p.y), (far_x, far_y)])
        hit = shapely.intersection(ray, zone.boundary)
        pts = [Point(c) for c in shapely.get_coordinates(hit)]
        nearest = min(pts, key=lambda t: distance_km(p.x, p.y, t.x, t.y))
        out.append(distance_km(p.x, p.y, nearest.x, nearest.y))
    return out


def test_buffer_from_selected_line_two_km_each_side(doc):
    ctx = ToolContext(doc, Selection())
    ctx.selection.set({"line-idlib-hama"})
    tool = BufferTool(ctx)
    r = tool.activate()
    assert tool.needs_input == "buffer_widths" and r.changeset is None
    r = tool.make(2.0)
    doc.history.push(r.changeset)
    zone = r.changeset.deltas[0].new
    assert r.changeset.label == "Add buffer zone around Idlib–Hama line of contact (2 km)"
    attrs = zone.attributes
    assert (attrs["kind"], attrs["source_line"]) == ("buffer", "line-idlib-hama")
    assert (attrs["width_left_km"], attrs["width_right_km"]) == (2.0, 2.0)
    assert attrs["status"] == "proposed" and attrs["party"] == "Monitors"
    line = doc.feature("line-idlib-hama").geometry
    for side in (-1, 1):
        for d in _edge_distances_km(zone.geometry, line, side):
            assert d == pytest.approx(2.0, rel=0.01)
    # the band is about 4 km wide along the line's length
    assert area_km2(zone.geometry) == pytest.approx(4.0 * GEOD.geometry_length(line) / 1000,
                                                    rel=0.03)
    assert tool.needs_input is None
    doc.history.undo()
    assert doc.feature(zone.id) is None


def test_buffer_different_widths_left_and_right(doc):
    ctx = ToolContext(doc, Selection())
    tool = BufferTool(ctx)
    line = doc.feature("line-idlib-hama").geometry
    mid = line.interpolate(0.5, normalized=True)
    r = tool.pointer(PointerEvent("press", mid.x, mid.y, tolerance=0.01))
    assert r.selection == frozenset({"line-idlib-hama"})
    r = tool.make(1.0, 3.0)
    zone = r.changeset.deltas[0].new
    assert "1 km left, 3 km right" in zone.name
    left = _edge_distances_km(zone.geometry, line, -1)
    right = _edge_distances_km(zone.geometry, line, 1)
    assert left == pytest.approx([1.0] * 3, rel=0.01)
    assert right == pytest.approx([3.0] * 3, rel=0.01)
    # cross-check with an independent local projection: 1 km + 3 km wide band
    local, _ = to_local(zone.geometry)
    assert local.area / 1e6 == pytest.approx(area_km2(zone.geometry), rel=0.005)


def test_buffer_refuses_bad_widths_and_locked_baseline(doc):
    ctx = ToolContext(doc, Selection())
    ctx.selection.set({"line-idlib-hama"})
    tool = BufferTool(ctx)
    tool.activate()
    assert "negative" in tool.make(-1.0).refused
    assert "at least one side" in tool.make(0.0).refused
    doc.current_version = AGREED
    locked = ToolContext(doc, Selection(), version_locked=True)
    locked.selection.set({"line-idlib-hama"})
    assert "locked" in BufferTool(locked).activate().refused


def test_measure_function_is_geodesic():
    m = measure([(36.0, 35.0), (36.1, 35.0)])
    assert m.length_km == pytest.approx(distance_km(36.0, 35.0, 36.1, 35.0))
    assert m.length_km == pytest.approx(9.12, abs=0.01)  # 0.1° of longitude at 35°N
    assert m.bearing_deg == pytest.approx(90, abs=0.1)
    assert m.area_km2 == 0


def test_measure_tool_live_distance_and_area_and_escape(doc):
    ctx = ToolContext(doc, Selection(), version_locked=True)  # measuring edits nothing
    tool = MeasureTool(ctx)
    nos = frozenset({"ctrl"})
    for xy in [(38.0, 34.0), (38.1, 34.0), (38.1, 34.1)]:
        r = tool.pointer(PointerEvent("press", *xy, modifiers=nos, tolerance=0.01))
        assert r.refused is None and r.changeset is None
    r = tool.pointer(PointerEvent("move", 38.0, 34.1, modifiers=nos, tolerance=0.01))
    expected = area_km2(shapely.box(38.0, 34.0, 38.1, 34.1))
    assert tool.measurement.area_km2 == pytest.approx(expected, rel=1e-6)
    assert f"area {expected:.3f} km²" in r.message
    assert "Distance" in r.message
    r = tool.pointer(PointerEvent("double_click", 38.0, 34.1, modifiers=nos, tolerance=0.01))
    assert tool.frozen is not None and r.changeset is None
    r = tool.key(KeyEvent("Escape"))
    assert tool.points == [] and r.preview.geometries == []
