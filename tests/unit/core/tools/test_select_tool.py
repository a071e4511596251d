"""The selection tool: click picks (points, lines, smallest zone), shift toggles, box, Esc."""

from __future__ import annotations

from conftest import line, point, project_with, zone

from zoneeditor.core.document import Document
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, ToolContext
from zoneeditor.core.tools.registry import tool_classes
from zoneeditor.core.tools.select import SelectTool

TOL = 0.01


def make(hidden=()):
    doc = Document(project_with(agreed=[
        zone("big", "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))"),
        zone("small", "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))"),
        zone("far", "POLYGON ((10 10, 11 10, 11 11, 10 11, 10 10))"),
        line("l", "LINESTRING (0 3, 4 3)"),
        point("p", "POINT (3 3)"),
    ]))
    sel = Selection()
    return SelectTool(ToolContext(doc, sel, hidden_layers=set(hidden))), sel


def click(tool, sel, x, y, mods=()):
    m = frozenset(mods)
    tool.pointer(PointerEvent("press", x, y, "left", m, TOL))
    r = tool.pointer(PointerEvent("release", x, y, "left", m, TOL))
    if r.selection is not None:
        sel.set(r.selection)
    return r


def test_registry_starts_with_select():
    assert tool_classes()[0] is SelectTool
    assert SelectTool.shortcut == "S"


def test_point_beats_line_beats_zone():
    tool, sel = make()
    click(tool, sel, 3.005, 3.0)
    assert sel.ids == {"p"}
    click(tool, sel, 1.0, 3.005)
    assert sel.ids == {"l"}
    click(tool, sel, 3.5, 0.5)
    assert sel.ids == {"big"}


def test_smallest_containing_zone_wins():
    tool, sel = make()
    click(tool, sel, 1.5, 1.5)
    assert sel.ids == {"small"}


def test_click_outside_tolerance_and_outside_zones_clears():
    tool, sel = make()
    click(tool, sel, 1.5, 1.5)
    r = click(tool, sel, 7, 7)
    assert sel.ids == frozenset()
    assert r.message


def test_shift_click_toggles():
    tool, sel = make()
    click(tool, sel, 1.5, 1.5)
    click(tool, sel, 10.5, 10.5, ["shift"])
    assert sel.ids == {"small", "far"}
    click(tool, sel, 1.5, 1.5, ["shift"])
    assert sel.ids == {"far"}
    click(tool, sel, 7, 7, ["shift"])  # shift-click on nothing keeps the selection
    assert sel.ids == {"far"}


def test_rubber_band_selects_everything_it_intersects():
    tool, _sel = make()
    tool.pointer(PointerEvent("press", 2.5, 2.5, "left", frozenset(), TOL))
    moved = tool.pointer(PointerEvent("move", 3.5, 3.5, "left", frozenset(), TOL))
    assert moved.preview is not None and moved.preview.rubber_band == (2.5, 2.5, 3.5, 3.5)
    r = tool.pointer(PointerEvent("release", 3.5, 3.5, "left", frozenset(), TOL))
    assert r.selection == {"big", "l", "p"}
    assert r.preview is not None and r.preview.rubber_band is None


def test_shift_band_adds():
    tool, sel = make()
    click(tool, sel, 10.5, 10.5)
    tool.pointer(PointerEvent("press", 1.2, 1.2, "left", frozenset({"shift"}), TOL))
    tool.pointer(PointerEvent("move", 1.8, 1.8, "left", frozenset({"shift"}), TOL))
    r = tool.pointer(PointerEvent("release", 1.8, 1.8, "left", frozenset({"shift"}), TOL))
    assert r.selection == {"far", "big", "small"}


def test_hidden_layers_are_not_picked():
    tool, sel = make(hidden={"points", "lines"})
    click(tool, sel, 3.005, 3.0)
    assert sel.ids == {"big"}
    tool2, sel2 = make(hidden={"zones"})
    click(tool2, sel2, 1.5, 1.5)
    assert sel2.ids == frozenset()


def test_escape_cancels_band_then_clears_selection():
    tool, sel = make()
    click(tool, sel, 1.5, 1.5)
    tool.pointer(PointerEvent("press", 0, 0, "left", frozenset(), TOL))
    tool.pointer(PointerEvent("move", 1, 1, "left", frozenset(), TOL))
    r = tool.key(KeyEvent("Escape"))
    assert r.selection is None and r.preview is not None and r.preview.rubber_band is None
    r = tool.key(KeyEvent("Escape"))
    assert r.selection == frozenset()
    assert not tool.key(KeyEvent("Enter")).handled


def test_selection_never_changes_the_document():
    tool, sel = make()
    r = click(tool, sel, 1.5, 1.5)
    assert r.changeset is None
