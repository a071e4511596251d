"""The window's menus, toolbars and docks, and what their actions do.

A mixin of ``MainWindow`` (kept apart so each file holds one concern): it builds the
File/Edit/View/Tools/Version/Help menus with the platform's standard shortcuts, the main
toolbar (with the version switcher) and the tools toolbar, the layers/attributes/history
docks, and the slots of those actions. Everything it touches on ``self`` is MainWindow's
public surface (document, selection, canvas, layer_state, settings, status).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QInputDialog, QMessageBox, QToolBar

from zoneeditor.core.edits import delete_features, new_proposal
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.model import AGREED
from zoneeditor.core.tools.base import KeyEvent
from zoneeditor.core.tools.registry import tool_classes
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.attributes_panel import AttributesPanel
from zoneeditor.gui.history_panel import HistoryPanel
from zoneeditor.gui.layers_panel import LayersPanel

MENU_ORDER = ("File", "Edit", "View", "Tools", "Version", "Help")


class WindowActions:
    """Menus, toolbars, docks and action slots of the main window (mixin)."""

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
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Every binding the platform lists (Redo is Ctrl+Y *and* Ctrl+Shift+Z on Linux);
            # QKeySequence(standard_key) would keep only the first.
            act.setShortcuts(shortcut)
        elif shortcut is not None:
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
        # Only the Delete key: some platforms add Ctrl+D to the standard Delete bindings, and
        # a stray Ctrl+D must not delete a zone.
        self.act_delete = self._action("Edit", self.tr("&Delete selected"), self.on_delete,
                                       "Delete")
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

    def on_undo(self) -> None:
        """Undo the last step (a refusal is shown, never raised)."""
        try:
            self.document.history.undo()
        except ZoneEditorError as exc:  # a conflict, or a journal that cannot write
            self.status(str(exc))

    def on_redo(self) -> None:
        """Redo the next step."""
        try:
            self.document.history.redo()
        except ZoneEditorError as exc:  # a conflict, or a journal that cannot write
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
        except ZoneEditorError as exc:  # a refusal, a conflict, or a journal that cannot write
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
        """Switch map labels between both names side by side and local (Arabic) names only."""
        self.canvas.label_language = "local" if local else "both"
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
        except ZoneEditorError as exc:  # a refusal, a conflict, or a journal that cannot write
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
