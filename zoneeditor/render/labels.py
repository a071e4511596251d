"""Map labels: placement without overlap, and text drawn with a halo, Arabic shaped.

Placement keeps a list of occupied rectangles (bucketed in a coarse grid so a test is a few
comparisons); a label is drawn only if its rectangle is free. Callers place the most
important labels first (feature names, then towns by population), so zooming in reveals
more towns without any label ever covering another.

Text becomes a QPainterPath through ``QPainterPath.addText``, which shapes and orders the
text with Qt's text engine (Arabic joins and runs right to left); the path is stroked white
for the halo and then filled. Paths are cached per (text, font).

``CalloutLayout`` applies the same rules to labels tied to a place (the changes overlay's
areas and shifts): on the place when free, else moved aside with a leader line, else a
lettered marker with the text in a key; never over another label, never cut by the edge.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGlyphRun,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
)

_CELL = 64.0


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic...)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class LabelSpace:
    """Occupied screen rectangles; ``try_take`` reserves a rectangle if it is free."""

    def __init__(self, padding: float = 2.0) -> None:
        self._grid: dict[tuple[int, int], list[QRectF]] = {}
        self.padding = padding
        self.taken: list[QRectF] = []

    @staticmethod
    def _cells(r: QRectF) -> list[tuple[int, int]]:
        x0, x1 = int(r.left() // _CELL), int(r.right() // _CELL)
        y0, y1 = int(r.top() // _CELL), int(r.bottom() // _CELL)
        if x0 == x1 and y0 == y1:  # most labels sit in one cell
            return [(x0, y0)]
        return [(cx, cy) for cx in range(x0, x1 + 1) for cy in range(y0, y1 + 1)]

    def is_free(self, rect: QRectF, ignore: tuple[QRectF, ...] = ()) -> bool:
        """True when ``rect`` (grown by the padding) overlaps no reserved rectangle
        (other than those in ``ignore``)."""
        r = rect.adjusted(-self.padding, -self.padding, self.padding, self.padding)
        grid = self._grid
        for cell in self._cells(r):
            for other in grid.get(cell, ()):
                if other.intersects(r) and other not in ignore:
                    return False
        return True

    def near(self, point: QPointF, distance: float) -> tuple[QRectF, ...]:
        """The reserved rectangles within ``distance`` of ``point`` (padding included)."""
        d = distance + self.padding
        probe = QRectF(point.x() - d, point.y() - d, 2 * d, 2 * d)
        found: list[QRectF] = []
        for cell in self._cells(probe):
            found.extend(r for r in self._grid.get(cell, ())
                         if r.intersects(probe) and r not in found)
        return tuple(found)

    def take(self, rect: QRectF) -> None:
        """Reserve ``rect`` whether or not it is free (symbols that must show)."""
        self.taken.append(QRectF(rect))
        grid = self._grid
        for cell in self._cells(rect):
            grid.setdefault(cell, []).append(rect)

    def try_take(self, rect: QRectF) -> bool:
        """Reserve ``rect`` and return True if it is free; otherwise return False."""
        if not self.is_free(rect):
            return False
        self.take(rect)
        return True


@functools.lru_cache(maxsize=16)
def _ring(d: float) -> tuple[QPointF, ...]:
    """The 12 offsets of a halo ring of radius ``d`` (computed once per radius)."""
    return tuple(QPointF(d * math.cos(k * math.pi / 6.0), d * math.sin(k * math.pi / 6.0))
                 for k in range(12))


class TextPainter:
    """Measures and draws haloed label text, caching the shaped glyph outlines."""

    def __init__(self, max_cached: int = 2000, raster: bool = False) -> None:
        self._cache: OrderedDict[tuple[str, QFont], tuple[QPainterPath, QRectF]] = OrderedDict()
        self._max = max_cached
        #: Screen only: draw with the glyph cache (glyph runs), the halo as the text repeated
        #: around it; 15x faster than stroking glyph outlines (~0.8 ms a label). Print keeps
        #: exact outlined text (raster=False).
        self.raster = raster

    def shaped(self, text: str, font: QFont) -> tuple[QPainterPath, QRectF]:
        """The text as a path with its baseline origin at (0, 0), and its bounding rect."""
        # Keyed on the font itself (hashed and compared by Qt: ten times cheaper than
        # font.key()); a copy goes into the key, as the caller may change its font later.
        hit = self._cache.get((text, font))
        if hit is not None:
            self._cache.move_to_end((text, font))
            return hit
        key = (text, QFont(font))
        if self.raster:  # metrics are enough to place glyph-cache text: no outline needed
            rect = QFontMetricsF(font).boundingRect(text)
            entry = (QPainterPath(), rect)
            self._cache[key] = entry
            if len(self._cache) > self._max:
                self._cache.popitem(last=False)
            return entry
        path = QPainterPath()
        path.addText(QPointF(0, 0), font, text)
        rect = path.boundingRect()
        if rect.isEmpty():  # whitespace or missing glyphs: measure instead
            fm = QFontMetricsF(font)
            rect = QRectF(0, -fm.ascent(), fm.horizontalAdvance(text), fm.height())
        self._cache[key] = (path, rect)
        if len(self._cache) > self._max:
            self._cache.popitem(last=False)
        return path, rect

    def rect_at(self, text: str, font: QFont, anchor: QPointF, align: str = "center") -> QRectF:
        """Screen rect of ``text`` placed at ``anchor`` ("center", "right" of, "above")."""
        _, r = self.shaped(text, font)
        return QRectF(r).translated(self._origin(r, anchor, align))

    @staticmethod
    def _origin(r: QRectF, anchor: QPointF, align: str) -> QPointF:
        if align == "right":  # to the right of a symbol, vertically centred
            return QPointF(anchor.x() - r.left(), anchor.y() - r.center().y())
        if align == "left":  # to the left of a symbol (right-to-left scripts)
            return QPointF(anchor.x() - r.right(), anchor.y() - r.center().y())
        if align == "above":
            return QPointF(anchor.x() - r.center().x(), anchor.y() - r.bottom())
        return QPointF(anchor.x() - r.center().x(), anchor.y() - r.center().y())

    def draw(
        self,
        painter: QPainter,
        text: str,
        font: QFont,
        anchor: QPointF,
        colour: QColor,
        halo: QColor,
        halo_width: float = 3.0,
        align: str = "center",
    ) -> None:
        """Draw ``text`` at ``anchor`` with a halo (painter in screen coordinates)."""
        path, r = self.shaped(text, font)
        origin = self._origin(r, anchor, align)
        if self.raster:
            self._draw_glyphs(painter, text, font, origin, colour, halo, halo_width, r)
            return
        painter.save()
        painter.translate(origin)
        if halo_width > 0:
            pen = QPen(halo, halo_width)
            pen.setJoinStyle(pen.joinStyle().RoundJoin)
            painter.strokePath(path, pen)
        painter.fillPath(path, colour)
        painter.restore()

    @staticmethod
    def _draw_glyphs(painter, text, font, origin, colour, halo, halo_width, rect) -> None:
        """The text from the glyph cache, with a ring of copies around it as halo.

        On a plain device (no transform, no device pixel ratio: the canvas on a 1x screen)
        the text is shaped once and its glyph runs drawn thirteen times; ``drawText`` would
        shape it again for every copy (2.5x the time). Elsewhere each copy is drawn with
        ``drawText``: on a HiDPI screen (glyph runs are rounded differently under a scale)
        and for a label cut by the device's edge (glyphs across it are clipped differently):
        both would change pixels. ``rect``: the text's bounds relative to ``origin``.
        """
        painter.save()
        painter.setFont(font)
        radius = max(1.0, halo_width / 2.0)
        ring = _ring(radius) if halo_width > 0 else ()
        runs = None
        if painter.deviceTransform().isIdentity() and _inside(painter, rect, origin, radius):
            runs = _glyph_runs(painter, text)
        if runs is not None:
            if ring:
                painter.setPen(halo)
                if len(runs) == 1:  # one font, one direction: the usual label
                    run = runs[0]
                    for offset in ring:  # a ring of copies: the halo
                        painter.drawGlyphRun(origin + offset, run)
                else:
                    for offset in ring:
                        at = origin + offset
                        for run in runs:
                            painter.drawGlyphRun(at, run)
            painter.setPen(colour)
            for run in runs:
                painter.drawGlyphRun(origin, run)
        else:
            if ring:
                painter.setPen(halo)
                for offset in ring:
                    painter.drawText(origin + offset, text)
            painter.setPen(colour)
            painter.drawText(origin, text)
        painter.restore()


def _inside(painter: QPainter, rect: QRectF, origin: QPointF, radius: float) -> bool:
    """True when text of bounds ``rect`` at ``origin``, with its halo, lies well inside the
    painter's device (two pixels to spare)."""
    device = painter.device()
    m = radius + 2.0
    x, y = origin.x(), origin.y()
    return (x + rect.left() - m >= 0.0 and y + rect.top() - m >= 0.0
            and x + rect.right() + m <= device.width()
            and y + rect.bottom() + m <= device.height())


#: Line breaks and tabs: a text layout may break lines or set tab stops at them; such (rare)
#: labels are left to drawText rather than trusted to lay out the same.
_LAYOUT_CONTROLS = frozenset("\n\r\t\v\f\u2028\u2029")


def _glyph_runs(painter: QPainter, text: str) -> list[QGlyphRun] | None:
    """``text`` shaped as ``painter.drawText(origin, text)`` shapes it (the painter's font
    and layout direction, bidi reordering, Arabic joining), as glyph runs placed relative to
    the baseline origin, in the order ``drawText`` draws them (left to right on screen):
    drawn at ``origin`` they give the very same pixels. None for empty text and text with
    line breaks or tabs (left to drawText)."""
    if not text or not _LAYOUT_CONTROLS.isdisjoint(text):
        return None
    layout = QTextLayout(text, painter.font(), painter.device())
    option = layout.textOption()
    option.setTextDirection(painter.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    if layout.lineCount() != 1:
        return None
    line.setPosition(QPointF(0.0, -line.ascent()))  # baseline at y = 0, exactly
    runs = layout.glyphRuns()
    if len(runs) > 1:  # runs come in logical order; drawText paints in visual order
        runs.sort(key=lambda run: min(p.x() for p in run.positions()))
    return runs


# -- callouts: labels tied to a place, moved aside with a leader line or numbered ------------
#: Directions tried around an anchor, nearest-looking first: right, left, above, below, then
#: the diagonals (x, y unit steps; y grows downwards).
_DIRECTIONS = ((1, 0), (-1, 0), (0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1))


@dataclass
class Callout:
    """A label tied to a place on the map: where it was put, and how it points back.

    ``rect`` is where the text went (None: not placed); ``leader`` says it sits away from
    its anchor and needs a line back to it; ``number`` > 0 means the text did not fit near
    its anchor: a marker (``marker``) stands there and the text is in the key; the marker
    and its key row show ``mark`` (a change's letter, ``render.change_marks``).
    """

    text: str
    anchor: QPointF
    colour: QColor
    rect: QRectF | None = None
    leader: bool = False
    number: int = 0
    marker: QRectF | None = None
    mark: str = ""


class CalloutLayout:
    """Places callouts with the map's collision rules: never over a taken rectangle of
    ``space`` (labels) or ``symbols`` (point symbols, arrows: a leader line may cross
    these, not a label), never cut by ``frame`` (the view's edge).

    A label goes on its anchor when free there, else at growing distances around it (a
    leader line then points back), up to ``rings`` steps of ``step`` pixels. What finds no
    place near gets a marker at its anchor and a row in a key box set in a free
    corner of the frame (``place_key``). Pure geometry: drawing is the caller's.
    """

    def __init__(self, space: LabelSpace, frame: QRectF, step: float, rings: int = 4,
                 margin: float = 4.0, symbols: LabelSpace | None = None) -> None:
        self.space = space
        self.symbols = symbols or LabelSpace()
        self.frame = QRectF(frame)
        self.step = step
        self.rings = rings
        self.margin = margin

    def _fits(self, rect: QRectF) -> bool:
        inner = self.frame.adjusted(self.margin, self.margin, -self.margin, -self.margin)
        return (inner.contains(rect) and self.space.is_free(rect)
                and self.symbols.is_free(rect))

    def candidates(self, size: tuple[float, float], anchor: QPointF, rings: int | None = None):
        """Rectangles of ``size`` (w, h) around ``anchor``: on it, then ring after ring."""
        w, h = size
        yield QRectF(anchor.x() - w / 2, anchor.y() - h / 2, w, h), False
        for ring in range(1, (self.rings if rings is None else rings) + 1):
            d = ring * self.step
            for dx, dy in _DIRECTIONS:
                cx = anchor.x() + dx * (w / 2 + d)
                cy = anchor.y() + dy * (h / 2 + d)
                yield QRectF(cx - w / 2, cy - h / 2, w, h), True

    def place(self, size: tuple[float, float], anchor: QPointF,
              rings: int | None = None) -> tuple[QRectF, bool] | None:
        """Reserve a free rectangle of ``size`` near ``anchor``: (rect, needs a leader).

        A place away from the anchor is taken only if its leader line crosses no label.
        """
        for rect, away in self.candidates(size, anchor, rings):
            if self._fits(rect) and (not away or self._leader_clear(anchor, rect)):
                self.space.take(rect)
                return rect, away
        return None

    def _leader_clear(self, anchor: QPointF, rect: QRectF) -> bool:
        """True when the line from ``anchor`` to ``rect`` passes over no taken rectangle,
        except those right at the anchor (a region's place under or against a name: the
        line has to leave it) and its first pixels (the anchor's own symbol)."""
        end = leader_end(rect, anchor)
        dx, dy = end.x() - anchor.x(), end.y() - anchor.y()
        length = math.hypot(dx, dy)
        start = 6.0
        if length <= start:
            return True
        under = self.space.near(anchor, self.step / 2)
        steps = int((length - start) / 3.0) + 1
        for k in range(steps):
            t = (start + k * 3.0) / length
            x, y = anchor.x() + dx * t, anchor.y() + dy * t
            if not self.space.is_free(QRectF(x - 0.5, y - 0.5, 1.0, 1.0), under):
                return False
        return True

    def place_key(self, size: tuple[float, float]) -> QRectF | None:
        """Reserve a free corner of the frame for a key of ``size``: bottom left first."""
        w, h = size
        m = self.margin * 2
        f = self.frame
        for x, y in ((f.left() + m, f.bottom() - m - h), (f.right() - m - w, f.bottom() - m - h),
                     (f.left() + m, f.top() + m), (f.right() - m - w, f.top() + m)):
            rect = QRectF(x, y, w, h)
            if self._fits(rect):
                self.space.take(rect)
                return rect
        return None


def leader_end(rect: QRectF, anchor: QPointF) -> QPointF:
    """The point of ``rect``'s outline nearest to ``anchor`` (where a leader line ends)."""
    x = min(max(anchor.x(), rect.left()), rect.right())
    y = min(max(anchor.y(), rect.top()), rect.bottom())
    return QPointF(x, y)


def marker_square(x: float, y: float, size: float, rings: int,
                  fits: Callable[[QRectF], bool],
                  keep_clear: Sequence[QRectF] = ()) -> QRectF:
    """Where a marker of ``size`` (a zone's numbered circle, a change's lettered square)
    goes for the place (``x``, ``y``): on it when ``fits`` says so, else the first square
    that fits on rings around it (twelve directions, 0.9 marker sizes apart, up to
    ``rings``), else on the place after all.

    A marker moved off its place points back with a leader line; a place whose leader would
    cross one of ``keep_clear`` (the map's names) is taken only when no other fits, so a line
    is not drawn through a name: the clear places are looked for on twice as many rings (a
    longer leader reads better than one through a name) before the first free place is
    taken. Used for the map's zone numbers and the printed changes' piece letters."""
    place = QPointF(x, y)
    # a name or symbol over the place itself is crossed by every leader: not a reason
    keep_clear = [r for r in keep_clear if not r.contains(place)]
    first_fit: QRectF | None = None
    for ring in range(2 * rings + 1 if keep_clear else rings + 1):
        steps = 1 if ring == 0 else 12
        for k in range(steps):
            angle = 2 * math.pi * k / steps - math.pi / 4
            cx = x + math.cos(angle) * ring * size * 0.9
            cy = y + math.sin(angle) * ring * size * 0.9
            rect = QRectF(cx - size / 2, cy - size / 2, size, size)
            if not fits(rect):
                continue
            leader = QLineF(place, rect.center())
            if ring == 0 or not any(segment_meets(leader, r) for r in keep_clear):
                return rect
            if ring <= rings and first_fit is None:
                first_fit = rect
    if first_fit is not None:
        return first_fit
    return QRectF(x - size / 2, y - size / 2, size, size)


def segment_meets(segment: QLineF, rect: QRectF) -> bool:
    """True when the segment touches the inside of ``rect`` (an end in it, or crossing)."""
    if rect.contains(segment.p1()) or rect.contains(segment.p2()):
        return True
    corners = (rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft())
    for i in range(4):
        kind, _ = segment.intersects(QLineF(corners[i], corners[(i + 1) % 4]))
        if kind == QLineF.IntersectionType.BoundedIntersection:
            return True
    return False
