"""Is a typed vertex far off what is being drawn? The coordinate box asks before adding it.

A delegate drawing a zone east of Homs (~37°E 35°N) typed "95, 38". By the order rule
(``core.coords``: 95 cannot be a latitude) it was read as 38°N 95°E and added as the next
vertex, in China: a 55,425 km² zone, with a status-bar line that went away after a few
seconds as the only word. A professional GIS would not add such a vertex silently; the
window now asks (``gui.far_vertex_question``) whenever ``far_vertex`` says the typed
position lies far from what the user is working on, and offers the numbers read the other
way round when that reading lies near.

What "what the user is working on" is (``reference``): the vertices of the sketch, with the
selected features a tool acts on (split, reshape); with neither, the part of the map shown.

When is a vertex far? (``far_limit_km``)

- **Relative**: farther from the reference than the reference is big (the geodesic diagonal
  of its bounding box). Such a vertex more than doubles the extent of the drawing: it
  starts another drawing rather than continuing this one. A 300 km line of contact may take
  a next vertex 200 km beyond its end without a question; a 20 km zone may not.
- **Absolute floor, ``MIN_FAR_KM`` = 50 km**: a first vertex or a small sketch has no size
  worth speaking of, and the next vertex of a zone typed from a paper map is rarely more
  than a few tens of km from the last (a whole de-escalation zone is ~100 km across). A
  slip of one whole degree — the usual typing error, "35" for "36" — moves a vertex 111 km
  in latitude and ~91 km in longitude at 35°N, so the floor catches it; and a vertex within
  50 km never asks, so an ordinary drawing is never interrupted.

For the map view the same rule holds: a point inside the view is at distance 0, one outside
it is far when it lies farther beyond the view than the view is wide (diagonally), or
beyond 50 km for a close-up view.

Distances are geodesic (``pyproj.Geod`` through ``core.geodesy``): the nearest point of the
reference is found in an azimuthal equidistant projection centred on the typed position,
where distances from the centre are true, and measured back on the ellipsoid. The
antimeridian is not treated specially (the project's maps lie between 25°E and 50°E).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

import shapely
from shapely import LineString, Point, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from zoneeditor.core.coords import Coordinate
from zoneeditor.core.geodesy import distance_km, local_projection

XY = tuple[float, float]

#: A typed vertex closer than this (km) to what is drawn is never asked about (see above).
MIN_FAR_KM = 50.0


class Around(Enum):
    """What a typed vertex is measured from (the question names it)."""

    #: the vertices placed so far (with the selected features a tool acts on)
    DRAWING = "drawing"
    #: the selected features a tool acts on (split, reshape), before any vertex
    FEATURES = "features"
    #: nothing drawn or selected: the part of the map shown
    VIEW = "view"


@dataclass(frozen=True)
class Reference:
    """What the user is working on, as one geometry in lon/lat, and what it is."""

    geometry: BaseGeometry
    around: Around


@dataclass(frozen=True)
class FarVertex:
    """A typed position far from the reference: where it is, how far (km, geodesic), the
    limit it passed (km) and, when the numbers read the other way round lie within the
    limit, that position and its distance."""

    typed: XY
    km: float
    limit_km: float
    around: Around
    other: XY | None = None
    other_km: float | None = None


def reference(points: Sequence[XY], features: Sequence[BaseGeometry],
              view: tuple[float, float, float, float]) -> Reference:
    """What a typed vertex is measured from: the sketch's ``points`` (the path through
    them, so a vertex beside an edge is near it) with the ``features`` the tool acts on;
    with neither, the ``view`` (west, south, east, north)."""
    path: list[BaseGeometry] = []
    if len(points) >= 2:
        path.append(LineString(points))
    elif points:
        path.append(Point(points[0]))
    parts = [g for g in [*path, *features] if not g.is_empty]
    if not parts:
        return Reference(box(*view), Around.VIEW)
    around = Around.DRAWING if points else Around.FEATURES
    return Reference(shapely.GeometryCollection(parts), around)


def size_km(geometry: BaseGeometry) -> float:
    """How big ``geometry`` is: the geodesic diagonal of its bounding box, in km (0 for a
    point). A box rather than the largest distance between two vertices: as good a measure
    of extent for this purpose, and one geodesic instead of a square of them."""
    if geometry.is_empty:
        return 0.0
    west, south, east, north = geometry.bounds
    return distance_km(west, south, east, north)


def far_limit_km(geometry: BaseGeometry) -> float:
    """How far (km) a typed vertex may lie from ``geometry`` before the window asks: the
    reference's own size, at least ``MIN_FAR_KM`` (the reasons are in the module's text)."""
    return max(MIN_FAR_KM, size_km(geometry))


def distance_to_km(xy: XY, geometry: BaseGeometry) -> float:
    """Geodesic distance (km) from ``xy`` to the nearest point of ``geometry`` (0 inside a
    polygon of it)."""
    to_metres, to_degrees = local_projection(Point(xy))
    here, there = to_metres(Point(xy)), to_metres(geometry)
    if there.is_empty or there.distance(here) == 0:
        return 0.0
    (lon, lat), = shapely.get_coordinates(to_degrees(nearest_points(there, here)[0]))
    return distance_km(xy[0], xy[1], float(lon), float(lat))


def far_vertex(coord: Coordinate, ref: Reference) -> FarVertex | None:
    """A ``FarVertex`` when ``coord`` lies farther from ``ref`` than ``far_limit_km``, with
    the other reading of its numbers (``Coordinate.other_reading``) when that one lies
    within the limit; None when the typed vertex is near and is added without a question.

    >>> from zoneeditor.core.coords import parse
    >>> near_homs = reference([(37.0, 35.0), (37.2, 35.05)], [], (36, 34, 38, 36))
    >>> far = far_vertex(parse("95, 38"), near_homs)
    >>> far.typed, round(far.km), far.other
    ((95.0, 38.0), 5103, None)
    >>> far_vertex(parse("35.1, 37.3"), near_homs) is None
    True
    >>> far_vertex(parse("37.1, 35.2"), near_homs).other
    (37.1, 35.2)
    """
    limit = far_limit_km(ref.geometry)
    km = distance_to_km(coord.xy, ref.geometry)
    if km <= limit:
        return None
    other = coord.other_reading()
    other_km = distance_to_km(other, ref.geometry) if other is not None else None
    if other_km is None or other_km > limit:
        return FarVertex(coord.xy, km, limit, ref.around)
    return FarVertex(coord.xy, km, limit, ref.around, other, other_km)


__all__ = ["MIN_FAR_KM", "Around", "FarVertex", "Reference", "distance_to_km", "far_limit_km",
           "far_vertex", "reference", "size_km"]
