"""A geometry as the merge sees it: its rings (or its line) as cleaned coordinate arrays.

Rings are cleaned the way the diff's alignment wants them (``core.diff_align.clean_ring``:
no closing vertex, no repeated vertex, counter-clockwise), so a stretch's indices mean the
same thing for base, ours and theirs. ``assemble`` puts a geometry back together from
replaced rings, restoring each ring's original orientation; rings nobody touched keep their
original coordinates exactly.

>>> from shapely import Polygon
>>> s = decompose(Polygon([(0, 0), (0, 1), (1, 1), (1, 0)]))   # clockwise
>>> s.rings[0].tolist(), s.clockwise
([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]], [True])
>>> assemble(s, {}).equals_exact(Polygon([(0, 0), (0, 1), (1, 1), (1, 0)]), 0)
True
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from shapely import LinearRing, LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff_align import clean_line, clean_ring


@dataclass(frozen=True, eq=False)
class Shape:
    """A polygon, multi-polygon or line split into cleaned rings.

    ``parts`` holds the number of rings of each polygon (exterior first); a line is one
    open "ring". ``originals`` are the rings as drawn (closed for polygons).
    """

    geometry: BaseGeometry
    rings: tuple[np.ndarray, ...]
    originals: tuple[np.ndarray, ...]
    clockwise: list[bool]
    parts: tuple[int, ...]
    closed: bool

    @property
    def geom_type(self) -> str:
        """The shapely geometry type name."""
        return self.geometry.geom_type


def decompose(geometry: BaseGeometry) -> Shape | None:
    """The rings of a (multi)polygon or line; None for points, empty or other geometries."""
    kind = geometry.geom_type
    if geometry.is_empty:
        return None
    if kind == "LineString":
        xy = shapely.get_coordinates(geometry)
        return Shape(geometry, (clean_line(xy),), (xy,), [False], (1,), False)
    if kind not in ("Polygon", "MultiPolygon"):
        return None
    rings, originals, cw, parts = [], [], [], []
    for poly in shapely.get_parts(geometry):
        members = [poly.exterior, *poly.interiors]
        parts.append(len(members))
        for ring in members:
            xy = shapely.get_coordinates(ring)
            originals.append(xy)
            cw.append(not bool(shapely.is_ccw(ring)))
            rings.append(clean_ring(ring))
    return Shape(geometry, tuple(rings), tuple(originals), cw, tuple(parts), True)


def assemble(shape: Shape, replaced: dict[int, np.ndarray]) -> BaseGeometry:
    """``shape``'s geometry with some rings replaced by new cleaned (CCW) coordinates."""
    if not replaced:
        return shape.geometry
    if not shape.closed:
        return LineString(replaced[0]) if 0 in replaced else shape.geometry
    rings = []
    for i, original in enumerate(shape.originals):
        if i not in replaced:
            rings.append(original)
            continue
        xy = replaced[i]
        if shape.clockwise[i]:
            xy = xy[::-1]
        rings.append(np.concatenate([xy, xy[:1]]))
    polys, k = [], 0
    for count in shape.parts:
        polys.append(Polygon(LinearRing(rings[k]), [LinearRing(r) for r in rings[k + 1:k + count]]))
        k += count
    if shape.geom_type == "Polygon":
        return polys[0]
    return MultiPolygon(polys)


def drop_repeats(xy: np.ndarray) -> np.ndarray:
    """``xy`` without consecutive repeated vertices."""
    if len(xy) < 2:
        return xy
    keep = np.ones(len(xy), dtype=bool)
    keep[1:] = np.any(xy[1:] != xy[:-1], axis=1)
    return xy[keep]


def vertex_index(xy: np.ndarray) -> VertexIndex:
    """An exact coordinate -> position lookup over ``xy`` (see ``VertexIndex``)."""
    return VertexIndex(xy)


class VertexIndex:
    """Positions of exact coordinates in an array of vertices (bit for bit, no tolerance).

    One sort of ``x + iy`` keys, then binary search: the same trick as the diff's alignment.
    """

    def __init__(self, xy: np.ndarray) -> None:
        keys = xy[:, 0] + 1j * xy[:, 1]
        self._order = np.argsort(keys, kind="stable")
        self._sorted = keys[self._order]

    def find(self, points: np.ndarray) -> np.ndarray:
        """Index of each point in the array, -1 when absent (first one if repeated)."""
        if len(self._sorted) == 0:
            return np.full(len(points), -1)
        keys = points[:, 0] + 1j * points[:, 1]
        pos = np.searchsorted(self._sorted, keys)
        pos_c = np.minimum(pos, len(self._sorted) - 1)
        found = self._sorted[pos_c] == keys
        return np.where(found, self._order[pos_c], -1)

    def index(self, point: np.ndarray | tuple[float, float]) -> int:
        """Index of one point, -1 when absent."""
        return int(self.find(np.asarray(point, dtype=float).reshape(1, 2))[0])
