"""Every status-bar message the window showed, as plain text (``MapDriver.messages``).

The window shows what a step did ("Added zone New zone 1") for a few seconds and then clears
it; a test on a loaded machine that reads ``drive.message`` after a slow step reads ''.
``MessageLog`` keeps each message as it is shown (Qt's ``messageChanged``), so a test asks
whether a message was shown, not whether it is still there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

from zoneeditor.testing.changes import plain


class MessageLog(QObject):
    """The messages ``bar`` shows from now on, in order, as plain text (``changes.plain``:
    no directional isolates, no no-break spaces); clearing the bar adds nothing."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)  # lives and dies with the bar
        self._shown: list[str] = []
        bar.messageChanged.connect(self._record)

    def _record(self, message: str) -> None:
        text = plain(message)
        if text:
            self._shown.append(text)

    @property
    def shown(self) -> list[str]:
        """The messages shown so far (a copy)."""
        return list(self._shown)

    def clear(self) -> None:
        """Forget the messages shown so far (to look only at what a next step shows)."""
        self._shown.clear()


__all__ = ["MessageLog"]
