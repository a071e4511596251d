"""The window's menus and toolbars, and what their actions do.

``WindowActions`` builds the File/Edit/View/Tools/Version/Help entries (with the platform's
standard shortcuts), the main toolbar (with the version switcher) and the tools toolbar, and
keeps them in step with the editor: undo/redo texts
name the step, the version list follows the project, the checked tool follows the active
one, the recent-files menu follows ``ProjectFiles``.

Everything it needs is passed in: the ``Editor`` (document, selection, tools, edits), the
``MapCanvas`` (view commands), the ``WindowServices`` (menus, toolbars, status bar),
``ProjectFiles`` (the File menu's work) and the status bar's ``MapStatus`` (its DMS switch
mirrors the View menu's).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QMessageBox, QToolBar

from zoneeditor.core.changes import ChangeSet, Structure
from zoneeditor.core.edits import delete_features, new_proposal
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.naming import isolate
from zoneeditor.core.tools.base import KeyEvent, Tool
from zoneeditor.core.tools.registry import tool_classes
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.drawing_party import DrawingPartyCombo
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.elided_combo import ElidedComboBox
from zoneeditor.gui.icons import action_icon, tool_icon
from zoneeditor.gui.named_messages import named_error
from zoneeditor.gui.project_files import ProjectFiles
from zoneeditor.gui.read_only import ReadOnlyActions, read_only_tip
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.statusbar import MapStatus
from zoneeditor.gui.step_names import StepNames
from zoneeditor.gui.tool_messages import error_text
from zoneeditor.i18n.values import feature_name, version_title

Shortcut = QKeySequence.StandardKey | str | None
#: The toolbar's version switcher grows with the longest name up to this many characters.
VERSION_COMBO_MAX_CHARS = 32


def _window_tr(text: str) -> str:
    """Strings first written in the window class: their translations are filed under its
    context (tool names too, see i18n/extra_strings.py)."""
    return QCoreApplication.translate("MainWindow", text)


class WindowActions(QObject):
    """Menus, toolbars and action slots of the main window."""

    def __init__(self, editor: Editor, canvas: MapCanvas, window: WindowServices,
                 files: ProjectFiles, map_status: MapStatus) -> None:
        super().__init__(window.main_widget)
        self.editor = editor
        self.canvas = canvas
        self.window = window
        self.files = files
        self.tool_actions: dict[type[Tool], QAction] = {}
        self._version_actions: list[QAction] = []
        self._make_file_actions()
        self._make_edit_view_actions(map_status)
        self._make_tool_and_version_actions()
        self._make_toolbars()
        #: What changes the version shown, off while it is read-only (an observer's team
        #: copy, or a version of another delegation or of the coordinators).
        self.edit_actions = ReadOnlyActions(editor, [
            *(act for cls, act in self.tool_actions.items() if cls.edits),
            self.act_delete], self)
        #: New proposal… copies the version shown: the way out of one the user may not
        #: change, off only while the whole project is read-only.
        self.proposal_actions = ReadOnlyActions(editor, [self.act_new_proposal], self,
                                                proposing=True)
        self._connect_signals()
        self.reload_recent()
        self.on_history_changed()
        self.reload_versions()
        self.on_tool_changed(editor.tool)

    # -- building ------------------------------------------------------------------------------
    def _action(self, menu: str, text: str, slot: Callable[..., object],
                shortcut: Shortcut = None) -> QAction:
        act = QAction(text, self.window.main_widget)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # Every binding the platform lists (Redo is Ctrl+Y *and* Ctrl+Shift+Z on Linux);
            # QKeySequence(standard_key) would keep only the first.
            act.setShortcuts(shortcut)
        elif shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.window.menu(menu).addAction(act)
        return act

    def _make_file_actions(self) -> None:
        sk = QKeySequence.StandardKey
        files = self.files
        self.act_new = self._action("File", self.tr("&New project"), files.new_project, sk.New)
        self.act_open = self._action("File", self.tr("&Open…"), files.ask_open, sk.Open)
        self.recent_menu = self.window.menu("File").addMenu(self.tr("Open &recent"))
        self.act_save = self._action("File", self.tr("&Save"), files.save, sk.Save)
        self.act_save_as = self._action("File", self.tr("Save &as…"), files.save_as, sk.SaveAs)
        self.window.menu("File").addSeparator()
        self.act_quit = self._action("File", self.tr("&Quit"), self.window.main_widget.close,
                                     sk.Quit)

    def _make_edit_view_actions(self, map_status: MapStatus) -> None:
        sk = QKeySequence.StandardKey
        canvas = self.canvas
        self.act_undo = self._action("Edit", self.tr("&Undo"), self.editor.undo, sk.Undo)
        self.act_redo = self._action("Edit", self.tr("&Redo"), self.editor.redo, sk.Redo)
        # Qt takes no shortcut of an action that is off: Ctrl+Z at a step the window may not
        # undo (a locked layer, a read-only version) did nothing and said nothing. While an
        # action is off for a reason, a shortcut of the same keys asks the editor, which
        # refuses with the reason in the status bar. Only then: two live shortcuts on one
        # key would be ambiguous and neither would fire.
        self.refused_undo = QShortcut(sk.Undo, self.window.main_widget, self.editor.undo)
        self.refused_redo = QShortcut(sk.Redo, self.window.main_widget, self.editor.redo)
        for key in (self.refused_undo, self.refused_redo):
            key.setEnabled(False)
        self.window.menu("Edit").addSeparator()
        # Only the Delete key: some platforms add Ctrl+D to the standard Delete bindings, and
        # a stray Ctrl+D must not delete a zone.
        self.act_delete = self._action("Edit", self.tr("&Delete selected"), self.on_delete,
                                       "Delete")
        self.act_select_all = self._action("Edit", self.tr("Select &all"), self.on_select_all,
                                           sk.SelectAll)
        self.act_deselect = self._action("Edit", self.tr("&Clear selection"),
                                         self.editor.selection.clear, "Ctrl+Shift+A")
        self.act_zoom_in = self._action("View", self.tr("Zoom &in"),
                                        lambda: canvas.zoom_by(2.0), sk.ZoomIn)
        self.act_zoom_out = self._action("View", self.tr("Zoom &out"),
                                         lambda: canvas.zoom_by(0.5), sk.ZoomOut)
        self.act_fit = self._action("View", self.tr("&Fit to project"), canvas.fit_to_project,
                                    "Ctrl+Shift+F")
        self.act_zoom_sel = self._action("View", self.tr("Zoom to &selection"),
                                         self.on_zoom_selection, "Ctrl+J")
        self.window.menu("View").addSeparator()
        self.act_labels = self._action("View", self.tr("Show &labels"), self.on_show_labels,
                                       "Ctrl+Shift+L")
        self.act_labels.setCheckable(True)
        self.act_labels.setChecked(True)
        self.act_local_labels = self._action("View", self.tr("Labels in local la&nguage"),
                                             self.on_label_language)
        self.act_local_labels.setCheckable(True)
        self.act_dms = QAction(self.tr("Position in &degrees, minutes, seconds"),
                               self.window.main_widget)
        self.act_dms.setCheckable(True)
        self.act_dms.toggled.connect(map_status.dms.setChecked)
        map_status.dms.toggled.connect(self.act_dms.setChecked)
        self.window.menu("View").addAction(self.act_dms)

    def _make_tool_and_version_actions(self) -> None:
        parent = self.window.main_widget
        self.tool_group = QActionGroup(parent)
        self.tool_group.setExclusive(True)
        for cls in tool_classes():
            name = _window_tr(cls.name)
            act = QAction(tool_icon(cls), name, parent)
            act.setObjectName(f"tool_{cls.__name__}")
            act.setCheckable(True)
            if cls.shortcut:
                act.setShortcut(QKeySequence(cls.shortcut))
                # "Draw zone (Z)": the name and the key (icons-only toolbars show this)
                act.setToolTip(self.tr("%1 (%2)").replace("%1", name).replace(
                    "%2", QKeySequence(cls.shortcut).toString(
                        QKeySequence.SequenceFormat.NativeText)))
            else:
                act.setToolTip(name)
            act.triggered.connect(lambda _c=False, c=cls: self.editor.choose_tool(c))
            self.tool_group.addAction(act)
            self.window.menu("Tools").addAction(act)
            self.tool_actions[cls] = act
        self.act_new_proposal = self._action("Version", self.tr("New &proposal…"),
                                             self.on_new_proposal)
        self.window.menu("Version").addSeparator()
        self._version_group = QActionGroup(parent)
        self._action("Help", self.tr("&About ZoneEditor"), self.on_about)
        self.version_combo = ElidedComboBox(parent)
        self.version_combo.setObjectName("versionCombo")
        self.version_combo.setToolTip(self.tr("Version shown and edited"))
        self.version_combo.setMinimumContentsLength(14)
        # As wide as the longest name, up to a limit (a longer name is elided, and shown
        # whole in the list)
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.setMaximumWidth(
            self.version_combo.fontMetrics().averageCharWidth() * VERSION_COMBO_MAX_CHARS)
        self.version_combo.activated.connect(self.on_version_combo)
        self.party_combo = DrawingPartyCombo(self.editor, parent)
        #: Toolbar controls that switch what is edited: never keyboard-focused, never
        #: switched by the wheel (``MapFocus.keep_off``), so only a deliberate choice counts.
        self.switchers = (self.version_combo, self.party_combo)

    def _make_toolbars(self) -> None:
        parent = self.window.main_widget
        bar = QToolBar(self.tr("Main"), parent)
        bar.setObjectName("mainToolbar")
        icons = {self.act_open: "open", self.act_save: "save", self.act_undo: "undo",
                 self.act_redo: "redo", self.act_zoom_in: "zoom_in",
                 self.act_zoom_out: "zoom_out", self.act_fit: "fit"}
        for act in (self.act_open, self.act_save, None, self.act_undo, self.act_redo, None,
                    self.act_zoom_in, self.act_zoom_out, self.act_fit, None):
            if act is None:
                bar.addSeparator()
            else:
                act.setIcon(action_icon(icons[act]))
                bar.addAction(act)
        bar.addWidget(self.version_combo)
        bar.addWidget(self.party_combo)
        self.window.add_toolbar(bar)
        self.toolbar = bar
        # The map tools get a row of their own, so the version switcher is never pushed
        # into the overflow menu when more tools are registered.
        tools_bar = QToolBar(self.tr("Tools"), parent)
        tools_bar.setObjectName("toolsToolbar")
        for act in self.tool_actions.values():
            tools_bar.addAction(act)
        self.window.add_toolbar(tools_bar, new_row=True)
        self.tools_toolbar = tools_bar

    def _connect_signals(self) -> None:
        editor = self.editor
        editor.history_changed.connect(self.on_history_changed)
        editor.session_changed.connect(self.on_session_changed)
        editor.document_changed.connect(self.on_document_changed)
        editor.version_changed.connect(self.on_version_changed)
        editor.tool_changed.connect(self.on_tool_changed)
        editor.read_only_changed.connect(self.on_read_only_changed)
        self.files.recent_changed.connect(self.reload_recent)

    # -- following the editor ------------------------------------------------------------------
    def on_session_changed(self, _session: object = None) -> None:
        """Another project: its versions and history."""
        self.reload_versions()
        self.on_history_changed()

    def on_document_changed(self, changeset: ChangeSet) -> None:
        """A version may have been created or dropped."""
        if changeset.structure != Structure.NONE:
            self.reload_versions()

    def on_version_changed(self, name: str) -> None:
        """Another version is shown: combo and menu follow; say whether it is locked."""
        self.reload_versions()
        locked = self.editor.layer_state.version_locked(name)
        self.window.status(_window_tr("Showing %1%2").replace(
            "%1", isolate(version_title(name))).replace(
            "%2", _window_tr(" — %1").replace("%1", self.editor.read_only)
            if self.editor.read_only else
            _window_tr(" (locked: unlock it in Layers to edit)") if locked else ""))

    def on_read_only_changed(self, reason: str) -> None:
        """The project became read-only: leave an editing tool for Select, and say why
        (the editing actions turn themselves off, ``edit_actions``)."""
        if not reason:
            return
        if type(self.editor.tool).edits:
            self.editor.choose_tool(next(c for c in tool_classes() if not c.edits))
        self.window.status(reason, 15000)

    def on_tool_changed(self, tool: Tool) -> None:
        """The active tool's action is checked."""
        self.tool_actions[type(tool)].setChecked(True)

    def on_history_changed(self) -> None:
        """Undo/redo actions follow the history (labels name the step, its features as the
        window names them: ``gui.step_names``); a step that changes a version read-only
        here leaves its action off, saying why (``Editor.history_refusal``)."""
        editor = self.editor
        h = editor.document.history
        undo_why = editor.history_refusal(h.index - 1) if h.can_undo else ""
        redo_why = editor.history_refusal(h.index + 1) if h.can_redo else ""
        self.act_undo.setEnabled(h.can_undo and not undo_why)
        self.act_redo.setEnabled(h.can_redo and not redo_why)
        self.refused_undo.setEnabled(bool(undo_why))
        self.refused_redo.setEnabled(bool(redo_why))
        names = StepNames(editor.document.project)  # features in the window's language
        undo = names.text(h.steps[h.index - 1]) if h.can_undo else ""
        redo = names.text(h.steps[h.index]) if h.can_redo else ""
        self.act_undo.setText(_window_tr("&Undo %1").replace("%1", undo).strip()
                              if h.can_undo else _window_tr("&Undo"))
        self.act_redo.setText(_window_tr("&Redo %1").replace("%1", redo).strip()
                              if h.can_redo else _window_tr("&Redo"))
        # The toolbar keeps short buttons; the step's name goes in the menu and tooltip.
        self.act_undo.setIconText(_window_tr("Undo"))
        self.act_redo.setIconText(_window_tr("Redo"))
        for act, why in ((self.act_undo, undo_why), (self.act_redo, redo_why)):
            tip = act.text().replace("&", "")
            act.setToolTip(read_only_tip(tip, why) if why else tip)
            act.setStatusTip(why)

    # -- slots ---------------------------------------------------------------------------------
    def on_delete(self) -> None:
        """Delete key: the tool may use it (last vertex); otherwise delete the selection."""
        tool = self.canvas.tool
        if tool is not None:
            result = tool.key(KeyEvent("Delete"))
            if result.handled:
                self.canvas.apply_result(result)
                return
        ids = list(self.editor.selection)
        if not ids:
            return
        doc = self.editor.document
        for fid in ids:
            f = doc.feature(fid)
            if f is not None and not self.editor.is_editable(f):
                self.window.status(self.tr("Cannot delete: %1 is locked").replace(
                    "%1", isolate(feature_name(f))))  # as the window names it
                return
        try:
            changeset = delete_features(doc.version, ids)
        except ZoneEditorError as exc:  # a refusal
            self.window.status(named_error(exc, doc))
            return
        self.editor.push(changeset)

    def on_select_all(self) -> None:
        """Select every visible feature of the current version."""
        hidden = self.editor.layer_state.hidden
        self.editor.selection.set(f.id for f in self.editor.document.version
                                  if f.layer.value not in hidden)

    def on_zoom_selection(self) -> None:
        """Zoom to the selected features."""
        doc = self.editor.document
        feats = [f for i in self.editor.selection if (f := doc.feature(i)) is not None]
        if not feats:
            self.window.status(self.tr("Nothing selected"))
            return
        bs = [f.geometry.bounds for f in feats]
        self.canvas.zoom_to_bounds((min(b[0] for b in bs), min(b[1] for b in bs),
                                    max(b[2] for b in bs), max(b[3] for b in bs)), margin=0.15)

    def on_show_labels(self, shown: bool) -> None:
        """Turn feature labels on the map on or off."""
        self.canvas.show_labels = bool(shown)
        self.canvas.refresh(static=True)

    def on_label_language(self, local: bool) -> None:
        """Switch map labels between both names side by side and local (Arabic) names only."""
        self.canvas.label_language = "local" if local else "both"
        self.canvas.refresh(static=True)

    def on_new_proposal(self) -> None:
        """Copy the shown version into a new proposal and switch to it.

        The name dialog says at once why a name cannot be used, with OK off (empty,
        "agreed", or a version's name in other letter case: two proposals called
        "Proposal B" and "proposal b" are one mistake away from editing the wrong one)."""
        from PySide6.QtWidgets import QDialog

        from zoneeditor.gui.version_menu import VersionNameDialog

        doc = self.editor.document
        dialog = VersionNameDialog(self.tr("New proposal"), self.tr("Name of the new proposal:"),
                                   "", list(doc.project.versions),
                                   parent=self.window.main_widget)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.window.main_widget.activateWindow()
        self.canvas.setFocus()
        if not accepted:
            return
        name = dialog.name()
        try:
            changeset = new_proposal(doc.version, name)
        except ZoneEditorError as exc:  # a refusal
            self.window.status(error_text(exc))
            return
        label = self.tr("New proposal %1 from %2").replace("%1", name).replace(
            "%2", version_title(doc.current_version))  # the history names both, translated
        if self.editor.push(replace(changeset, label=label)):
            self.editor.switch_version(name)

    def on_version_combo(self, index: int) -> None:
        """The toolbar combo picked a version."""
        name = self.version_combo.itemData(index)
        if name:
            self.editor.switch_version(name)

    def on_about(self) -> None:
        """Help > About."""
        QMessageBox.about(self.window.main_widget, self.tr("About ZoneEditor"), self.tr(
            "ZoneEditor — a map editor for negotiating ceasefire and de-escalation zones.\n"
            "Works offline. Basemap: Natural Earth. Places: GeoNames."))

    # -- lists that follow the project ---------------------------------------------------------
    def _version_title(self, name: str) -> str:
        return version_title(name)  # "Agreed baseline", "Agreed until …" in any language

    def reload_versions(self) -> None:
        """Fill the toolbar combo and the Version menu with the project's versions."""
        doc = self.editor.document
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for name in doc.project.versions:
            self.version_combo.addItem(self._version_title(name), name)
        self.version_combo.setCurrentIndex(self.version_combo.findData(doc.current_version))
        self.version_combo.blockSignals(False)
        menu = self.window.menu("Version")
        for act in self._version_actions:
            menu.removeAction(act)
            self._version_group.removeAction(act)
        self._version_actions = []
        for name in doc.project.versions:
            act = QAction(self._version_title(name), self.window.main_widget)
            act.setCheckable(True)
            act.setChecked(name == doc.current_version)
            act.triggered.connect(lambda _c=False, n=name: self.editor.switch_version(n))
            self._version_group.addAction(act)
            menu.addAction(act)
            self._version_actions.append(act)

    def reload_recent(self) -> None:
        """File ▸ Open recent lists the recent projects (disabled when there is none)."""
        self.recent_menu.clear()
        recent = self.files.recent_files()
        for path in recent:
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.files.open_recent(p))
        self.recent_menu.setEnabled(bool(recent))
