"""The window's side of ``gui.services.WindowServices``: its menus, docks, toolbars, File menu
entries, status bar and error messages, as panels and add-ons use them (``MainWindow``'s base;
architecture.md, "The GUI floor")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QToolBar, QWidget

from zoneeditor.gui.screen_fit import FitsScreen

if TYPE_CHECKING:
    from zoneeditor.gui.toolbar_rows import ToolbarRows
    from zoneeditor.gui.window_actions import WindowActions


class ServingWindow(FitsScreen):
    """A main window that offers ``WindowServices`` (the menus by name, docks that join the
    arrangement, toolbar rows); ``MainWindow`` makes what these need when it is built."""

    _menus: dict[str, QMenu]
    _panels_menu: QMenu
    toolbar_rows: ToolbarRows
    window_actions: WindowActions

    @property
    def main_widget(self) -> QWidget:
        """The window itself: the parent of dialogs, actions and toolbars."""
        return self

    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` ("File", "Edit", "View", "Tools", "Version", "Help"),
        created (before Help) if it does not exist yet."""
        if name not in self._menus:
            bar = self.menuBar()
            menu = QMenu(self.tr(name), self)
            menu.setObjectName(f"menu{name}")
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
