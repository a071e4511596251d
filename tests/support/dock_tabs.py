"""What a person sees of a main window's dock tab bars, in words (for GUI tests).

A dock tab bar is whole when every one of its tabs lies inside the part of the bar that is
not covered by another widget (``QWidget.visibleRegion``): a tab drawn under another widget
shows as a fragment of its text. And a window shows exactly one tab bar per group of tabbed
docks: Qt 6.11 once left a second bar of the right-hand group behind on the window, whose
uncovered strip drew a sliver ("тр" of "Атрибуты") beside the real tabs in the Russian window
at 1366×768 (``gui.dock_layout.tabify``). Bars Qt parks off the window for groups whose docks
are all closed are not shown and not counted.
"""

from __future__ import annotations

from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar


def shown_tab_bars(window: QMainWindow) -> list[QTabBar]:
    """The window's dock tab bars a person can see: shown, on the window, not empty."""
    return [bar for bar in window.findChildren(QTabBar)
            if bar.parentWidget() is window and bar.isVisible() and bar.count() > 0
            and window.rect().intersects(bar.geometry())]


def tab_groups(window: QMainWindow) -> set[frozenset[str]]:
    """The groups of tabbed docks that are not floating and have a shown dock, by their
    docks' object names."""
    groups = set()
    for dock in window.findChildren(QDockWidget):
        mates = window.tabifiedDockWidgets(dock)
        if dock.isFloating() or not mates:
            continue
        group = [dock, *mates]
        if any(d.isVisibleTo(window) for d in group):
            groups.add(frozenset(d.objectName() for d in group))
    return groups


def dock_tab_problems(window: QMainWindow) -> list[str]:
    """Every dock tab that is not seen whole, and every tab bar too many, in words (empty
    when all is well)."""
    problems = []
    bars = shown_tab_bars(window)
    for bar in bars:
        seen = bar.visibleRegion()
        for i in range(bar.count()):
            rect = bar.tabRect(i)
            if not QRegion(rect).subtracted(seen).isEmpty():
                problems.append(f"dock tab {bar.tabText(i)!r} at {rect} of the bar at "
                                f"{bar.geometry()} is partly covered: a fragment is shown")
    groups = tab_groups(window)
    if len(bars) != len(groups):
        texts = [[bar.tabText(i) for i in range(bar.count())] for bar in bars]
        problems.append(f"{len(bars)} dock tab bars shown for {len(groups)} tab groups: "
                        f"{texts}")
    return problems
