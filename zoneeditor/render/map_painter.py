"""``MapPainter``: the one renderer of the map, for the canvas and for print.

Usage (canvas and print alike)::

    painter = QPainter(device)
    MapPainter(style).paint(painter, viewport, scene)

``paint`` = ``paint_static`` (sea, land, borders, towns: what the canvas caches as a pixmap
while panning) + ``paint_dynamic`` (baseline underlay, project layers, selection, labels,
tool preview, overlays). The painter is expected in device pixels with (0, 0) at the top
left of the map area; print may translate/scale the painter first and pass a viewport
whose width/height are the map frame in device pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.basemap_model import Basemap
from zoneeditor.core.model import AGREED, Feature, LayerKind, Version
from zoneeditor.core.vertices import point_xy
from zoneeditor.core.viewport import Viewport, zoom_bucket
from zoneeditor.render.label_spots import AreaCover
from zoneeditor.render.labels import LabelSpace, TextPainter
from zoneeditor.render.land import GeomIndex, LandPaths
from zoneeditor.render.lod import LodCache
from zoneeditor.render.map_labels import MapLabels, PlacedLabel
from zoneeditor.render.map_names import MapNames
from zoneeditor.render.preview import MAX_HANDLES, paint_preview
from zoneeditor.render.reference_painter import ReferencePainter
from zoneeditor.render.scene import Scene
from zoneeditor.render.style import SCREEN_STYLE, MapStyle

#: How far (pixels at scale 1) a feature's drawing can reach beyond its geometry's bounds:
#: outline pens and their mitres, point symbols, label halos.
AREA_PAD = 12.0


_GeomIndex = GeomIndex  # the name map_labels knows it by


class MapPainter(MapLabels, MapNames):
    """Paints a ``Scene`` through a ``Viewport`` with a ``MapStyle``. Reusable across frames."""

    def __init__(self, style: MapStyle = SCREEN_STYLE, raster_labels: bool = False) -> None:
        """``raster_labels``: cache labels as images (screen); False keeps vector text (print)."""
        self.style = style
        self.text = TextPainter(raster=raster_labels)
        self._basemap_index: tuple[Basemap, _GeomIndex] | None = None
        self._own_lod = LodCache(threaded=False)
        self._label_points: dict[int, tuple[BaseGeometry, tuple[float, float]]] = {}
        self._country_points: dict[tuple, tuple[float, float] | None] = {}
        self._main_polygons: dict[int, tuple[BaseGeometry, BaseGeometry, tuple[float, ...]]] = {}
        self._towns_seen: tuple[tuple[Any, ...], list[Any]] | None = None  # MapNames
        self._land = LandPaths()
        self.references = ReferencePainter(style, self.text)

    # -- entry points --------------------------------------------------------------------------
    def paint(self, painter: QPainter, viewport: Viewport, scene: Scene) -> None:
        """Draw everything: background, basemap, towns, layers, selection, labels, preview."""
        labels = self.feature_labels(viewport, scene)
        self.paint_static(painter, viewport, scene, labels)
        self.paint_dynamic(painter, viewport, scene, labels)

    def paint_static(
        self, painter: QPainter, viewport: Viewport, scene: Scene,
        labels: list[PlacedLabel] | None = None,
        keep_off: Sequence[BaseGeometry] = (),
        first_towns: Sequence[Any] = (),
    ) -> list[QRectF]:
        """The background that does not change while editing: sea, countries, their names
        and towns (``paint_background`` + ``paint_names``).

        Town labels avoid the places the feature labels will take (``labels``, computed
        here if not given), so both can be drawn in separate passes without overlapping,
        and the areas of ``keep_off`` (see ``paint_names``).
        Returns the rectangles the names took (see ``paint_names``).
        """
        self.paint_background(painter, viewport, scene)
        return self.paint_names(painter, viewport, scene, labels, keep_off, first_towns)

    def paint_background(self, painter: QPainter, viewport: Viewport, scene: Scene) -> None:
        """Sea and country outlines: the costly geometry, which no edit changes."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(QRectF(0, 0, viewport.width, viewport.height), QColor(self.style.sea))
        if scene.basemap is not None and scene.show_basemap:
            self._paint_countries(painter, viewport, scene)
        self.references.paint(painter, viewport, scene)  # reference layers, under the project
        painter.restore()

    def paint_names(
        self, painter: QPainter, viewport: Viewport, scene: Scene,
        labels: list[PlacedLabel] | None = None,
        keep_off: Sequence[BaseGeometry] = (),
        first_towns: Sequence[Any] = (),
    ) -> list[QRectF]:
        """Country names, reference place names and towns, kept clear of the feature labels
        (``labels``). Town names keep off the areas (lon/lat) of ``keep_off`` (a printed
        comparison's changed land, hatched over the map later), as the feature labels do;
        the gazetteer's ``first_towns`` (those the comparison's report names) are named
        before any other (``MapNames._paint_first_towns``).

        Returns the rectangles taken (feature labels, point symbols, names, town dots), so
        marks drawn on top (the changes overlay) can keep clear of every name on the map.
        """
        towns = scene.gazetteer is not None and scene.show_towns
        if not towns and not scene.references:
            return []
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if labels is None:
            labels = self.feature_labels(viewport, scene)
        space = LabelSpace()
        for lab in labels:
            space.take(lab.rect)
        frame = QRectF(0, 0, viewport.width, viewport.height)
        for rect in self.point_symbol_rects(viewport, scene):  # no name over a checkpoint
            if frame.intersects(rect):
                space.take(rect)
        if towns and scene.basemap is not None and scene.show_basemap:
            self._ensure_basemap_index(scene)
            self._paint_country_names(painter, viewport, scene, space)
        self.references.paint_names(painter, viewport, scene, space)  # reference place names
        if towns:
            self._paint_towns(painter, viewport, scene, space, AreaCover(keep_off),
                              first_towns)
        painter.restore()
        return list(space.taken)

    def paint_dynamic(
        self, painter: QPainter, viewport: Viewport, scene: Scene,
        labels: list[PlacedLabel] | None = None,
    ) -> None:
        """Everything the user edits, drawn over the static background:
        ``paint_layers`` then ``paint_transient``."""
        self.paint_layers(painter, viewport, scene, labels)
        self.paint_transient(painter, viewport, scene)

    def paint_layers(
        self, painter: QPainter, viewport: Viewport, scene: Scene,
        labels: list[PlacedLabel] | None = None, area: QRectF | None = None,
    ) -> None:
        """Baseline underlay, the project layers by party colour, and feature labels.

        Changes only with the document or the layer settings, so the canvas caches it with
        the static background while the user pans or zooms. ``area`` (screen pixels): draw
        only the features and labels that reach into it; the caller clips the painter to it
        (the canvas repaints just the part of its cached image that an edit changed).
        """
        box = None
        if area is not None:
            x0, y1 = viewport.to_map(area.left(), area.top())
            x1, y0 = viewport.to_map(area.right(), area.bottom())
            pad = self.style.px(AREA_PAD)
            dx, dy = pad / viewport.ppd_x, pad / viewport.ppd
            box = (x0 - dx, y0 - dy, x1 + dx, y1 + dy)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        version = scene.project.versions.get(scene.version)
        if version is not None:
            if scene.baseline_underlay and scene.version != AGREED:
                self._paint_baseline(painter, viewport, scene, box)
            for kind in scene.layer_order:
                if scene.layer_visible(kind):
                    painter.setOpacity(scene.layer_opacity(kind))
                    self._paint_layer(painter, viewport, scene, version, kind, box)
            painter.setOpacity(1.0)
            if scene.show_labels:
                if labels is None:
                    labels = self.feature_labels(viewport, scene)
                if area is not None:
                    reach = self.style.px(AREA_PAD)
                    near = area.adjusted(-reach, -reach, reach, reach)
                    labels = [lab for lab in labels if lab.extent.intersects(near)]
                for lab in labels:
                    self.draw_label(painter, lab)
        painter.restore()

    def paint_transient(self, painter: QPainter, viewport: Viewport, scene: Scene) -> None:
        """What changes from moment to moment: selection and vertex handles, the tool's
        preview, and the registered overlays (drawn live on every canvas frame)."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        version = scene.project.versions.get(scene.version)
        if version is not None:
            self._paint_selection(painter, viewport, scene, version)
        if scene.preview is not None:
            self._paint_preview(painter, viewport, scene)
        painter.restore()
        for overlay in scene.overlays:
            painter.save()
            overlay(painter, viewport)
            painter.restore()

    # -- helpers -------------------------------------------------------------------------------
    def _lod(self, scene: Scene) -> LodCache:
        return scene.lod if scene.lod is not None else self._own_lod

    @staticmethod
    def _world(viewport: Viewport) -> QTransform:
        sx, tx, sy, ty = viewport.affine()
        return QTransform(sx, 0.0, 0.0, sy, tx, ty)

    def _paths(self, scene: Scene, viewport: Viewport, geoms: Sequence[BaseGeometry]):
        return self._lod(scene).paths(geoms, zoom_bucket(viewport.ppd))

    @staticmethod
    def _view_box(viewport: Viewport, pad_px: float = 0.0) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = viewport.bounds
        dx = pad_px / viewport.ppd_x
        dy = pad_px / viewport.ppd
        return (x0 - dx, y0 - dy, x1 + dx, y1 + dy)

    # -- basemap -------------------------------------------------------------------------------
    def _ensure_basemap_index(self, scene: Scene) -> _GeomIndex:
        basemap = scene.basemap
        assert basemap is not None
        if self._basemap_index is None or self._basemap_index[0] is not basemap:
            # Kept by reference, not id(): a basemap freed and another allocated at the same
            # address must not inherit this index. Label anchors are per country index of
            # *this* basemap, so they go with it.
            geoms = [c.geometry for c in basemap.countries]
            self._basemap_index = (basemap, _GeomIndex(geoms))
            self._country_points = {}
            self._lod(scene).pin(geoms)
        return self._basemap_index[1]

    def _paint_countries(self, painter: QPainter, viewport: Viewport, scene: Scene) -> None:
        index = self._ensure_basemap_index(scene)
        box = self._view_box(viewport, 2)
        assert scene.basemap is not None
        land = self._land.land(scene.basemap, index, index.visible(box), box,
                               zoom_bucket(viewport.ppd), self._lod(scene))
        painter.save()
        painter.setTransform(self._world(viewport), True)
        # Filling 550,000 vertices antialiased costs more than the whole rest of the frame;
        # the antialiased border drawn on top hides the fill's aliased edge.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillPath(land, QColor(self.style.land))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.strokePath(land, self.style.cosmetic(self.style.border, self.style.border_width))
        painter.restore()

    # -- project layers ------------------------------------------------------------------------
    def _visible_features(
        self, viewport: Viewport, features: list[Feature], pad_px: float = 8,
        box: tuple[float, float, float, float] | None = None,
    ) -> list[Feature]:
        if not features:
            return []
        if box is None:
            box = self._view_box(viewport, pad_px)
        b = shapely.bounds(np.array([f.geometry for f in features], dtype=object))
        mask = (b[:, 0] <= box[2]) & (b[:, 2] >= box[0]) & (b[:, 1] <= box[3]) & (
            b[:, 3] >= box[1]
        )
        return [f for f, m in zip(features, mask, strict=True) if m]

    def _paint_baseline(self, painter: QPainter, viewport: Viewport, scene: Scene,
                        box: tuple[float, float, float, float] | None = None) -> None:
        agreed = scene.project.versions.get(AGREED)
        if agreed is None:
            return
        feats = [f for f in agreed if f.layer != LayerKind.POINTS
                 and scene.layer_visible(f.layer)]
        feats = self._visible_features(viewport, feats, box=box)
        paths = self._paths(scene, viewport, [f.geometry for f in feats])
        painter.save()
        painter.setTransform(self._world(viewport), True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.style.baseline_pen())
        for p in paths:
            if p is not None:
                painter.drawPath(p)
        painter.restore()

    def _paint_layer(
        self, painter: QPainter, viewport: Viewport, scene: Scene, version: Version,
        kind: LayerKind, box: tuple[float, float, float, float] | None = None,
    ) -> None:
        feats = self._visible_features(viewport, version.layer(kind), box=box)
        if not feats:
            return
        meta = scene.project.meta
        if kind == LayerKind.POINTS:
            for f in feats:
                self._paint_point(painter, viewport, f, self.style.party_colour(meta, f.party))
            return
        paths = self._paths(scene, viewport, [f.geometry for f in feats])
        world = self._world(viewport)
        inverse, _ = world.inverted()
        painter.save()
        painter.setTransform(world, True)
        for f, p in zip(feats, paths, strict=True):
            if p is None:
                continue
            colour = self.style.party_colour(meta, f.party)
            if kind == LayerKind.ZONES:
                brush = self.style.zone_brush(colour, f.status)
                if brush.style() != Qt.BrushStyle.SolidPattern:
                    brush.setTransform(inverse)  # hatching in pixels, not in degrees
                painter.setBrush(brush)
                painter.setPen(self.style.outline_pen(colour, self.style.zone_width, f.status))
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                line_colour = colour if f.party else QColor("#202020")
                painter.setPen(self.style.outline_pen(line_colour, self.style.line_width,
                                                      f.status))
            painter.drawPath(p)
        painter.restore()

    def _symbol(self, kind: str, centre: QPointF, r: float) -> QPainterPath:
        """Point symbols by kind: triangle post, square checkpoint, diamond centre, else dot."""
        path = QPainterPath()
        x, y = centre.x(), centre.y()
        k = kind.lower()
        if "post" in k:
            path.addPolygon(QPolygonF([QPointF(x, y - r * 1.25), QPointF(x + r * 1.1, y + r * 0.8),
                                       QPointF(x - r * 1.1, y + r * 0.8)]))
            path.closeSubpath()
        elif "checkpoint" in k:
            path.addRect(QRectF(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r))
        elif "centre" in k or "center" in k:
            path.addPolygon(QPolygonF([QPointF(x, y - r * 1.3), QPointF(x + r * 1.3, y),
                                       QPointF(x, y + r * 1.3), QPointF(x - r * 1.3, y)]))
            path.closeSubpath()
        else:
            path.addEllipse(centre, r, r)
        return path

    def _paint_point(
        self, painter: QPainter, viewport: Viewport, f: Feature, colour: QColor
    ) -> None:
        c = QPointF(*viewport.to_screen(*point_xy(f.geometry)))
        r = self.style.px(self.style.point_radius)
        pen = QPen(QColor("#ffffff"), self.style.px(1.5))
        if f.status == "proposed":
            pen = QPen(QColor("#202020"), self.style.px(1.5), Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(colour)
        painter.drawPath(self._symbol(str(f.attributes.get("kind") or ""), c, r))

    # -- selection -----------------------------------------------------------------------------
    def _paint_selection(
        self, painter: QPainter, viewport: Viewport, scene: Scene, version: Version
    ) -> None:
        feats = [version.features[i] for i in scene.selection if i in version.features]
        feats = [f for f in self._visible_features(viewport, feats) if scene.layer_visible(f.layer)]
        if not feats:
            return
        sel = QColor(self.style.selection)
        sel.setAlpha(200)
        shapes = [f for f in feats if f.layer != LayerKind.POINTS]
        paths = self._paths(scene, viewport, [f.geometry for f in shapes])
        painter.save()
        painter.setTransform(self._world(viewport), True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = self.style.cosmetic(sel, self.style.selection_width)
        painter.setPen(pen)
        for p in paths:
            if p is not None:
                painter.drawPath(p)
        painter.restore()
        r = self.style.px(self.style.point_radius + 4)
        painter.setPen(self.style.cosmetic(sel, 3.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for f in feats:
            if f.layer == LayerKind.POINTS:
                painter.drawEllipse(QPointF(*viewport.to_screen(*point_xy(f.geometry))), r, r)
        if scene.show_vertices:
            self._paint_handles(painter, viewport, [f.geometry for f in shapes])

    def _paint_handles(
        self, painter: QPainter, viewport: Viewport, geoms: list[BaseGeometry]
    ) -> None:
        if not geoms:
            return
        coords = shapely.get_coordinates(np.array(geoms, dtype=object))
        x0, y0, x1, y1 = self._view_box(viewport, 8)
        inside = coords[(coords[:, 0] >= x0) & (coords[:, 0] <= x1)
                        & (coords[:, 1] >= y0) & (coords[:, 1] <= y1)]
        if len(inside) == 0 or len(inside) > MAX_HANDLES:
            return
        sx, tx, sy, ty = viewport.affine()
        xs = inside[:, 0] * sx + tx
        ys = inside[:, 1] * sy + ty
        h = self.style.px(self.style.handle_size)
        painter.setPen(QPen(QColor(self.style.handle_edge), self.style.px(1.2)))
        painter.setBrush(QColor(self.style.handle_fill))
        painter.drawRects([QRectF(x - h / 2, y - h / 2, h, h) for x, y in zip(xs, ys, strict=True)])

    # -- tool preview --------------------------------------------------------------------------
    def _paint_preview(self, painter: QPainter, viewport: Viewport, scene: Scene) -> None:
        assert scene.preview is not None
        paint_preview(painter, viewport, scene.preview, self.style, self._world(viewport),
                      self._view_box(viewport, 8))


def bucket_for(viewport: Viewport) -> int:
    """The LOD bucket the painter uses for ``viewport`` (for prefetching)."""
    return zoom_bucket(viewport.ppd)


__all__ = ["MapPainter", "bucket_for"]
