"""Feature labels and zone callouts, placed so that none overlaps another.

Order of placement (most important first): point symbols are reserved, then feature labels
(selected features, then points, lines, zones); country and town names come after them
(``render.map_names``). A label cut by the map's edge is left out; a point label tries the
other side of its symbol first. Right-to-left names (Arabic) sit to the left of their
symbol. ``MapLabels`` is mixed into ``MapPainter``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shapely
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.model import Feature, LayerKind
from zoneeditor.core.naming import label_name
from zoneeditor.core.vertices import point_xy
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.fonts import label_font
from zoneeditor.render.labels import LabelSpace, TextPainter, is_rtl, marker_square
from zoneeditor.render.scene import Scene
from zoneeditor.render.style import MapStyle


@dataclass
class PlacedLabel:
    """A label placed on the map: its text, font, anchor and alignment, the screen rectangle
    it takes, and its colour (``MapLabels.feature_labels`` returns them)."""

    text: str
    font: QFont
    anchor: QPointF
    align: str
    rect: QRectF
    colour: QColor
    fid: str = ""


@dataclass
class Callout:
    """A numbered circle standing for a zone whose name has no room on the map.

    ``anchor`` is a point inside the zone (map-frame pixels), ``rect`` the circle's box; a
    thin leader joins them when the circle had to move off the zone. The number refers to
    the sheet's zone key.
    """

    number: int
    fid: str
    anchor: QPointF
    rect: QRectF


class ZoneCover:
    """Which zones a label's rectangle lies over, so a zone's name is never read as another's.

    A tester's sheet printed one square's long name centred over its two neighbours (placed
    "beside" the first, which sat at the map's edge), and the neighbour it covered got a
    broken callout. A zone's label may lie over other zones only where its own zone holds
    at least half of the label's rectangle (a name across a shared border, a buffer zone
    inside the zone); beside its zone, over nothing but the map.
    """

    def __init__(self, zones: list[Feature]) -> None:
        self._zones = zones
        self._tree = shapely.STRtree([f.geometry for f in zones]) if zones else None
        self._around: dict[tuple[str, str], bool] = {}

    def names_its_own(self, feature: Feature, rect: QRectF, viewport: Viewport) -> bool:
        """True when ``rect`` (screen pixels) may carry ``feature``'s name (see above).

        A zone holding ``feature`` (an enclave in a larger zone) is not another zone here:
        a name inside it is where the enclave is, and the window has no callouts to fall
        back on (a reviewer found Eastern Ghouta unnamed inside a larger zone)."""
        if self._tree is None:
            return True
        lon0, lat1 = viewport.to_map(rect.left(), rect.top())
        lon1, lat0 = viewport.to_map(rect.right(), rect.bottom())
        bounds = (min(lon0, lon1), min(lat0, lat1), max(lon0, lon1), max(lat0, lat1))
        box = shapely.box(*bounds)
        others = [i for i in self._tree.query(box, predicate="intersects")
                  if self._zones[i].id != feature.id and not self._holds(i, feature)]
        if not others:
            return True
        # screen shares, not measures: the ratio of two areas of one small box
        own = shapely.clip_by_rect(feature.geometry, *bounds).area
        return own >= 0.5 * box.area

    def _holds(self, i: int, feature: Feature) -> bool:
        """Whether zone ``i`` holds ``feature`` whole (once per pair)."""
        key = (self._zones[i].id, feature.id)
        if key not in self._around:
            self._around[key] = bool(shapely.covers(self._zones[i].geometry, feature.geometry))
        return self._around[key]


class MapLabels:
    """Placement and drawing of the features' labels and callouts; needs ``style`` and
    ``text`` of ``MapPainter``."""

    if TYPE_CHECKING:  # what MapPainter, the class this is mixed into, provides
        style: MapStyle
        text: TextPainter
        _label_points: dict[int, tuple[BaseGeometry, tuple[float, float]]]

        def _visible_features(
            self, viewport: Viewport, features: list[Feature], pad_px: float = 8,
            box: tuple[float, float, float, float] | None = None,
        ) -> list[Feature]: ...

    def point_symbol_rects(self, viewport: Viewport, scene: Scene) -> list[QRectF]:
        """Screen rectangles of the visible point symbols (with a margin): labels, callouts
        and the print's change markers keep off them."""
        version = scene.project.versions.get(scene.version)
        if version is None or not scene.layer_visible(LayerKind.POINTS):
            return []
        r = self.style.px(self.style.point_radius * 1.3)
        out = []
        for f in version.layer(LayerKind.POINTS):
            if not f.geometry.is_empty:
                sx, sy = viewport.to_screen(*point_xy(f.geometry))
                out.append(QRectF(sx - r, sy - r, 2 * r, 2 * r))
        return out

    def label_text(self, f: Feature, scene: Scene) -> str:
        """The text of ``f``'s label in the scene's label language ("" for none): both names
        side by side, the local-script name, or the romanised one
        (``core.naming.label_name``: the Changes panel names features by the same rule).
        Both names ("Idlib · إدلب") have the local one bidi-isolated, so delegations reading
        either script find the same place."""
        return label_name(f, scene.label_language, interface=scene.language)

    def _label_point(
        self, f: Feature, viewport: Viewport
    ) -> tuple[float, float] | None:
        """Where a zone or line label goes: inside the zone / middle of the line, in view."""
        g = f.geometry
        box = viewport.bounds
        gb = g.bounds
        fully_in = gb[0] >= box[0] and gb[2] <= box[2] and gb[1] >= box[1] and gb[3] <= box[3]
        if fully_in:
            hit = self._label_points.get(id(g))
            if hit is not None and hit[0] is g:
                return hit[1]
            if f.layer == LayerKind.LINES:
                p = g.interpolate(0.5, normalized=True)
            else:
                p = shapely.point_on_surface(g)
            xy = (p.x, p.y)
            if len(self._label_points) > 5000:
                self._label_points.clear()
            self._label_points[id(g)] = (g, xy)
            return xy
        clipped = shapely.clip_by_rect(g, *box)
        if clipped.is_empty:
            return None
        if f.layer == LayerKind.LINES:
            parts = sorted(shapely.get_parts(clipped), key=lambda p: -p.length)
            at: shapely.Point | None = parts[0].interpolate(0.5, normalized=True) if parts else None
        else:
            at = shapely.point_on_surface(clipped)
        return None if at is None or at.is_empty else (at.x, at.y)

    def feature_labels(self, viewport: Viewport, scene: Scene,
                       keep_clear: Sequence[QRectF] = ()) -> list[PlacedLabel]:
        """Placed labels of the visible features: selected first, then points, lines, zones.

        A label is left out when it would cover one placed before it, or a rectangle of
        ``keep_clear`` (what is drawn over the map later and must stay visible: print's
        shift arrows); a zone's label then looks for another place, as when it is taken.
        """
        version = scene.project.versions.get(scene.version)
        if version is None or not scene.show_labels:
            return []
        space = LabelSpace(padding=3.0)
        font = label_font(self.style.feature_font_pt * self.style.scale, bold=True)
        out: list[PlacedLabel] = []
        order = {LayerKind.POINTS: 0, LayerKind.LINES: 1, LayerKind.ZONES: 2}
        feats = [f for f in version if scene.layer_visible(f.layer)]
        feats = self._visible_features(viewport, feats, 0)
        feats.sort(key=lambda f: (f.id not in scene.selection, order[f.layer]))
        min_zone_px = 40.0  # a zone this wide on screen holds its name
        min_named_px = 8.0  # a smaller one is a dot: its name would point at nothing
        frame = QRectF(0, 0, viewport.width, viewport.height)
        # Point symbols are never covered by a label, not even another point's.
        for rect in self.point_symbol_rects(viewport, scene):
            space.take(rect)
        for rect in keep_clear:
            space.take(QRectF(rect))
        zones = ZoneCover([f for f in feats if f.layer == LayerKind.ZONES])
        for f in feats:
            text = self.label_text(f, scene)
            if not text:
                continue
            colour = QColor("#1a1a1a")
            small = False
            if f.layer == LayerKind.POINTS:
                sx, sy = viewport.to_screen(*point_xy(f.geometry))
                gap = self.style.px(self.style.point_radius + 6)  # clear of the symbol
                rtl = is_rtl(text)
                anchor = QPointF(sx - gap if rtl else sx + gap, sy)
                align = "left" if rtl else "right"
            else:
                gb = f.geometry.bounds
                span = max((gb[2] - gb[0]) * viewport.ppd_x, (gb[3] - gb[1]) * viewport.ppd)
                small = span < min_zone_px  # its name does not fit on it: beside it
                if small and (f.layer != LayerKind.ZONES or span < min_named_px):
                    continue
                xy = self._label_point(f, viewport)
                if xy is None:
                    continue
                sx, sy = viewport.to_screen(*xy)
                anchor = QPointF(sx, sy)
                align = "center" if f.layer == LayerKind.ZONES else "above"
                party = scene.project.meta.party(f.party)
                if party is not None and f.layer == LayerKind.ZONES:
                    colour = QColor(party.colour).darker(170)
            rect = self.text.rect_at(text, font, anchor, align)
            if f.layer == LayerKind.ZONES and (small or not (
                    frame.contains(rect) and space.is_free(rect)
                    and zones.names_its_own(f, rect, viewport))):
                # taken (a point's label, a neighbour's), cut by the edge, or lying over
                # other zones more than its own: another place in the zone, else just
                # beside it, so every zone that can be named is, and by no other's name
                spots = self._zone_label_spots(f, viewport, anchor, rect)
                found = None
                for other in (spots[-4:] if small else spots):
                    other_rect = self.text.rect_at(text, font, other, "center")
                    if (frame.contains(other_rect) and space.is_free(other_rect)
                            and zones.names_its_own(f, other_rect, viewport)):
                        found = (other, other_rect)
                        break
                if found is None:
                    continue  # no free place: the zone goes unnamed (print numbers it)
                anchor, rect = found
            if f.layer == LayerKind.POINTS and not (frame.contains(rect)
                                                     and space.is_free(rect)):
                # cut by the map's edge or taken: try the other side of the symbol
                sx, sy = viewport.to_screen(*point_xy(f.geometry))
                flip = "right" if align == "left" else "left"
                other = QPointF(sx + gap if flip == "right" else sx - gap, sy)
                other_rect = self.text.rect_at(text, font, other, flip)
                if frame.contains(other_rect) and space.is_free(other_rect):
                    anchor, align, rect = other, flip, other_rect
            if frame.contains(rect) and space.try_take(rect):
                out.append(PlacedLabel(text, font, anchor, align, rect, colour, f.id))
        return out

    def _zone_label_spots(self, f: Feature, viewport: Viewport, first: QPointF,
                          rect: QRectF) -> list[QPointF]:
        """Other places for a zone's label, best first: shifted up, down and sideways inside
        the zone (the label's centre stays on the zone), then just above, below, right and
        left of the zone's outline on screen (a zone too small to hold its name is named
        beside it, as a printed map does)."""
        w, h = rect.width(), rect.height()
        inside = []
        for dx, dy in ((0, -1.2 * h), (0, 1.2 * h), (0, -2.4 * h), (0, 2.4 * h),
                       (-0.6 * w, 0), (0.6 * w, 0)):
            spot = QPointF(first.x() + dx, first.y() + dy)
            lon, lat = viewport.to_map(spot.x(), spot.y())
            if shapely.intersects_xy(f.geometry, lon, lat):
                inside.append(spot)
        x0, y0 = viewport.to_screen(f.geometry.bounds[0], f.geometry.bounds[3])
        x1, y1 = viewport.to_screen(f.geometry.bounds[2], f.geometry.bounds[1])
        cx, cy, gap = (x0 + x1) / 2, (y0 + y1) / 2, self.style.px(3.0)
        beside = [QPointF(cx, y0 - gap - h / 2), QPointF(cx, y1 + gap + h / 2),
                  QPointF(x1 + gap + w / 2, cy), QPointF(x0 - gap - w / 2, cy)]
        return inside + beside

    def zone_callouts(self, viewport: Viewport, scene: Scene, labels: list[PlacedLabel],
                      numbers: dict[str, int]) -> list[Callout]:
        """A numbered callout for every visible zone in ``numbers`` that got no label.

        Print promises that every zone on the map can be found by name: the label where it
        fits, else its number from the zone key. A callout sits on the zone when that place
        is free, else on the nearest free place around it (leader line back); when none is
        free within a few sizes it stays on the zone.
        """
        version = scene.project.versions.get(scene.version)
        if version is None or not scene.layer_visible(LayerKind.ZONES):
            return []
        labelled = {lab.fid for lab in labels}
        space = LabelSpace(padding=2.0)
        for lab in labels:
            space.take(lab.rect)
        for rect in self.point_symbol_rects(viewport, scene):
            space.take(rect)
        font = self._callout_font()
        size = self.text.rect_at("00", font, QPointF(0, 0)).height() * 1.25
        frame = QRectF(0, 0, viewport.width, viewport.height)
        out: list[Callout] = []
        for f in version.layer(LayerKind.ZONES):
            if f.id in labelled or f.id not in numbers or f.geometry.is_empty:
                continue
            xy = self._label_point(f, viewport)
            if xy is None:
                continue
            x, y = viewport.to_screen(*xy)
            anchor = QPointF(x, y)
            best = marker_square(x, y, size, 5,
                                 lambda rect: frame.contains(rect) and space.is_free(rect),
                                 keep_clear=[lab.rect for lab in labels])
            space.take(best)
            out.append(Callout(numbers[f.id], f.id, anchor, best))
        return out

    def _callout_font(self) -> QFont:
        return label_font(self.style.feature_font_pt * self.style.scale * 0.85, bold=True)

    def draw_callouts(self, painter: QPainter, callouts: list[Callout]) -> None:
        """Draw numbered circles (white, dark ring) with leader lines where they moved."""
        if not callouts:
            return
        font = self._callout_font()
        dark = QColor("#202020")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for c in callouts:
            centre = c.rect.center()
            if QLineF(c.anchor, centre).length() > c.rect.width() * 0.6:
                painter.setPen(QPen(dark, self.style.px(1.0)))
                painter.drawLine(QLineF(c.anchor, centre))
                painter.setBrush(dark)
                painter.drawEllipse(c.anchor, self.style.px(1.5), self.style.px(1.5))
            painter.setPen(QPen(dark, self.style.px(1.0)))
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(c.rect)
            painter.setFont(font)
            painter.drawText(c.rect, int(Qt.AlignmentFlag.AlignCenter), str(c.number))
        painter.restore()
