"""The map canvas: a QWidget painted with the shared ``MapPainter``.

Navigation: drag with the middle button (or Space + left drag) to pan, arrow keys pan, the
wheel zooms at the cursor, + and - zoom at the centre. Every other mouse event goes to the
active tool as a ``PointerEvent`` in lon/lat with a 10-pixel pick tolerance; the tool's
``ToolResult`` is applied here (change set pushed on the history, selection replaced,
preview drawn).

The canvas translates Qt events and paints; what it shows comes from the ``Editor`` it is
given (document, selection, layer state, active tool, basemap) and it follows the editor's
signals to know when to repaint.

Speed: the map is rendered into cached images by ``render.map_cache.MapImageCache``, reused
while the view moves (a pan draws them shifted, a zoom scaled) and re-rendered once the view
has been still for a moment; an edit repaints only the part it changed. Only the selection,
the tool preview and the overlays are drawn live on every frame. Geometry is drawn with
level-of-detail paths computed on a worker thread (see ``render.lod``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.model import Feature
from zoneeditor.core.status_rule import reopen_edited, reopened_message
from zoneeditor.core.tools.base import (
    PointerEvent,
    Preview,
    Tool,
    ToolResult,
)
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.map_input import MapInput
from zoneeditor.gui.named_messages import named
from zoneeditor.gui.thread_signal import ThreadSignal
from zoneeditor.render.lod import LodCache
from zoneeditor.render.map_cache import MapImageCache
from zoneeditor.render.map_comparison import MapComparison
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.scene import Scene

#: Drawn over the map after everything else: ``overlay(painter, viewport)``, screen pixels.
Overlay = Callable[[QPainter, Viewport], None]

#: Pick and snap radius in screen pixels.
PICK_PIXELS = 10.0
#: The background is re-rendered when the view has not moved for this long (ms).
SETTLE_MS = 150

class MapCanvas(QWidget):
    """The map widget. Public surface: ``viewport``, ``set_view()``, ``zoom_to_bounds()``,
    ``zoom_by()``, ``pan_by()``, ``fit_to_project()``, ``refresh()``, ``add_overlay()``,
    ``set_comparison()``, ``label_rects()``,
    ``scene()``, ``apply_result()``, ``tool``, ``images``, ``painter``, ``lod``.
    """

    #: The map point under the pointer, in lon/lat: emitted on every mouse move over the
    #: map and when the view moves under a still pointer (``gui.map_input``).
    cursor_moved = Signal(float, float)
    #: The pointer left the map: no map point is under it.
    cursor_left = Signal()
    #: The viewport changed (pan, zoom, resize).
    view_changed = Signal()
    #: A message for the status bar (tool messages, refusals).
    message = Signal(str)
    #: Every ToolResult after it was applied (editing add-ons react to refusals, requests).
    result_applied = Signal(object)
    #: A frame of the map was painted (after every ``paintEvent``): the start-up trace
    #: (``gui.startup_trace``) and tests wait for the first one.
    painted = Signal()

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(200, 150)
        #: The map's cached images (background, names, layers); see ``render.map_cache``.
        self.images = MapImageCache(MapPainter(raster_labels=True))
        self.lod = LodCache(threaded=True)
        # Emitted by the worker: a ThreadSignal, so a canvas closing meanwhile is no crash.
        self._lod_ready = ThreadSignal()
        self._lod_ready.connect(self._on_lod_ready)
        self.lod.on_ready = self._lod_ready.emitter()
        self._viewport = Viewport(38.5, 35.0, 60.0, max(1, self.width()), max(1, self.height()),
                                  ref_lat=35.0)
        self._has_view = False
        self._fit_pending = False
        self._fitted = False  # the view is the one fit_to_project chose (see shows_whole_project)
        self.label_language = "both"  # name and local-script name side by side
        self.show_labels = True
        #: The tool mouse and key events go to (the editor's active tool).
        self.tool: Tool | None = editor.tool
        self.preview: Preview | None = None
        self._overlays: list[Overlay] = []
        #: The comparison drawn over the map and the overlay drawing it (set_comparison).
        self._comparison: tuple[MapComparison, Overlay] | None = None
        self._applying = False  # True while a tool's own change set is being pushed
        #: (merge key, sentence) of the last push that made agreed features "proposed"
        self._reopened: tuple[str | None, str] | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settled)
        #: Seconds the last paintEvent took (for the status bar and benchmarks).
        self.last_frame_s = 0.0
        #: Mouse, wheel and keys: pans, zooms and the tool's events (``gui.map_input``).
        self.input = MapInput(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        editor = self._editor
        editor.tool_changed.connect(self.set_tool)
        editor.session_changed.connect(self.on_session_changed)
        editor.document_changed.connect(self.on_document_changed)
        editor.version_changed.connect(lambda _name: self.refresh(static=True))
        editor.background_changed.connect(lambda: self.refresh(static=True))
        editor.layer_state.changed.connect(lambda: self.refresh(static=True))
        # reference layers are part of the background image; their workers' tiles and paths
        # arrive like the LOD cache's (queued: a method, not a lambda)
        editor.references.changed.connect(lambda: self.refresh(static=True))
        editor.references.ready.connect(self._on_lod_ready)
        editor.selection.changed.connect(self.on_selection_changed)  # psygnal: a method

    # -- following the editor ------------------------------------------------------------------
    def on_session_changed(self, _session: object = None) -> None:
        """Another project: forget the old one's paths, draw the new one, show all of it."""
        self.forget_stale_paths()
        self.refresh(static=True)
        self.fit_to_project()

    def on_document_changed(self, _changeset: object = None) -> None:
        """An edit: repaint what it changed (the country outlines did not change). One not
        made by the tool here (undo, redo, a panel) also renews the tool's preview."""
        self.forget_stale_paths()
        self.refresh_layers()
        if not self._applying:
            self.renew_preview()

    def renew_preview(self) -> None:
        """The map changed under the pointer (undo, redo, an edit in a panel): the tool's
        preview showed the map as it was — a snap ring on a vertex that moved away, the
        handles of the old outline. The tool sees the pointer again where it is (a move
        with no button held) and its new preview replaces the old; a snap ring is kept
        only while the pointer is over the map."""
        if self.tool is None or self.preview is None:
            return
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # mid-drag: the drag's own moves renew it
        # whatever the old ring marked may have moved or gone with the change
        preview: Preview = replace(self.preview, snap=None)
        cursor = self.input.cursor
        if cursor is not None:
            lon, lat = self._viewport.to_map(cursor.x(), cursor.y())
            result = self.tool.pointer(PointerEvent("move", lon, lat, "none", frozenset(),
                                                    self.tolerance()))
            if result.preview is not None:  # the tool's view of the map as it is now
                preview = result.preview
                if preview.snap is not None and not self.underMouse():
                    preview = replace(preview, snap=None)
        self.preview = preview if preview.has_content else None
        self.update()

    def on_selection_changed(self, _ids: object = None) -> None:
        """Redraw the selection highlight (drawn live, on top of the cached images)."""
        self.update()

    @property
    def painter(self) -> MapPainter:
        """The painter of the map (the cached images' and the live layer's)."""
        return self.images.painter

    # -- public surface ------------------------------------------------------------------------
    @property
    def viewport(self) -> Viewport:
        """The current view (immutable; use ``set_view`` to change it)."""
        return self._viewport

    def set_view(self, viewport: Viewport, settle: bool = True) -> None:
        """Show ``viewport`` (resized to the widget). ``settle``: the view is moving (a
        drag or the wheel), and the map is re-rendered when it stops; without it the view is
        where it stays, and the next frame renders it even if a motion was under way."""
        self._fit_pending = False
        self._fitted = False
        self._viewport = viewport.resized(max(1, self.width()), max(1, self.height()))
        self._has_view = True
        self.view_changed.emit()
        if settle:
            self._settle.start()
        else:  # a motion before this view is over: its images are not this view's
            self._settle.stop()
        self.update()

    def refresh(self, static: bool = False) -> None:
        """Repaint; with ``static`` also re-render the cached map images (background and
        layers). After an edit, ``refresh_layers`` is enough and cheaper."""
        self.images.invalidate(everything=static)
        self.update()

    def refresh_layers(self) -> None:
        """Repaint what an edit changed of the project layers, labels and towns."""
        self.images.invalidate()
        self.update()

    def forget_stale_paths(self) -> None:
        """Drop cached paths of geometries no version holds any more (after edits)."""
        project = self._editor.document.project
        self.lod.retain([f.geometry for v in project.versions.values() for f in v])

    def add_overlay(self, overlay: Overlay) -> None:
        """Register ``overlay(painter, viewport)``, called after the map is drawn (screen px)."""
        self._overlays.append(overlay)
        self.update()

    def remove_overlay(self, overlay: Overlay) -> None:
        """Unregister an overlay added with ``add_overlay``."""
        if overlay in self._overlays:
            self._overlays.remove(overlay)
            self.update()

    def set_comparison(self, comparison: MapComparison | None,
                       overlay: Overlay | None = None) -> None:
        """Show a comparison of versions on the map, drawn by ``overlay(painter,
        viewport)``; None: none. The map is then drawn around it as on the printed sheet
        (``render.map_comparison``): feature labels and town names keep off its changed
        land, and the point symbols and feature labels are drawn over ``overlay`` (the
        other overlays, drawn after them, stay on top). Its areas are computed when the
        cached images are made, never per frame."""
        shown = (comparison, overlay) if comparison is not None and overlay is not None \
            else None
        if shown == self._comparison:
            return
        self._comparison = shown
        self.refresh_layers()

    def label_rects(self, viewport: Viewport | None = None) -> list[QRectF]:
        """Where the map's own labels and names are drawn now (feature labels, country
        names, reference place names, towns, town dots), in the pixels of ``viewport``
        (default: the current view): overlays that label the map keep clear of them
        (the changes overlay passes them as ``avoid``). While the view moves, the cached
        map is drawn shifted and scaled, and so are these."""
        vp = viewport if viewport is not None else self._viewport
        images = self.images
        rects = [QRectF(lab.rect) for lab in images.labels] + images.names_rects
        shown = images.layers_viewport
        if shown is None or shown == vp:
            return rects
        out = []
        for r in rects:
            x0, y0 = vp.to_screen(*shown.to_map(r.left(), r.top()))
            x1, y1 = vp.to_screen(*shown.to_map(r.right(), r.bottom()))
            out.append(QRectF(QPointF(min(x0, x1), min(y0, y1)), QPointF(max(x0, x1),
                                                                         max(y0, y1))))
        return out

    def fit_to_project(self) -> None:
        """Show the whole current version (or the Levant when it is empty)."""
        bounds = self._editor.version_bounds() or (34.0, 29.0, 43.0, 38.0)
        # a jump, not a motion: its first frame is rendered for it (a scaled stand-in of
        # another view would show mostly sea until the settle timer fired)
        self.set_view(Viewport.fit(bounds, max(1, self.width()), max(1, self.height()),
                                   margin=0.06), settle=False)
        # Before the window is shown the widget has no real size yet: fit again then.
        self._fit_pending = not self.isVisible()
        self._fitted = True

    def shows_whole_project(self) -> bool:
        """True while the view is the one ``fit_to_project`` chose: no pan, zoom or other
        view since (a resize keeps the centre and zoom, and this answer)."""
        return self._fitted

    def zoom_to_bounds(self, bounds: tuple[float, float, float, float],
                       margin: float = 0.15) -> None:
        """Show the lon/lat box ``bounds`` with ``margin`` (a fraction) of room around it."""
        self.set_view(Viewport.fit(bounds, max(1, self.width()), max(1, self.height()),
                                   margin=margin), settle=False)  # a jump, as above

    def zoom_by(self, factor: float, at: tuple[float, float] | None = None) -> None:
        """Zoom by ``factor`` at pixel ``at`` (default: the centre)."""
        self.set_view(self._viewport.zoomed(factor, at))

    def pan_by(self, dx: float, dy: float) -> None:
        """Move the map by (dx, dy) pixels."""
        self.set_view(self._viewport.panned(dx, dy))

    def tolerance(self) -> float:
        """The pick radius in degrees at the current zoom."""
        return self._viewport.pixel_degrees(PICK_PIXELS)

    def set_tool(self, tool: Tool | None) -> None:
        """Make ``tool`` the active tool (cancelling the previous one's work). The previous
        tool's hint leaves the status bar with it, unless its cancel has something to say
        ("Cancelled"); a tool with a hint of its own shows it when chosen (``activate``)."""
        old = self.tool
        if old is not None:
            result = old.cancel()
            self.apply_result(result)
            if type(tool) is not type(old) and not (result.message or result.refused):
                # "Draw zone: click the first vertex" stayed for its six seconds under
                # Select, which has no hint to replace it with
                self.message.emit("")
        self.tool = tool
        self.preview = None
        self.update()

    def scene(self) -> Scene:
        """The scene the canvas draws now (print can start from it)."""
        editor = self._editor
        layers = editor.layer_state
        return Scene(
            project=editor.document.project,
            version=editor.document.current_version,
            baseline_underlay=layers.baseline_underlay,
            hidden_layers=frozenset(layers.hidden),
            opacity=dict(layers.opacity),
            layer_order=layers.draw_order,
            selection=editor.selection.ids,
            preview=self.preview,
            basemap=editor.basemap,
            gazetteer=editor.gazetteer,
            show_basemap=layers.show_basemap,
            show_towns=layers.show_towns,
            label_language=self.label_language,
            show_labels=self.show_labels,
            lod=self.lod,
            overlays=tuple(self._overlays),
            references=editor.references.scene_references(),
            reference_cache=editor.references.cache,
        )

    # -- tool results --------------------------------------------------------------------------
    def apply_result(self, result: ToolResult) -> None:
        """Do what a tool asked: push its change set, set the selection, show its preview."""
        editor = self._editor
        # in a proposal, an agreed feature the tool reshaped becomes "proposed" in the same
        # undo step (core.status_rule)
        changeset, reopened = (reopen_edited(result.changeset) if result.changeset is not None
                               else (None, ()))
        result.changeset = changeset  # what was pushed, for whoever hears result_applied
        # a refusal (or a journal that cannot write) reaches the status bar as editor.refused
        self._applying = True
        try:
            pushed = changeset is None or editor.push(changeset)
        finally:
            self._applying = False
        if not pushed:
            result.preview = Preview()
        note = self._reopened_note(changeset if pushed else None, reopened)
        if result.selection is not None:
            editor.selection.set(result.selection)
        if result.preview is not None:
            self.preview = result.preview if result.preview.has_content else None
        # in any language, features named as the window names them; a merge or a split
        # names features its step removed
        gone = [d.old for d in changeset.deltas if d.old is not None] if changeset else []
        if result.refused:
            self.message.emit(named(result.refused, editor.document, gone))
        elif result.message or note:
            said = [named(m, editor.document, gone) for m in (result.message, note) if m]
            self.message.emit(" · ".join(said))
        self.update()
        self.result_applied.emit(result)

    def _reopened_note(self, pushed: ChangeSet | None, reopened: tuple[Feature, ...]) -> str:
        """The sentence saying which features became "proposed", for the push that made
        them so and for every later push of the same drag (one merge key: the first step of
        a drag reopens, the status bar's last word comes with the last)."""
        key = pushed.merge_key if pushed is not None else None
        if pushed is not None and reopened:
            self._reopened = (key, named(reopened_message(reopened), self._editor.document))
        elif self._reopened is not None and (key is None or key != self._reopened[0]):
            self._reopened = None
        return self._reopened[1] if self._reopened is not None and pushed is not None else ""

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the cached background (shifted/scaled while moving) and the live layers."""
        t0 = time.perf_counter()
        if not self._has_view:
            self.fit_to_project()
        vp = self._viewport
        scene = self.scene()
        painter = QPainter(self)
        try:
            # the workers start once this frame is drawn
            comparison = self._comparison
            with self.lod.deferred(), self._editor.references.cache.deferred():
                self.images.update(vp, scene, self.devicePixelRatioF(),
                                   moving=self._settle.isActive(),
                                   comparison=comparison[0] if comparison else None)
            painter.fillRect(self.rect(), self.painter.style.sea)
            self.images.draw(painter, vp)
            if comparison is not None:  # between the layers and their points and labels
                painter.save()
                comparison[1](painter, vp)
                painter.restore()
                self.images.draw_over(painter, vp)
            self.painter.paint_transient(painter, vp, scene)
        finally:
            painter.end()
        self.last_frame_s = time.perf_counter() - t0
        self.painted.emit()

    def _on_lod_ready(self, _args: tuple = ()) -> None:
        """Finer paths arrived from the worker: re-render the cached map with them (unless
        the view is moving; the settle timer re-renders then)."""
        if not self._settle.isActive():
            self.images.invalidate(everything=True)
        self.update()

    def _on_settled(self) -> None:
        if not self.images.is_current(self._viewport):
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the centre and zoom; the background is re-rendered at the new size."""
        if self._fit_pending:
            self.fit_to_project()
            self._fit_pending = not self.isVisible()
        self._viewport = self._viewport.resized(max(1, self.width()), max(1, self.height()))
        self.images.invalidate(everything=True)
        self.view_changed.emit()
        super().resizeEvent(event)

    def shutdown(self) -> None:
        """Stop the level-of-detail worker (the window calls this when closing)."""
        self.lod.on_ready = None
        self.lod.close()

