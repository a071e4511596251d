"""The editor window: where the editor, the canvas, the menus and the add-ons meet.

``MainWindow`` is the composition root of the GUI floor (docs/architecture.md, "The GUI
floor"): it makes the ``Editor`` (the open project's shared state), the ``MapCanvas``, the
status bar, the standard docks (layers, history, attributes), ``ProjectFiles`` (the File
menu's work) and ``WindowActions`` (menus and toolbars), installs the add-ons
(``gui.addons``), loads the basemap in the background and remembers window and view settings
between runs. It is importable cheaply (PySide6 and a few light modules): ``zoneeditor``
shows it as a shell first and builds it after (docs/window.md, "Start-up").

It implements ``gui.services.WindowServices`` (``main_widget``, ``menu``, ``add_dock``,
``add_toolbar``, ``add_file_action``, ``add_status_widget``, ``status``, ``show_error``), the
only part of the window that panels and add-ons are given. Tests, the testers' kit and
start-up code may also use ``editor``, ``canvas``, ``files``, ``window_actions``,
``addons``, the panels and the shortcuts of ``gui.window_shortcuts``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMenu

from zoneeditor.gui.menu_style import MenuStyle
from zoneeditor.gui.settings import Settings
from zoneeditor.gui.status_message import MessageBar
from zoneeditor.gui.window_memory import restore_geometry
from zoneeditor.gui.window_services import ServingWindow
from zoneeditor.gui.window_shortcuts import EditorShortcuts
from zoneeditor.gui.window_start import StartGate

if TYPE_CHECKING:  # the map's part is imported when it is built (``build``), not before
    from zoneeditor.gui.addons import AddOns
    from zoneeditor.gui.attributes_panel import AttributesPanel
    from zoneeditor.gui.background import BackgroundJobs
    from zoneeditor.gui.canvas import MapCanvas
    from zoneeditor.gui.editor import Editor
    from zoneeditor.gui.history_panel import HistoryPanel
    from zoneeditor.gui.layers_panel import LayersPanel
    from zoneeditor.gui.map_focus import MapFocus
    from zoneeditor.gui.project_files import ProjectFiles
    from zoneeditor.gui.statusbar import MapStatus
    from zoneeditor.gui.toolbar_fit import ToolbarFit
    from zoneeditor.gui.window_parts import Panels
    from zoneeditor.gui.window_shell import Opening
    from zoneeditor.gui.window_start_steps import StartShell, StartSnapshotTaker
    from zoneeditor.io.session import Session

#: How long the map's view must rest before it is remembered for the next start (ms).
VIEW_REST_MS = 1500

#: The standard menus, in menu-bar order (an add-on's own menu goes before Help).
MENU_ORDER = ("File", "Edit", "View", "Tools", "Version", "Help")


class MainWindow(EditorShortcuts, ServingWindow):
    """The editor window around one ``Editor``; implements ``WindowServices``.

    ``MainWindow(session, settings)`` is complete when made. With ``deferred_start`` (the
    testers' kit) it is first built only as far as the map's first frame needs — the map,
    the menus, the toolbars, the status bar — and completes itself after that frame
    (``gui.window_start.StartGate``): the panels, the add-ons, the saved arrangement, the
    basemap and gazetteer loading; then ``ready`` is emitted. A user action before then
    completes it first; ``addons``, the panels and ``wait_background`` complete it when
    asked; ``finish_start()`` does so explicitly.

    With ``opening`` (what ``zoneeditor`` does) it is first only a shell — title, size and
    place, the project's last view or "Opening …" (``gui.window_start_steps.StartShell``) —
    and ``opening.build(window)`` builds the map's part (``build``) after the shell's first
    paint; the rest follows as above. Until then ``is_built`` is False and the window has no
    ``editor`` or ``canvas``.
    """

    #: The start is complete: panels, add-ons, menus and toolbars are all there.
    ready = Signal()
    #: A frame of the map was painted after the start completed and the basemap and towns
    #: arrived: the window as the user sees it from then on (emitted once).
    map_complete = Signal()
    #: The map's part was built (``build``): ``editor``, ``canvas``, menus and toolbars.
    built = Signal()

    editor: Editor
    canvas: MapCanvas
    map_status: MapStatus
    toolbar_fit: ToolbarFit
    files: ProjectFiles
    map_focus: MapFocus
    act_reset_layout: QAction

    def __init__(self, session: Session | None = None, settings: QSettings | None = None,
                 *, deferred_start: bool = False, opening: Opening | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        # Before anything asks for statusBar(): a long tool hint is elided, not cut off
        self.setStatusBar(MessageBar(self))
        self.settings = Settings(settings)
        self._menus: dict[str, QMenu] = {}
        self._menu_style = MenuStyle(self)
        self._panels: Panels | None = None
        self._addons: AddOns | None = None
        self._start: StartGate | None = None
        self._loader: BackgroundJobs | None = None
        self.is_complete = False  # map_complete was emitted
        #: The version the start showed (the start-up snapshot is true only on it)
        self.start_version = ""
        restore_geometry(self, self.settings)
        # The first show checks the frame fits the screen (unless a caller resized it)
        self._fitted_size: QSize | None = self.size()
        #: The first step of a three-step start (None once built, or when not started so)
        self.shell: StartShell | None = None
        if opening is not None:
            from zoneeditor.gui.window_start_steps import StartShell

            self.shell = StartShell(self, opening)
            return
        self.build(session, deferred_start=deferred_start)

    @property
    def is_built(self) -> bool:
        """True once the map's part is there: editor, canvas, menus, toolbars."""
        return self._start is not None

    def build(self, session: Session | None, *, deferred_start: bool = True) -> None:
        """The map's part of the window on ``session`` (None: the bundled sample): the
        editor, the canvas, the menus with the window's own actions, the toolbars, the
        status bar, the label language and the project's last view. The rest follows at
        once, or after the map's first frame with ``deferred_start``. Once only."""
        from zoneeditor.gui.background import BackgroundJobs
        from zoneeditor.gui.canvas import MapCanvas
        from zoneeditor.gui.dock_layout import DockArrangement
        from zoneeditor.gui.editor import Editor
        from zoneeditor.gui.map_focus import MapFocus
        from zoneeditor.gui.project_files import ProjectFiles
        from zoneeditor.gui.statusbar import MapStatus
        from zoneeditor.gui.toolbar_fit import ToolbarFit
        from zoneeditor.gui.toolbar_rows import ToolbarRows
        from zoneeditor.gui.window_actions import WindowActions
        from zoneeditor.gui.window_focus import PaneFocus
        from zoneeditor.gui.window_parts import panels_menu, start_session
        from zoneeditor.render.fonts import register_fonts

        assert not self.is_built, "the window is built once"
        register_fonts()
        self.editor = Editor(session if session is not None else start_session(self.status), self)
        self.canvas = MapCanvas(self.editor, self)
        self.canvas.setObjectName("mapCanvas")
        self.setCentralWidget(self.canvas)
        self.map_status = MapStatus(self.statusBar(), self)
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
        #: F6, Ctrl+digit and Esc between the map and the docks (``gui.window_focus``).
        self.pane_focus = PaneFocus(self, self.canvas, self.menu("View"),
                                    after=self._panels_menu.menuAction())
        self._connect_signals()
        self._update_title()
        if self.editor.session.recovered is not None:  # rebuilt from a crashed session's edits
            from zoneeditor.gui.recovery_dialog import RECOVERED_STATUS_MS, recovered_text

            self.status(recovered_text(self.editor.session), RECOVERED_STATUS_MS)
        self.map_status.set_tool(self.tr(self.editor.tool.name))
        self.map_focus = MapFocus(self, self.canvas)
        for switcher in self.window_actions.switchers:
            self.map_focus.keep_off(switcher)
        self.editor.tool_chosen.connect(self.map_focus.tool_chosen)
        self.toolbar_fit.manage(self.window_actions.tools_toolbar, priority=0)
        self.toolbar_fit.manage(self.window_actions.toolbar, priority=1)
        self.canvas.fit_to_project()
        self._restore_view_settings()
        self._loader = BackgroundJobs(self, "basemap-loader")
        if self.shell is not None:
            self.shell.built()
        self._start = StartGate(self, self.canvas.painted, self._complete_start)
        self.built.emit()
        if not deferred_start:
            self._start.finish()

    def _complete_start(self) -> None:
        """The second part of the start: panels, add-ons, the saved arrangement, the basemap.
        Runs once (``StartGate``), after the first frame when the start is deferred."""
        from zoneeditor.gui.addons import install_addons  # every add-on's module: imported here
        from zoneeditor.gui.window_parts import load_background, make_panels

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
        # The view is remembered once it rests, not only on a normal close: a delegate
        # back from a crash (or a killed laptop) finds the map where it was, as the
        # recovered edits are (a tester found it elsewhere after every recovery).
        self._view_rest = QTimer(self)
        self._view_rest.setSingleShot(True)
        self._view_rest.setInterval(VIEW_REST_MS)
        self._view_rest.timeout.connect(
            lambda: self.settings.set_last_view(self.editor.session.path, canvas.viewport))
        canvas.view_changed.connect(self._view_rest.start)
        self.map_status.set_view(canvas.viewport)
        viewport = canvas.viewport
        assert self._loader is not None  # made with the map's part
        self._loader.submit(lambda _progress: load_background(viewport),
                            on_done=self._background_arrived)
        if self.shell is not None:
            self.shell.built()  # the overlay stays above the docks and toolbars just added
        self.start_version = self.editor.document.current_version
        self.ready.emit()

    def _background_arrived(self, loaded: tuple[object, object]) -> None:
        self.editor.set_background(*loaded)
        self.canvas.painted.connect(self._complete_frame)
        self.canvas.update()

    def _complete_frame(self) -> None:
        self.canvas.painted.disconnect(self._complete_frame)
        self.is_complete = True
        self.map_complete.emit()

    @property
    def is_ready(self) -> bool:
        """True once the start is complete (at once unless ``deferred_start``)."""
        return self._start is not None and self._start.done

    def when_ready(self, action: Callable[[], object]) -> None:
        """Run ``action`` once the start is complete (now if it is): work the first frame
        does not need waits for it, so it does not slow that frame down."""
        if self.is_ready:
            action()
        else:
            self.ready.connect(action)

    def finish_start(self) -> None:
        """Complete a deferred start now (nothing to do when complete); a shell is built
        first (``StartShell.build_now``)."""
        if self._start is None and self.shell is not None:
            self.shell.build_now()
        assert self._start is not None, "the window was not built"
        self._start.finish()

    @property
    def addons(self) -> AddOns:
        """What each add-on returned (completing a deferred start first)."""
        self.finish_start()
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
        self.finish_start()
        assert self._panels is not None  # made by the start's completion
        return self._panels

    def _connect_signals(self) -> None:
        editor, canvas = self.editor, self.canvas
        canvas.cursor_moved.connect(self.map_status.set_position)
        canvas.cursor_left.connect(self.map_status.clear_position)
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

    def wait_background(self, timeout: float = 30.0) -> None:
        """Block until the basemap was loaded and handed to the editor (tests; completes a
        deferred start first: the loading starts with it)."""
        self.finish_start()
        assert self._loader is not None  # made with the map's part
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
        """Ask about unsaved changes, remember the window and its last view (the start-up
        snapshot), stop the worker thread."""
        if self.shell is not None:
            self.shell.cancel()  # closed while opening: the project is not opened after all
        if not self.is_built:
            event.accept()
            return
        if not self.files.maybe_save():
            event.ignore()
            return
        snapshot = self.remember()  # taken before the project is closed
        assert self._start is not None  # built
        self._start.cancel()  # closed before its start completed: it never will
        self.canvas.shutdown()
        self.editor.close()  # saved or discarded: no journal left to offer as a crash
        snapshot.keep()  # written once the project file is as the next start finds it
        event.accept()

    def remember(self) -> StartSnapshotTaker:
        """At a quit: save the window's settings (size, place, arrangement, the project's
        last view) and take its picture for the next start; call ``keep()`` on the result
        once the project is closed (``gui.window_start_steps``)."""
        from zoneeditor.gui.window_start_steps import StartSnapshotTaker

        self._save_settings()
        return StartSnapshotTaker(self)

    def _update_title(self, *_args: object) -> None:
        from zoneeditor.gui.version_menu import window_title

        session = self.editor.session
        name = session.display_name
        if session.path is None and session.source == "sample":
            # the sample's title is a project's title: never to be taken for the user's file
            name = QCoreApplication.translate("MainWindow", "%1 (bundled sample)").replace(
                "%1", name)
        self.setWindowTitle(window_title(name, self.editor.document.current_version))
        self.setWindowModified(self.editor.document.is_dirty)

    def _restore_view_settings(self) -> None:
        """What the first frame shows as the user left it (the window's size and place were
        restored when it was made): the label language, degrees as DMS, the project's last
        view."""
        if not self.isVisible():  # built before the first show: the show fits it
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
        from zoneeditor.gui.window_memory import restore_arrangement

        restore_arrangement(self, self.settings, self.docks)
        self.toolbar_rows.settled = True

    def _save_settings(self) -> None:
        from zoneeditor.gui.window_memory import save_arrangement

        if self.is_ready:  # else the panels were never there: the saved arrangement stays
            save_arrangement(self, self.settings)
        self.settings.set_dms(self.window_actions.act_dms.isChecked())
        self.settings.set_last_view(self.editor.session.path, self.canvas.viewport)
