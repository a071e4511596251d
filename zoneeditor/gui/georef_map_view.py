"""The map side of the georeferencing dialog: the window's map, zoomable, clicked for places.

``MapView`` renders what the window's map shows (project, countries, reference layers) with
the shared ``MapPainter`` through a ``MapImageCache`` and level-of-detail and reference caches
of its own (their workers run while the dialog is open), like the main canvas: shifted while
the view moves, re-rendered once it is still. On top it draws the control points, each one's
residual (from where it was placed to where the fit puts its scan pixel), the outline of the
scan as the fit places it, the place waiting for its scan position, and the fit's guess for a
scan position clicked first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.georef_views import PREDICTED_COLOUR, PanZoomView
from zoneeditor.gui.thread_signal import ThreadSignal
from zoneeditor.render.lod import LodCache
from zoneeditor.render.map_cache import MapImageCache
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.reference_painter import ReferenceCache
from zoneeditor.render.scene import Scene


class MapView(PanZoomView):
    """The window's map, zoomable; a click reports lon/lat (``picked``)."""

    #: A click at (lon, lat).
    picked = Signal(float, float)
    #: The pointer is over (lon, lat).
    hovered = Signal(float, float)

    def __init__(self, scene_source: Callable[[], Scene], parent: QWidget | None = None
                 ) -> None:
        """``scene_source()`` gives what to draw (the window's map, without its tool's
        preview); the view draws it with caches of its own."""
        super().__init__(parent)
        self.setObjectName("georefMapView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._scene_source = scene_source
        self.images = MapImageCache(MapPainter(raster_labels=True))
        self.lod = LodCache(threaded=False)
        self.reference_cache = ReferenceCache(threaded=False)
        self._workers_ready = ThreadSignal()  # emitted by the render workers
        self._workers_ready.connect(self._on_ready)
        self._workers = False
        self.start_workers()
        self._vp = Viewport(36.5, 35.0, 400.0, 400, 300, ref_lat=35.0)
        self.outline: list[tuple[float, float]] = []
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(150)
        self._settle.timeout.connect(self.update)

    @property
    def viewport(self) -> Viewport:
        """The view shown."""
        return self._vp

    def set_view(self, viewport: Viewport, settle: bool = True) -> None:
        """Show ``viewport`` (resized to the widget)."""
        self._vp = viewport.resized(max(1, self.width()), max(1, self.height()))
        if settle:
            self._settle.start()
        self.update()

    def show_bounds(self, bounds: tuple[float, float, float, float], margin: float = 0.1
                    ) -> None:
        """Show a lon/lat box."""
        self.set_view(Viewport.fit(bounds, max(1, self.width()), max(1, self.height()),
                                   margin=margin), settle=False)

    def show_places(self, places: Sequence[tuple[float, float]], pad: float,
                    margin: float = 0.1) -> None:
        """Show the lon/lat ``places`` (control points) with ``pad`` degrees around them."""
        lons, lats = [x for x, _y in places], [y for _x, y in places]
        self.show_bounds((min(lons) - pad, min(lats) - pad, max(lons) + pad, max(lats) + pad),
                         margin)

    def refresh(self) -> None:
        """The project or the references changed: render the map again."""
        self.images.invalidate(everything=True)
        self.update()

    def set_outline(self, outline: list[tuple[float, float]]) -> None:
        """The scan's edge as the fit places it (lon/lat ring; [] for none)."""
        self.outline = list(outline)
        self.update()

    def pan(self, dx: float, dy: float) -> None:
        """Move the map by (dx, dy) pixels."""
        self.set_view(self._vp.panned(dx, dy))

    def zoom_at(self, factor: float, x: float, y: float) -> None:
        """Zoom at (x, y)."""
        self.set_view(self._vp.zoomed(factor, (x, y)))

    def click(self, x: float, y: float) -> None:
        """Report a click as lon/lat."""
        self.picked.emit(*self._vp.to_map(x, y))

    def hover(self, x: float, y: float) -> None:
        """Report the pointer as lon/lat."""
        self.hovered.emit(*self._vp.to_map(x, y))

    def scene(self) -> Scene:
        """What the view draws: the window's map with this view's caches."""
        from dataclasses import replace

        return replace(self._scene_source(), preview=None, overlays=(),
                       selection=frozenset(), lod=self.lod,
                       reference_cache=self.reference_cache)

    def _on_ready(self, _args: tuple = ()) -> None:
        if not self._settle.isActive():
            self.images.invalidate(everything=True)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the centre and zoom."""
        self._vp = self._vp.resized(max(1, self.width()), max(1, self.height()))
        self.images.invalidate(everything=True)
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The cached map (shifted while moving), the scan's outline and the markers."""
        vp = self._vp
        p = QPainter(self)
        try:
            with self.lod.deferred(), self.reference_cache.deferred():
                self.images.update(vp, self.scene(), self.devicePixelRatioF(),
                                   moving=self._settle.isActive())
            p.fillRect(self.rect(), self.images.painter.style.sea)
            self.images.draw(p, vp)
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            if len(self.outline) >= 2:
                path = QPainterPath()
                path.moveTo(QPointF(*vp.to_screen(*self.outline[0])))
                for lon, lat in self.outline[1:]:
                    path.lineTo(QPointF(*vp.to_screen(lon, lat)))
                p.setPen(QPen(PREDICTED_COLOUR, 1.5, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(path)
            for m in self.markers:
                if m.fitted is not None and m.enabled:
                    a = QPointF(*vp.to_screen(m.x, m.y))
                    b = QPointF(*vp.to_screen(*m.fitted))
                    p.setPen(QPen(PREDICTED_COLOUR, 2))
                    p.drawLine(a, b)
            self._draw_markers(p, vp.to_screen)
        finally:
            p.end()

    def start_workers(self) -> None:
        """Caches with worker threads for the map (again after ``close_workers``)."""
        if self._workers:
            return
        self._workers = True
        self.lod = LodCache(threaded=True)
        self.reference_cache = ReferenceCache(threaded=True)
        # From the workers: through a ThreadSignal (this view may be deleted meanwhile).
        self.lod.on_ready = self._workers_ready.emitter()
        self.reference_cache.on_ready = self._workers_ready.emitter()
        self.images.invalidate(everything=True)

    def close_workers(self) -> None:
        """Stop the render workers (the dialog closes; ``start_workers`` when it reopens)."""
        if not self._workers:
            return
        self._workers = False
        for cache in (self.lod, self.reference_cache):
            cache.on_ready = None
            cache.close()
        self.lod = LodCache(threaded=False)
        self.reference_cache = ReferenceCache(threaded=False)
