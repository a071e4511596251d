"""The team sync indicator in the status bar: "3 to send · 5 to receive · 1 conflict".

Shown only while the open project is a working copy of a team project
(``io.team.local_state``). ``SyncStatusWatcher`` keeps it current without ever blocking the
window: asking the server how much there is to receive (``io.team.sync.status``) runs on a
thread of its own (``gui.background.BackgroundJobs``) when the project opens, after each sync
and every minute; after edits only the local count is redone (no server needed). When the
server cannot be reached the indicator says "offline" — the edits stay in the file and go
with the next sync.

Each answer of the server also says what the user may do with each version now
(``io.team.rights``): a role changed on the server reaches the window at this check, not
only at the next sync. ``rights`` is the newest known; it is written into the working copy
when the document has no unsaved edits (``io.team.sync.remember_rights``), else the next
sync records it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.model import Project
from zoneeditor.core.naming import path_text
from zoneeditor.gui.background import BackgroundJobs, error_text
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.tool_messages import translated
from zoneeditor.io.team.address import describe
from zoneeditor.io.team.errors import TeamError
from zoneeditor.io.team.local_state import SyncState, read_state
from zoneeditor.io.team.rights import Rights
from zoneeditor.io.team.server import Connect, TeamServer
from zoneeditor.io.team.sync import SyncStatus, local_changes, remember_rights, status

#: How often the server is asked while a working copy is open (ms).
STATUS_INTERVAL_MS = 60_000
#: Quiet time after the last edit before the local count is redone (ms).
RECOUNT_DEBOUNCE_MS = 1_500


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncStatus", text)


def conflicts_text(n: int) -> str:
    """"1 conflict", "3 conflicts" (plural forms left to the translations)."""
    if n == 1:
        return QCoreApplication.translate("SyncStatus", "%n conflict", None, n)
    return QCoreApplication.translate("SyncStatus", "%n conflicts", None, n)


def status_text(figures: SyncStatus, refused: bool = False) -> str:
    """The indicator's line: "3 to send · 5 to receive · 1 conflict" ("offline" in the
    middle when the server could not be reached, "refused" when it would not answer)."""
    parts = [QCoreApplication.translate("SyncStatus", "%n to send", None, figures.to_send)]
    if refused:
        parts.append(_tr("refused by the server"))
    elif figures.to_receive is None:
        parts.append(_tr("offline"))
    else:
        parts.append(QCoreApplication.translate("SyncStatus", "%n to receive", None,
                                                figures.to_receive))
    if figures.conflicts:
        parts.append(conflicts_text(figures.conflicts))
    return " · ".join(parts)


@dataclass(frozen=True)
class Looked:
    """What one look at the working copy found: its sync state (None: not a working copy),
    the figures, why the record could not be read, and why the server refused to answer
    ("" when it did not; both Messages, translated when shown on the UI thread)."""

    path: Path | None
    state: SyncState | None
    figures: SyncStatus | None
    problem: str = ""
    refused: str = ""
    asked: bool = False
    seq: int = 0


class _StateCache:
    """The sync state of a file, decoded once per version of the file (threads share it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[Path, int, int] | None = None
        self._state: SyncState | None = None

    def read(self, path: Path) -> SyncState | None:
        st = path.stat()
        key = (path, st.st_mtime_ns, st.st_size)
        with self._lock:
            if key == self._key:
                return self._state
        state = read_state(path)
        with self._lock:
            self._key, self._state = key, state
        return state


class SyncIndicator(QToolButton):
    """The status bar's sync line; a click syncs (the sync add-on connects it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.setVisible(False)

    def show_figures(self, figures: SyncStatus, where: str, synced_at: str,
                     refused: str = "", last: str = "") -> None:
        """Show the figures; the tooltip says where, when it last synced, what the last
        sync of this window said (``last``, whole: the status bar cuts a long sentence
        off), and why the server did not answer (``refused``)."""
        self.setText(status_text(figures, bool(refused)))
        tip = _tr("Team server: %1").replace("%1", path_text(where))
        if synced_at:
            tip += "\n" + _tr("Last synced: %1 UTC").replace(
                "%1", synced_at.replace("T", " ")[:16])
        if last:
            tip += "\n" + _tr("The last sync said: %1").replace("%1", last)
        if refused:
            tip += "\n" + translated(refused)
        elif figures.to_receive is None:
            tip += "\n" + _tr("The server cannot be reached: your edits stay here and go "
                              "with the next sync.")
        self.setToolTip(tip + "\n" + _tr("Click to sync now."))

    def show_busy(self) -> None:
        """A sync is running."""
        self.setText(_tr("Syncing…"))


class SyncStatusWatcher(QObject):
    """Keeps the indicator current (see the module documentation)."""

    #: The open project became, or stopped being, a working copy (``is_working_copy``).
    working_copy_changed = Signal(bool)
    #: New figures are shown (``figures``).
    updated = Signal()

    def __init__(self, editor: Editor, indicator: SyncIndicator,
                 connect: Connect = TeamServer.connect) -> None:
        super().__init__(indicator)
        self._editor, self.indicator = editor, indicator
        self._connect = connect
        self._cache = _StateCache()
        self._server_jobs = BackgroundJobs(self, "sync-status")
        self._local_jobs = BackgroundJobs(self, "sync-recount")
        #: True while the open project is a working copy (None until first looked at).
        self.is_working_copy: bool | None = None
        #: The figures shown (None before the first look).
        self.figures: SyncStatus | None = None
        #: The working copy's sync state as last read.
        self.state: SyncState | None = None
        #: Why the server refused to answer the last time it was asked ("" when it did not).
        self.refused = ""
        #: What the last sync of this project said, whole (the status bar may cut it off).
        self.last_sync = ""
        #: What the server said at its last check about the user's rights (None: not asked
        #: since the project was opened or synced: the working copy's record holds).
        self._fresh: Rights | None = None
        self._busy = False
        self._seq = self._shown_seq = 0  # looks are numbered: an older one never wins
        self._timer = QTimer(self)
        self._timer.setInterval(STATUS_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_DEBOUNCE_MS)
        self._recount.timeout.connect(self.recount)
        editor.session_changed.connect(self.on_session_changed)
        editor.document_changed.connect(self.on_edited)
        editor.saved.connect(self.on_edited)
        self.refresh()

    # -- when to look ----------------------------------------------------------------------
    def on_session_changed(self, _session: object = None) -> None:
        """Another project: look at it afresh."""
        self.is_working_copy = None
        self.figures = None
        self.last_sync = ""
        self._fresh = None
        self.indicator.setVisible(False)
        self.refresh()

    def on_edited(self, *_args: object) -> None:
        """An edit or a save: recount what there is to send once the edits pause."""
        if self.is_working_copy:
            self._recount.start()

    def tell(self, sentence: str) -> None:
        """Keep what a sync said (translated) for the indicator's tooltip."""
        self.last_sync = sentence
        if not self._busy and self.figures is not None:
            self._show()

    def set_busy(self, busy: bool) -> None:
        """A sync runs (the indicator says so; its figures come after)."""
        self._busy = busy
        if busy:
            self._fresh = None  # the sync records the server's word anew
            self.indicator.show_busy()
        elif self.figures is not None:
            self._show()

    # -- looking ---------------------------------------------------------------------------
    def _snapshot(self) -> tuple[Path | None, Project]:
        session = self._editor.session
        return session.path, session.document.project.copy()

    def refresh(self) -> None:
        """Ask the server (off the UI thread) how much there is to send and receive."""
        path, ours = self._snapshot()
        cache, connect = self._cache, self._connect
        self._seq += 1
        seq = self._seq

        def work(_progress: object) -> Looked:
            return _look(path, ours, cache, ask_server=True, last=None, seq=seq,
                         connect=connect)

        self._server_jobs.submit(work, on_done=self._on_looked, on_error=self._on_failed)

    def recount(self) -> None:
        """Count the local changes again (no server): after edits."""
        if self.figures is None:  # nothing asked yet: ask the server too
            self.refresh()
            return
        path, ours = self._snapshot()
        cache, last = self._cache, self.figures
        self._seq += 1
        seq = self._seq

        def work(_progress: object) -> Looked:
            return _look(path, ours, cache, ask_server=False, last=last, seq=seq)

        self._local_jobs.submit(work, on_done=self._on_looked, on_error=self._on_failed)

    def wait(self, timeout_s: float = 30.0) -> SyncStatus | None:
        """Block (processing events) until the pending looks are shown (tests)."""
        if self._recount.isActive():
            self._recount.stop()
            self.recount()
        self._server_jobs.wait(timeout_s)
        self._local_jobs.wait(timeout_s)
        return self.figures

    def _on_looked(self, looked: Looked) -> None:
        if looked.path != self._editor.session.path:
            return  # a look at a project no longer open
        shown = self.figures
        if looked.seq < self._shown_seq:
            # older than what is shown: only an answer of the server is still news
            if not looked.asked or looked.figures is None or shown is None:
                return
            looked = replace(looked, state=self.state, figures=replace(
                shown, to_receive=looked.figures.to_receive))
        else:
            self._shown_seq = looked.seq
            if not looked.asked and looked.figures is not None and shown is not None:
                # a recount knows nothing new about the server: keep what it said last
                looked = replace(looked, figures=replace(
                    looked.figures, to_receive=shown.to_receive))
        was = self.is_working_copy
        self.is_working_copy = looked.state is not None or bool(looked.problem)
        self.state = looked.state
        if looked.problem:
            self.indicator.setText(_tr("sync record unreadable"))
            self.indicator.setToolTip(translated(looked.problem))
        elif looked.figures is not None:
            self.figures = looked.figures
            if looked.asked:
                self.refused = looked.refused
                self._keep_rights(looked.figures.rights)
            self._show()
        self.indicator.setVisible(bool(self.is_working_copy))
        if self.is_working_copy and not self._timer.isActive():
            self._timer.start()
        elif not self.is_working_copy:
            self._timer.stop()
        if was != self.is_working_copy:
            self.working_copy_changed.emit(bool(self.is_working_copy))
        self.updated.emit()

    @property
    def rights(self) -> Rights | None:
        """What the user may do with each version: as the server said at its last check,
        else as the working copy recorded (None: not known)."""
        if self._fresh is not None:
            return self._fresh
        return self.state.rights if self.state is not None else None

    def _keep_rights(self, rights: Rights | None) -> None:
        """The server's answer about the user's rights: held, and written into the
        working copy when it changed and nothing unsaved would go with it."""
        if rights is None or self._busy:
            return
        self._fresh = rights
        if self.state is None or self.state.rights == rights:
            return
        try:
            remember_rights(self._editor.session, rights)
        except (ZoneEditorError, OSError) as exc:  # held here; the next sync records it
            self.indicator.setToolTip(error_text(exc))

    def _on_failed(self, exc: BaseException) -> None:
        """Looking failed unexpectedly (the file unreadable): one sentence on hover."""
        self.indicator.setToolTip(error_text(exc))

    def _show(self) -> None:
        if self._busy or self.figures is None:
            return
        state = self.state
        where = describe(state.remote) if state is not None else ""
        if state is not None:
            where = f"{where}, {state.project}"
        self.indicator.show_figures(self.figures, where, state.synced_at if state else "",
                                    self.refused, self.last_sync)


def _look(path: Path | None, ours: Project, cache: _StateCache, *, ask_server: bool,
          last: SyncStatus | None, seq: int,
          connect: Connect = TeamServer.connect) -> Looked:
    """One look at the working copy (worker thread): its state and the figures."""
    if path is None or not path.exists():
        return Looked(path, None, None, seq=seq)
    try:
        state = cache.read(path)
    except ZoneEditorError as exc:  # a damaged sync record: say so, never guess
        return Looked(path, None, None, exc.message, seq=seq)
    if state is None:
        return Looked(path, None, None, seq=seq)
    if ask_server:
        try:
            return Looked(path, state, status(ours, state, connect=connect), asked=True,
                          seq=seq)
        except TeamError as exc:  # reached, but refused (login, membership): say why
            refused = exc.message  # a Message: translated on the UI thread
            last = None
    else:
        refused = ""
    unresolved = sum(1 for c in state.conflicts if not c.resolution)
    return Looked(path, state, SyncStatus(local_changes(ours, state),
                                          last.to_receive if last is not None else None,
                                          unresolved), refused=refused, asked=ask_server,
                  seq=seq)
