"""Geometries as flat vertex arrays: one array of vertex rows, with rings and parts as counts.

A polygon, multipolygon or line is seen as ``Flat``: every ring's vertices *without* its
closing repeat, one after the other, with the number of vertices per ring and of rings per
polygon part. Edits (``core.vertices``), the incremental validity check, the index of a
large geometry's vertices (``core.vertex_runs``) and the journal's stretch records
(``core.geompatch``) all work on this form, so a change of a few vertices never walks the
million others in Python.

>>> from shapely import Polygon
>>> f = flatten(Polygon([(0, 0), (4, 0), (4, 4), (0, 4)], [[(1, 1), (2, 1), (2, 2)]]))
>>> f.coords.tolist()[:4], f.sizes.tolist(), f.parts.tolist()
([[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0]], [4, 3], [2])
>>> build(f).wkt
'POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1))'
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import shapely
from shapely import LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.crc_update import after_change

#: Geometry types that have a flat form (points are small: they are journaled whole).
FLAT_KINDS = ("Polygon", "MultiPolygon", "LineString")


@dataclass(frozen=True, eq=False)
class Flat:
    """A polygon, multipolygon or line as one array of vertex rows.

    ``coords``: (N, d) rows of every ring (exterior first, then holes, part by part) or of the
    line, rings without their closing repeat. ``sizes``: rows per ring (or [N] for a line).
    ``parts``: rings per polygon part ([1] for a line).
    """

    kind: str
    coords: np.ndarray
    sizes: np.ndarray
    parts: np.ndarray

    @property
    def dims(self) -> int:
        """2 or 3 (a Z coordinate)."""
        return int(self.coords.shape[1])

    @property
    def closed(self) -> bool:
        """True for polygons (rings wrap around), False for a line."""
        return self.kind != "LineString"

    @cached_property
    def offsets(self) -> np.ndarray:
        """Row where each ring starts, plus the total at the end (R + 1 values)."""
        return np.concatenate([[0], np.cumsum(self.sizes)]).astype(np.int64)

    @cached_property
    def bits(self) -> np.ndarray:
        """The rows as unsigned integers: compared bit for bit."""
        return np.ascontiguousarray(self.coords).view(np.uint64)

    @cached_property
    def digest(self) -> bytes:
        """8 bytes identifying the geometry: the CRC-32 of its type, layout and rows, and an
        XOR-fold of the rows' bits.

        Two checks of different construction (the CRC depends on every bit's position, the
        fold on every value): enough to tell a patch applied to the wrong geometry (this
        guards against mistakes, not against an attacker), at a few milliseconds per
        million vertices.
        """
        head = f"{self.kind}:{self.dims}:".encode() + self.sizes.astype("<i8").tobytes() \
            + self.parts.astype("<i8").tobytes()
        body = np.ascontiguousarray(self.coords, dtype="<f8")
        crc = zlib.crc32(body.data.cast("B"), zlib.crc32(head))
        fold = int(np.bitwise_xor.reduce(body.view(np.uint64).ravel())) if body.size else 0
        fold = (fold ^ (fold >> 32) ^ len(body)) & 0xFFFFFFFF
        return crc.to_bytes(4, "little") + fold.to_bytes(4, "little")

    def digest_if_moved(self, old: Flat, start: int, stop: int) -> bytes | None:
        """This geometry's ``digest`` when it is ``old`` (whose digest is known) with rows
        ``start:stop`` replaced by as many rows, and nothing else changed: derived from the
        old digest and the changed rows alone (``core.crc_update``), no pass over every row.
        None when that does not apply."""
        if ("digest" not in old.__dict__ or old.kind != self.kind or old.dims != self.dims
                or len(old.coords) != len(self.coords)
                or not np.array_equal(old.sizes, self.sizes)
                or not np.array_equal(old.parts, self.parts)):
            return None
        a = np.ascontiguousarray(old.coords[start:stop], dtype="<f8")
        b = np.ascontiguousarray(self.coords[start:stop], dtype="<f8")
        after = (len(self.coords) - stop) * self.dims * 8
        crc = after_change(int.from_bytes(old.digest[:4], "little"), a.tobytes(), b.tobytes(),
                           after)
        change = 0
        if a.size:
            change = int(np.bitwise_xor.reduce(a.view(np.uint64).ravel())
                         ^ np.bitwise_xor.reduce(b.view(np.uint64).ravel()))
        fold = int.from_bytes(old.digest[4:], "little") ^ ((change ^ (change >> 32))
                                                           & 0xFFFFFFFF)
        return crc.to_bytes(4, "little") + fold.to_bytes(4, "little")

    def ring_of(self, row: int) -> int:
        """Index of the ring that row ``row`` belongs to."""
        return int(np.searchsorted(self.offsets, row, side="right") - 1)



def flatten(geometry: BaseGeometry) -> Flat | None:
    """The flat form of a polygon, multipolygon or line; None for anything else.

    None too for an empty geometry, a measured (M) one, or a ring whose closing vertex is not
    bit for bit its first (-0.0 against 0.0): those are journaled whole.
    """
    kind = geometry.geom_type
    if kind not in FLAT_KINDS or geometry.is_empty or _has_m(geometry):
        return None
    z = bool(shapely.has_z(geometry))
    if kind == "LineString":
        coords = shapely.get_coordinates(geometry, include_z=z)
        return Flat(kind, coords, np.array([len(coords)], np.int64), np.array([1], np.int64))
    polys = shapely.get_parts(geometry)
    parts = (shapely.get_num_interior_rings(polys) + 1).astype(np.int64)
    if isinstance(geometry, Polygon) and len(geometry.interiors) == 0:
        closed_sizes = np.array([shapely.get_num_coordinates(geometry)], np.int64)
    else:
        rings = shapely.get_rings(polys)
        closed_sizes = shapely.get_num_coordinates(rings).astype(np.int64)
    if np.any(closed_sizes < 2):
        return None
    allc = shapely.get_coordinates(geometry, include_z=z)
    ends = np.cumsum(closed_sizes) - 1
    starts = ends - closed_sizes + 1
    view = np.ascontiguousarray(allc).view(np.uint64)
    if not np.array_equal(view[starts], view[ends]):
        return None
    if len(closed_sizes) == 1:
        return Flat(kind, allc[:-1], closed_sizes - 1, parts)
    keep = np.ones(len(allc), dtype=bool)
    keep[ends] = False
    return Flat(kind, allc[keep], closed_sizes - 1, parts)


def _has_m(geometry: BaseGeometry) -> bool:
    has_m = getattr(shapely, "has_m", None)  # shapely >= 2.1
    return bool(has_m(geometry)) if has_m is not None else False


def build(flat: Flat, closed: np.ndarray | None = None) -> BaseGeometry:
    """The geometry a ``Flat`` describes (rings closed again with their first vertex).

    ``closed``: the rows with every ring's closing repeat, when the caller has them already
    (an edit makes them in the same pass as the flat rows, saving a copy). Polygons are made
    with ``shapely.from_ragged_array``, which hands GEOS each ring's coordinate sequence as
    it is made, without the clone ``shapely.polygons`` makes of a ring (GEOS keeps 24 bytes
    per vertex: at a million vertices that clone is a 24 MB copy).
    """
    # shapely's constructors return one geometry for one geometry's coordinates and an array
    # for many; its stubs cannot tell which from an array, so each is checked.
    if flat.kind == "LineString":
        line = shapely.linestrings(flat.coords)
        assert isinstance(line, LineString)
        return line
    if closed is None:
        closed = closed_rows(flat)
    rings = flat.offsets + np.arange(len(flat.offsets), dtype=np.int64)
    parts = np.concatenate([[0], np.cumsum(flat.parts)]).astype(np.int64)
    if flat.kind == "Polygon":
        made = shapely.from_ragged_array(shapely.GeometryType.POLYGON, closed, (rings, parts))
        poly = made[0]
        assert isinstance(poly, Polygon)
        return poly
    whole = np.array([0, len(flat.parts)], dtype=np.int64)
    made = shapely.from_ragged_array(shapely.GeometryType.MULTIPOLYGON, closed,
                                     (rings, parts, whole))
    return _multipolygon(made[0])


def closed_rows(flat: Flat) -> np.ndarray:
    """The rows of a polygon's ``Flat`` with each ring's first row repeated after its last."""
    starts = flat.offsets[:-1]
    ends = flat.offsets[1:]
    return np.insert(flat.coords, ends, flat.coords[starts], axis=0)


def _multipolygon(value: MultiPolygon | np.ndarray) -> MultiPolygon:
    assert isinstance(value, MultiPolygon)  # built from one array of parts: one geometry
    return value


