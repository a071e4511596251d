"""Feature labels and zone callouts, placed so that none overlaps another.

Order of placement (most important first): point symbols are reserved, then feature labels
(selected features, then points, lines, zones); country and town names come after them
(``render.map_names``). A label cut by the map's edge is left out; a point label tries the
other side of its symbol first. Right-to-left names (Arabic) sit to the left of their
symbol. ``MapLabels`` is mixed into ``MapPainter``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shapely
from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.model import Feature, LayerKind
from zoneeditor.core.naming import label_name
from zoneeditor.core.vertices import point_xy
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.fonts import label_font
from zoneeditor.render.label_spots import (
    AreaCover,
    LandCover,
    Places,
    Spot,
    ZoneCover,
    ZoneSpots,
    leader_clear,
    line_spots,
    point_spots,
)
from zoneeditor.render.labels import LabelSpace, TextPainter, is_rtl, leader_end, marker_square
from zoneeditor.render.map_names import name_frame
from zoneeditor.render.scene import Scene
from zoneeditor.render.style import MapStyle


@dataclass
class PlacedLabel:
    """A label placed on the map: its text, font, anchor and alignment, the screen rectangle
    it takes, and its colour (``MapLabels.feature_labels`` returns them). ``leader``: the
    point symbol a label moved away from, which a thin line joins it to (None: beside it)."""

    text: str
    font: QFont
    anchor: QPointF
    align: str
    rect: QRectF
    colour: QColor
    fid: str = ""
    leader: QPointF | None = None

    @property
    def extent(self) -> QRectF:
        """The rectangle the label draws into: its text's, and its leader line's (a repaint
        of part of the window's map must clear and redraw the line with the text)."""
        if self.leader is None:
            return QRectF(self.rect)
        at = self.leader  # (a rectangle of no size would be left out of the union)
        return QRectF(self.rect).united(QRectF(at.x() - 0.5, at.y() - 0.5, 1.0, 1.0))


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
                       keep_clear: Sequence[QRectF] = (),
                       keep_off: Sequence[BaseGeometry] = (),
                       leader_heights: float | None = None) -> list[PlacedLabel]:
        """Placed labels of the visible features: selected first, then points, lines, zones.

        A label is left out when it would cover one placed before it, or a rectangle of
        ``keep_clear`` (what is drawn over the map later and must stay visible: print's
        shift arrows); a zone's label then looks for another place, as when it is taken.
        ``keep_off``: areas (lon/lat) drawn over the map later that a reader must see
        (print's lost and gained land): a label lying over one moves to a free place clear
        of them (a point's, if need be, away from its symbol with a leader line), and stays
        over one only when no such place is found. ``leader_heights``: the longest leader
        line a point's label may have, in label heights (None: any, as on paper); a label
        whose clear place is further away is left out (the window's: the user zooms in,
        ``render.map_comparison.WINDOW_LEADER_HEIGHTS``).
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
        # whole inside the frame with its halo, clear of a printed sheet's frame line
        frame = name_frame(viewport, self.style)
        # Point symbols are never covered by a label, not even another point's.
        for rect in self.point_symbol_rects(viewport, scene):
            space.take(rect)
        for rect in keep_clear:
            space.take(QRectF(rect))
        basemap = scene.basemap if scene.show_basemap else None
        places = Places(viewport, space, frame, AreaCover(keep_off),
                        ZoneCover([f for f in feats if f.layer == LayerKind.ZONES]),
                        ZoneSpots(viewport, LandCover(basemap, viewport),
                                  self.style.px(3.0)), leader_heights)
        for f in feats:
            text = self.label_text(f, scene)
            if not text:
                continue
            colour = QColor("#1a1a1a")
            if f.layer == LayerKind.POINTS:
                found = self._point_place(f, text, font, places)
            elif f.layer == LayerKind.LINES:
                found = self._line_place(f, text, font, places)
            else:
                found = self._zone_place(f, text, font, places)
                party = scene.project.meta.party(f.party)
                if party is not None:
                    colour = QColor(party.colour).darker(170)
            if found is None:
                continue
            spot, rect, leader = found
            if frame.contains(rect) and space.try_take(rect):
                out.append(PlacedLabel(text, font, spot.anchor, spot.align, rect, colour,
                                       f.id, leader))
        return out

    def _first_fit(self, text: str, font: QFont, spots: Sequence[Spot],
                   ok: Callable[[Spot, QRectF], bool]) -> tuple[Spot, QRectF] | None:
        """The first of ``spots`` whose rectangle ``ok(spot, rect)`` accepts."""
        for spot in spots:
            rect = self.text.rect_at(text, font, spot.anchor, spot.align)
            if ok(spot, rect):
                return spot, rect
        return None

    def _point_place(self, f: Feature, text: str, font: QFont, places: Places
                     ) -> tuple[Spot, QRectF, QPointF | None] | None:
        """Beside the symbol on the side its script reads from, else the other side; with
        areas to keep off, the first place clear of them, away with a leader if need be."""
        vp = places.viewport
        centre = QPointF(*vp.to_screen(*point_xy(f.geometry)))
        gap = self.style.px(self.style.point_radius + 6)  # clear of the symbol
        _, box = self.text.shaped(text, font)
        size = (box.width(), box.height())
        if places.changes:
            spots = point_spots(centre, gap, size, is_rtl(text), rings=4)
            found = self._first_fit(text, font, spots, lambda spot, rect: (
                places.fits(rect) and places.clear(rect)
                and (not spot.leader or leader_clear(places.space, centre, rect, gap))))
            if found is not None:
                if found[0].leader and not places.leader_fits(centre, found[1]):
                    return None  # too far from its symbol to be read as its name
                return found[0], found[1], centre if found[0].leader else None
        spots = point_spots(centre, gap, size, is_rtl(text))
        found = self._first_fit(text, font, spots,
                                lambda spot, rect: places.fits(rect))
        return None if found is None else (found[0], found[1], None)

    def _line_place(self, f: Feature, text: str, font: QFont, places: Places
                    ) -> tuple[Spot, QRectF, None] | None:
        """Above the middle of the line's part in view; with areas to keep off, the first
        place along the line, above or below it, clear of them."""
        if self._too_small(f, places.viewport, 40.0):
            return None
        if places.changes:
            _, box = self.text.shaped(text, font)
            spots = line_spots(f.geometry, places.viewport, box.height())
            found = self._first_fit(text, font, spots, lambda spot, rect: (
                places.fits(rect) and places.clear(rect)))
            if found is not None:
                return found[0], found[1], None
        xy = self._label_point(f, places.viewport)
        if xy is None:
            return None
        spot = Spot(QPointF(*places.viewport.to_screen(*xy)), "above")
        return spot, self.text.rect_at(text, font, spot.anchor, spot.align), None

    def _zone_place(self, f: Feature, text: str, font: QFont, places: Places
                    ) -> tuple[Spot, QRectF, None] | None:
        """On the zone; when that place is taken (a point's label, a neighbour's), cut by
        the edge or lying over other zones more than its own: another place on the zone,
        else just beside it (``ZoneSpots``), so every zone that can be named is, and by
        no other's name. A zone too small to hold its name is named beside it; a dot not
        at all. With areas to keep off, a place clear of them is looked for first."""
        vp = places.viewport
        if self._too_small(f, vp, 8.0):  # a dot: its name would point at nothing
            return None
        small = self._too_small(f, vp, 40.0)  # its name does not fit on it: beside it
        xy = self._label_point(f, vp)
        if xy is None:
            return None
        first = QPointF(*vp.to_screen(*xy))
        rect = self.text.rect_at(text, font, first, "center")
        size = (rect.width(), rect.height())
        spots = [] if small else [first]
        rest: list[QPointF] | None = None

        def ok(spot: Spot, rect: QRectF) -> bool:
            return places.fits(rect) and places.zones.names_its_own(f, rect, vp)

        def strict(spot: Spot, rect: QRectF) -> bool:
            return ok(spot, rect) and places.clear(rect)

        for accept in ((strict, ok) if places.changes else (ok,)):
            found = self._first_fit(text, font, [Spot(p, "center") for p in spots],
                                    accept)
            if found is None:
                if rest is None:  # the other places, made once
                    rest = [] if small else places.spots.inside(f.geometry, first, size)
                    rest += places.spots.beside(
                        shapely.clip_by_rect(f.geometry, *vp.bounds), first, size,
                        places.frame)
                found = self._first_fit(text, font, [Spot(p, "center") for p in rest], accept)
            if found is not None:
                return found[0], found[1], None
        return None  # no free place: the zone goes unnamed (print numbers it)

    @staticmethod
    def _too_small(f: Feature, viewport: Viewport, px: float) -> bool:
        """True when ``f`` spans less than ``px`` pixels on screen either way."""
        gb = f.geometry.bounds
        return max((gb[2] - gb[0]) * viewport.ppd_x, (gb[3] - gb[1]) * viewport.ppd) < px

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
        height = self.text.rect_at("00", font, QPointF(0, 0)).height() * 1.25
        frame = name_frame(viewport, self.style)  # a whole circle, clear of the frame line
        out: list[Callout] = []
        for f in version.layer(LayerKind.ZONES):
            if f.id in labelled or f.id not in numbers or f.geometry.is_empty:
                continue
            xy = self._label_point(f, viewport)
            if xy is None:
                continue
            x, y = viewport.to_screen(*xy)
            anchor = QPointF(x, y)
            size = self._callout_size(numbers[f.id], font, height)
            best = marker_square(x, y, size, 5,
                                 lambda rect: frame.contains(rect) and space.is_free(rect),
                                 keep_clear=[lab.rect for lab in labels])
            space.take(best)
            out.append(Callout(numbers[f.id], f.id, anchor, best))
        return out

    def draw_label(self, painter: QPainter, lab: PlacedLabel) -> None:
        """Draw a placed label with its halo, and the leader line back to its symbol when
        it was moved away from it (from the symbol's edge to the text's nearest side)."""
        if lab.leader is not None:
            end = leader_end(lab.rect, lab.leader)
            line = QLineF(lab.leader, end)
            skip = self.style.px(self.style.point_radius + 1.0)
            if line.length() > skip:
                line.setP1(line.pointAt(skip / line.length()))
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                painter.setPen(QPen(lab.colour, self.style.px(0.8)))
                painter.drawLine(line)
                painter.restore()
        self.text.draw(painter, lab.text, lab.font, lab.anchor, lab.colour,
                       QColor(self.style.halo), self.style.px(3.0), lab.align)

    def _callout_size(self, number: int, font: QFont, height: float) -> float:
        """The diameter of ``number``'s circle: ``height`` (the digits' with room), or more
        when the number is wider ("12"), so its ink stays inside the ring."""
        ink = self.text.rect_at(str(number), font, QPointF(0, 0))
        return max(height, math.hypot(ink.width(), ink.height()))

    def _callout_font(self) -> QFont:
        return label_font(self.style.feature_font_pt * self.style.scale * 0.85, bold=True)

    def draw_callouts(self, painter: QPainter, callouts: list[Callout]) -> None:
        """Draw numbered circles (white, dark ring) with leader lines where they moved."""
        if not callouts:
            return
        font = self._callout_font()
        dark, white = QColor("#202020"), QColor("#ffffff")
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
            painter.setBrush(white)
            painter.drawEllipse(c.rect)
            # The number's glyphs as the circle was measured (TextPainter): drawText would
            # resolve the font's points at the device's resolution, and the scale of
            # ``style`` (dpi/96) would count twice: 6x too large on the 600 dpi PDF.
            self.text.draw(painter, str(c.number), font, centre, dark, white, 0.0)
        painter.restore()
