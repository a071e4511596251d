"""Turning off what changes the project while it is read-only (``Editor.read_only``).

``ReadOnlyActions`` follows the editor: while the open project is read-only its actions are
disabled, and their tooltip and status tip say why (the editor's sentence: "Read-only: your
role on the team server is observer…"); afterwards they are enabled with their own tips
back. An action whose enabled state has other conditions too (Version ▸ Rename… is for a
proposal only) is not given to it: its owner reads ``Editor.read_only`` itself.

Actions that make a new proposal from the version shown (Version ▸ New proposal…) are the
way out of a version the user may not change (another delegation's, the coordinators'):
given with ``proposing=True`` they stay on while ``Editor.may_propose`` (only a read-only
project — an observer's — turns them off).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from zoneeditor.gui.editor import Editor


def read_only_tip(tip: str, reason: str) -> str:
    """An action's tooltip while the project is read-only: its own, then why it is off."""
    return f"{tip}\n{reason}" if tip else reason


class ReadOnlyActions(QObject):
    """Disables its actions while the editor's project is read-only (see the module
    documentation)."""

    def __init__(self, editor: Editor, actions: list[QAction],
                 parent: QObject | None = None, *, proposing: bool = False) -> None:
        super().__init__(parent if parent is not None else editor)
        self._editor = editor
        self._proposing = proposing
        #: Each action with its own tooltip and status tip.
        self._tips: dict[QAction, tuple[str, str]] = {}
        self.add(*actions)
        editor.read_only_changed.connect(self.apply)

    def add(self, *actions: QAction) -> None:
        """Follow these actions too (their tips as they are now are their own)."""
        for act in actions:
            self._tips[act] = (act.toolTip(), act.statusTip())
        self.apply(self._editor.read_only)

    def apply(self, reason: str) -> None:
        """Disable the actions, saying ``reason``; or enable them again ("")."""
        if self._proposing and self._editor.may_propose:
            reason = ""
        for act, (tip, status) in self._tips.items():
            act.setEnabled(not reason)
            act.setToolTip(read_only_tip(tip, reason) if reason else tip)
            act.setStatusTip(reason or status)
