""""Show large": the Changes panel's dock floated as a large window over the map, with every
column of the table; again, or the dock's own float button, puts it back.

Large is ``LARGE_SHARE`` of the window, or wider when the table needs more to show every
column and every feature's both names whole (within the screen): at 80 % of a 1366-pixel
window the Russian titles left the names 199 px, "Northern Hama" without "ريف حماة الشمالي".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget, QPushButton

#: "Show large" floats the panel over this share of the window's width and height.
LARGE_SHARE = 0.8
#: Room (px) kept between a large panel made wider than that and the screen's edges.
SCREEN_MARGIN = 8


def _tr(text: str) -> str:
    # the panel's context: these strings were the panel's and are translated under it
    return QCoreApplication.translate("DiffPanel", text)


class LargeView(QObject):
    """Floats ``dock`` large and back; keeps ``button`` (checkable) in step and calls
    ``changed()`` after every switch (the table shows other columns). ``table`` and
    ``wanted()`` (the table's width that shows every column whole) make it wider when the
    share of the window is not enough."""

    def __init__(self, button: QPushButton, changed: Callable[[], None],
                 table: QAbstractScrollArea | None = None,
                 wanted: Callable[[], int] | None = None) -> None:
        super().__init__(button)
        self._button = button
        self._changed = changed
        self._table = table
        self._wanted = wanted
        self._dock: QDockWidget | None = None
        button.setCheckable(True)
        button.setText(_tr("Show large"))
        button.setToolTip(_tr("Show the changes in a large window of their own, "
                                  "with every column (again: back in the dock)"))
        button.toggled.connect(self.show)

    def set_dock(self, dock: QDockWidget) -> None:
        """The dock the panel lives in."""
        self._dock = dock
        dock.topLevelChanged.connect(self._on_floating)

    @property
    def large(self) -> bool:
        """True while the changes are shown large (the dock floats on its own)."""
        return self._dock is not None and self._dock.isFloating()

    def show(self, on: bool) -> None:
        """Float the dock over the middle of the window, ``LARGE_SHARE`` of its size; off:
        back in its place in the window."""
        dock = self._dock
        if dock is None or on == self.large:
            return
        if not on:
            dock.setFloating(False)
            dock.raise_()  # in front of its tab group again
            return
        around = self._around_table(dock)  # measured docked: the panel around the table
        dock.setFloating(True)  # every column shown now (``changed``)
        need = self._wanted() + around if self._wanted is not None else 0
        main = dock.parentWidget()
        frame = main.window().geometry() if main is not None else dock.geometry()
        width, height = round(frame.width() * LARGE_SHARE), round(frame.height() * LARGE_SHARE)
        x, y = frame.x() + (frame.width() - width) // 2, frame.y() + (frame.height() - height) // 2
        screen = dock.screen().availableGeometry()
        wider = min(need, screen.width() - 2 * SCREEN_MARGIN)
        if wider > width:  # wider, centred on the window, within the screen
            width = wider
            x = frame.x() + (frame.width() - width) // 2
            x = max(screen.left() + SCREEN_MARGIN,
                    min(x, screen.right() + 1 - SCREEN_MARGIN - width))
        dock.setGeometry(x, y, width, height)
        dock.show()
        dock.raise_()

    def _around_table(self, dock: QDockWidget) -> int:
        """The dock's width beyond its table's room (the panel's margins and frames), a
        vertical scroll bar's room included."""
        table = self._table
        if table is None:
            return 0
        around = dock.width() - table.viewport().width()
        if not table.verticalScrollBar().isVisible():
            around += table.verticalScrollBar().sizeHint().width()
        return around

    def _on_floating(self, floating: bool) -> None:
        button = self._button
        button.blockSignals(True)
        button.setChecked(floating)
        button.blockSignals(False)
        button.setText(_tr("Back in the dock") if floating else _tr("Show large"))
        self._changed()
