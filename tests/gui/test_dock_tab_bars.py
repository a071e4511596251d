"""The docks' tab bars are seen whole, one per group of tabs, in every language and at a
laptop's and a desktop's size: the Russian window at 1366×768 showed a sliver of tab text
("тр") left of the right-hand "Атрибуты" tab — a second tab bar of that group, made by Qt
when the arrangement made its second tab group, let go and left drawn until Qt's deferred
deletion, which a window built and looked at without an event loop never reaches
(``gui.dock_layout``).

So each window is looked at twice: as soon as it has laid itself out (``laid_out``: posted
events handled, no event loop run, so nothing Qt deletes later is gone yet — how a script
that builds the window and grabs it sees it), and once settled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel
from support.dock_tabs import dock_tab_problems, shown_tab_bars, tab_groups
from support.window import settle

from zoneeditor import i18n
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.gui.screen_fit import FRAME_ESTIMATE

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
#: Screens (less a 28-pixel desktop panel): a laptop and a desktop.
LAPTOP = QSize(1366, 768 - 28)
DESKTOP = QSize(1920, 1080 - 28)


def laid_out(window: MainWindow) -> None:
    """Let ``window`` lay itself out by its posted events, without running an event loop:
    Qt's deferred deletions (``deleteLater``) are not done (a script's look at a window)."""
    for _ in range(3):
        QApplication.processEvents()
    layout = window.layout()
    assert layout is not None
    layout.activate()


@pytest.fixture
def arranged(windows, qapp):
    """``arranged(lang, screen)``: the window in ``lang`` arranged for ``screen`` (its
    available size) and shown at the size a window manager gives it there, laid out
    (``laid_out``), not settled."""

    def make(lang: str, screen: QSize) -> MainWindow:
        assert i18n.install(qapp, lang) == lang
        window = windows.make()
        window.reset_layout(screen)
        window.resize(QSize(screen.width(), screen.height() - FRAME_ESTIMATE))
        window.show()
        laid_out(window)
        return window

    yield make
    windows.close_all()  # before the language goes back to English
    i18n.install(qapp, "en")


def names(window: MainWindow, area: Qt.DockWidgetArea) -> frozenset[str]:
    """The object names of the shown docks on side ``area``."""
    return frozenset(d.objectName() for d in window.docks.docks
                     if window.dockWidgetArea(d) == area and d.isVisibleTo(window))


@pytest.mark.parametrize("screen", [LAPTOP, DESKTOP], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("lang", ["ru", "en", "ar"])
def test_every_dock_tab_is_seen_whole(arranged, lang, screen):
    window = arranged(lang, screen)
    assert dock_tab_problems(window) == []
    settle(window)
    assert dock_tab_problems(window) == []
    for dock in window.docks.docks:  # each tab chosen in turn, as a user clicks them
        if window.tabifiedDockWidgets(dock):
            dock.raise_()
            settle(window)
            assert dock_tab_problems(window) == [], dock.objectName()


def test_the_russian_laptop_window_has_one_tab_bar_per_side(arranged):
    """Where the sliver was seen: both sides are tab groups, each with one bar, its tabs
    the side's docks."""
    window = arranged("ru", LAPTOP)
    settle(window)
    assert tab_groups(window) == {names(window, LEFT), names(window, RIGHT)}
    bars = shown_tab_bars(window)
    assert len(bars) == 2
    titles = {frozenset(bar.tabText(i) for i in range(bar.count())) for bar in bars}
    assert titles == {frozenset(d.windowTitle() for d in window.docks.docks
                                if d.objectName() in names(window, side))
                      for side in (LEFT, RIGHT)}


@pytest.mark.parametrize("lang", ["ru", "ar"])
def test_resetting_the_panels_of_a_shown_window_leaves_no_stray_tab_bar(arranged, lang):
    """View ▸ Panels ▸ Reset panel layout, twice, on the shown window; then a dock an
    add-on adds later joins the right-hand tabs."""
    window = arranged(lang, LAPTOP)
    settle(window)
    for _ in range(2):
        window.reset_layout(LAPTOP)
        laid_out(window)
        assert dock_tab_problems(window) == []
        settle(window)
        assert dock_tab_problems(window) == []
    panel = QLabel("Conflicts")
    panel.setObjectName("laterPanel")
    dock = window.add_dock(panel, "Later")
    laid_out(window)
    assert dock_tab_problems(window) == []
    settle(window)
    assert dock in window.tabifiedDockWidgets(window.findChild(QDockWidget,
                                                               "dock_attributesPanel"))
    assert dock_tab_problems(window) == []
