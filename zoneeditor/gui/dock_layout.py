"""How the window's docks fit the screen: every dock can shrink (it scrolls), and the docks
of one side are tabs when they would not fit above each other.

Every dock the window makes goes through ``DockArrangement.add`` (``MainWindow.add_dock``
calls it, so a panel an add-on adds later joins the same arrangement):

- its panel sits in a frameless ``QScrollArea`` (``scrolling``): a dock can be made as small
  as the user likes, or as the screen forces, and then scrolls; a panel is never squeezed
  below its minimum size, so no field is drawn over another and no dock pushes the window
  beyond the screen (a 1366×768 laptop);
- with no arrangement saved from an earlier run (or after View ▸ Panels ▸ Reset panel
  layout), ``arrange`` lays the docks out for the screen: the docks of one side are stacked
  when their preferred heights fit the height left for docks, else they become tabs of one
  group, the first dock added in front. A dock added after that joins its side's tab group
  when that side is tabbed;
- what the user arranged is saved and restored by the window (``QMainWindow.saveState``);
  a dock added after the restore gets its saved place back (``restoreDockWidget``) or joins
  the arrangement.

Qt (6.11) and tab bars: a tab bar Qt stops using is deleted later (``deleteLater``), and
drawn where it last was until then; a window laid out outside an event loop (a script that
builds it and grabs it after ``processEvents``) keeps it for good. Two things made such
bars here: making a second tab group with ``QMainWindow.tabifyDockWidget`` makes that
group's tab bar twice (``tabify`` says why, and makes groups without it), and ``arrange``
replaces the bars of the groups it undoes (it hides them at once). The first showed as a
sliver of tab text ("тр" of "Атрибуты") left of the right-hand tabs of the Russian window
at 1366×768. Docks become tabs through ``tabify`` only.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)

Area = Qt.DockWidgetArea

#: Largest share of the screen's width a side's docks get at first (the map keeps the rest).
SIDE_SHARE = 0.3
#: Height (px) taken by the window frame, menu bar, toolbars and status bar when they cannot
#: be measured yet (before the window is laid out): what is left is the docks' room.
CHROME_ESTIMATE = 150


def scrolling(panel: QWidget) -> QScrollArea:
    """``panel`` in a frameless scroll area that follows the panel's size (the dock's widget):
    the dock can shrink below the panel's minimum size, and the panel then scrolls."""
    area = QScrollArea()
    area.setObjectName(f"scroll_{panel.objectName()}")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(panel)
    return area


class DockArrangement(QObject):
    """The docks of one window, their default places, and how they fit the screen."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._docks: list[tuple[QDockWidget, Area]] = []
        #: Docks their add-on shows when there is something in them (``add(on_demand=)``).
        self._on_demand: list[QDockWidget] = []
        self._arranged = False
        self._tabbed: set[Area] = set()
        window.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                              | QMainWindow.DockOption.AllowTabbedDocks
                              | QMainWindow.DockOption.AllowNestedDocks)
        # Tabs above the panels: the names of the hidden panels are read first.
        window.setTabPosition(Qt.DockWidgetArea.AllDockWidgetAreas, QTabWidget.TabPosition.North)

    @property
    def docks(self) -> list[QDockWidget]:
        """Every dock, in the order added."""
        return [d for d, _area in self._docks]

    def on_demand(self, dock: QDockWidget) -> bool:
        """True for a dock its add-on shows when it has something in it (``add``)."""
        return dock in self._on_demand

    def default_area(self, dock: QDockWidget) -> Area:
        """The side ``dock`` was added to."""
        for d, area in self._docks:
            if d is dock:
                return area
        raise KeyError(dock.objectName())

    def add(self, dock: QDockWidget, area: Area, on_demand: bool = False) -> None:
        """Put ``dock`` on side ``area``; once the docks were arranged or restored, it gets
        its saved place back, or joins its side's tab group. An ``on_demand`` dock starts
        hidden and ``arrange`` leaves its visibility alone: an empty panel shown on a
        laptop screen would take the room of the others."""
        window = self._window
        self._docks.append((dock, area))
        if on_demand:
            self._on_demand.append(dock)
            dock.hide()
        # After a restore, Qt keeps the saved place of a dock it did not know yet
        if self._arranged and window.restoreDockWidget(dock):
            return
        window.addDockWidget(area, dock)
        if self._arranged and self.tabbed(area):
            first = next((d for d, _a in self._docks if d is not dock and not d.isFloating()
                          and window.dockWidgetArea(d) == area), None)
            if first is not None:
                tabify(window, first, [dock])
                first.raise_()

    def restored(self) -> None:
        """The window restored a saved arrangement: docks added from now on join it."""
        self._arranged = True
        self._tabbed = set()  # as the user left them: asked of the window (``tabbed``)

    def arrange(self, screen: QSize, chrome: int = CHROME_ESTIMATE) -> None:
        """The default arrangement for a screen of size ``screen``: each side's docks where
        they were added, stacked when their preferred heights fit ``screen`` less
        ``chrome`` (frame, menu, toolbars, status bar), else as tabs of one group with the
        first added in front."""
        window = self._window
        room = screen.height() - chrome
        self._tabbed = set()
        replaced = tab_bars(window)  # every group is undone: Qt stops using these bars
        for dock, area in self._docks:  # back to where each was added, all shown
            shown = not dock.isHidden() if dock in self._on_demand else True
            if dock.isFloating():
                dock.setFloating(False)
            window.removeDockWidget(dock)
            window.addDockWidget(area, dock)
            dock.setVisible(shown)
        for area in (Area.LeftDockWidgetArea, Area.RightDockWidgetArea,
                     Area.TopDockWidgetArea, Area.BottomDockWidgetArea):
            side = [d for d, a in self._docks if a == area and d not in self._on_demand]
            if len(side) < 2:
                continue
            vertical = area in (Area.LeftDockWidgetArea, Area.RightDockWidgetArea)
            need = sum(self._preferred(d, vertical) for d in side)
            if need > (room if vertical else screen.width()):
                tabify(window, side[0], side[1:])
                side[0].raise_()
                self._tabbed.add(area)
        for area in (Area.LeftDockWidgetArea, Area.RightDockWidgetArea):
            side = [d for d, a in self._docks if a == area]
            if side:  # as wide as its widest panel would like, within a share of the screen
                width = max(self._preferred(d, vertical=False) for d in side)
                width = min(width, round(screen.width() * SIDE_SHARE))
                window.resizeDocks([side[0]], [width], Qt.Orientation.Horizontal)
        for bar in replaced:  # Qt lets them go at its next layout (deleted later)
            if shiboken6.isValid(bar):
                bar.hide()
        for bar in tab_bars(window):
            if bar not in replaced:  # the new groups' bars (one each: ``tabify``)
                # Qt shows them when their geometry animation ends, on a later turn of the
                # event loop; the arrangement is whole at once
                bar.show()
        self._arranged = True

    @staticmethod
    def _preferred(dock: QDockWidget, vertical: bool) -> int:
        """The length ``dock`` would like along its side (its title bar included)."""
        # None for a dock without content (the stub of QDockWidget.widget says never)
        inner: QWidget | None = dock.widget()
        if isinstance(inner, QScrollArea) and inner.widget() is not None:
            inner = inner.widget()
        hint = inner.sizeHint() if inner is not None else dock.sizeHint()
        title = dock.fontMetrics().height() + 8
        return hint.height() + title if vertical else hint.width()

    def tabbed(self, area: Area) -> bool:
        """True when the docks on side ``area`` are tabs of one group (arranged so, or by
        the user; Qt reports tabs made by the user once its events were handled)."""
        window = self._window
        return area in self._tabbed or any(
            window.tabifiedDockWidgets(d) for d, _a in self._docks
            if not d.isFloating() and window.dockWidgetArea(d) == area)


def tab_bars(window: QMainWindow) -> list[QTabBar]:
    """The dock tab bars on ``window`` (Qt's, made for its groups of tabbed docks)."""
    return [bar for bar in window.findChildren(QTabBar) if bar.parentWidget() is window]


def tabify(window: QMainWindow, first: QDockWidget, docks: list[QDockWidget]) -> None:
    """Make ``docks`` (docked, none of them a tab yet) tabs of ``first``'s group, a new
    group when ``first`` is alone, with one tab bar for it.

    Why not ``window.tabifyDockWidget(first, dock)`` alone: Qt takes ``dock`` out of the
    layout first, which leaves the layout to be redone; a new group then asks for its tab
    bar, and while the window has another group Qt lays the window out from inside that
    request, where the half-made group asks for a bar again: it gets two, keeps the second
    and lets the first go (drawn until its deletion, see the module's text). Taking the
    docks out of the layout beforehand (their visibility kept) and laying the window out
    once lets the request find nothing to redo: one bar."""
    # Closed (hidden on purpose) stays closed; a dock not shown yet is not closed
    closed = {dock: dock.isHidden()
              and dock.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
              for dock in docks}
    for dock in docks:
        window.removeDockWidget(dock)  # hides it
        dock.setVisible(not closed[dock])
    layout = window.layout()
    if layout is not None:
        layout.activate()
    for dock in docks:
        window.tabifyDockWidget(first, dock)


def reveal_dock(widget: QWidget) -> None:
    """Show the dock holding ``widget`` (the user may have closed it) and bring it forward."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    if parent is not None:
        parent.show()
        parent.raise_()
