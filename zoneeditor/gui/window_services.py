"""The window's side of ``gui.services.WindowServices``: its menus, docks, toolbars, File menu
entries, status bar and error messages, as panels and add-ons use them (``MainWindow``'s base;
architecture.md, "The GUI floor")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QToolBar, QWidget

from zoneeditor.gui.menu_style import MenuStyle
from zoneeditor.gui.screen_fit import FitsScreen

if TYPE_CHECKING:
    from zoneeditor.gui.toolbar_rows import ToolbarRows
    from zoneeditor.gui.window_actions import WindowActions
    from zoneeditor.gui.window_focus import PaneFocus


#: The menu bar's titles with their Alt letters (Alt+F opens File), by the names panels and
#: add-ons ask for (``menu("File")``); a translation gives each its own letter. A menu not
#: listed here is titled by its name, translated, with no Alt letter.
MENU_TITLES = {
    "File": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "Edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "View": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "Tools": QT_TRANSLATE_NOOP("MainWindow", "&Tools"),
    "Version": QT_TRANSLATE_NOOP("MainWindow", "Ve&rsion"),
    "Layer": QT_TRANSLATE_NOOP("MainWindow", "&Layer"),
    "Help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}


def menu_title(name: str) -> str:
    """The title of the menu called ``name`` in the interface language, with its Alt letter
    (``MENU_TITLES``)."""
    return QCoreApplication.translate("MainWindow", str(MENU_TITLES.get(name, name)))


class ServingWindow(FitsScreen):
    """A main window that offers ``WindowServices`` (the menus by name, docks that join the
    arrangement, toolbar rows); ``MainWindow`` makes what these need when it is built."""

    _menus: dict[str, QMenu]
    #: Draws the menus' shortcuts left to right in any language (``gui.menu_style``).
    _menu_style: MenuStyle
    _panels_menu: QMenu
    toolbar_rows: ToolbarRows
    window_actions: WindowActions
    pane_focus: PaneFocus

    @property
    def main_widget(self) -> QWidget:
        """The window itself: the parent of dialogs, actions and toolbars."""
        return self

    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` ("File", "Edit", "View", "Tools", "Version", "Help"),
        created (before Help) if it does not exist yet."""
        if name not in self._menus:
            bar = self.menuBar()
            menu = QMenu(menu_title(name), self)
            menu.setObjectName(f"menu{name}")
            self._menu_style.adopt(menu)
            help_menu = self._menus.get("Help")
            if help_menu is not None:
                bar.insertMenu(help_menu.menuAction(), menu)
            else:
                bar.addMenu(menu)
            self._menus[name] = menu
        return self._menus[name]

    def add_dock(self, widget: QWidget, title: str,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
                 on_demand: bool = False) -> QDockWidget:
        """Put ``widget`` in a dock (listed in View ▸ Panels); returns the dock. The dock is
        named ``dock_<widget's objectName>`` so its place is restored next time; its widget is
        a scroll area holding ``widget`` (a dock shrinks, the panel scrolls), and it joins the
        window's dock arrangement (``gui.dock_layout``: tabbed with its side's docks when
        they do not fit the screen above each other). An ``on_demand`` dock starts hidden
        and keeps its visibility when the docks are arranged (its add-on shows it)."""
        from zoneeditor.gui.dock_layout import scrolling

        if not widget.objectName():
            raise ValueError(f"give the {type(widget).__name__} an objectName before docking "
                             "it: the window remembers docks by name")
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{widget.objectName()}")
        dock.setWidget(scrolling(widget))
        self.docks.add(dock, area, on_demand)
        self._panels_menu.addAction(dock.toggleViewAction())
        self.pane_focus.dock_added(dock)  # F6 visits it, Ctrl+digit shows it, Esc leaves it
        return dock

    def add_toolbar(self, bar: QToolBar, new_row: bool = False) -> None:
        """Show ``bar`` at the end of the first toolbar row (the main one), or, with
        ``new_row``, on a row of its own below the others. Once the saved arrangement was
        restored, a new toolbar goes at the end of the last row (the user's rows stay)."""
        self.toolbar_rows.add(bar, new_row)

    def add_file_action(self, action: QAction) -> None:
        """Put an add-on's ``action`` in the File menu, above the separator before Quit."""
        file_menu = self.menu("File")
        actions = file_menu.actions()
        quit_action = self.window_actions.act_quit
        before = actions[max(0, actions.index(quit_action) - 1)]
        file_menu.insertAction(before if before.isSeparator() else quit_action, action)

    def add_status_widget(self, widget: QWidget) -> None:
        """Show an add-on's indicator for good in the status bar, left of the map's own."""
        self.statusBar().insertPermanentWidget(0, widget)

    def status(self, message: str, timeout_ms: int = 6000) -> None:
        """Show ``message`` in the status bar for a few seconds."""
        self.statusBar().showMessage(message, timeout_ms)

    def show_error(self, title: str, text: str) -> None:
        """A modal error message (tests patch QMessageBox.critical)."""
        QMessageBox.critical(self, title, text)
