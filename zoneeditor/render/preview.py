"""The tool's preview over the map: the geometry being drawn, its vertices, the snap target
and the rubber band (``MapPainter.paint_transient`` draws it live on every canvas frame)."""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QTransform

from zoneeditor.core.tools.base import Preview
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.qpath import path_from_geometry
from zoneeditor.render.style import MapStyle

#: Vertex handles are drawn only when the selection shows fewer vertices than this.
MAX_HANDLES = 4000


def paint_preview(painter: QPainter, viewport: Viewport, pv: Preview, style: MapStyle,
                  world: QTransform, box: tuple[float, float, float, float]) -> None:
    """Draw ``pv``: geometries in the preview colour (``world``: degrees to screen), the
    vertex handles within ``box`` (degrees; none when there are too many to help), the snap
    target and the rubber band."""
    colour = QColor(style.preview)
    if pv.geometries:
        fill = QColor(colour)
        fill.setAlpha(50)
        painter.save()
        painter.setTransform(world, True)
        painter.setPen(style.cosmetic(colour, 2.0))
        for g in pv.geometries:
            if g.geom_type in ("Point", "MultiPoint"):
                continue
            painter.setBrush(fill if g.geom_type.endswith("Polygon") else Qt.BrushStyle.NoBrush)
            painter.drawPath(path_from_geometry(g))
        painter.restore()
        for g in pv.geometries:
            if isinstance(g, shapely.Point):
                c = QPointF(*viewport.to_screen(g.x, g.y))
                painter.setPen(QPen(colour, style.px(2.0)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(c, style.px(5), style.px(5))
    if pv.vertices:
        # only the handles in view, and none when they would cover the map anyway
        pts = np.asarray(pv.vertices, dtype=float).reshape(-1, 2)
        x0, y0, x1, y1 = box
        pts = pts[(pts[:, 0] >= x0) & (pts[:, 0] <= x1) & (pts[:, 1] >= y0)
                  & (pts[:, 1] <= y1)]
        if len(pts) <= MAX_HANDLES:
            painter.setPen(QPen(colour, style.px(1.5)))
            painter.setBrush(QColor("#ffffff"))
            r = style.px(3.5)
            for x, y in pts.tolist():
                painter.drawEllipse(QPointF(*viewport.to_screen(x, y)), r, r)
    if pv.snap is not None:
        c = QPointF(*viewport.to_screen(*pv.snap))
        painter.setPen(QPen(QColor("#00a000"), style.px(2.0)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, style.px(8), style.px(8))
    if pv.rubber_band is not None:
        x0, y0, x1, y1 = pv.rubber_band
        a = QPointF(*viewport.to_screen(x0, y1))
        b = QPointF(*viewport.to_screen(x1, y0))
        band = QColor(style.rubber_band)
        fill = QColor(band)
        fill.setAlpha(40)
        painter.setPen(QPen(band, style.px(1.0), Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(fill))
        painter.drawRect(QRectF(a, b))


__all__ = ["MAX_HANDLES", "paint_preview"]
