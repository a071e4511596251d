"""The toolbar's icons, drawn in code (no image files, sharp at every size and screen scale).

A toolbar short of room shows icons only, the names in tooltips (``gui.toolbar_fit``), so
every toolbar action has an icon: ``tool_icon(cls)`` for the map tools, ``action_icon(name)``
for the main toolbar's actions. A tool without a drawing of its own gets its shortcut
letter in a rounded square, so a newly registered tool still has a distinct icon.

Icons are drawn on a 24-unit grid in the palette's text colour with one accent colour;
disabled icons are greyed; arrows that mean "back" and "forward" (undo, redo) are mirrored
in a right-to-left interface.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from zoneeditor.core.tools.base import Tool
from zoneeditor.core.tools.buffer_tool import BufferTool
from zoneeditor.core.tools.draw import DrawLineTool, DrawZoneTool, PlacePointTool
from zoneeditor.core.tools.measure_tool import MeasureTool
from zoneeditor.core.tools.merge import MergeZonesTool
from zoneeditor.core.tools.move import MoveFeatureTool
from zoneeditor.core.tools.reshape import ReshapeTool
from zoneeditor.core.tools.select import SelectTool
from zoneeditor.core.tools.split import SplitZoneTool
from zoneeditor.core.tools.vertex_edit import EditVerticesTool

ACCENT = "#2f6fb0"
CUT = "#c0392b"


@dataclass(frozen=True)
class Ink:
    """The colours one icon is drawn with (by mode: normal, disabled)."""

    line: QColor
    accent: QColor
    cut: QColor

    def pen(self, colour: QColor | None = None, width: float = 1.6) -> QPen:
        """A round-capped pen of ``width`` grid units."""
        pen = QPen(colour or self.line, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def wash(self, alpha: int = 90) -> QBrush:
        """The accent colour, translucent (zone fills)."""
        c = QColor(self.accent)
        c.setAlpha(alpha)
        return QBrush(c)


Drawing = Callable[[QPainter, Ink], None]


class _PaintedIcon(QIconEngine):
    """An icon engine that draws ``drawing`` at whatever size is asked."""

    def __init__(self, drawing: Drawing, letter: str = "", mirror: bool = False) -> None:
        super().__init__()
        self._drawing = drawing
        self._letter = letter
        self._mirror = mirror

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        """Draw the icon into ``rect`` (the 24-unit grid scaled to fit)."""
        palette = QGuiApplication.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        ink = Ink(text, QColor(ACCENT), QColor(CUT))
        if mode == QIcon.Mode.Disabled:
            grey = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
            ink = Ink(grey, grey, grey)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        side = min(rect.width(), rect.height())
        painter.translate(rect.x() + (rect.width() - side) / 2,
                          rect.y() + (rect.height() - side) / 2)
        painter.scale(side / 24.0, side / 24.0)
        if self._mirror and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            painter.translate(24, 0)
            painter.scale(-1, 1)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._drawing(painter, ink)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The icon drawn on a transparent pixmap of ``size``."""
        pix = QPixmap(size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        try:
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        finally:
            painter.end()
        return pix

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        """The icon for a screen of device pixel ratio ``scale`` (sharp on HiDPI)."""
        pix = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)),
                          mode, state)
        pix.setDevicePixelRatio(scale)
        return pix

    def clone(self) -> QIconEngine:
        """A copy (Qt's icons copy their engines)."""
        return _PaintedIcon(self._drawing, self._letter, self._mirror)


def _poly(*xy: float) -> QPolygonF:
    return QPolygonF([QPointF(xy[i], xy[i + 1]) for i in range(0, len(xy), 2)])


def _handles(p: QPainter, ink: Ink, points: QPolygonF, filled: bool = False) -> None:
    p.setPen(ink.pen(width=1.2))
    p.setBrush(QBrush(ink.line) if filled else QBrush(QColor("white")))
    for pt in points.toList():  # iterable at run time, but not in PySide6's stub
        p.drawRect(QRectF(pt.x() - 1.8, pt.y() - 1.8, 3.6, 3.6))
    p.setBrush(Qt.BrushStyle.NoBrush)


# -- the map tools ----------------------------------------------------------------------------
def _select(p: QPainter, ink: Ink) -> None:
    arrow = _poly(6, 3, 6, 19, 10, 15, 13, 21, 15.5, 20, 12.5, 14, 18, 14)
    p.setPen(ink.pen(width=1.4))
    p.setBrush(QBrush(QColor("white")))
    p.drawPolygon(arrow)


_ZONE = _poly(4, 8, 11, 3, 20, 7, 19, 17, 9, 20, 3, 15)


def _draw_zone(p: QPainter, ink: Ink) -> None:
    p.setPen(ink.pen(ink.accent))
    p.setBrush(ink.wash())
    p.drawPolygon(_ZONE)
    _handles(p, ink, _ZONE)


def _draw_line(p: QPainter, ink: Ink) -> None:
    pts = _poly(3, 18, 9, 8, 15, 15, 21, 5)
    p.setPen(ink.pen(ink.accent, 2.0))
    p.drawPolyline(pts)
    _handles(p, ink, pts)


def _place_point(p: QPainter, ink: Ink) -> None:
    pin = QPainterPath()
    pin.moveTo(12, 22)
    pin.cubicTo(7, 15, 5, 12, 5, 9)
    pin.arcTo(QRectF(5, 2, 14, 14), 180, -180)
    pin.cubicTo(19, 12, 17, 15, 12, 22)
    p.setPen(ink.pen(ink.accent))
    p.setBrush(ink.wash(150))
    p.drawPath(pin)
    p.setBrush(QBrush(QColor("white")))
    p.drawEllipse(QPointF(12, 9), 2.6, 2.6)


def _edit_vertices(p: QPainter, ink: Ink) -> None:
    ring = _poly(4, 9, 12, 4, 20, 9, 17, 20, 6, 19)
    p.setPen(ink.pen(ink.accent, 1.4))
    p.drawPolygon(ring)
    _handles(p, ink, _poly(4, 9, 12, 4, 17, 20, 6, 19))
    p.setPen(ink.pen(width=1.2))
    p.setBrush(QBrush(ink.accent))
    p.drawEllipse(QPointF(20, 9), 2.8, 2.8)


def _move_feature(p: QPainter, ink: Ink) -> None:
    p.setPen(ink.pen(width=1.6))
    p.drawLine(QPointF(12, 3), QPointF(12, 21))
    p.drawLine(QPointF(3, 12), QPointF(21, 12))
    p.setBrush(QBrush(ink.line))
    for tip in (_poly(12, 2, 9, 6, 15, 6), _poly(12, 22, 9, 18, 15, 18),
                _poly(2, 12, 6, 9, 6, 15), _poly(22, 12, 18, 9, 18, 15)):
        p.drawPolygon(tip)


def _split_zone(p: QPainter, ink: Ink) -> None:
    p.setPen(ink.pen(ink.accent))
    p.setBrush(ink.wash())
    p.drawPolygon(_ZONE)
    cut = ink.pen(ink.cut, 1.8)
    cut.setStyle(Qt.PenStyle.DashLine)
    p.setPen(cut)
    p.drawLine(QPointF(15, 1.5), QPointF(8, 22.5))


def _merge_zones(p: QPainter, ink: Ink) -> None:
    p.setPen(ink.pen(ink.accent))
    p.setBrush(ink.wash())
    merged = QPainterPath()
    merged.addRect(QRectF(3, 4, 11, 11))
    other = QPainterPath()
    other.addRect(QRectF(10, 9, 11, 11))
    p.drawPath(merged.united(other))
    inner = ink.pen(ink.accent, 1.0)
    inner.setStyle(Qt.PenStyle.DotLine)
    p.setPen(inner)
    p.drawLine(QPointF(10, 9), QPointF(14, 9))
    p.drawLine(QPointF(14, 9), QPointF(14, 15))


def _reshape(p: QPainter, ink: Ink) -> None:
    p.setPen(ink.pen(ink.accent))
    p.setBrush(ink.wash())
    p.drawPolygon(_poly(3, 6, 13, 3, 13, 21, 3, 18))
    bulge = QPainterPath(QPointF(13, 3))
    bulge.cubicTo(23, 7, 23, 17, 13, 21)
    dash = ink.pen(ink.line, 1.6)
    dash.setStyle(Qt.PenStyle.DashLine)
    p.setPen(dash)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(bulge)


def _buffer_zone(p: QPainter, ink: Ink) -> None:
    band = QPainterPath(QPointF(4, 19))
    band.cubicTo(9, 9, 14, 16, 20, 5)
    p.setPen(QPen(ink.wash(110), 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawPath(band)
    p.setPen(ink.pen(ink.line, 1.8))
    p.drawPath(band)


def _measure(p: QPainter, ink: Ink) -> None:
    p.save()
    p.translate(12, 12)
    p.rotate(-35)
    p.setPen(ink.pen(width=1.4))
    p.setBrush(QBrush(QColor("#f3d27a")))
    p.drawRect(QRectF(-10.5, -3.5, 21, 7))
    for i, x in enumerate(range(-8, 9, 3)):
        p.drawLine(QPointF(x, -3.5), QPointF(x, -0.5 if i % 2 else 0.8))
    p.restore()


_TOOLS: dict[type[Tool], Drawing] = {
    SelectTool: _select,
    DrawZoneTool: _draw_zone,
    DrawLineTool: _draw_line,
    PlacePointTool: _place_point,
    EditVerticesTool: _edit_vertices,
    MoveFeatureTool: _move_feature,
    SplitZoneTool: _split_zone,
    MergeZonesTool: _merge_zones,
    ReshapeTool: _reshape,
    BufferTool: _buffer_zone,
    MeasureTool: _measure,
}


def _letter(letter: str) -> Drawing:
    def draw(p: QPainter, ink: Ink) -> None:
        p.setPen(ink.pen(width=1.4))
        p.drawRoundedRect(QRectF(3, 3, 18, 18), 4, 4)
        font = QFont()
        font.setPixelSize(13)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(3, 3, 18, 18), Qt.AlignmentFlag.AlignCenter, letter)

    return draw


def tool_icon(cls: type[Tool]) -> QIcon:
    """The icon of the map tool ``cls`` (its shortcut letter when it has no drawing)."""
    drawing = _TOOLS.get(cls) or _letter((cls.shortcut or cls.name[:1]).upper())
    return QIcon(_PaintedIcon(drawing))


# -- the main toolbar -------------------------------------------------------------------------
def _open(p: QPainter, ink: Ink) -> None:
    p.setPen(ink.pen(width=1.4))
    p.setBrush(QBrush(QColor("#f3d27a")))
    p.drawPolygon(_poly(2.5, 6, 9, 6, 11, 8, 20, 8, 20, 19, 2.5, 19))
    p.setBrush(QBrush(QColor("#f8e3a6")))
    p.drawPolygon(_poly(2.5, 19, 6, 11, 22.5, 11, 20, 19))


def _save(p: QPainter, ink: Ink) -> None:
    p.setPen(ink.pen(width=1.4))
    p.setBrush(QBrush(ink.accent))
    p.drawPolygon(_poly(3, 3, 18, 3, 21, 6, 21, 21, 3, 21))
    p.setBrush(QBrush(QColor("white")))
    p.drawRect(QRectF(7, 3, 9, 6))
    p.drawRect(QRectF(6, 13, 12, 8))


def _undo(p: QPainter, ink: Ink) -> None:
    arc = QPainterPath(QPointF(7, 9))
    arc.cubicTo(14, 4, 22, 8, 20, 15)
    arc.cubicTo(19, 18, 16, 20, 12, 20)
    p.setPen(ink.pen(width=2.0))
    p.drawPath(arc)
    p.setBrush(QBrush(ink.line))
    p.drawPolygon(_poly(3, 9, 9, 4, 9, 14))


def _redo(p: QPainter, ink: Ink) -> None:
    p.translate(24, 0)
    p.scale(-1, 1)
    _undo(p, ink)


def _magnifier(p: QPainter, ink: Ink, plus: bool) -> None:
    p.setPen(ink.pen(width=1.8))
    p.setBrush(QBrush(QColor("white")))
    p.drawEllipse(QPointF(10, 10), 6.5, 6.5)
    p.setPen(ink.pen(width=3.0))
    p.drawLine(QPointF(15, 15), QPointF(21, 21))
    p.setPen(ink.pen(ink.accent, 1.8))
    p.drawLine(QPointF(7, 10), QPointF(13, 10))
    if plus:
        p.drawLine(QPointF(10, 7), QPointF(10, 13))


def _fit(p: QPainter, ink: Ink) -> None:
    p.setPen(ink.pen(ink.accent, 1.4))
    p.setBrush(ink.wash())
    p.drawPolygon(_poly(7, 9, 12, 6, 17, 9, 16, 16, 9, 17))
    p.setPen(ink.pen(width=1.8))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        cx, cy = 12 - 9 * sx, 12 - 9 * sy
        p.drawPolyline(_poly(cx, cy + 5 * sy, cx, cy, cx + 5 * sx, cy))


_ACTIONS: dict[str, tuple[Drawing, bool]] = {
    "open": (_open, False),
    "save": (_save, False),
    "undo": (_undo, True),
    "redo": (_redo, True),
    "zoom_in": (lambda p, ink: _magnifier(p, ink, True), False),
    "zoom_out": (lambda p, ink: _magnifier(p, ink, False), False),
    "fit": (_fit, False),
}

#: The names ``action_icon`` knows.
ACTION_ICONS = tuple(_ACTIONS)


def action_icon(name: str) -> QIcon:
    """The icon of a main-toolbar action: one of ``ACTION_ICONS`` (KeyError otherwise)."""
    drawing, mirror = _ACTIONS[name]
    return QIcon(_PaintedIcon(drawing, mirror=mirror))
