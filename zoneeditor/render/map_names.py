"""Country and town names on the map, placed after the feature labels and clear of them.

Country names (largest country first, spaced grey capitals) then towns by population (more
towns as one zooms in). Both follow the label language and the interface language
(``place_label``). A name the map's edge would cut, or whose halo would run under a printed
sheet's frame line, is never drawn in part (``name_frame``): a town's name goes to the other
side of its dot, above or below it, or is left out with its dot; a country's name moves up
or down or is left out. Right-to-left names (Arabic) sit to the left of their dot.
``MapNames`` is mixed into ``MapPainter``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.basemap_model import Basemap
from zoneeditor.core.viewport import Viewport
from zoneeditor.i18n.values import NamedPlace, place_name
from zoneeditor.render.fonts import label_font
from zoneeditor.render.label_spots import AreaCover, rect_box, share_on_any
from zoneeditor.render.labels import LabelSpace, TextPainter, is_rtl, leader_end
from zoneeditor.render.scene import Scene
from zoneeditor.render.style import MapStyle
from zoneeditor.render.town_spots import town_spots

if TYPE_CHECKING:
    from zoneeditor.render.map_painter import _GeomIndex


def place_label(place: NamedPlace, scene: Scene) -> str:
    """A country's or town's label: the Arabic name with local labels, the romanised name
    with romanised labels, else (both names for features) the name in the interface
    language where the bundled data has it, so a Russian interface reads Russian names."""
    if scene.label_language == "local":
        return place.name_ar or place.name
    if scene.label_language == "both":
        return place_name(place, scene.language)
    return place.name


def name_frame(viewport: Viewport, style: MapStyle) -> QRectF:
    """The part of the view (screen pixels) in which a name's rectangle and a town's dot
    must lie whole: the view less ``style.edge_margin`` on every side, so neither a name's
    halo nor the frame line printed round a sheet's map covers part of it. A label cut by
    the edge reads as another town ("Rukbar" for Rukban). The feature labels and the zones'
    numbered circles (``render.map_labels``) keep the same room."""
    m = style.px(style.edge_margin)
    return QRectF(m, m, max(0.0, viewport.width - 2 * m), max(0.0, viewport.height - 2 * m))


#: The most of a country's name (share of its box) that may lie over other countries: a
#: corner may touch a neighbour near a border, half of it may not (the sea does not count).
MAX_ON_NEIGHBOURS = 0.2


def _country_spots(centre: QPointF, rect: QRectF) -> list[QPointF]:
    """Where a country's name may go: on its anchor, else a few lines above or below."""
    h = rect.height()
    return [centre] + [QPointF(centre.x(), centre.y() + k * h) for k in (-2.5, 2.5, -5, 5)]


def town_threshold(ppd: float) -> int:
    """Smallest population labelled at this zoom: more towns appear as the user zooms in."""
    for limit, population in ((6, 2_000_000), (20, 500_000), (50, 100_000), (120, 30_000),
                              (300, 10_000), (800, 2_000)):
        if ppd < limit:
            return population
    return 0


class MapNames:
    """Placement and drawing of country and town names; needs ``style``, ``text`` and the
    basemap index of ``MapPainter``."""

    if TYPE_CHECKING:  # what MapPainter, the class this is mixed into, provides
        style: MapStyle
        text: TextPainter
        _basemap_index: tuple[Basemap, _GeomIndex] | None
        _country_points: dict[tuple[Any, ...], tuple[float, float] | None]
        _main_polygons: dict[int, tuple[BaseGeometry, BaseGeometry, tuple[float, ...]]]
        _towns_seen: tuple[tuple[Any, ...], list[Any]] | None

    def _paint_country_names(
        self, painter: QPainter, viewport: Viewport, scene: Scene, space: LabelSpace
    ) -> list[tuple[str, QRectF]]:
        """Country names in spaced grey capitals, placed before the towns, largest first;
        returns each name drawn with its rectangle."""
        basemap = scene.basemap
        assert basemap is not None and self._basemap_index is not None
        index = self._basemap_index[1]
        box = viewport.bounds
        font = label_font(self.style.country_font_pt * self.style.scale, bold=True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        colour = QColor(self.style.country_label)
        halo = QColor(self.style.land)
        candidates = []
        for i in index.visible(box):
            b = index.bounds[i]
            span = min((b[2] - b[0]) * viewport.ppd_x, (b[3] - b[1]) * viewport.ppd)
            if span >= 60:
                candidates.append((-span, int(i)))
        placed: list[tuple[str, QRectF]] = []
        dots = self._town_dots(viewport, scene)
        frame = name_frame(viewport, self.style)
        for _, i in sorted(candidates)[:60]:
            country = basemap.countries[i]
            name = place_label(country, scene)
            xy = self._country_anchor(i, index.geoms[i], box)
            if xy is None:
                continue
            centre = QPointF(*viewport.to_screen(*xy))
            # Zoomed in, the country's name sits at the view's centre, where the locator puts
            # the town it goes to: a tester found "SYRIA" on Tadmur and Tadmur unnamed. The
            # name moves up or down off a town's dot, or stays out.
            for anchor in _country_spots(centre, self.text.rect_at(name, font, centre)):
                rect = self.text.rect_at(name, font, anchor)
                if not frame.contains(rect) or any(rect.intersects(dot) for dot in dots):
                    continue  # cut by the edge ("DHEKELIA" under the frame), or on a town
                if anchor != centre and not shapely.intersects_xy(
                        index.geoms[i], *viewport.to_map(anchor.x(), anchor.y())):
                    continue  # moved off its country: it would name a neighbour
                # Centred on a sliver of the country at the view's edge, the name ran over
                # the neighbour ("IRAQ" across the border into Jordan): on a map about where
                # lines run, a name on the wrong side of one misleads.
                near = index.visible(rect_box(rect, viewport))  # one to three
                if share_on_any([index.geoms[j] for j in near if j != i], rect,
                                viewport) > MAX_ON_NEIGHBOURS:
                    continue
                # Two country names side by side on one line read as one ("JORDAN IRAQ"):
                # keep a few letters' room between them.
                room = rect.adjusted(-2 * rect.height(), -0.5 * rect.height(),
                                     2 * rect.height(), 0.5 * rect.height())
                if any(room.intersects(other) for _, other in placed):
                    break
                if space.try_take(rect):
                    placed.append((name, rect))
                    self.text.draw(painter, name, font, anchor, colour, halo,
                                   self.style.px(2.0))
                    break
        return placed

    def _visible_towns(self, viewport: Viewport, scene: Scene) -> list[Any]:
        """The towns this view names, most populous first: asked of the gazetteer once per
        view (the country names keep off their dots, then the towns are drawn)."""
        gaz = scene.gazetteer
        assert gaz is not None
        x0, y0, x1, y1 = viewport.bounds
        key = (id(gaz), x0, y0, x1, y1, town_threshold(viewport.ppd))
        cached = self._towns_seen
        if cached is None or cached[0] != key:
            cached = (key, gaz.within(x0, max(-90, y0), x1, min(90, y1), key[-1]))
            self._towns_seen = cached
        return cached[1]

    def _town_dots(self, viewport: Viewport, scene: Scene) -> list[QRectF]:
        """The dots (with a little room) of the towns this view names, at most the first 50:
        a country's name keeps off them."""
        if scene.gazetteer is None:
            return []
        r = self.style.px(4.0)
        out = []
        for town in self._visible_towns(viewport, scene)[:50]:
            sx, sy = viewport.to_screen(town.lon, town.lat)
            out.append(QRectF(sx - r, sy - r, 2 * r, 2 * r))
        return out

    def _country_anchor(self, i: int, geom: BaseGeometry, box) -> tuple[float, float] | None:
        """A point inside the visible part of the country's largest polygon."""
        main, (mx0, my0, mx1, my1) = self._main_polygon(geom)
        x0, y0, x1, y1 = box
        dx, dy = (x1 - x0) * 0.06, (y1 - y0) * 0.06
        if mx1 < x0 + dx or mx0 > x1 - dx or my1 < y0 + dy or my0 > y1 - dy:
            return None  # the largest polygon is elsewhere (the United States' mainland)
        whole = self._country_points.get(("whole", i))
        if whole is None:
            p = shapely.point_on_surface(main)
            whole = (p.x, p.y)
            self._country_points[("whole", i)] = whole
        mx, my = (x1 - x0) * 0.08, (y1 - y0) * 0.08
        if x0 + mx <= whole[0] <= x1 - mx and y0 + my <= whole[1] <= y1 - my:
            return whole  # the usual case: no clipping needed
        key = ("country", i, tuple(round(v, 2) for v in box))
        hit = self._country_points.get(key)
        if hit is not None:
            return hit
        clipped = shapely.clip_by_rect(main, x0 + dx, y0 + dy, x1 - dx, y1 - dy)
        if clipped.is_empty or clipped.area < 1e-12:
            xy = None
        else:
            p = shapely.point_on_surface(clipped)
            xy = (p.x, p.y)
        if len(self._country_points) > 4000:
            self._country_points = {k: v for k, v in self._country_points.items()
                                    if k[0] == "whole"}
        self._country_points[key] = xy
        return xy

    def _main_polygon(self, geom: BaseGeometry) -> tuple[BaseGeometry, tuple[float, ...]]:
        """The largest polygon of ``geom`` and its bounds (kept per outline)."""
        hit = self._main_polygons.get(id(geom))
        if hit is not None and hit[0] is geom:
            return hit[1], hit[2]
        parts = shapely.get_parts(geom)
        main = parts[int(np.argmax(shapely.area(parts)))]
        bounds = tuple(float(v) for v in shapely.bounds(main))
        if len(self._main_polygons) > 4000:
            self._main_polygons.clear()
        self._main_polygons[id(geom)] = (geom, main, bounds)
        return main, bounds

    def _paint_towns(
        self, painter: QPainter, viewport: Viewport, scene: Scene, space: LabelSpace,
        keep_off: AreaCover | None = None, first: Sequence[Any] = (),
    ) -> None:
        """Town dots and names, most populous first, each name beside its dot on the side
        its script reads from (the other side, above or below when the map's edge would cut
        it; ``_town_side``), each whole inside ``name_frame`` or left out with its dot.

        ``keep_off``: areas drawn over the map later that a reader must see (a printed
        comparison's changed land): a name lying over one goes to the dot's other side, or
        is left out with its dot when both sides would cover a change.
        ``first``: towns named before all others whatever their population (those a
        comparison's report names), further from their dot if need be
        (``render.town_spots``).
        """
        assert scene.gazetteer is not None
        towns = self._visible_towns(viewport, scene)
        font = label_font(self.style.town_font_pt * self.style.scale)
        r = self.style.px(2.0)
        dot = QColor(self.style.town_dot)
        colour = QColor(self.style.town_label)
        halo = QColor(self.style.halo)
        towns = towns[:400]
        named = self._paint_first_towns(painter, viewport, scene, space, keep_off, first)
        if named:
            towns = [t for t in towns if id(t) not in named]
        if not towns:
            return
        # Screen positions all at once, with the very arithmetic of Viewport.to_screen.
        lons = np.fromiter((t.lon for t in towns), float, len(towns))
        lats = np.fromiter((t.lat for t in towns), float, len(towns))
        xs = viewport.width / 2.0 + (lons - viewport.cx) * viewport.ppd_x
        ys = viewport.height / 2.0 - (lats - viewport.cy) * viewport.ppd
        halo_width = self.style.px(2.0)
        # the dots' pen and brush, set once: drawing a label leaves the painter as it was
        painter.setPen(QPen(halo, self.style.px(1.0)))
        painter.setBrush(dot)
        frame = name_frame(viewport, self.style)
        for town, sx, sy in zip(towns, xs.tolist(), ys.tolist(), strict=True):
            dot_rect = QRectF(sx - r, sy - r, 2 * r, 2 * r)
            if not frame.contains(dot_rect):
                continue  # a dot cut by the edge, and its name with it
            if keep_off and not space.is_free(dot_rect):
                continue  # (left out below too; spares the look at the changed areas)
            name = place_label(town, scene)
            spot = self._town_side(name, font, QPointF(sx, sy), r, frame, viewport, keep_off)
            if spot is None:
                continue  # no whole place in the frame: left out with its dot
            anchor, align, rect = spot
            if not (space.is_free(dot_rect) and space.is_free(rect)):
                continue
            space.take(dot_rect)
            space.take(rect)
            painter.drawEllipse(dot_rect)
            self.text.draw(painter, name, font, anchor, colour, halo, halo_width, align)

    def _town_side(
        self, name: str, font: QFont, dot: QPointF, radius: float, frame: QRectF,
        viewport: Viewport, keep_off: AreaCover | None,
    ) -> tuple[QPointF, str, QRectF] | None:
        """Where a town's name goes beside its dot: (anchor, alignment, rectangle), or None.

        Right-to-left names sit to the left of their dot, as on Arabic maps, others to the
        right; a name over ``keep_off`` (a printed comparison's changed land) goes to the
        other side. A name the frame would cut on a side goes to the other side, then above
        the dot, then below it, as a cartographer moves a name inward at a map's edge. None
        when no place is whole in the frame and clear of the changes (a cut name reads as
        another town; a town's name never hides a change), and when both sides lie in the
        frame but over a change: such a town is left out, as before, rather than named
        above a change it sits in."""
        sx, sy = dot.x(), dot.y()
        rtl = is_rtl(name)
        cut = False
        for left in (rtl, not rtl):
            anchor = QPointF(sx - radius - 3, sy) if left else QPointF(sx + radius + 3, sy)
            align = "left" if left else "right"
            rect = self.text.rect_at(name, font, anchor, align)
            if not frame.contains(rect):
                cut = True
            elif not (keep_off and keep_off.meets(rect, viewport)):
                return anchor, align, rect
        if not cut:
            return None
        size = self.text.rect_at(name, font, QPointF(0, 0))
        for spot in town_spots(dot, radius, size, rtl)[2:4]:  # above, below
            rect = self.text.rect_at(name, font, spot.centre)
            if frame.contains(rect) and not (keep_off and keep_off.meets(rect, viewport)):
                return spot.centre, "center", rect
        return None

    def _paint_first_towns(
        self, painter: QPainter, viewport: Viewport, scene: Scene, space: LabelSpace,
        keep_off: AreaCover | None, towns: Sequence[Any],
    ) -> set[int]:
        """Name ``towns`` (those a comparison names) before any other, each at the first
        spot around its dot that covers no other name and no change; a town with no such
        spot is named at the first free one, over the change: the report sends the reader
        to it. Returns the ids of the towns named."""
        frame = name_frame(viewport, self.style)
        font = label_font(self.style.town_font_pt * self.style.scale)
        r = self.style.px(2.0)
        named: set[int] = set()
        for town in towns:
            sx, sy = viewport.to_screen(town.lon, town.lat)
            centre = QPointF(sx, sy)
            dot_rect = QRectF(sx - r, sy - r, 2 * r, 2 * r)
            if not frame.contains(dot_rect):
                continue
            name = place_label(town, scene)
            size = self.text.rect_at(name, font, QPointF(0, 0))
            chosen = None  # the first free spot clear of the changes, else the first free
            for candidate in town_spots(centre, r, size, is_rtl(name)):
                at = self.text.rect_at(name, font, candidate.centre)
                if not (frame.contains(at) and space.is_free(at)):
                    continue
                if not (keep_off and keep_off.meets(at, viewport)):
                    chosen = (candidate, at)
                    break
                chosen = chosen or (candidate, at)
            if chosen is None:
                continue
            spot, rect = chosen
            space.take(dot_rect)
            space.take(rect)
            named.add(id(town))
            painter.setPen(QPen(QColor(self.style.halo), self.style.px(1.0)))
            painter.setBrush(QColor(self.style.town_dot))
            painter.drawEllipse(dot_rect)
            if spot.leader:
                painter.setPen(QPen(QColor(self.style.town_label), self.style.px(0.8)))
                painter.drawLine(centre, leader_end(rect, centre))
            self.text.draw(painter, name, font, spot.centre, QColor(self.style.town_label),
                           QColor(self.style.halo), self.style.px(2.0))
        return named
