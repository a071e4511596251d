"""Addressing and replacing vertices of any ring or line, holes and multi-parts included.

A ``VertexRef(part, ring, index)`` names one vertex: ``part`` is the polygon (or 0), ``ring``
0 for the exterior and 1.. for holes, ``index`` the position in the ring without its closing
repeat. Geometries are immutable, so every operation returns a new geometry.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from shapely import LineString, MultiPolygon, Point, Polygon, get_parts
from shapely.geometry.base import BaseGeometry

Coords = list[tuple[float, float]]


@dataclass(frozen=True, order=True)
class VertexRef:
    """Which vertex of a geometry: polygon part, ring (0 = exterior) and index in the ring."""

    part: int
    ring: int
    index: int


def rings(geometry: BaseGeometry) -> list[list[Coords]]:
    """Vertices per part and ring, rings without their closing repeat; lines as one ring."""
    kind = geometry.geom_type
    if kind == "Point":
        return [[[(geometry.x, geometry.y)]]]
    if kind == "LineString":
        return [[[(x, y) for x, y, *_ in geometry.coords]]]
    if kind in ("Polygon", "MultiPolygon"):
        out = []
        for poly in get_parts(geometry):
            rs = [poly.exterior, *poly.interiors]
            out.append([[(x, y) for x, y, *_ in r.coords][:-1] for r in rs])
        return out
    raise ValueError(f"unsupported geometry type {kind}")


def is_closed_kind(geometry: BaseGeometry) -> bool:
    """True when the vertex lists are rings (polygons) rather than open paths."""
    return geometry.geom_type in ("Polygon", "MultiPolygon")


def rebuild(template: BaseGeometry, parts: list[list[Coords]]) -> BaseGeometry:
    """A geometry of ``template``'s type made from per-part, per-ring vertex lists."""
    kind = template.geom_type
    if kind == "Point":
        return Point(parts[0][0][0])
    if kind == "LineString":
        return LineString(parts[0][0])
    polys = [Polygon(p[0], p[1:]) for p in parts]
    if kind == "Polygon":
        return polys[0]
    return MultiPolygon(polys)


def iter_vertices(geometry: BaseGeometry) -> Iterator[tuple[VertexRef, tuple[float, float]]]:
    """Every vertex with its reference (each ring vertex once)."""
    for p, part in enumerate(rings(geometry)):
        for r, ring in enumerate(part):
            for i, xy in enumerate(ring):
                yield VertexRef(p, r, i), xy


def vertex(geometry: BaseGeometry, ref: VertexRef) -> tuple[float, float]:
    """The coordinates of one vertex; IndexError when ``ref`` does not exist."""
    return rings(geometry)[ref.part][ref.ring][ref.index]


def with_vertex_moved(geometry: BaseGeometry, ref: VertexRef, xy: tuple[float, float]):
    """``geometry`` with vertex ``ref`` at ``xy``."""
    parts = rings(geometry)
    parts[ref.part][ref.ring][ref.index] = (float(xy[0]), float(xy[1]))
    return rebuild(geometry, parts)


def with_vertex_inserted(geometry: BaseGeometry, ref: VertexRef, xy: tuple[float, float]):
    """``geometry`` with a new vertex at ``xy`` placed before position ``ref.index``."""
    parts = rings(geometry)
    parts[ref.part][ref.ring].insert(ref.index, (float(xy[0]), float(xy[1])))
    return rebuild(geometry, parts)


def with_vertex_deleted(geometry: BaseGeometry, ref: VertexRef):
    """``geometry`` without vertex ``ref`` (callers check the minimum vertex count)."""
    parts = rings(geometry)
    del parts[ref.part][ref.ring][ref.index]
    return rebuild(geometry, parts)


def ring_size(geometry: BaseGeometry, ref: VertexRef) -> int:
    """Number of distinct vertices in the ring or line that ``ref`` points into."""
    return len(rings(geometry)[ref.part][ref.ring])
