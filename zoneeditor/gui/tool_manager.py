"""Editing add-on of the main window: snapping and avoid-overlap toggles, the coordinate
entry box, the buffer dialog, refusal flashing, and the problems dock.

Installed by ``gui/addons.py``; the window itself knows nothing about editing. It listens to:

- ``editor.tool_chosen``: a chosen tool's ``activate()`` runs (merge acts on the selection at
  once, buffer asks the widths for a selected line);
- ``canvas.result_applied``: a refusal with a place flashes a marker there (and pans to it
  when off screen); a tool that ``needs_input`` gets its dialog.

The toggles write to ``editor.edit_state``, which the editor carries over to the next
document it opens.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QDialog, QToolBar

from zoneeditor.core.coords import Coordinate
from zoneeditor.core.far_vertex import far_vertex, reference
from zoneeditor.core.messages import substitute
from zoneeditor.core.naming import lat_lon, ltr
from zoneeditor.core.tools.base import KeyEvent, Tool, ToolResult
from zoneeditor.core.tools.buffer_tool import BufferTool
from zoneeditor.core.tools.editing import EditingTool
from zoneeditor.core.tools.path import PathTool
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.far_vertex_question import FarVertexQuestion
from zoneeditor.gui.named_messages import named
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.tool_buffer_dialog import BufferDialog
from zoneeditor.gui.tool_coords import CoordinateEntry
from zoneeditor.gui.tool_problems_panel import ProblemsPanel

#: How long a refused edit's location stays marked (ms).
FLASH_MS = 2500


class EditingManager(QObject):
    """Wires the Qt-free editing tools into the window (one per window)."""

    def __init__(self, editor: Editor, window: WindowServices, canvas: MapCanvas) -> None:
        super().__init__(window.main_widget)
        self.setObjectName("editingManager")
        self.editor = editor
        self.window = window
        self.canvas = canvas
        self._flash_at: tuple[float, float] | None = None
        # The buffer question is asked or on its way: a click on a line gives the tool's
        # asking result twice (press and release), and the second opened over the first
        self._asking_widths = False
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        self._make_actions()
        self._make_coordinate_bar()
        self.problems = ProblemsPanel(editor, canvas, self.flash, window.main_widget)
        self.problems_dock = window.add_dock(self.problems, self.tr("Problems"))
        self.canvas.add_overlay(self._paint_flash)
        editor.tool_chosen.connect(self.on_tool_chosen)
        self.canvas.result_applied.connect(self.on_result)

    # -- building ------------------------------------------------------------------------------
    def _make_actions(self) -> None:
        w = self.window.main_widget
        menu = self.window.menu("Tools")
        menu.addSeparator()
        self.act_snap = QAction(self.tr("&Snapping"), w)
        self.act_snap.setObjectName("action_snapping")
        self.act_snap.setCheckable(True)
        self.act_snap.setChecked(True)
        self.act_snap.setShortcut(QKeySequence("N"))
        self.act_snap.setStatusTip(self.tr("Snap to vertices and borders within 10 pixels "
                                           "(hold Ctrl to suspend while clicking)"))
        self.act_snap.toggled.connect(self.on_snap_toggled)
        menu.addAction(self.act_snap)
        self.act_avoid = QAction(self.tr("&Avoid overlap with other parties"), w)
        self.act_avoid.setObjectName("action_avoid_overlap")
        self.act_avoid.setCheckable(True)
        self.act_avoid.setStatusTip(self.tr("Clip new zones against zones of other parties"))
        self.act_avoid.toggled.connect(self.on_avoid_toggled)
        menu.addAction(self.act_avoid)
        self.act_coords = QAction(self.tr("Type &coordinates…"), w)
        self.act_coords.setObjectName("action_coordinates")
        self.act_coords.setShortcut(QKeySequence("Ctrl+L"))
        self.act_coords.triggered.connect(self.focus_coordinates)
        menu.addAction(self.act_coords)
        # Tab on the map jumps to the coordinate box (only while the map has focus, so Tab
        # keeps moving between fields everywhere else)
        self.act_coords_tab = QAction(self.canvas)
        self.act_coords_tab.setShortcut(QKeySequence(Qt.Key.Key_Tab))
        self.act_coords_tab.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_coords_tab.triggered.connect(self.focus_coordinates)
        self.canvas.addAction(self.act_coords_tab)

    def _make_coordinate_bar(self) -> None:
        bar = QToolBar(self.tr("Coordinates"), self.window.main_widget)
        bar.setObjectName("coordinatesToolbar")
        self.coords = CoordinateEntry(self._last_vertex, bar)
        self.coords.entered.connect(self.on_coordinate)
        self.coords.failed.connect(lambda _text: self._say_under_the_box())
        self.coords.finish.connect(self.finish_from_coordinates)
        self.coords.leave.connect(lambda: self.canvas.setFocus(Qt.FocusReason.TabFocusReason))
        bar.addWidget(self.coords)
        self.window.add_toolbar(bar)
        self.coords_bar = bar

    # -- state ---------------------------------------------------------------------------------
    def on_snap_toggled(self, on: bool) -> None:
        """N: snapping on or off."""
        self.editor.edit_state.snap_enabled = on
        self.window.status(self.tr("Snapping on") if on else self.tr("Snapping off"))

    def on_avoid_toggled(self, on: bool) -> None:
        """Avoid overlap on or off."""
        self.editor.edit_state.avoid_overlap = on
        self.window.status(self.tr("New zones are clipped against other parties' zones") if on
                           else self.tr("New zones may overlap other parties' zones"))

    # -- tools ---------------------------------------------------------------------------------
    def on_tool_chosen(self, tool: Tool) -> None:
        """Run the chosen tool's ``activate`` (merge/buffer act on the selection)."""
        if isinstance(tool, EditingTool):
            result = tool.activate()
            if result.handled or result.changeset is not None or result.refused:
                self.canvas.apply_result(result)
            elif result.message:
                self.window.status(named(result.message, self.editor.document))

    def on_result(self, result: ToolResult) -> None:
        """Flash refusals where they happened; open a dialog a tool asks for."""
        if result.refused and result.where is not None:
            self.flash(result.where)
        tool = self.canvas.tool
        if isinstance(tool, EditingTool) and tool.needs_input == "buffer_widths" \
                and not self._asking_widths:
            self._asking_widths = True
            QTimer.singleShot(0, self.ask_buffer_widths)

    def ask_buffer_widths(self) -> None:
        """Ask the widths for the buffer tool's line and make the zone (once at a time)."""
        tool = self.canvas.tool
        if not isinstance(tool, BufferTool) or tool.needs_input != "buffer_widths":
            self._asking_widths = False
            return
        self._asking_widths = True
        try:
            line = tool.line
            # the line as the window names it, as the step will
            dialog = BufferDialog(self.editor.tool_context.new_names.of(line)
                                  if line is not None else "", self.window.main_widget)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                left, right = dialog.widths()
                self.canvas.apply_result(tool.make(left, right))
            else:
                self.canvas.apply_result(tool.cancel())
        finally:
            self._asking_widths = False
        # back to the map, so the tool keys work at once
        self.window.main_widget.activateWindow()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _last_vertex(self) -> tuple[float, float] | None:
        tool = self.canvas.tool
        return tool.last_vertex if isinstance(tool, PathTool) else None

    def focus_coordinates(self) -> None:
        """Put the cursor in the coordinate box."""
        self.coords_bar.show()
        self.coords.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.coords.selectAll()

    def on_coordinate(self, coord: Coordinate) -> None:
        """A typed position: the next vertex of the drawing tool, else centre the map there.
        A vertex far off what is being drawn is added only once the user said so
        (``core.far_vertex``, ``gui.far_vertex_question``); declined, nothing changes and
        the text stays in the box to be corrected."""
        tool = self.canvas.tool
        if isinstance(tool, PathTool):
            xy: tuple[float, float] | None = coord.xy
            # no question about a vertex refused anyway, nor while measuring: a measurement
            # changes nothing and shows its figures at once, a far one is often the point
            if tool.edits and tool.vertex_refused() is None:
                xy = self._far_off_checked(tool, coord)
            if xy is None:
                self.coords.keep_text()
                self.window.status(self.tr("Vertex not added: correct the coordinates in "
                                           "the box"))
                return
            result = tool.add_vertex(xy)
            self.canvas.apply_result(result)
            if result.refused:  # said under the box, where the delegate is looking
                self.coords.show_problem(named(result.refused, self.editor.document))
                self._say_under_the_box()
                return
            self._ensure_visible(xy)
            if xy != coord.xy:  # the other reading, chosen in the question
                self.window.status(substitute(self.tr(
                    "Vertex at %1: read as longitude, latitude"), (ltr(lat_lon(*xy)),)))
            elif coord.reordered:  # the order rule turned the pair: say where it went
                self.window.status(substitute(self.tr(
                    "Vertex at %1: read as longitude, latitude, since %2 cannot be a "
                    "latitude"), (ltr(lat_lon(*coord.xy)), ltr(f"{coord.lon:g}"))))
        else:
            vp = self.canvas.viewport
            x, y = vp.to_screen(*coord.xy)
            self.canvas.pan_by(vp.width / 2 - x, vp.height / 2 - y)
            self.flash(coord.xy)
            self.window.status(substitute(self.tr(
                "Centred on %1 (choose a drawing tool to add a vertex there)"),
                (ltr(lat_lon(*coord.xy)),)))

    def _far_off_checked(self, tool: PathTool, coord: Coordinate) -> tuple[float, float] | None:
        """Where the typed vertex goes: as typed when it is near what is being drawn (the
        sketch and the features the tool acts on, else the map shown); else where the user
        answers it should go, or None when they declined."""
        around = reference(tool.points, tool.acts_on(), self.canvas.viewport.bounds)
        far = far_vertex(coord, around)
        if far is None:
            return coord.xy
        question = FarVertexQuestion(far, coord, self.window.main_widget)
        try:
            return question.ask()
        finally:
            question.deleteLater()
            # back where the delegate was typing (not every platform gives the focus back)
            self.window.main_widget.activateWindow()
            self.coords.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_under_the_box(self) -> None:
        """A short status line for a typed position that was not taken: the whole reason,
        too long for the status bar, is in the note under the coordinate box."""
        self.window.status(self.tr("Not taken: the reason is under the coordinate box"))

    def finish_from_coordinates(self) -> None:
        """Return on the empty coordinate box: finish the drawing like Enter on the map."""
        tool = self.canvas.tool
        if isinstance(tool, PathTool) and tool.active:
            self.canvas.apply_result(tool.key(KeyEvent("Enter")))
            self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- flashing a place ----------------------------------------------------------------------
    def _ensure_visible(self, xy: tuple[float, float]) -> None:
        vp = self.canvas.viewport
        x, y = vp.to_screen(*xy)
        if not (0 <= x <= vp.width and 0 <= y <= vp.height):
            self.canvas.pan_by(vp.width / 2 - x, vp.height / 2 - y)

    def flash(self, xy: tuple[float, float]) -> None:
        """Mark ``xy`` for a moment (a refused edit's location), panning to it if needed."""
        self._ensure_visible(xy)
        self._flash_at = xy
        self._flash_timer.start(FLASH_MS)
        self.canvas.update()

    def _end_flash(self) -> None:
        self._flash_at = None
        self.canvas.update()

    def _paint_flash(self, painter: QPainter, viewport: Viewport) -> None:
        if self._flash_at is None:
            return
        x, y = viewport.to_screen(*self._flash_at)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("#d00000"), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for r in (8, 16):
            painter.drawEllipse(QPointF(x, y), r, r)
        painter.drawLine(QPointF(x - 22, y), QPointF(x + 22, y))
        painter.drawLine(QPointF(x, y - 22), QPointF(x, y + 22))
        painter.restore()


def install(editor: Editor, window: WindowServices, canvas: MapCanvas) -> EditingManager:
    """Add the editing toggles, coordinate box, buffer dialog and problems dock to the window."""
    return EditingManager(editor, window, canvas)
