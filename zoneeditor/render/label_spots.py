"""Where else a feature's label may go, and what lies under a place.

``MapLabels.feature_labels`` puts a label on its first place when that is free; this module
gives the other places, best first, and says what a place would cover:

- a point's label: the other side of its symbol, then above and below it, then rings further
  away with a leader line back to the symbol (``point_spots``);
- a line's label: above and below the line at several places along it (``line_spots``);
- a zone's label: other places on the zone, then beside its outline in the map's frame,
  on land rather than in the sea (``ZoneSpots``);
- ``AreaCover``: areas drawn over the map later that a label should leave visible (the
  printed changes' lost and gained land), ``LandCover``: the basemap's land.

Pure geometry in screen pixels of a ``Viewport``; placing and drawing are the caller's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.basemap_model import Basemap
from zoneeditor.core.model import Feature
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.labels import LabelSpace, leader_end

#: Directions tried for a label moved away from its symbol (x, y unit steps, y downwards):
#: the label's own side first (filled in by ``point_spots``), then the rest.
_AROUND = ((0, -1), (0, 1), (1, -1), (-1, -1), (1, 1), (-1, 1))

#: A beside place of a zone is taken only when at least this share of it lies on land
#: (when the zone's own first place is on land and the map has a basemap).
MIN_LAND_SHARE = 0.5


@dataclass(frozen=True)
class Spot:
    """A place for a label: its anchor and alignment (as ``TextPainter.rect_at`` takes
    them), and whether it sits away from its feature and needs a leader line back."""

    anchor: QPointF
    align: str
    leader: bool = False


def rect_box(rect: QRectF, viewport: Viewport) -> tuple[float, float, float, float]:
    """``rect`` (screen pixels) as a lon/lat box (west, south, east, north)."""
    lon0, lat1 = viewport.to_map(rect.left(), rect.top())
    lon1, lat0 = viewport.to_map(rect.right(), rect.bottom())
    return (min(lon0, lon1), min(lat0, lat1), max(lon0, lon1), max(lat0, lat1))


def _samples(rect: QRectF, viewport: Viewport) -> tuple[np.ndarray, np.ndarray]:
    """Fifteen points spread over ``rect`` (five across, three down), in lon/lat."""
    xs = np.linspace(rect.left(), rect.right(), 5)
    ys = np.linspace(rect.top(), rect.bottom(), 3)
    gx, gy = np.meshgrid(xs, ys)
    sx, tx, sy, ty = viewport.affine()  # screen = s * map + t
    return (gx.ravel() - tx) / sx, (gy.ravel() - ty) / sy


def share_on(geometry: BaseGeometry, rect: QRectF, viewport: Viewport) -> float:
    """The share (0..1) of ``rect``'s sample points that lie on ``geometry``."""
    return share_on_any([geometry], rect, viewport)


def share_on_any(geometries: Sequence[BaseGeometry], rect: QRectF, viewport: Viewport) -> float:
    """The share (0..1) of ``rect``'s sample points that lie on any of ``geometries`` (a
    country's name over its neighbours: ``MapNames``)."""
    lon, lat = _samples(rect, viewport)
    hit = np.zeros(len(lon), dtype=bool)
    for geometry in geometries:
        hit |= shapely.intersects_xy(geometry, lon, lat)
    return float(np.mean(hit))


class AreaCover:
    """Areas (lon/lat) drawn over the map after the labels that a label should leave
    visible: the printed comparison's lost, gained and in-between land."""

    def __init__(self, areas: Sequence[BaseGeometry] = ()) -> None:
        self._areas = [a for a in areas if a is not None and not a.is_empty]
        self._tree = shapely.STRtree(self._areas) if self._areas else None
        self._bounds = tuple(shapely.total_bounds(self._areas).tolist()) if self._areas \
            else None

    def __bool__(self) -> bool:
        return self._tree is not None

    def meets(self, rect: QRectF, viewport: Viewport) -> bool:
        """True when ``rect`` (screen pixels) lies over any of the areas."""
        if self._tree is None or self._bounds is None:
            return False
        w, s, e, n = rect_box(rect, viewport)
        x0, y0, x1, y1 = self._bounds
        if e < x0 or w > x1 or n < y0 or s > y1:
            return False  # far from every area: most of the window's towns, at no cost
        box = shapely.box(w, s, e, n)
        return len(self._tree.query(box, predicate="intersects")) > 0


class LandCover:
    """The basemap's land in and around one view, made when first asked (only a zone named
    beside its outline asks). Without a basemap everything counts as land.

    The view's countries are clipped to it and prepared, not unioned: a point is on land
    when it is in any of them, and the union cost the window's first frame at the Syria
    extent ~8 ms for the one zone that asks."""

    def __init__(self, basemap: Basemap | None, viewport: Viewport) -> None:
        self._basemap = basemap
        self._viewport = viewport
        self._land: list[BaseGeometry] | None = None

    def _make(self) -> list[BaseGeometry] | None:
        if self._land is None and self._basemap is not None:
            x0, y0, x1, y1 = self._viewport.bounds
            dx, dy = (x1 - x0) * 0.1, (y1 - y0) * 0.1
            box = (x0 - dx, y0 - dy, x1 + dx, y1 + dy)
            # clipped copies of the countries: small, and ours to prepare (the basemap's own
            # are shared with worker threads)
            parts = [shapely.clip_by_rect(c.geometry, *box) for c in self._basemap.query(*box)]
            self._land = [p for p in parts if not p.is_empty]
            shapely.prepare(self._land)
        return self._land

    def _on_land(self, land: list[BaseGeometry], lon: np.ndarray, lat: np.ndarray
                 ) -> np.ndarray:
        """Which of the points lie on one of the view's countries."""
        found = np.zeros(np.shape(lon), dtype=bool)
        for part in land:
            found |= shapely.intersects_xy(part, lon, lat)
        return found

    def share(self, rect: QRectF) -> float:
        """The share (0..1) of ``rect`` (screen pixels) that lies on land."""
        return self.shares([rect])[0]

    def shares(self, rects: Sequence[QRectF]) -> list[float]:
        """``share`` of each of ``rects``, their sample points tested together (a zone's
        eight places beside it are asked at once: one test per country, not eight)."""
        land = self._make()
        if land is None or not rects:
            return [1.0] * len(rects)
        samples = [_samples(rect, self._viewport) for rect in rects]
        lon = np.concatenate([s[0] for s in samples])
        lat = np.concatenate([s[1] for s in samples])
        on = self._on_land(land, lon, lat).reshape(len(rects), -1)
        return [float(v) for v in on.mean(axis=1)]

    def at(self, point: QPointF) -> bool:
        """True when the screen ``point`` is on land (always, without a basemap)."""
        land = self._make()
        if land is None:
            return True
        lon, lat = self._viewport.to_map(point.x(), point.y())
        return bool(self._on_land(land, np.asarray([lon]), np.asarray([lat]))[0])


def point_spots(centre: QPointF, gap: float, size: tuple[float, float], rtl: bool,
                rings: int = 0) -> list[Spot]:
    """Places for the label of a point symbol at ``centre``: beside it on the side its
    script reads from (right of it, left for right-to-left names) then the other side;
    with ``rings``, also centred above and below it, then on ``rings`` rings further away
    (one label height apart) with a leader line. ``gap``: the symbol's clearance."""
    w, h = size
    first, other = ((QPointF(centre.x() - gap, centre.y()), "left"),
                    (QPointF(centre.x() + gap, centre.y()), "right"))
    if not rtl:
        first, other = other, first
    spots = [Spot(*first), Spot(*other)]
    if rings <= 0:
        return spots
    spots += [Spot(QPointF(centre.x(), centre.y() - gap - h / 2), "center"),
              Spot(QPointF(centre.x(), centre.y() + gap + h / 2), "center")]
    side = -1 if rtl else 1
    directions = ((side, 0), (-side, 0), *_AROUND)
    for ring in range(1, rings + 1):
        d = gap + ring * h
        for dx, dy in directions:
            x = centre.x() + dx * (w / 2 + d)
            y = centre.y() + dy * (h / 2 + d)
            spots.append(Spot(QPointF(x, y), "center", leader=True))
    return spots


def line_spots(line: BaseGeometry, viewport: Viewport, height: float) -> list[Spot]:
    """Places for a line's label along its part in view: above, below, left and right of
    the line, at the middle first and then further out (``height``: the label's height)."""
    part = shapely.clip_by_rect(line, *viewport.bounds)
    pieces = sorted(shapely.get_parts(part), key=lambda p: -p.length) if not part.is_empty \
        else []
    if not pieces or pieces[0].length == 0:
        return []
    spots = []
    for t in (0.5, 0.35, 0.65, 0.2, 0.8):
        p = pieces[0].interpolate(t, normalized=True)
        x, y = viewport.to_screen(p.x, p.y)
        gap = height * 0.6
        spots += [Spot(QPointF(x, y), "above"), Spot(QPointF(x, y + gap), "center"),
                  Spot(QPointF(x - gap, y), "left"), Spot(QPointF(x + gap, y), "right")]
    return spots


def leader_clear(space: LabelSpace, centre: QPointF, rect: QRectF, skip: float) -> bool:
    """True when a leader line from a symbol at ``centre`` to ``rect`` crosses no taken
    rectangle of ``space`` past its first ``skip`` pixels (the symbol itself)."""
    end = leader_end(rect, centre)
    dx, dy = end.x() - centre.x(), end.y() - centre.y()
    length = math.hypot(dx, dy)
    if length <= skip:
        return True
    own = space.near(centre, skip)
    steps = int((length - skip) / 3.0) + 1
    for k in range(steps):
        t = (skip + k * 3.0) / length
        x, y = centre.x() + dx * t, centre.y() + dy * t
        if not space.is_free(QRectF(x - 0.5, y - 0.5, 1.0, 1.0), own):
            return False
    return True


class ZoneSpots:
    """Other places for a zone's label when its first one is taken, best first.

    On the zone: the label's centre moved up, down and sideways from its first place, then
    any place of a grid around it whose centre is on the zone, nearest first. Beside the
    zone: just above, below, right and left of the outline of its part in view, then its
    corners — kept in the map's frame, near the zone, and on land (``MIN_LAND_SHARE``, the
    most land first) unless the zone itself lies at sea, so a name is never set in the sea
    next to a coastal zone.
    """

    def __init__(self, viewport: Viewport, land: LandCover, gap: float) -> None:
        self.viewport = viewport
        self.land = land
        self.gap = gap

    def inside(self, zone: BaseGeometry, first: QPointF, size: tuple[float, float]
               ) -> list[QPointF]:
        """Places on the zone: the six near ones, then the grid's, nearest first."""
        w, h = size
        near = [(0, -1.2 * h), (0, 1.2 * h), (0, -2.4 * h), (0, 2.4 * h), (-0.6 * w, 0),
                (0.6 * w, 0)]
        grid = [(i * w / 2, j * 1.2 * h) for i in range(-2, 3) for j in range(-3, 4)
                if (i, j) != (0, 0)]
        grid.sort(key=lambda d: math.hypot(*d))
        offsets = near + [d for d in grid if d not in near]
        xs = np.array([first.x() + dx for dx, _ in offsets])
        ys = np.array([first.y() + dy for _, dy in offsets])
        sx, tx, sy, ty = self.viewport.affine()
        on = shapely.intersects_xy(zone, (xs - tx) / sx, (ys - ty) / sy)
        return [QPointF(x, y) for x, y, o in zip(xs, ys, on, strict=True) if o]

    def beside(self, zone: BaseGeometry, first: QPointF, size: tuple[float, float],
               frame: QRectF) -> list[QPointF]:
        """Places just outside the zone's part in view: sides, then corners, the ones on
        land first; those mostly at sea are left out unless ``first`` (the zone's own
        place) is at sea too."""
        w, h = size
        vp = self.viewport
        x0, y1 = vp.to_screen(zone.bounds[0], zone.bounds[1])
        x1, y0 = vp.to_screen(zone.bounds[2], zone.bounds[3])
        left, right = max(min(x0, x1), frame.left()), min(max(x0, x1), frame.right())
        top, bottom = max(min(y0, y1), frame.top()), min(max(y0, y1), frame.bottom())
        cx, cy, gap = (left + right) / 2, (top + bottom) / 2, self.gap
        above, below = top - gap - h / 2, bottom + gap + h / 2
        east, west = right + gap + w / 2, left - gap - w / 2
        spots = [QPointF(cx, above), QPointF(cx, below), QPointF(east, cy), QPointF(west, cy),
                 QPointF(right - w / 2, above), QPointF(left + w / 2, above),
                 QPointF(right - w / 2, below), QPointF(left + w / 2, below)]
        if not self.land.at(first):
            return spots
        shares = self.land.shares([QRectF(p.x() - w / 2, p.y() - h / 2, w, h) for p in spots])
        ranked = sorted(range(len(spots)), key=lambda i: -round(shares[i], 1))
        return [spots[i] for i in ranked if shares[i] >= MIN_LAND_SHARE]


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


@dataclass(frozen=True)
class Places:
    """What one ``feature_labels`` call places labels among: the view, the rectangles
    taken, the frame, the areas to keep off, the zones (``ZoneCover``), the zones' other
    places (``ZoneSpots``) and the longest leader line allowed, in label heights (None:
    any)."""

    viewport: Viewport
    space: LabelSpace
    frame: QRectF
    changes: AreaCover
    zones: ZoneCover
    spots: ZoneSpots
    leader_heights: float | None = None

    def leader_fits(self, centre: QPointF, rect: QRectF) -> bool:
        """True when a leader from a symbol at ``centre`` to a label at ``rect`` is no
        longer than ``leader_heights`` of the label's height (screen pixels)."""
        if self.leader_heights is None:
            return True
        end = leader_end(rect, centre)
        length = math.hypot(end.x() - centre.x(), end.y() - centre.y())
        return length <= self.leader_heights * rect.height()

    def fits(self, rect: QRectF) -> bool:
        """In the frame and over no rectangle taken."""
        return self.frame.contains(rect) and self.space.is_free(rect)

    def clear(self, rect: QRectF) -> bool:
        """Over none of the areas to keep off."""
        return not self.changes.meets(rect, self.viewport)
