"""The field-mapping step of the import dialog: which column is the name, the party, ...

For the chosen file it shows, in one line, what its columns were recognised as ("OCHA
COD, level 1: names from ADM1_EN / ADM1_AR, codes from ADM1_PCODE"); a table of its columns
with their kind, how many features fill them, sample values and recognised role; and for
name, local-script name, party, status, kind, id and code a choice of column, preselected
from recognition or from the choice remembered for files with the same columns
(``io.exchange.mapping.MappingStore``). A change maps the records already read again
(``ImportResult.remap``, no second read) and the preview of feature labels follows at once.
The step knows nothing of reading or importing: the dialog gives it results and takes the
mapped ones back (``mapped``); the party and status value mapping of the values step
(``set_values``) is applied with the columns (``columns_mapped``: without it, what the values
step lists).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import Version
from zoneeditor.core.naming import isolate
from zoneeditor.core.schema import Schema
from zoneeditor.gui.import_dialog.words import (
    MAPPED_TARGETS,
    describe,
    kind_text,
    role_text,
    target_label,
)
from zoneeditor.gui.tool_messages import error_text
from zoneeditor.gui.wrapped_label import WrappedLabel
from zoneeditor.i18n.lists import listed


def _tr(text: str) -> str:
    """Translate in the import dialog's context (lupdate finds this module's literals)."""
    return QCoreApplication.translate("ImportDialog", text)

if TYPE_CHECKING:  # the reader is imported when a file is read, not when the window opens
    from zoneeditor.io.exchange.importing import ImportResult
    from zoneeditor.io.exchange.mapping import ColumnInfo, MappingStore

#: Feature labels shown in the preview.
PREVIEW = 12
#: The width (pixels) the column of sample values starts with.
SAMPLES_WIDTH = 150


def recognised_choice(schema: Schema) -> dict[str, str]:
    """Each mapped target's column as recognition chose it ("" for none)."""
    out = {t: schema.column(t) or "" for t in MAPPED_TARGETS if t != "code"}
    out["code"] = schema.codes[0].column if schema.codes else ""
    return out


def _by_values(result: ImportResult, known: Version, choice: dict[str, str]
               ) -> dict[str, str]:
    """``{target: column}`` for the targets no column was chosen for, where one of the
    file's own columns holds ``known``'s values of it (``core.column_guess``)."""
    from zoneeditor.core.column_guess import suggested_maps

    features = result.all_features
    if not features or not known.features:
        return {}
    found = suggested_maps(Version(result.path.name, {f.id: f for f in features}), known)
    return {t: c for t, c in found.items() if t in MAPPED_TARGETS and not choice.get(t)}


def _schema(result: ImportResult) -> Schema:
    """The file's main layer's schema (the one with the most columns)."""
    if not result.schemas:
        return Schema()
    return max(result.schemas.values(), key=lambda s: len(s.columns))


def _columns(result: ImportResult) -> list[ColumnInfo]:
    """Every column of the file once (first layer first)."""
    seen: dict[str, ColumnInfo] = {}
    for infos in result.columns.values():
        for info in infos:
            seen.setdefault(info.name, info)
    return list(seen.values())


@dataclass
class FileMapping:
    """One file's state in the step: as read (recognised), the choice, the mapped result."""

    base: ImportResult
    recognised: dict[str, str]
    choice: dict[str, str]
    remembered: bool = False
    touched: bool = False
    #: Columns chosen for a target by what they hold (``core.column_guess``), not by name
    guessed: dict[str, str] = field(default_factory=dict)
    mapped: ImportResult | None = None
    #: Mapped by the column choice alone, before the value mapping (None: as read)
    columns: ImportResult | None = None
    error: str = ""
    names: list[str] = field(default_factory=list)

    def explicit(self) -> dict[str, str]:
        """The targets where the choice differs from recognition (what ``remap`` needs)."""
        return {t: c for t, c in self.choice.items() if c != self.recognised.get(t, "")}


class MappingStep(QWidget):
    """Columns with samples and a column choice per attribute, with a live preview."""

    #: Emitted when a mapping changed the features to import.
    changed = Signal()

    def __init__(self, store: MappingStore | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        if store is None:
            from zoneeditor.io.exchange.mapping import MappingStore

            store = MappingStore()
        self.store = store
        self.files: list[FileMapping] = []
        #: The party and status value mapping applied to every file (``read_any``'s values)
        self.values: dict[str, dict[str, str]] = {}
        self._updating = False
        self._build()

    # -- widgets ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.file_box = QComboBox()
        self.file_label = QLabel(_tr("Columns of &file:"))
        self.file_label.setBuddy(self.file_box)
        self.schema_label = QLabel()
        self.schema_label.setWordWrap(True)
        self.schema_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.memory_label = WrappedLabel()  # Arabic descenders were cut by a pixel
        self.reset_button = QPushButton(_tr("Use the &recognised columns"))

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([_tr("Column"), _tr("Kind"), _tr("Filled"),
                                              _tr("Sample values"), _tr("Recognised as")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # A squeezed title reads "Примеры зн…", from its start: centred and unelided it was
        # cut on both sides ("имеры значени", an outside tester in a Russian window).
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # The samples get room of their own (they were squeezed to nothing by a long
        # "Recognised as" in Russian); what they are recognised as takes the rest, elided.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        title = header.fontMetrics().horizontalAdvance(_tr("Sample values"))
        header.resizeSection(3, max(SAMPLES_WIDTH, title + 24))
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(_tr("Columns of the file"))
        self.table.setMinimumHeight(120)

        self.combos: dict[str, QComboBox] = {}
        form = QGridLayout()  # two columns of choices: the dialog fits a 1366 x 768 screen
        for n, target in enumerate(MAPPED_TARGETS):
            combo = QComboBox()
            combo.setObjectName(f"map_{target}")
            combo.setAccessibleName(target_label(target).replace("&", "").rstrip(":"))
            combo.currentIndexChanged.connect(lambda _i, t=target: self._on_choice(t))
            label = QLabel(target_label(target))
            label.setBuddy(combo)
            form.addWidget(label, n // 2, (n % 2) * 2)
            form.addWidget(combo, n // 2, (n % 2) * 2 + 1)
            self.combos[target] = combo
        form.addWidget(self.reset_button, len(MAPPED_TARGETS) // 2, 2, 1, 2)  # beside Code
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.preview = QListWidget()
        self.preview.setMinimumHeight(60)  # the dialog must fit a 1366 x 768 screen
        self.preview.setAccessibleName(_tr("Preview of the feature labels"))
        self.preview_label = QLabel(_tr("Pre&view (labels of the first features):"))
        self.preview_label.setBuddy(self.preview)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.preview_label)
        right.addWidget(self.preview, 1)
        right.addWidget(self.error_label)
        right_widget = QWidget()
        right_widget.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.file_label)
        top.addWidget(self.file_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.schema_label)
        layout.addWidget(self.memory_label)
        layout.addWidget(splitter, 1)
        self.file_box.currentIndexChanged.connect(self._show_file)
        self.reset_button.clicked.connect(self.reset)
        self.file_label.setVisible(False)  # shown when there are files to choose from
        self.file_box.setVisible(False)

    # -- files ----------------------------------------------------------------------------------
    def set_results(self, results: list[ImportResult], known: Version | None = None) -> None:
        """Show newly read files; a choice made earlier in this dialog for the same file is
        kept, else the remembered one for its columns, else recognition, where a column
        holding ``known``'s parties, statuses, kinds or ids (the project's features) is
        chosen for what it holds (``core.column_guess``: an outside tester's "camp" and
        "etat" were imported as columns of their own, every zone of no party)."""
        before = {str(f.base.path): f for f in self.files}
        self.files = []
        for result in results:
            recognised = recognised_choice(_schema(result))
            names = [c.name for c in _columns(result)]
            old = before.get(str(result.path))
            entry = FileMapping(result, recognised, dict(recognised), names=names)
            if old is not None and old.touched and set(old.names) == set(names):
                entry.choice, entry.touched = dict(old.choice), True
                entry.remembered = old.remembered
            else:
                recalled = self.store.recall(names) if names else None
                if recalled:
                    entry.choice.update({t: c for t, c in recalled.items()
                                         if t in MAPPED_TARGETS})
                    entry.remembered = True
                elif known is not None:
                    entry.guessed = _by_values(result, known, entry.choice)
                    entry.choice.update(entry.guessed)
            self._apply(entry)
            self.files.append(entry)
        self._updating = True
        self.file_box.clear()
        for entry in self.files:
            self.file_box.addItem(entry.base.path.name)
        self.file_label.setVisible(len(self.files) > 1)
        self.file_box.setVisible(len(self.files) > 1)
        self._updating = False
        self._show_file(0)

    def current(self) -> FileMapping | None:
        """The file shown."""
        i = self.file_box.currentIndex()
        return self.files[i] if 0 <= i < len(self.files) else None

    def mapped(self) -> list[ImportResult]:
        """Each file's result under its chosen mapping (as read where it failed)."""
        return [f.mapped or f.base for f in self.files]

    def columns_mapped(self) -> list[ImportResult]:
        """Each file's result under its column choice alone (no value mapping)."""
        return [f.columns or f.base for f in self.files]

    def set_values(self, values: dict[str, dict[str, str]]) -> None:
        """Map party and status values so in every file (emits nothing: the dialog asked)."""
        if values == self.values:
            return
        self.values = values
        for entry in self.files:
            self._apply(entry)
        self._show_file(self.file_box.currentIndex())

    def errors(self) -> list[str]:
        """Mappings that cannot be applied, one sentence each."""
        return [f"{f.base.path.name}: {f.error}" for f in self.files if f.error]

    def remember(self) -> None:
        """Keep each file's choice for files with the same columns, where the user made
        one (or confirmed a remembered one): recognition alone is not stored."""
        for f in self.files:
            if f.names and (f.touched or f.remembered) and not f.error:
                self.store.remember(f.names, f.choice)

    def reset(self) -> None:
        """Back to what was recognised for the file shown."""
        entry = self.current()
        if entry is None:
            return
        entry.choice, entry.touched, entry.remembered = dict(entry.recognised), True, False
        self._apply(entry)
        self._show_file(self.file_box.currentIndex())
        self.changed.emit()

    # -- showing --------------------------------------------------------------------------------
    def _show_file(self, index: int) -> None:
        if self._updating:
            return
        entry = self.current()
        self._updating = True
        try:
            self._fill_table(entry)
            for target, combo in self.combos.items():
                combo.clear()
                combo.addItem(_tr("(none)"), "")
                if entry is None:
                    continue
                for name in entry.names:
                    combo.addItem(name, name)
                i = combo.findData(entry.choice.get(target, ""))
                combo.setCurrentIndex(max(0, i))
                combo.setEnabled(bool(entry.names))
        finally:
            self._updating = False
        self._show_state(entry)

    def _fill_table(self, entry: FileMapping | None) -> None:
        infos = _columns(entry.mapped or entry.base) if entry else []
        self.table.setRowCount(len(infos))
        for row, info in enumerate(infos):
            samples = " · ".join(isolate(s) for s in info.samples)
            cells = [info.name, kind_text(info.kind), f"{info.filled}/{info.total}", samples,
                     role_text(info.role)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setToolTip("\n".join(info.samples))
                self.table.setItem(row, col, item)

    def _show_state(self, entry: FileMapping | None) -> None:
        if entry is None:
            self.schema_label.setText(_tr("Read a file to see its columns."))
            self.memory_label.setText("")
            self.preview.clear()
            self.error_label.setText("")
            return
        shown = entry.mapped or entry.base
        self.schema_label.setText(describe(_schema(shown)))
        if not entry.names:
            self.memory_label.setText(_tr("This file has no attribute columns."))
        elif entry.guessed and not entry.touched:
            said = listed(substitute(_tr("%1 as %2"), (
                isolate(column), target_label(target).replace("&", "").rstrip(":")))
                for target, column in entry.guessed.items())
            self.memory_label.setText(_tr("Columns taken for what they hold (the project's "
                                          "values): %1. Choose others below if that is "
                                          "wrong.").replace("%1", said))
        elif entry.remembered and not entry.touched:
            self.memory_label.setText(_tr("Using the columns you chose before for files with "
                                         "these columns."))
        elif entry.explicit():
            self.memory_label.setText(_tr("Your choice is remembered for files with these "
                                         "columns when you import."))
        else:
            self.memory_label.setText(_tr("The columns are taken as recognised."))
        self.reset_button.setEnabled(bool(entry.explicit()))
        self.error_label.setText(entry.error)
        self.preview.clear()
        for feature in shown.all_features[:PREVIEW]:
            self.preview.addItem(isolate(feature.label))
        extra = len(shown.all_features) - PREVIEW
        if extra > 0:
            self.preview.addItem(_tr("… and %1 more").replace("%1", str(extra)))

    # -- choosing -------------------------------------------------------------------------------
    def _on_choice(self, target: str) -> None:
        if self._updating:
            return
        entry = self.current()
        if entry is None:
            return
        entry.choice[target] = self.combos[target].currentData() or ""
        entry.touched = True
        self._apply(entry)
        self._fill_table(entry)
        self._show_state(entry)
        self.changed.emit()

    def choose(self, target: str, column: str) -> None:
        """Choose ``column`` ("" for none) for ``target`` in the file shown (as a user
        would with the combo box)."""
        combo = self.combos[target]
        combo.setCurrentIndex(max(0, combo.findData(column)))

    def _apply(self, entry: FileMapping) -> None:
        explicit = entry.explicit()
        entry.error = ""
        entry.mapped = entry.columns = None
        if not explicit and not self.values:
            return
        try:
            entry.columns = entry.base.remap(explicit) if explicit else None
            entry.mapped = entry.base.remap(explicit, self.values) if self.values \
                else entry.columns
        except (ZoneEditorError, ValueError) as exc:
            entry.mapped, entry.columns, entry.error = None, None, error_text(exc)
