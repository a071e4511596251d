"""The sheet's geometry: the page's parts and where each block of the margins goes.

``arrange`` places the banner and title across the top, the footer across the bottom, the
map frame with its graticule label bands, and a panel (right in landscape, three columns
below in portrait) stacking the legend, scale bar and north arrow, changes, zone key and
identification block; it answers None when they do not fit, and ``PrintJob.layout``
(``render.print_layout``) then shrinks every font and symbol a step and tries again, so
nothing ever overlaps (``SheetLayout.overlaps`` checks it). All in device pixels of
measured text, never guessed sizes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageSize, QPaintDevice, QPainter

from zoneeditor.render.print_graticule import label_margins
from zoneeditor.render.print_options import PrintOptions

#: How much fonts and symbols shrink per attempt when the content does not fit.
SHRINK = 0.9
MAX_ATTEMPTS = 12
#: The map frame must keep at least this share of the space between title and footer.
_MIN_MAP_SHARE = 0.45


def base_font_scale(options: PrintOptions) -> float:
    """Text and symbol size factor for the paper: 1 on A4, larger on bigger sheets."""
    size = options.paper_size_mm()
    linear = math.sqrt(size.width() * size.height() / (210.0 * 297.0))
    return max(0.8, linear ** 0.6)


@dataclass(frozen=True)
class Page:
    """One page of a print job: its extent and, for per-zone pages, the zone's romanised
    name (what the terminal says) and its id (``PrintJob.zone_title`` names it as the map
    does)."""

    number: int
    count: int
    extent: tuple[float, float, float, float]
    zone: str | None = None
    zone_id: str = ""


class SheetBlock(Protocol):
    """A block of the sheet's margins (banner, title, legend, scale, changes, key, footer)."""

    def height(self, device: QPaintDevice, width: float) -> float:
        """The height the block needs at ``width`` device pixels."""
        ...

    def paint(self, painter: QPainter, rect: QRectF) -> object:
        """Paint the block into ``rect``."""
        ...


@dataclass
class SheetLayout:
    """Where everything goes on one page, in device pixels."""

    page: QRectF
    font_scale: float
    px_per_mm: float
    map_frame: QRectF
    regions: list[tuple[str, QRectF]] = field(default_factory=list)
    blocks: list[tuple[str, SheetBlock, QRectF]] = field(default_factory=list)

    def all_rects(self) -> list[tuple[str, QRectF]]:
        """Every placed element (graticule label bands included) by name."""
        return list(self.regions) + [(name, r) for name, _, r in self.blocks]

    def scaled(self, factor: float, blocks: dict[str, SheetBlock]) -> SheetLayout:
        """The same layout on a device ``factor`` times as fine (rectangles scaled), with
        that device's ``blocks`` (by name) in the places of these."""
        def sc(r: QRectF) -> QRectF:
            return QRectF(r.x() * factor, r.y() * factor, r.width() * factor,
                          r.height() * factor)

        return SheetLayout(sc(self.page), self.font_scale, self.px_per_mm * factor,
                           sc(self.map_frame), [(n, sc(r)) for n, r in self.regions],
                           [(n, blocks[n], sc(r)) for n, _, r in self.blocks])

    def overlaps(self) -> list[tuple[str, str]]:
        """Pairs of elements whose rectangles intersect (empty for a good layout)."""
        rects = [(n, r) for n, r in self.all_rects() if r.width() > 0 and r.height() > 0]
        out = []
        for i, (na, a) in enumerate(rects):
            for nb, b in rects[i + 1:]:
                if a.intersected(b).width() > 0.5 and a.intersected(b).height() > 0.5:
                    out.append((na, nb))
        return out


def arrange(device: QPaintDevice, options: PrintOptions, blocks: dict[str, SheetBlock | None],
            fs: float) -> SheetLayout | None:
    """Place ``blocks`` (by name: banner, title, footer, legend, scale, changes, zones,
    ident; None for one the sheet leaves out) on ``device`` at font scale ``fs``; None when
    they do not fit (the map would get too little room, or a column overflows)."""
    ppm = device.logicalDpiX() / 25.4
    size = options.paper_size_mm()
    sheet = QRectF(0, 0, size.width() * ppm, size.height() * ppm)
    m = options.margin_mm * ppm
    inner = sheet.adjusted(m, m, -m, -m)
    gap = 3.0 * ppm * fs
    lay = SheetLayout(sheet, fs, ppm, QRectF())
    y = inner.top()
    for name in ("banner", "title"):
        block = blocks[name]
        if block is None:
            continue
        h = block.height(device, inner.width())
        lay.blocks.append((name, block, QRectF(inner.left(), y, inner.width(), h)))
        y += h + gap
    footer = blocks["footer"]
    assert footer is not None, "every sheet has a footer (the attributions)"
    fh = footer.height(device, inner.width())
    footer_rect = QRectF(inner.left(), inner.bottom() - fh, inner.width(), fh)
    lay.blocks.append(("footer", footer, footer_rect))
    middle = QRectF(inner.left(), y, inner.width(), footer_rect.top() - gap - y)
    if middle.height() <= 0:
        return None
    gx, gy = label_margins(device, fs) if options.show_graticule else (0.0, 0.0)
    panel_blocks = [(n, b) for n in ("legend", "scale", "changes", "zones", "ident")
                    if (b := blocks[n]) is not None]
    if sheet.width() >= sheet.height():
        panel_w = min(max(inner.width() * 0.24, 62 * ppm * fs), inner.width() * 0.4)
        panel = QRectF(middle.right() - panel_w, middle.top(), panel_w, middle.height())
        map_area = QRectF(middle.left(), middle.top(),
                          middle.width() - panel_w - gap, middle.height())
        if not _stack(lay, device, panel, [panel_blocks], gap):
            return None
    else:
        col_w = (inner.width() - 2 * gap) / 3
        order = {"legend": 0, "zones": 1, "scale": 1, "changes": 2, "ident": 2}
        columns = [[b for b in panel_blocks if order[b[0]] == i] for i in range(3)]
        heights = [sum(b.height(device, col_w) for _, b in col) + gap * max(0, len(col) - 1)
                   for col in columns]
        panel_h = max(heights)
        panel = QRectF(middle.left(), middle.bottom() - panel_h, middle.width(), panel_h)
        map_area = QRectF(middle.left(), middle.top(), middle.width(),
                          middle.height() - panel_h - gap)
        if not _stack(lay, device, panel, columns, gap):
            return None
    if map_area.height() < middle.height() * _MIN_MAP_SHARE and \
            sheet.width() < sheet.height():
        return None
    frame = map_area.adjusted(gx, gy, -gx, -gy)
    if frame.width() < 40 * ppm or frame.height() < 40 * ppm:
        return None
    lay.map_frame = frame
    lay.regions.append(("map", frame))
    if options.show_graticule:
        lay.regions += [("grid-top", QRectF(frame.left(), map_area.top(), frame.width(), gy)),
                        ("grid-bottom", QRectF(frame.left(), frame.bottom(),
                                               frame.width(), gy)),
                        ("grid-left", QRectF(map_area.left(), frame.top(), gx,
                                             frame.height())),
                        ("grid-right", QRectF(frame.right(), frame.top(), gx,
                                              frame.height()))]
    return lay


def _stack(lay: SheetLayout, device: QPaintDevice, panel: QRectF,
           columns: list[list[tuple[str, SheetBlock]]], gap: float) -> bool:
    """Place blocks top-down in equal columns across ``panel``; False if they overflow."""
    n = len(columns)
    col_w = (panel.width() - gap * (n - 1)) / n
    for i, col in enumerate(columns):
        x = panel.left() + i * (col_w + gap)
        y = panel.top()
        for name, block in col:
            h = block.height(device, col_w)
            if h <= 0:
                continue
            lay.blocks.append((name, block, QRectF(x, y, col_w, h)))
            y += h + gap
        if y - gap > panel.bottom() + 0.5:
            return False
    return True


def page_size_points(options: PrintOptions) -> tuple[float, float]:
    """The sheet's width and height in PostScript points (what ``pdfinfo`` reports)."""
    size = QPageSize(options.page_layout().pageSize()).size(QPageSize.Unit.Point)
    w, h = size.width(), size.height()
    return (max(w, h), min(w, h)) if options.landscape else (min(w, h), max(w, h))
