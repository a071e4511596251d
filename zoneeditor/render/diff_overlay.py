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

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QTransform,
)
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff_match import Change
from zoneeditor.core.model import LayerKind
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
               avoid: Sequence[QRectF] = ()) -> None:
    """Paint ``report`` (a ``core.diff.DiffReport``) over the map shown in ``viewport``.

    ``avoid`` holds rectangles (viewport pixels) already taken, such as the map's own feature
    labels: the overlay's labels never cover them, and are left out where no free place is
    near (the Changes panel and the printed Changes block carry every figure).
    """
    if report is None:
        return
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
        # 3. labels: area of each visible region, largest shift of each feature; a label that
        # would cover one already placed moves down a line, or is dropped when the same text
        # is already there (a border moved between two zones: one shift, said once)
        taken: list[tuple[QRectF, str]] = [(QRectF(r), "") for r in avoid]
        _paint_region_labels(painter, viewport, report, style, taken)
        for fd in changed:
            _paint_shift(painter, viewport, fd, style, taken)
    finally:
        painter.restore()


def _label(painter: QPainter, x: float, y: float, text: str, colour: str,
           style: DiffStyle, taken: list[tuple[QRectF, str]] | None = None) -> bool:
    """Text centred on (x, y) with a white halo, legible over hatching.

    With ``taken`` (rectangles and texts already placed) the label moves a line down or up
    until it is free, is not drawn when the same text already sits within a line of it, and
    is not drawn at all when no free place is near. Returns whether it was drawn.
    """
    font = QFont("Noto Sans")
    font.setPixelSize(max(6, round(style.px(style.font_px))))
    font.setBold(True)
    path = QPainterPath()
    path.addText(0, 0, font, text)
    box = path.boundingRect()
    path.translate(x - box.width() / 2 - box.left(), y + box.height() / 2 - box.bottom())
    if taken is not None:
        step = box.height() * 1.3
        near = path.boundingRect().adjusted(-step, -3 * step, step, 3 * step)
        if any(t == text and r.intersects(near) for r, t in taken):
            return False
        home = path.boundingRect()
        for k in (0, 1, -1, 2, -2, 3, -3):
            rect = home.translated(0, k * step)
            if not any(r.intersects(rect) for r, _ in taken):
                path.translate(0, k * step)
                break
        else:
            return False  # no free place: overlapping would make both unreadable
        taken.append((path.boundingRect(), text))
    halo = QPainterPathStroker()
    halo.setWidth(style.px(3.0))
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.fillPath(halo.createStroke(path), QBrush(QColor(255, 255, 255, 230)))
    painter.fillPath(path, QBrush(QColor(colour)))
    return True


def _paint_region_labels(painter: QPainter, viewport, report, style: DiffStyle,
                         taken: list[tuple[QRectF, str]]) -> None:
    for region in report.regions:
        # the side of a square of the region's area on screen: a long thin strip is small
        on_screen = (region.geometry.area * viewport.ppd_x * viewport.ppd) ** 0.5
        if on_screen < style.px(style.min_label_px) or not _visible(region.geometry,
                                                                    viewport.bounds):
            continue
        sign = "+" if region.kind == "gained" else "−"
        colour = style.gained if region.kind == "gained" else style.lost
        x, y = viewport.to_screen(region.lon, region.lat)
        _label(painter, x, y, f"{sign}{region.area_km2:,.1f} km²", colour, style, taken)


def _paint_shift(painter: QPainter, viewport, fd, style: DiffStyle,
                 taken: list[tuple[QRectF, str]]) -> None:
    """An arrow from the old to the new position at the largest shift, with its length."""
    shift = fd.measures.shift
    if shift.km <= 0:
        return
    ax, ay = viewport.to_screen(*shift.frm)
    bx, by = viewport.to_screen(*shift.to)
    if ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5 < style.px(style.min_shift_px):
        return  # zoomed too far out to read: the table has the figure
    bx0, by0, bx1, by1 = 0, 0, viewport.width, viewport.height
    if max(ax, bx) < bx0 or min(ax, bx) > bx1 or max(ay, by) < by0 or min(ay, by) > by1:
        return
    pen = QPen(QColor(style.shift), style.px(style.line_width * 1.2))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(ax, ay), QPointF(bx, by))
    r = style.px(2.5)
    painter.setBrush(QBrush(QColor(style.shift)))
    painter.drawEllipse(QPointF(bx, by), r, r)
    km = shift.km
    text = f"{km:,.2f} km" if km < 1 else f"{km:,.1f} km"
    offset = style.px(style.font_px)
    _label(painter, (ax + bx) / 2, (ay + by) / 2 - offset, text, style.shift, style, taken)


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
