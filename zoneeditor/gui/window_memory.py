"""The window as the user left it: its size and place, and the docks' and toolbars'
arrangement, saved in the settings when it closes and restored at the next start (a fresh
arrangement for the screen when there is none, or when it is from an older layout)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QMainWindow

from zoneeditor.gui.dock_layout import DockArrangement
from zoneeditor.gui.screen_fit import FRAME_ESTIMATE, available_geometry, chrome_height
from zoneeditor.gui.settings import Settings

#: The window's size on a first start (shrunk to fit a smaller screen).
DEFAULT_SIZE = QSize(1400, 900)
#: Version of the saved dock and toolbar arrangement: raised when the docks changed so much
#: that an older arrangement must not be restored (it is then arranged afresh).
STATE_VERSION = 2


def restore_geometry(window: QMainWindow, settings: Settings) -> None:
    """The window's saved size and place, else the default size at the screen's corner."""
    geometry, _state = settings.window_state()
    if not (geometry and window.restoreGeometry(QByteArray(geometry))):
        avail = available_geometry(window)
        window.resize(min(DEFAULT_SIZE.width(), avail.width()),
                      min(DEFAULT_SIZE.height(), avail.height() - FRAME_ESTIMATE))
        window.move(avail.topLeft())


def restore_arrangement(window: QMainWindow, settings: Settings,
                        docks: DockArrangement) -> None:
    """The docks and toolbars as the user left them, or arranged for this screen."""
    _geometry, state = settings.window_state()
    if state and window.restoreState(QByteArray(state), STATE_VERSION):
        docks.restored()
    else:
        docks.arrange(available_geometry(window).size(), chrome_height(window))


def save_arrangement(window: QMainWindow, settings: Settings) -> None:
    """Remember the window's size, place and arrangement for the next start."""
    settings.set_window_state(bytes(window.saveGeometry().data()),
                              bytes(window.saveState(STATE_VERSION).data()))
