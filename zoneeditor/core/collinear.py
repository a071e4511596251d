"""Vertices that lie on the straight edge between their neighbours (a densified copy).

Another party's tool may add vertices along a straight edge (densifying for a projection,
snapping to a grid of points, splitting an edge where a neighbour's border ends): the
shape is the same, drawn with more vertices. The diff must not call that a change, and
GEOS's ``simplify`` (Douglas-Peucker) takes ~0.8 s on a million vertices; this is one
vectorised pass over the coordinates.

>>> from shapely import Polygon
>>> dense = Polygon([(0, 0), (0.5, 0), (1, 0), (1, 1), (0, 1)])
>>> list(without_collinear(dense).exterior.coords)
[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)]
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely import LineString, MultiLineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

#: How far off the straight line (relative to the two edges' lengths) a vertex may lie and
#: still count as on it: floating-point noise of a vertex interpolated on the edge.
RELATIVE_TOLERANCE = 1e-9


def _keep(xy: np.ndarray, closed: bool) -> np.ndarray:
    """Mask of the vertices of ``xy`` to keep (a ring's closing vertex excluded)."""
    n = len(xy)
    if n < 3:
        return np.ones(n, dtype=bool)
    prev = np.roll(xy, 1, axis=0) if closed else np.vstack([xy[:1], xy[:-1]])
    nxt = np.roll(xy, -1, axis=0) if closed else np.vstack([xy[1:], xy[-1:]])
    a, b = xy - prev, nxt - xy
    cross = a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0]
    dot = (a * b).sum(axis=1)
    scale = np.hypot(a[:, 0], a[:, 1]) * np.hypot(b[:, 0], b[:, 1])
    # on the line and between its neighbours (not a spike turning back along it)
    on_edge = (np.abs(cross) <= RELATIVE_TOLERANCE * scale) & (dot > 0)
    if not closed:
        on_edge[[0, -1]] = False
    keep: np.ndarray = ~on_edge
    if keep.sum() < (3 if closed else 2):  # degenerate: leave it as it is
        return np.ones(n, dtype=bool)
    return keep


def _ring(coords: np.ndarray) -> np.ndarray:
    open_ring = coords[:-1]
    kept = open_ring[_keep(open_ring, closed=True)]
    return np.vstack([kept, kept[:1]])


def _polygon(polygon: Polygon) -> Polygon:
    rings = [polygon.exterior, *polygon.interiors]
    coords = [_ring(shapely.get_coordinates(r)) for r in rings]
    return Polygon(coords[0], coords[1:])


def _line(line: LineString) -> LineString:
    xy = shapely.get_coordinates(line)
    return LineString(xy[_keep(xy, closed=False)])


def without_collinear(geometry: BaseGeometry) -> BaseGeometry:
    """``geometry`` without the vertices lying on the straight edge between their
    neighbours (polygons, lines and their multi forms; anything else as it is)."""
    if isinstance(geometry, Polygon):
        return _polygon(geometry)
    if isinstance(geometry, LineString):
        return _line(geometry)
    if isinstance(geometry, MultiPolygon):
        return MultiPolygon([_polygon(p) for p in geometry.geoms])
    if isinstance(geometry, MultiLineString):
        return MultiLineString([_line(p) for p in geometry.geoms])
    return geometry
