"""Menus show shortcuts left to right in a right-to-left interface: Ctrl++, never ++Ctrl."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QMenu, QProxyStyle, QStyle

from zoneeditor import i18n
from zoneeditor.gui.menu_style import LRI, PDI, MenuStyle, isolated_shortcut


@pytest.fixture
def arabic(qapp):
    assert i18n.install(qapp, "ar") == "ar"
    yield
    i18n.install(qapp, "en")


def _plus_right_of_ctrl(text: str) -> bool:
    """In a right-to-left paragraph, whether the last "+" of ``text`` ("Ctrl++") is drawn to
    the right of its "C", as the key sequence is written."""
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout = QTextLayout(text, QFont("Noto Sans", 12))
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(400)
    layout.endLayout()
    # cursor positions inside the runs: just after the "C", just before the last "+"
    after_c, before_plus = text.index("C") + 1, text.rindex("+")
    return line.cursorToX(before_plus)[0] > line.cursorToX(after_c)[0]


def test_an_isolated_shortcut_keeps_its_order_right_to_left(qapp):
    assert not _plus_right_of_ctrl("Ctrl++")  # the bug: Qt lays it out as "++Ctrl"
    assert _plus_right_of_ctrl(f"{LRI}Ctrl++{PDI}")
    assert isolated_shortcut("Zoom in\tCtrl++") == f"Zoom in\t{LRI}Ctrl++{PDI}"
    assert isolated_shortcut("Panels") == "Panels"  # no shortcut: nothing to isolate
    assert isolated_shortcut(isolated_shortcut("a\tCtrl+/")) == f"a\t{LRI}Ctrl+/{PDI}"


def test_arabic_menus_hand_the_style_isolated_shortcuts(arabic, windows, monkeypatch):
    drawn: list[str] = []
    base = QProxyStyle.drawControl

    def record(self, element, option, painter, widget=None):
        if element == QStyle.ControlElement.CE_MenuItem:
            drawn.append(option.text)
        base(self, element, option, painter, widget)

    monkeypatch.setattr(QProxyStyle, "drawControl", record)
    window = windows.shown(QSize(1200, 800), background=False)
    assert window.isRightToLeft()
    view = window.menu("View")
    for menu in (view, window.menu("Help")):
        menu.aboutToShow.emit()
        menu.grab()  # painted as shown
    zoom = window.window_actions.act_zoom_in.text()
    assert f"{zoom}\t{LRI}Ctrl++{PDI}" in drawn
    assert any(text.endswith(f"\t{LRI}Ctrl+/{PDI}") for text in drawn)  # Help ▸ shortcuts
    assert not any("\t" in t and LRI not in t for t in drawn)


def test_every_menu_and_submenu_of_the_window_uses_the_style(windows):
    window = windows.shown(QSize(1200, 800), background=False)
    style = window.menu("File").style()
    assert isinstance(style, MenuStyle)

    def walk(menu: QMenu) -> list[QMenu]:
        menu.aboutToShow.emit()  # submenus are adopted before they are shown
        subs = [a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)]
        return [menu, *(m for s in subs for m in walk(s))]

    menus = [m for top in window.menuBar().actions() for m in walk(top.menu())]
    assert len(menus) > len(window.menuBar().actions())  # Panels, Open recent...
    assert all(m.style() is style for m in menus)
