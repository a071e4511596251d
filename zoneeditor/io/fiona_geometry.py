"""Geometries as the dictionaries fiona writes, built from coordinate arrays.

fiona takes a GeoJSON-like dictionary per feature. shapely's ``mapping`` builds it one
coordinate at a time in Python (a generator yielding a tuple per vertex): ~0.2 s for a ring of
a million vertices, paid at every save of a project with a detailed boundary and at every
export. Here each ring's coordinates come out of GEOS as one array and become tuples through
``zip`` of two (or three) ``tolist`` columns: ~0.1 s for the same ring, the very same
numbers (fiona writes byte-identical geometries; the tests compare the files).

Why tuples and not ``array.tolist()``'s lists: a million new lists are a million objects the
cycle collector tracks for good, and the collections they set off while they are made cost
~0.45 s more; a tuple of floats is untracked by the first collection that sees it.

Anything other than (multi)polygons and (multi)lines — points, collections — and the rare
odd shapes (empty, empty parts, measured M values) go through ``mapping``, where they are
cheap or where its conventions are the ones to keep.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shapely
from shapely.geometry import Polygon, mapping
from shapely.geometry.base import BaseGeometry


def fiona_geometry(geometry: BaseGeometry) -> dict[str, Any]:
    """The GeoJSON-like dictionary fiona writes for ``geometry`` (same as ``mapping``)."""
    kind = geometry.geom_type
    if kind not in _BUILDERS or geometry.is_empty or geometry.has_m \
            or bool(shapely.is_empty(shapely.get_parts(geometry)).any()):
        return dict(mapping(geometry))
    return {"type": kind, "coordinates": _BUILDERS[kind](geometry)}


def _pairs(part: BaseGeometry) -> list[tuple[float, ...]]:
    """The vertices of one line or ring as tuples, (x, y) or (x, y, z) as the geometry has."""
    xy = shapely.get_coordinates(part, include_z=part.has_z)
    return list(zip(*(xy[:, k].tolist() for k in range(xy.shape[1])), strict=True))


def _polygon(polygon: BaseGeometry) -> list[list[tuple[float, ...]]]:
    assert isinstance(polygon, Polygon)  # _BUILDERS calls it for polygons only
    return [_pairs(ring) for ring in (polygon.exterior, *polygon.interiors)]


def _parts(geometry: BaseGeometry) -> list[BaseGeometry]:
    return list(shapely.get_parts(geometry))


_BUILDERS: dict[str, Callable[[BaseGeometry], list[Any]]] = {
    "Polygon": _polygon,
    "MultiPolygon": lambda g: [_polygon(p) for p in _parts(g)],
    "LineString": _pairs,
    "MultiLineString": lambda g: [_pairs(p) for p in _parts(g)],
}
