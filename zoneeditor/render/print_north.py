"""The north arrow (a two-tone arrowhead with an N, pointing to true north) and the
block that sets it beside the scale bar.

In the equirectangular display projection every meridian is vertical, so true north is
straight up everywhere on the sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from zoneeditor.render.print_scalebar import ScaleBarBlock
from zoneeditor.render.print_text import draw_text, sheet_font, text_size


def north_arrow_size(device, font_scale: float, px_per_mm: float) -> tuple[float, float]:
    """(width, height) in device px the arrow with its letter needs."""
    letter = text_size(sheet_font(10 * font_scale, bold=True), "N", device)
    arrow_h = 12 * px_per_mm * font_scale
    return max(letter.width(), arrow_h * 0.5), letter.height() + arrow_h


def paint_north_arrow(painter: QPainter, rect: QRectF, font_scale: float,
                      px_per_mm: float) -> None:
    """Draw the arrow centred horizontally at the top of ``rect``."""
    font = sheet_font(10 * font_scale, bold=True)
    letter = text_size(font, "N", painter.device())
    draw_text(painter, QRectF(rect.left(), rect.top(), rect.width(), letter.height()), "N",
              font, align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    h = 12 * px_per_mm * font_scale
    w = h * 0.5
    cx = rect.center().x()
    top = rect.top() + letter.height()
    tip, base_y, notch_y = QPointF(cx, top), top + h, top + h * 0.72
    left = QPainterPath(tip)
    left.lineTo(cx - w / 2, base_y)
    left.lineTo(cx, notch_y)
    left.closeSubpath()
    right = QPainterPath(tip)
    right.lineTo(cx + w / 2, base_y)
    right.lineTo(cx, notch_y)
    right.closeSubpath()
    painter.save()
    painter.setPen(QPen(QColor("#000000"), max(1.0, 0.2 * px_per_mm)))
    painter.setBrush(QColor("#000000"))
    painter.drawPath(left)
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(right)
    painter.restore()


class NorthScaleBlock:
    """The scale bar with the north arrow beside it, as one panel block."""

    def __init__(self, scalebar: ScaleBarBlock, font_scale: float, px_per_mm: float,
                 show_north: bool) -> None:
        self.scalebar = scalebar
        self.font_scale = font_scale
        self.px_per_mm = px_per_mm
        self.show_north = show_north

    def _north(self, device) -> tuple[float, float]:
        if not self.show_north:
            return 0.0, 0.0
        return north_arrow_size(device, self.font_scale, self.px_per_mm)

    def height(self, device, width: float) -> float:
        """Block height: the taller of bar and arrow."""
        nw, nh = self._north(device)
        gap = 4 * self.px_per_mm * self.font_scale if nw else 0.0
        return max(self.scalebar.height(device, width - nw - gap), nh)

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Bar on the left, arrow on the right."""
        nw, nh = self._north(painter.device())
        gap = 4 * self.px_per_mm * self.font_scale if nw else 0.0
        self.scalebar.paint(painter, QRectF(rect.left(), rect.top(),
                                            rect.width() - nw - gap, rect.height()))
        if nw:
            paint_north_arrow(painter, QRectF(rect.right() - nw, rect.top(), nw, nh),
                              self.font_scale, self.px_per_mm)
