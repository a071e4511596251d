"""Version ▸ Merge from file…: merge another copy of the project into a new proposal.

The dialog asks for the other copy (and which version on each side), shows what the merge
will do before it is done — the common ancestor found from the two files' history, how many
features come from each side, how many are combined, how many conflict — and then merges
through ``io.lineage.merge_from_file``, exactly what ``zoneeditor merge`` does: one undoable,
journaled "Merge …" step that adds the proposal; neither input version changes; the file is
saved when the user saves. The proposal's conflicts go to the Conflicts panel.

The preview runs off the UI thread (``BackgroundJobs``): the other file may be read by the
sandboxed reader, which takes a moment. When the two files share no ancestor, the dialog
says so in one sentence and offers the two-way comparison instead: their version is added to
this project as a version of its own (one undoable step) and the Changes panel compares it
with ours. A common ancestor can also be named by hand (a version of a third file).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from zoneeditor.core.edits import new_proposal
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import AGREED
from zoneeditor.core.naming import check_version_name, isolate, ltr
from zoneeditor.gui.background import BackgroundJobs, error_text
from zoneeditor.gui.conflicts_panel import ConflictsPanel
from zoneeditor.gui.diff_panel import DiffPanel
from zoneeditor.gui.dock_layout import reveal_dock
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.elided_combo import ElidedComboBox
from zoneeditor.gui.merge_preview import MergePreview, OpenConflicts, preview_merge, summary_text
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.tool_messages import translated
from zoneeditor.gui.wrapped_label import WrappedLabel
from zoneeditor.i18n.values import version_title
from zoneeditor.io.lineage import NoCommonAncestor, free_name, merge_from_file
from zoneeditor.io.project_file import read_project, version_names
from zoneeditor.io.version_pick import version_of

#: Quiet time after typing a path before the preview is recomputed.
PREVIEW_DEBOUNCE_MS = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


class MergeDialog(QDialog):
    """The Merge from file dialog (see the module documentation)."""

    def __init__(self, editor: Editor, window: WindowServices, conflicts: ConflictsPanel,
                 changes: DiffPanel, path: str | Path | None = None) -> None:
        super().__init__(window.main_widget)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge from file"))
        self._editor, self._window = editor, window
        self._conflicts, self._changes = conflicts, changes
        self._jobs = BackgroundJobs(self, "merge-preview")
        #: The last preview shown (None while none succeeded).
        self.preview: MergePreview | None = None
        self._proposal_named = False

        intro = WrappedLabel(self.tr("Combine the edits made in another copy of this project "
                                     "with yours, as a new proposal. Neither version is "
                                     "changed."), self)  # Arabic descenders were cut
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("mergeOtherPath")
        self.path_edit.setPlaceholderText(self.tr("Another copy of this project (.gpkg)"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.on_browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.theirs_box = ElidedComboBox(self)
        self.theirs_box.setObjectName("mergeTheirs")
        self.ours_box = ElidedComboBox(self)
        self.ours_box.setObjectName("mergeOurs")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("mergeProposalName")
        form = QFormLayout()
        form.addRow(self.tr("Other copy:"), path_row)
        form.addRow(self.tr("Their version:"), self.theirs_box)
        form.addRow(self.tr("Our version:"), self.ours_box)
        form.addRow(self.tr("New proposal:"), self.name_edit)

        self.base_check = QCheckBox(self.tr("Name the common ancestor myself"), self)
        self.base_path = QLineEdit(self)
        self.base_path.setObjectName("mergeBasePath")
        self.base_path.setPlaceholderText(self.tr("A copy holding the version both started "
                                                  "from"))
        base_browse = QPushButton(self.tr("Browse…"), self)
        base_browse.clicked.connect(self.on_browse_base)
        self.base_box = ElidedComboBox(self)
        self.base_box.setObjectName("mergeBaseVersion")
        base_row = QHBoxLayout()
        base_row.addWidget(self.base_path, 1)
        base_row.addWidget(base_browse)
        base_row.addWidget(self.base_box)
        self._base_widgets = (self.base_path, base_browse, self.base_box)

        self.outcome = QLabel(self)
        self.outcome.setObjectName("mergeOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.compare_button = QPushButton(self.tr("Add their version and compare in the "
                                                  "Changes panel"), self)
        self.compare_button.setObjectName("mergeCompare")
        self.compare_button.setVisible(False)
        group = QGroupBox(self.tr("What will happen"), self)
        inner = QVBoxLayout(group)
        inner.addWidget(self.outcome)
        inner.addWidget(self.compare_button)

        self.buttons = QDialogButtonBox(self)
        self.merge_button = self.buttons.addButton(self.tr("Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeGo")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.base_check)
        layout.addLayout(base_row)
        layout.addWidget(group, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(PREVIEW_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recompute)
        self._fill_ours()
        self._set_base_enabled(False)
        self._connect_signals()
        if path is not None:
            self.path_edit.setText(str(path))
        self._show_waiting()

    def _connect_signals(self) -> None:
        self.path_edit.textChanged.connect(self.on_path_changed)
        self.theirs_box.currentIndexChanged.connect(self.schedule)
        self.ours_box.currentIndexChanged.connect(self.on_ours_changed)
        self.name_edit.textEdited.connect(self.on_name_edited)
        self.base_check.toggled.connect(self.on_base_toggled)
        self.base_path.textChanged.connect(self.on_base_path_changed)
        self.base_box.currentIndexChanged.connect(self.schedule)
        self.compare_button.clicked.connect(self.compare)
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)

    # -- inputs ----------------------------------------------------------------------------
    def _fill_ours(self) -> None:
        doc = self._editor.document
        for name in doc.project.versions:
            self.ours_box.addItem(version_title(name), name)
        self.ours_box.setCurrentIndex(max(0, self.ours_box.findData(doc.current_version)))

    @staticmethod
    def _fill_versions(box: QComboBox, path: Path, prefer: str | None) -> bool:
        box.blockSignals(True)
        box.clear()
        try:
            names = version_names(path) if path.is_file() else []
        except (ZoneEditorError, OSError):
            names = []
        for name in names:
            box.addItem(version_title(name), name)
        if names:
            choice = prefer if prefer in names else AGREED if AGREED in names else names[0]
            box.setCurrentIndex(box.findData(choice))
        box.blockSignals(False)
        return bool(names)

    def other_path(self) -> Path | None:
        """The other copy named in the dialog (None when the field is empty)."""
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def on_browse(self) -> None:
        """Choose the other copy with a file dialog."""
        start = str(self._editor.session.path.parent) if self._editor.session.path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Another copy of this project"),
                                              start, self.tr("ZoneEditor projects (*.gpkg)"))
        if path:
            self.path_edit.setText(path)

    def on_browse_base(self) -> None:
        """Choose the file holding the common ancestor."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The copy both started from"), "",
                                              self.tr("ZoneEditor projects (*.gpkg)"))
        if path:
            self.base_path.setText(path)

    def on_path_changed(self, _text: str = "") -> None:
        """Another file: list its versions, name the proposal after it, preview again."""
        path = self.other_path()
        if path is not None:
            self._fill_versions(self.theirs_box, path, self.ours_box.currentData())
        self._suggest_name()
        self.schedule()

    def on_ours_changed(self, _index: int = 0) -> None:
        """Our version changed: theirs follows by name when the other file has it."""
        ours = self.ours_box.currentData()
        if self.theirs_box.findData(ours) >= 0:
            self.theirs_box.blockSignals(True)
            self.theirs_box.setCurrentIndex(self.theirs_box.findData(ours))
            self.theirs_box.blockSignals(False)
        self._suggest_name()
        self.schedule()

    def on_name_edited(self, _text: str) -> None:
        """The user typed a name: keep it from now on."""
        self._proposal_named = True

    def _suggest_name(self) -> None:
        if self._proposal_named:
            return
        path = self.other_path()
        ours = self.ours_box.currentData() or AGREED
        stem = path.stem if path is not None else "?"
        self.name_edit.setText(free_name(self._editor.document.project, f"{ours} + {stem}"))

    def on_base_toggled(self, on: bool) -> None:
        """Name the base by hand, or find it from the files' history again."""
        self._set_base_enabled(on)
        self.schedule()

    def _set_base_enabled(self, on: bool) -> None:
        for w in self._base_widgets:
            w.setEnabled(on)

    def on_base_path_changed(self, _text: str = "") -> None:
        """The base file changed: list its versions."""
        text = self.base_path.text().strip()
        if text:
            self._fill_versions(self.base_box, Path(text).expanduser(),
                                self.ours_box.currentData())
        self.schedule()

    def _base_spec(self) -> tuple[Path, str | None] | None:
        """The base named by hand: its file and version (None: found from the history)."""
        if not self.base_check.isChecked():
            return None
        text = self.base_path.text().strip()
        if not text:
            raise ZoneEditorError(_tr("name the file holding the common ancestor"))
        return Path(text).expanduser(), self.base_box.currentData()

    # -- preview ---------------------------------------------------------------------------
    def schedule(self, *_args: object) -> None:
        """Recompute the preview once typing pauses."""
        self._debounce.start()

    def _show_waiting(self) -> None:
        self.preview = None
        self.merge_button.setEnabled(False)
        self.compare_button.setVisible(False)
        path = self.other_path()
        if path is None:
            self.outcome.setText(self.tr("Choose the other copy."))
        elif self._editor.session.path is None:
            self.outcome.setText(self.tr("Save this project first: a merge finds the common "
                                         "ancestor from the project file's history."))

    def recompute(self) -> None:
        """Start computing what the merge would do (on a background thread)."""
        self._debounce.stop()
        self._show_waiting()
        session = self._editor.session
        path = self.other_path()
        if path is None or session.path is None:
            self._jobs.cancel()
            return
        if not path.is_file():
            self._jobs.cancel()
            self.outcome.setText(self.tr("There is no file %1.").replace("%1", ltr(str(path))))
            return
        ours_name = self.ours_box.currentData()
        ours = self._editor.document.project.versions.get(ours_name)
        if ours is None:
            return
        try:
            base_spec = self._base_spec()
        except ZoneEditorError as exc:
            self.outcome.setText(error_text(exc))
            return
        ours = ours.copy()  # features are immutable: a consistent picture for the thread
        project_path, theirs_name = session.path, self.theirs_box.currentData()
        self.outcome.setText(self.tr("Looking for the common ancestor and merging…"))
        self._jobs.submit(
            lambda _p: preview_merge(project_path, ours, path, theirs_name, base_spec),
            on_done=self.on_previewed, on_error=self.on_preview_failed)

    def wait(self, timeout_s: float = 60.0) -> MergePreview | None:
        """Block (processing events) until the preview is shown (tests)."""
        if self._debounce.isActive():
            self.recompute()
        self._jobs.wait(timeout_s)
        return self.preview

    def on_previewed(self, preview: MergePreview) -> None:
        """Show what the merge will do."""
        self.preview = preview
        result = preview.result
        how = (self.tr("found from the two files' history") if preview.found == "history"
               else self.tr("named by you"))
        lines = [substitute(self.tr("Common ancestor (%1): %2"),
                            (how, translated(preview.base_phrase))), summary_text(result)]
        if result.conflicts:
            lines.append(self.tr("Conflicts will be marked in the new proposal: decide each in "
                                 "the Conflicts panel (until then the proposal keeps ours "
                                 "there)."))
        elif not (result.taken_theirs or result.combined):
            lines.append(self.tr("Their version brings nothing new: the proposal will be a "
                                 "copy of ours."))
        else:
            lines.append(self.tr("No conflict: every edit of both sides is kept."))
        self.outcome.setText("\n".join(lines))
        self.merge_button.setEnabled(True)

    def on_preview_failed(self, exc: BaseException) -> None:
        """Say in one sentence why these two cannot be merged (and what to do instead)."""
        self.preview = None
        self.merge_button.setEnabled(False)
        if isinstance(exc, NoCommonAncestor):
            self.outcome.setText(self.tr(
                "These two copies have no common ancestor this project knows of, so a "
                "three-way merge cannot tell who changed what. Compare them instead, or name "
                "the version both started from above."))
            self.outcome.setToolTip(error_text(exc))
            self.compare_button.setVisible(True)
        elif isinstance(exc, OpenConflicts):
            self.outcome.setText(self.tr("%1 still has open merge conflicts: resolve them in "
                                         "the Conflicts panel before merging it again.")
                                 .replace("%1", str(exc)))
        else:
            self.outcome.setText(self.tr("Cannot merge: %1").replace("%1", error_text(exc)))

    # -- doing it --------------------------------------------------------------------------
    def do_merge(self) -> bool:
        """Merge into the new proposal (one undoable step) and close; False when refused."""
        path, preview = self.other_path(), self.preview
        if path is None or preview is None:
            return False
        editor = self._editor
        try:
            name = check_version_name(editor.document.project.versions, self.name_edit.text())
            done = merge_from_file(editor.session, preview.ours, path, preview.theirs,
                                   base=preview.base, base_label=preview.base_phrase
                                   if preview.base is not None else "", into=name)
        except (ZoneEditorError, OSError) as exc:
            self.outcome.setText(self.tr("Cannot merge: %1").replace("%1", error_text(exc)))
            return False
        proposal = done.proposal.name
        editor.switch_version(proposal)
        self._conflicts.add_merge(proposal, done.result)
        self._window.status(substitute(self.tr("Merged %1 into %2: %3"),
                                       (done.theirs_label, proposal, summary_text(done.result))),
                            15000)
        self.accept()
        return True

    def compare(self) -> bool:
        """Add their version to this project and compare it with ours in the Changes panel."""
        path = self.other_path()
        if path is None:
            return False
        editor = self._editor
        project = editor.document.project
        try:
            theirs = version_of(read_project(path), path, self.theirs_box.currentData())
            name = check_version_name(project.versions,
                                      free_name(project, f"{theirs.name} ({path.stem})"))
            cs = new_proposal(theirs, name)
        except (ZoneEditorError, OSError) as exc:
            self.outcome.setText(self.tr("Cannot compare: %1").replace("%1", error_text(exc)))
            return False
        if not editor.push(cs):
            return False
        self._changes.set_versions(self.ours_box.currentData(), name)
        reveal_dock(self._changes)
        self._window.status(substitute(
            self.tr("Added %1 as the version %2 to compare (undo removes it)"),
            (ltr(f"{path.name}:{theirs.name}"), isolate(name))))
        self.accept()
        return True
