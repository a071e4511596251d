"""The diff drawn over the map: gained land hatched green, lost land hatched red, the old
boundary dashed under the new one, and the largest shift of each changed feature labelled.

QtGui only, one painter for the canvas and for print: ``paint_diff(painter, viewport,
report, style)`` draws in device pixels (the canvas overlay contract and print's map frame
both hand it a painter whose (0, 0) is the view's top-left). Paths are built in degrees and
mapped to pixels with the viewport's affine transform, so hatch patterns stay the same size
at every zoom; ``DiffStyle.scaled`` enlarges pens and fonts for print (dpi / 96).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import shapely
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff_change import Change
from zoneeditor.core.figures import area_figure, distance_figure
from zoneeditor.core.model import LayerKind
from zoneeditor.core.naming import figure
from zoneeditor.render.change_marks import MARK_TEXT, change_mark, mark_font, mark_path
from zoneeditor.render.fonts import label_font
from zoneeditor.render.labels import Callout, CalloutLayout, LabelSpace, TextPainter, leader_end
from zoneeditor.render.qpath import path_from_geometry


@dataclass(frozen=True)
class DiffStyle:
    """Colours (#rrggbb) and sizes (pixels at 96 dpi, times ``scale``) of the diff overlay."""

    gained: str = "#1a9641"
    lost: str = "#d7191c"
    between: str = "#e08a00"  # area between an old and a new line of contact
    old_boundary: str = "#222222"
    shift: str = "#5e3c99"
    fill_alpha: int = 60
    hatch_alpha: int = 200
    line_width: float = 1.4
    font_px: float = 11.0
    min_label_px: float = 40.0  # regions smaller than this on screen get no area label
    min_shift_px: float = 14.0  # shifts shorter than this on screen get no arrow or label
    scale: float = 1.0

    def px(self, value: float) -> float:
        """A size in device pixels at this style's scale."""
        return value * self.scale

    def scaled(self, factor: float) -> DiffStyle:
        """The same style with sizes multiplied by ``factor`` (print: dpi / 96)."""
        return replace(self, scale=self.scale * factor)


DEFAULT_STYLE = DiffStyle()

#: Half the side of the square kept free around each point symbol of the map (px at 96 dpi).
POINT_CLEARANCE_PX = 7.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("DiffOverlay", text)


def legend_entries(style: DiffStyle = DEFAULT_STYLE) -> list[tuple[str, str]]:
    """(label, colour) rows explaining the overlay, for the print legend."""
    return [
        (_tr("Area gained"), style.gained),
        (_tr("Area lost"), style.lost),
        (_tr("Between old and new line"), style.between),
        (_tr("Boundary before (dashed)"), style.old_boundary),
        (_tr("Largest shift"), style.shift),
    ]


def _transform(viewport) -> QTransform:
    sx, tx, sy, ty = viewport.affine()
    return QTransform(sx, 0.0, 0.0, sy, tx, ty)


def _visible(geometry: BaseGeometry | None, bounds) -> bool:
    if geometry is None or geometry.is_empty:
        return False
    x0, y0, x1, y1 = geometry.bounds
    bx0, by0, bx1, by1 = bounds
    return not (x0 > bx1 or x1 < bx0 or y0 > by1 or y1 < by0)


def _fill(painter: QPainter, path: QPainterPath, colour: str, pattern: Qt.BrushStyle,
          style: DiffStyle) -> None:
    base = QColor(colour)
    wash = QColor(base)
    wash.setAlpha(style.fill_alpha)
    painter.fillPath(path, QBrush(wash))
    hatch = QColor(base)
    hatch.setAlpha(style.hatch_alpha)
    brush = QBrush(hatch, pattern)
    brush.setTransform(QTransform.fromScale(style.scale, style.scale))
    painter.fillPath(path, brush)
    painter.setPen(QPen(base, style.px(style.line_width * 0.8)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def paint_diff(painter: QPainter, viewport, report, style: DiffStyle | None = None,
               avoid: Sequence[QRectF] = (), first_mark: int = 0) -> list[Callout]:
    """Paint ``report`` (a ``core.diff.DiffReport``) over the map shown in ``viewport``.

    ``avoid`` holds rectangles (viewport pixels) already taken, such as the map's own feature
    labels (the canvas passes its placed labels, print the renderer's). The overlay's labels
    never cover them nor each other and are never cut by the view's edge: a label that does
    not fit on its place goes aside with a leader line, or becomes a lettered marker (a
    square, as every change's marker: ``render.change_marks``) with its text in a key in a
    free corner; with no free corner it is left out (the Changes panel and the printed
    Changes block carry every figure). The markers' letters start at the ``first_mark``-th
    (0: A): a sheet letters its listed pieces of land first, and no two markers on it may
    show the same letter. Returns the placed labels.
    """
    if report is None:
        return []
    style = style or DEFAULT_STYLE
    to_px = _transform(viewport)
    bounds = viewport.bounds
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        changed = [fd for fd in report.features
                   if fd.change != Change.UNCHANGED and fd.geometry_changed]
        # 1. areas: lost under gained, so a strip both lost and regained reads as gained
        for fd in changed:
            m = fd.measures
            if fd.layer == LayerKind.LINES and _visible(m.between, bounds):
                _fill(painter, to_px.map(path_from_geometry(m.between)), style.between,
                      Qt.BrushStyle.DiagCrossPattern, replace(style, fill_alpha=0))
        for kind, colour, pattern in (("lost", style.lost, Qt.BrushStyle.FDiagPattern),
                                      ("gained", style.gained, Qt.BrushStyle.BDiagPattern)):
            for fd in changed:
                if fd.layer != LayerKind.ZONES:
                    continue
                geom = fd.measures.lost if kind == "lost" else fd.measures.gained
                if _visible(geom, bounds):
                    _fill(painter, to_px.map(path_from_geometry(geom)), colour, pattern, style)
        # 2. the old boundary, dashed, so the new one (drawn by the map) reads above it
        dash = QPen(QColor(style.old_boundary), style.px(style.line_width))
        dash.setStyle(Qt.PenStyle.DashLine)
        dash.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(dash)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for fd in changed:
            old = fd.delta.old
            if old is None or old.layer == LayerKind.POINTS or not _visible(old.geometry, bounds):
                continue
            painter.drawPath(to_px.map(path_from_geometry(old.geometry)))
        # 3. labels: area of each visible region, largest shift of each feature, placed
        # with the map's collision rules (render.labels): on their place when free, else
        # aside with a leader line, else as a lettered marker with the text in a key
        return _paint_labels(painter, viewport, report, style, changed, avoid, first_mark)
    finally:
        painter.restore()


def _font(style: DiffStyle) -> QFont:
    font = label_font(8.0, bold=True)
    font.setPixelSize(max(6, round(style.px(style.font_px))))
    return font


def area_text(region) -> str:
    """"−275.2 km²" (lost) or "+134.4 km²" (gained), "+134.4 كم²" in Arabic: number and
    unit never split, the unit translated and after the number in the label's direction
    (``core.naming.figure``, as the Changes panel and the sheet write units)."""
    sign = "+" if region.kind == "gained" else "−"
    return figure(sign + area_figure(region.area_km2), _tr("km²"))


def shift_text(km: float) -> str:
    """"10.1 km", "0.35 km": as the Changes table, its summary and the command line say
    it (``core.figures.distance_figure``), the unit translated."""
    return figure(distance_figure(km), _tr("km"))


def _region_anchor(region, viewport) -> tuple[float, float] | None:
    """Where a region's label belongs: its place, or a point of its visible part."""
    x, y = viewport.to_screen(region.lon, region.lat)
    if 0 <= x <= viewport.width and 0 <= y <= viewport.height:
        return x, y
    part = shapely.clip_by_rect(region.geometry, *viewport.bounds)
    if part.is_empty:
        return None
    p = shapely.point_on_surface(part)
    return viewport.to_screen(p.x, p.y)


def _collect(painter: QPainter, viewport, report, style: DiffStyle, changed,
             space: LabelSpace) -> list[Callout]:
    """The callouts to place, most important first (largest areas, then shifts); draws the
    shift arrows on the way and reserves their ends so no label hides them."""
    out: list[tuple[float, Callout]] = []
    for region in report.regions:
        # the side of a square of the region's area on screen: a long thin strip is small
        on_screen = (region.geometry.area * viewport.ppd_x * viewport.ppd) ** 0.5
        if on_screen < style.px(style.min_label_px) or not _visible(region.geometry,
                                                                    viewport.bounds):
            continue
        xy = _region_anchor(region, viewport)
        if xy is None:
            continue
        colour = style.gained if region.kind == "gained" else style.lost
        out.append((-region.area_km2, Callout(area_text(region), QPointF(*xy),
                                              QColor(colour))))
    shifts = []
    for fd in changed:
        arrow = _paint_shift(painter, viewport, fd, style, space)
        if arrow is not None:
            shifts.append(Callout(shift_text(fd.measures.shift.km), arrow,
                                  QColor(style.shift)))
    return [c for _, c in sorted(out, key=lambda t: t[0])] + shifts


def _paint_labels(painter: QPainter, viewport, report, style: DiffStyle, changed,
                  avoid: Sequence[QRectF], first_mark: int) -> list[Callout]:
    space = LabelSpace(padding=style.px(2.0))
    for r in avoid:
        space.take(QRectF(r))
    # the map's point symbols (posts, checkpoints) and the shift arrows are never covered
    symbols = LabelSpace(padding=style.px(1.0))
    clear = style.px(POINT_CLEARANCE_PX)
    x0, y0, x1, y1 = viewport.bounds
    for f in report.new.layer(LayerKind.POINTS):
        g = f.geometry
        if not g.is_empty and x0 <= g.x <= x1 and y0 <= g.y <= y1:
            sx, sy = viewport.to_screen(g.x, g.y)
            symbols.take(QRectF(sx - clear, sy - clear, 2 * clear, 2 * clear))
    callouts = _collect(painter, viewport, report, style, changed, symbols)
    font = _font(style)
    text = TextPainter()
    line = QFontMetricsF(font).height()
    layout = CalloutLayout(space, QRectF(0, 0, viewport.width, viewport.height),
                           step=line * 0.8, rings=6, margin=style.px(3.0), symbols=symbols)
    pad = style.px(3.0)
    placed: list[Callout] = []
    waiting: list[Callout] = []
    for c in callouts:
        _, box = text.shaped(c.text, font)
        if any(p.text == c.text and _near(p.anchor, c.anchor, 3 * line)
               for p in (*placed, *waiting)):
            continue  # a border moved between two zones: one shift, said once
        spot = layout.place((box.width() + pad, box.height() + pad), c.anchor)
        if spot is None:
            waiting.append(c)
            continue
        c.rect, c.leader = spot
        placed.append(c)
    numbered, key = _number(layout, waiting, font, text, line, style, first_mark)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for c in placed:
        _draw_callout(painter, c, font, text, style)
    if key is not None:
        _draw_numbered(painter, numbered, key, font, text, line, style)
    return placed + numbered


def _near(a: QPointF, b: QPointF, distance: float) -> bool:
    return abs(a.x() - b.x()) <= distance and abs(a.y() - b.y()) <= distance


def _number(layout: CalloutLayout, waiting: list[Callout], font: QFont, text: TextPainter,
            line: float, style: DiffStyle,
            first_mark: int = 0) -> tuple[list[Callout], QRectF | None]:
    """Lettered markers for the callouts that found no place, and their key (if it fits);
    ``number`` counts them from 1, ``mark`` is the letter shown, from the
    ``first_mark``-th on.

    The key's corner is reserved first, for every waiting label, so no marker takes it;
    it then shrinks to the markers that found a place, keeping to its corner.
    """
    if not waiting:
        return [], None
    width = max(text.shaped(c.text, font)[1].width() for c in waiting)
    row, inset = line * 1.25, style.px(4)
    key = layout.place_key((width + line * 2.2, row * len(waiting) + 2 * inset))
    if key is None:
        return [], None  # no free corner: the Changes panel and print carry every figure
    out: list[Callout] = []
    d = line * 0.95
    for c in waiting:
        spot = layout.place((d, d), c.anchor, rings=8)
        if spot is None:
            continue
        c.number = len(out) + 1
        c.mark = change_mark(first_mark + len(out))
        c.marker, c.leader = spot
        out.append(c)
    if not out:
        return [], None
    height = row * len(out) + 2 * inset
    if key.bottom() > layout.frame.center().y():  # a bottom corner: keep to the bottom
        key.setTop(key.bottom() - height)
    else:
        key.setHeight(height)
    for c in out:
        c.rect = QRectF(key.left() + inset, key.top() + inset + row * (c.number - 1),
                        key.width() - 2 * inset, row)
    return out, key


def _halo_text(painter: QPainter, text: TextPainter, s: str, font: QFont, centre: QPointF,
               colour: QColor, style: DiffStyle, align: str = "center") -> None:
    text.draw(painter, s, font, centre, colour, QColor(255, 255, 255, 235), style.px(3.0),
              align)


def _draw_leader(painter: QPainter, anchor: QPointF, rect: QRectF, colour: QColor,
                 style: DiffStyle) -> None:
    pen = QPen(colour, style.px(1.0))
    painter.setPen(pen)
    painter.drawLine(anchor, leader_end(rect, anchor))
    painter.setBrush(QBrush(colour))
    r = style.px(2.0)
    painter.drawEllipse(anchor, r, r)


def _draw_callout(painter: QPainter, c: Callout, font: QFont, text: TextPainter,
                  style: DiffStyle) -> None:
    assert c.rect is not None
    if c.leader:
        _draw_leader(painter, c.anchor, c.rect, c.colour, style)
    _halo_text(painter, text, c.text, font, c.rect.center(), c.colour, style)


def _draw_numbered(painter: QPainter, numbered: list[Callout], key: QRectF, font: QFont,
                   text: TextPainter, line: float, style: DiffStyle) -> None:
    painter.setPen(QPen(QColor("#555555"), style.px(0.8)))
    painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
    painter.drawRoundedRect(key, style.px(3), style.px(3))
    for c in numbered:
        assert c.marker is not None and c.rect is not None
        if c.leader:
            _draw_leader(painter, c.anchor, c.marker, c.colour, style)
        _draw_marker(painter, c.marker, c.mark, c.colour, font, text, style)
        row = c.rect
        badge = QRectF(row.left(), row.center().y() - line * 0.5, line, line)
        _draw_marker(painter, badge, c.mark, c.colour, font, text, style)
        _halo_text(painter, text, c.text, font, QPointF(badge.right() + line * 0.4,
                                                         row.center().y()),
                   c.colour, style, "right")


def _draw_marker(painter: QPainter, rect: QRectF, label: str, colour: QColor, font: QFont,
                 text: TextPainter, style: DiffStyle) -> None:
    """A change's marker: a square filled in the change's colour with a white letter
    (``render.change_marks``; a zone's callout is a white circle with a dark number)."""
    painter.setPen(QPen(QColor(MARK_TEXT), style.px(1.0)))
    painter.setBrush(QBrush(colour))
    painter.drawPath(mark_path(rect))
    text.draw(painter, label, mark_font(font, label, rect), rect.center(), QColor(MARK_TEXT),
              colour, 0.0)


def _arrow(viewport, fd, style: DiffStyle) -> tuple[QPointF, QPointF] | None:
    """Where the largest shift's arrow of ``fd`` is drawn (from old to new, screen
    pixels); None when it is not drawn (no shift, too short to read, out of view)."""
    shift = fd.measures.shift
    if shift.km <= 0:
        return None
    ax, ay = viewport.to_screen(*shift.frm)
    bx, by = viewport.to_screen(*shift.to)
    if ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5 < style.px(style.min_shift_px):
        return None  # zoomed too far out to read: the table has the figure
    bx0, by0, bx1, by1 = 0, 0, viewport.width, viewport.height
    if max(ax, bx) < bx0 or min(ax, bx) > bx1 or max(ay, by) < by0 or min(ay, by) > by1:
        return None
    return QPointF(ax, ay), QPointF(bx, by)


def _arrow_squares(a: QPointF, b: QPointF, r: float) -> list[QRectF]:
    """Squares of half-side ``r`` covering the arrow from ``a`` to ``b``, its end included:
    what no label may cover."""
    length = ((b.x() - a.x()) ** 2 + (b.y() - a.y()) ** 2) ** 0.5
    n = max(2, int(length / (2 * r)) + 1)
    out = []
    for k in range(n):
        t = k / (n - 1)
        x, y = a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t
        out.append(QRectF(x - r, y - r, 2 * r, 2 * r))
    return out


def changed_areas(viewport, report) -> list[BaseGeometry]:
    """The areas (lon/lat) ``paint_diff`` fills and hatches on this view: each changed
    zone's lost and gained land and the land between a line's old and new course. Print
    keeps the map's names off them (a post's name lay over the land Eastern Ghouta lost)."""
    if report is None:
        return []
    bounds = viewport.bounds
    out: list[BaseGeometry] = []
    for fd in report.features:
        if fd.change == Change.UNCHANGED or not fd.geometry_changed:
            continue
        m = fd.measures
        areas = ((m.between,) if fd.layer == LayerKind.LINES else
                 (m.lost, m.gained) if fd.layer == LayerKind.ZONES else ())
        out.extend(a for a in areas if a is not None and _visible(a, bounds))
    return out


def shift_arrow_rects(viewport, report, style: DiffStyle | None = None) -> list[QRectF]:
    """The rectangles (viewport pixels) the overlay's shift arrows will cover on this
    view: print places the map's own names clear of them before the overlay is drawn (a
    zone's name sat on the end of the arrow that says how far its border moved)."""
    if report is None:
        return []
    style = style or DEFAULT_STYLE
    out: list[QRectF] = []
    for fd in report.features:
        if fd.change != Change.UNCHANGED and fd.geometry_changed \
                and (ends := _arrow(viewport, fd, style)) is not None:
            out.extend(_arrow_squares(*ends, style.px(2.5)))
    return out


def _paint_shift(painter: QPainter, viewport, fd, style: DiffStyle,
                 space: LabelSpace) -> QPointF | None:
    """An arrow from the old to the new position at the largest shift; returns the middle
    of the arrow (where its length is labelled), None when it is not drawn."""
    ends = _arrow(viewport, fd, style)
    if ends is None:
        return None
    a, b = ends
    pen = QPen(QColor(style.shift), style.px(style.line_width * 1.2))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(a, b)
    r = style.px(2.5)
    painter.setBrush(QBrush(QColor(style.shift)))
    painter.drawEllipse(b, r, r)
    for square in _arrow_squares(a, b, r):  # the whole arrow stays visible
        space.take(square)
    return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)


def paint_flash(painter: QPainter, viewport, geometry: BaseGeometry | None,
                style: DiffStyle | None = None) -> None:
    """A thick bright outline around ``geometry``: where the panel's clicked change is."""
    if geometry is None or geometry.is_empty:
        return
    style = style or DEFAULT_STYLE
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        path = _transform(viewport).map(path_from_geometry(geometry.envelope
                                                           if geometry.geom_type == "Point"
                                                           else geometry))
        if path.isEmpty():
            x, y = viewport.to_screen(geometry.centroid.x, geometry.centroid.y)
            path = QPainterPath()
            path.addEllipse(QPointF(x, y), style.px(14), style.px(14))
        for width, colour in ((style.px(7), QColor(255, 255, 255, 220)),
                              (style.px(3.5), QColor("#ffbf00"))):
            painter.setPen(QPen(colour, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
    finally:
        painter.restore()
