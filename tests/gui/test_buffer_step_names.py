"""The Buffer tool's step names its line as the window does: by the line's name in the
interface language where it has one ("Новая линия 1", its ``name_ru``), as the other tools'
steps name what they add (``NewNames``). It said "Add buffer zone around New line 1 (3 km)"
in a Russian window whose map labels the line "Новая линия 1"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from zoneeditor.core.edits import set_attributes
from zoneeditor.gui.tool_buffer_dialog import BufferDialog
from zoneeditor.gui.tool_messages import translated


def buffer_selected_line(editor, km: float) -> list[str]:
    """Press B on the selected line and answer the widths dialog with ``km``; returns the
    texts of the dialog's labels (how it named the line)."""
    said: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BufferDialog):
            QTimer.singleShot(20, answer)
            return
        said.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.left.setValue(km)
        dialog.accept()

    QTimer.singleShot(0, answer)
    editor.map.tool("B")
    editor.map.idle()
    return said


def history_rows(editor) -> list[str]:
    rows = editor.history_panel.list
    return [rows.item(i).text() for i in range(rows.count())]


@pytest.mark.zoneeditor_lang("ru")
def test_a_line_drawn_in_russian_is_named_in_russian_by_its_buffer_step(editor):
    drive = editor.map
    drive.version("Proposal B")
    drive.show(37.9, 33.9, 38.4, 34.4)
    drive.tool("L")
    drive.click_path([(38.0, 34.0), (38.2, 34.2)], finish="enter")
    line = drive.feature(name="New line 1")
    assert line.attributes["name_ru"] == "Новая линия 1"
    assert drive.selection == {line.id}
    said = buffer_selected_line(editor, 3.0)
    assert any("Новая линия 1" in text for text in said), said
    step = translated(drive.history.labels[-1])
    assert "Новая линия 1" in step and "New line 1" not in step, step
    assert step in history_rows(editor)
    assert "Новая линия 1" in drive.message and "New line 1" not in drive.message
    (zone,) = [f for f in drive.features("zones") if f.attributes.get("source_line") == line.id]
    assert zone.attributes["name_ru"].startswith("Буферная зона Новая линия 1")


@pytest.mark.zoneeditor_lang("ar")
def test_a_line_with_an_arabic_name_is_named_so_by_its_buffer_step(editor):
    drive = editor.map
    drive.version("Proposal B")
    line = drive.feature(id="line-idlib-hama")
    editor.editor.push(set_attributes(editor.document.version, line,
                                      name_ar="خط التماس بين إدلب وحماة"))
    editor.selection.set({line.id})
    buffer_selected_line(editor, 2.0)
    step = translated(drive.history.labels[-1])
    assert "خط التماس بين إدلب وحماة" in step and "Idlib–Hama" not in step, step
    assert step in history_rows(editor)


def test_the_english_window_names_the_line_by_its_name(editor):
    drive = editor.map
    drive.version("Proposal B")
    editor.selection.set({"line-idlib-hama"})
    buffer_selected_line(editor, 2.0)
    assert str(drive.history.labels[-1]) == \
        "Add buffer zone around Idlib–Hama line of contact (2 km)"
