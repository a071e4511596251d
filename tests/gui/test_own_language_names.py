"""Names in the delegate's own language, in the window (the testers' kit).

A delegate working in Russian saw the map label Eastern Ghouta "Восточная Гута · الغوطة
الشرقية" (its ``name_ru``), but the Attributes panel showed only "Название: Eastern Ghouta"
and the local name; the Russian name they typed went into ``name``, the shared romanised
name (the export: ``name = Буферная зона Восток``, ``name_ru = (null)``). In the Arabic
window new points were "نقطة جديدة 1" in ``name`` and Arabic-only everywhere else, while the
Buffer tool named its zone in English only.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from zoneeditor.core.edits import set_attributes
from zoneeditor.core.naming import strip_isolates
from zoneeditor.gui.tool_buffer_dialog import BufferDialog
from zoneeditor.i18n import LANGUAGES
from zoneeditor.io.project_file import read_project


def _row_label(panel, field: QLineEdit) -> str | None:
    """The text of the form label naming ``field`` (None when the panel has no such row)."""
    labels = [label for label in panel.findChildren(QLabel) if label.buddy() is field]
    return labels[0].text() if labels else None


def _edit(drive, field: QLineEdit, text: str) -> None:
    """Replace the field's text as a delegate does: select all, type, Return."""
    field.setFocus()
    field.selectAll()
    drive.type(text, widget=field)
    drive.key("Return", widget=field)


@pytest.mark.zoneeditor_lang("ru")
def test_the_russian_name_is_shown_and_edited_in_its_own_field(editor, editor_project):
    drive = editor.map
    drive.version("Proposal B")
    ghouta = drive.feature(name="Eastern Ghouta")
    # another party's tool gave it a German name: an edit keeps it
    editor.editor.push(set_attributes(editor.document.version, ghouta, name_de="Ost-Ghuta"))
    editor.selection.set({ghouta.id})
    panel = editor.attributes_panel
    assert _row_label(panel, panel.name_own) == "Название (по-русски)"
    assert _row_label(panel, panel.name) == "Название"
    assert panel.name_own.text() == "Восточная Гута" and panel.name.text() == "Eastern Ghouta"
    assert panel.name_local.text() == "الغوطة الشرقية"

    _edit(drive, panel.name_own, "Буферная зона Восток")
    edited = drive.feature(id=ghouta.id)
    assert edited.attributes["name_ru"] == "Буферная зона Восток"
    assert edited.name == "Eastern Ghouta"  # the shared name is untouched
    assert edited.attributes["name_de"] == "Ost-Ghuta"
    assert drive.history.undo_label == "Edit name (Russian) of Eastern Ghouta"
    undo = strip_isolates(editor.window_actions.act_undo.text())
    assert "название (по-русски)" in undo and "name_ru" not in undo, undo
    drive.undo()
    assert drive.feature(id=ghouta.id).attributes["name_ru"] == "Восточная Гута"
    assert panel.name_own.text() == "Восточная Гута"
    drive.redo()

    drive.key("Ctrl+S")
    saved = read_project(editor_project).versions["Proposal B"].get(ghouta.id)
    assert saved.attributes["name_ru"] == "Буферная зона Восток"
    assert saved.name == "Eastern Ghouta" and saved.attributes["name_de"] == "Ost-Ghuta"


@pytest.mark.zoneeditor_lang("ar")
def test_a_point_placed_in_arabic_has_an_english_name_and_an_arabic_one(editor, qtbot):
    drive = editor.map
    drive.version("Proposal B")
    drive.show(37.9, 33.9, 38.4, 34.4)
    before = {f.id for f in drive.features("points")}
    drive.tool("P")
    drive.click(38.1, 34.1)
    (point,) = [f for f in drive.features("points") if f.id not in before]
    assert point.name == "New point 1"  # the shared name every party's tool reads
    assert point.attributes["name_ar"] == "نقطة جديدة 1"
    assert not point.attributes.get("name_local")
    # what the window says of it names it as its map does: the status bar and the History
    # said "New point 1" in an Arabic sentence (an outside tester)
    assert "نقطة جديدة 1" in drive.message and "New point 1" not in drive.message
    assert "نقطة جديدة 1" in str(drive.history.labels[-1])
    # the Arabic window's map (local names) labels it in Arabic
    qtbot.waitUntil(lambda: "نقطة جديدة 1" in {lab.text for lab in editor.canvas.images.labels})

    panel = editor.attributes_panel
    editor.selection.set({point.id})
    assert _row_label(panel, panel.name_own) == "الاسم (بالعربية)"
    assert (panel.name.text(), panel.name_own.text()) == ("New point 1", "نقطة جديدة 1")


@pytest.mark.zoneeditor_lang("ar")
def test_an_empty_arabic_name_says_the_local_name_stands_for_it(editor):
    """The sample's zones have their Arabic name in name_local and no name_ar: the Arabic
    window's "Name (Arabic)" was an empty box beside "إدلب" (a reviewer read it as a name
    lost). It says in grey that the local name stands for it; a Russian window does not,
    the local name being Arabic, not Russian."""
    drive = editor.map
    drive.version("Proposal B")
    idlib = drive.feature(name="Idlib")
    assert not idlib.attributes.get("name_ar") and idlib.attributes["name_local"] == "إدلب"
    panel = editor.attributes_panel
    editor.selection.set({idlib.id})
    assert panel.name_own.text() == ""
    assert "إدلب" in panel.name_own.placeholderText()
    _edit(drive, panel.name_own, "محافظة إدلب")
    assert drive.feature(id=idlib.id).attributes["name_ar"] == "محافظة إدلب"
    assert panel.name_own.text() == "محافظة إدلب"


@pytest.mark.zoneeditor_lang("ru")
def test_an_empty_russian_name_is_not_said_to_be_the_arabic_local_one(editor):
    drive = editor.map
    drive.version("Proposal B")
    idlib = drive.feature(name="Idlib")
    editor.editor.push(set_attributes(editor.document.version, idlib, name_ru=""))
    panel = editor.attributes_panel
    editor.selection.set({idlib.id})
    assert panel.name_own.text() == "" and panel.name_own.placeholderText() == ""


@pytest.mark.zoneeditor_lang("ar")
def test_the_buffer_tool_names_its_zone_like_the_other_tools(editor):
    drive = editor.map
    drive.version("Proposal B")
    before = {f.id for f in drive.features("zones")}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BufferDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.left.setValue(3.0)
        dialog.accept()

    QTimer.singleShot(0, answer)
    editor.selection.set({"line-idlib-hama"})
    drive.tool("B")
    drive.idle()
    (zone,) = [f for f in drive.features("zones") if f.id not in before]
    assert zone.name == "Buffer zone Idlib–Hama line of contact (3 km)"
    assert zone.attributes["name_ar"] == "منطقة عازلة Idlib–Hama line of contact (3 كم)"


def test_the_english_window_has_no_third_name_field(editor):
    drive = editor.map
    drive.version("Proposal B")
    panel = editor.attributes_panel
    editor.selection.set({drive.feature(name="Eastern Ghouta").id})
    assert _row_label(panel, panel.name_own) is None and not panel.name_own.isVisible()
    assert [_row_label(panel, f) for f in (panel.name, panel.name_local)] == ["Name",
                                                                             "Local name"]
    drive.show(37.9, 33.9, 38.4, 34.4)
    drive.tool("P")
    drive.click(38.1, 34.1)
    point = drive.feature(name="New point 1")
    assert not [k for k in point.attributes if k.startswith("name_") and k != "name_local"]


def test_every_interface_language_s_name_column_has_a_field_title(qapp):
    """A new interface language needs its "Name (…)" title (core.model.LANGUAGE_NAMES)."""
    from zoneeditor.core.model import LANGUAGE_NAMES
    from zoneeditor.core.naming import own_name_key

    assert {own_name_key(lang) for lang in LANGUAGES} - {""} == set(LANGUAGE_NAMES)
