"""The import dialog's widgets and their layout (``ImportWidgets``); what the dialog does
with them is ``dialog.ImportDialog``'s.

From the top: the files, where they go (``target``), what a new proposal starts from
(``proposal_start``), how they are read (``reading_options``), the reading state, the tabs
("Columns and fields": ``mapping_step``; "Problems": ``problems``; "Party and status
values": ``values_step``), the footer (``summary``) and the buttons. It fits a 1366 x 768
screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.document import Document
from zoneeditor.gui.import_dialog.file_picker import FileList
from zoneeditor.gui.import_dialog.mapping_step import MappingStep
from zoneeditor.gui.import_dialog.problems import ProblemsList
from zoneeditor.gui.import_dialog.proposal_start import ProposalStart
from zoneeditor.gui.import_dialog.reading_options import ENCODINGS, ReadingOptions
from zoneeditor.gui.import_dialog.summary import ImportSummary
from zoneeditor.gui.import_dialog.target import ImportTarget
from zoneeditor.gui.import_dialog.values_step import ValuesStep


def _tr(text: str) -> str:
    """Translate in the import dialog's context (lupdate finds this module's literals)."""
    return QCoreApplication.translate("ImportDialog", text)


class ImportWidgets(QDialog):
    """The import dialog's widgets, laid out (each part's widgets are also attributes of
    the dialog, under the names tests and the dialog's code use)."""

    ENCODINGS = ENCODINGS

    def __init__(self, document: Document, mappings: Any = None,
                 parent: QWidget | None = None) -> None:
        """``document``: the project imported into; ``mappings``: where column choices are
        remembered (``MappingStep``'s store)."""
        super().__init__(parent)
        self.document = document
        self.mapping = MappingStep(mappings, self)
        self.values = ValuesStep(self)
        self._build()
        self._fit_screen()

    # -- widgets ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.chosen = FileList()
        self.file_list = self.chosen.file_list
        self.add_button, self.clear_button = self.chosen.add_button, self.chosen.clear_button

        self.where = ImportTarget(self)
        self.agreed_radio, self.proposal_radio = self.where.agreed_radio, self.where.proposal_radio
        self.proposal_name = self.where.proposal_name

        # a new proposal: a copy of a version with the files' features put in, or them alone
        self.start = ProposalStart(self.document, self)

        self.options = ReadingOptions()
        self.encoding_box, self.crs_edit = self.options.encoding_box, self.options.crs_edit
        self.swap_check, self.repair_check = self.options.swap_check, self.options.repair_check
        self.suggest_button = self.options.suggest_button
        form, checks = self.options.rows()

        self.check_button = QPushButton(_tr("Check again"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.problems = ProblemsList()
        self.tabs = QTabWidget()
        # Mnemonics apart from the mapping step's (Alt+N, L, P, S, K, I, C, F, V, R).
        self.tabs.addTab(self.mapping, _tr("Colu&mns and fields"))
        self.tabs.addTab(self.problems, _tr("Pro&blems"))
        # Mnemonic apart from the others' (Alt+M, B and the mapping step's)
        self.tabs.addTab(self.values, _tr("Part&y and status values"))
        self.footer = ImportSummary(self)
        self.summary_label, self.left_out_row = self.footer.summary_label, self.footer.left_out_row
        self.left_out_label = self.footer.left_out_label

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(_tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_tr("Files (shapefile, zip, GeoPackage, GeoJSON, KML):")))
        layout.addLayout(self.chosen.row())
        layout.addLayout(self.where.row())
        layout.addWidget(self.start)
        layout.addLayout(form)
        layout.addLayout(checks)
        status_row = QHBoxLayout()
        status_row.addWidget(self.check_button)
        status_row.addWidget(self.progress, 1)
        status_row.addWidget(self.state_label, 2)
        status_row.addWidget(self.suggest_button)
        layout.addLayout(status_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.left_out_row)
        layout.addWidget(self.buttons)

    def _fit_screen(self) -> None:
        """1100 x 680 where there is room; never larger than the screen (1366 x 768)."""
        screen = self.screen()
        parent = self.parentWidget()
        if screen is None and parent is not None:  # not yet on a screen (stub: never None)
            screen = parent.screen()
        width, height = 1100, 680
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)


__all__ = ["ImportWidgets"]
