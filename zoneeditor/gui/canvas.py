"""The map canvas: a QWidget painted with the shared ``MapPainter``.

Navigation: drag with the middle button (or Space + left drag) to pan, arrow keys pan, the
wheel zooms at the cursor, + and - zoom at the centre. Every other mouse event goes to the
active tool as a ``PointerEvent`` in lon/lat with a 10-pixel pick tolerance; the tool's
``ToolResult`` is applied here (change set pushed on the history, selection replaced,
preview drawn).

Speed: the map is rendered into two pixmaps, reused while the view moves (a pan draws them
shifted, a zoom scaled) and re-rendered once the view has been still for a moment: the
background (sea, countries) and the layers (names, towns, project layers, labels). An edit
repaints only the part of the layers image it changed (the old and new extent of the changed
features and of the labels that moved), clipped, with the same pixels as a full render. Only
the selection, the tool preview and the overlays are drawn live on every frame. Geometry is
drawn with level-of-detail paths computed on a worker thread (see ``render.lod``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QRegion,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from zoneeditor.core.model import AGREED, Feature
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, Preview, Tool, ToolResult
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.editor import Editor
from zoneeditor.render.lod import LodCache
from zoneeditor.render.map_painter import AREA_PAD, MapPainter
from zoneeditor.render.scene import Scene

#: Pick and snap radius in screen pixels.
PICK_PIXELS = 10.0
#: Zoom factor of one wheel notch and of one + / - key press.
ZOOM_STEP = 1.25
#: The background is re-rendered when the view has not moved for this long (ms).
SETTLE_MS = 150

_KEY_NAMES = {
    Qt.Key.Key_Escape: "Escape",
    Qt.Key.Key_Return: "Enter",
    Qt.Key.Key_Enter: "Enter",
    Qt.Key.Key_Backspace: "Backspace",
    Qt.Key.Key_Delete: "Delete",
}


def _modifiers(mods: Qt.KeyboardModifier) -> frozenset[str]:
    out = set()
    if mods & Qt.KeyboardModifier.ShiftModifier:
        out.add("shift")
    if mods & Qt.KeyboardModifier.ControlModifier:
        out.add("ctrl")
    if mods & Qt.KeyboardModifier.AltModifier:
        out.add("alt")
    return frozenset(out)


_BUTTONS = {
    Qt.MouseButton.LeftButton: "left",
    Qt.MouseButton.MiddleButton: "middle",
    Qt.MouseButton.RightButton: "right",
}


class MapCanvas(QWidget):
    """The map widget. Public surface: ``viewport``, ``refresh()``, ``add_overlay()``,
    ``fit_to_project()``, ``set_view()``, ``zoom_by()``, ``pan_by()``, ``tool``.
    """

    #: Cursor position in lon/lat (emitted on every mouse move over the map).
    cursor_moved = Signal(float, float)
    #: The viewport changed (pan, zoom, resize).
    view_changed = Signal()
    #: A message for the status bar (tool messages, refusals).
    message = Signal(str)
    #: Every ToolResult after it was applied (editing add-ons react to refusals, requests).
    result_applied = Signal(object)
    _lod_ready = Signal()

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(200, 150)
        self.painter = MapPainter(raster_labels=True)
        self.lod = LodCache(threaded=True)
        self.lod.on_ready = self._lod_ready.emit  # emitted from the worker: queued to us
        self._lod_ready.connect(self._on_lod_ready)
        self._viewport = Viewport(38.5, 35.0, 60.0, max(1, self.width()), max(1, self.height()),
                                  ref_lat=35.0)
        self._has_view = False
        self._fit_pending = False
        self.label_language = "both"  # name and local-script name side by side
        self.show_labels = True
        #: The tool mouse and key events go to (the editor's active tool).
        self.tool: Tool | None = editor.tool
        self.preview: Preview | None = None
        self._overlays: list[Callable] = []
        self._static: QPixmap | None = None  # sea and countries
        self._static_vp: Viewport | None = None
        self._static_dirty = True
        self._layers: QPixmap | None = None  # names, towns, project layers, labels
        self._layers_vp: Viewport | None = None
        self._layers_dirty = True
        self._layers_full = True  # False: an edit, repaint only what changed
        self._layers_state: _LayersState | None = None
        self._names: QPixmap | None = None  # country names and towns alone
        self._names_key: tuple | None = None
        self._pan_anchor: QPointF | None = None
        self._space = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settled)
        #: Seconds the last paintEvent took (for the status bar and benchmarks).
        self.last_frame_s = 0.0
        self._connect_signals()

    def _connect_signals(self) -> None:
        editor = self._editor
        editor.tool_changed.connect(self.set_tool)
        editor.session_changed.connect(self.on_session_changed)
        editor.document_changed.connect(self.on_document_changed)
        editor.version_changed.connect(lambda _name: self.refresh(static=True))
        editor.background_changed.connect(lambda: self.refresh(static=True))
        editor.layer_state.changed.connect(lambda: self.refresh(static=True))
        editor.selection.changed.connect(self.on_selection_changed)  # psygnal: a method

    # -- following the editor ------------------------------------------------------------------
    def on_session_changed(self, _session: object = None) -> None:
        """Another project: forget the old one's paths, draw the new one, show all of it."""
        self.forget_stale_paths()
        self.refresh(static=True)
        self.fit_to_project()

    def on_document_changed(self, _changeset: object = None) -> None:
        """An edit: repaint what it changed (the country outlines did not change)."""
        self.forget_stale_paths()
        self.refresh_layers()

    def on_selection_changed(self, _ids: object = None) -> None:
        """Redraw the selection highlight (drawn live, on top of the cached images)."""
        self.update()

    @property
    def basemap(self) -> Any:
        """The editor's basemap (None until it is loaded)."""
        return self._editor.basemap

    @property
    def gazetteer(self) -> Any:
        """The editor's gazetteer (None until it is loaded)."""
        return self._editor.gazetteer

    # -- public surface ------------------------------------------------------------------------
    @property
    def viewport(self) -> Viewport:
        """The current view (immutable; use ``set_view`` to change it)."""
        return self._viewport

    def set_view(self, viewport: Viewport, settle: bool = True) -> None:
        """Show ``viewport`` (resized to the widget)."""
        self._fit_pending = False
        self._viewport = viewport.resized(max(1, self.width()), max(1, self.height()))
        self._has_view = True
        self.view_changed.emit()
        if settle:
            self._settle.start()
        self.update()

    def refresh(self, static: bool = False) -> None:
        """Repaint; with ``static`` also re-render the cached map images (background and
        layers). After an edit, ``refresh_layers`` is enough and cheaper."""
        if static:
            self._static_dirty = True
            self._layers_dirty = self._layers_full = True
            self._names = None
        self.update()

    def refresh_layers(self) -> None:
        """Re-render the project layers, labels and towns (not the country outlines)."""
        self._layers_dirty = True
        self.update()

    def forget_stale_paths(self) -> None:
        """Drop cached paths of geometries no version holds any more (after edits)."""
        project = self._editor.document.project
        self.lod.retain([f.geometry for v in project.versions.values() for f in v])

    def add_overlay(self, overlay: Callable) -> None:
        """Register ``overlay(painter, viewport)``, called after the map is drawn (screen px)."""
        self._overlays.append(overlay)
        self.update()

    def remove_overlay(self, overlay: Callable) -> None:
        """Unregister an overlay added with ``add_overlay``."""
        if overlay in self._overlays:
            self._overlays.remove(overlay)
            self.update()

    def project_bounds(self) -> tuple[float, float, float, float] | None:
        """Bounds of all features of the current version, or None when it is empty."""
        doc = self._editor.document
        bounds = None
        for f in doc.version:
            b = f.geometry.bounds
            if bounds is None:
                bounds = list(b)
            else:
                bounds = [min(bounds[0], b[0]), min(bounds[1], b[1]),
                          max(bounds[2], b[2]), max(bounds[3], b[3])]
        return tuple(bounds) if bounds else None

    def fit_to_project(self) -> None:
        """Show the whole current version (or the Levant when it is empty)."""
        bounds = self.project_bounds() or (34.0, 29.0, 43.0, 38.0)
        self.set_view(Viewport.fit(bounds, max(1, self.width()), max(1, self.height()),
                                   margin=0.06))
        # Before the window is shown the widget has no real size yet: fit again then.
        self._fit_pending = not self.isVisible()

    def zoom_to_bounds(self, bounds: tuple[float, float, float, float],
                       margin: float = 0.15) -> None:
        """Show the lon/lat box ``bounds`` with ``margin`` (a fraction) of room around it."""
        self.set_view(Viewport.fit(bounds, max(1, self.width()), max(1, self.height()),
                                   margin=margin))

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
        """Make ``tool`` the active tool (cancelling the previous one's work)."""
        if self.tool is not None:
            self.apply_result(self.tool.cancel())
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
            basemap=self.basemap,
            gazetteer=self.gazetteer,
            show_basemap=layers.show_basemap,
            show_towns=layers.show_towns,
            label_language=self.label_language,
            show_labels=self.show_labels,
            lod=self.lod,
            overlays=tuple(self._overlays),
        )

    # -- tool results --------------------------------------------------------------------------
    def apply_result(self, result: ToolResult) -> None:
        """Do what a tool asked: push its change set, set the selection, show its preview."""
        editor = self._editor
        # a refusal (or a journal that cannot write) reaches the status bar as editor.refused
        if result.changeset is not None and not editor.push(result.changeset):
            result.preview = Preview()
        if result.selection is not None:
            editor.selection.set(result.selection)
        if result.preview is not None:
            self.preview = result.preview if _has_content(result.preview) else None
        if result.refused:
            self.message.emit(result.refused)
        elif result.message:
            self.message.emit(result.message)
        self.update()
        self.result_applied.emit(result)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the cached background (shifted/scaled while moving) and the live layers."""
        import time

        t0 = time.perf_counter()
        if not self._has_view:
            self.fit_to_project()
        vp = self._viewport
        scene = self.scene()
        painter = QPainter(self)
        try:
            moving = self._settle.isActive()
            with self.lod.deferred():  # the worker starts once this frame is drawn
                if self._static_dirty or self._static is None or (
                    not moving and self._static_vp != vp
                ):
                    self._render_static(vp, scene)
                if self._layers_dirty or self._layers is None or (
                    not moving and self._layers_vp != vp
                ):
                    self._render_layers(vp, scene)
            painter.fillRect(self.rect(), self.painter.style.sea)
            self._draw_cached(painter, vp, self._static, self._static_vp)
            self._draw_cached(painter, vp, self._layers, self._layers_vp)
            self.painter.paint_transient(painter, vp, scene)
        finally:
            painter.end()
        self.last_frame_s = time.perf_counter() - t0

    def _new_pixmap(self, vp: Viewport, transparent: bool) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pix = QPixmap(int(vp.width * ratio), int(vp.height * ratio))
        pix.setDevicePixelRatio(ratio)
        if transparent:
            pix.fill(Qt.GlobalColor.transparent)
        return pix

    def _render_static(self, vp: Viewport, scene: Scene) -> None:
        """Sea and countries: re-rendered only when the view or the basemap settings change."""
        pix = self._new_pixmap(vp, transparent=False)
        p = QPainter(pix)
        try:
            self.painter.paint_background(p, vp, scene)
        finally:
            p.end()
        self._static, self._static_vp, self._static_dirty = pix, vp, False

    def _render_layers(self, vp: Viewport, scene: Scene) -> None:
        """The project layers and their labels. After an edit only the part of the image the
        changed features and labels cover is repainted (``_changed_area``), and the labels
        are placed again only when a changed feature's label could differ; a full re-render
        when the view, the layer settings or the country names and towns changed. Country
        names and towns, which make room for the feature labels, are re-rendered only when
        those moved."""
        state = _LayersState.of(vp, scene, self.devicePixelRatioF())
        old = self._layers_state
        changed = None
        if (not self._layers_full and self._layers is not None and old is not None
                and old.key == state.key):
            changed = state.changes_from(old)
        if changed is not None and old is not None and old.selection == state.selection \
                and all(self._same_label(a, b, scene) for a, b in changed):
            labels = old.labels  # nothing a label depends on changed
        else:
            labels = self.painter.feature_labels(vp, scene)
        state.labels = labels
        key = (vp, scene.show_towns, scene.show_basemap, scene.label_language,
               self.basemap is not None, self.gazetteer is not None,
               tuple((r.x(), r.y(), r.width(), r.height()) for r in (lab.rect for lab in labels)))
        names_area: QRegion | None = QRegion()
        if self._names is None or key != self._names_key:
            names = self._new_pixmap(vp, transparent=True)
            p = QPainter(names)
            try:
                self.painter.paint_names(p, vp, scene, labels)
            finally:
                p.end()
            # after an edit, repaint where the names moved (not needed for a full render)
            names_area = _changed_tiles(self._names, names) if changed is not None else None
            self._names, self._names_key = names, key
        area = None
        if changed is not None and old is not None and names_area is not None:
            area = self._changed_area(vp, changed, old.labels, labels, names_area)
        if area is not None:
            if not area.isEmpty():
                self._repaint_area(vp, scene, labels, area)
        else:
            pix = self._new_pixmap(vp, transparent=True)
            p = QPainter(pix)
            try:
                p.drawPixmap(0, 0, self._names)
                self.painter.paint_layers(p, vp, scene, labels)
            finally:
                p.end()
            self._layers = pix
        self._layers_vp, self._layers_dirty, self._layers_full = vp, False, False
        self._layers_state = state

    def _same_label(self, a: Feature | None, b: Feature | None, scene: Scene) -> bool:
        """True when features ``a`` and ``b`` (old and new) get the same label, if any."""
        if a is None or b is None:
            return False
        return (a.geometry is b.geometry and a.layer == b.layer and a.party == b.party
                and self.painter._label_text(a, scene) == self.painter._label_text(b, scene))

    def _changed_area(self, vp: Viewport, changed, old_labels, new_labels,
                      region: QRegion) -> QRegion | None:
        """Screen region an edit changed: the old and new extent of every feature that was
        replaced, added or removed (``changed``: pairs old, new), and of every label that
        moved, appeared or went, added to ``region`` (where the names image changed); None
        when so much changed that a full re-render is as cheap."""
        geoms = [f.geometry for pair in changed for f in pair if f is not None]
        rects = []
        pad = self.painter.style.px(AREA_PAD)
        view = QRectF(0, 0, vp.width, vp.height)
        if geoms:
            bounds = shapely.bounds(np.array(geoms, dtype=object))
            sx, tx, sy, ty = vp.affine()
            for x0, y0, x1, y1 in bounds:
                if np.isnan(x0):
                    continue
                r = QRectF(QPointF(x0 * sx + tx, y1 * sy + ty),
                           QPointF(x1 * sx + tx, y0 * sy + ty)).normalized()
                rects.append(r.adjusted(-pad, -pad, pad, pad))
        if new_labels is not old_labels:
            before = {_label_key(lab): lab for lab in old_labels}
            after = {_label_key(lab): lab for lab in new_labels}
            for k in before.keys() ^ after.keys():
                lab = before.get(k) or after[k]
                rects.append(QRectF(lab.rect).adjusted(-pad, -pad, pad, pad))
        for r in rects:
            r = r.intersected(view)
            if not r.isEmpty():
                region = region.united(r.toAlignedRect())
        box = region.boundingRect()
        if box.width() * box.height() > 0.5 * vp.width * vp.height:
            return None
        return region

    def _repaint_area(self, vp: Viewport, scene: Scene, labels, area: QRegion) -> None:
        """Repaint ``area`` of the layers image in place: clear it, then the names and the
        features and labels that reach into it, clipped to it (the same pixels as a full
        re-render: the same paths drawn in the same order)."""
        assert self._layers is not None and self._names is not None
        p = QPainter(self._layers)
        try:
            p.setClipRegion(area)
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            p.fillRect(area.boundingRect(), Qt.GlobalColor.transparent)
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            p.drawPixmap(0, 0, self._names)
            self.painter.paint_layers(p, vp, scene, labels, area=QRectF(area.boundingRect()))
        finally:
            p.end()

    def _draw_cached(self, painter: QPainter, vp: Viewport, pix: QPixmap | None,
                     old: Viewport | None) -> None:
        """Draw a cached image, shifted and scaled to where its map now is."""
        if pix is None or old is None:
            return
        if old == vp:
            painter.drawPixmap(0, 0, pix)
            return
        x0, y0 = vp.to_screen(*old.to_map(0, 0))
        x1, y1 = vp.to_screen(*old.to_map(old.width, old.height))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawPixmap(QRectF(x0, y0, x1 - x0, y1 - y0), pix,
                           QRectF(0, 0, pix.width(), pix.height()))

    def _on_lod_ready(self) -> None:
        """Finer paths arrived from the worker: re-render the cached map with them (unless
        the view is moving; the settle timer re-renders then)."""
        if not self._settle.isActive():
            self._static_dirty = self._layers_dirty = self._layers_full = True
            self._names = None
        self.update()

    def _on_settled(self) -> None:
        if self._static_vp != self._viewport or self._layers_vp != self._viewport:
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the centre and zoom; the background is re-rendered at the new size."""
        if self._fit_pending:
            self.fit_to_project()
            self._fit_pending = not self.isVisible()
        self._viewport = self._viewport.resized(max(1, self.width()), max(1, self.height()))
        self._static_dirty = self._layers_dirty = self._layers_full = True
        self.view_changed.emit()
        super().resizeEvent(event)

    # -- mouse ---------------------------------------------------------------------------------
    def _pointer(self, kind: str, event: QMouseEvent, button: str) -> PointerEvent:
        pos = event.position()
        lon, lat = self._viewport.to_map(pos.x(), pos.y())
        return PointerEvent(kind, lon, lat, button, _modifiers(event.modifiers()),  # type: ignore[arg-type]
                            self.tolerance())

    def _forward(self, event: PointerEvent) -> None:
        if self.tool is None:
            return
        self.apply_result(self.tool.pointer(event))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Middle button or Space+left starts a pan; other presses go to the tool."""
        self.setFocus()
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space
        ):
            self._pan_anchor = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        button = _BUTTONS.get(event.button())
        if button is not None:
            self._forward(self._pointer("press", event, button))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Pan while dragging; otherwise report the position and forward to the tool."""
        pos = event.position()
        lon, lat = self._viewport.to_map(pos.x(), pos.y())
        self.cursor_moved.emit(lon, lat)
        if self._pan_anchor is not None:
            delta = pos - self._pan_anchor
            self._pan_anchor = pos
            self.pan_by(delta.x(), delta.y())
            return
        held = event.buttons()
        button = "left" if held & Qt.MouseButton.LeftButton else (
            "right" if held & Qt.MouseButton.RightButton else "none")
        self._forward(self._pointer("move", event, button))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """End a pan, or forward the release to the tool."""
        if self._pan_anchor is not None and event.button() in (
            Qt.MouseButton.MiddleButton, Qt.MouseButton.LeftButton
        ):
            self._pan_anchor = None
            self.setCursor(Qt.CursorShape.OpenHandCursor if self._space
                           else Qt.CursorShape.ArrowCursor)
            return
        button = _BUTTONS.get(event.button())
        if button is not None:
            self._forward(self._pointer("release", event, button))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double clicks go to the tool (finishing a polygon, for instance)."""
        button = _BUTTONS.get(event.button())
        if button is not None and self._pan_anchor is None:
            self._forward(self._pointer("double_click", event, button))

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom at the cursor: one notch (120 units) is a factor of 1.25."""
        steps = event.angleDelta().y() / 120.0
        if steps == 0:
            return
        pos = event.position()
        self.zoom_by(ZOOM_STEP ** steps, (pos.x(), pos.y()))
        event.accept()

    # -- keys ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows pan, +/- zoom, Space arms panning; Escape, Enter, Delete go to the tool."""
        key = event.key()
        step_x, step_y = self.width() / 8.0, self.height() / 8.0
        pans = {
            Qt.Key.Key_Left: (step_x, 0), Qt.Key.Key_Right: (-step_x, 0),
            Qt.Key.Key_Up: (0, step_y), Qt.Key.Key_Down: (0, -step_y),
        }
        if key in pans:
            self.pan_by(*pans[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        elif key in _KEY_NAMES and self.tool is not None:
            result = self.tool.key(KeyEvent(_KEY_NAMES[key], _modifiers(event.modifiers())))
            if result.handled:
                self.apply_result(result)
            else:
                super().keyPressEvent(event)
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        """Releasing Space ends pan mode."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._pan_anchor = None
            self.setCursor(Qt.CursorShape.ArrowCursor)
        else:
            super().keyReleaseEvent(event)

    def shutdown(self) -> None:
        """Stop the level-of-detail worker (the window calls this when closing)."""
        self.lod.on_ready = None
        self.lod.close()


@dataclass
class _LayersState:
    """What the cached layers image shows: the settings (``key``: any change means a full
    re-render), the features drawn (per version, by object: features are immutable, an
    edit replaces them), the selection (it orders the labels) and the placed labels."""

    key: tuple
    features: dict[str, dict[str, Feature]]
    selection: frozenset[str]
    labels: list = field(default_factory=list)

    @classmethod
    def of(cls, vp: Viewport, scene: Scene, ratio: float) -> _LayersState:
        project = scene.project
        names = [scene.version]
        if scene.baseline_underlay and scene.version != AGREED:
            names.append(AGREED)
        features = {n: dict(project.versions[n].features) for n in names
                    if n in project.versions}
        key = (vp, ratio, id(project), project.meta, scene.version, scene.baseline_underlay,
               scene.hidden_layers, tuple(sorted(scene.opacity.items())), scene.layer_order,
               scene.show_labels, scene.label_language, tuple(features))
        return cls(key, features, frozenset(scene.selection))

    def changes_from(self, old: _LayersState) -> list[tuple[Feature | None, Feature | None]]:
        """(old, new) for every feature replaced, added or removed since ``old``."""
        out: list[tuple[Feature | None, Feature | None]] = []
        for name, feats in self.features.items():
            before = old.features.get(name, {})
            for fid, f in feats.items():
                was = before.get(fid)
                if was is not f:
                    out.append((was, f))
            out.extend((f, None) for fid, f in before.items() if fid not in feats)
        return out


def _changed_tiles(old: QPixmap | None, new: QPixmap, tile: int = 32) -> QRegion | None:
    """Where two images of the same size differ, as a region of ``tile``-pixel squares
    (logical pixels); None when they cannot be compared."""
    if old is None or old.size() != new.size():
        return None
    a, b = _argb(old), _argb(new)
    h, w = a.shape
    th, tw = -(-h // tile), -(-w // tile)
    diff = np.zeros((th * tile, tw * tile), dtype=bool)
    diff[:h, :w] = a != b
    tiles = diff.reshape(th, tile, tw, tile).any(axis=(1, 3))
    ratio = new.devicePixelRatio()
    region = QRegion()
    for ty, tx in zip(*np.nonzero(tiles), strict=True):
        region = region.united(QRectF(tx * tile / ratio, ty * tile / ratio, tile / ratio,
                                      tile / ratio).toAlignedRect())
    return region


def _argb(pix: QPixmap) -> np.ndarray:
    img = pix.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    row = img.bytesPerLine() // 4
    return np.frombuffer(img.constBits(), dtype=np.uint32).reshape(
        img.height(), row)[:, :img.width()].copy()


def _label_key(lab) -> tuple:
    r = lab.rect
    return (lab.text, lab.font.key(), lab.anchor.x(), lab.anchor.y(),
            r.x(), r.y(), r.width(), r.height(), lab.align, lab.colour.rgba())


def _has_content(preview: Preview) -> bool:
    return bool(preview.geometries or preview.vertices or preview.snap or preview.rubber_band)
