"""Aligning an old and a new boundary on their shared vertices, to find the stretches that moved.

A proposal usually keeps most of the agreed boundary and redraws a few stretches of it. If
the two rings (or lines) share vertex *runs* — identical coordinates, consecutive in both —
then everything between two shared segments is a *changed stretch*: an old path and a new
path between the same two anchor vertices. Areas and displacements only need those
stretches, which turns an O(n·m) comparison of 100,000-vertex boundaries into a hash join of
their coordinates plus work proportional to what actually changed.

Coordinates are matched exactly (bit for bit, as complex numbers ``x + iy``): a vertex the
user did not touch keeps its exact value through edits, saves and reloads. A different start
vertex and the opposite orientation are handled; anything the alignment cannot explain
consistently (repeated vertices in a ring, stretches that overlap) returns ``None`` and the
caller falls back to the full computation.

>>> import numpy as np
>>> old = np.array([(0, 0), (4, 0), (4, 4), (0, 4)], float)
>>> new = np.array([(0, 0), (2, -1), (4, 0), (4, 4), (0, 4)], float)
>>> [(s.old.tolist(), s.new.tolist()) for s in align_rings(old, new).stretches]
[([[0.0, 0.0], [4.0, 0.0]], [[0.0, 0.0], [2.0, -1.0], [4.0, 0.0]])]
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry


class Stretch(NamedTuple):
    """One changed stretch: the old and the new path, each an (k, 2) array of lon/lat.

    For rings and inner stretches of lines both paths start at the same anchor vertex and
    end at the same anchor vertex. At the open ends of a line the paths start (or end) at
    the two lines' own end points, which differ.
    """

    old: np.ndarray
    new: np.ndarray

    def loop(self) -> np.ndarray:
        """The closed loop old path + reversed new path (encloses the area between them)."""
        return np.concatenate([self.old, self.new[::-1]])


class Alignment(NamedTuple):
    """The changed stretches of a boundary pair and how much of it is shared."""

    stretches: tuple[Stretch, ...]
    shared_fraction: float  # unchanged segments / segments of the longer boundary


def clean_ring(ring: BaseGeometry | np.ndarray) -> np.ndarray:
    """Ring coordinates (lon/lat) without the closing vertex or repeated vertices, CCW."""
    if isinstance(ring, np.ndarray):
        xy = ring[:, :2]
        ccw = _signed_area(xy) >= 0
    else:
        xy = shapely.get_coordinates(ring)
        ccw = bool(shapely.is_ccw(ring))  # GEOS: far quicker than numpy on 100,000 vertices
    xy = _drop_repeats(xy)
    if len(xy) > 1 and np.array_equal(xy[0], xy[-1]):
        xy = xy[:-1]
    if not ccw:
        xy = xy[::-1]
    return np.ascontiguousarray(xy, dtype=float)


def clean_line(line: BaseGeometry | np.ndarray) -> np.ndarray:
    """Line coordinates (lon/lat) without repeated consecutive vertices."""
    xy = shapely.get_coordinates(line) if not isinstance(line, np.ndarray) else line[:, :2]
    return np.ascontiguousarray(_drop_repeats(xy), dtype=float)


def _drop_repeats(xy: np.ndarray) -> np.ndarray:
    if len(xy) < 2:
        return xy
    keep = np.ones(len(xy), dtype=bool)
    keep[1:] = np.any(xy[1:] != xy[:-1], axis=1)
    return xy[keep]


def _signed_area(xy: np.ndarray) -> float:
    x, y = xy[:, 0], xy[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def _keys(xy: np.ndarray) -> np.ndarray:
    return xy[:, 0] + 1j * xy[:, 1]


def _positions(old: np.ndarray, new: np.ndarray) -> np.ndarray | None:
    """For each new vertex, its index in ``old`` (-1 when absent); None if old repeats one."""
    ko = _keys(old)
    order = np.argsort(ko, kind="stable")
    sorted_ko = ko[order]
    if len(sorted_ko) > 1 and np.any(sorted_ko[1:] == sorted_ko[:-1]):
        return None  # a ring passing twice through one point: positions are ambiguous
    kn = _keys(new)
    pos = np.searchsorted(sorted_ko, kn)
    pos_c = np.minimum(pos, len(sorted_ko) - 1)
    found = sorted_ko[pos_c] == kn
    return np.where(found, order[pos_c], -1)


def _repeats(idx: np.ndarray, n: int) -> bool:
    """True when two new vertices map to the same old vertex (the new ring repeats it)."""
    found = idx[idx >= 0]
    return bool(len(found)) and int(np.bincount(found, minlength=n).max()) > 1


def _runs(changed: np.ndarray) -> list[tuple[int, int]]:
    """(start, stop) of each run of True in a 1-D boolean array (stop exclusive)."""
    padded = np.concatenate([[False], changed, [False]]).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def align_rings(old: np.ndarray, new: np.ndarray) -> Alignment | None:
    """Changed stretches between two cleaned rings (see ``clean_ring``), or None.

    None means the alignment cannot be trusted: no shared segment, or stretches that do not
    tile the old ring exactly once.
    """
    n, m = len(old), len(new)
    if n < 3 or m < 3:
        return None
    idx = _positions(old, new)
    if idx is None or _repeats(idx, n):
        return None
    nxt = np.roll(idx, -1)
    unchanged = (idx >= 0) & (nxt >= 0) & (nxt == (idx + 1) % n)
    count = int(unchanged.sum())
    if count == 0:
        return None
    if count == m and m == n:
        return Alignment((), 1.0)
    s0 = int(np.argmax(unchanged))  # rotate so the walk starts on a shared segment
    rotated = np.roll(~unchanged, -s0)
    old_cover = np.zeros(n, dtype=np.int32)
    old_cover[idx[unchanged]] += 1
    stretches = []
    for rs, re in _runs(rotated):
        a, b = (s0 + rs) % m, (s0 + re) % m
        ia, ib = int(idx[a]), int(idx[b])
        if ia < 0 or ib < 0:
            return None
        new_path = _cyclic(new, a, b)
        old_path = _cyclic(old, ia, ib)
        _cover(old_cover, ia, ib)
        stretches.append(Stretch(old_path, new_path))
    if not np.all(old_cover == 1):
        return None
    return Alignment(tuple(stretches), count / max(n, m))


def _cyclic(xy: np.ndarray, a: int, b: int) -> np.ndarray:
    """Vertices a..b inclusive walking forward around a ring."""
    if b > a:
        return xy[a:b + 1]
    return np.concatenate([xy[a:], xy[:b + 1]])


def _cover(cover: np.ndarray, a: int, b: int) -> None:
    """Count the old segments a..b-1 (cyclic) as covered by a stretch."""
    if b > a:
        cover[a:b] += 1
    else:
        cover[a:] += 1
        cover[:b] += 1


def align_lines(old: np.ndarray, new: np.ndarray) -> Alignment | None:
    """Changed stretches between two cleaned lines, or None.

    The new line is flipped when it is drawn in the opposite direction. The open ends give
    head and tail stretches whose paths start (end) at the lines' own end points.
    """
    if len(old) < 2 or len(new) < 2:
        return None
    best = None
    for candidate in (new, new[::-1]):
        result = _align_open(old, np.ascontiguousarray(candidate))
        if result is not None and (best is None or result.shared_fraction > best.shared_fraction):
            best = result
    return best


def _align_open(old: np.ndarray, new: np.ndarray) -> Alignment | None:
    n, m = len(old), len(new)
    idx = _positions(old, new)
    if idx is None or _repeats(idx, n):
        return None
    unchanged = (idx[:-1] >= 0) & (idx[1:] >= 0) & (idx[1:] == idx[:-1] + 1)
    count = int(unchanged.sum())
    if count == 0:
        return None
    shared_fraction = count / (max(n, m) - 1)
    old_cover = np.zeros(n - 1, dtype=np.int32)
    old_cover[idx[:-1][unchanged]] += 1
    stretches = []
    for rs, re in _runs(~unchanged):
        # segments rs..re-1 of the new line changed: vertices rs..re
        head, tail = rs == 0, re == m - 1
        ia = 0 if head else int(idx[rs])
        ib = n - 1 if tail else int(idx[re])
        if ia < 0 or ib < 0 or ib < ia:
            return None
        old_cover[ia:ib] += 1
        stretches.append(Stretch(old[ia:ib + 1], new[rs:re + 1]))
    # an end of the old line beyond the shared runs, where the new line ends on an anchor
    first, last = int(np.argmax(unchanged)), m - 2 - int(np.argmax(unchanged[::-1]))
    if int(idx[first]) > 0 and first == 0:
        old_cover[: idx[first]] += 1
        stretches.insert(0, Stretch(old[: idx[first] + 1], new[:1]))
    if int(idx[last + 1]) < n - 1 and last + 1 == m - 1:
        old_cover[idx[last + 1]:] += 1
        stretches.append(Stretch(old[idx[last + 1]:], new[m - 1:]))
    if not np.all(old_cover == 1):
        return None
    return Alignment(tuple(stretches), shared_fraction)
