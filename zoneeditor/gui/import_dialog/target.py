"""Where the import goes: into the agreed baseline, or a new proposal named after the first
file unless the user typed a name (the command's ``--as agreed|proposal:NAME``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from zoneeditor.core.model import AGREED


def _tr(text: str) -> str:
    """Translate in the import dialog's context (lupdate finds this module's literals)."""
    return QCoreApplication.translate("ImportDialog", text)


class ImportTarget:
    """The two choices and the proposal's name (the dialog lays out ``row`` and connects
    the widgets' signals)."""

    def __init__(self, owner: QWidget) -> None:
        self.agreed_radio = QRadioButton(_tr("Into the agreed baseline"))
        self.proposal_radio = QRadioButton(_tr("As a new proposal named:"))
        self.proposal_name = QLineEdit()
        #: The name given to the proposal (after the first file); a name the user typed
        #: differs from it and is kept when the files change.
        self._given_name = ""
        self.group = QButtonGroup(owner)
        self.group.addButton(self.agreed_radio)
        self.group.addButton(self.proposal_radio)
        self.proposal_radio.setChecked(True)

    def row(self) -> QHBoxLayout:
        """The choices in one row."""
        row = QHBoxLayout()
        row.addWidget(self.agreed_radio)
        row.addWidget(self.proposal_radio)
        row.addWidget(self.proposal_name, 1)
        return row

    def name_after(self, files: list[str]) -> None:
        """Name the proposal after the first of ``files``, unless the user typed a name."""
        typed = self.proposal_name.text()
        if typed and typed != self._given_name:
            return
        self._given_name = _tr("Imported %1").replace("%1", Path(files[0]).stem) \
            if files else ""
        self.proposal_name.setText(self._given_name)

    def target(self) -> str:
        """The version to import into ("" while the proposal has no name)."""
        return AGREED if self.agreed_radio.isChecked() else self.proposal_name.text().strip()


__all__ = ["ImportTarget"]
