"""The window and its screen: the room a screen offers (less task bars), the height the
window's frame, menu bar, toolbars and status bar take, keeping a window's frame on the
screen (a window saved on a larger monitor, or the default size on a small laptop), and a
shown window growing for content that got taller (``grow_to_content``)."""

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


def grow_to_content(window: QWidget) -> None:
    """Make the shown ``window`` as large as its content needs — as wide as its layout's
    minimum, as tall as the layout would like at that width — within its screen's free
    area (then kept on the screen); never smaller.

    For a word-wrapped message that got longer (a refusal naming a long server address, in
    a longer language): Qt keeps a shown window's size, and a window whose minimum width
    was set keeps that too, so the layout squeezed the fields above the message below
    their size and cut the message at the bottom, and an address wider than the window
    (it cannot be wrapped) at the right (File ▸ Open team project… on an X11 desktop).
    A window not shown yet gets its size when it is shown."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    avail = available_geometry(window)
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    width = min(max(window.width(), layout.totalMinimumSize().width()),
                avail.width() - extra.width())
    need = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
            else layout.totalSizeHint().height())
    height = min(max(window.height(), need), avail.height() - extra.height())
    if (width, height) == (window.width(), window.height()):
        return
    window.resize(width, height)
    fit_window(window, avail)


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
