"""``MapDriver.answering``: press a named button of the next modal dialog a step opens.

A dialog the window runs with ``exec()`` (Version ▸ Delete…'s question, the recovery offer)
or a static ``QMessageBox``/``QFileDialog`` function runs its own event loop: the action
that opened it returns only once it is answered. ``Answering`` polls from a timer, which
fires inside that loop, for the modal dialog in front and clicks its button whose text is
the one asked for (mnemonic ``&`` and directional marks ignored). A dialog opened with
``open()`` (Export, Print) is answered as well, at the latest when the block ends.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from zoneeditor.testing.changes import plain
from zoneeditor.testing.errors import DriverError
from zoneeditor.testing.modal import blocking_dialog, describe

#: How often the timer looks for the dialog, in milliseconds.
POLL_MS = 20


def button_text(button: QAbstractButton) -> str:
    """A button's text as a user reads it: no mnemonic ``&``, no directional marks."""
    return plain(button.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))


class Answering:
    """Looks for the next modal dialog over ``window`` and clicks its button ``button``.

    ``title`` and ``text`` are the dialog's (a message box's text and informative text)
    and ``buttons`` the texts of its buttons (as ``button_text`` reads them), once
    answered; ``error`` says what went wrong (no such button: the dialog is rejected
    instead, so the test does not hang)."""

    def __init__(self, window: QWidget, button: str) -> None:
        self.window = window
        self.button = button
        self.answered = False
        self.title = ""
        self.text = ""
        self.buttons: list[str] = []
        self.error = ""
        self._timer = QTimer()
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Start looking (the timer also fires in a dialog's own event loop)."""
        self._timer.start()

    def stop(self) -> None:
        """Stop looking: a timer left polling would answer the next test's dialog."""
        self._timer.stop()

    def _dialog(self) -> QWidget | None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self.window and modal.isVisible():
            return modal
        return blocking_dialog(self.window)

    def poll(self) -> None:
        """Answer the dialog in front if there is one (once)."""
        if self.answered or self.error:
            return
        dialog = self._dialog()
        if dialog is None:
            return
        self.stop()
        self.title = plain(dialog.windowTitle())
        if isinstance(dialog, QMessageBox):
            self.text = plain(" ".join(t for t in (dialog.text(), dialog.informativeText())
                                       if t))
        buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
        self.buttons = [button_text(b) for b in buttons if button_text(b)]
        wanted = button_text_key(self.button)
        for b in buttons:
            if button_text_key(button_text(b)) == wanted:
                self.answered = True
                b.click()
                return
        names = [button_text(b) for b in buttons if button_text(b)]
        self.error = (f"answering({self.button!r}): {describe(dialog)} has no button "
                      f"{self.button!r} (its buttons: {names}); it was closed unanswered")
        dialog.close()

    def check(self) -> None:
        """DriverError unless a dialog was answered (looking once more first, for a dialog
        opened with ``open()`` that does not hold the step up)."""
        self.poll()
        self.stop()
        if self.error:
            raise DriverError(self.error)
        if not self.answered:
            raise DriverError(f"answering({self.button!r}): no modal dialog opened during "
                              f"the block")


def button_text_key(text: str) -> str:
    """A button's text compared without case ("delete" finds "Delete")."""
    return text.strip().casefold()


__all__ = ["Answering", "button_text"]
