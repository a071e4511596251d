"""A quit the system asks for, not the user: handled as a normal quit, without questions.

A logout or shutdown ends the editor with a plain SIGTERM (systemd, most desktops; SIGHUP when
its terminal goes), or through the desktop's session manager, which asks every program to
"commit its data" and then to quit. Nobody is there to answer "Save changes?", and a program
that asks holds up the logout until it is killed outright. So:

- the project's session is closed as on a normal quit, except that unsaved edits are not
  thrown away: the journal is kept (and marked as no longer held), and the next start offers
  it for recovery; with nothing unsaved the journal goes as usual;
- the lock beside the project is released, so the next start does not ask to take over;
- the window closes and the event loop ends with exit status 0.

Python runs a signal handler only when the interpreter gets control; Qt's event loop runs in
C++. ``signal.set_wakeup_fd`` writes a byte into a socket pair when a signal arrives, and a
``QSocketNotifier`` on the other end wakes the loop, which lets the interpreter run the
handler; the handler then schedules the quit on the event loop.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

if TYPE_CHECKING:
    from zoneeditor.gui.main_window import MainWindow

#: The signals a logout, a shutdown or a closed terminal sends.
SIGNALS = (signal.SIGTERM, signal.SIGHUP)

Handler = Callable[[int, FrameType | None], Any] | int | None


class SessionEnd(QObject):
    """Ends the window's session without questions when the system, not the user, quits.

    Made as soon as the application exists, so a SIGTERM during the start-up questions
    (recovery, lock) is not lost: those dialogs are answered "later" / "cancel", and the quit
    happens as soon as the window is ``attach``-ed. Then the window's ``session`` is closed
    keeping unsaved edits, and the window is closed; its own close handling (which would ask)
    is skipped. ``uninstall`` puts the previous signal handling back (tests; the end of
    ``run``).
    """

    def __init__(self, app: QGuiApplication, window: MainWindow | None = None) -> None:
        super().__init__()
        self._app = app
        self._window: MainWindow | None = None
        self.ending = False
        self._requested = False
        self._logout = False
        self._previous: dict[int, Handler] = {}
        self._wake_read, self._wake_write = socket.socketpair()
        self._wake_read.setblocking(False)
        self._wake_write.setblocking(False)
        self._old_wakeup = signal.set_wakeup_fd(self._wake_write.fileno(),
                                                warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._wake_read.fileno(), QSocketNotifier.Type.Read,
                                         self)
        self._notifier.activated.connect(self._drain)
        for sig in SIGNALS:
            self._previous[sig] = signal.signal(sig, self._on_signal)
        app.commitDataRequest.connect(self.session_manager_quit)
        # Until there is a window: any start-up question is answered at once.
        self._dismiss = QTimer(self)
        self._dismiss.setInterval(100)
        self._dismiss.timeout.connect(_close_modal_dialogs)
        if window is not None:
            self.attach(window)

    def attach(self, window: MainWindow) -> None:
        """The main window exists now: end it at once if the system asked already."""
        self._window = window
        window.installEventFilter(self)
        if self._requested:
            self._dismiss.stop()
            QTimer.singleShot(0, self.end)

    def uninstall(self) -> None:
        """Restore the signal handling there was before (idempotent)."""
        for sig, handler in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        self._previous.clear()
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._old_wakeup)
        self._notifier.setEnabled(False)
        for sock in (self._wake_read, self._wake_write):
            sock.close()
        with contextlib.suppress(RuntimeError, TypeError):
            self._app.commitDataRequest.disconnect(self.session_manager_quit)

    # -- what asks us to end -------------------------------------------------------------------
    def _drain(self) -> None:
        """The wake-up byte: reading it is all; the interpreter runs the handler meanwhile."""
        with contextlib.suppress(OSError):
            while self._wake_read.recv(64):
                pass

    def _on_signal(self, _signum: int, _frame: FrameType | None) -> None:
        # Possibly in the middle of some slot: end from the event loop, not from here.
        QTimer.singleShot(0, self.end)

    def session_manager_quit(self, _manager: object = None) -> None:
        """The session manager is ending the desktop session (``commitDataRequest``: Windows
        and macOS; Qt's Linux wheels have no X session management, a logout there sends
        SIGTERM). Everything is already on disk (the journal), so nothing is asked; the quit
        that follows closes without questions. Should the logout be cancelled, the next
        activation of the window undoes this."""
        self._logout = True

    # -- ending --------------------------------------------------------------------------------
    def end(self) -> None:
        """Quit now, as a normal quit that cannot ask: unsaved edits kept for recovery."""
        if self._window is None:  # still starting: answer its questions, end when attached
            self._requested = True
            _close_modal_dialogs()
            self._dismiss.start()
            return
        if self.ending:
            return
        self.ending = True
        self._close_session()
        # A dialog open over the window (a question, a file chooser) would keep the loop
        # alive; it is answered "cancel".
        _close_modal_dialogs()
        QTimer.singleShot(0, self._window.close)

    def _close_session(self) -> None:
        window = self._window
        assert window is not None
        session = window.session
        # Where the user was, as a normal quit keeps it (settings may be unwritable: no loss).
        with contextlib.suppress(OSError, RuntimeError):
            window.settings.set_last_view(session.path, window.canvas.viewport)
        session.close(keep_unsaved=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Close the window without its questions while ending; notice a cancelled logout."""
        if self._window is not None and watched is self._window:
            kind = event.type()
            if kind == QEvent.Type.Close and (self.ending or self._logout):
                if not self.ending:  # the session manager's quit
                    self.ending = True
                    self._close_session()
                window = self._window
                assert window is not None
                window.canvas.shutdown()
                event.accept()
                return True  # the window's own closeEvent would ask about unsaved changes
            if kind == QEvent.Type.WindowActivate and self._logout and not self.ending:
                self._logout = False  # the logout was cancelled: back to normal
        return False


def _close_modal_dialogs() -> None:
    """Answer every open modal dialog "cancel" (reject), innermost first."""
    while (modal := QApplication.activeModalWidget()) is not None:
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
        if QApplication.activeModalWidget() is modal:
            break
