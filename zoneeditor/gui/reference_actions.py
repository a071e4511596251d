"""Reference layers in the window: the add-on that wires them in (installed by gui/addons.py).

- **Layer ▸ Add reference layer…** (Ctrl+Shift+R; also on the References toolbar and the
  Layers panel's Add button): any file zoneeditor reads, an OpenStreetMap extract, a GeoTIFF /
  COG, an MBTiles or GeoPackage tile set; read off the UI thread, added as one undo step.
- **Tools ▸ Trace along reference lines** (T, and a toolbar button): Draw zone and Draw line
  follow a reference line between two clicks snapped onto it; the preview follows it to the
  pointer. Tracing uses snapping: with snapping off it waits until it is on again.
- **Tools ▸ Georeference image…**: the georeferencing dialog (``gui.georef_dialog``).
- **The snap tooltip**: while an editing tool snaps, a tooltip at the pointer says to what —
  "Vertex of river Nahr Test — reference layer Idlib OSM" (``core.snapping.describe_snap``,
  in the interface language).
- Problems: a reference of the project that cannot be read is one sentence in the status bar
  (and a warning icon with the sentence on its row); a file the user adds that cannot be
  read is a dialog. A reference added outside the view is zoomed to.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QToolTip

from zoneeditor.core.messages import substitute
from zoneeditor.core.snapping import Snap
from zoneeditor.core.tools.editing import EditingTool
from zoneeditor.core.tools.path import PathTool
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.reference_files import ask_reference_files
from zoneeditor.gui.services import WindowServices

if TYPE_CHECKING:  # imported on first use (start-up time)
    from zoneeditor.gui.georef_dialog import GeorefDialog

#: The key that turns tracing on and off (JOSM's and QGIS's habit).
TRACE_KEY = "T"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceActions", text)


def snap_text(snap: Snap) -> str:
    """The snap tooltip line (``core.snapping.describe_snap``, translated): what the pointer
    snapped to, and from which layer."""
    vertex = snap.kind == "vertex"
    if snap.source == "reference":
        what = snap.label or _tr("a line")
        text = (_tr("Vertex of %1 — reference layer %2") if vertex
                else _tr("On %1 — reference layer %2"))
        return substitute(text, (what, snap.layer or ""))
    if snap.source == "basemap":
        return (_tr("Vertex of the border of %1") if vertex
                else _tr("On the border of %1")).replace("%1", str(snap.feature_id))
    if snap.source == "agreed":
        return _tr("Vertex of the agreed baseline") if vertex else _tr("On the agreed baseline")
    if snap.source == "drawing":
        return _tr("The shape's first vertex") if vertex else _tr("The shape being drawn")
    return (_tr("Vertex of a feature of this version") if vertex
            else _tr("On a feature of this version"))


class ReferenceActions(QObject):
    """The reference layers' menu entries, toolbar, trace toggle and snap tooltip."""

    def __init__(self, editor: Editor, window: WindowServices, canvas: MapCanvas) -> None:
        super().__init__(window.main_widget)
        self.setObjectName("referenceActions")
        self.editor = editor
        self.window = window
        self.canvas = canvas
        self.state = editor.references
        self._folder = ""
        self._pointer: tuple[float, float] | None = None
        #: The snap tooltip's text now ('' when nothing is snapped to).
        self.snap_tip = ""
        self._georef: GeorefDialog | None = None  # the georeferencing dialog, made on first use
        self._make_actions()
        self._make_toolbar()
        self._connect_signals()

    # -- building ------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        w = self.window.main_widget
        self.act_add = QAction(self.tr("Add &reference layer…"), w)
        self.act_add.setObjectName("action_add_reference")
        self.act_add.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.act_add.setIconText(self.tr("Add reference"))
        self.act_add.setStatusTip(self.tr("Show an OpenStreetMap extract, imagery (GeoTIFF, "
                                          "MBTiles, GeoPackage tiles) or any map file under "
                                          "the project"))
        self.act_add.triggered.connect(self.ask_add)
        self.window.menu("Layer").addAction(self.act_add)
        tools = self.window.menu("Tools")
        tools.addSeparator()
        self.act_trace = QAction(self.tr("&Trace along reference lines"), w)
        self.act_trace.setObjectName("action_trace")
        self.act_trace.setCheckable(True)
        self.act_trace.setChecked(self.editor.edit_state.trace)
        self.act_trace.setShortcut(QKeySequence(TRACE_KEY))
        self.act_trace.setIconText(self.tr("Trace"))
        self.act_trace.setToolTip(self.tr("Trace along reference lines (T): two clicks on a "
                                          "river or road follow it"))
        self.act_trace.setStatusTip(self.tr("Draw zone and Draw line follow a reference line "
                                            "between two clicks snapped onto it"))
        self.act_trace.toggled.connect(self.on_trace_toggled)
        tools.addAction(self.act_trace)
        self.act_georef = QAction(self.tr("&Georeference image…"), w)
        self.act_georef.setObjectName("action_georeference")
        self.act_georef.setIconText(self.tr("Georeference"))
        self.act_georef.setStatusTip(self.tr("Place a scanned map or a PDF annex on the map "
                                             "with control points"))
        self.act_georef.triggered.connect(self.open_georeference)
        tools.addAction(self.act_georef)

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Reference layers"), self.window.main_widget)
        bar.setObjectName("referenceToolbar")
        for act in (self.act_add, self.act_trace, self.act_georef):
            bar.addAction(act)
        self.window.add_toolbar(bar)
        self.toolbar = bar

    def _connect_signals(self) -> None:
        state = self.state
        state.problem.connect(self.on_problem)
        state.add_failed.connect(self.on_add_failed)
        state.added.connect(self.on_added)
        state.zoom_requested.connect(self.zoom_to)
        self.canvas.cursor_moved.connect(self.on_cursor_moved)
        self.canvas.result_applied.connect(self.on_result)
        self.editor.session_changed.connect(self.on_session_changed)

    # -- adding --------------------------------------------------------------------------------
    def ask_add(self) -> None:
        """Layer ▸ Add reference layer…: ask for files, read and add them."""
        paths = ask_reference_files(self.window.main_widget, self._folder)
        if paths:
            self._folder = str(Path(paths[0]).parent)
            self.add(paths)

    def add(self, paths: list[str] | list[Path]) -> None:
        """Read ``paths`` off the UI thread and add each as a reference layer (undoable)."""
        names = ", ".join(Path(p).name for p in paths)
        self.window.status(self.tr("Reading %1…").replace("%1", names), 30000)
        self.state.add_files(paths)

    def on_added(self, reference_id: str) -> None:
        """A reference arrived: say so, and show it when it lies outside the view."""
        layer = self.state.layer(reference_id)
        if layer is None:
            return
        self.window.status(self.tr("Reference layer %1 added").replace("%1", layer.name))
        box = self.state.bounds(reference_id)
        if box is None:
            return
        w, s, e, n = self.canvas.viewport.bounds
        if box[2] < w or box[0] > e or box[3] < s or box[1] > n:
            self.zoom_to(reference_id)

    def zoom_to(self, reference_id: str) -> None:
        """Show the whole of a reference layer."""
        box = self.state.bounds(reference_id)
        if box is not None:
            self.canvas.zoom_to_bounds(box, margin=0.05)

    def on_problem(self, sentence: str) -> None:
        """A reference of the project cannot be read: say so (its row shows it too)."""
        self.window.status(sentence, 15000)

    def on_add_failed(self, sentence: str) -> None:
        """A file the user chose cannot be read."""
        self.window.status("")
        self.window.show_error(self.tr("Cannot add reference layer"), sentence)

    # -- tracing -------------------------------------------------------------------------------
    def on_trace_toggled(self, on: bool) -> None:
        """T: tracing on or off."""
        state = self.editor.edit_state
        state.trace = on
        if not on:
            self.window.status(self.tr("Tracing off"))
        elif not state.snap_enabled:
            self.window.status(self.tr("Tracing on — it follows reference lines once "
                                       "snapping is on (N)"))
        elif self.state.targets is None:
            self.window.status(self.tr("Tracing on — add a reference layer to trace along "
                                       "(Layer ▸ Add reference layer…)"))
        else:
            self.window.status(self.tr("Tracing on: two clicks on a reference line follow it"))
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        """Redraw the drawing tool's preview with or without the traced way."""
        tool = self.canvas.tool
        if isinstance(tool, PathTool) and tool.active:
            self.canvas.preview = tool.preview()
            self.canvas.update()

    def on_session_changed(self, _session: object = None) -> None:
        """Another project: the toggle shows the (carried over) tracing state."""
        self.act_trace.blockSignals(True)
        self.act_trace.setChecked(self.editor.edit_state.trace)
        self.act_trace.blockSignals(False)

    # -- snap tooltip --------------------------------------------------------------------------
    def on_cursor_moved(self, lon: float, lat: float) -> None:
        """Remember where the pointer is (the tooltip goes there)."""
        self._pointer = (lon, lat)

    def on_result(self, _result: object) -> None:
        """After every tool event: show what the pointer snapped to, or hide the tooltip."""
        tool = self.canvas.tool
        snap = tool.last_snap if isinstance(tool, EditingTool) else None
        text = snap_text(snap) if snap is not None else ""
        if text == self.snap_tip:
            return
        self.snap_tip = text
        if not text or self._pointer is None:
            QToolTip.hideText()
            return
        x, y = self.canvas.viewport.to_screen(*self._pointer)
        where = self.canvas.mapToGlobal(QPoint(round(x) + 16, round(y) + 16))
        QToolTip.showText(where, text, self.canvas)

    # -- georeferencing ------------------------------------------------------------------------
    def open_georeference(self) -> None:
        """Tools ▸ Georeference image…: the dialog (one per window, raised when open)."""
        from zoneeditor.gui.georef_dialog import GeorefDialog

        if self._georef is None:
            self._georef = GeorefDialog(self.editor, self.window, self.canvas)
        dialog = self._georef
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.start()

    @property
    def georef_dialog(self) -> GeorefDialog | None:
        """The georeferencing dialog once opened (None before)."""
        return self._georef


def install(editor: Editor, window: WindowServices, canvas: MapCanvas) -> ReferenceActions:
    """Add the reference layers' menu entries, toolbar, trace key and snap tooltip."""
    return ReferenceActions(editor, window, canvas)
