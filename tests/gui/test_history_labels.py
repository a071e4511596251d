"""The History panel and Edit ▸ Undo name an edited field as the Attributes panel does ("Edit
local name of Idlib"), in the interface language, never by its column ("name_local")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel

from zoneeditor.i18n.values import attribute_name, attribute_title

#: What a translator would give (the words of zoneeditor_ar.ts for these sentences).
WORDS = {
    ("ToolMessages", "Edit %1 of %2"): "تعديل %1 (%2)",
    ("ToolMessages", "local name"): "الاسم المحلي",
    ("ToolMessages", "notes"): "الملاحظات",
}


class Words(QTranslator):
    """A translator of just ``WORDS`` (the .ts files are translated once for every branch)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return WORDS.get((context, source))  # None: not translated here, ask the next one


@pytest.fixture
def words(qapp):
    translator = Words()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _plain(text: str) -> str:
    """``text`` without the isolation marks around names (FSI … PDI)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _edit_local_name(window, text: str) -> None:
    window.editor.switch_version("Proposal B")
    window.selection.set({"zone-idlib"})
    panel = window.attributes_panel
    panel.name_local.setText(text)
    panel.name_local.editingFinished.emit()


def test_the_history_names_the_field_as_the_attributes_panel_does(editor):
    _edit_local_name(editor, "إدلب 2")
    rows = editor.history_panel.list
    assert _plain(rows.item(rows.count() - 1).text()) == "Edit local name of Idlib"
    assert _plain(editor.window_actions.act_undo.text()) == "&Undo Edit local name of Idlib"
    labels = editor.attributes_panel.findChildren(QLabel)  # the summary is a WrappedLabel
    assert "Local name" in [label.text() for label in labels]  # one name for the field
    assert "name_local" not in rows.item(rows.count() - 1).text()


def test_the_field_name_is_translated_with_the_sentence(editor, words):
    _edit_local_name(editor, "إدلب 2")
    rows = editor.history_panel.list
    shown = rows.item(rows.count() - 1).text()
    assert shown.startswith("تعديل الاسم المحلي (") and "Idlib" in shown
    assert "name_local" not in editor.window_actions.act_undo.text()
    assert "الاسم المحلي" in editor.window_actions.act_undo.text()
    # the panel's label is the same word (capitalised where the script has case)
    assert attribute_title("name_local") == attribute_name("name_local") == "الاسم المحلي"


def test_an_imported_column_keeps_its_name(editor):
    from zoneeditor.core.edits import set_attributes

    editor.editor.switch_version("Proposal B")
    feature = editor.document.feature("zone-idlib")
    editor.editor.push(set_attributes(editor.document.version, feature, ADM2_PCODE="SY07"))
    rows = editor.history_panel.list
    assert _plain(rows.item(rows.count() - 1).text()) == "Edit ADM2_PCODE of Idlib"
    assert attribute_title("ADM2_PCODE") == "ADM2_PCODE"
