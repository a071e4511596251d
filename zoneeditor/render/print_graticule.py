"""The latitude/longitude grid of the sheet, labelled in degrees and minutes outside the frame.

In the equirectangular display projection meridians and parallels are straight lines, so a
graticule line is a segment across the frame. The interval is picked from the round values
a navigator expects (1′ 2′ 5′ 10′ 15′ 20′ 30′ 1° 2° 5° …) so that a handful of lines cross the
map. Labels sit in a margin reserved outside the frame (its size is measured from the
labels themselves by the layout), so they can never cover map content.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from zoneeditor.core.naming import ltr
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.print_text import draw_text, sheet_font, text_size

#: Candidate intervals in minutes of arc.
_INTERVALS_MIN = (1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800)


def pick_interval(span_deg: float, target_lines: int = 5) -> float:
    """Interval in degrees giving about ``target_lines`` lines over ``span_deg`` (never 0).

    >>> pick_interval(1.3), pick_interval(3.6), pick_interval(0.2)
    (0.25, 0.5, 0.05)
    """
    want = span_deg * 60 / max(1, target_lines)
    for minutes in _INTERVALS_MIN:
        if minutes >= want * 0.75:
            return minutes / 60.0
    return _INTERVALS_MIN[-1] / 60.0


def format_dm(value: float, positive: str, negative: str) -> str:
    """'35°30′N', '36°E', '0°05′S': degrees and (when not whole) minutes, with hemisphere.

    >>> format_dm(35.5, "N", "S"), format_dm(36.0, "E", "W"), format_dm(-0.0833333, "N", "S")
    ('35°30′N', '36°E', '0°05′S')
    """
    total = round(abs(value) * 60)
    deg, minutes = divmod(total, 60)
    hemi = "" if total == 0 else (positive if value > 0 else negative)
    if minutes == 0:
        return f"{deg}°{hemi}"
    return f"{deg}°{minutes:02d}′{hemi}"


def ticks(lo: float, hi: float, step: float) -> list[float]:
    """Multiples of ``step`` within [lo, hi]."""
    first = math.ceil(lo / step - 1e-9)
    last = math.floor(hi / step + 1e-9)
    return [round(i * step, 10) for i in range(first, last + 1)]


@dataclass(frozen=True)
class Graticule:
    """Where the grid lines fall for one map frame."""

    interval: float
    lons: tuple[float, ...]
    lats: tuple[float, ...]

    @classmethod
    def compute(cls, viewport: Viewport) -> Graticule:
        """Grid lines for the area ``viewport`` shows (interval from the shorter side)."""
        w, s, e, n = viewport.bounds
        span = min((e - w) * viewport.kx, n - s)
        step = pick_interval(span, 6)
        return cls(step, tuple(ticks(w, e, step)), tuple(ticks(s, n, step)))

    def lon_labels(self) -> list[str]:
        """Labels of the meridians."""
        return [ltr(format_dm(x, "E", "W")) for x in self.lons]

    def lat_labels(self) -> list[str]:
        """Labels of the parallels."""
        return [ltr(format_dm(y, "N", "S")) for y in self.lats]


def label_font(font_scale: float) -> QFont:
    """The font of grid labels."""
    return sheet_font(7.0 * font_scale)


def label_margins(device, font_scale: float) -> tuple[float, float]:
    """(horizontal, vertical) room in device px that labels need outside the frame.

    Measured on the widest label that can occur ("179°59′W"), so the layout does not
    depend on which lines happen to fall in the frame.
    """
    font = label_font(font_scale)
    size = text_size(font, "179°59′W", device)
    gap = size.height() * 0.35
    return size.width() + 2 * gap, size.height() + 2 * gap


def paint_graticule(painter: QPainter, frame: QRectF, viewport: Viewport,
                    font_scale: float, px_per_mm: float) -> Graticule:
    """Draw grid lines inside ``frame`` (the map's rectangle) and labels outside it.

    ``viewport`` maps lon/lat to pixels relative to the frame's top-left corner.
    """
    grid = Graticule.compute(viewport)
    font = label_font(font_scale)
    device = painter.device()
    fh = text_size(font, "0", device).height()
    gap = fh * 0.35
    tick = fh * 0.3
    ox, oy = frame.left(), frame.top()
    painter.save()
    painter.setClipRect(frame)
    grid_pen = QPen(QColor(40, 40, 40, 150), max(1.0, 0.12 * px_per_mm))
    grid_pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(grid_pen)
    for lon in grid.lons:
        x = ox + viewport.to_screen(lon, viewport.cy)[0]
        painter.drawLine(QLineF(x, frame.top(), x, frame.bottom()))
    for lat in grid.lats:
        y = oy + viewport.to_screen(viewport.cx, lat)[1]
        painter.drawLine(QLineF(frame.left(), y, frame.right(), y))
    painter.restore()
    painter.save()
    painter.setPen(QPen(QColor("#000000"), max(1.0, 0.2 * px_per_mm)))
    for lon, text in zip(grid.lons, grid.lon_labels(), strict=True):
        x = ox + viewport.to_screen(lon, viewport.cy)[0]
        painter.drawLine(QLineF(x, frame.top() - tick, x, frame.top()))
        painter.drawLine(QLineF(x, frame.bottom(), x, frame.bottom() + tick))
        w = text_size(font, text, device).width()
        if x - w / 2 < frame.left() or x + w / 2 > frame.right():
            continue  # it would reach into the corner where the parallels' labels are
        for y in (frame.top() - gap - fh, frame.bottom() + gap):
            draw_text(painter, QRectF(x - w / 2, y, w + 1, fh), text, font,
                      align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    for lat, text in zip(grid.lats, grid.lat_labels(), strict=True):
        y = oy + viewport.to_screen(viewport.cx, lat)[1]
        painter.drawLine(QLineF(frame.left() - tick, y, frame.left(), y))
        painter.drawLine(QLineF(frame.right(), y, frame.right() + tick, y))
        w = text_size(font, text, device).width()
        if y - fh / 2 < frame.top() or y + fh / 2 > frame.bottom():
            continue
        draw_text(painter, QRectF(frame.left() - gap - w, y - fh / 2, w + 1, fh), text, font,
                  align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        draw_text(painter, QRectF(frame.right() + gap, y - fh / 2, w + 1, fh), text, font,
                  align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    painter.restore()
    return grid
