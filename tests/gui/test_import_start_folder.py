"""File ▸ Import…'s file picker opens in the open project's folder, then where files were
last picked or imported from while the window is open (it opened in the home folder)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from zoneeditor.gui.import_dialog import ImportDialog

BAD = Path(__file__).parents[1] / "data" / "bad"


def open_import(editor, qtbot, asked: list[str]) -> ImportDialog:
    """File ▸ Import…, until the picker it opens at once was asked (its folder in
    ``asked``)."""
    count = len(asked)
    editor.addons.import_action.trigger()
    qtbot.waitUntil(lambda: len(asked) > count, timeout=3000)
    return editor.findChildren(ImportDialog)[-1]


def close(dialog: ImportDialog, qtbot) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    dialog.reject()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_the_picker_starts_in_the_project_folder_then_the_last_import_folder(
        editor, editor_project, qtbot, monkeypatch, tmp_path):
    asked: list[str] = []
    picks: list[list[str]] = [[]]  # what the picker returns, in turn; then nothing

    def picker(parent, caption, folder, pattern):
        asked.append(folder)
        return (picks.pop(0) if picks else []), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", picker)
    dialog = open_import(editor, qtbot, asked)
    assert asked[-1] == str(editor_project.parent)  # not the home folder
    close(dialog, qtbot)

    other = tmp_path / "from-the-other-party"
    other.mkdir()
    shutil.copy(BAD / "swapped_latlon.geojson", other)
    picks.append([str(other / "swapped_latlon.geojson")])
    dialog = open_import(editor, qtbot, asked)
    assert asked[-1] == str(editor_project.parent)
    assert dialog.files() == [str(other / "swapped_latlon.geojson")]
    close(dialog, qtbot)  # picked, not imported: still where the user went

    dialog = open_import(editor, qtbot, asked)
    assert asked[-1] == str(other)
    dialog.on_add_clicked()  # "Add files…" in the same dialog
    assert asked[-1] == str(other)
    close(dialog, qtbot)


@pytest.mark.zoneeditor_lang("ru")
def test_the_picker_s_file_types_are_in_the_window_s_language(editor, qtbot, monkeypatch):
    """A Russian window's picker offered "Maps (*.shp …)": the filter was translated from a
    constant, which lupdate never extracts."""
    asked: list[str] = []
    patterns: list[str] = []

    def picker(parent, caption, folder, pattern):
        asked.append(folder)
        patterns.append(pattern)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", picker)
    dialog = open_import(editor, qtbot, asked)
    (pattern,) = patterns
    assert pattern.startswith("Карты (*.shp") and "Maps" not in pattern
    assert "*.gpkg" in pattern and pattern.endswith("Все файлы (*)")
    close(dialog, qtbot)
