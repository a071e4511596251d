"""The window and its screen: the room a screen offers (less task bars), the height the
window's frame, menu bar, toolbars and status bar take, and keeping a window's frame on the
screen (a window saved on a larger monitor, or the default size on a small laptop)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

if TYPE_CHECKING:
    from zoneeditor.gui.dock_layout import DockArrangement

#: Height of a window manager's title bar and frame, until the real frame is known.
FRAME_ESTIMATE = 32


def available_geometry(widget: QWidget) -> QRect:
    """The part of ``widget``'s screen (the primary one before it is on a screen) that
    windows may use."""
    screen = widget.screen()
    if screen is None:  # not yet on a screen (the stub types it as never None)
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def chrome_height(window: QMainWindow) -> int:
    """Height taken by the frame, menu bar, toolbar rows and status bar (estimated from
    their size hints before the window is laid out)."""
    top = Qt.ToolBarArea.TopToolBarArea
    bars = [b for b in window.findChildren(QToolBar)
            if b.parent() is window and not b.isHidden() and window.toolBarArea(b) == top]
    rows = 1 + sum(1 for b in bars[1:] if window.toolBarBreak(b)) if bars else 0
    bar_height = max((b.sizeHint().height() for b in bars), default=0)
    return (FRAME_ESTIMATE + window.menuBar().sizeHint().height() + rows * bar_height
            + window.statusBar().sizeHint().height())


def fit_window(window: QWidget, avail: QRect) -> None:
    """Shrink and move ``window`` so its frame lies within ``avail``."""
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    width = min(window.width(), avail.width() - extra.width())
    height = min(window.height(), avail.height() - extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), avail.x()), avail.right() + 1 - frame.width())
    y = min(max(frame.y(), avail.y()), avail.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class FitsScreen(QMainWindow):
    """A main window whose frame is kept on the screen and whose docks are arranged for it
    (``MainWindow``'s base)."""

    docks: DockArrangement
    #: The size the window gave itself before its first show (None once shown, or when a
    #: caller resized it): the first show fits that size to the screen.
    _fitted_size: QSize | None

    def reset_layout(self, screen: QSize | None = None) -> None:
        """View ▸ Panels ▸ Reset panel layout: every dock back to its side, shown, arranged
        for ``screen`` (default: the window's screen, less its task bars); toolbars shown."""
        size = screen if screen is not None else available_geometry(self).size()
        for bar in self.findChildren(QToolBar):
            if bar.parent() is self:
                bar.show()
        self.docks.arrange(size, chrome_height(self))

    def fit_on_screen(self, available: QRect | None = None) -> None:
        """Shrink and move the window so its frame lies within ``available`` (default: its
        screen less task bars): a window saved on a larger monitor, or the default size on a
        small laptop, never reaches off the screen."""
        fit_window(self, available if available is not None else available_geometry(self))

    def showEvent(self, event: QShowEvent) -> None:
        """At the first show, a size the window chose itself (default or saved) is fitted
        to the screen, now that the frame is known."""
        super().showEvent(event)
        if self._fitted_size is not None and self._fitted_size == self.size():
            self.fit_on_screen()
        self._fitted_size = None
