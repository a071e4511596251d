"""File ▸ Sync with team server: sync the open working copy without blocking the window.

``io.team.sync.SyncJob`` is split for a window: ``start`` takes a copy of the document on
the UI thread, ``run`` pulls, merges and pushes on a worker thread (it never touches the
document), ``finish`` applies what came in on the UI thread — through the undo history, so
it is journaled before it is shown and can be undone — and saves the working copy with its
new sync state. A sync the user edited through is not finished (``finish`` would refuse):
it is run again at once, which converges because the server recognises what was already
pushed. Errors are one sentence in the status bar; the indicator (``gui.sync_status``) says
"offline" when the server cannot be reached. Conflicts go to the Conflicts panel.

Also Version ▸ Table this proposal… — refused while the proposal has open conflicts (merge
markers or undecided sync conflicts), the window's side of "a proposal is not shown to
everyone while conflicts remain".

Both entries are enabled for a working copy only; the toolbar's Sync button and the status
bar's indicator appear with a working copy.

The working copy records the user's role on the team server and what the server lets them
do with each version (``io.team.rights``, at the clone, each sync and each regular check):
an observer's project is read-only in the window (``Editor.set_read_only``: the editing
tools and actions and Table this proposal… are off, their tips say why); a version of
another delegation or of the coordinators is read-only for a delegate (and a delegation's
for a coordinator) with one sentence saying whose it is and that it can be copied into a
proposal of their own (``Editor.set_version_rule``; New proposal… and Duplicate… stay on).
Table this proposal… is on only where the server would take it. That only mirrors the
server, which refuses regardless.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QToolBar

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.merge.resolve import open_conflicts
from zoneeditor.core.messages import joined, substitute
from zoneeditor.core.model import AGREED
from zoneeditor.core.naming import isolate, path_text
from zoneeditor.gui.background import BackgroundJobs, error_text
from zoneeditor.gui.conflicts_panel import ConflictsPanel
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.read_only import read_only_tip
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.sync_status import SyncIndicator, SyncStatusWatcher, conflicts_text
from zoneeditor.gui.team_login_text import team_error_text
from zoneeditor.gui.tool_messages import translated
from zoneeditor.i18n.values import version_title
from zoneeditor.io.team.address import describe
from zoneeditor.io.team.errors import LoginProblem, NotAllowed, ServerUnreachable
from zoneeditor.io.team.login import Passwords
from zoneeditor.io.team.plan import reads_only
from zoneeditor.io.team.server import Connect, TeamServer
from zoneeditor.io.team.sync import SyncJob, SyncReport
from zoneeditor.io.team.version_refusals import BY_ROLE
from zoneeditor.io.team.workcopy import table

#: How many times a sync the user edited through is run again before giving up.
RERUNS = 2


class TeamSync(QObject):
    """The Sync action, its toolbar button, Table this proposal… and the status indicator."""

    #: A sync finished and its result is applied (the ``SyncReport``).
    synced = Signal(object)
    #: A sync could not be done (the sentence shown).
    failed = Signal(str)

    def __init__(self, editor: Editor, window: WindowServices,
                 conflicts: ConflictsPanel, passwords: Passwords | None = None) -> None:
        super().__init__(window.main_widget)
        self._editor, self._window, self._conflicts = editor, window, conflicts
        #: Passwords typed in this run (None: libpq's ~/.pgpass and service files only).
        self._passwords = passwords
        self._connect: Connect = passwords.connect if passwords else TeamServer.connect
        self._remote = ""  # the server of the last sync started (to ask its password)
        self._jobs = BackgroundJobs(self, "team-sync")
        self._table_jobs = BackgroundJobs(self, "team-table")
        self._running: SyncJob | None = None
        self._finishing = False
        self._edited_meanwhile = False
        self._reruns = 0
        #: The sentence of the last failed sync ("" after a good one).
        self.last_error = ""
        parent = window.main_widget
        self.act_sync = QAction(self.tr("S&ync with team server"), parent)
        self.act_sync.setObjectName("action_sync")
        self.act_sync.setIconText(self.tr("Sync"))
        self.act_sync.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.act_sync.setStatusTip(self.tr("Send your edits to the team server and receive "
                                           "the others'; conflicts go to the Conflicts panel"))
        self.act_sync.triggered.connect(self.sync)
        self.act_table = QAction(self.tr("&Table this proposal…"), parent)
        self.act_table.setObjectName("action_table")
        self._table_tip = self.tr("Show the proposal to every member of the team (cannot be "
                                  "taken back)")
        self.act_table.setStatusTip(self._table_tip)
        self.act_table.triggered.connect(self.table_current)
        self.indicator = SyncIndicator(parent)
        self.indicator.clicked.connect(self.sync)
        self.watcher = SyncStatusWatcher(editor, self.indicator, self._connect)
        self.toolbar = QToolBar(self.tr("Team"), parent)
        self.toolbar.setObjectName("teamToolbar")
        self.toolbar.addAction(self.act_sync)
        self.toolbar.setVisible(False)
        self.watcher.working_copy_changed.connect(self.on_working_copy)
        self.watcher.updated.connect(self.follow_role)
        editor.read_only_changed.connect(lambda _reason: self.on_working_copy(
            bool(self.watcher.is_working_copy)))
        editor.version_changed.connect(lambda _name: self.on_working_copy(
            bool(self.watcher.is_working_copy)))
        editor.document_changed.connect(self._note_edit)
        conflicts.decided.connect(self.watcher.recount)
        self.on_working_copy(False)

    # -- following the project -------------------------------------------------------------
    def on_working_copy(self, working_copy: bool) -> None:
        """Show the toolbar button and enable the actions for a working copy only (Table
        this proposal… not while the project is read-only: the tip says why)."""
        self.toolbar.setVisible(working_copy)
        for act in (self.act_sync, self.act_table):
            act.setEnabled(working_copy and self._running is None)
        reason = self._editor.read_only or (self._server_table_refusal(
            self._editor.document.current_version) if working_copy else "")
        if reason:
            self.act_table.setEnabled(False)
        self.act_table.setStatusTip(reason or self._table_tip)
        self.act_table.setToolTip(read_only_tip(self._table_tip, reason) if reason
                                  else self._table_tip)

    def follow_role(self) -> None:
        """The user's role and rights as the server said (at its last check, or as the
        working copy recorded them): an observer's project is read-only here, saying why;
        a version this user may not change is read-only while it is shown."""
        state = self.watcher.state if self.watcher.is_working_copy else None
        rights = self.watcher.rights if state is not None else None
        role = rights.role if rights is not None else state.role if state else ""
        observer = state is not None and reads_only(role)
        self._editor.set_read_only(self.tr(
            "Read-only: your role on the team server is observer, so you can look at the "
            "map and sync, but not change it") if observer else "")
        self._editor.set_version_rule(self._version_reason if rights is not None else None)
        self.on_working_copy(bool(self.watcher.is_working_copy))

    def _version_reason(self, name: str) -> str:
        """Why version ``name`` is read-only here, translated ("" when it is not)."""
        rights = self.watcher.rights
        refusal = rights.refusal(name) if rights is not None else None
        return self.tr("Read-only: %1").replace("%1", translated(refusal)) if refusal else ""

    def _server_table_refusal(self, name: str) -> str:
        """Why the server would not let this user table ``name``, translated ("" when
        it would, or is not known)."""
        rights = self.watcher.rights
        refusal = rights.table_refusal(name) if rights is not None else None
        return translated(refusal) if refusal else ""

    def _note_edit(self, _changeset: object = None) -> None:
        if self._running is not None and not self._finishing:
            self._edited_meanwhile = True

    @property
    def is_running(self) -> bool:
        """True while a sync is under way."""
        return self._running is not None

    # -- syncing ---------------------------------------------------------------------------
    def sync(self) -> bool:
        """Start a sync (off the UI thread); False when it cannot start."""
        if self._running is not None:
            return False
        if self.watcher.is_working_copy is False:  # None: not looked yet, start() will say
            self._window.status(self.tr("This project is not a working copy of a team project: "
                                        "open one with File ▸ Open team project…"))
            return False
        try:
            job = SyncJob.start(self._editor.session, connect=self._connect)
        except ZoneEditorError as exc:
            self._fail(error_text(exc))
            return False
        self._running = job
        self._remote = job.state.remote
        self._edited_meanwhile = False
        self.watcher.set_busy(True)
        self.on_working_copy(True)

        def work(_progress: object) -> SyncJob:
            job.run()
            return job

        self._jobs.submit(work, on_done=self._on_ran, on_error=self._on_failed)
        return True

    def wait(self, timeout_s: float = 120.0) -> bool:
        """Block (processing events) until the running sync is finished (tests)."""
        return self._jobs.wait(timeout_s)

    def _on_ran(self, job: SyncJob) -> None:
        self._running = None
        edited = self._edited_meanwhile
        if job.session is not self._editor.session:
            self._done()
            self._window.status(self.tr("A sync of a project no longer open ended; it "
                                        "finishes at that project's next sync"))
            return
        if edited:
            self._done()
            if self._reruns < RERUNS:  # the pushed part is recognised: this converges
                self._reruns += 1
                self._window.status(self.tr("You edited while syncing: syncing again"))
                self.sync()
            else:
                self._reruns = 0
                self._fail(self.tr("The project kept being edited while syncing; sync again "
                                   "when you pause (nothing was lost)"))
            return
        self._reruns = 0
        self._finishing = True
        try:
            report = job.finish()
        except (ZoneEditorError, OSError) as exc:
            self._done()
            self._fail(error_text(exc))
            return
        finally:
            self._finishing = False
        self._done()
        self._report(report)

    def _on_failed(self, exc: BaseException) -> None:
        self._running = None
        self._reruns = 0
        self._done()
        if (isinstance(exc, LoginProblem) and exc.kind in ("password-needed", "password-wrong")
                and self._passwords is not None and self._remote
                and self._ask_password(exc.where, exc.kind == "password-wrong")):
            self.sync()  # with the password just typed
            return
        if isinstance(exc, ServerUnreachable):
            self._fail(self.tr("Cannot reach the team server %1: your edits stay here and go "
                               "with the next sync").replace("%1", path_text(describe(
                                   self._remote))))
        elif isinstance(exc, (NotAllowed, LoginProblem)):  # refused; not a member...
            self._fail(team_error_text(exc))
        else:
            self._fail(self.tr("Sync failed, nothing was lost: %1").replace(
                "%1", error_text(exc)))

    def _ask_password(self, where: str, wrong: bool) -> bool:
        """Ask the password the server asks for (kept in memory for this run); True when
        one was given."""
        assert self._passwords is not None  # only called with passwords
        question = (self.tr("The server %1 did not accept the password. Password:") if wrong
                    else self.tr("The server %1 asks for a password (it is not stored). "
                                 "Password:")).replace("%1", path_text(where))
        text, ok = QInputDialog.getText(self._window.main_widget, self.tr("Team server"),
                                        question, QLineEdit.EchoMode.Password)
        if not ok or not text:
            return False
        self._passwords.remember(self._remote, text)
        return True

    def _done(self) -> None:
        self.watcher.set_busy(False)
        self.on_working_copy(bool(self.watcher.is_working_copy))
        self.watcher.refresh()

    def _fail(self, sentence: str) -> None:
        self.last_error = sentence
        self.watcher.tell(sentence)  # whole on hover: the status bar may cut it off
        self._window.status(sentence, 20000)
        self.failed.emit(sentence)

    def _report(self, report: SyncReport) -> None:
        self.last_error = ""
        text = self.report_text(report)
        self.watcher.tell(text)  # whole on hover: the status bar may cut it off
        self._window.status(text, 15000)
        self._conflicts.refresh()
        if any(not c.resolution for c in report.conflicts):
            self._conflicts.reveal()
        self.synced.emit(report)

    def report_text(self, report: SyncReport) -> str:
        """What a sync did, in one line for the status bar: counted as it arrived (change
        sets, versions newly shared), what stays here and why."""
        shared = len(report.received_versions)  # arrived whole, not as change sets
        names = ", ".join(isolate(version_title(n)) for n in report.received_versions)
        if shared and not report.received:  # not "0 received": say what came
            text = substitute(self.tr("Synced: %n version(s) newly shared with you (%1), %2 sent",
                                      None, shared), (names, str(report.sent)))
        else:
            text = (substitute(self.tr("Synced: %1 received, %2 sent"),
                               (str(report.received), str(report.sent))))
            if shared:
                text += " · " + self.tr("%n version(s) newly shared with you: %1", None,
                                        shared).replace("%1", names)
        by_role = sum(1 for c in report.conflicts
                      if c.kind == "refused" and c.refused_by == BY_ROLE)
        refused = sum(1 for c in report.conflicts if c.kind == "refused") - by_role
        if len(report.conflicts) > refused + by_role:
            text += " · " + conflicts_text(len(report.conflicts) - refused - by_role)
        if refused:  # the rest went through; these stay here (docs/team.md)
            text += " · " + self.tr("%n change(s) refused by the server, kept here", None,
                                    refused)
        if by_role:  # never sent: the role may not make them on the server
            text += " · " + self.tr("%n change(s) your role may not make on the server, kept "
                                    "here", None, by_role)
        if report.conflicts:
            text += " " + self.tr("(see the Conflicts panel)")
        if report.kept_local:  # what this role may not send stays here: say what
            text += " · " + translated(joined(report.kept_local))
        if report.notes:  # e.g. a version of this copy renamed to keep it apart
            text += " · " + translated(joined(report.notes))
        return text

    # -- tabling ---------------------------------------------------------------------------
    def table_current(self) -> bool:
        """Table the proposal shown (asks first); refused while it has open conflicts."""
        doc = self._editor.document
        name = doc.current_version
        if name == AGREED:
            self._window.status(self.tr("The agreed baseline is already everyone's: show a "
                                        "proposal to table it"))
            return False
        refusal = self.table_refusal(name)
        if refusal:
            self._window.status(refusal, 15000)
            return False
        answer = QMessageBox.question(
            self._window.main_widget, self.tr("Table this proposal"),
            self.tr("Show %1 to every member of the team? This cannot be taken back.")
            .replace("%1", version_title(name)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.table(name)

    def table_refusal(self, name: str) -> str:
        """Why version ``name`` cannot be tabled now ("" when it can)."""
        if self._editor.read_only:
            return self._editor.read_only
        refused = self._server_table_refusal(name)
        if refused:
            return refused
        version = self._editor.document.project.versions.get(name)
        marked = len(open_conflicts(version)) if version is not None else 0
        undecided = sum(1 for c in self._conflicts.book.sync_conflicts(
            self._editor.session.path) if c.version == name and not c.resolution)
        if marked or undecided:
            return self.tr("%1 still has open conflicts: resolve them in the Conflicts panel "
                           "before tabling it").replace("%1", version_title(name))
        if self._editor.document.is_dirty or (self.watcher.figures is not None
                                              and self.watcher.figures.to_send):
            return self.tr("Sync first: the server must have your latest %1 before it is "
                           "tabled").replace("%1", version_title(name))
        return ""

    def table(self, name: str) -> bool:
        """Table version ``name`` on the server (off the UI thread)."""
        path = self._editor.session.path
        if path is None:
            return False

        def work(_progress: object) -> str:
            table(path, name, connect=self._connect)
            return name

        self._table_jobs.submit(
            work, on_done=lambda n: self._window.status(self.tr("%1 is on the table: every "
                                                                "member sees it now")
                                                        .replace("%1", version_title(n))),
            on_error=lambda exc: self._fail(self.tr("Cannot table it: %1").replace(
                "%1", error_text(exc))))
        return True


def install(editor: Editor, window: WindowServices, conflicts: ConflictsPanel, *,
            passwords: Passwords | None = None) -> TeamSync:
    """Put Sync with team server in the File menu and Table this proposal… in the Version
    menu (above its list of versions), the Sync toolbar button and the status indicator;
    ``passwords``: those typed in this run (asked again when the server asks for one)."""
    sync = TeamSync(editor, window, conflicts, passwords)
    window.add_file_action(sync.act_sync)
    menu = window.menu("Version")
    separator = next((a for a in menu.actions() if a.isSeparator()), None)
    if separator is None:
        menu.addAction(sync.act_table)
    else:
        menu.insertAction(separator, sync.act_table)
    window.add_toolbar(sync.toolbar)
    sync.toolbar.setVisible(False)  # shown once the project is known to be a working copy
    window.add_status_widget(sync.indicator)
    return sync
