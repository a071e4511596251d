"""File ▸ Import…: bring other parties' files in, map their columns, see every problem,
decide, undo if wanted.

Files are read by ``zoneeditor.io.exchange.read_any`` on a background thread
(``gui.background.BackgroundJobs``), which itself runs GDAL in a limited child process: a
crash or hang there shows as a row in the problems list and the editor (with its unsaved
edits) carries on. The user chooses the text encoding, the coordinate system for files
without one, swapped axes, whether to accept repairs, and which column is the name, the
party, the code... (the "Columns and fields" tab, ``mapping_step``); the import is one
undoable step on the document's history, and the column choice is remembered for files
with the same columns. Party and status values the project does not know are listed with
their counts in "Party and status values" (``values_step``), where each can be mapped to a
known one as the command's ``--map-values`` does. An error that is a bug is said in one
sentence and its traceback goes to the log (``io.error_log``).

The dialog's parts live beside it: ``reading_options`` (encoding, coordinates, swap,
repairs), ``target`` (baseline or proposal), ``proposal_start``, ``summary`` (the footer),
``file_picker`` (where "Add files…" opens).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Set
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from zoneeditor.core.document import Document
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import Feature, Version
from zoneeditor.gui.background import BackgroundJobs, error_text
from zoneeditor.gui.import_dialog.file_picker import ImportFolder, file_filter
from zoneeditor.gui.import_dialog.problems import feature_counts, hint
from zoneeditor.gui.import_dialog.reading import (
    ExchangeReading,
    FileReading,
    Outcome,
    read_files,
)
from zoneeditor.gui.import_dialog.summary import imported_status, value_parts
from zoneeditor.gui.import_dialog.target import lock_refusal
from zoneeditor.gui.import_dialog.value_notes import shown_note
from zoneeditor.gui.import_dialog.widgets import ImportWidgets
from zoneeditor.gui.import_dialog.words import (
    decisions_needed,
    files_read,
    files_unreadable,
    repairs_offered,
)
from zoneeditor.gui.tool_messages import is_unexpected, translated
from zoneeditor.i18n.values import version_title


class ImportDialog(ImportWidgets):
    """Choose files and how to read them; map columns; review problems; import."""

    #: Emitted after an import was pushed on the history, with what the status bar says
    #: (the files, what came in and what was left out) and how many features were left out.
    imported = Signal(str, int)

    def __init__(self, document: Document, parent: QWidget | None = None,
                 files: list[str] | None = None,
                 locked_in: Callable[[str], Set[str]] | None = None,
                 mappings: Any = None, folder: ImportFolder | None = None,
                 reading: FileReading | None = None) -> None:
        """``mappings`` is where column choices are remembered (an
        ``io.exchange.mapping.MappingStore``; by default the user's configuration folder);
        ``locked_in`` gives the locked layers (LayerKind values) of a version, as the
        Layers panel has them (``LayerState.locked_in``; by default none): the import
        writes into no locked layer (``target.lock_refusal``);
        ``folder`` where "Add files…" opens (the window's, kept between imports);
        ``reading`` what files are read with (by default ``io.exchange``'s sandboxed
        reader: ``reading.ExchangeReading``)."""
        super().__init__(document, mappings, parent)
        self.reading: FileReading = reading or ExchangeReading()
        self.folder = folder or ImportFolder(lambda: None)
        self.setWindowTitle(self.tr("Import"))
        self.locked_in = locked_in or (lambda _version: frozenset())
        self.results: list = []
        self.read_errors: list[tuple[str, str]] = []
        self._jobs = BackgroundJobs(self, "import-reader")
        self._rerun = False
        self._connect_signals()
        if files:
            self.add_files(files)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.on_add_clicked)
        self.clear_button.clicked.connect(self.on_clear_clicked)
        self.check_button.clicked.connect(self.check)
        self.suggest_button.clicked.connect(self.on_use_suggestion)
        self.values.changed.connect(self.on_values_changed)
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
        return self.chosen.files()

    def add_files(self, paths: list[str]) -> None:
        """Add files to the list and read them."""
        self.chosen.add(paths)
        self.where.name_after(self.files())
        self.options.word_file_encoding(self.files())
        self.check()

    def on_add_clicked(self) -> None:
        """Ask for files to import."""
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"),
                                                self.folder.start(), file_filter())
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
        self._map_values()
        self.where.name_after([])
        self.options.word_file_encoding([])
        self.state_label.setText("")
        self._suggest()
        self.update_state()

    # -- reading ------------------------------------------------------------------------------
    def choices(self) -> dict[str, Any]:
        """The reader options chosen in the dialog."""
        return self.options.choices()

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
        self._map_values()
        self._show_problems()
        self.on_job_finished()
        self.state_label.setText(self._said(exc))

    @staticmethod
    def _said(exc: BaseException) -> str:
        """``exc`` in one translated sentence; a bug's traceback goes to the log (never
        shown: the sentence names the error, the log says where it happened)."""
        if is_unexpected(exc):
            from zoneeditor.io.error_log import log_error

            log_error(exc)
        return error_text(exc)

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
        project = self.document.project
        self.mapping.set_results(read, Version("project", {
            f.id: f for version in project.versions.values() for f in version}))
        self._map_values()
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
        self._map_values()
        self._show_problems()
        self.update_state()

    def on_values_changed(self) -> None:
        """What a party or status value is read as changed: the features follow."""
        self.mapping.set_values(self.values.values())
        self.results = self.mapping.mapped()
        self._show_problems()
        self.update_state()

    def _map_values(self) -> None:
        """List the party and status values the project does not know (as the columns
        chosen give them), keep the choices made for them, and map the files so."""
        project = self.document.project
        features = [f for r in self.mapping.columns_mapped() for f in r.all_features]
        unknown: dict[str, list[tuple[str, int]]] = {}
        parties: list[str] = []
        if features:  # (nothing read, e.g. the reader failed: the reader is not needed)
            from zoneeditor.io.exchange import known_parties, unknown_values

            unknown, parties = unknown_values(project, features), known_parties(project)
        self.values.set_values(unknown, parties, project.meta)
        self.mapping.set_values(self.values.values())
        self.results = self.mapping.mapped()
        count = self.values.count()
        self.tabs.setTabText(2, self.tr("Part&y and status values (%1)").replace(
            "%1", str(count)) if count else self.tr("Part&y and status values"))

    def _show_problems(self) -> None:
        self.problems.show_results(self.results, self.read_errors, self.document.project.meta)
        # Everything that loses or changes data counts, warnings too (notes say what was
        # assumed); each one, also those past the listing limit.
        counted = sum(r.count("error", "warning") for r in self.results) + len(self.read_errors)
        self.tabs.setTabText(1, self.tr("Pro&blems (%1)").replace("%1", str(counted))
                             if counted else self.tr("Pro&blems"))

    def hint(self, suggestion: str) -> str:
        """The reader's advice in the dialog's words (it speaks of CLI options)."""
        return hint(suggestion)

    @property
    def suggested_encoding(self) -> str | None:
        """The encoding the reader suggests for garbled text (None: none)."""
        return self.options.suggested_encoding

    def _suggest(self) -> None:
        """Offer the encoding the reader suggests for garbled text, as a button to press."""
        self.options.suggest(self.results)

    def on_use_suggestion(self) -> None:
        """Choose the suggested encoding (which reads the files again)."""
        self.options.use_suggestion()

    def problem_texts(self) -> list[str]:
        """Every row of the problems list as one line (for tests and copying)."""
        return self.problems.texts()

    # -- importing ----------------------------------------------------------------------------
    def target(self) -> str:
        """The version to import into."""
        return self.where.target()

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
        self.start.set_features(features, self.given())
        if self.results:
            parts.append(self.tr("%1 to import").replace("%1", feature_counts(features)))
            if self.base():
                parts.append(self.start.summary())
            if kept := self.kept_note(features):
                parts.append(kept)
            before = [f for r in self.mapping.columns_mapped() for f in r.all_features]
            parts += value_parts(self.document.project, before, features,
                                 self.values.values())
        if self.read_errors:
            parts.append(files_unreadable(len(self.read_errors)))
        if blocking:
            parts.append(decisions_needed(len(blocking)))
        parts += mapping_errors
        if repairable and not repair:
            parts.append(repairs_offered(repairable))
        # a layer the import would change is locked in the Layers panel
        locked = lock_refusal(self.document.project, features, self.target(), self.locked_in)
        if locked:
            parts.append(locked)
        self.footer.show(parts, left)
        target_ok = bool(self.target()) and not locked
        self.import_button.setEnabled(bool(features) and not blocking and not self.read_errors
                                      and not mapping_errors and target_ok
                                      and not self.is_busy())
        lost = sum(left.values())
        self.import_button.setText(
            substitute(self.tr("Import %1, leave out %2"), (str(len(features)), str(lost)))
            if lost and features else self.tr("Import"))
        self._choose_default()

    def given(self) -> dict[str, frozenset[str]]:
        """Per feature id, the attributes its file gives (``ImportResult.given``)."""
        return {fid: names for r in self.results for fid, names in r.given.items()}

    def kept_note(self, features: list[Feature]) -> str:
        """The sentence saying which values the import keeps from the version whose
        features it replaces, as the files have no column for them ("" when none)."""
        from zoneeditor.io.exchange import values_kept

        if not features or not self.target():
            return ""
        kept = values_kept(self.document.project, features, self.target(), self.base(),
                           self.given())
        note = kept.note(version_title(kept.version))  # isolated as translated
        return translated(note) if note is not None else ""

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
            kept = self.kept_note(features)
            cs = import_changeset(self.document.project, features, self.target(), label,
                                  base=self.base(), given=self.given())
            self.document.history.push(cs)
        except Exception as exc:  # refused (a sentence), or a bug: said, logged, still open
            self.footer.say(self._said(exc))
            return
        self.mapping.remember()
        self.folder.used(self.files())  # dropped or given files too
        if cs.structure.value == "create":
            self.document.current_version = cs.version
        before = [f for r in self.mapping.columns_mapped() for f in r.all_features]
        # values mapped as chosen, read as the project spells them (OPPOSITION → Opposition)
        notes = value_parts(self.document.project, before, [], self.values.values()) + [
            shown_note(note, self.document.project.meta)
            for note in value_notes(self.document.project, features)] + ([kept] if kept else [])
        left = self.left_out()
        status = imported_status([r.path.name for r in self.results], features, notes, left)
        self.imported.emit(status, sum(left.values()))
        self.accept()

    def done(self, result: int) -> None:
        """Closing waits for a running reader (it is bounded by the sandbox's time limit)."""
        self._jobs.join()
        super().done(result)
