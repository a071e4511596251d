"""Split, merge and reshape tools on the sample project and on simple shapes."""

from __future__ import annotations

import pytest
import shapely
from conftest import line, project_with, zone
from shapely import Polygon
from support.sample import sample_document

from zoneeditor.core.document import Document
from zoneeditor.core.geodesy import area_km2
from zoneeditor.core.model import LayerKind
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, ToolContext
from zoneeditor.core.tools.merge import MergeZonesTool
from zoneeditor.core.tools.reshape import ReshapeTool
from zoneeditor.core.tools.split import SplitZoneTool

NOSNAP = frozenset({"ctrl"})


@pytest.fixture
def doc() -> Document:
    return sample_document()


def draw(tool, doc, points, snap=False, tol=0.01):
    mods = frozenset() if snap else NOSNAP
    for xy in points:
        tool.pointer(PointerEvent("press", *xy, modifiers=mods, tolerance=tol))
    r = tool.key(KeyEvent("Enter"))
    if r.changeset is not None:
        doc.history.push(r.changeset)
    return r


def test_split_idlib_in_two_keeps_id_and_area(doc):
    idlib = doc.feature("zone-idlib")
    total = area_km2(idlib.geometry)
    ctx = ToolContext(doc, Selection())
    ctx.selection.set({"zone-idlib"})
    r = draw(SplitZoneTool(ctx), doc, [(36.5, 36.4), (36.55, 35.1)])
    assert r.changeset.label == "Split zone Idlib"
    pieces = [d.new for d in r.changeset.deltas if d.new is not None
              and (d.old is None or d.id == "zone-idlib")]
    assert len(pieces) == 2
    kept = doc.feature("zone-idlib")
    other = next(p for p in pieces if p.id != "zone-idlib")
    assert other.name == "Idlib (2)" and other.party == idlib.party
    assert area_km2(kept.geometry) >= area_km2(other.geometry)
    assert area_km2(kept.geometry) + area_km2(other.geometry) == pytest.approx(total, rel=1e-5)
    # Hama gets the junction where the cut meets the shared border: no T-junction
    assert any(d.id == "zone-hama" for d in r.changeset.deltas)
    doc.history.undo()
    assert doc.feature("zone-idlib") == idlib and doc.feature(other.id) is None


def test_split_refuses_a_line_that_does_not_cross(doc):
    ctx = ToolContext(doc, Selection())
    r = draw(SplitZoneTool(ctx), doc, [(40.0, 30.0), (40.1, 30.1)])
    assert r.changeset is None and "does not cut any zone" in r.refused


def test_merge_selected_zones_and_label():
    a = zone("a", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", name="West", party="A")
    b = zone("b", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))", name="East", party="A")
    c = zone("c", "POLYGON ((5 5, 6 5, 6 6, 5 6, 5 5))", name="Other", party="B")
    doc = Document(project_with([a, b, c]))
    ctx = ToolContext(doc, Selection())
    ctx.selection.set({"a", "b"})
    r = MergeZonesTool(ctx).activate()
    doc.history.push(r.changeset)
    assert r.changeset.label in ("Merge zones West and East", "Merge zones East and West")
    merged = doc.feature(next(iter(r.selection)))
    assert merged.geometry.geom_type == "Polygon"
    assert merged.geometry.area == pytest.approx(2.0)
    assert len(doc.version.layer(LayerKind.ZONES)) == 2
    doc.history.undo()
    assert doc.feature("a") == a and doc.feature("b") == b


def test_a_merge_of_four_zones_keeps_each_zone_a_separate_argument():
    """The label lists the zones one argument each (``core.messages.listing``), so a window
    can name every zone in its language; "a, b" in one argument could not be translated."""
    squares = [zone(n, f"POLYGON (({i} 0, {i + 1} 0, {i + 1} {s}, {i} {s}, {i} 0))", name=n,
                    party="A") for i, (n, s) in enumerate([("W", 4), ("X", 3), ("Y", 2),
                                                            ("Z", 1)])]
    doc = Document(project_with(squares))
    ctx = ToolContext(doc, Selection())
    ctx.selection.set({"W", "X", "Y", "Z"})
    label = MergeZonesTool(ctx).activate().changeset.label
    assert label == "Merge zones W, X, Y and Z"  # the largest first
    (zones,) = label.args
    assert zones.args == ("W", "X", "Y", "Z")


def test_merge_refuses_different_parties_and_single_zone(doc):
    ctx = ToolContext(doc, Selection())
    ctx.selection.set({"zone-idlib", "zone-hama"})
    r = MergeZonesTool(ctx).activate()
    assert r.changeset is None and "different parties" in r.refused
    ctx.selection.set({"zone-idlib"})
    tool = MergeZonesTool(ctx)
    assert tool.activate().changeset is None
    assert "two or more" in tool.key(KeyEvent("Enter")).refused


def test_merge_by_clicking_zones_then_enter():
    a = zone("a", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", name="West", party="A")
    b = zone("b", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))", name="East", party="A")
    doc = Document(project_with([a, b]))
    ctx = ToolContext(doc, Selection())
    tool = MergeZonesTool(ctx)
    for x in (0.5, 1.5):
        r = tool.pointer(PointerEvent("press", x, 0.5, tolerance=0.01))
        ctx.selection.set(r.selection)
    r = tool.key(KeyEvent("Enter"))
    assert r.changeset is not None and len(r.changeset.deltas) == 2


def test_reshape_outward_bulge_grows_the_zone():
    sq = zone("s", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", party="A")
    doc = Document(project_with([sq]))
    ctx = ToolContext(doc, Selection())
    r = draw(ReshapeTool(ctx), doc, [(1.0, 0.25), (1.5, 0.5), (1.0, 0.75)], tol=0.01)
    assert r.changeset.label.startswith("Reshape")
    g = doc.feature("s").geometry
    assert g.area == pytest.approx(1.0 + 0.5 * 0.5 * 0.5)
    assert g.is_valid


def test_reshape_inward_cut_trims_the_zone_and_crossing_lines_work():
    sq = zone("s", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", party="A")
    doc = Document(project_with([sq]))
    ctx = ToolContext(doc, Selection())
    # starts and ends outside, crossing the right edge twice
    draw(ReshapeTool(ctx), doc, [(1.2, 0.2), (0.6, 0.5), (1.2, 0.8)])
    g = doc.feature("s").geometry
    assert g.is_valid and g.area < 1.0
    assert not g.contains(shapely.Point(0.9, 0.5))
    assert g.contains(shapely.Point(0.5, 0.5))


def test_reshape_a_line_of_contact_between_two_points():
    ln = line("l", "LINESTRING (0 0, 1 0, 2 0, 3 0)")
    doc = Document(project_with([ln]))
    ctx = ToolContext(doc, Selection())
    draw(ReshapeTool(ctx), doc, [(0.5, 0.0), (1.5, 0.7), (2.5, 0.0)], snap=True)
    coords = [tuple(c) for c in shapely.get_coordinates(doc.feature("l").geometry)]
    assert coords == [(0.0, 0.0), (0.5, 0.0), (1.5, 0.7), (2.5, 0.0), (3.0, 0.0)]


def test_reshape_refuses_when_not_meeting_the_border_twice():
    sq = zone("s", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", party="A")
    doc = Document(project_with([sq]))
    r = draw(ReshapeTool(ToolContext(doc, Selection())), doc, [(0.5, 0.5), (0.6, 0.6)])
    assert r.changeset is None and r.refused


def test_reshape_of_a_sample_zone_stays_valid(doc):
    ctx = ToolContext(doc, Selection())
    ctx.selection.set({"zone-homs"})
    homs = doc.feature("zone-homs")
    before = area_km2(homs.geometry)
    r = draw(ReshapeTool(ctx), doc, [(36.60, 34.90), (36.65, 35.05), (36.72, 34.90)])
    assert r.changeset.label == "Reshape North of Homs"
    after = doc.feature("zone-homs").geometry
    assert after.is_valid and area_km2(after) > before
    assert isinstance(after, Polygon)
