"""The scale bar and the scale statement, true at the map's centre (geodesic).

The map is an equirectangular projection (see ``core.viewport``), so its scale varies
across the sheet; a bar is only honest at one place. We make it true at the centre: the
ground length of a stretch of paper centred on the map centre, along its parallel, is
measured on the WGS84 ellipsoid (``core.geodesy.distance_km``), then rounded down to a
round number (1, 2 or 5 × 10^n km) and the bar drawn to that length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from zoneeditor.core.geodesy import distance_km
from zoneeditor.core.naming import sentence
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.print_output import PDF_RESOLUTION
from zoneeditor.render.print_text import draw_text, length_text, sheet_font, text_size


def nice_floor(value: float) -> float:
    """The largest 1, 2 or 5 × 10^n not above ``value`` (value > 0).

    >>> nice_floor(7.3), nice_floor(19.99), nice_floor(0.31)
    (5.0, 10.0, 0.2)
    """
    if value <= 0:
        raise ValueError("a scale bar needs a positive length")
    exp = math.floor(math.log10(value))
    base = 10.0 ** exp
    for step in (5.0, 2.0, 1.0):
        if step * base <= value * (1 + 1e-9):
            return round(step * base, 12)
    return base


#: The paper length the scale is measured over at the map's centre: 1,000 pixels of the PDF
#: (42.3 mm). A length of paper, not of pixels: measured over 1,000 pixels of a 40 dpi
#: preview (635 mm, a geodesic shorter than the parallel), its scale read 0.07 % off the PDF's.
MEASURE_MM = 1000 / PDF_RESOLUTION * 25.4


def km_per_pixel_at_centre(viewport: Viewport, span_px: float) -> float:
    """Geodesic km covered by one horizontal device pixel at the centre of ``viewport``
    (measured over ``span_px`` pixels around it)."""
    lon0, lat = viewport.to_map(viewport.width / 2.0 - span_px / 2.0, viewport.height / 2.0)
    lon1, _ = viewport.to_map(viewport.width / 2.0 + span_px / 2.0, viewport.height / 2.0)
    return distance_km(lon0, lat, lon1, lat) / span_px


def scale_denominator(viewport: Viewport, px_per_mm: float) -> float:
    """N of the scale 1:N at the map centre, for a device with ``px_per_mm`` pixels per mm."""
    return km_per_pixel_at_centre(viewport, MEASURE_MM * px_per_mm) * 1e6 * px_per_mm


def format_km(km: float) -> str:
    """A bar label: '500 m', '1 km', '2.5 km', '50 km' (units in the interface language,
    the number isolated left to right: ``print_text.length_text``)."""
    return length_text(km)


def format_scale(denominator: float) -> str:
    """'1:250,000' with the denominator rounded to 3 significant digits (what a ruler gives)."""
    digits = max(0, math.floor(math.log10(max(denominator, 1))) - 2)
    return f"1:{round(denominator, -digits):,.0f}"


@dataclass(frozen=True)
class ScaleBar:
    """A computed scale bar: total ground length, its segments and its paper length (px)."""

    km: float
    segments: int
    length_px: float
    denominator: float
    centre_lat: float

    @classmethod
    def compute(cls, viewport: Viewport, max_length_px: float, px_per_mm: float) -> ScaleBar:
        """The longest round-number bar not longer than ``max_length_px``."""
        kmpp = km_per_pixel_at_centre(viewport, MEASURE_MM * px_per_mm)
        km = nice_floor(max_length_px * kmpp)
        first = f"{km:g}"[0]
        segments = {"1": 5, "2": 4, "5": 5}.get(first, 4)
        return cls(km, segments, km / kmpp, kmpp * 1e6 * px_per_mm,
                   viewport.to_map(viewport.width / 2, viewport.height / 2)[1])


class ScaleBarBlock:
    """Sheet block: the bar with its labels and the statement '1:250,000 at 35°20′N'."""

    def __init__(self, px_per_mm: float, font_scale: float,
                 direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> None:
        #: The sheet's direction: the statement is one of its sentences.
        self.direction = direction
        #: Set by the layout once the map frame (hence the viewport) is known.
        self.viewport: Viewport | None = None
        self.bar: ScaleBar | None = None
        self.px_per_mm = px_per_mm
        self.font = sheet_font(7.5 * font_scale)
        self.caption_font = sheet_font(8.5 * font_scale, bold=True)
        self.bar_h = 1.8 * px_per_mm * font_scale

    def statement(self, bar: ScaleBar) -> str:
        """The line of text stating the scale and where it is true."""
        lat = bar.centre_lat
        hemi = "N" if lat >= 0 else "S"
        deg = int(abs(lat))
        minutes = round((abs(lat) - deg) * 60)
        if minutes == 60:
            deg, minutes = deg + 1, 0
        return sentence(QCoreApplication.translate("PrintLayout", "Scale %1 (true at %2)"),
                        format_scale(bar.denominator), f"{deg}°{minutes:02d}′{hemi}")

    def height(self, device, width: float) -> float:
        """Block height in device pixels when ``width`` wide."""
        label_h = text_size(self.font, "0", device).height()
        cap_h = text_size(self.caption_font, "Scale", device, width).height()
        return cap_h + label_h * 0.3 + self.bar_h + label_h * 1.2

    def paint(self, painter: QPainter, rect: QRectF) -> ScaleBar:
        """Draw the block in ``rect``; returns the bar drawn (the tests read its figures)."""
        if self.viewport is None:
            raise RuntimeError("ScaleBarBlock.paint before the map viewport was set")
        device = painter.device()
        end_label_w = text_size(self.font, length_text(5000), device).width()
        bar = ScaleBar.compute(self.viewport, max(10.0, rect.width() - end_label_w),
                               self.px_per_mm)
        statement = self.statement(bar)
        cap_h = text_size(self.caption_font, statement, device, rect.width()).height()
        draw_text(painter, QRectF(rect.left(), rect.top(), rect.width(), cap_h), statement,
                  self.caption_font, wrap=True, direction=self.direction)
        label_h = text_size(self.font, "0", device).height()
        y = rect.top() + cap_h + label_h * 0.3
        x0 = rect.left() + text_size(self.font, "0", device).width() / 2
        seg = bar.length_px / bar.segments
        painter.save()
        painter.setPen(QPen(QColor("#000000"), max(1.0, self.px_per_mm * 0.15)))
        for i in range(bar.segments):
            painter.setBrush(QColor("#000000") if i % 2 == 0 else QColor("#ffffff"))
            painter.drawRect(QRectF(x0 + i * seg, y, seg, self.bar_h))
        painter.restore()
        ly = y + self.bar_h + label_h * 0.1
        marks = [0, bar.segments // 2 if bar.segments % 2 == 0 else None, bar.segments]
        for mark in marks:
            if mark is None:
                continue
            km = bar.km * mark / bar.segments
            text = "0" if mark == 0 else format_km(km)
            w = text_size(self.font, text, device).width()
            x = x0 + mark * seg - w / 2
            draw_text(painter, QRectF(x, ly, w + 1, label_h), text, self.font,
                      align=Qt.AlignmentFlag.AlignLeft)
        self.bar = bar
        return bar

