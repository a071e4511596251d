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
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from zoneeditor.core.document import Document
from zoneeditor.core.edits import delete_features, new_proposal
from zoneeditor.core.errors import ConflictError, EditRefused, ZoneEditorError
from zoneeditor.core.model import AGREED, Project
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools.base import KeyEvent, Tool, ToolContext
from zoneeditor.core.tools.registry import tool_classes
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.attributes_panel import AttributesPanel
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.extensions import install_all
from zoneeditor.gui.history_panel import HistoryPanel
from zoneeditor.gui.layer_state import LayerState
from zoneeditor.gui.layers_panel import LayersPanel
from zoneeditor.gui.settings import Settings
from zoneeditor.gui.statusbar import MapStatus
from zoneeditor.io.session import Session
from zoneeditor.render.fonts import register_fonts

MENU_ORDER = ("File", "Edit", "View", "Tools", "Version", "Help")


class MainWindow(QMainWindow):
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
            session = open_session(self, path)  # asks about a lock or edits left by a crash
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

    # -- building ------------------------------------------------------------------------------
    def _make_docks(self) -> None:
        for name in MENU_ORDER:
            self.menu(name)
        self._panels_menu = self.menu("View").addMenu(self.tr("Panels"))
        self.layers_panel = LayersPanel(self.layer_state, self)
        self.layers_panel.setObjectName("layersPanel")
        self.attributes_panel = AttributesPanel(self, self)
        self.attributes_panel.setObjectName("attributesPanel")
        self.history_panel = HistoryPanel(self, self)
        self.history_panel.setObjectName("historyPanel")
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.add_dock(self.layers_panel, left, self.tr("Layers"))
        self.add_dock(self.history_panel, left, self.tr("History"))
        self.add_dock(self.attributes_panel, right, self.tr("Attributes"))

    def _action(self, menu: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        self.menu(menu).addAction(act)
        return act

    def _make_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.act_new = self._action("File", self.tr("&New project"), self.on_new, sk.New)
        self.act_open = self._action("File", self.tr("&Open…"), self.on_open, sk.Open)
        self.recent_menu = self.menu("File").addMenu(self.tr("Open &recent"))
        self.act_save = self._action("File", self.tr("&Save"), self.save, sk.Save)
        self.act_save_as = self._action("File", self.tr("Save &as…"), self.save_as, sk.SaveAs)
        self.menu("File").addSeparator()
        self.act_quit = self._action("File", self.tr("&Quit"), self.close, sk.Quit)
        self.act_undo = self._action("Edit", self.tr("&Undo"), self.on_undo, sk.Undo)
        self.act_redo = self._action("Edit", self.tr("&Redo"), self.on_redo, sk.Redo)
        self.menu("Edit").addSeparator()
        self.act_delete = self._action("Edit", self.tr("&Delete selected"), self.on_delete,
                                       sk.Delete)
        self.act_select_all = self._action("Edit", self.tr("Select &all"), self.on_select_all,
                                           sk.SelectAll)
        self.act_deselect = self._action("Edit", self.tr("Clear selection"),
                                         self.selection.clear, "Ctrl+Shift+A")
        self.act_zoom_in = self._action("View", self.tr("Zoom &in"),
                                        lambda: self.canvas.zoom_by(2.0), sk.ZoomIn)
        self.act_zoom_out = self._action("View", self.tr("Zoom &out"),
                                         lambda: self.canvas.zoom_by(0.5), sk.ZoomOut)
        self.act_fit = self._action("View", self.tr("&Fit to project"), self.canvas.fit_to_project,
                                    "Ctrl+Shift+F")
        self.act_zoom_sel = self._action("View", self.tr("Zoom to &selection"),
                                         self.on_zoom_selection, "Ctrl+J")
        self.menu("View").addSeparator()
        self.act_labels = self._action("View", self.tr("Show &labels"), self.on_show_labels,
                                       "Ctrl+Shift+L")
        self.act_labels.setCheckable(True)
        self.act_labels.setChecked(True)
        self.act_local_labels = self._action("View", self.tr("Labels in local language"),
                                             self.on_label_language)
        self.act_local_labels.setCheckable(True)
        self.act_dms = QAction(self.tr("Position in degrees, minutes, seconds"), self)
        self.act_dms.setCheckable(True)
        self.act_dms.toggled.connect(self.map_status.dms.setChecked)
        self.map_status.dms.toggled.connect(self.act_dms.setChecked)
        self.menu("View").addAction(self.act_dms)
        self.tool_group = QActionGroup(self)
        self.tool_group.setExclusive(True)
        for cls in tool_classes():
            act = QAction(self.tr(cls.name), self)
            act.setCheckable(True)
            if cls.shortcut:
                act.setShortcut(QKeySequence(cls.shortcut))
            act.setToolTip(f"{cls.name} ({cls.shortcut})" if cls.shortcut else cls.name)
            act.triggered.connect(lambda _c=False, c=cls: self.activate_tool(c))
            self.tool_group.addAction(act)
            self.menu("Tools").addAction(act)
            self._tool_actions[cls] = act
        self.act_new_proposal = self._action("Version", self.tr("New &proposal…"),
                                             self.on_new_proposal)
        self.menu("Version").addSeparator()
        self._version_group = QActionGroup(self)
        self._version_actions: list[QAction] = []
        self._action("Help", self.tr("&About ZoneEditor"), self.on_about)
        self.version_combo = QComboBox(self)
        self.version_combo.setObjectName("versionCombo")
        self.version_combo.setToolTip(self.tr("Version shown and edited"))
        self.version_combo.setMinimumContentsLength(14)
        self.version_combo.activated.connect(self.on_version_combo)
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("mainToolbar")
        for act in (self.act_open, self.act_save, None, self.act_undo, self.act_redo, None,
                    self.act_zoom_in, self.act_zoom_out, self.act_fit, None):
            if act is None:
                bar.addSeparator()
            else:
                bar.addAction(act)
        bar.addWidget(self.version_combo)
        self.addToolBar(bar)
        self.toolbar = bar
        # The map tools get a row of their own, so the version switcher is never pushed
        # into the overflow menu when more tools are registered.
        self.addToolBarBreak()
        tools_bar = QToolBar(self.tr("Tools"), self)
        tools_bar.setObjectName("toolsToolbar")
        for act in self._tool_actions.values():
            tools_bar.addAction(act)
        self.addToolBar(tools_bar)
        self.tools_toolbar = tools_bar
        self._reload_recent()

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

    def on_undo(self) -> None:
        """Undo the last step (a refusal is shown, never raised)."""
        try:
            self.document.history.undo()
        except ConflictError as exc:
            self.status(str(exc))

    def on_redo(self) -> None:
        """Redo the next step."""
        try:
            self.document.history.redo()
        except ConflictError as exc:
            self.status(str(exc))

    def on_delete(self) -> None:
        """Delete key: the tool may use it (last vertex); otherwise delete the selection."""
        tool = self.canvas.tool
        if tool is not None:
            result = tool.key(KeyEvent("Delete"))
            if result.handled:
                self.canvas.apply_result(result)
                return
        ids = list(self.selection)
        if not ids:
            return
        doc = self.document
        for fid in ids:
            f = doc.feature(fid)
            if f is not None and not self.layer_state.is_editable(doc.current_version, f.layer):
                self.status(self.tr("Cannot delete: %1 is locked").replace("%1", f.label))
                return
        try:
            doc.history.push(delete_features(doc.version, ids))
        except (EditRefused, ConflictError) as exc:
            self.status(str(exc))

    def on_select_all(self) -> None:
        """Select every visible feature of the current version."""
        self.selection.set(f.id for f in self.document.version
                           if f.layer.value not in self.layer_state.hidden)

    def on_zoom_selection(self) -> None:
        """Zoom to the selected features."""
        feats = [self.document.feature(i) for i in self.selection]
        feats = [f for f in feats if f is not None]
        if not feats:
            self.status(self.tr("Nothing selected"))
            return
        bs = [f.geometry.bounds for f in feats]
        bounds = (min(b[0] for b in bs), min(b[1] for b in bs),
                  max(b[2] for b in bs), max(b[3] for b in bs))
        self.canvas.set_view(Viewport.fit(bounds, self.canvas.width(), self.canvas.height(),
                                          margin=0.15))

    def on_show_labels(self, shown: bool) -> None:
        """Turn feature labels on the map on or off."""
        self.canvas.show_labels = bool(shown)
        self.canvas.refresh(static=True)

    def on_label_language(self, local: bool) -> None:
        """Switch map labels between romanised and local (Arabic) names."""
        self.canvas.label_language = "local" if local else "en"
        self.canvas.refresh(static=True)

    def on_new_proposal(self) -> None:
        """Copy the shown version into a new proposal and switch to it."""
        name, ok = QInputDialog.getText(self, self.tr("New proposal"),
                                        self.tr("Name of the new proposal:"))
        if not ok:
            return
        name = name.strip()
        doc = self.document
        if name in doc.project.versions:
            self.status(self.tr("A version called %1 already exists").replace("%1", name))
            return
        try:
            doc.history.push(new_proposal(doc.version, name))
        except (EditRefused, ConflictError) as exc:
            self.status(str(exc))
            return
        doc.current_version = name

    def switch_version(self, name: str) -> None:
        """Show and edit version ``name``."""
        if name in self.document.project.versions:
            self.document.current_version = name

    def on_version_combo(self, index: int) -> None:
        """The toolbar combo picked a version."""
        name = self.version_combo.itemData(index)
        if name:
            self.switch_version(name)

    def on_about(self) -> None:
        """Help > About."""
        QMessageBox.about(self, self.tr("About ZoneEditor"), self.tr(
            "ZoneEditor — a map editor for negotiating ceasefire and de-escalation zones.\n"
            "Works offline. Basemap: Natural Earth. Places: GeoNames."))

    # -- small helpers -------------------------------------------------------------------------
    def _version_title(self, name: str) -> str:
        return self.tr("Agreed baseline") if name == AGREED else name

    def _reload_versions(self) -> None:
        doc = self.document
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for name in doc.project.versions:
            self.version_combo.addItem(self._version_title(name), name)
        self.version_combo.setCurrentIndex(self.version_combo.findData(doc.current_version))
        self.version_combo.blockSignals(False)
        menu = self.menu("Version")
        for act in self._version_actions:
            menu.removeAction(act)
            self._version_group.removeAction(act)
        self._version_actions = []
        for name in doc.project.versions:
            act = QAction(self._version_title(name), self)
            act.setCheckable(True)
            act.setChecked(name == doc.current_version)
            act.triggered.connect(lambda _c=False, n=name: self.switch_version(n))
            self._version_group.addAction(act)
            menu.addAction(act)
            self._version_actions.append(act)

    def _reload_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.on_open_recent(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_files()))

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
