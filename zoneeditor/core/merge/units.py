"""Edit units: what one side did to one feature's geometry, stretch by stretch.

The diff's alignment (``core.diff_align``) turns a base ring and a side's ring into changed
stretches, each an old path and a new path between two anchor vertices both keep. A ``Unit``
is one such stretch placed on the base ring: it covers the base segments from vertex ``ia``
over ``m`` segments and replaces them by ``new``. When the two drawings cannot be aligned
(a ring added or removed, the shape redrawn from scratch, a point moved) the side's change is
one *whole* unit covering every segment of the feature.

Segment indices are cyclic on rings. On a line, the positions before its first vertex (-1)
and after its last (n - 1) count as covered when the side moves that end, so "both sides
moved the start of the line" overlaps even when the segments they redrew differ.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TypeAlias

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff_align import align_lines, align_rings
from zoneeditor.core.merge.shapes import Shape, VertexIndex, decompose

#: Side of a unit; "both" is a stretch both sides redrew identically (applied once).
OURS, THEIRS, BOTH = "ours", "theirs", "both"

#: A base segment (its two vertices, in order) or a moved line end ("end", its vertex).
_XY: TypeAlias = tuple[float, float]
SegmentKey: TypeAlias = tuple[_XY, _XY] | tuple[str, _XY]


@dataclass(eq=False)
class Unit:
    """One changed stretch of one side on one ring of one feature (or the whole geometry)."""

    side: str
    feature_id: str
    ring: int            # ring index in the base shape; -1 for a whole unit
    ia: int              # base vertex where the old path starts
    m: int               # segments of the old path
    n: int               # vertices of the base ring (0 for a whole unit)
    closed: bool
    head: bool           # a line whose start this unit moves
    tail: bool           # a line whose end this unit moves
    old: np.ndarray
    new: np.ndarray
    geometry: BaseGeometry | None = None   # a whole unit: the side's entire geometry
    uid: int = -1

    @property
    def whole(self) -> bool:
        """True for a unit standing for the whole geometry."""
        return self.ring < 0

    def interval(self) -> tuple[int, int]:
        """(first, count) of covered positions: segments on a ring; gaps -1..n-1 on a line."""
        if not self.closed:
            lo = -1 if self.head else self.ia
            hi = self.n - 1 if self.tail else self.ia + self.m - 1
            return lo, hi - lo + 1
        return self.ia, self.m

    def end_vertex(self) -> int:
        """Base index of the vertex where the old path ends."""
        return (self.ia + self.m) % self.n if self.closed else self.ia + self.m

    def same_edit(self, other: Unit) -> bool:
        """True when ``other`` replaces the same base stretch by the very same path."""
        if self.whole or other.whole:
            return (self.whole and other.whole and self.geometry is not None
                    and other.geometry is not None
                    and bool(self.geometry.equals_exact(other.geometry, 0)))
        return (self.ring == other.ring and self.ia == other.ia and self.m == other.m
                and self.head == other.head and self.tail == other.tail
                and np.array_equal(self.new, other.new))

    def paths(self) -> list[np.ndarray]:
        """The old and the new path (what this unit touches, for distances)."""
        if self.whole:
            return [shapely.get_coordinates(self.geometry)] if self.geometry is not None else []
        return [self.old, self.new]

    def segment_keys(self, base_shape: Shape | None, base_geometry: BaseGeometry
                     ) -> set[SegmentKey]:
        """Keys of the base segments (and moved line ends) this unit covers.

        Two features sharing a border have the same segment there (same two vertices), so
        units of different features covering one key edit the same stretch of border.
        """
        if self.whole:
            return whole_keys(base_shape, base_geometry)
        keys: set[SegmentKey] = set(_segments(self.old))
        if self.head:
            keys.add(("end", _xy(self.old[0])))
        if self.tail:
            keys.add(("end", _xy(self.old[-1])))
        return keys


def _xy(p: np.ndarray) -> tuple[float, float]:
    return (float(p[0]), float(p[1]))


def _segments(path: np.ndarray) -> list[SegmentKey]:
    pts = [_xy(p) for p in path]
    return [(a, b) if a <= b else (b, a) for a, b in itertools.pairwise(pts)]


def whole_keys(shape: Shape | None, geometry: BaseGeometry) -> set[SegmentKey]:
    """Every segment key of a geometry (its vertex, for a point)."""
    if shape is None:
        if geometry.is_empty:
            return set()
        return {("end", _xy(p)) for p in shapely.get_coordinates(geometry)}
    keys: set[SegmentKey] = set()
    for ring in shape.rings:
        path = np.concatenate([ring, ring[:1]]) if shape.closed else ring
        keys.update(_segments(path))
    if not shape.closed and len(shape.rings[0]):
        keys.add(("end", _xy(shape.rings[0][0])))
        keys.add(("end", _xy(shape.rings[0][-1])))
    return keys


def side_units(feature_id: str, base: BaseGeometry, base_shape: Shape | None,
               side_geometry: BaseGeometry, side: str) -> list[Unit]:
    """The units turning ``base`` into ``side_geometry`` (one whole unit when unalignable)."""
    whole = [Unit(side, feature_id, -1, 0, 0, 0, False, False, False,
                  np.empty((0, 2)), np.empty((0, 2)), side_geometry)]
    if base_shape is None:
        return whole
    shape = decompose(side_geometry)
    if shape is None or shape.geom_type != base_shape.geom_type:
        return whole
    pairing = _pair_rings(base_shape, shape)
    if pairing is None:
        return whole
    units: list[Unit] = []
    for i, j in pairing.items():
        found = _ring_units(feature_id, side, i, base_shape, shape.rings[j])
        if found is None:
            return whole
        units += found
    return units


def _ring_units(feature_id: str, side: str, ring: int, base_shape: Shape,
                new: np.ndarray) -> list[Unit] | None:
    old = base_shape.rings[ring]
    if len(old) == len(new) and np.array_equal(old, new):
        return []
    closed = base_shape.closed
    alignment = align_rings(old, new) if closed else align_lines(old, new)
    if alignment is None:
        return None
    if not alignment.stretches:
        return []
    index = VertexIndex(old)
    starts = index.find(np.array([s.old[0] for s in alignment.stretches]))
    n = len(old)
    out = []
    for stretch, ia in zip(alignment.stretches, starts, strict=True):
        if ia < 0:
            return None
        for offset, old_path, new_path in split_at_kept(stretch.old, stretch.new):
            start = (int(ia) + offset) % n if closed else int(ia) + offset
            m = len(old_path) - 1
            head = tail = False
            if not closed:
                head = start == 0 and not np.array_equal(new_path[0], old[0])
                tail = start + m == n - 1 and not np.array_equal(new_path[-1], old[-1])
            out.append(Unit(side, feature_id, ring, start, m, n, closed, head, tail,
                            old_path, new_path))
    return out


def split_at_kept(old: np.ndarray, new: np.ndarray) -> list[tuple[int, np.ndarray, np.ndarray]]:
    """A changed stretch cut at the base vertices it keeps inside: ``(offset, old, new)``
    pieces, each changed, ``offset`` counted in base vertices from the stretch's start.

    The alignment joins two changes one kept vertex apart into one stretch (vertices 1 and 3
    moved, 2 kept). As one unit it would make another person's change of vertex 1 conflict
    with the move of vertex 3 too, and deciding "mine" for the conflict would undo that
    move, which nobody disputed. Kept vertices are matched in order, exactly.

    >>> old = np.array([[0, 0], [1, 0], [2, 0], [3, 0], [4, 0]], float)
    >>> new = np.array([[0, 0], [1, 1], [2, 0], [3, -1], [4, 0]], float)
    >>> [(k, len(o)) for k, o, _ in split_at_kept(old, new)]
    [(0, 3), (2, 3)]
    """
    cuts = [(0, 0)]
    j = 1
    for k in range(1, len(old) - 1):
        match = next((jj for jj in range(j, len(new) - 1)
                      if new[jj][0] == old[k][0] and new[jj][1] == old[k][1]), None)
        if match is not None:
            cuts.append((k, match))
            j = match + 1
    cuts.append((len(old) - 1, len(new) - 1))
    pieces = []
    for (k0, j0), (k1, j1) in itertools.pairwise(cuts):
        old_piece, new_piece = old[k0:k1 + 1], new[j0:j1 + 1]
        if len(old_piece) != len(new_piece) or not np.array_equal(old_piece, new_piece):
            pieces.append((k0, old_piece, new_piece))
    return pieces


def _pair_rings(base: Shape, side: Shape) -> dict[int, int] | None:
    """Base ring index -> side ring index, by shared vertices; None when not one-to-one.

    A single ring pairs with a single ring. Otherwise every base ring goes to the side ring
    sharing most of its vertices, exteriors to exteriors and holes to holes of the matching
    part; a ring added or removed on one side makes the pairing fail (a whole-geometry edit).
    """
    if base.parts != side.parts and sorted(base.parts) != sorted(side.parts):
        return None
    if len(base.rings) == 1:
        return {0: 0}
    labels = np.concatenate([np.full(len(r), k) for k, r in enumerate(side.rings)])
    index = VertexIndex(np.concatenate(side.rings))
    pairing: dict[int, int] = {}
    for i, ring in enumerate(base.rings):
        pos = index.find(ring)
        hits = labels[pos[pos >= 0]]
        if len(hits) == 0:
            return None
        counts = np.bincount(hits, minlength=len(side.rings))
        best = int(np.argmax(counts))
        if np.count_nonzero(counts == counts[best]) > 1:
            return None
        pairing[i] = best
    if len(set(pairing.values())) != len(pairing):
        return None
    if _roles(base, pairing) != _roles(side, None):
        return None
    return pairing


def _roles(shape: Shape, pairing: dict[int, int] | None) -> set[tuple[int, int]]:
    """(exterior ring, ring) pairs of each polygon part, renumbered through ``pairing``."""
    out: set[tuple[int, int]] = set()
    k = 0
    for count in shape.parts:
        members = list(range(k, k + count))
        k += count
        if pairing is not None:
            members = [pairing[r] for r in members]
        out.update((members[0], r) for r in members)
    return out
