"""Geometries as flat vertex arrays, and the patch that turns one into another.

An edit of a large boundary changes a few vertices of one ring. To check it (``validity_local``)
and to journal it (``io.journal``) without touching the million others, a polygon or line is
seen as ``Flat``: every ring's vertices *without* its closing repeat, one after the other, with
the number of vertices per ring and of rings per polygon part. A ``Patch`` says which rows of
the old array were replaced by which new rows (one contiguous range: the common prefix and the
common suffix of the two arrays are kept), and how ring sizes changed.

Rows are compared bit for bit (as unsigned integers), so -0.0, 0.0 and NaN are told apart and
``apply`` rebuilds the new geometry exactly: ``build(apply(flat(old), diff(old, new)))`` has
the very same coordinates, type and dimension as ``new``.

Facts about a geometry (its ``Flat``, its digest, that it passed the validity check) are
remembered for the few most recently used large geometries (``facts``): geometries are
immutable, so a fact about one object stays true while the object lives, and an edit needs the
facts of the geometry it starts from, which the previous edit made.

>>> from shapely import Polygon
>>> old = Polygon([(0, 0), (4, 0), (4, 4), (0, 4)])
>>> new = Polygon([(0, 0), (4, 0), (5, 5), (0, 4)])
>>> p = diff(flatten(old), flatten(new))
>>> (p.start, p.stop, p.rows.tolist())
(2, 3, [[5.0, 5.0]])
>>> build(apply(flatten(old), p)).equals_exact(new, 0)
True
"""

from __future__ import annotations

import threading
import weakref
import zlib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import numpy as np
import shapely
from shapely import LineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

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

    def ring_of(self, row: int) -> int:
        """Index of the ring that row ``row`` belongs to."""
        return int(np.searchsorted(self.offsets, row, side="right") - 1)


@dataclass(frozen=True, eq=False)
class Patch:
    """Rows ``start:stop`` of the old flat array become ``rows``; ``sizes`` are the rings whose
    vertex count changed, as (ring index, new count)."""

    start: int
    stop: int
    rows: np.ndarray
    sizes: tuple[tuple[int, int], ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        """True when the two geometries are identical."""
        return self.start == self.stop and len(self.rows) == 0 and not self.sizes


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


def build(flat: Flat) -> BaseGeometry:
    """The geometry a ``Flat`` describes (rings closed again with their first vertex)."""
    # shapely's constructors return one geometry for one geometry's coordinates and an array
    # for many (``indices``); its stubs cannot tell which from an array, so each is checked.
    if flat.kind == "LineString":
        line = shapely.linestrings(flat.coords)
        assert isinstance(line, LineString)
        return line
    sizes = flat.sizes
    starts = flat.offsets[:-1]
    ends = flat.offsets[1:]
    closed = np.insert(flat.coords, ends, flat.coords[starts], axis=0)
    if len(sizes) == 1:
        poly = shapely.polygons(closed)
    else:
        ring_ids = np.repeat(np.arange(len(sizes)), sizes + 1)
        rings = shapely.linearrings(closed, indices=ring_ids)
        assert isinstance(rings, np.ndarray)
        part_ids = np.repeat(np.arange(len(flat.parts)), flat.parts)
        polys = shapely.polygons(rings, indices=part_ids)
        assert isinstance(polys, np.ndarray)
        if flat.kind == "Polygon":
            first: Polygon = polys[0]
            return first
        return _multipolygon(shapely.multipolygons(polys))
    assert isinstance(poly, Polygon)
    if flat.kind == "Polygon":
        return poly
    return _multipolygon(shapely.multipolygons([poly]))


def _multipolygon(value: MultiPolygon | np.ndarray) -> MultiPolygon:
    assert isinstance(value, MultiPolygon)  # built from one array of parts: one geometry
    return value


def diff(old: Flat, new: Flat) -> Patch | None:
    """The patch from ``old`` to ``new``; None when their layouts differ (another type, another
    dimension, parts or rings added or removed): such a change is recorded whole."""
    if (old.kind != new.kind or old.dims != new.dims or len(old.sizes) != len(new.sizes)
            or not np.array_equal(old.parts, new.parts)):
        return None
    d = old.dims
    a, b = old.bits.ravel(), new.bits.ravel()
    n, m = len(a) // d, len(b) // d
    common = min(n, m)
    start = _first_difference(a[:common * d], b[:common * d]) // d
    room = common - start
    same_tail = 0
    if room:
        back = _first_difference(a[(n - room) * d:][::-1], b[(m - room) * d:][::-1])
        same_tail = back // d
    changed = np.flatnonzero(old.sizes != new.sizes)
    sizes = tuple((int(i), int(new.sizes[i])) for i in changed)
    rows = new.coords[start:m - same_tail].copy()
    return Patch(start, n - same_tail, rows, sizes)


def _first_difference(a: np.ndarray, b: np.ndarray) -> int:
    """Index of the first element where two equally long arrays differ (their length if none)."""
    ne = a != b
    i = int(np.argmax(ne))
    return i if len(ne) and ne[i] else len(ne)


def apply(old: Flat, patch: Patch) -> Flat:
    """``old`` with ``patch`` applied (ValueError when the patch cannot belong to it)."""
    if not 0 <= patch.start <= patch.stop <= len(old.coords):
        raise ValueError("patch range outside the geometry")
    if patch.rows.ndim != 2 or (len(patch.rows) and patch.rows.shape[1] != old.dims):
        raise ValueError("patch rows of another dimension")
    rows = patch.rows.reshape(-1, old.dims)
    coords = np.concatenate([old.coords[:patch.start], rows, old.coords[patch.stop:]])
    sizes = old.sizes.copy()
    for ring, count in patch.sizes:
        if not 0 <= ring < len(sizes):
            raise ValueError("patch names a ring the geometry does not have")
        sizes[ring] = count
    if int(sizes.sum()) != len(coords) or np.any(sizes < 1):
        raise ValueError("patch ring sizes do not add up")
    return Flat(old.kind, coords, sizes, old.parts.copy())


# -- remembered facts -------------------------------------------------------------------------
class Facts:
    """What is known about one geometry object: its flat form, and facts others record.

    ``flat`` is computed on first use. ``acceptable`` holds the layers for which the
    geometry passed ``validity.problem``; ``extent`` an upper bound of its segments' width
    and height (degrees), used by the incremental check to bound a neighbourhood.
    """

    __slots__ = ("_flat", "_geometry", "acceptable", "extent", "origin")

    def __init__(self, geometry: BaseGeometry) -> None:
        self._geometry = weakref.ref(geometry)  # never keeps the geometry alive
        self._flat: Flat | Literal[False] | None = False  # False: not computed yet
        self.acceptable: set[str] = set()
        self.extent: tuple[float, float] | None = None
        self.origin: tuple[weakref.ref[BaseGeometry], Patch] | None = None  # the patch that made it

    @property
    def flat(self) -> Flat | None:
        """The geometry's ``Flat`` (None when it has none), computed once."""
        if self._flat is False:
            geometry = self._geometry()
            if geometry is None:
                return None
            self._flat = flatten(geometry)
        return self._flat

    def set_flat(self, flat: Flat) -> None:
        """Record a flat form already at hand (the edit that built the geometry has it)."""
        self._flat = flat


class _FactMemo:
    """The facts of the most recently used geometries, by object identity.

    Keyed by ``id`` and checked through a weak reference, so a geometry is never hashed (a
    shapely hash serialises the whole geometry) and a dead object's id reused by a new one is
    never mistaken for it. Bounded: only the last ``size`` geometries are remembered.
    """

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self._items: OrderedDict[int, tuple[weakref.ref[BaseGeometry], Facts]] = OrderedDict()
        self._lock = threading.Lock()
        self._dead: list[tuple[int, weakref.ref[BaseGeometry]]] = []

    def get(self, geometry: BaseGeometry) -> Facts:
        key = id(geometry)
        with self._lock:
            self._purge()
            item = self._items.get(key)
            if item is not None and item[0]() is geometry:
                self._items.move_to_end(key)
                return item[1]
            facts = Facts(geometry)
            self._items[key] = (weakref.ref(geometry, self._forget_dead(key)), facts)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
            return facts

    def _forget_dead(self, key: int) -> Callable[[weakref.ref[BaseGeometry]], None]:
        """A weak-reference callback noting a dead geometry, whose entry (and its arrays) the
        next lookup drops. It takes no lock: it may run inside a locked section (GC)."""
        def forget(ref: weakref.ref[BaseGeometry]) -> None:
            self._dead.append((key, ref))
        return forget

    def _purge(self) -> None:
        while self._dead:
            key, ref = self._dead.pop()
            item = self._items.get(key)
            if item is not None and item[0] is ref:
                del self._items[key]

    def peek(self, geometry: BaseGeometry) -> Facts | None:
        """The facts remembered for ``geometry``, without making a record (None if none)."""
        with self._lock:
            item = self._items.get(id(geometry))
            return item[1] if item is not None and item[0]() is geometry else None

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


_MEMO = _FactMemo(size=8)


def facts(geometry: BaseGeometry) -> Facts:
    """The remembered facts about ``geometry`` (a fresh, empty record if none)."""
    return _MEMO.get(geometry)


def origin_of(geometry: BaseGeometry) -> BaseGeometry | None:
    """The geometry an edit made ``geometry`` from, while both live and it is remembered
    (renderers draw the old shape until the new one is ready); None otherwise."""
    known = _MEMO.peek(geometry)
    if known is None or known.origin is None:
        return None
    return known.origin[0]()


def flat_of(geometry: BaseGeometry) -> Flat | None:
    """``flatten(geometry)``, remembered for the geometry object."""
    return facts(geometry).flat


def patch_between(old: BaseGeometry, new: BaseGeometry) -> Patch | None:
    """``diff`` of two geometries' flat forms (None when either has none), remembered: the
    check of an edit and its journal record need the same patch."""
    known = facts(new)
    if known.origin is not None and known.origin[0]() is old:
        return known.origin[1]
    a, b = flat_of(old), known.flat
    if a is None or b is None:
        return None
    patch = diff(a, b)
    if patch is not None:
        known.origin = (weakref.ref(old), patch)
    return patch


def built(flat: Flat) -> BaseGeometry:
    """``build(flat)``, remembering the flat form for the new geometry (edits use this)."""
    geometry = build(flat)
    facts(geometry).set_flat(flat)
    return geometry
