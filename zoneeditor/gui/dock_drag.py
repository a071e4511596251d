"""The height a user gave a dock by dragging the window's separator, kept for the session.

The Conflicts dock fits its height to its rows whenever their number changes
(``ConflictsPanel.fit_dock``), so the map keeps the rest. That fit also undid a height the
user had dragged: taking a side shrank a dock the user had made tall to read the list. Qt
says nothing when a separator is dragged; it moves it in ``QMainWindow``'s own mouse events
(the separators are the window's, not a child widget's). ``DockDrag`` watches those events:
a left-button press and release on the window between which the dock's height changed is the
user's resize, and ``user_height`` keeps it until the window closes, so the fit (``fit``) gives
the dock that height instead of its rows' (after a hide and show too).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


class DockDrag(QObject):
    """Notices ``dock``'s height being dragged in ``window`` (see the module documentation).
    ``user_height`` is None until the user resized the dock themselves."""

    def __init__(self, dock: QDockWidget, window: QMainWindow) -> None:
        super().__init__(dock)
        self._dock = dock
        self._window = window
        #: The dock's height when the user last finished dragging it (None: never).
        self.user_height: int | None = None
        self._pressed_height: int | None = None  # the dock's height when a drag may start
        window.installEventFilter(self)

    def fit(self, panel_height: Callable[[], int]) -> bool:
        """Give the docked, shown dock the height of its panel (``panel_height()``, its
        title bar added) or, once the user dragged it, the user's height; False (nothing
        done) while it is hidden or floating."""
        dock = self._dock
        if dock.isHidden() or dock.isFloating():
            return False
        height = self.user_height
        if height is None:
            inner: QWidget | None = dock.widget()  # None before the panel is set in it
            title = max(dock.height() - inner.height(), 0) if inner is not None else 0
            height = panel_height() + title
        self._window.resizeDocks([dock], [height], Qt.Orientation.Vertical)
        return True

    def _docked(self) -> bool:
        return self._dock.isVisible() and not self._dock.isFloating()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch the window's own left-button presses and releases (a separator's drag);
        never consumes them."""
        if watched is self._window and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton:
            if event.type() == QEvent.Type.MouseButtonPress:
                self._pressed_height = self._dock.height() if self._docked() else None
            elif event.type() == QEvent.Type.MouseButtonRelease \
                    and self._pressed_height is not None:
                before, self._pressed_height = self._pressed_height, None
                # Qt moves the separator on a timer and lays the docks out after it: the
                # dock's height is compared once the events of the drag are handled
                QTimer.singleShot(0, self, lambda: self._released(before))
        return False

    def _released(self, before: int) -> None:
        if self._docked() and self._dock.height() != before:
            self.user_height = self._dock.height()


__all__ = ["DockDrag"]
