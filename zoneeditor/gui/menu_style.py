"""Menus show their shortcuts as keys are written, left to right, in every language.

An Arabic menu read "++Ctrl", "-+Ctrl" and "/+Ctrl" for Ctrl++, Ctrl+- and Ctrl+/. The
cause: QMenu hands the style each entry as one text, "<label>\\t<shortcut>", and the style
draws the part after the tab with the menu's painter, whose direction is the menu's — right
to left. In a right-to-left paragraph the key names ("Ctrl", "Shift", "F") are a left-to-right
run, but the neutral characters at its end ("+", "-", "/") take the paragraph's direction
and are laid out to its left. Qt offers no way to give a menu its shortcut text as left to
right, so ``MenuStyle`` gives it to the style that way: a proxy of the application's style
that, for a menu entry, wraps the shortcut text in a left-to-right isolate (LRI … PDI,
Unicode's bidi isolates: invisible, of no width) before the base style draws it. Nothing
else is drawn differently; the menus' sizes are unchanged (the marks have no width).

The window adopts its menus (``adopt``): each menu bar menu, and every submenu found in a
menu before it is shown (an add-on's submenu too). Widgets' own context menus (a text
field's Cut / Copy / Paste) keep Qt's style: their keys end in letters, which stay in place.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionMenuItem,
    QWidget,
)

#: Unicode LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE.
LRI, PDI = "\u2066", "\u2069"


def isolated_shortcut(text: str) -> str:
    """A menu entry's text "<label>\\t<shortcut>" with the shortcut isolated left to right;
    a text without a shortcut, or already isolated, as it is."""
    label, tab, keys = text.partition("\t")
    if not tab or not keys or keys.startswith(LRI):
        return text
    return f"{label}\t{LRI}{keys}{PDI}"


class MenuStyle(QProxyStyle):
    """The application's style, drawing menu entries' shortcuts left to right (see the
    module documentation). One per window, parented to it; set on its menus by ``adopt``."""

    def __init__(self, parent: QWidget) -> None:
        app_style = QApplication.style()
        super().__init__(app_style.name() if app_style is not None else None)
        self.setParent(parent)

    def adopt(self, menu: QMenu) -> None:
        """Draw ``menu`` with this style, and each submenu it holds when it is shown."""
        if menu.style() is self:
            return
        menu.setStyle(self)
        menu.aboutToShow.connect(lambda: self._adopt_submenus(menu))

    def _adopt_submenus(self, menu: QMenu) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                self.adopt(submenu)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: QWidget | None = None) -> None:
        """A menu entry with its shortcut isolated; everything else as the base style."""
        if element == QStyle.ControlElement.CE_MenuItem and isinstance(
                option, QStyleOptionMenuItem) and "\t" in option.text:
            item = QStyleOptionMenuItem(option)
            item.text = isolated_shortcut(option.text)
            super().drawControl(element, item, painter, widget)
            return
        super().drawControl(element, option, painter, widget)


__all__ = ["LRI", "PDI", "MenuStyle", "isolated_shortcut"]
