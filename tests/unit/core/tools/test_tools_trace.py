"""Snapping to reference lines and tracing along them with the draw tools (no Qt).

The reference is the little OSM world of tests/support/reference.py, read through the real
reader (GDAL's OSM driver in the reader child).
"""

from __future__ import annotations

import pytest
import shapely
from conftest import project_with
from shapely import LineString, Point
from support.reference import RIVER_NODES, TRIBUTARY_NODES

from zoneeditor.core.document import Document
from zoneeditor.core.geodesy import length_km
from zoneeditor.core.model import LayerKind
from zoneeditor.core.reference_targets import ReferenceTargets
from zoneeditor.core.selection import Selection
from zoneeditor.core.snapping import describe_snap
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, ToolContext
from zoneeditor.core.tools.draw import DrawLineTool, DrawZoneTool
from zoneeditor.core.tracing import TraceNetwork
from zoneeditor.io.reference import new_reference

TOL = 0.002  # about 10 px at a town's zoom


@pytest.fixture
def targets(osm_xml) -> ReferenceTargets:
    layer, data = new_reference(osm_xml, name="Idlib OSM")
    return ReferenceTargets.build([(layer.id, layer.name, data.features)])


@pytest.fixture
def doc() -> Document:
    d = Document(project_with(proposals={"P": []}))
    d.current_version = "P"
    return d


@pytest.fixture
def ctx(doc, targets) -> ToolContext:
    """The tools' context: one editing state with the reference layer as snap targets."""
    c = ToolContext(doc, Selection())
    c.edit_state.references = targets
    return c


def click(tool, x, y, kind="press"):
    r = tool.pointer(PointerEvent(kind, x, y, tolerance=TOL))
    tool.pointer(PointerEvent("release", x, y, tolerance=TOL))
    return r


def test_pointer_snaps_to_a_reference_line_with_its_layer_name(doc, ctx):
    tool = DrawLineTool(ctx)
    x, y = RIVER_NODES[2]
    tool.pointer(PointerEvent("move", x + 0.0004, y - 0.0003, tolerance=TOL))
    snap = tool._hover_snap
    assert snap is not None and snap.source == "reference"
    assert snap.kind == "vertex" and snap.xy == pytest.approx(RIVER_NODES[2])
    assert snap.layer == "Idlib OSM"
    assert describe_snap(snap) == "Vertex of river Nahr Test — reference layer Idlib OSM"
    # between vertices: onto the segment
    mid = ((RIVER_NODES[4][0] + RIVER_NODES[5][0]) / 2,
           (RIVER_NODES[4][1] + RIVER_NODES[5][1]) / 2)
    tool.pointer(PointerEvent("move", mid[0], mid[1] + 0.0005, tolerance=TOL))
    snap = tool._hover_snap
    assert snap.kind == "segment" and describe_snap(snap).startswith("On river Nahr Test")
    assert LineString([RIVER_NODES[4], RIVER_NODES[5]]).distance(Point(snap.xy)) < 1e-9


def test_no_reference_snap_when_switched_off(doc, ctx):
    ctx.edit_state.snap_to_references = False
    tool = DrawLineTool(ctx)
    x, y = RIVER_NODES[2]
    tool.pointer(PointerEvent("move", x + 0.0004, y, tolerance=TOL))
    assert tool._hover_snap is None


def test_two_clicks_trace_the_river_across_its_ways(doc, ctx):
    """The river is three OSM ways; two clicks near its ends give a line through every
    river vertex between them, in order (the tributary and the road are not taken)."""
    state = ctx.edit_state
    state.trace = True
    tool = DrawLineTool(ctx)
    a = (RIVER_NODES[1][0] + 0.003, 35.9313)  # on the first segment, not a vertex
    b = (RIVER_NODES[8][0] - 0.002, 35.9305)
    click(tool, *a)
    click(tool, *b)
    r = tool.key(KeyEvent("Enter"))
    assert r.refused is None
    doc.history.push(r.changeset)
    new = doc.feature(next(iter(r.selection)))
    coords = list(new.geometry.coords)
    assert coords[1:-1] == [pytest.approx(RIVER_NODES[i]) for i in range(2, 8)]
    river = LineString(list(RIVER_NODES.values()))
    assert new.geometry.hausdorff_distance(shapely.ops.substring(
        river, river.project(Point(coords[0])), river.project(Point(coords[-1])))) < 1e-9
    assert length_km(new.geometry) == pytest.approx(9.4, abs=0.5)


def test_without_trace_two_clicks_give_a_straight_line(doc, ctx):
    tool = DrawLineTool(ctx)
    click(tool, *RIVER_NODES[1])
    click(tool, *RIVER_NODES[8])
    r = tool.key(KeyEvent("Enter"))
    assert len(r.changeset.deltas[0].new.geometry.coords) == 2


def test_trace_preview_follows_the_river_to_the_pointer(doc, ctx):
    ctx.edit_state.trace = True
    tool = DrawLineTool(ctx)
    click(tool, *RIVER_NODES[1])
    r = tool.pointer(PointerEvent("move", RIVER_NODES[5][0], RIVER_NODES[5][1] + 0.0002,
                                  tolerance=TOL))
    line = r.preview.geometries[0]
    assert [tuple(c) for c in line.coords] == [pytest.approx(RIVER_NODES[i])
                                               for i in range(1, 6)]


def test_trace_turns_into_the_tributary_at_the_junction(doc, ctx):
    ctx.edit_state.trace = True
    tool = DrawLineTool(ctx)
    click(tool, *RIVER_NODES[6])
    click(tool, *TRIBUTARY_NODES[21])  # the stream: same family (water)
    r = tool.key(KeyEvent("Enter"))
    coords = [tuple(c) for c in r.changeset.deltas[0].new.geometry.coords]
    expect = [RIVER_NODES[6], RIVER_NODES[5], RIVER_NODES[4], RIVER_NODES[3],
              TRIBUTARY_NODES[22], TRIBUTARY_NODES[21]]
    assert coords == [pytest.approx(p) for p in expect]


def test_trace_does_not_jump_from_river_to_road(doc, ctx):
    """A click on the river and one on the road: different families, no route: straight."""
    ctx.edit_state.trace = True
    tool = DrawLineTool(ctx)
    click(tool, *RIVER_NODES[2])
    click(tool, 36.5515, 35.95)  # on the primary road
    r = tool.key(KeyEvent("Enter"))
    assert len(r.changeset.deltas[0].new.geometry.coords) == 2


def test_zone_traced_along_the_river_and_closed_by_clicks(doc, ctx):
    ctx.edit_state.trace = True
    tool = DrawZoneTool(ctx)
    click(tool, *RIVER_NODES[2])
    click(tool, *RIVER_NODES[7])
    click(tool, 36.59, 35.96)  # north of the river: not snapped (TOL)
    click(tool, 36.515, 35.96)
    r = tool.key(KeyEvent("Enter"))
    assert r.refused is None, r.refused
    zone = r.changeset.deltas[0].new
    assert zone.layer == LayerKind.ZONES
    ring = [tuple(c) for c in zone.geometry.exterior.coords]
    for i in range(2, 8):  # the south side is the river, vertex for vertex
        assert any(p == pytest.approx(RIVER_NODES[i]) for p in ring)


def test_network_joins_line_ends_that_nearly_touch():
    """Shapefile-style data: ends 5 cm apart, no shared vertex, still one network."""
    a = LineString([(0, 0), (0.01, 0)])
    b = LineString([(0.0100004, 0.0000002), (0.02, 0.001)])
    route = TraceNetwork([a, b]).route((0.002, 0), (0.018, 0.0008))
    assert route is not None
    assert route[:2] == [pytest.approx((0.002, 0)), pytest.approx((0.01, 0))]
    assert route[-1] == pytest.approx((0.018, 0.0008), abs=1e-6)


def test_route_on_a_long_network_is_quick():
    """2,000 connected segments (a 200 km river as many ways): found, in order."""
    import time

    pts = [(36 + i * 0.001, 35 + 0.0003 * (i % 2)) for i in range(2001)]
    ways = [LineString(pts[i:i + 11]) for i in range(0, 2000, 10)]
    net = TraceNetwork(ways)
    t0 = time.perf_counter()
    route = net.route(pts[3], pts[1995])
    assert time.perf_counter() - t0 < 2.0  # generous: a sanity bound, not a benchmark
    assert route == [pytest.approx(p) for p in pts[3:1996]]
