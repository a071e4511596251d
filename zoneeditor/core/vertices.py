"""Addressing and replacing vertices of any ring or line, holes and multi-parts included.

A ``VertexRef(part, ring, index)`` names one vertex: ``part`` is the polygon (or 0), ``ring``
0 for the exterior and 1.. for holes, ``index`` the position in the ring without its closing
repeat. Geometries are immutable, so every operation returns a new geometry.

Polygons and lines are edited through their flat vertex array (``geompatch``): one copy of
the coordinates and one GEOS build, a few milliseconds for a million vertices, instead of a
Python tuple per vertex. The result is the same geometry, coordinate for coordinate, as the
list-based way (still used for points, Z coordinates and out-of-range references).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from shapely import LineString, MultiPolygon, Point, Polygon, get_parts
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import geompatch as gp
from zoneeditor.core.vertex_runs import carry_runs, runs_of

Coords = list[tuple[float, float]]


@dataclass(frozen=True, order=True)
class VertexRef:
    """Which vertex of a geometry: polygon part, ring (0 = exterior) and index in the ring."""

    part: int
    ring: int
    index: int


def point_xy(geometry: BaseGeometry) -> tuple[float, float]:
    """The position of a point (a feature of the points layer); TypeError for other kinds."""
    if not isinstance(geometry, Point):
        raise TypeError(f"a {geometry.geom_type} has no single position")
    return (geometry.x, geometry.y)


def rings(geometry: BaseGeometry) -> list[list[Coords]]:
    """Vertices per part and ring, rings without their closing repeat; lines as one ring."""
    kind = geometry.geom_type
    if isinstance(geometry, Point):
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


def _flat_ring(geometry: BaseGeometry, ref: VertexRef) -> tuple[gp.Flat, int, int] | None:
    """(flat form, first row, size) of the ring ``ref`` points into, when the fast path
    applies: a 2-D polygon or line, and a ring that exists."""
    flat = gp.flat_of(geometry)
    if flat is None or flat.dims != 2:
        return None
    if flat.kind == "LineString":
        if ref.part != 0 or ref.ring != 0:
            return None
        return flat, 0, int(flat.sizes[0])
    if not (0 <= ref.part < len(flat.parts) and 0 <= ref.ring < int(flat.parts[ref.part])):
        return None
    ring_no = int(flat.parts[:ref.part].sum()) + ref.ring
    return flat, int(flat.offsets[ring_no]), int(flat.sizes[ring_no])


def _replaced(geometry: BaseGeometry, flat: gp.Flat, at: int, stop: int, rows: np.ndarray,
              ring_no_row: int, growth: int) -> BaseGeometry:
    """``geometry`` with rows ``at:stop`` of its flat form replaced by ``rows``: one copy of
    the coordinates (with the closing repeat when the zone has one ring, so GEOS gets them
    as they are) and one GEOS build; the patch is remembered, so the check and the journal
    need not compare a million rows to find it again, and the index of vertex runs is
    carried over while the geometry it is derived from is at hand."""
    sizes = flat.sizes
    changed: tuple[tuple[int, int], ...] = ()
    if growth:
        sizes = sizes.copy()
        ring = flat.ring_of(ring_no_row)
        sizes[ring] += growth
        changed = ((ring, int(sizes[ring])),)
    closed = None
    if flat.closed and len(sizes) == 1:
        n = len(flat.coords) + growth
        closed = np.empty((n + 1, flat.dims))
        closed[:at] = flat.coords[:at]
        closed[at:at + len(rows)] = rows
        closed[at + len(rows):n] = flat.coords[stop:]
        closed[n] = closed[0]
        coords = closed[:n]
    else:
        coords = np.concatenate([flat.coords[:at], rows, flat.coords[stop:]])
    patch = _trimmed(flat, gp.Patch(at, stop, rows, changed))
    new = gp.built(gp.Flat(flat.kind, coords, sizes, flat.parts), closed,
                   origin=(geometry, patch))
    carry_runs(geometry, new)
    return new


def _trimmed(flat: gp.Flat, patch: gp.Patch) -> gp.Patch:
    """``patch`` without the rows it replaces by the very same values (bit for bit), as
    ``geompatch.diff`` would give it: a vertex moved onto itself changes nothing, and the
    incremental check then has nothing to examine. Only for patches that keep the row count
    (moves): there rows line up one to one."""
    start, stop, rows = patch.start, patch.stop, patch.rows
    if stop - start != len(rows) or not len(rows):
        return patch
    same = (np.ascontiguousarray(rows).view(np.uint64)
            == flat.bits[start:stop]).all(axis=1)
    if not same.any():
        return patch
    keep = np.flatnonzero(~same)
    if not len(keep):
        return gp.Patch(start, start, rows[:0], patch.sizes)
    first, last = int(keep[0]), int(keep[-1]) + 1
    return gp.Patch(start + first, start + last, rows[first:last], patch.sizes)


def vertex(geometry: BaseGeometry, ref: VertexRef) -> tuple[float, float]:
    """The coordinates of one vertex; IndexError when ``ref`` does not exist."""
    found = _flat_ring(geometry, ref)
    if found is not None and 0 <= ref.index < found[2]:
        x, y = found[0].coords[found[1] + ref.index].tolist()
        return (x, y)
    return rings(geometry)[ref.part][ref.ring][ref.index]


def with_vertex_moved(geometry: BaseGeometry, ref: VertexRef, xy: tuple[float, float]
                      ) -> BaseGeometry:
    """``geometry`` with vertex ``ref`` at ``xy``."""
    found = _flat_ring(geometry, ref)
    if found is not None and 0 <= ref.index < found[2]:
        flat, first, _ = found
        row = first + ref.index
        new = np.array([[float(xy[0]), float(xy[1])]])
        return _replaced(geometry, flat, row, row + 1, new, row, 0)
    parts = rings(geometry)
    parts[ref.part][ref.ring][ref.index] = (float(xy[0]), float(xy[1]))
    return rebuild(geometry, parts)


def with_vertex_inserted(geometry: BaseGeometry, ref: VertexRef, xy: tuple[float, float]
                         ) -> BaseGeometry:
    """``geometry`` with a new vertex at ``xy`` placed before position ``ref.index``."""
    found = _flat_ring(geometry, ref)
    if found is not None and 0 <= ref.index <= found[2]:
        flat, first, _ = found
        row = first + ref.index
        new = np.array([[float(xy[0]), float(xy[1])]])
        return _replaced(geometry, flat, row, row, new, first, 1)
    parts = rings(geometry)
    parts[ref.part][ref.ring].insert(ref.index, (float(xy[0]), float(xy[1])))
    return rebuild(geometry, parts)


def with_vertex_deleted(geometry: BaseGeometry, ref: VertexRef) -> BaseGeometry:
    """``geometry`` without vertex ``ref`` (callers check the minimum vertex count)."""
    found = _flat_ring(geometry, ref)
    if found is not None and 0 <= ref.index < found[2] and found[2] > 1:
        flat, first, _ = found
        row = first + ref.index
        return _replaced(geometry, flat, row, row + 1, np.empty((0, 2)), first, -1)
    parts = rings(geometry)
    del parts[ref.part][ref.ring][ref.index]
    return rebuild(geometry, parts)


def ring_size(geometry: BaseGeometry, ref: VertexRef) -> int:
    """Number of distinct vertices in the ring or line that ``ref`` points into."""
    found = _flat_ring(geometry, ref)
    if found is not None:
        return found[2]
    return len(rings(geometry)[ref.part][ref.ring])


def vertices_near(
    geometry: BaseGeometry, x: float, y: float, tol: float
) -> list[tuple[VertexRef, tuple[float, float]]]:
    """Every vertex within ``tol`` of (x, y) in both directions (a square), with its reference,
    in ring order: a vectorised search, so picking on a million-vertex zone stays instant."""
    flat = gp.flat_of(geometry)
    if flat is None:
        return [(ref, p) for ref, p in iter_vertices(geometry)
                if abs(p[0] - x) <= tol and abs(p[1] - y) <= tol]
    c = flat.coords
    index = runs_of(geometry)
    if index is not None:
        rows = index.vertices_near(x, y, tol)
    else:
        rows = np.flatnonzero((np.abs(c[:, 0] - x) <= tol) & (np.abs(c[:, 1] - y) <= tol))
    if not len(rows):
        return []
    refs = refs_of_rows(flat, rows)
    return [(ref, (float(px), float(py))) for ref, (px, py) in
            zip(refs, c[rows, :2].tolist(), strict=True)]


def refs_of_rows(flat: gp.Flat, rows: np.ndarray) -> list[VertexRef]:
    """The ``VertexRef`` of each row of a flat form (vectorised)."""
    ring_no = np.searchsorted(flat.offsets, rows, side="right") - 1
    part_ends = np.cumsum(flat.parts)
    part = np.searchsorted(part_ends, ring_no, side="right")
    ring_in_part = ring_no - (part_ends[part] - flat.parts[part])
    index = rows - flat.offsets[ring_no]
    return [VertexRef(int(p), int(r), int(i)) for p, r, i in
            zip(part.tolist(), ring_in_part.tolist(), index.tolist(), strict=True)]


def point_segment_distance(a: np.ndarray, b: np.ndarray, x: float, y: float) -> np.ndarray:
    """Distance from (x, y) to each segment a_i-b_i, computed as GEOS computes it
    (``Distance::pointToSegment``), so a threshold gives the answer shapely's
    ``distance`` would."""
    ax, ay, bx, by = a[:, 0], a[:, 1], b[:, 0], b[:, 1]
    dx, dy = bx - ax, by - ay
    len2 = dx * dx + dy * dy
    same = len2 == 0
    safe = np.where(same, 1.0, len2)
    r = ((x - ax) * dx + (y - ay) * dy) / safe
    s = ((ay - y) * dx - (ax - x) * dy) / safe
    to_a = np.sqrt((x - ax) ** 2 + (y - ay) ** 2)
    to_b = np.sqrt((x - bx) ** 2 + (y - by) ** 2)
    inner = np.abs(s) * np.sqrt(safe)
    out: np.ndarray = np.where(same | (r <= 0), to_a, np.where(r >= 1, to_b, inner))
    return out


def may_touch(geometry: BaseGeometry, probe: BaseGeometry) -> bool:
    """False when ``geometry`` cannot have a vertex or segment in the box ``probe``: outside
    its bounds, or (a small geometry) not meeting it. A large one is not tested whole (GEOS
    would walk every vertex): the vertex and segment searches after this decide exactly."""
    minx, miny, maxx, maxy = geometry.bounds
    px0, py0, px1, py1 = probe.bounds
    if px1 < minx or px0 > maxx or py1 < miny or py0 > maxy:
        return False
    if runs_of(geometry) is not None:
        return True
    return bool(geometry.intersects(probe))


def segment_at(geometry: BaseGeometry, xy: tuple[float, float], eps: float) -> VertexRef | None:
    """Where a vertex at ``xy`` goes in the first segment (in ring order) of ``geometry`` that
    passes within ``eps`` of it (the position before which it is inserted); None if none."""
    runs = runs_of(geometry)
    if runs is not None:  # a large feature: the few segments near xy, with arrays
        pad = eps * (1 + 1e-9) + 1e-12 * max(1.0, abs(xy[0]), abs(xy[1]))
        rows, nxt = runs.segments_meeting(xy[0] - pad, xy[1] - pad, xy[0] + pad, xy[1] + pad)
        c = runs.flat.coords
        near = np.flatnonzero(point_segment_distance(c[rows], c[nxt], *xy) <= eps)
        if not len(near):
            return None
        ref = refs_of_rows(runs.flat, rows[near[:1]])[0]
        return VertexRef(ref.part, ref.ring, ref.index + 1)
    closed = is_closed_kind(geometry)
    probe = Point(xy)
    for p, part in enumerate(rings(geometry)):
        for r, ring in enumerate(part):
            n = len(ring)
            last = n if closed else n - 1
            for i in range(last):
                if LineString([ring[i], ring[(i + 1) % n]]).distance(probe) <= eps:
                    return VertexRef(p, r, i + 1)
    return None
