"""A tool hint longer than the status bar's room is elided with an ellipsis, clear of the
cursor position at its right, and shown whole in a tooltip (Split zone's Russian hint at a
1366×768 window was cut mid-word and ran into the coordinates)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

#: Columns of pixels left free before the position label (two figures' width, at least)
GAP_PX = 8


@pytest.mark.zoneeditor_lang("ru")
def test_a_long_tool_hint_is_elided_clear_of_the_position(editor):
    editor.resize(1366, 768)
    editor.map.idle()
    editor.map.tool("X")  # Split zone: the longest hint
    editor.map_status.set_position(36.45829, 32.76063)
    editor.map.idle()
    bar = editor.statusBar()
    hint = editor.map.message
    assert hint.startswith("Разделение зоны") and hint.endswith("пересечённые")  # kept whole
    position = editor.map_status.position
    assert bar.fontMetrics().horizontalAdvance(hint) > position.x()  # it does not fit

    image = bar.grab().toImage()
    background = image.pixel(position.x() - 1, 1)
    y_range = range(position.y(), position.y() + position.height())
    touching = [(x, y) for x in range(position.x() - GAP_PX, position.x()) for y in y_range
                if image.pixel(x, y) != background]
    assert touching == []  # nothing drawn just before the coordinates

    inside = QPoint(position.x() // 2, bar.height() // 2)
    QApplication.sendEvent(bar, QHelpEvent(QEvent.Type.ToolTip, inside, bar.mapToGlobal(inside)))
    assert QToolTip.text() == hint
    QToolTip.hideText()


def test_a_message_that_fits_is_drawn_whole_without_a_tooltip(editor):
    editor.resize(1366, 768)
    editor.status("Saved")
    editor.map.idle()
    bar = editor.statusBar()
    assert bar.message_text() == "Saved"
    inside = QPoint(5, bar.height() // 2)
    QToolTip.hideText()
    QApplication.sendEvent(bar, QHelpEvent(QEvent.Type.ToolTip, inside, bar.mapToGlobal(inside)))
    assert QToolTip.text() == ""
