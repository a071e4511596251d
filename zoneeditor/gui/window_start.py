"""``StartGate``: when the window completes a deferred start.

A window built with ``MainWindow(..., deferred_start=True)`` (what ``zoneeditor`` does) is
first built only as far as its first frame needs: the map, the menus, the toolbars and the
status bar. The panels, the add-ons and the basemap loading come after the map's first
paint (docs/window.md, "Start-up"). This gate decides *when* that completion runs, once:

- right after the map canvas finished its first frame (a zero timer, so the frame is on
  screen first);
- at once, before the event is handled, when the user acts on the window first: a key
  (also a shortcut: Qt asks the focus widget with ``ShortcutOverride`` before it looks a
  shortcut up, so an add-on's shortcut typed early works), a mouse press or double click,
  the wheel, a context menu, a drag or a drop. The input is never lost or refused: it
  waits for the completion, as input waits for any work on the UI thread;
- after ``FALLBACK_MS`` in any case (a window that is never painted, say hidden at once);
- whenever code calls ``finish()`` (``MainWindow.finish_start``; the window's properties
  that need the completed start call it, so nothing can be used half-built).

The gate watches the application's events only while the start is pending.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

#: The start completes this long after the gate was made, painted or not (ms).
FALLBACK_MS = 2000

#: The user acting on the window: the start completes before such an event is handled.
USER_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter, QEvent.Type.Drop, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class StartGate(QObject):
    """Calls ``complete`` once: after ``window``'s first frame (``first_frame``, a signal
    emitted after each paint of the map), on the user's first input to ``window``, after
    ``FALLBACK_MS``, or on ``finish()``, whichever comes first."""

    def __init__(self, window: QWidget, first_frame: SignalInstance,
                 complete: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._complete = complete
        self._done = False
        #: True when the user's input completed the start (not the frame, nor a timer)
        self.by_input = False
        self._watching = True  # connected to the first frame, filtering the app's events
        self._first_frame = first_frame
        # The frame is flushed to the screen after paintEvent returns: complete on the next
        # turn of the event loop.
        self._after_frame = QTimer(self)
        self._after_frame.setSingleShot(True)
        self._after_frame.setInterval(0)
        self._after_frame.timeout.connect(self.finish)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(FALLBACK_MS)
        self._fallback.timeout.connect(self.finish)
        self._fallback.start()
        first_frame.connect(self._on_frame)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def done(self) -> bool:
        """True once ``complete`` was called (or is being called)."""
        return self._done

    def finish(self) -> None:
        """Complete the start now (nothing happens the second time)."""
        if self._done:
            return
        self._done = True
        self._stop_watching()
        self._complete()

    def cancel(self) -> None:
        """Stop waiting (the window closed before its start completed): nothing completes
        it by itself any more; ``finish()`` still does when asked."""
        if not self._done:
            self._stop_watching()

    def _on_frame(self) -> None:
        if not self._done:
            self._after_frame.start()

    def _stop_watching(self) -> None:
        self._after_frame.stop()
        self._fallback.stop()
        if not self._watching:  # cancelled before
            return
        self._watching = False
        self._first_frame.disconnect(self._on_frame)
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Input to the window before the start completed: complete it first."""
        if (not self._done and event.type() in USER_INPUT and isinstance(watched, QWidget)
                and watched.window() is self._window):
            self.by_input = True
            self.finish()
        return False
