"""The Attributes panel says what each name field is for: an Arabic window showed «الاسم
(بالعربية)» empty beside «الاسم المحلي» إدلب and a user could not tell which to fill (an
outside tester). The Arabic name stands in grey as the local name, and each name field
(and its title) has a tooltip saying what it is for and which name the map and the print
show, kept when the feature is locked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


@pytest.mark.zoneeditor_lang("ar")
def test_the_arabic_window_says_which_name_field_to_fill(editor):
    drive = editor.map
    drive.version("agreed")  # locked: the tooltips still say what the fields are for
    idlib = drive.feature(name="Idlib")
    panel = editor.attributes_panel
    editor.selection.set({idlib.id})
    assert "إدلب" in panel.name_own.placeholderText()
    tips = {key: edit.toolTip() for key, edit in panel._names.items()}
    assert set(tips) == {"name", "name_ar", "name_local"}
    assert len(set(tips.values())) == 3, tips  # each field its own purpose
    for key, tip in tips.items():
        assert _has_arabic(tip), (key, tip)  # translated
        assert "الخريطة" in tip, (key, tip)  # says what the map shows
    assert "مقفل" in tips["name_ar"]  # and that it is locked, after the purpose
    assert "املأه" in tips["name_ar"]  # when to fill it
    form = panel.findChild(QFormLayout)
    title = form.labelForField(panel.name_own)
    assert title.toolTip() and title.toolTip() in tips["name_ar"]


def test_an_english_window_explains_the_shared_and_local_names(editor):
    panel = editor.attributes_panel
    editor.selection.set({editor.map.feature(name="Idlib").id})
    assert "shared name in Latin letters" in panel.name.toolTip()
    assert "local script" in panel.name_local.toolTip()
    assert panel.name_own.isHidden()
