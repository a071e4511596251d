"""After a crash: offer to recover the edits a previous session left in its journal.

``startup_check(parent)`` runs when the editor starts (``gui.app.run``): it lists journals
left by editors that are no longer running and, for each, asks Recover / Set aside / Decide
later, saying when the last edit was made, to which project, and how many edits are
unsaved. ``open_session(parent, path)`` is what File > Open uses: it also handles a lock held
by another editor (``lock_dialog``) and edits pending for that very file.

A journal may hold nothing the file does not: the user saved, then the editor died. What it
still keeps is the session's undo history (the journal's base record), so the question is
asked for what it offers — reopen the project with its undo history, or start without it —
and says that nothing was lost (``Candidate.only_history``). After a recovery the
window's status bar says what came back (``recovered_text``).

Nothing here deletes a journal: "Set aside" renames it (the user is told where), and a
journal that cannot be replayed is set aside too, with the reason. A recovery that cannot be
done now because the disk is full says so, offers Retry, and leaves the journal as it was
for the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.messages import substitute
from zoneeditor.core.naming import path_text
from zoneeditor.gui.recovery_names import last_edit_text
from zoneeditor.gui.tool_messages import error_text, translated
from zoneeditor.io import recovery
from zoneeditor.io.lock import LockedError
from zoneeditor.io.session import RecoveryPending, Session
from zoneeditor.render.fonts import register_fonts

RECOVER, SET_ASIDE, LATER = "recover", "set_aside", "later"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


def local_time(iso: str) -> str:
    """An ISO UTC time as the user's local date and time, "2026-12-01 23:09".

    Numeric and in one form whatever the interface language, as every figure the editor
    shows: the system's long format put English month names into an Arabic or Russian
    dialog (the system locale is not the interface language), and the interface language's
    own would write Arabic-Indic digits where the rest of the window writes 0-9.
    """
    dt = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not dt.isValid():
        return iso
    return QLocale.c().toString(dt.toLocalTime(), "yyyy-MM-dd HH:mm")


class RecoveryDialog(QDialog):
    """Recover / Set aside / Decide later for one journal left by a crashed session."""

    def __init__(self, candidate: recovery.Candidate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register_fonts()  # shown before the window: the same font as the window's
        self.setObjectName("recoveryDialog")
        self.candidate = candidate
        self.choice = LATER
        self.history_only = candidate.only_history
        layout = QVBoxLayout(self)
        if self.history_only:
            self.setWindowTitle(self.tr("Restore undo history"))
            text = self.tr("<b>ZoneEditor did not close normally.</b> Nothing was lost: every "
                           "edit to <b>%1</b> had been saved. The undo history of that "
                           "session was kept: reopen the project with it to undo or redo "
                           "those edits.")
        elif candidate.released:
            # a logout or shutdown ended it, as a normal quit that could not ask: saying it
            # "did not close normally" read as a crash (an outside tester)
            self.setWindowTitle(self.tr("Recover unsaved work"))
            text = self.tr("<b>ZoneEditor was closed by a logout or shutdown</b> before it "
                           "could ask to save. Your unsaved work on <b>%1</b> was kept and "
                           "can be restored.")
        else:
            self.setWindowTitle(self.tr("Recover unsaved work"))
            text = self.tr("<b>ZoneEditor did not close normally.</b> Your work on "
                           "<b>%1</b> was kept and can be restored.")
        # the file's name on one line: Qt broke "syria-deescalation.gpkg" at its hyphen
        name = f'<span style="white-space:nowrap">{_html(_name(candidate))}</span>'
        head = QLabel(text.replace("%1", name), self)
        head.setObjectName("recoveryHead")
        head.setWordWrap(True)
        layout.addWidget(head)
        self.details = QLabel(self._details(), self)
        self.details.setObjectName("recoveryDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        if candidate.file_missing:
            warn = QLabel(self.tr(
                "<b>The project file is no longer there</b> (deleted, or on a disk that was "
                "removed). Recovering opens your edits as unsaved: save them, or use Save as "
                "to choose another place."), self)
            warn.setObjectName("fileMissingWarning")
            warn.setWordWrap(True)
            layout.addWidget(warn)
        elif candidate.file_changed:
            warn = QLabel(self.tr(
                "<b>The project file was changed after your last save</b> (by another "
                "program, a copy, or a save that was cut short). Recovering shows your "
                "version as unsaved; saving it will replace the file — use Save as to keep "
                "both."), self)
            warn.setObjectName("fileChangedWarning")
            warn.setWordWrap(True)
            layout.addWidget(warn)
        if candidate.moved:
            moved = QLabel(self.tr("The project was moved since: it is now at %1.")
                           .replace("%1", _html(path_text(str(candidate.project_path)))),
                           self)
            moved.setObjectName("movedNote")
            moved.setWordWrap(True)
            layout.addWidget(moved)
        buttons = QDialogButtonBox(self)
        if self.history_only:
            self.recover_button = QPushButton(self.tr("&Reopen with undo history"), self)
            self.aside_button = QPushButton(self.tr("Start &without it"), self)
            self.aside_button.setToolTip(self.tr("Keep the undo history in a file without "
                                                 "opening it, and start normally"))
        else:
            self.recover_button = QPushButton(self.tr("&Recover"), self)
            self.aside_button = QPushButton(self.tr("&Set aside"), self)
            self.aside_button.setToolTip(self.tr("Keep the recovered edits in a file without "
                                                 "opening them, and start normally"))
        self.later_button = QPushButton(self.tr("Decide &later"), self)
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.aside_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(lambda: self._done(RECOVER))
        self.aside_button.clicked.connect(lambda: self._done(SET_ASIDE))
        self.later_button.clicked.connect(lambda: self._done(LATER))
        layout.addWidget(buttons)
        self._fit_title()

    def _fit_title(self) -> None:
        """Wide enough for its title as the window manager shows it ("… — ZoneEditor", in
        the title bar's bold face, beside the frame's buttons), for its buttons, and for its
        text to read in lines, not a column; never wider than the screen."""
        bold = QFont(self.font())
        bold.setBold(True)
        name = QGuiApplication.applicationDisplayName()
        title = f"{self.windowTitle()} — {name}" if name else self.windowTitle()
        frame_buttons = 8 * QFontMetrics(bold).height()  # icon, minimise, maximise, close
        layout = self.layout()
        least = layout.totalMinimumSize().width() if layout is not None else 0  # the buttons
        wanted = max(QFontMetrics(bold).horizontalAdvance(title) + frame_buttons, least,
                     QFontMetrics(self.font()).averageCharWidth() * TEXT_COLUMNS)
        room = self.screen().availableGeometry().width() - 40
        width = min(wanted, room)
        self.setMinimumWidth(width)
        if layout is not None:  # as tall as its text is at that width, no taller
            self.resize(width, layout.totalHeightForWidth(width))

    def showEvent(self, event: QShowEvent) -> None:
        """Over the window being opened (shown first at start-up), the question takes the
        keyboard, also on a desktop (or bare X server) that would leave it with the window."""
        super().showEvent(event)
        self.raise_()
        self.activateWindow()

    def _details(self) -> str:
        c = self.candidate
        # a path reads left to right in every language: isolated, or an Arabic dialog
        # showed "tmp/outside3/ar.gpkg/" (its slashes moved by the sentence's direction)
        where = path_text(c.project_path) if c.project_path else self.tr(
            "not saved yet (based on %1)").replace("%1", self._source())
        rows = [
            (self.tr("Project"), _html(c.title or _name(c))),
            (self.tr("File"), _html(where)),
            (self.tr("Last edit"), _html(local_time(c.last_edit))),
            (self.tr("Unsaved edits"), self._edits()),
            (self.tr("Undo history"), self._history()),
        ]
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # Qt lays a rich-text table out left to right: mirrored here, names on the right
            cells = "".join(f'<tr><td align="right">{v}</td><td align="right">{k}:&nbsp;</td>'
                            "</tr>" for k, v in rows)
            return f'<table width="100%">{cells}</table>'
        cells = "".join(f"<tr><td>{k}:&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        return f"<table>{cells}</table>"

    def _edits(self) -> str:
        c = self.candidate
        if not c.unsaved:
            return self.tr("none since the last save")
        # Steps, not journal records: a drag is one edit to the user, however many moves;
        # with those recovered once and not saved since; an undone edit is not one
        text = str(c.unsaved)
        if c.last_label:
            # the label's own Message when the journal recorded it: in the interface's
            # language, its features named as the project names them in it
            text += " — " + self.tr("last: %1").replace("%1", _html(last_edit_text(c)))
        return text

    def _history(self) -> str:
        if not self.history_only:
            return self.tr("restored with the edits")
        steps = self.candidate.history
        if steps == 1:
            return self.tr("1 step, restored with the project")
        return self.tr("%n steps, restored with the project", "", steps)

    def _source(self) -> str:
        src = self.candidate.source
        if src == "sample":
            return self.tr("the bundled sample")
        if src in ("", "new"):
            return self.tr("a new project")
        return src

    def _done(self, choice: str) -> None:
        self.choice = choice
        if choice == RECOVER:
            self.accept()
        else:
            self.reject()

    @classmethod
    def ask(cls, candidate: recovery.Candidate, parent: QWidget | None = None) -> str:
        """Show the dialog; returns RECOVER, SET_ASIDE or LATER."""
        dialog = cls(candidate, parent)
        dialog.exec()
        return dialog.choice


#: A recovery dialog is at least this many average characters wide: its text reads in lines.
TEXT_COLUMNS = 60
#: How long the status bar says what a recovery brought back (ms): longer than a passing
#: message, as it asks for a save.
RECOVERED_STATUS_MS = 30000


def recovered_text(session: Session) -> str:
    """What the status bar says once ``session`` was recovered ("" for any other session):
    how many unsaved edits came back and that they must be saved, or that the undo history
    came back and nothing was unsaved."""
    c = session.recovered
    if c is None:
        return ""
    history = session.document.history
    if c.only_history or not session.document.is_dirty:
        return _tr("Reopened %1 with its undo history (ZoneEditor did not close normally; "
                   "nothing was lost)").replace("%1", _name(c))
    # the steps between the saved point and the state recovered (all of them: never saved)
    clean = history.clean_index
    # with no saved point left in the history (an edit made after undoing a saved one),
    # the journal's own count: the way back to the fork and on (``Summary.unsaved``)
    steps = abs(history.index - clean) if clean is not None else c.unsaved
    steps = steps or 1  # the document differs from the file: something came back
    if steps == 1:
        return _tr("Recovered 1 unsaved edit of %1 — save to keep it").replace("%1", _name(c))
    return QCoreApplication.translate(
        "RecoveryDialog", "Recovered %n unsaved edits of %1 — save to keep them", None,
        steps).replace("%1", _name(c))


def _name(candidate: recovery.Candidate) -> str:
    """The project's file name for a sentence, isolated left to right as every file name
    (``path_text``); its title, as the user wrote it, when it was never saved."""
    return path_text(candidate.name) if candidate.project_path else candidate.name


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def _set_aside(parent: QWidget | None, candidate: recovery.Candidate) -> None:
    try:
        kept = recovery.set_aside(candidate.journal_path)
    except OSError as exc:
        _warn(parent, _tr("Could not set the edits aside"), error_text(exc))
        return
    if candidate.only_history:
        QMessageBox.information(
            parent, _tr("Undo history set aside"),
            substitute(_tr("The undo history of %1 was kept in\n%2\n\nNothing was deleted."),
                       (_name(candidate), path_text(kept))))
        return
    QMessageBox.information(
        parent, _tr("Edits set aside"),
        substitute(_tr("The unsaved edits of %1 were kept in\n%2\n\nNothing was deleted."),
                   (_name(candidate), path_text(kept))))


def _retry_when_blocked(parent: QWidget | None, exc: recovery.RecoveryBlocked) -> bool:
    """Say why recovery cannot be done now (a full disk); True when the user chose Retry."""
    b = QMessageBox.StandardButton
    answer = QMessageBox.warning(
        parent, _tr("Cannot recover yet"),
        _tr("%1\n\nNothing was changed. Choose Retry once there is space; otherwise the "
            "edits are offered again at the next start.").replace("%1", error_text(exc)),
        b.Retry | b.Cancel, b.Retry)
    return answer == b.Retry


def recover(parent: QWidget | None, candidate: recovery.Candidate) -> Session | None:
    """Recover ``candidate``; on failure tell the user where its journal was kept (or, for
    a full disk, that it was left untouched, offering to try again)."""
    while True:
        try:
            return Session.recover(candidate)
        except recovery.RecoveryBlocked as exc:
            if not _retry_when_blocked(parent, exc):
                return None
        except LockedError as exc:
            _warn(parent, _tr("Cannot recover"), error_text(exc))
            return None
        except ZoneEditorError as exc:
            _warn(parent, _tr("Cannot recover"),
                  substitute(_tr("The edits of %1 could not be restored.\n\n%2\n\nZoneEditor "
                                 "starts normally; nothing was deleted."),
                             (_name(candidate), error_text(exc))))
            return None


def startup_check(parent: QWidget | None = None,
                  opening: Path | None = None) -> Session | None:
    """At start-up: offer every journal a crashed session left; returns a recovered session.

    Journals that cannot even be read are set aside at once (the user is told where);
    one whose replay already crashed the editor before is set aside without replaying.
    After one project is recovered, the others wait for the next start (a window shows one
    project at a time). The edits left for ``opening`` (the file the editor was started
    on) are not asked here: opening it asks (``open_session``), and asking twice went round
    in a loop ("Decide later", then the lock, then the same question again).
    """
    # The window's font for every message here: these dialogs come before the window,
    # which would otherwise be the first to register the bundled fonts.
    register_fonts()
    try:
        candidates, damaged = recovery.scan()
    except OSError:
        return None
    for path, why in damaged:
        try:
            kept = recovery.set_aside(path)
        except OSError:
            kept = path
        _warn(parent, _tr("Unreadable recovery file"),
              substitute(_tr("A recovery file could not be read and was set aside:\n%1\n\n%2"),
                         (path_text(kept), translated(why))))
    for candidate in candidates:
        if opening is not None and _same_file(candidate.project_path, opening):
            continue
        if candidate.exhausted:
            kept = recovery.set_aside(candidate.journal_path)
            _warn(parent, _tr("Recovery failed before"),
                  substitute(_tr("Restoring the edits of %1 stopped ZoneEditor last time, so it "
                                 "was not tried again. The edits were kept in\n%2"),
                             (_name(candidate), path_text(kept))))
            continue
        choice = RecoveryDialog.ask(candidate, parent)
        if choice == RECOVER:
            session = recover(parent, candidate)
            if session is not None:
                return session
        elif choice == SET_ASIDE:
            _set_aside(parent, candidate)
    return None


def _same_file(a: Path | None, b: Path) -> bool:
    try:
        return a is not None and a.resolve() == b.resolve()
    except OSError:
        return False


def _edits_left_for(path: str | Path) -> bool:
    """Whether a crashed session left edits (or a journal that cannot be read) for ``path``."""
    try:
        return recovery.find_for(Path(path).resolve()) is not None
    except recovery.RecoveryError:
        return True
    except OSError:
        return False


def not_opened_text(path: str | Path) -> str:
    """Why the file the editor was started on is not shown (the user chose so in a
    question), and what to do: said over the sample the window shows instead."""
    name = Path(path).name
    if _edits_left_for(path):
        return _tr("%1 was not opened: the unsaved edits a session that ended unexpectedly "
                   "left for it are kept for your decision. The bundled sample is shown "
                   "instead; open the file again (File ▸ Open) to recover the edits or "
                   "set them aside.").replace("%1", path_text(name))
    return _tr("%1 was not opened. The bundled sample is shown instead; open the file "
               "again (File ▸ Open) when it is free.").replace("%1", path_text(name))


def open_session(parent: QWidget | None, path: str | Path,
                 replacing: Session | None = None) -> Session | None:
    """Open ``path`` as File > Open does, asking about locks and pending edits.

    ``replacing``: the session the new one replaces (saved or discarded by now); reopening
    the same file takes its lock over instead of finding the file "in use".
    Returns None when the user chose not to open it; raises ZoneEditorError/OSError for
    files that cannot be read (the caller shows those).
    """
    from zoneeditor.gui.lock_dialog import ask_take_over

    register_fonts()  # the window's font, also when this runs before the window exists
    take_over = False
    pending = "raise"
    for _ in range(4):
        try:
            return Session.open(path, take_over=take_over, pending=pending,
                                replacing=replacing)
        except recovery.RecoveryError as exc:
            # The recovery file beside the project is unreadable: keep it, open the file.
            _warn(parent, _tr("Unreadable recovery file"),
                  substitute(_tr("The recovery file of %1 could not be read and was set aside "
                                 "(nothing was deleted).\n\n%2"),
                             (path_text(Path(path).name), error_text(exc))))
            pending = "set_aside"
        except LockedError as exc:
            # The lock of an editor that died with edits left for this file: the recovery
            # question that follows says what happened and offers them; a question about
            # the lock first only doubled it.
            if not take_over and exc.stale and _edits_left_for(path):
                take_over = True
                continue
            if take_over or not ask_take_over(parent, exc):
                return None
            take_over = True
        except RecoveryPending as left:
            # (not "as pending": Python unbinds an except clause's name at its end, and the
            # next round reads ``pending`` — "Set aside" here failed with UnboundLocalError)
            choice = RecoveryDialog.ask(left.candidate, parent)
            if choice == RECOVER:
                return recover(parent, left.candidate)
            if choice == LATER:
                return None
            _set_aside(parent, left.candidate)
    return None
