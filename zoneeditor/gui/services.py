"""``WindowServices``: what the main window offers the parts that plug into it.

A panel, dialog or add-on that needs a menu entry, a dock, a toolbar, a File-menu action,
a status-bar indicator or the status bar is given an object of this type (the ``MainWindow``
is one) together with the ``gui.editor.Editor``; it never needs the window's other members.
Tests can pass any object with these members.

Everything about the open project (document, selection, layers, tools, edits) is the
editor's, not the window's: see ``gui/editor.py``.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

from zoneeditor.gui.settings import Settings


class WindowServices(Protocol):
    """Menus, docks, toolbars, File-menu actions, status-bar widgets and messages of the
    editor window."""

    @property
    def main_widget(self) -> QWidget:
        """The window itself: the parent of dialogs, actions and toolbars."""
        ...

    def menu(self, name: str) -> QMenu:
        """The menu ``name`` ("File", "Edit", "View", "Tools", "Version", "Help"); another
        name makes a new menu, placed before Help."""
        ...

    def add_dock(self, widget: QWidget, title: str,
                 area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
                 on_demand: bool = False) -> QDockWidget:
        """Put ``widget`` in a dock titled ``title`` (listed in View ▸ Panels; its place is
        remembered between runs under the widget's objectName, which must be set). The dock
        holds ``widget`` in a scroll area and joins the window's arrangement: tabbed with
        the docks of its side when they do not fit the screen (docs/window.md, "Fitting
        the screen"); the widget's ``sizeHint`` says what room it would like. An
        ``on_demand`` dock is shown by its add-on when it has something to show (the
        Conflicts panel): arranging the docks leaves it as shown or hidden as it is."""
        ...

    def add_toolbar(self, bar: QToolBar, new_row: bool = False) -> None:
        """Show ``bar`` with the window's toolbars: at the end of the first row, or on a row
        of its own with ``new_row`` (its objectName must be set: the window remembers
        toolbars by name)."""
        ...

    def add_file_action(self, action: QAction) -> None:
        """Put ``action`` in the File menu, above the separator before Quit."""
        ...

    def add_status_widget(self, widget: QWidget) -> None:
        """Show ``widget`` for good in the status bar, before the map's position and scale
        (an indicator such as the team sync status)."""
        ...

    def status(self, message: str, timeout_ms: int = 6000) -> None:
        """Show ``message`` in the status bar for a few seconds."""
        ...

    def show_error(self, title: str, text: str) -> None:
        """A modal error message (title and text already translated)."""
        ...

    @property
    def settings(self) -> Settings:
        """What the window remembers between runs (recent files and servers, views)."""
        ...

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when the open project has unsaved changes, as File ▸
        Open does before replacing it; True to go on."""
        ...
