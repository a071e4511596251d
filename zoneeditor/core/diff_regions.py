"""Change regions: connected pieces of gained or lost area, placed near a named town.

"2.4 km² near Khan Shaykhun" is how a negotiator finds a change on the paper map. The town
comes from the bundled gazetteer, passed in (the core opens no file); without one the
region still has its area and position.
"""

from __future__ import annotations

import math
from functools import partial
from typing import NamedTuple, Protocol

import shapely
from shapely import MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff_area import fast_area_km2
from zoneeditor.core.diff_slivers import (
    CRUMB_KM2,
    NOISE_KM2,
    SliverRule,
    Tally,
    Widths,
)
from zoneeditor.core.diff_words import ENGLISH, ReportWords

#: Pieces smaller than this (0.1 ha) are crumbs of re-computed curves (a buffer rebuilt with
#: other arc vertices), not changes a negotiator could see; feature totals still count them.
#: The default of ``SliverRule``; a diff of two sources derives a larger one (diff_slivers).
MIN_REGION_KM2 = CRUMB_KM2


class NamedPlace(Protocol):
    """A town as the diff names it (``core.places.Town``)."""

    @property
    def name(self) -> str:
        """Its romanised name."""
        ...


class NearestTown(Protocol):
    """What the diff needs from ``core.places.Gazetteer``: the nearest town and its distance."""

    def nearest(self, lon: float, lat: float) -> tuple[NamedPlace, float]:
        """(town, distance in km)."""
        ...


class Region(NamedTuple):
    """One connected piece of changed area.

    ``kind`` is "gained" or "lost" (for a feature's region) or "transfer" (a piece of a
    party-to-party transfer); ``lon``/``lat`` is a point inside the piece (where its label
    goes), ``near``/``near_km`` the nearest town and its distance from that point.
    """

    feature_id: str | None
    kind: str
    area_km2: float
    lon: float
    lat: float
    near: str | None
    near_km: float | None
    geometry: BaseGeometry
    from_party: str | None = None
    to_party: str | None = None

    @property
    def where(self) -> str:
        """ "near Khan Shaykhun" or the coordinates when no town is known."""
        return self.where_in(ENGLISH)

    def where_in(self, words: ReportWords) -> str:
        """``where`` in ``words``' language: the town's name as shown in it."""
        if self.near:
            return words.say("near %1", words.town(self.near))
        return words.say("at %1", words.number(f"{self.lat:.3f}°N {self.lon:.3f}°E"))


def pieces(geometry: BaseGeometry) -> list[BaseGeometry]:
    """The connected polygons of a polygonal geometry (touching at a point stays apart)."""
    if geometry is None or geometry.is_empty:
        return []
    return [p for p in shapely.get_parts(geometry) if p.geom_type == "Polygon" and not p.is_empty]


#: The label stays at GEOS's point on surface unless that point is this many times closer to
#: the boundary than the widest circle the piece's area allows (√(area/π)): a rectangle up to
#: 1 by 2,000 passes at once; a point in a thin tail of a broad piece does not.
TAIL_RATIO = 64.0


def label_point(piece: BaseGeometry) -> Point:
    """Where a region's label goes and its town is measured from: a point inside ``piece``,
    in its bulk.

    GEOS's point on surface is the middle of the widest stretch of one horizontal line
    through the middle of the piece's box. A thin tail that stretches the box (a strip a
    metre wide left along an unchanged edge) can be all that line crosses, which puts the
    label, and the town named after it, at the tail, kilometres from the land. When the point
    lies far closer to the boundary than the piece's size allows, the centre of the piece's
    largest inscribed circle is taken instead, if it is clearly roomier. (Planar degrees: a
    comparison of widths within one piece, not a measure.)
    """
    at = piece.point_on_surface()
    if at.is_empty or not isinstance(piece, (Polygon, MultiPolygon)):
        return at
    room = math.sqrt(piece.area / math.pi)  # no inscribed circle has a larger radius
    clearance = float(shapely.distance(at, piece.boundary))
    if clearance * TAIL_RATIO >= room:
        return at  # the normal case: one distance, no search
    tolerance = max(clearance, room / 1000.0)
    try:
        circle = shapely.maximum_inscribed_circle(piece, tolerance)
    except shapely.errors.GEOSException:
        return at
    centre = Point(circle.coords[0])
    # the search's radius is within ``tolerance`` of the true one; move only for a clear gain
    if circle.length - tolerance > 2.0 * clearance and piece.contains(centre):
        return centre
    return at


class Split(NamedTuple):
    """The pieces of a changed area: those listed, and tallies of the rest.

    ``kept`` is the area without the pieces within the tolerance (what still counts as a
    change); ``smaller`` the pieces too small or thin to list; ``tolerated`` those within
    the tolerance (no change at all).
    """

    listed: list[Region]
    smaller: Tally
    tolerated: Tally
    kept: BaseGeometry


def split_regions(
    geometry: BaseGeometry,
    kind: str,
    feature_id: str | None,
    gazetteer: NearestTown | None,
    from_party: str | None = None,
    to_party: str | None = None,
    rule: SliverRule | None = None,
) -> Split:
    """Cut ``geometry`` into connected pieces and sort them by ``rule`` (see ``Split``)."""
    rule = rule or SliverRule()
    listed: list[Region] = []
    smaller, tolerated = Tally(), Tally()
    kept: list[BaseGeometry] = []
    parts = pieces(geometry)
    width = Widths(parts)
    for i, piece in enumerate(parts):
        area = fast_area_km2(piece)
        if area < NOISE_KM2:
            kept.append(piece)
            continue
        # a piece no wider than the tolerance is no change; one listed is large and wide
        # enough; widths measured only where bounds do not settle them (``Widths``)
        if rule.tolerance_km > 0 and width.at_most(i, rule.tolerance_km):
            tolerated += Tally(1, area)
            continue
        kept.append(piece)
        if not rule.lists(area, partial(width.at_least, i)):
            smaller += Tally(1, area)
            continue
        at = label_point(piece)
        near, near_km = None, None
        if gazetteer is not None:
            try:
                town, near_km = gazetteer.nearest(at.x, at.y)
                near = town.name
            except (LookupError, ValueError):
                near, near_km = None, None
        listed.append(Region(feature_id, kind, area, at.x, at.y, near, near_km, piece,
                             from_party, to_party))
    listed.sort(key=lambda r: -r.area_km2)
    whole = geometry if not tolerated.count else (
        shapely.union_all(kept) if kept else shapely.Polygon())
    return Split(listed, smaller, tolerated, whole)


def make_regions(
    geometry: BaseGeometry,
    kind: str,
    feature_id: str | None,
    gazetteer: NearestTown | None,
    from_party: str | None = None,
    to_party: str | None = None,
    rule: SliverRule | None = None,
) -> list[Region]:
    """One Region per connected piece of ``geometry`` worth listing, largest first."""
    return split_regions(geometry, kind, feature_id, gazetteer, from_party, to_party,
                         rule).listed
