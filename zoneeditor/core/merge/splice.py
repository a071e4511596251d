"""Putting stretches into a base ring or line, and cutting conflict spans out of it.

``apply_units`` builds a geometry from the base and a set of non-overlapping units (taken
from either side): every unit's new path replaces its old path between the two anchors; the
rest of the base is kept vertex for vertex. ``spans_of`` describes the stretches a group of
conflicting units covers in one feature, with the base, ours and theirs path over each.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

import numpy as np
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.merge.result import Span
from zoneeditor.core.merge.shapes import Shape, assemble, drop_repeats
from zoneeditor.core.merge.units import BOTH, OURS, THEIRS, Unit


def cyclic(xy: np.ndarray, a: int, b: int) -> np.ndarray:
    """Vertices a..b-1 walking forward around a ring (empty when a == b)."""
    if a <= b:
        return xy[a:b]
    return np.concatenate([xy[a:], xy[:b]])


def splice_ring(ring: np.ndarray, units: list[Unit]) -> np.ndarray:
    """A cleaned ring with each unit's new path in place of its old one."""
    ordered = sorted(units, key=lambda u: u.ia)
    pieces = []
    for k, u in enumerate(ordered):
        pieces.append(u.new[:-1])
        nxt = ordered[(k + 1) % len(ordered)].ia
        pieces.append(cyclic(ring, u.end_vertex(), nxt))
    return drop_repeats(np.concatenate(pieces))


def splice_line(line: np.ndarray, units: list[Unit], offset: int = 0) -> np.ndarray:
    """A line (or a stretch of a ring starting at base vertex ``offset``) with units applied."""
    def local(u: Unit) -> int:
        return (u.ia - offset) % u.n if u.closed else u.ia - offset

    pieces, pos = [], 0
    for u in sorted(units, key=local):
        ia = local(u)
        pieces.append(line[pos:ia])
        pieces.append(u.new)
        pos = ia + u.m + 1
    pieces.append(line[pos:])
    return drop_repeats(np.concatenate(pieces))


def apply_units(base: BaseGeometry, shape: Shape | None, units: Iterable[Unit]) -> BaseGeometry:
    """``base`` with ``units`` applied (a whole unit gives its own geometry)."""
    units = list(units)
    whole = [u for u in units if u.whole]
    if whole:
        geometry = whole[0].geometry
        assert geometry is not None  # side_units gives a whole unit the side's geometry
        return geometry
    if not units or shape is None:
        return base
    by_ring: dict[int, list[Unit]] = defaultdict(list)
    for u in units:
        by_ring[u.ring].append(u)
    replaced = {}
    for ring, members in by_ring.items():
        xy = shape.rings[ring]
        replaced[ring] = splice_ring(xy, members) if shape.closed else splice_line(xy, members)
    return assemble(shape, replaced)


def _merge_intervals(units: list[Unit]) -> list[list[Unit]]:
    """Units of one ring grouped into runs that share base segments (cyclic on rings).

    A sweep by first segment joins overlapping intervals. On a ring only the last run can
    pass the end of the ring (any interval that wraps reaches every later start), and its
    wrapped end may reach several runs at the start, not just the first: it takes each of
    them in turn. Taking only the first left a run that shared segments with the wrapped
    one, so two spans overlapped and the second one's anchor was a vertex the first span's
    resolution had just replaced ("edited by hand", though nobody had).
    """
    ordered = sorted(units, key=lambda u: (u.interval()[0], -u.interval()[1]))
    runs: list[list[Unit]] = []
    ends: list[int] = []
    for u in ordered:
        lo, count = u.interval()
        if runs and lo < ends[-1]:
            runs[-1].append(u)
            ends[-1] = max(ends[-1], lo + count)
        else:
            runs.append([u])
            ends.append(lo + count)
    if ordered and ordered[0].closed:
        n = ordered[0].n
        while len(runs) > 1 and ends[-1] - n > runs[0][0].interval()[0]:
            first, first_end = runs.pop(0), ends.pop(0)
            runs[-1].extend(first)  # the last run wraps over the first
            ends[-1] = max(ends[-1], first_end + n)
    return runs


def _run_bounds(run: list[Unit]) -> tuple[int, int]:
    """First base vertex and number of segments a run covers."""
    u0 = run[0]
    if not u0.closed:
        first = min(u.ia for u in run)
        last = max(u.ia + u.m for u in run)
        return first, last - first
    n = u0.n
    start = u0.ia
    length = max((u.ia - start) % n + u.m for u in run)
    return start, length


def spans_of(feature_id: str, base: BaseGeometry, shape: Shape | None,
             units: list[Unit], sides: Mapping[str, BaseGeometry | None]) -> list[Span]:
    """The spans ``units`` (one group, one feature) cover, with each side's path over them."""
    if shape is None or any(u.whole for u in units):
        empty = np.empty((0, 2))
        return [Span(feature_id, None, None, empty, empty, empty, whole=True,
                     geometries=(base, sides.get(OURS), sides.get(THEIRS)))]
    by_ring: dict[int, list[Unit]] = defaultdict(list)
    for u in units:
        by_ring[u.ring].append(u)
    spans = []
    for ring in sorted(by_ring):
        xy = shape.rings[ring]
        for run in _merge_intervals(by_ring[ring]):
            start, length = _run_bounds(run)
            if shape.closed and length >= len(xy):
                spans.append(_ring_span(feature_id, xy, run))
                continue
            if shape.closed:
                end = (start + length) % len(xy)
                base_path = np.concatenate([cyclic(xy, start, end), xy[end:end + 1]])
            else:
                end = start + length
                base_path = xy[start:end + 1]
            paths = {}
            for side in (OURS, THEIRS):
                chosen = [u for u in run if u.side in (side, BOTH)]
                paths[side] = splice_line(base_path, chosen, offset=start)
            head = any(u.head for u in run)
            tail = any(u.tail for u in run)
            spans.append(Span(
                feature_id,
                None if head else (float(base_path[0][0]), float(base_path[0][1])),
                None if tail else (float(base_path[-1][0]), float(base_path[-1][1])),
                base_path, paths[OURS], paths[THEIRS]))
    return spans


def _ring_span(feature_id: str, xy: np.ndarray, run: list[Unit]) -> Span:
    """A span over a whole ring: the run covers every segment, so no vertex is kept by all.

    Its anchors are ``None`` and its paths are the closed rings (base, and base with each
    side's units applied); a resolution replaces the ring that holds them.
    """
    def closed(ring: np.ndarray) -> np.ndarray:
        return np.concatenate([ring, ring[:1]])

    paths = {}
    for side in (OURS, THEIRS):
        chosen = [u for u in run if u.side in (side, BOTH)]
        paths[side] = closed(splice_ring(xy, chosen) if chosen else xy)
    return Span(feature_id, None, None, closed(xy), paths[OURS], paths[THEIRS])
