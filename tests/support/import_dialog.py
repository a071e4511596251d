"""The Import dialog opened on files and left to read them, as the window opens it."""

from __future__ import annotations

from pathlib import Path

from zoneeditor.gui.import_dialog import ImportDialog


def read_in_dialog(qtbot, editor, path: Path) -> ImportDialog:
    """An Import dialog of ``editor``'s document on ``path``, once it has read the file."""
    dialog = ImportDialog(editor.document, editor, [str(path)])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results), timeout=60_000)
    return dialog
