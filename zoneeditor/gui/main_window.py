"""The editor window: canvas in the centre, layers/attributes/history docks, menus, toolbar.

Public surface for other modules (see docs/window.md): ``session``, ``document``,
``selection``, ``canvas``, ``layer_state``, ``menu(name)``, ``add_dock(widget, area)``,
``status(message)``, the ``session_changed`` signal, and the file methods ``open_path``,
``save``, ``save_as``, ``maybe_save`` that the journal/recovery code wraps.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from zoneeditor.core.document import Document
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.model import Project
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools.base import Tool, ToolContext
from zoneeditor.core.tools.registry import tool_classes
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.extensions import install_all
from zoneeditor.gui.layer_state import LayerState
from zoneeditor.gui.settings import Settings
from zoneeditor.gui.statusbar import MapStatus
from zoneeditor.gui.window_actions import WindowActions
from zoneeditor.io.session import Session
from zoneeditor.render.fonts import register_fonts


class MainWindow(WindowActions, QMainWindow):
    """The editor window around one ``Session``."""

    #: Emitted with the new Session after ``set_session`` replaced the open project.
    session_changed = Signal(object)
    _background_loaded = Signal(object, object)

    def __init__(self, session: Session | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        register_fonts()
        self.setObjectName("MainWindow")
        self.settings = Settings(settings)
        self.layer_state = LayerState(self)
        self.selection = Selection()
        self._session: Session | None = None
        self._doc_links: list[tuple[object, object]] = []
        self._menus: dict[str, QMenu] = {}
        self._tools: dict[type[Tool], Tool] = {}
        self._tool_actions: dict[type[Tool], QAction] = {}
        self._tool_context: ToolContext | None = None
        self.canvas = MapCanvas(self)
        self.canvas.setObjectName("mapCanvas")
        self.setCentralWidget(self.canvas)
        self.map_status = MapStatus(self.statusBar(), self)
        self._make_docks()
        self._make_actions()
        self._connect_signals()
        self.set_session(session if session is not None else self._start_session())
        self._restore_settings()
        install_all(self)
        self._load_background()

    # -- public surface ------------------------------------------------------------------------
    @property
    def session(self) -> Session:
        """The open project and its file."""
        assert self._session is not None
        return self._session

    @property
    def document(self) -> Document:
        """The open project's Document (the single door for changes)."""
        return self.session.document

    def menu(self, name: str) -> QMenu:
        """The menu called ``name`` ("File", "Edit", "View", "Tools", "Version", "Help"),
        created (before Help) if it does not exist yet."""
        if name not in self._menus:
            bar = self.menuBar()
            title = self.tr(name)
            menu = QMenu(title, self)
            menu.setObjectName(f"menu{name}")
            help_menu = self._menus.get("Help")
            if help_menu is not None:
                bar.insertMenu(help_menu.menuAction(), menu)
            else:
                bar.addMenu(menu)
            self._menus[name] = menu
        return self._menus[name]

    def add_file_action(self, action: QAction) -> None:
        """Put an add-on's ``action`` in the File menu, above the separator before Quit."""
        file_menu = self.menu("File")
        actions = file_menu.actions()
        quit_action = getattr(self, "act_quit", None)
        if quit_action is None or quit_action not in actions:
            file_menu.addAction(action)
            return
        before = actions[max(0, actions.index(quit_action) - 1)]
        file_menu.insertAction(before if before.isSeparator() else quit_action, action)

    def add_dock(
        self, widget: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        title: str | None = None,
    ) -> QDockWidget:
        """Put ``widget`` in a dock (listed in View > Panels); returns the dock."""
        dock = QDockWidget(title or widget.windowTitle() or widget.objectName(), self)
        dock.setObjectName(f"dock_{widget.objectName() or type(widget).__name__}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.menu("View")  # exists
        self._panels_menu.addAction(dock.toggleViewAction())
        return dock

    def status(self, message: str, timeout_ms: int = 6000) -> None:
        """Show ``message`` in the status bar for a few seconds."""
        self.statusBar().showMessage(message, timeout_ms)

    # -- session -------------------------------------------------------------------------------
    def _start_session(self) -> Session:
        try:
            return Session.sample()
        except (ZoneEditorError, OSError) as exc:  # a broken installation: still open
            self.status(str(exc))
            return Session(Document(Project()), None)

    def set_session(self, session: Session) -> None:
        """Show ``session`` instead of the current one (no questions asked: see open_path)."""
        for signal, slot in self._doc_links:
            signal.disconnect(slot)
        self._doc_links.clear()
        if self._session is not None and self._session is not session:
            # remember where the user was in the project being closed
            self.settings.set_last_view(self._session.path, self.canvas.viewport)
        old, self._session = self._session, session
        if old is not None and old is not session:
            old.close()  # saved or discarded by now: its journal and file lock go
        doc = session.document
        self.selection.clear()
        links = [
            (doc.changed, self.on_document_changed),
            (doc.current_version_changed, self.on_version_changed),
            (doc.history.changed, self.on_history_changed),
            (doc.history.clean_changed, self.on_clean_changed),
        ]
        for signal, slot in links:
            signal.connect(slot)
        self._doc_links = links
        self._tool_context = ToolContext(doc, self.selection)
        self._tools = {cls: cls(self._tool_context) for cls in tool_classes()}
        self._sync_tool_context()
        self.history_panel.bind(doc.history)
        self._reload_versions()
        self.on_history_changed()
        self._update_title()
        active = next((c for c, a in self._tool_actions.items() if a.isChecked()),
                      tool_classes()[0])
        self.activate_tool(active)
        self.attributes_panel.reload()
        self.canvas.forget_stale_paths()
        self.canvas.refresh(static=True)
        self.canvas.fit_to_project()
        self.session_changed.emit(session)

    def open_path(self, path: str | Path) -> bool:
        """Open the project at ``path``; on failure show why and keep the current one."""
        from zoneeditor.gui.recovery_dialog import open_session

        try:
            # asks about a lock or edits left by a crash; reopening this file takes it over
            session = open_session(self, path, replacing=self._session)
        except (ZoneEditorError, OSError) as exc:
            self.show_error(self.tr("Cannot open project"),
                            self.tr("The file %1 could not be opened.\n\n%2")
                            .replace("%1", str(path)).replace("%2", _reason(exc)))
            return False
        if session is None:  # the user chose not to open it after all
            return False
        self.set_session(session)
        self.settings.add_recent(session.path)
        self._reload_recent()
        view = self.settings.last_view(session.path)
        if view is not None:
            self.canvas.set_view(view)
        self.status(self.tr("Opened %1").replace("%1", str(session.path)))
        return True

    def save(self) -> bool:
        """Save to the project's file (asks for one the first time); True when saved."""
        if self.session.needs_path:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        """Ask for a file name and save there; True when saved."""
        start = str(self.session.path or Path.home() / "project.gpkg")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save project as"), start, self.tr("GeoPackage project (*.gpkg)"))
        if not path:
            return False
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        return self._save_to(Path(path))

    def _save_to(self, path: Path | None) -> bool:
        try:
            saved = self.session.save(path)
        except (ZoneEditorError, OSError, ValueError) as exc:
            target = path or self.session.path
            self.show_error(self.tr("Cannot save project"),
                            self.tr("The project could not be saved to %1.\n\n%2")
                            .replace("%1", str(target)).replace("%2", _reason(exc)))
            return False
        self.settings.add_recent(saved)
        self._reload_recent()
        self._update_title()
        self.status(self.tr("Saved %1").replace("%1", str(saved)))
        return True

    def maybe_save(self) -> bool:
        """When there are unsaved changes ask Save / Discard / Cancel; True to go on."""
        if not self.document.is_dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("%1 has unsaved changes. Save them?").replace("%1", self.session.display_name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def show_error(self, title: str, text: str) -> None:
        """A modal error message (tests patch QMessageBox.critical)."""
        QMessageBox.critical(self, title, text)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes, remember the window, stop the worker thread."""
        if not self.maybe_save():
            event.ignore()
            return
        self._save_settings()
        self.canvas.shutdown()
        self.session.close()  # saved or discarded: no journal left to offer as a crash
        event.accept()

    def _connect_signals(self) -> None:
        self.canvas.cursor_moved.connect(self.map_status.set_position)
        self.canvas.view_changed.connect(lambda: self.map_status.set_view(self.canvas.viewport))
        self.canvas.message.connect(self.status)
        self.selection.changed.connect(self.on_selection_changed)
        self.layer_state.changed.connect(self.on_layers_changed)
        self._background_loaded.connect(self.on_background_loaded)

    def _load_background(self) -> None:
        """Load the basemap and gazetteer on a thread: the window shows at once without them."""

        def work() -> None:
            basemap = gazetteer = None
            try:
                from zoneeditor.io.basemap import load_basemap

                basemap = load_basemap()
                # Warm the level-of-detail cache for the view about to be drawn, here off
                # the UI thread, so the first frame with the basemap needs no simplification.
                from zoneeditor.core.viewport import zoom_bucket

                geoms = [c.geometry for c in basemap.countries]
                self.canvas.lod.pin(geoms)  # pinned: computed here, never left out
                self.canvas.lod.paths(geoms, zoom_bucket(self.canvas.viewport.ppd))
            except Exception:  # no basemap is a degraded map, never a failed start
                basemap = None
            try:
                from zoneeditor.io.gazetteer import load_gazetteer

                gazetteer = load_gazetteer()
            except Exception:
                gazetteer = None
            self._background_loaded.emit(basemap, gazetteer)

        self._loader = threading.Thread(target=work, name="basemap-loader", daemon=True)
        self._loader.start()

    def wait_background(self, timeout: float = 30.0) -> None:
        """Block until the basemap thread finished and its result was applied (tests)."""
        from PySide6.QtCore import QCoreApplication

        self._loader.join(timeout)
        QCoreApplication.processEvents()

    # -- tools ---------------------------------------------------------------------------------
    def activate_tool(self, cls: type[Tool]) -> None:
        """Make the tool of class ``cls`` active on the canvas."""
        tool = self._tools.get(cls)
        if tool is None:
            return
        self._tool_actions[cls].setChecked(True)
        self.canvas.set_tool(tool)
        self.map_status.set_tool(self.tr(cls.name))

    @property
    def tool(self) -> Tool | None:
        """The active tool."""
        return self.canvas.tool

    def _sync_tool_context(self) -> None:
        ctx = self._tool_context
        if ctx is None:
            return
        ctx.locked_layers = set(self.layer_state.locked)
        ctx.hidden_layers = set(self.layer_state.hidden)
        ctx.version_locked = self.layer_state.version_locked(self.document.current_version)

    # -- slots ---------------------------------------------------------------------------------
    def on_document_changed(self, changeset) -> None:
        """Redraw, drop vanished ids from the selection, refresh the form."""
        present = {i for i in self.selection.ids if self.document.feature(i) is not None}
        if present != set(self.selection.ids):
            self.selection.set(present)
        if changeset.structure.value != "none":
            self._reload_versions()
        self.attributes_panel.reload()
        self.canvas.forget_stale_paths()
        self.canvas.refresh_layers()  # the country outlines did not change

    def on_history_changed(self) -> None:
        """Undo/redo actions follow the history (labels name the step)."""
        h = self.document.history
        self.act_undo.setEnabled(h.can_undo)
        self.act_redo.setEnabled(h.can_redo)
        self.act_undo.setText(self.tr("&Undo %1").replace("%1", h.undo_label).strip()
                              if h.can_undo else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo %1").replace("%1", h.redo_label).strip()
                              if h.can_redo else self.tr("&Redo"))
        # The toolbar keeps short buttons; the step's name goes in the menu and tooltip.
        self.act_undo.setIconText(self.tr("Undo"))
        self.act_redo.setIconText(self.tr("Redo"))
        self.act_undo.setToolTip(self.act_undo.text().replace("&", ""))
        self.act_redo.setToolTip(self.act_redo.text().replace("&", ""))

    def on_clean_changed(self, _clean: bool = True) -> None:
        """Title shows * when there are unsaved changes."""
        self._update_title()

    def on_selection_changed(self, _ids=None) -> None:
        """Redraw the highlight and show the selection's attributes."""
        self.attributes_panel.reload()
        self.canvas.update()

    def on_layers_changed(self) -> None:
        """Layer visibility, locks, order or opacity changed."""
        self._sync_tool_context()
        self.attributes_panel.reload()
        self.canvas.refresh(static=True)

    def on_version_changed(self, name: str) -> None:
        """Another version is shown: new selection context, combo and menu follow."""
        self.selection.clear()
        self._sync_tool_context()
        self._reload_versions()
        self.attributes_panel.reload()
        self.canvas.refresh(static=True)
        locked = self.layer_state.version_locked(name)
        self.status(self.tr("Showing %1%2").replace("%1", name).replace(
            "%2", self.tr(" (locked: unlock it in Layers to edit)") if locked else ""))

    def on_background_loaded(self, basemap, gazetteer) -> None:
        """The basemap thread is done: draw it."""
        self.canvas.set_background(basemap, gazetteer)

    def on_new(self) -> None:
        """Start an empty project (after asking about unsaved changes)."""
        if self.maybe_save():
            self.set_session(Session(Document(Project()), None))

    def on_open(self) -> None:
        """File > Open: ask about unsaved changes, then for a file."""
        if not self.maybe_save():
            return
        start = str(self.session.path.parent if self.session.path else Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), start,
            self.tr("GeoPackage project (*.gpkg);;All files (*)"))
        if path:
            self.open_path(path)

    def on_open_recent(self, path: str) -> None:
        """Open a file from the recent list."""
        if self.maybe_save():
            self.open_path(path)

    # -- small helpers -------------------------------------------------------------------------
    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("%1[*] — ZoneEditor").replace(
            "%1", self.session.display_name))
        self.setWindowModified(self.document.is_dirty)

    def _restore_settings(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1400, 900)
        if state:
            self.restoreState(QByteArray(state))
        self.act_dms.setChecked(self.settings.dms())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # An Arabic interface shows the local (Arabic) names on the map too.
            self.act_local_labels.setChecked(True)
            self.on_label_language(True)
        view = self.settings.last_view(self.session.path)
        if view is not None:
            self.canvas.set_view(view)

    def _save_settings(self) -> None:
        self.settings.set_window_state(bytes(self.saveGeometry().data()),
                                       bytes(self.saveState().data()))
        self.settings.set_dms(self.act_dms.isChecked())
        self.settings.set_last_view(self.session.path, self.canvas.viewport)


def _reason(exc: BaseException) -> str:
    """The user-facing part of an error message."""
    reason = getattr(exc, "reason", None)
    if reason:
        return str(reason)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)
