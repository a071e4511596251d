"""The status bar's position is the map point under the pointer, also after the view jumps
from the keyboard (the locator, Fit, arrows): it showed the old view's point until the
mouse moved again. A pointer that left the map shows no position."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from zoneeditor.core.naming import display_position


def shown(editor) -> str:
    return editor.map_status.position.text()


def under_pointer(editor, pixel) -> str:
    """The position the status bar should show for the pointer at ``pixel`` now."""
    return display_position(*editor.canvas.viewport.to_map(pixel.x(), pixel.y()), dms=False)


def point_near_murak(editor):
    """The pointer rests over the map near Mūrak, off the view's centre (where a zoom
    keeps the point); returns its pixel."""
    drive = editor.map
    drive.move(36.5, 35.2)
    assert shown(editor) == display_position(36.5, 35.2, dms=False)
    return drive.position(36.5, 35.2)


def go_to_aleppo(editor) -> None:
    locator = editor.addons.locator
    assert locator.wait_ready(), "towns and countries were not indexed"
    editor.map.key("Ctrl+K")
    editor.map.type("Aleppo")
    editor.map.key("Return")


@pytest.mark.parametrize("jump", ["locator", "fit", "arrow", "zoom in"])
def test_the_position_follows_a_view_moved_by_the_keyboard(editor, jump):
    drive = editor.map
    drive.show(36.0, 34.8, 37.6, 36.0)
    pixel = point_near_murak(editor)
    before = shown(editor)
    {"locator": lambda: go_to_aleppo(editor),
     "fit": lambda: drive.key("Ctrl+Shift+F"),
     "arrow": lambda: drive.key("Left"),
     "zoom in": lambda: drive.key("=")}[jump]()
    assert shown(editor) != before, "the view did not move under the pointer"
    assert shown(editor) == under_pointer(editor, pixel)


def test_a_drag_pan_shows_the_point_held_under_the_pointer(editor):
    drive = editor.map
    drive.show(36.0, 34.8, 37.6, 36.0)
    drive.move(36.8, 35.4)
    drive.press(36.8, 35.4, "middle")  # the middle button pans
    drive.move(36.6, 35.3, ("middle",))
    # the map moved with the pointer: the point under it is still the one grabbed (it
    # showed where the pointer went in the view before the pan)
    assert shown(editor) == display_position(36.8, 35.4, dms=False)
    drive.release(36.8, 35.4, "middle")


def test_a_pointer_off_the_map_shows_no_position_and_a_jump_brings_none(editor):
    drive = editor.map
    point_near_murak(editor)
    QApplication.sendEvent(editor.canvas, QEvent(QEvent.Type.Leave))  # onto a panel
    assert shown(editor) == ""
    drive.key("Ctrl+Shift+F")
    assert shown(editor) == ""
