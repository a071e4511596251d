"""The History panel, Edit's Undo entry and the status bar's "Undone: …" name a feature as
the window does in its language: an Arabic window listed «تعديل الملاحظات (Idlib)», the
English name, although Idlib's local name is إدلب (an outside tester). The step's label
itself, journaled data, stays core's English sentence."""

from __future__ import annotations

import pytest

from zoneeditor.core.edits import set_attributes


def _edit_notes(window) -> None:
    window.editor.switch_version("Proposal B")
    feature = window.document.feature("zone-idlib")
    window.editor.push(set_attributes(window.document.version, feature, notes="checked"))


def _last_row(window) -> str:
    rows = window.history_panel.list
    return rows.item(rows.count() - 1).text()


@pytest.mark.zoneeditor_lang("ar")
def test_an_arabic_window_names_the_feature_of_a_step_in_arabic(editor):
    _edit_notes(editor)
    label = editor.document.history.labels[-1]
    assert label == "Edit notes of Idlib"  # the data: unchanged, English
    row = _last_row(editor)
    assert "إدلب" in row and "Idlib" not in row, row
    assert "الملاحظات" in row, row  # still the translated sentence
    undo = editor.window_actions.act_undo.text()
    assert "إدلب" in undo and "Idlib" not in undo, undo
    editor.editor.undo()
    said = editor.map.message
    assert "إدلب" in said and "Idlib" not in said, said
    redo = editor.window_actions.act_redo.text()
    assert "إدلب" in redo and "Idlib" not in redo, redo


def test_an_english_window_keeps_the_name(editor):
    _edit_notes(editor)
    assert _last_row(editor).replace("\u2068", "").replace("\u2069", "") == \
        "Edit notes of Idlib"
