"""Version ▸ Merge from file…: the menu entry and the dialog it opens (``MergeDialog``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from zoneeditor.gui.conflicts_panel import ConflictsPanel
from zoneeditor.gui.diff_panel import DiffPanel
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.merge_dialog import MergeDialog
from zoneeditor.gui.read_only import ReadOnlyActions
from zoneeditor.gui.services import WindowServices


class MergeFromFile(QObject):
    """The Version ▸ Merge from file… entry and the dialog it opens."""

    def __init__(self, editor: Editor, window: WindowServices, conflicts: ConflictsPanel,
                 changes: DiffPanel) -> None:
        super().__init__(window.main_widget)
        self._editor, self._window = editor, window
        self._conflicts, self._changes = conflicts, changes
        #: The dialog last opened (tests drive it).
        self.dialog: MergeDialog | None = None
        self.action = QAction(self.tr("&Merge from file…"), window.main_widget)
        self.action.setObjectName("action_merge_from_file")
        self.action.setStatusTip(self.tr("Merge another copy of this project into a new "
                                         "proposal; conflicts go to the Conflicts panel"))
        self.action.triggered.connect(self.open_dialog)
        #: Off while the project is read-only; on while only the version shown is (it
        #: writes a new proposal: a way out of a version the user may not change).
        self.read_only = ReadOnlyActions(editor, [self.action], self, proposing=True)

    def make_dialog(self, path: str | Path | None = None) -> MergeDialog:
        """The dialog, not shown yet (tests fill it and press its buttons)."""
        self.dialog = MergeDialog(self._editor, self._window, self._conflicts, self._changes,
                                  path)
        return self.dialog

    def open_dialog(self) -> None:
        """Open the dialog (modal)."""
        dialog = self.make_dialog()
        dialog.exec()
        dialog.deleteLater()


def install(editor: Editor, window: WindowServices, conflicts: ConflictsPanel,
            changes: DiffPanel) -> MergeFromFile:
    """Put Merge from file… in the Version menu, above the list of versions."""
    entry = MergeFromFile(editor, window, conflicts, changes)
    menu = window.menu("Version")
    # The Version menu lists the versions after its first separator (they are rebuilt as the
    # project changes): version commands go above it.
    separator = next((a for a in menu.actions() if a.isSeparator()), None)
    if separator is None:
        menu.addAction(entry.action)
    else:
        menu.insertAction(separator, entry.action)
    return entry
