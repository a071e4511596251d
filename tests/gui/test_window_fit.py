"""The window fits a 1366×768 laptop in English, Arabic and Russian, and 1280×720 with the
docks closed: no dock, field, toolbar button or status text clipped, squeezed, overlapping
another or hidden behind », the minimum size within the screen; the docks of a side become
tabs when they do not fit above each other, a dock added later joins them, and every dock
gets back the place the user gave it (also the add-ons' Problems and Changes docks)."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDockWidget,
    QLabel,
    QLayout,
    QMainWindow,
    QSizePolicy,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)
from support.dock_tabs import dock_tab_problems
from support.window import LAPTOP, settle

from zoneeditor import i18n
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.gui.screen_fit import FRAME_ESTIMATE
from zoneeditor.gui.toolbar_fit import ToolbarFit

#: A 1280×720 screen less its panel.
SMALL = QSize(1280, 720 - 28)
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


@pytest.fixture
def make_window(windows, qapp):
    """``make(lang, screen)``: the window in ``lang``, laid out for a screen of ``screen``
    (available size) and sized as a window manager would (its frame within the screen)."""

    def make(lang: str = "en", screen: QSize = LAPTOP, settings: str = "settings.ini",
             arrange: bool = True) -> MainWindow:
        assert i18n.install(qapp, lang) == lang
        w = windows.make(settings=settings)
        if arrange:
            w.reset_layout(screen)
        size = QSize(screen.width(), screen.height() - FRAME_ESTIMATE)
        return windows.show(w, size, background=False)

    yield make
    windows.close_all()  # before the language goes back to English
    i18n.install(qapp, "en")


# -- what "fits" means --------------------------------------------------------------------------
def _scrolled(widget: QWidget) -> bool:
    """True when ``widget`` sits in a scroll area's viewport (it may extend beyond it)."""
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def _managed(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places (through its nested layouts)."""
    out = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            out.append(item.widget())
        elif item.layout() is not None:
            out.extend(_managed(item.layout()))
    return out


def _behind(widget: QWidget) -> bool:
    """True for a dock (or a widget in one) that is a tab behind another tab of its group:
    shown when its tab is chosen (each tab is checked then)."""
    w: QWidget | None = widget
    while w is not None and not isinstance(w, QDockWidget):
        w = w.parentWidget()
    if w is None or w.isFloating():
        return False
    window = w.parentWidget()
    return (isinstance(window, QMainWindow) and bool(window.tabifiedDockWidgets(w))
            and w.visibleRegion().isEmpty())


def _parked(widget: QWidget) -> bool:
    """True for a dock tab bar Qt keeps off the window while its docks are closed."""
    parent = widget.parentWidget()
    return (isinstance(widget, QTabBar) and isinstance(parent, QMainWindow)
            and not parent.rect().intersects(widget.geometry()))


def _shown(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.width() > 0 and widget.height() > 0
            and not _behind(widget) and not _parked(widget))


def settled(window: MainWindow) -> list[str]:
    """What does not fit once the window has laid itself out (toolbars choose their style
    on the next turns of the event loop): ``support.window.settle`` waits for the layout
    events to stop, not for a time, so a loaded machine cannot end the wait early."""
    settle(window)
    return fit_problems(window)


def fit_problems(window: QMainWindow) -> list[str]:
    """Everything of the window that does not fit, in words (empty when all fits)."""
    problems = []

    def name(w: QWidget) -> str:
        return f"{type(w).__name__} {w.objectName()!r}"

    for w in [window, *window.findChildren(QWidget)]:
        if not _shown(w) or (w.isWindow() and w is not window):
            continue
        parent = w.parentWidget()
        if w is not window and parent is not None and not _scrolled(w) \
                and not parent.rect().contains(w.geometry()):
            problems.append(f"{name(w)} {w.geometry()} reaches out of {name(parent)} "
                            f"{parent.rect()}")
        layout = w.layout()
        if layout is None:
            continue
        placed = [c for c in _managed(layout) if _shown(c) and c.parentWidget() is w]
        for c in placed:  # squeezed below its minimum: drawn over its neighbours
            hint, policy = c.minimumSizeHint(), c.sizePolicy()
            ignored = QSizePolicy.Policy.Ignored
            if (policy.verticalPolicy() != ignored and c.height() < hint.height()) or (
                    policy.horizontalPolicy() != ignored and c.width() < hint.width()):
                problems.append(f"{name(c)} is {c.size()}, less than its minimum {hint}")
        for a, b in itertools.combinations(placed, 2):
            if a.geometry().intersects(b.geometry()):
                problems.append(f"{name(a)} {a.geometry()} overlaps {name(b)} {b.geometry()}")
    for bar in window.findChildren(QToolBar):
        if not _shown(bar):
            continue
        ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if ext is not None and ext.isVisible():
            problems.append(f"toolbar {bar.objectName()} hides buttons behind »")
        for act in bar.actions():
            widget = bar.widgetForAction(act)
            if act.isVisible() and not act.isSeparator() and (
                    widget is None or not widget.isVisible()):
                problems.append(f"{act.text()!r} is not shown in {bar.objectName()}")
            elif isinstance(widget, QComboBox) and widget.width() < widget.sizeHint().width():
                problems.append(f"{widget.objectName()} is cut: {widget.width()} px for "
                                f"{widget.sizeHint().width()}")
    for label in window.statusBar().findChildren(QLabel):
        if _shown(label) and label.text():
            need = label.fontMetrics().horizontalAdvance(label.text())
            if need > label.contentsRect().width():
                problems.append(f"status text {label.text()!r} is cut ({need} px for "
                                f"{label.contentsRect().width()})")
    for tabs in window.findChildren(QTabBar):
        if _shown(tabs) and tabs.parentWidget() is window:
            for i in range(tabs.count()):
                if not tabs.rect().contains(tabs.tabRect(i)):
                    problems.append(f"dock tab {tabs.tabText(i)!r} is cut")
    problems.extend(dock_tab_problems(window))  # covered by another widget, a bar too many
    return problems


def show_status_texts(window: MainWindow) -> None:
    """Fill the status bar as it is while working: a position, a scale, a tool."""
    window.canvas.cursor_moved.emit(36.63457, 35.41862)
    window.window_actions.act_dms.setChecked(True)


# -- the tests -----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_the_window_fits_a_laptop_screen(make_window, lang):
    window = make_window(lang)
    show_status_texts(window)
    window.editor.switch_version("Proposal B")
    window.selection.set({"zone-idlib"})  # the Attributes panel filled in
    problems = settled(window)  # laid out again
    minimum = window.minimumSizeHint()
    assert minimum.width() <= LAPTOP.width() and \
        minimum.height() <= LAPTOP.height() - FRAME_ESTIMATE, minimum
    assert window.size() == QSize(LAPTOP.width(), LAPTOP.height() - FRAME_ESTIMATE)
    for dock in window.docks.docks:
        assert dock.minimumSizeHint().height() <= 200, dock.objectName()
    assert "\n".join(problems) == ""
    # the right side's docks are tabs (they do not fit above each other), Attributes first
    right = [d for d in window.docks.docks if window.dockWidgetArea(d) == RIGHT]
    assert len(right) >= 3 and window.docks.tabbed(RIGHT)
    assert right[0].objectName() == "dock_attributesPanel" and not right[0].visibleRegion(
    ).isEmpty()
    # every tab of the group fits when shown, and at the width the window gives its side
    # no panel needs a horizontal scroll bar (the Changes panel in Russian did)
    for dock in right:
        dock.raise_()
        assert settled(window) == [], dock.objectName()
        assert not dock.widget().horizontalScrollBar().isVisible(), dock.objectName()
    for dock in window.docks.docks:
        if dock not in right:
            assert not dock.widget().horizontalScrollBar().isVisible(), dock.objectName()
    # the map keeps most of the width
    assert window.canvas.width() >= LAPTOP.width() * 0.45


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_a_small_screen_with_the_docks_closed(make_window, lang):
    window = make_window(lang, SMALL)
    show_status_texts(window)
    assert settled(window) == []
    for dock in window.docks.docks:
        if dock.isVisible():
            dock.toggleViewAction().trigger()  # View ▸ Panels, as a user closes them
    assert not any(d.isVisible() for d in window.docks.docks)
    assert settled(window) == []
    assert window.canvas.width() == window.width()  # all map


def test_forced_shorter_nothing_overlaps(make_window):
    """The tester forced the window shorter than its minimum then was: the Problems header
    lay over the Notes field and the status bar over the Changes summary. Now the docks
    scroll, also stacked."""
    window = make_window("en", QSize(1366, 600))
    for dock in window.docks.docks:  # everything stacked again, as a user may arrange it
        window.removeDockWidget(dock)
        window.addDockWidget(window.docks.default_area(dock), dock)
        dock.show()
    assert settled(window) == []
    assert window.minimumSizeHint().height() <= 600 - FRAME_ESTIMATE


def test_a_roomy_screen_keeps_the_docks_stacked(make_window):
    window = make_window("en", QSize(1920, 1600))
    assert settled(window) == []
    assert not window.docks.tabbed(RIGHT)
    assert all(not window.tabifiedDockWidgets(d) for d in window.docks.docks)


def test_a_dock_added_later_joins_its_sides_tabs(make_window):
    window = make_window("en")
    panel = QLabel("Conflicts")
    panel.setObjectName("conflictsPanel")
    dock = window.add_dock(panel, "Conflicts")  # as another add-on's panel will be
    settle(window)
    assert window.dockWidgetArea(dock) == RIGHT
    attributes = window.findChild(QDockWidget, "dock_attributesPanel")
    assert dock in window.tabifiedDockWidgets(attributes)
    assert dock.widget().widget() is panel  # in a scroll area: it shrinks, the panel scrolls
    assert dock.toggleViewAction() in window.findChild(type(window.menu("View")),
                                                       "menuPanels").actions()


def test_an_on_demand_dock_keeps_out_of_the_way_until_it_has_something(make_window):
    """The Conflicts dock (below the map) took a third of a laptop's height with nothing in
    it: a dock its add-on shows on demand stays hidden through the arrangement, and once
    shown it stays shown when the layout is reset."""
    window = make_window("en")
    conflicts = window.findChild(QDockWidget, "dock_conflictsPanel")
    assert window.docks.on_demand(conflicts) and not conflicts.isVisible()
    window.reset_layout(LAPTOP)
    settle(window)
    assert not conflicts.isVisible()
    conflicts.show()  # as the panel does when a merge leaves conflicts
    window.reset_layout(LAPTOP)
    settle(window)
    assert conflicts.isVisible()
    assert all(not window.docks.on_demand(d) for d in window.docks.docks if d is not conflicts)


def test_docks_get_back_the_place_the_user_gave_them(make_window):
    """The Problems and Changes docks (installed by add-ons) too: the saved arrangement
    is restored once every dock exists."""
    first = make_window("en", settings="moved.ini")
    problems = first.findChild(QDockWidget, "dock_problemsPanel")
    changes = first.findChild(QDockWidget, "dock_diffPanel")
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    first.addDockWidget(left, problems)
    changes.setFloating(True)
    changes.setGeometry(QRect(200, 150, 700, 500))
    first.docks.docks[0].hide()  # Layers closed
    settle(first)
    first.close()  # saves the arrangement
    again = make_window("en", settings="moved.ini", arrange=False)
    problems = again.findChild(QDockWidget, "dock_problemsPanel")
    changes = again.findChild(QDockWidget, "dock_diffPanel")
    assert again.dockWidgetArea(problems) == left and problems.isVisible()
    assert changes.isFloating() and changes.size() == QSize(700, 500)
    assert not again.docks.docks[0].isVisible()
    # and View ▸ Panels ▸ Reset panel layout puts every dock back, arranged
    again.reset_layout(LAPTOP)
    settle(again)
    assert again.dockWidgetArea(problems) == RIGHT and not changes.isFloating()
    assert all(d.isVisibleTo(again) or again.tabifiedDockWidgets(d) for d in again.docks.docks
               if not again.docks.on_demand(d))
    assert again.docks.docks[0].isVisible()


@pytest.mark.parametrize("width", [1366, 1400])
def test_the_russian_toolbar_shows_every_tool(make_window, width):
    """At 1400 px "Buffer zone" and "Measure" were behind » in Russian: now every tool
    button is shown, as an icon with its name in the tooltip when names do not fit."""
    window = make_window("ru", QSize(width, 900))
    assert settled(window) == []
    bar = window.window_actions.tools_toolbar
    for cls, act in window.window_actions.tool_actions.items():
        button = bar.widgetForAction(act)
        assert button is not None and button.isVisible(), cls.name
        assert bar.rect().contains(button.geometry()), cls.name
        assert not act.icon().isNull()
        assert act.toolTip() and act.toolTip() != cls.name  # the Russian name and key
    if not window.toolbar_fit.texts_shown(bar):  # icons only: the row could not hold names
        assert ToolbarFit.width(bar, Qt.ToolButtonStyle.ToolButtonTextBesideIcon) > width


def test_names_come_back_when_there_is_room(make_window):
    window = make_window("ru", QSize(1366, 900))
    bar = window.window_actions.tools_toolbar
    settle(window)
    assert not window.toolbar_fit.texts_shown(bar)
    window.resize(2400, 900)
    assert settled(window) == []
    assert window.toolbar_fit.texts_shown(bar)
    window.resize(1366, 900)
    assert settled(window) == []
    assert not window.toolbar_fit.texts_shown(bar)
