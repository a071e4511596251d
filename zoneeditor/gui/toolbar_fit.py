"""Toolbars that fit the window: icons with their names beside them while a row has room,
icons only (names in the tooltips) when it has not — never buttons hidden behind ».

A long Russian or Arabic tool name made the tools row wider than a 1400-pixel window, and Qt
then hides the last buttons in an overflow menu ("Buffer zone" and "Measure" were behind »).
``ToolbarFit`` watches the window's width and, row by row of the top toolbar area, gives
each toolbar it manages the richest button style whose row still fits: first every managed
toolbar with text beside icons, then the one with the lowest ``priority`` icons-only, then
the next. Widths are measured, not guessed (each style's ``sizeHint``), so any language and
font fits; the choice is made again on every resize, so a wider window gets its names back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar

Style = Qt.ToolButtonStyle

#: Room (px) the window's toolbar layout keeps around each toolbar of a row.
BAR_SPACING = 4


class ToolbarFit(QObject):
    """Chooses text-beside-icon or icon-only for the managed toolbars of ``window``."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._bars: list[tuple[int, QToolBar]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        window.installEventFilter(self)

    def manage(self, bar: QToolBar, priority: int) -> None:
        """Let ``bar`` drop its button texts when its row is short of room; bars of lower
        ``priority`` drop them first. Its actions need icons (``gui.icons``)."""
        self._bars.append((priority, bar))
        self._bars.sort(key=lambda pb: pb[0])
        bar.installEventFilter(self)
        self.schedule()

    def schedule(self) -> None:
        """Fit again once the current events are handled (layout settled)."""
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window was resized or shown, or a toolbar moved, changed or was re-translated."""
        kinds = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LanguageChange,
                 QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange)
        bar_kinds = (QEvent.Type.ActionAdded, QEvent.Type.ActionRemoved,
                     QEvent.Type.ActionChanged, QEvent.Type.Move)
        if (watched is self._window and event.type() in kinds) or (
                watched is not self._window and event.type() in bar_kinds):
            self.schedule()
        return False

    def _rows(self) -> list[list[QToolBar]]:
        """The shown horizontal toolbars of the top area, row by row (left to right)."""
        window = self._window
        bars = [b for b in window.findChildren(QToolBar)
                if b.parent() is window and b.isVisible() and not b.isFloating()
                and window.toolBarArea(b) == Qt.ToolBarArea.TopToolBarArea]
        rows: dict[int, list[QToolBar]] = {}
        for bar in bars:
            rows.setdefault(bar.geometry().y(), []).append(bar)
        return [sorted(row, key=lambda b: b.geometry().x()) for _y, row in sorted(rows.items())]

    @staticmethod
    def width(bar: QToolBar, style: Style) -> int:
        """The width ``bar`` needs to show every button in ``style``."""
        old = bar.toolButtonStyle()
        if old != style:
            bar.setToolButtonStyle(style)
        need = bar.sizeHint().width()
        if old != style:
            bar.setToolButtonStyle(old)
        return need

    def fit(self) -> None:
        """Give each managed toolbar the richest style its row has room for."""
        managed = [bar for _p, bar in self._bars]
        room = self._window.width()
        for row in self._rows():
            mine = [bar for bar in managed if bar in row]
            if not mine:
                continue
            rich = {bar: self.width(bar, Style.ToolButtonTextBesideIcon) for bar in mine}
            bare = {bar: self.width(bar, Style.ToolButtonIconOnly) for bar in mine}
            need = sum(rich[b] if b in rich else b.sizeHint().width() for b in row)
            need += BAR_SPACING * len(row)
            styles = {bar: Style.ToolButtonTextBesideIcon for bar in mine}
            for bar in mine:  # lowest priority first
                if need <= room:
                    break
                styles[bar] = Style.ToolButtonIconOnly
                need -= rich[bar] - bare[bar]
            for bar, style in styles.items():
                if bar.toolButtonStyle() != style:
                    self._restyle(bar, style)

    @staticmethod
    def _restyle(bar: QToolBar, style: Style) -> None:
        """Give ``bar`` the button style ``style``, hidden for the change. A shown toolbar
        that is not the last of its row and grows with its new style is laid out by Qt for
        its old width inside the layout for its new one, and its » button is left shown for
        good, over a row that has room for every button (QToolBarLayout, Qt 6.11; a plain
        QMainWindow does it too). Hidden, it is laid out once, at its new width. The
        keyboard focus (the version switcher may have it) stays where it was."""
        if not bar.isVisible():
            bar.setToolButtonStyle(style)
            return
        focus = QApplication.focusWidget()
        bar.hide()
        bar.setToolButtonStyle(style)
        bar.show()
        if focus is not None and bar.isAncestorOf(focus):
            focus.setFocus()

    def texts_shown(self, bar: QToolBar) -> bool:
        """True when ``bar`` shows its buttons' names beside their icons."""
        return bar.toolButtonStyle() != Style.ToolButtonIconOnly
