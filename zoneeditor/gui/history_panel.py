"""The undo history as a list: one row per step, the current state highlighted.

Row 0 is the state when the project was opened; clicking a row undoes or redoes until that
many steps are applied (``UndoStack.go_to``). Undone steps are shown greyed. A row the
history may not go to — on the way, a step changes a version read-only here, e.g. the agreed
baseline of a team delegate (``Editor.history_refusal``) — is off, and says why on hover.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from zoneeditor.gui.editor import Editor
from zoneeditor.gui.step_names import StepNames


class HistoryPanel(QWidget):
    """Lists the editor's ``document.history`` labels; a click goes to that step."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list)
        self.list.itemClicked.connect(self.on_item_clicked)
        editor.history_changed.connect(self.reload)
        editor.session_changed.connect(self.reload)
        self.reload()

    def reload(self, *_args: object) -> None:
        """Rebuild the rows from the history."""
        h = self._editor.document.history
        self.list.blockSignals(True)
        self.list.clear()
        # a step's label is core's English sentence, kept as data; shown translated, its
        # features named as the window names them in its language (gui.step_names)
        names = StepNames(self._editor.document.project)
        rows = [self.tr("Opened project"), *(names.text(step) for step in h.steps)]
        grey = QBrush(QColor("#9a9a9a"))
        refusals = self._editor.history_refusals()
        for i, (label, why) in enumerate(zip(rows, refusals, strict=True)):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, i)
            if why:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(why)
            if i > h.index:
                item.setForeground(grey)
            if i == h.index:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        self.list.setCurrentRow(h.index)
        self.list.blockSignals(False)

    def on_item_clicked(self, item: QListWidgetItem) -> None:  # only enabled rows
        """Undo/redo to the clicked step."""
        # a conflict, or a journal that cannot write, reaches the status bar (editor.refused)
        self._editor.go_to(int(item.data(Qt.ItemDataRole.UserRole)))
