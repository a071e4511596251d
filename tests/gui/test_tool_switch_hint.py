"""A tool's hint leaves the status bar with the tool: after Draw zone, Select (which has no
hint) no longer shows "Рисование зоны: щёлкните первую вершину", as an outside tester's
Russian window did for six seconds; a tool with a hint of its own shows it instead, and
leaving a half-drawn zone still says "Cancelled"."""

from __future__ import annotations

import pytest

from zoneeditor.gui.tool_messages import translated


def _drawing_a_zone(editor):
    """The map driver, Draw zone chosen over an empty stretch of a proposal."""
    drive = editor.map
    drive.version("Proposal B")
    drive.show(37.9, 33.9, 38.4, 34.4)
    drive.tool("Z")
    return drive


@pytest.mark.zoneeditor_lang("ru")
def test_switching_from_draw_zone_to_select_clears_the_drawing_hint(editor):
    drive = _drawing_a_zone(editor)
    drive.move(38.1, 34.1)  # the pointer over the map renews the hint
    assert drive.message.startswith("Рисование зоны"), drive.message
    drive.tool("S")
    assert type(editor.editor.tool).__name__ == "SelectTool"
    assert drive.message == ""
    drive.move(38.15, 34.15)
    assert drive.message == ""  # nothing brings the old hint back


def test_a_tool_with_a_hint_replaces_the_previous_one(editor):
    drive = _drawing_a_zone(editor)
    zone_hint = drive.message
    drive.tool("L")  # Draw line
    assert drive.message and drive.message != zone_hint
    assert drive.message == translated(editor.editor.tool.hint())


def test_leaving_a_half_drawn_zone_still_says_cancelled(editor):
    drive = _drawing_a_zone(editor)
    drive.click(38.0, 34.0)
    drive.click(38.2, 34.0)
    drive.tool("S")
    assert drive.message == "Cancelled"
