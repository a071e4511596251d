"""A conflict drawn over the map: the base, ours and theirs in three styles, with a legend.

QtGui only, like the diff overlay (``render.diff_overlay``): ``paint_conflict(painter,
viewport, picture)`` draws in device pixels, the canvas overlay contract. A
``ConflictPicture`` holds what to draw, built from a merge or sync conflict by the Conflicts
panel: the base (what both sides started from) as a dashed grey line, ours as a solid blue
line, theirs as a dashed crimson line over it (not orange: that is the map's selection), each
with a white halo so they read on any basemap. Points are rings of three sizes, so
three states of one post at one place are all visible. A cross marks where the conflict is.
The legend names the three (the caller gives the labels, already translated: "Ours" and
"Theirs" for a merge, "Mine" and "The server's" for a team sync).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shapely
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QPen,
    QTransform,
)
from shapely.geometry.base import BaseGeometry

from zoneeditor.render.qpath import path_from_geometry

XY = tuple[float, float]


@dataclass(frozen=True)
class ConflictStyle:
    """Colours (#rrggbb) and sizes (pixels at 96 dpi) of the three states."""

    base: str = "#6b6b6b"
    ours: str = "#1f5fd1"
    theirs: str = "#d81b60"  # not orange: the map's selection is orange
    halo: str = "#ffffff"
    base_width: float = 2.0
    side_width: float = 3.2
    point_radius: float = 9.0


DEFAULT_STYLE = ConflictStyle()

#: The three states, in drawing order (theirs dashed over ours, so both stay visible).
STATES = ("base", "ours", "theirs")


@dataclass(frozen=True)
class ConflictPicture:
    """What to draw for one conflict: the geometries of each state, where, and the legend.

    ``base``/``ours``/``theirs`` are lines, polygons or points in lon/lat (an empty tuple:
    that state has nothing there, e.g. a feature one side deleted). ``labels`` are the
    legend's three texts, in STATES order.
    """

    base: tuple[BaseGeometry, ...]
    ours: tuple[BaseGeometry, ...]
    theirs: tuple[BaseGeometry, ...]
    where: XY | None
    labels: tuple[str, str, str]
    bounds: tuple[float, float, float, float] | None = field(default=None)

    def state(self, name: str) -> tuple[BaseGeometry, ...]:
        """The geometries of state ``name`` ("base", "ours" or "theirs")."""
        return {"base": self.base, "ours": self.ours, "theirs": self.theirs}[name]


def _transform(viewport) -> QTransform:
    sx, tx, sy, ty = viewport.affine()
    return QTransform(sx, 0.0, 0.0, sy, tx, ty)


def _pen(colour: str, width: float, dashed: bool) -> QPen:
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([3.0, 2.0])
    return pen


def state_pen(name: str, style: ConflictStyle = DEFAULT_STYLE) -> QPen:
    """The pen of one state (legend swatches use it too)."""
    colour = {"base": style.base, "ours": style.ours, "theirs": style.theirs}[name]
    width = style.base_width if name == "base" else style.side_width
    return _pen(colour, width, dashed=name != "ours")


def _paint_state(painter: QPainter, viewport, geometries: tuple[BaseGeometry, ...], name: str,
                 style: ConflictStyle, rank: int) -> None:
    transform = _transform(viewport)
    pen = state_pen(name, style)
    halo = QPen(QColor(style.halo), pen.widthF() + 3.0)
    halo.setCapStyle(Qt.PenCapStyle.RoundCap)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for geometry in geometries:
        if geometry is None or geometry.is_empty:
            continue
        if geometry.geom_type in ("Point", "MultiPoint"):
            radius = style.point_radius + 5.0 * (2 - rank)  # base largest, theirs smallest
            for p in shapely.get_parts(geometry):
                x, y = viewport.to_screen(p.x, p.y)
                for each in (halo, pen):
                    painter.setPen(each)
                    painter.drawEllipse(QPointF(x, y), radius, radius)
            continue
        path = transform.map(path_from_geometry(geometry))
        painter.setPen(halo)
        painter.drawPath(path)
        painter.setPen(pen)
        painter.drawPath(path)


def _paint_where(painter: QPainter, viewport, where: XY, style: ConflictStyle) -> None:
    x, y = viewport.to_screen(*where)
    for colour, width in ((style.halo, 4.0), ("#000000", 1.6)):
        painter.setPen(QPen(QColor(colour), width))
        painter.drawLine(QPointF(x - 9, y), QPointF(x - 4, y))
        painter.drawLine(QPointF(x + 4, y), QPointF(x + 9, y))
        painter.drawLine(QPointF(x, y - 9), QPointF(x, y - 4))
        painter.drawLine(QPointF(x, y + 4), QPointF(x, y + 9))


def legend_rect(viewport, picture: ConflictPicture, metrics: QFontMetricsF) -> QRectF:
    """Where the legend goes: the top corner at the start of the reading direction."""
    width = 52.0 + max(metrics.horizontalAdvance(t) for t in picture.labels)
    height = 10.0 + 3 * (metrics.height() + 4.0)
    rtl = QGuiApplication.isRightToLeft()
    x = viewport.width - width - 10.0 if rtl else 10.0
    return QRectF(x, 10.0, width, height)


def _paint_legend(painter: QPainter, viewport, picture: ConflictPicture,
                  style: ConflictStyle) -> None:
    painter.setFont(QFont(QGuiApplication.font()))
    metrics = QFontMetricsF(painter.font(), painter.device())  # the device's resolution
    rect = legend_rect(viewport, picture, metrics)
    painter.setPen(QPen(QColor(0, 0, 0, 90), 1.0))
    painter.setBrush(QColor(255, 255, 255, 225))
    painter.drawRoundedRect(rect, 4.0, 4.0)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    row = metrics.height() + 4.0
    rtl = QGuiApplication.isRightToLeft()
    for i, (name, text) in enumerate(zip(STATES, picture.labels, strict=True)):
        y = rect.top() + 5.0 + i * row + row / 2
        x0, x1 = (rect.right() - 34.0, rect.right() - 8.0) if rtl else (
            rect.left() + 8.0, rect.left() + 34.0)
        painter.setPen(state_pen(name, style))
        painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        painter.setPen(QColor("#111111"))
        text_rect = (QRectF(rect.left() + 6.0, y - row / 2, rect.width() - 46.0, row) if rtl
                     else QRectF(rect.left() + 40.0, y - row / 2, rect.width() - 46.0, row))
        # 52 px of the width are the swatch and margins: the text's own room is its advance
        # plus 6 px, so nothing is cut off at any resolution.
        align = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        painter.drawText(text_rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


def paint_conflict(painter: QPainter, viewport, picture: ConflictPicture | None,
                   style: ConflictStyle | None = None) -> None:
    """Paint ``picture`` over the map shown in ``viewport`` (nothing when None)."""
    if picture is None:
        return
    style = style or DEFAULT_STYLE
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rank, name in enumerate(STATES):
            _paint_state(painter, viewport, picture.state(name), name, style, rank)
        if picture.where is not None:
            _paint_where(painter, viewport, picture.where, style)
        _paint_legend(painter, viewport, picture, style)
    finally:
        painter.restore()
