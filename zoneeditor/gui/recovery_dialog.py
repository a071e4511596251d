"""After a crash: offer to recover the edits a previous session left in its journal.

``startup_check(parent)`` runs when the editor starts (``gui.app.run``): it lists journals
left by editors that are no longer running and, for each, asks Recover / Set aside / Decide
later, saying when the last edit was made, to which project, and how many edits are
unsaved. ``open_session(parent, path)`` is what File > Open uses: it also handles a lock held
by another editor (``lock_dialog``) and edits pending for that very file.

Nothing here deletes a journal: "Set aside" renames it (the user is told where), and a
journal that cannot be replayed is set aside too, with the reason. A recovery that cannot be
done now because the disk is full says so, offers Retry, and leaves the journal as it was
for the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QShowEvent
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
from zoneeditor.gui.tool_messages import error_text, translated
from zoneeditor.io import recovery
from zoneeditor.io.lock import LockedError
from zoneeditor.io.session import RecoveryPending, Session
from zoneeditor.render.fonts import register_fonts

RECOVER, SET_ASIDE, LATER = "recover", "set_aside", "later"


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoveryDialog", text)


def local_time(iso: str) -> str:
    """An ISO UTC time as the user's local date and time ('' when unknown)."""
    dt = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not dt.isValid():
        return iso
    return QLocale().toString(dt.toLocalTime(), QLocale.FormatType.LongFormat)


class RecoveryDialog(QDialog):
    """Recover / Set aside / Decide later for one journal left by a crashed session."""

    def __init__(self, candidate: recovery.Candidate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register_fonts()  # shown before the window: the same font as the window's
        self.setObjectName("recoveryDialog")
        self.candidate = candidate
        self.choice = LATER
        self.setWindowTitle(self.tr("Recover unsaved work"))
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("<b>ZoneEditor did not close normally.</b> Your work on "
                              "<b>%1</b> was kept and can be restored.")
                      .replace("%1", _html(candidate.name)), self)
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
                           .replace("%1", _html(str(candidate.project_path))), self)
            moved.setObjectName("movedNote")
            moved.setWordWrap(True)
            layout.addWidget(moved)
        buttons = QDialogButtonBox(self)
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

    def showEvent(self, event: QShowEvent) -> None:
        """Over the window being opened (shown first at start-up), the question takes the
        keyboard, also on a desktop (or bare X server) that would leave it with the window."""
        super().showEvent(event)
        self.raise_()
        self.activateWindow()

    def _details(self) -> str:
        c = self.candidate
        where = str(c.project_path) if c.project_path else self.tr(
            "not saved yet (based on %1)").replace("%1", self._source())
        rows = [
            (self.tr("Project"), _html(c.title or c.name)),
            (self.tr("File"), _html(where)),
            (self.tr("Last edit"), _html(local_time(c.last_edit))),
            (self.tr("Unsaved edits"), self._edits()),
            (self.tr("Undo history"), self.tr("restored with the edits")),
        ]
        cells = "".join(f"<tr><td>{k}:&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        return f"<table>{cells}</table>"

    def _edits(self) -> str:
        c = self.candidate
        if not c.edits:
            return self.tr("none since the last save")
        # Steps, not journal records: a drag is one edit to the user, however many moves.
        text = str(c.steps or c.edits)
        if c.last_label:
            # the label's own Message when the journal recorded it: in the interface's language
            text += " — " + self.tr("last: %1").replace("%1", _html(translated(c.last_label)))
        return text

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
    QMessageBox.information(
        parent, _tr("Edits set aside"),
        _tr("The unsaved edits of %1 were kept in\n%2\n\nNothing was deleted.")
        .replace("%1", candidate.name).replace("%2", str(kept)))


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
                  _tr("The edits of %1 could not be restored.\n\n%2\n\nZoneEditor starts "
                      "normally; nothing was deleted.").replace("%1", candidate.name)
                  .replace("%2", error_text(exc)))
            return None


def startup_check(parent: QWidget | None = None) -> Session | None:
    """At start-up: offer every journal a crashed session left; returns a recovered session.

    Journals that cannot even be read are set aside at once (the user is told where);
    one whose replay already crashed the editor before is set aside without replaying.
    After one project is recovered, the others wait for the next start (a window shows one
    project at a time).
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
              _tr("A recovery file could not be read and was set aside:\n%1\n\n%2")
              .replace("%1", str(kept)).replace("%2", why))
    for candidate in candidates:
        if candidate.exhausted:
            kept = recovery.set_aside(candidate.journal_path)
            _warn(parent, _tr("Recovery failed before"),
                  _tr("Restoring the edits of %1 stopped ZoneEditor last time, so it was "
                      "not tried again. The edits were kept in\n%2").replace(
                      "%1", candidate.name).replace("%2", str(kept)))
            continue
        choice = RecoveryDialog.ask(candidate, parent)
        if choice == RECOVER:
            session = recover(parent, candidate)
            if session is not None:
                return session
        elif choice == SET_ASIDE:
            _set_aside(parent, candidate)
    return None


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
                  _tr("The recovery file of %1 could not be read and was set aside "
                      "(nothing was deleted).\n\n%2").replace("%1", Path(path).name)
                  .replace("%2", error_text(exc)))
            pending = "set_aside"
        except LockedError as exc:
            if take_over or not ask_take_over(parent, exc):
                return None
            take_over = True
        except RecoveryPending as pending:
            choice = RecoveryDialog.ask(pending.candidate, parent)
            if choice == RECOVER:
                return recover(parent, pending.candidate)
            if choice == LATER:
                return None
            _set_aside(parent, pending.candidate)
    return None
