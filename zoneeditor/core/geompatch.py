"""The patch that turns one flat geometry into another, and what is remembered about geometries.

An edit of a large boundary changes a few vertices of one ring. To check it (``validity_local``)
and to journal it (``io.journal``) without touching the million others, a polygon or line is
seen as a ``Flat`` (``core.flatgeom``: the rows of every ring without its closing repeat, with
the rows per ring and the rings per part). A ``Patch`` says which rows of the old array were
replaced by which new rows (one contiguous range: the common prefix and the common suffix of
the two arrays are kept), and how ring sizes changed.

Rows are compared bit for bit (as unsigned integers), so -0.0, 0.0 and NaN are told apart and
``apply`` rebuilds the new geometry exactly: ``build(apply(flat(old), diff(old, new)))`` has
the very same coordinates, type and dimension as ``new``.

Facts about a geometry (its ``Flat``, its digest, that it passed the validity check, the index
of its vertices, the patches that made it from earlier geometries) are remembered for the few
most recently used large geometries (``facts``): geometries are immutable, so a fact about one
object stays true while the object lives, and an edit needs the facts of the geometry it
starts from, which the previous edit made.

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
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.flatgeom import FLAT_KINDS, Flat, build, closed_rows, flatten

if TYPE_CHECKING:
    from zoneeditor.core.vertex_runs import RunIndex

__all__ = ["FLAT_KINDS", "Facts", "Flat", "Patch", "apply", "build", "built", "closed_rows",
           "compose", "diff", "facts", "flat_of", "flatten", "known_facts", "note_origin",
           "origin_of", "patch_between"]

#: How many earlier geometries an edited geometry remembers its patch from (a drag folds
#: many moves into one step: the journal needs the patch from where the drag began).
LINEAGE = 8


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


def compose(first: Patch, second: Patch, base: Flat | _Ancestor, middle: Flat, new: Flat
            ) -> Patch:
    """The patch from ``base`` to ``new``, given ``first`` (base to ``middle``) and ``second``
    (middle to new), without comparing the arrays: the rows both patches leave alone at the
    start and at the end are kept, everything between comes from ``new``. Not always the
    shortest such patch (a drag back to where it began), always an exact one."""
    n_base = len(base.coords) if isinstance(base, Flat) else base.rows
    prefix = min(first.start, second.start)
    suffix = min(n_base - first.stop, len(middle.coords) - second.stop)
    old_sizes = base.sizes
    changed = np.flatnonzero(old_sizes != new.sizes)
    sizes = tuple((int(i), int(new.sizes[i])) for i in changed)
    return Patch(prefix, n_base - suffix, new.coords[prefix:len(new.coords) - suffix], sizes)


@dataclass(frozen=True, eq=False)
class _Ancestor:
    """An earlier geometry an edited one was made from (by a chain of edits), by weak
    reference, with the patch from it and its layout."""

    ref: weakref.ref[BaseGeometry]
    patch: Patch
    rows: int
    sizes: np.ndarray


# -- remembered facts -------------------------------------------------------------------------
class Facts:
    """What is known about one geometry object: its flat form, and facts others record.

    ``flat`` is computed on first use. ``acceptable`` holds the layers for which the
    geometry passed ``validity.problem``; ``extent`` an upper bound of its segments' width
    and height (degrees); ``runs`` the index of its vertices (``core.vertex_runs``);
    ``origin`` the geometry it was made from with the patch, ``lineage`` earlier ancestors
    with the patch from each (nearest first).
    """

    __slots__ = ("_flat", "_geometry", "acceptable", "extent", "lineage", "origin", "runs")

    def __init__(self, geometry: BaseGeometry) -> None:
        self._geometry = weakref.ref(geometry)  # never keeps the geometry alive
        self._flat: Flat | Literal[False] | None = False  # False: not computed yet
        self.acceptable: set[str] = set()
        self.extent: tuple[float, float] | None = None
        self.origin: tuple[weakref.ref[BaseGeometry], Patch] | None = None  # the patch that made it
        self.lineage: tuple[_Ancestor, ...] = ()
        self.runs: RunIndex | None = None

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


def known_facts(geometry: BaseGeometry) -> Facts | None:
    """The facts remembered for ``geometry`` (None if none: nothing is recorded)."""
    return _MEMO.peek(geometry)


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
    check of an edit and its journal record need the same patch. When ``new`` was built by
    edits from ``old`` (``built(..., origin=)``), the patch is known without a comparison."""
    known = facts(new)
    if known.origin is not None and known.origin[0]() is old:
        return known.origin[1]
    for ancestor in known.lineage:
        if ancestor.ref() is old:
            return ancestor.patch
    a, b = flat_of(old), known.flat
    if a is None or b is None:
        return None
    patch = diff(a, b)
    if patch is not None:
        known.origin = (weakref.ref(old), patch)
        known.lineage = ()
    return patch


def note_origin(geometry: BaseGeometry, parent: BaseGeometry, patch: Patch) -> None:
    """Remember that ``geometry`` is ``parent`` with ``patch`` applied, unless a live origin
    is remembered for it already. The undo history rebuilds the geometry a step goes back
    to from the one it leaves (``built(..., origin=)``); this records the way forward too,
    so redoing the step needs no comparison of the two either."""
    known = facts(geometry)
    if known.origin is None or known.origin[0]() is None:
        known.origin = (weakref.ref(parent), patch)


def built(flat: Flat, closed: np.ndarray | None = None,
          origin: tuple[BaseGeometry, Patch] | None = None) -> BaseGeometry:
    """``build(flat, closed)``, remembering the flat form for the new geometry (edits use
    this), and with ``origin`` = (the geometry it was made from, the patch that made it)
    the patches from that geometry and its remembered ancestors."""
    geometry = build(flat, closed)
    known = facts(geometry)
    known.set_flat(flat)
    if origin is not None:
        parent, patch = origin
        known.origin = (weakref.ref(parent), patch)
        known.lineage = _lineage(parent, patch, flat)
        was = _MEMO.peek(parent)
        base = was._flat if was is not None else None
        if isinstance(base, Flat) and patch.stop - patch.start == len(patch.rows):
            moved = flat.digest_if_moved(base, patch.start, patch.stop)
            if moved is not None:  # a move: the journal's digest without a pass over the rows
                flat.__dict__["digest"] = moved
    return geometry


def _lineage(parent: BaseGeometry, patch: Patch, new: Flat) -> tuple[_Ancestor, ...]:
    """The ancestors of a geometry made from ``parent`` by ``patch``: the parent itself and
    the parent's live ancestors, each with the patch composed up to ``new``."""
    was = _MEMO.peek(parent)
    middle = was.flat if was is not None and was._flat is not False else None
    if was is None or middle is None:
        return ()
    out = [_Ancestor(weakref.ref(parent), patch, len(middle.coords), middle.sizes)]
    earlier = list(was.lineage)
    if was.origin is not None:
        grand = was.origin[0]()
        grand_facts = _MEMO.peek(grand) if grand is not None else None
        grand_flat = grand_facts.flat if grand_facts is not None else None
        if grand_flat is not None:
            earlier.insert(0, _Ancestor(was.origin[0], was.origin[1], len(grand_flat.coords),
                                        grand_flat.sizes))
    for a in earlier:
        if len(out) >= LINEAGE:
            break
        if a.ref() is None or any(a.ref() is b.ref() for b in out):
            continue
        out.append(_Ancestor(a.ref, compose(a.patch, patch, a, middle, new), a.rows, a.sizes))
    return tuple(out)
