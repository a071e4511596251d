"""File ▸ Import…: bring other parties' files in, map their columns, see every problem,
decide, undo if wanted.

Files are read by ``zoneeditor.io.exchange.read_any`` on a background thread
(``gui.background.BackgroundJobs``), which itself runs GDAL in a limited child process: a
crash or hang there shows as a row in the problems list and the editor (with its unsaved
edits) carries on. The user chooses the text encoding, the coordinate system for files
without one, swapped axes, whether to accept repairs, and which column is the name, the
party, the code... (the "Columns and fields" tab, ``mapping_step``); the import is one
undoable step on the document's history, and the column choice is remembered for files
with the same columns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.document import Document
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.model import AGREED
from zoneeditor.core.naming import isolate
from zoneeditor.gui.background import BackgroundJobs, error_text
from zoneeditor.gui.import_dialog.mapping_step import MappingStep
from zoneeditor.gui.import_dialog.problems import ProblemsList, feature_counts, hint
from zoneeditor.gui.import_dialog.proposal_start import ProposalStart
from zoneeditor.gui.import_dialog.reading import (
    ExchangeReading,
    FileReading,
    Outcome,
    read_files,
)
from zoneeditor.gui.import_dialog.words import (
    decisions_needed,
    files_read,
    files_unreadable,
    left_out_line,
    left_out_status,
    repairs_offered,
)
from zoneeditor.gui.tool_messages import translated

FILE_FILTER = "Maps (*.shp *.zip *.gpkg *.geojson *.json *.kml *.kmz);;All files (*)"

#: Files whose text encoding a companion .cpg can give: a shapefile (or its .dbf), and a zip,
#: which usually holds one. GeoJSON, KML and GeoPackage have no .cpg.
CPG_SUFFIXES = (".shp", ".dbf", ".zip")


class ImportFolder:
    """Where the import's file picker opens: the folder files were last picked or imported
    from while the window is open, else the open project's folder (``project_path`` gives
    the project file; None for a project never saved, when the picker chooses)."""

    def __init__(self, project_path: Callable[[], Path | None]) -> None:
        self._project_path = project_path
        #: The folder of the files last picked or imported (None until then)
        self.last: Path | None = None

    def start(self) -> str:
        """The folder to open the picker in ('' for the picker's own choice)."""
        if self.last is not None and self.last.is_dir():
            return str(self.last)
        project = self._project_path()
        return str(project.parent) if project is not None else ""

    def used(self, paths: list[str]) -> None:
        """Files of ``paths`` were picked or imported: the next picker starts beside them."""
        if paths:
            self.last = Path(paths[0]).parent


class ImportDialog(QDialog):
    """Choose files and how to read them; map columns; review problems; import."""

    #: Emitted after an import was pushed on the history, with what the status bar says
    #: (the files, what came in and what was left out) and how many features were left out.
    imported = Signal(str, int)

    ENCODINGS = (("", "From the file (.cpg)"), ("utf-8", "UTF-8"),
                 ("cp1256", "Windows-1256 (Arabic)"), ("cp1251", "Windows-1251 (Cyrillic)"),
                 ("latin-1", "ISO-8859-1 (Latin-1)"))

    def __init__(self, document: Document, parent: QWidget | None = None,
                 files: list[str] | None = None,
                 is_locked: Callable[[str], bool] | None = None,
                 mappings: Any = None, folder: ImportFolder | None = None,
                 reading: FileReading | None = None) -> None:
        """``mappings`` is where column choices are remembered (an
        ``io.exchange.mapping.MappingStore``; by default the user's configuration folder);
        ``folder`` where "Add files…" opens (the window's, kept between imports);
        ``reading`` what files are read with (by default ``io.exchange``'s sandboxed
        reader: ``reading.ExchangeReading``)."""
        super().__init__(parent)
        self.reading: FileReading = reading or ExchangeReading()
        self.folder = folder or ImportFolder(lambda: None)
        self.setWindowTitle(self.tr("Import"))
        self.document = document
        self.is_locked = is_locked or (lambda _version: False)
        self.results: list = []
        self.read_errors: list[tuple[str, str]] = []
        self._jobs = BackgroundJobs(self, "import-reader")
        self._rerun = False
        self.mapping = MappingStep(mappings, self)
        self._build()
        self._connect_signals()
        self._fit_screen()
        if files:
            self.add_files(files)

    # -- widgets ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.file_list = QListWidget()
        self.file_list.setMaximumHeight(70)
        self.file_list.setMinimumHeight(44)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.clear_button = QPushButton(self.tr("Clear"))
        files_row = QHBoxLayout()
        files_row.addWidget(self.file_list, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        files_row.addLayout(buttons)

        self.agreed_radio = QRadioButton(self.tr("Into the agreed baseline"))
        self.proposal_radio = QRadioButton(self.tr("As a new proposal named:"))
        self.proposal_name = QLineEdit()
        #: The name the dialog gave the proposal (after the first file); a name the user
        #: typed differs from it and is kept when the files change.
        self._given_name = ""
        self.target_group = QButtonGroup(self)
        self.target_group.addButton(self.agreed_radio)
        self.target_group.addButton(self.proposal_radio)
        self.proposal_radio.setChecked(True)
        target_row = QHBoxLayout()
        target_row.addWidget(self.agreed_radio)
        target_row.addWidget(self.proposal_radio)
        target_row.addWidget(self.proposal_name, 1)

        # a new proposal: a copy of a version with the files' features put in, or them alone
        self.start = ProposalStart(self.document, self)

        self.encoding_box = QComboBox()
        for code, text in self.ENCODINGS:
            self.encoding_box.addItem(self.tr(text), code)
        self._word_file_encoding()
        self.crs_edit = QLineEdit()
        self.crs_edit.setPlaceholderText(self.tr("from the file, e.g. EPSG:32637"))
        self.swap_check = QCheckBox(self.tr("The file gives latitude, longitude (swap them)"))
        self.repair_check = QCheckBox(self.tr("Accept the offered repairs of invalid shapes"))
        # Encoding and coordinate system side by side: the dialog fits a 1366 x 768 screen.
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Text encoding:")))
        form.addWidget(self.encoding_box, 1)
        form.addWidget(QLabel(self.tr("Coordinate system:")))
        form.addWidget(self.crs_edit, 1)
        checks = QHBoxLayout()
        checks.addWidget(self.swap_check)
        checks.addWidget(self.repair_check)
        checks.addStretch(1)

        self.check_button = QPushButton(self.tr("Check again"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.suggest_button = QPushButton()
        self.suggest_button.setVisible(False)
        self.suggested_encoding: str | None = None
        self.problems = ProblemsList()
        self.tabs = QTabWidget()
        # Mnemonics apart from the mapping step's (Alt+N, L, P, S, K, I, C, F, V, R).
        self.tabs.addTab(self.mapping, self.tr("Colu&mns and fields"))
        self.tabs.addTab(self.problems, self.tr("Pro&blems"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        # Features that would be left out: their own line, marked, never lost in the summary.
        self.left_out_icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.left_out_icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.left_out_label = QLabel()
        self.left_out_label.setObjectName("leftOutLabel")
        self.left_out_label.setWordWrap(True)
        self.left_out_label.setStyleSheet("#leftOutLabel { color: #8a5a00; font-weight: bold; }")
        self.left_out_row = QWidget()
        left_out_layout = QHBoxLayout(self.left_out_row)
        left_out_layout.setContentsMargins(0, 0, 0, 0)
        left_out_layout.addWidget(self.left_out_icon)
        left_out_layout.addWidget(self.left_out_label, 1)
        self.left_out_row.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Files (shapefile, zip, GeoPackage, GeoJSON, KML):")))
        layout.addLayout(files_row)
        layout.addLayout(target_row)
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

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.on_add_clicked)
        self.clear_button.clicked.connect(self.on_clear_clicked)
        self.check_button.clicked.connect(self.check)
        self.suggest_button.clicked.connect(self.on_use_suggestion)
        self.encoding_box.currentIndexChanged.connect(self.check)
        self.crs_edit.editingFinished.connect(self.check)
        self.swap_check.toggled.connect(self.check)
        self.repair_check.toggled.connect(self.update_state)
        self.agreed_radio.toggled.connect(self.update_state)
        self.proposal_name.textChanged.connect(self.update_state)
        self.start.changed.connect(self.update_state)
        self.mapping.changed.connect(self.on_mapping_changed)
        self.buttons.accepted.connect(self.on_import)
        self.buttons.rejected.connect(self.reject)

    # -- files --------------------------------------------------------------------------------
    def files(self) -> list[str]:
        """The chosen file paths, in order."""
        return [self.file_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.file_list.count())]

    def add_files(self, paths: list[str]) -> None:
        """Add files to the list and read them."""
        for p in paths:
            if p not in self.files():
                # shown isolated: a path keeps its order in a right-to-left list
                item = QListWidgetItem(isolate(p))
                item.setData(Qt.ItemDataRole.UserRole, p)
                self.file_list.addItem(item)
        self._name_after_files()
        self._word_file_encoding()
        self.check()

    def _word_file_encoding(self) -> None:
        """Word the encoding box's first choice for the files chosen: "From the file
        (.cpg)" only where a shapefile may have a .cpg beside it, else "From the file" (a
        GeoJSON file has no .cpg). What is read is the same either way."""
        cpg = any(Path(p).suffix.casefold() in CPG_SUFFIXES for p in self.files())
        self.encoding_box.setItemText(self.encoding_box.findData(""),
                                      self.tr("From the file (.cpg)") if cpg
                                      else self.tr("From the file"))

    def _name_after_files(self) -> None:
        """Name the proposal after the first file, unless the user typed a name."""
        typed = self.proposal_name.text()
        if typed and typed != self._given_name:
            return
        files = self.files()
        self._given_name = self.tr("Imported %1").replace("%1", Path(files[0]).stem) \
            if files else ""
        self.proposal_name.setText(self._given_name)

    def on_add_clicked(self) -> None:
        """Ask for files to import."""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"),
                                                self.folder.start(), self.tr(FILE_FILTER))
        if paths:
            self.folder.used(paths)
            self.add_files(paths)

    def on_clear_clicked(self) -> None:
        """Forget the chosen files."""
        self.file_list.clear()
        self.results, self.read_errors = [], []
        self.problems.clear()
        self._show_problems()
        self.mapping.set_results([])
        self._name_after_files()
        self._word_file_encoding()
        self.state_label.setText("")
        self._suggest()
        self.update_state()

    # -- reading ------------------------------------------------------------------------------
    def choices(self) -> dict[str, Any]:
        """The reader options chosen in the dialog."""
        return {"encoding": self.encoding_box.currentData() or None,
                "assume_crs": self.crs_edit.text().strip() or None,
                "swap": self.swap_check.isChecked()}

    def check(self) -> None:
        """(Re)read every file with the current choices, in a worker thread."""
        if self.is_busy():
            self._rerun = True
            return
        files = self.files()
        self.import_button.setEnabled(False)
        if not files:
            self.update_state()
            return
        choices, reading = self.choices(), self.reading
        try:
            reference = reading.region(self.document.project)
        except Exception as exc:  # a bug or a broken installation: said, not an empty dialog
            self._read_failed(exc)
            return

        def work(progress: Callable[[str], None]) -> Outcome:
            return read_files(reading, files, reference, choices, progress)

        self.progress.setVisible(True)
        self.check_button.setEnabled(False)
        self._jobs.submit(work, on_done=self._on_read_done, on_error=self._on_read_failed,
                          on_progress=self.state_label.setText)

    def _on_read_done(self, outcome: Outcome) -> None:
        try:
            self.on_read(outcome)
        except Exception as exc:  # showing what was read failed: said, like a failed read
            self._read_failed(exc)
            return
        self.on_job_finished()

    def _on_read_failed(self, exc: BaseException) -> None:
        self._read_failed(exc)

    def _read_failed(self, exc: BaseException) -> None:
        """Reading failed for a reason that is no file's (a bug, a broken installation):
        nothing read, the house's one sentence for it beside "Check again", which stays
        there to try again."""
        self.results, self.read_errors = [], []
        self.mapping.set_results([])
        self._show_problems()
        self.on_job_finished()
        self.state_label.setText(error_text(exc))

    def is_busy(self) -> bool:
        """True while files are being read."""
        return self._jobs.is_busy()

    def on_job_finished(self) -> None:
        """The worker ended: hide the progress, read again if choices changed meanwhile."""
        self.progress.setVisible(False)
        self.check_button.setEnabled(True)
        if self._rerun:
            self._rerun = False
            self.check()
        else:
            self.update_state()

    def on_read(self, outcome: Outcome) -> None:
        """Show what was read: columns to map, problems per file, suggestions."""
        read, self.read_errors = outcome
        self.mapping.set_results(read)
        self.results = self.mapping.mapped()
        self._show_problems()
        # What needs a decision first is shown first, and so are features that would be
        # left out (a truncated file); else the columns to check.
        needs_decision = bool(self.read_errors) or any(r.errors or r.left_out()
                                                       for r in self.results)
        self.tabs.setCurrentIndex(1 if needs_decision else 0)
        self.state_label.setText(files_read(len(read)) if read else "")
        self._suggest()
        self.update_state()

    def on_mapping_changed(self) -> None:
        """A column choice changed: the features (and their problems) follow."""
        self.results = self.mapping.mapped()
        self._show_problems()
        self.update_state()

    def _show_problems(self) -> None:
        self.problems.show_results(self.results, self.read_errors)
        # Everything that loses or changes data counts, warnings too (notes say what was
        # assumed); each one, also those past the listing limit.
        counted = sum(r.count("error", "warning") for r in self.results) + len(self.read_errors)
        self.tabs.setTabText(1, self.tr("Pro&blems (%1)").replace("%1", str(counted))
                             if counted else self.tr("Pro&blems"))

    def hint(self, suggestion: str) -> str:
        """The reader's advice in the dialog's words (it speaks of CLI options)."""
        return hint(suggestion)

    def _suggest(self) -> None:
        """Offer the encoding the reader suggests for garbled text, as a button to press."""
        from zoneeditor.io.exchange.shapefile_reader import suggested_encoding

        self.suggested_encoding = None
        for r in self.results:
            for p in r.problems:
                code = suggested_encoding(p.suggestion)
                if code is not None and self.encoding_box.findData(code) < 0:
                    self.encoding_box.addItem(code, code)  # a code page not listed
                if code is not None and self.encoding_box.findData(code) >= 0:
                    self.suggested_encoding = code
        if self.suggested_encoding:
            name = self.encoding_box.itemText(self.encoding_box.findData(self.suggested_encoding))
            self.suggest_button.setText(self.tr("Read the text as %1").replace("%1", name))
        self.suggest_button.setVisible(self.suggested_encoding is not None)

    def on_use_suggestion(self) -> None:
        """Choose the suggested encoding (which reads the files again)."""
        if self.suggested_encoding:
            self.encoding_box.setCurrentIndex(self.encoding_box.findData(self.suggested_encoding))

    def problem_texts(self) -> list[str]:
        """Every row of the problems list as one line (for tests and copying)."""
        return self.problems.texts()

    # -- importing ----------------------------------------------------------------------------
    def target(self) -> str:
        """The version to import into."""
        return AGREED if self.agreed_radio.isChecked() else self.proposal_name.text().strip()

    def is_new_proposal(self) -> bool:
        """True when the import makes a new proposal (not into a version there is)."""
        return self.proposal_radio.isChecked() and bool(self.target()) \
            and self.target() not in self.document.project.versions

    def base(self) -> str | None:
        """The version whose copy the files' features are put into (None: the new proposal
        holds them alone, or the import goes into a version there is)."""
        return self.start.base() if self.is_new_proposal() else None

    def update_state(self) -> None:
        """Enable Import only when something can be imported with no open decision."""
        repair = self.repair_check.isChecked()
        blocking = [p for r in self.results for p in r.blocking(repair)]
        features = [f for r in self.results for f in r.accepted(repair)]
        repairable = sum(r.repairable for r in self.results)
        mapping_errors = self.mapping.errors()
        left = self.left_out()
        parts = []
        self.start.setEnabled(self.is_new_proposal())
        self.start.set_features(features)
        if self.results:
            parts.append(self.tr("%1 to import").replace("%1", feature_counts(features)))
            if self.base():
                parts.append(self.start.summary())
        self.left_out_label.setText(left_out_line(left) if left else "")
        self.left_out_row.setVisible(bool(left))
        if self.read_errors:
            parts.append(files_unreadable(len(self.read_errors)))
        if blocking:
            parts.append(decisions_needed(len(blocking)))
        parts += mapping_errors
        if repairable and not repair:
            parts.append(repairs_offered(repairable))
        locked = bool(self.target()) and self.is_locked(self.target())
        if locked:
            parts.append(self.tr("the agreed baseline is locked (unlock it in the Layers panel, "
                                 "or import as a proposal)"))
        self.summary_label.setText("; ".join(parts))
        target_ok = bool(self.target()) and not locked
        self.import_button.setEnabled(bool(features) and not blocking and not self.read_errors
                                      and not mapping_errors and target_ok
                                      and not self.is_busy())
        lost = sum(left.values())
        self.import_button.setText(
            self.tr("Import %1, leave out %2").replace("%1", str(len(features))).replace(
                "%2", str(lost)) if lost and features else self.tr("Import"))
        self._choose_default()

    def _choose_default(self) -> None:
        """Leaving features out is a choice the Import button names: Enter does not make it
        (the button is not the default then)."""
        lossless = not self.left_out()
        self.import_button.setAutoDefault(lossless)
        self.import_button.setDefault(lossless)

    def showEvent(self, event: QShowEvent) -> None:
        """The button box makes its first button the default as it is shown: not when
        features would be left out."""
        super().showEvent(event)
        self._choose_default()

    def left_out(self) -> dict[str, int]:
        """How many features of the files read will not be imported, by reason."""
        total: Counter[str] = Counter()
        for r in self.results:
            total.update(r.left_out())
        return dict(total)

    def on_import(self) -> None:
        """Push the import as one undoable step, remember the column choices, then close."""
        from zoneeditor.io.exchange import import_changeset, value_notes

        repair = self.repair_check.isChecked()
        features = [f for r in self.results for f in r.accepted(repair)]
        label = self.tr("Import %1").replace("%1", ", ".join(r.path.name for r in self.results))
        try:
            cs = import_changeset(self.document.project, features, self.target(), label,
                                  base=self.base())
            self.document.history.push(cs)
        except ZoneEditorError as exc:
            self.summary_label.setText(error_text(exc))
            return
        self.mapping.remember()
        self.folder.used(self.files())  # dropped or given files too
        if cs.structure.value == "create":
            self.document.current_version = cs.version
        status = self.tr("Imported %1: %2").replace(
            "%1", ", ".join(isolate(r.path.name) for r in self.results)).replace(
            "%2", feature_counts(features))
        for note in value_notes(self.document.project, features):  # OPPOSITION → Opposition
            status = self.tr("%1; %2").replace("%1", status).replace("%2", translated(note))
        left = self.left_out()
        if left:
            status = self.tr("%1; %2").replace("%1", status).replace("%2", left_out_status(left))
        self.imported.emit(status, sum(left.values()))
        self.accept()

    def done(self, result: int) -> None:
        """Closing waits for a running reader (it is bounded by the sandbox's time limit)."""
        self._jobs.join()
        super().done(result)
