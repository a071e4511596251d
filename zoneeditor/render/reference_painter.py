"""Drawing reference layers under the project layers, on screen and in print.

``MapPainter.paint_background`` calls ``ReferencePainter.paint`` after the countries (so the
references are part of the cached background image the canvas shifts while panning) and
``paint_names`` calls ``paint_names`` before the towns (so place names of an OSM extract
take part in the same collision-free label placement as every other name).

What the canvas does (the window wiring is thin):

    cache = ReferenceCache(threaded=True)
    cache.on_ready = canvas_signal.emit            # tiles / paths arrived: re-render
    scene.references = scene_references(meta.references, loaded)   # visible, in order
    scene.reference_cache = cache
    with cache.deferred(): ... render the background ...

Vector references are drawn by class (``render.reference_style``) through cells: features
are grouped per class into cells of a grid whose size follows the zoom (0.5°, 1/16°, 1/128°),
each cell one multi-geometry, and those go through the same ``LodCache`` as the basemap
(simplified to a pixel per zoom bucket, missing work on its worker thread, the nearest
bucket drawn meanwhile). A governorate's 40,000 ways become a few hundred paths per frame.
Raster references are drawn by ``render.reference_raster`` (tiles, worker, stand-ins).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

import numpy as np
import shapely
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from zoneeditor.core.naming import display_name
from zoneeditor.core.reference import ReferenceFeatures, ReferenceLayer
from zoneeditor.core.viewport import Viewport, zoom_bucket
from zoneeditor.io.reference import LoadedReference, RasterData, VectorData
from zoneeditor.render.fonts import label_font
from zoneeditor.render.labels import LabelSpace, TextPainter, is_rtl
from zoneeditor.render.lod import LodCache
from zoneeditor.render.reference_raster import RasterTiles, paint_whole
from zoneeditor.render.reference_style import DRAW_ORDER, PLACE_ORDER, class_style
from zoneeditor.render.style import MapStyle

#: Cell sizes in degrees, and the highest zoom bucket each is used up to.
CELL_LEVELS: tuple[tuple[int, float], ...] = ((11, 0.5), (14, 1 / 16), (99, 1 / 128))
#: At most this many reference names are placed in one frame.
MAX_NAMES = 300


@dataclass(frozen=True, eq=False)
class RenderReference:
    """A reference to draw: its settings from the project and its loaded data."""

    layer: ReferenceLayer
    data: LoadedReference


def scene_references(layers: Sequence[ReferenceLayer], loaded: Mapping[str, LoadedReference]
                     ) -> tuple[RenderReference, ...]:
    """The visible references that have data, bottom to top (for ``Scene.references``)."""
    return tuple(RenderReference(r, loaded[r.id]) for r in layers
                 if r.visible and r.opacity > 0 and r.id in loaded)


def attributions(references: Sequence[RenderReference]) -> list[str]:
    """The distinct attribution texts of ``references`` (for the printed sheet)."""
    out: list[str] = []
    for ref in references:
        text = ref.layer.attribution.strip() or QCoreApplication.translate(
            "ReferencePainter", "Reference: {name}").format(name=ref.layer.name)
        if text not in out:
            out.append(text)
    return out


class _Cells:
    """The features of one vector reference grouped per class into cells of one size."""

    def __init__(self, features: ReferenceFeatures, size: float) -> None:
        geoms: list[np.ndarray] = []
        classes: list[np.ndarray] = []
        for cls in DRAW_ORDER:
            idx = features.indices([cls])
            if not len(idx):
                continue
            parts = shapely.get_parts(features.geometries[idx])
            parts = parts[~shapely.is_empty(parts)]
            area = cls in ("water", "builtup", "area")
            kind = "Polygon" if area else "LineString"
            parts = parts[shapely.get_type_id(parts) == (3 if area else 1)]
            if not len(parts):
                continue
            b = shapely.bounds(parts)
            cx = np.floor((b[:, 0] + b[:, 2]) / 2 / size).astype(np.int64)
            cy = np.floor((b[:, 1] + b[:, 3]) / 2 / size).astype(np.int64)
            cell = (cx - cx.min()) * (int(cy.max() - cy.min()) + 1) + (cy - cy.min())
            order = np.argsort(cell, kind="stable")
            _, group = np.unique(cell[order], return_inverse=True)
            make = shapely.multipolygons if kind == "Polygon" else shapely.multilinestrings
            multi = make(parts[order], indices=group)
            geoms.append(np.asarray(multi, dtype=object))
            classes.append(np.full(len(multi), cls, dtype=object))
        self.geoms = np.concatenate(geoms) if geoms else np.zeros(0, dtype=object)
        self.classes = np.concatenate(classes) if classes else np.zeros(0, dtype=object)
        self.bounds = shapely.bounds(self.geoms) if len(self.geoms) else np.zeros((0, 4))

    def visible(self, box: tuple[float, float, float, float], cls: str) -> list:
        """Cell geometries of ``cls`` meeting ``box``."""
        b = self.bounds
        mask = (self.classes == cls) & (b[:, 0] <= box[2]) & (b[:, 2] >= box[0]) & (
            b[:, 1] <= box[3]) & (b[:, 3] >= box[1])
        return list(self.geoms[mask])


class ReferenceCache:
    """What reference drawing keeps between frames: vector cells and their level-of-detail
    paths (a ``LodCache`` of its own, so the canvas's ``retain`` after edits never drops
    them), and raster tiles. ``threaded=False`` (print, tests): everything is computed when
    asked for."""

    def __init__(self, threaded: bool = True) -> None:
        self.lod = LodCache(threaded=threaded)
        self.tiles = RasterTiles(threaded=threaded)
        self._cells: dict[tuple[int, int], tuple[ReferenceFeatures, _Cells]] = {}
        self._polylines: dict[int, tuple[QPainterPath, list[QPolygonF]]] = {}

    @property
    def on_ready(self):
        """Called (from a worker thread) when paths or tiles arrived."""
        return self.lod.on_ready

    @on_ready.setter
    def on_ready(self, callback) -> None:
        self.lod.on_ready = callback
        self.tiles.on_ready = callback

    def cells(self, features: ReferenceFeatures, level: int) -> _Cells:
        """The cells of ``features`` at ``level`` (built once, then kept)."""
        key = (id(features), level)
        hit = self._cells.get(key)
        if hit is None or hit[0] is not features:
            hit = (features, _Cells(features, CELL_LEVELS[level][1]))
            self._cells[key] = hit
        return hit[1]

    def polylines(self, path: QPainterPath) -> list[QPolygonF]:
        """The subpaths of a cached level-of-detail path as polylines (kept with it)."""
        hit = self._polylines.get(id(path))
        if hit is None or hit[0] is not path:
            if len(self._polylines) > 20_000:
                self._polylines.clear()
            hit = (path, path.toSubpathPolygons(QTransform()))
            self._polylines[id(path)] = hit
        return hit[1]

    def prepare(self, data: LoadedReference) -> None:
        """Build a vector reference's cells ahead of the first frame (call it off the UI
        thread, as the window's loader does with the basemap)."""
        if isinstance(data, VectorData):
            for level in range(len(CELL_LEVELS)):
                self.cells(data.features, level)

    def retain(self, references: Sequence[LoadedReference]) -> None:
        """Forget cells, paths and tiles of references no longer shown."""
        live = {id(d.features) for d in references if isinstance(d, VectorData)}
        self._cells = {k: v for k, v in self._cells.items() if k[0] in live}
        self.lod.retain([g for _, c in self._cells.values() for g in c.geoms])
        self.tiles.retain([d.source for d in references if isinstance(d, RasterData)])

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """Hold both workers while a frame is drawn."""
        with ExitStack() as stack:
            stack.enter_context(self.lod.deferred())
            stack.enter_context(self.tiles.deferred())
            yield

    def wait(self) -> None:
        """Block until both workers are idle (tests, benchmarks)."""
        for _ in range(3):  # a finished tile batch can queue more paths and vice versa
            self.lod.wait()
            self.tiles.wait()

    def close(self) -> None:
        """Stop the workers."""
        self.lod.close()
        self.tiles.close()


def _level(bucket: int) -> int:
    for i, (top, _size) in enumerate(CELL_LEVELS):
        if bucket <= top:
            return i
    return len(CELL_LEVELS) - 1


class ReferencePainter:
    """Paints reference layers; owned by ``MapPainter`` (one per canvas or print job)."""

    def __init__(self, style: MapStyle, text: TextPainter) -> None:
        self.style = style
        self.text = text
        self._own = ReferenceCache(threaded=False)

    def _cache(self, scene) -> ReferenceCache:
        return scene.reference_cache if scene.reference_cache is not None else self._own

    # -- geometry ------------------------------------------------------------------------------
    def paint(self, painter: QPainter, viewport: Viewport, scene) -> None:
        """Every reference of ``scene`` bottom to top, each at its opacity."""
        if not scene.references:
            return
        cache = self._cache(scene)
        painter.save()
        for ref in scene.references:
            painter.setOpacity(ref.layer.opacity)
            if isinstance(ref.data, RasterData):
                if cache.tiles.threaded:
                    cache.tiles.paint(painter, viewport, ref.data.source)
                else:
                    paint_whole(painter, viewport, ref.data.source)
            else:
                self._paint_vector(painter, viewport, ref, cache)
        painter.restore()

    def _paint_vector(self, painter: QPainter, viewport: Viewport, ref: RenderReference,
                      cache: ReferenceCache) -> None:
        data = ref.data
        assert isinstance(data, VectorData)
        features = data.features
        if not len(features):
            return
        bucket = zoom_bucket(viewport.ppd)
        cells = cache.cells(features, _level(bucket))
        x0, y0, x1, y1 = viewport.bounds
        pad = 4.0 / viewport.ppd
        box = (x0 - pad, y0 - pad, x1 + pad, y1 + pad)
        sx, tx, sy, ty = viewport.affine()
        world = QTransform(sx, 0.0, 0.0, sy, tx, ty)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setTransform(world, True)
        for cls in DRAW_ORDER:
            st = class_style(cls, ref.layer.style)
            if bucket < st.min_bucket:
                continue
            geoms = cells.visible(box, cls)
            if not geoms:
                continue
            paths = cache.lod.paths(geoms, bucket)
            if st.fill:
                painter.setBrush(QBrush(_colour(st.fill)))
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
            if st.width > 0:
                pen = QPen(_colour(st.colour), self.style.px(st.width))
                pen.setCosmetic(True)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                if st.dash:
                    pen.setDashPattern(list(st.dash))
                painter.setPen(pen)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            if st.fill or self.style.px(st.width) <= 1.0:
                for p in paths:
                    if p is not None:
                        painter.drawPath(p)
            else:
                # Qt strokes a pen over one pixel by outlining the whole path and filling
                # the outline: a cell's hundreds of crossing roads make one huge polygon
                # (40 ms a class). Stroked line by line it is 4-5x faster, same pixels.
                for p in paths:
                    if p is not None:
                        for line in cache.polylines(p):
                            painter.drawPolyline(line)
        painter.restore()
        self._paint_points(painter, viewport, ref, bucket)

    def _paint_points(self, painter: QPainter, viewport: Viewport, ref: RenderReference,
                      bucket: int) -> None:
        """Plain points of a generic file (places are drawn with their names)."""
        data = ref.data
        assert isinstance(data, VectorData)
        idx = data.features.indices(["point"])
        if not len(idx):
            return
        st = class_style("point", ref.layer.style)
        pts = shapely.get_coordinates(data.features.geometries[idx])
        x0, y0, x1, y1 = viewport.bounds
        inside = pts[(pts[:, 0] >= x0) & (pts[:, 0] <= x1) & (pts[:, 1] >= y0)
                     & (pts[:, 1] <= y1)]
        if len(inside) > 5000:
            return  # a cloud of points: draw them once zoomed in
        r = self.style.px(st.width) / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("#ffffff"), self.style.px(0.8)))
        painter.setBrush(_colour(st.colour))
        for lon, lat in inside:
            painter.drawEllipse(QPointF(*viewport.to_screen(lon, lat)), r, r)
        painter.restore()

    # -- names ---------------------------------------------------------------------------------
    def paint_names(self, painter: QPainter, viewport: Viewport, scene, space: LabelSpace
                    ) -> None:
        """Place names of the references (most important first), in free space only."""
        if not scene.references:
            return
        bucket = zoom_bucket(viewport.ppd)
        x0, y0, x1, y1 = viewport.bounds
        candidates = []
        for ref in reversed(scene.references):  # the top layer's names first
            if not isinstance(ref.data, VectorData) or not ref.layer.style.labels:
                continue
            f = ref.data.features
            for rank, cls in enumerate(PLACE_ORDER):
                st = class_style(cls, ref.layer.style)
                if bucket < st.min_bucket:
                    continue
                idx = f.indices([cls])
                if not len(idx):
                    continue
                xy = shapely.get_coordinates(f.geometries[idx])
                if len(xy) != len(idx):
                    continue  # multi-points: not a place list
                inside = (xy[:, 0] >= x0) & (xy[:, 0] <= x1) & (xy[:, 1] >= y0) & (
                    xy[:, 1] <= y1)
                for i, (lon, lat) in zip(idx[inside], xy[inside], strict=True):
                    candidates.append((rank, -int(f.rank[i]), ref, cls, int(i), lon, lat))
        candidates.sort(key=lambda c: (c[0], c[1]))
        halo = QColor(self.style.halo)
        placed = 0
        for _rank, _pop, ref, cls, i, lon, lat in candidates:
            if placed >= MAX_NAMES:
                break
            f = ref.data.features
            name = _label(f.names[i], f.names_local[i], scene.label_language)
            if not name:
                continue
            st = class_style(cls, ref.layer.style)
            font = label_font(st.font_pt * self.style.scale, bold=cls == "place.city")
            sx, sy = viewport.to_screen(lon, lat)
            r = self.style.px(st.width) / 2
            dot = QRectF(sx - r, sy - r, 2 * r, 2 * r)
            rtl = is_rtl(name)
            anchor = QPointF(sx - r - 3, sy) if rtl else QPointF(sx + r + 3, sy)
            align = "left" if rtl else "right"
            rect = self.text.rect_at(name, font, anchor, align)
            if not (space.is_free(dot) and space.is_free(rect)):
                continue
            space.take(dot)
            space.take(rect)
            painter.save()
            painter.setOpacity(ref.layer.opacity)
            painter.setPen(QPen(halo, self.style.px(1.0)))
            painter.setBrush(_colour(st.colour))
            painter.drawEllipse(dot)
            self.text.draw(painter, name, font, anchor, _colour(st.colour), halo,
                           self.style.px(2.0), align)
            painter.restore()
            placed += 1


def _label(name: str, local: str, language: str) -> str:
    if language == "local":
        return local or name
    if language == "en":
        return name or local
    return display_name({"name": name, "name_local": local})


def _colour(text: str) -> QColor:
    """#rrggbb or #rrggbbaa (alpha last, as in the style table)."""
    if len(text) == 9 and text.startswith("#"):
        c = QColor(text[:7])
        c.setAlpha(int(text[7:], 16))
        return c
    return QColor(text)


def tile_count(viewport: Viewport) -> int:
    """How many raster tiles a view needs at most (for documentation and benchmarks)."""
    from zoneeditor.render.reference_raster import level_for, tile_degrees

    d = tile_degrees(level_for(viewport))
    x0, y0, x1, y1 = viewport.bounds
    return (math.floor(x1 / d) - math.floor(x0 / d) + 1) * (math.floor(y1 / d)
                                                             - math.floor(y0 / d) + 1)
