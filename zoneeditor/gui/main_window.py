"""The editor window: where the editor, the canvas, the menus and the add-ons meet.

``MainWindow`` is the composition root of the GUI floor (docs/architecture.md, "The GUI
floor"): it makes the ``Editor`` (the open project's shared state), the ``MapCanvas``, the
status bar, the standard docks (layers, history, attributes), ``ProjectFiles`` (the File
menu's work) and ``WindowActions`` (menus and toolbars), installs the add-ons
(``gui.addons``), loads the basemap in the background and remembers window and view settings
between runs.

It implements ``gui.services.WindowServices`` (``main_widget``, ``menu``, ``add_dock``,
``add_toolbar``, ``add_file_action``, ``add_status_widget``, ``status``, ``show_error``), the
only part of the window
that panels and add-ons are given. Tests, the testers' kit and start-up code may also use
``editor``, ``canvas``, ``files``, ``window_actions``, ``addons``, the panels, the shortcuts
``session``/``document``/``selection`` (the editor's) and ``open_path``, ``save``,
``save_as``, ``maybe_save``, ``set_session``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMessageBox, QToolBar, QWidget

from zoneeditor.core.document import Document
from zoneeditor.core.selection import Selection
from zoneeditor.gui.background import BackgroundJobs
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.dock_layout import DockArrangement, scrolling
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.map_focus import MapFocus
from zoneeditor.gui.project_files import ProjectFiles
from zoneeditor.gui.screen_fit import available_geometry, chrome_height, fit_window
from zoneeditor.gui.settings import Settings
from zoneeditor.gui.statusbar import MapStatus
from zoneeditor.gui.toolbar_fit import ToolbarFit
from zoneeditor.gui.toolbar_rows import ToolbarRows
from zoneeditor.gui.version_menu import window_title
from zoneeditor.gui.window_actions import WindowActions
from zoneeditor.gui.window_memory import restore_arrangement, restore_geometry, save_arrangement
from zoneeditor.gui.window_parts import (
    Panels,
    load_background,
    make_panels,
    panels_menu,
    start_session,
)
from zoneeditor.gui.window_start import StartGate
from zoneeditor.io.session import Session
from zoneeditor.render.fonts import register_fonts

if TYPE_CHECKING:
    from zoneeditor.gui.addons import AddOns
    from zoneeditor.gui.attributes_panel import AttributesPanel
    from zoneeditor.gui.history_panel import HistoryPanel
    from zoneeditor.gui.layers_panel import LayersPanel

#: The standard menus, in menu-bar order (an add-on's own menu goes before Help).
MENU_ORDER = ("File", "Edit", "View", "Tools", "Version", "Help")


class MainWindow(QMainWindow):
    """The editor window around one ``Editor``; implements ``WindowServices``.

    ``MainWindow(session, settings)`` is complete when made. With ``deferred_start`` (what
    ``zoneeditor`` does, and the testers' kit) it is first built only as far as the map's
    first frame needs — the map, the menus, the toolbars, the status bar — and completes
    itself after that frame (``gui.window_start.StartGate``): the panels, the add-ons, the
    saved arrangement, the basemap and gazetteer loading; then ``ready`` is emitted. A user
    action before then completes it first; ``addons``, the panels and ``wait_background``
    complete it when asked; ``finish_start()`` does so explicitly.
    """

    #: The start is complete: panels, add-ons, menus and toolbars are all there.
    ready = Signal()

    def __init__(self, session: Session | None = None, settings: QSettings | None = None,
                 *, deferred_start: bool = False) -> None:
        super().__init__()
        register_fonts()
        self.setObjectName("MainWindow")
        self.settings = Settings(settings)
        self.editor = Editor(session if session is not None else start_session(self.status), self)
        self.canvas = MapCanvas(self.editor, self)
        self.canvas.setObjectName("mapCanvas")
        self.setCentralWidget(self.canvas)
        self.map_status = MapStatus(self.statusBar(), self)
        self._menus: dict[str, QMenu] = {}
        #: Where a toolbar goes: the first row, or a row of its own (``gui.toolbar_rows``).
        self.toolbar_rows = ToolbarRows(self)
        #: Toolbars drop their button texts when a row is short of room (``gui.toolbar_fit``)
        self.toolbar_fit = ToolbarFit(self)
        for name in MENU_ORDER:
            self.menu(name)
        self._panels_menu, self.act_reset_layout = panels_menu(self.menu("View"),
                                                               self.reset_layout)
        #: The docks and how they fit the screen (``gui.dock_layout``).
        self.docks = DockArrangement(self)
        self.files = ProjectFiles(self.editor, self.settings, self)
        self.window_actions = WindowActions(self.editor, self.canvas, self, self.files,
                                            self.map_status)
        self._connect_signals()
        self._update_title()
        self.map_status.set_tool(self.tr(self.editor.tool.name))
        self.map_focus = MapFocus(self, self.canvas)
        for switcher in self.window_actions.switchers:
            self.map_focus.keep_off(switcher)
        self.editor.tool_chosen.connect(self.map_focus.tool_chosen)
        self.toolbar_fit.manage(self.window_actions.tools_toolbar, priority=0)
        self.toolbar_fit.manage(self.window_actions.toolbar, priority=1)
        self.canvas.fit_to_project()
        self._fitted_size: QSize | None = None
        self._restore_view_settings()
        self._loader = BackgroundJobs(self, "basemap-loader")
        self._panels: Panels | None = None
        self._addons: AddOns | None = None
        self._start = StartGate(self, self.canvas.painted, self._complete_start)
        if not deferred_start:
            self._start.finish()

    def _complete_start(self) -> None:
        """The second part of the start: panels, add-ons, the saved arrangement, the basemap.
        Runs once (``StartGate``), after the first frame when the start is deferred."""
        from zoneeditor.gui.addons import install_addons  # every add-on's module: imported here

        # Shown with the whole project when nothing moved it: fitted again once the panels
        # took their room, as a window made complete at once is fitted at its final size.
        refit = self.isVisible() and self.canvas.shows_whole_project()
        self._panels = make_panels(self.editor, self)
        # Add-ons before the saved arrangement: their docks and toolbars exist when it is
        # restored
        self._addons = install_addons(self.editor, self, self.canvas)
        self._restore_arrangement()
        if refit:
            layout = self.layout()
            if layout is not None:
                layout.activate()  # the canvas gets its final size now
            self.canvas.fit_to_project()
        canvas = self.canvas
        canvas.view_changed.connect(lambda: self.map_status.set_view(canvas.viewport))
        self.map_status.set_view(canvas.viewport)
        viewport = canvas.viewport
        self._loader.submit(lambda _progress: load_background(canvas.lod, viewport),
                            on_done=lambda loaded: self.editor.set_background(*loaded))
        self.ready.emit()

    @property
    def is_ready(self) -> bool:
        """True once the start is complete (at once unless ``deferred_start``)."""
        return self._start.done

    def when_ready(self, action: Callable[[], object]) -> None:
        """Run ``action`` once the start is complete (now if it is): work the first frame
        does not need waits for it, so it does not slow that frame down."""
        if self.is_ready:
            action()
        else:
            self.ready.connect(action)

    def finish_start(self) -> None:
        """Complete a deferred start now (nothing to do when complete)."""
        self._start.finish()

    @property
    def addons(self) -> AddOns:
        """What each add-on returned (completing a deferred start first)."""
        self._start.finish()
        assert self._addons is not None  # made by the start's completion
        return self._addons

    @property
    def layers_panel(self) -> LayersPanel:
        """The Layers panel (completing a deferred start first)."""
        return self._panel_set().layers

    @property
    def attributes_panel(self) -> AttributesPanel:
        """The Attributes panel (completing a deferred start first)."""
        return self._panel_set().attributes

    @property
    def history_panel(self) -> HistoryPanel:
        """The History panel (completing a deferred start first)."""
        return self._panel_set().history

    def _panel_set(self) -> Panels:
        self._start.finish()
        assert self._panels is not None  # made by the start's completion
        return self._panels

    def _connect_signals(self) -> None:
        editor, canvas = self.editor, self.canvas
        canvas.cursor_moved.connect(self.map_status.set_position)
        # The scale (geodesic: pyproj is imported for it) is shown once the start completes
        canvas.message.connect(self.status)
        editor.refused.connect(self.status)
        editor.tool_changed.connect(lambda tool: self.map_status.set_tool(self.tr(tool.name)))
        editor.session_closing.connect(self.on_session_closing)
        editor.session_changed.connect(self._update_title)
        editor.clean_changed.connect(self._update_title)
        editor.saved.connect(self._update_title)
        editor.version_changed.connect(self._update_title)  # the title names the version
        editor.document_changed.connect(self._update_title)  # (renamed, promoted)
        self.files.opened.connect(self.on_opened)

    # -- WindowServices -------------------------------------------------------------------------
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

    # -- shortcuts to the editor and the files (tests, testers' kit, start-up) ------------------
    @property
    def session(self) -> Session:
        """The editor's session: the open project and its file."""
        return self.editor.session

    @property
    def document(self) -> Document:
        """The editor's document (the single door for changes)."""
        return self.editor.document

    @property
    def selection(self) -> Selection:
        """The editor's selection."""
        return self.editor.selection

    def set_session(self, session: Session) -> None:
        """Show ``session`` instead of the open project (``Editor.set_session``)."""
        self.editor.set_session(session)

    def open_path(self, path: str | Path) -> bool:
        """Open the project at ``path`` (``ProjectFiles.open_path``); True when opened."""
        return self.files.open_path(path)

    def save(self) -> bool:
        """Save (``ProjectFiles.save``); True when saved."""
        return self.files.save()

    def save_as(self) -> bool:
        """Save under a new name (``ProjectFiles.save_as``); True when saved."""
        return self.files.save_as()

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when dirty (``ProjectFiles.maybe_save``); True to go on."""
        return self.files.maybe_save()

    def wait_background(self, timeout: float = 30.0) -> None:
        """Block until the basemap was loaded and handed to the editor (tests; completes a
        deferred start first: the loading starts with it)."""
        self._start.finish()
        self._loader.wait(timeout)

    # -- reacting -------------------------------------------------------------------------------
    def on_session_closing(self, old: Session) -> None:
        """Remember where the user was in the project being closed."""
        self.settings.set_last_view(old.path, self.canvas.viewport)

    def on_opened(self, session: Session) -> None:
        """A project opened from a file shows the place the user last looked at."""
        view = self.settings.last_view(session.path)
        if view is not None:
            self.canvas.set_view(view)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes, remember the window, stop the worker thread."""
        if not self.files.maybe_save():
            event.ignore()
            return
        self._save_settings()
        self._start.cancel()  # closed before its start completed: it never will
        self.canvas.shutdown()
        self.editor.close()  # saved or discarded: no journal left to offer as a crash
        event.accept()

    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(window_title(self.editor.session.display_name,
                                         self.editor.document.current_version))
        self.setWindowModified(self.editor.document.is_dirty)

    def _restore_view_settings(self) -> None:
        """What the first frame shows as the user left it: the window's size and place, the
        label language, degrees as DMS, the project's last view."""
        restore_geometry(self, self.settings)
        # The first show checks the frame fits the screen (unless a caller resized it)
        self._fitted_size = self.size()
        actions = self.window_actions
        actions.act_dms.setChecked(self.settings.dms())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # An Arabic interface shows the local (Arabic) names on the map too.
            actions.act_local_labels.setChecked(True)
            actions.on_label_language(True)
        view = self.settings.last_view(self.editor.session.path)
        if view is not None:
            self.canvas.set_view(view)

    def _restore_arrangement(self) -> None:
        """The docks and toolbars as the user left them (or arranged for this screen)."""
        restore_arrangement(self, self.settings, self.docks)
        self.toolbar_rows.settled = True

    # -- fitting the screen ---------------------------------------------------------------------
    def reset_layout(self, screen: QSize | None = None) -> None:
        """View ▸ Panels ▸ Reset panel layout: every dock back to its side, shown, arranged
        for ``screen`` (default: the window's screen, less its task bars); toolbars shown."""
        size = screen if screen is not None else available_geometry(self).size()
        for bar in self.findChildren(QToolBar):
            if bar.parent() is self:
                bar.show()
        self.docks.arrange(size, chrome_height(self))

    def fit_on_screen(self, available: QRect | None = None) -> None:
        """Shrink and move the window so its frame lies within ``available`` (default: its
        screen less task bars): a window saved on a larger monitor, or the default size on a
        small laptop, never reaches off the screen."""
        fit_window(self, available if available is not None else available_geometry(self))

    def showEvent(self, event: QShowEvent) -> None:
        """At the first show, a size the window chose itself (default or saved) is fitted
        to the screen, now that the frame is known."""
        super().showEvent(event)
        if self._fitted_size is not None and self._fitted_size == self.size():
            self.fit_on_screen()
        self._fitted_size = None

    def _save_settings(self) -> None:
        if self.is_ready:  # else the panels were never there: the saved arrangement stays
            save_arrangement(self, self.settings)
        self.settings.set_dms(self.window_actions.act_dms.isChecked())
        self.settings.set_last_view(self.editor.session.path, self.canvas.viewport)
