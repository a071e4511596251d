"""Where the vertices and segments of a large geometry lie: its rows in runs, each with a box.

Picking a vertex under the pointer, snapping onto a boundary and the incremental validity
check all ask "which vertices (or segments) of this zone lie near here?". Scanning a
million-vertex array answers in milliseconds, every time. A ``RunIndex`` cuts the flat rows
(``core.flatgeom``) into runs of at most ``RUN`` consecutive rows of one ring and keeps, per
run, the box of its rows *and of the row after its last one* (the end of its last segment,
wrapping to the ring's first row on a polygon): so the box of every segment lies in the box
of the run holding its first row, and a query looks at the few runs whose box meets its own.

An edit changes a stretch of rows (``geompatch.Patch``); ``updated`` derives the new index
from the old one by recomputing only the runs around the stretch (and the last run of a ring
whose first row changed) and shifting the others: the boxes of untouched runs stay exact
because their rows, and the rows after them, are the same values under new numbers.

>>> from shapely import Polygon
>>> from zoneeditor.core.flatgeom import flatten
>>> idx = build_runs(flatten(Polygon([(0, 0), (4, 0), (4, 4), (0, 4)])), run=2)
>>> idx.starts.tolist(), idx.boxes.tolist()
([0, 2], [[0.0, 0.0, 4.0, 4.0], [0.0, 0.0, 4.0, 4.0]])
>>> idx.vertices_in(3.5, -1, 5, 1).tolist()
[1]
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import geompatch as gp
from zoneeditor.core.flatgeom import Flat

#: Rows per run: a query then looks at a few hundred rows per run it meets.
RUN = 256
#: Geometries with fewer rows are searched by scanning their rows (as quick as the index).
MIN_ROWS = 4096


@dataclass(frozen=True, eq=False)
class RunIndex:
    """Runs of the rows of ``flat``: ``starts`` (ascending, every ring's first row among them)
    partition the rows; ``boxes`` (k, 4) are min x, min y, max x, max y of each run's rows and
    of the row after its last; ``run`` is the length runs are cut to."""

    flat: Flat
    starts: np.ndarray
    boxes: np.ndarray
    run: int = RUN

    @cached_property
    def stops(self) -> np.ndarray:
        """Row after the last row of each run."""
        return np.append(self.starts[1:], len(self.flat.coords)).astype(np.int64)

    def runs_meeting(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        """The runs whose box meets the box (x0, y0)-(x1, y1), ascending."""
        b = self.boxes
        return np.flatnonzero((b[:, 0] <= x1) & (b[:, 2] >= x0) & (b[:, 1] <= y1)
                              & (b[:, 3] >= y0))

    def rows_of(self, runs: np.ndarray) -> np.ndarray:
        """Every row of the given (ascending) runs, ascending."""
        if not len(runs):
            return np.empty(0, np.int64)
        first, last = self.starts[runs], self.stops[runs]
        lengths = last - first
        steps = np.ones(int(lengths.sum()), np.int64)
        steps[0] = first[0]
        ends = np.cumsum(lengths)[:-1]
        steps[ends] = first[1:] - last[:-1] + 1
        rows: np.ndarray = np.cumsum(steps)
        return rows

    def vertices_in(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        """Rows whose vertex lies in the closed box (x0, y0)-(x1, y1), ascending: what a scan
        of every row would find."""
        rows = self.rows_of(self.runs_meeting(x0, y0, x1, y1))
        c = self.flat.coords
        x, y = c[rows, 0], c[rows, 1]
        found: np.ndarray = rows[(x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)]
        return found

    def vertices_near(self, x: float, y: float, tol: float) -> np.ndarray:
        """Rows whose vertex lies within ``tol`` of (x, y) in both directions, by the test a
        scan makes (``abs(vx - x) <= tol``), among the runs of a slightly larger box (its
        edges are rounded sums): exactly the rows a scan of every row would find."""
        pad = tol * (1 + 1e-9) + 1e-12 * max(1.0, abs(x), abs(y))
        rows = self.rows_of(self.runs_meeting(x - pad, y - pad, x + pad, y + pad))
        c = self.flat.coords
        found: np.ndarray = rows[(np.abs(c[rows, 0] - x) <= tol) & (np.abs(c[rows, 1] - y) <= tol)]
        return found

    def segments_meeting(self, x0: float, y0: float, x1: float, y1: float
                         ) -> tuple[np.ndarray, np.ndarray]:
        """(first rows, next rows) of every segment whose box meets the box (x0, y0)-(x1, y1),
        in row order: every segment that can come within the box, and a few more."""
        rows = self.rows_of(self.runs_meeting(x0, y0, x1, y1))
        nxt = next_rows(self.flat, rows)
        if not self.flat.closed:
            keep = nxt != rows  # a line's last vertex starts no segment
            rows, nxt = rows[keep], nxt[keep]
        c = self.flat.coords
        ax, ay, bx, by = c[rows, 0], c[rows, 1], c[nxt, 0], c[nxt, 1]
        meet = ((np.minimum(ax, bx) <= x1) & (np.maximum(ax, bx) >= x0)
                & (np.minimum(ay, by) <= y1) & (np.maximum(ay, by) >= y0))
        return rows[meet], nxt[meet]


def next_rows(flat: Flat, rows: np.ndarray) -> np.ndarray:
    """The row after each row in its ring: the ring's first after its last on a polygon, the
    row itself for a line's last row."""
    off = flat.offsets
    ring = np.searchsorted(off, rows, side="right") - 1
    nxt = rows + 1
    wrap = nxt == off[ring + 1]
    nxt[wrap] = off[ring[wrap]] if flat.closed else rows[wrap]
    return nxt


def _cut(flat: Flat, start: int, stop: int, run: int) -> np.ndarray:
    """Run starts covering rows start..stop: cut at every ring's first row, then every
    ``run`` rows."""
    off = flat.offsets
    inner = off[(off > start) & (off < stop)]
    bounds = np.concatenate([[start], inner, [stop]]).astype(np.int64)
    lengths = np.diff(bounds)
    counts = (lengths + run - 1) // run
    first = np.repeat(bounds[:-1], counts)
    before = np.repeat(np.cumsum(counts) - counts, counts)
    starts: np.ndarray = first + (np.arange(int(counts.sum()), dtype=np.int64) - before) * run
    return starts


def _boxes(flat: Flat, starts: np.ndarray, stops: np.ndarray) -> np.ndarray:
    """Boxes of consecutive runs (``stops[i] == starts[i + 1]``): their rows and the row after
    each run's last. NaN coordinates are left out (``fmin``), as a scan never finds them."""
    if not len(starts):
        return np.empty((0, 4))
    lo = int(starts[0])
    xy = flat.coords[lo:int(stops[-1]), :2]
    rel = starts - lo
    low = np.fmin.reduceat(xy, rel, axis=0)
    high = np.fmax.reduceat(xy, rel, axis=0)
    after = flat.coords[next_rows(flat, stops - 1), :2]
    return np.column_stack([np.fmin(low, after), np.fmax(high, after)])


def build_runs(flat: Flat, run: int | None = None) -> RunIndex:
    """The index of ``flat`` made from scratch (one pass over the rows); runs of ``run`` rows
    (default ``RUN``)."""
    run = RUN if run is None else run
    starts = _cut(flat, 0, len(flat.coords), run)
    stops = np.append(starts[1:], len(flat.coords)).astype(np.int64)
    return RunIndex(flat, starts, _boxes(flat, starts, stops), run)


def updated(index: RunIndex, patch: gp.Patch, new: Flat) -> RunIndex:
    """The index of ``new`` = ``index.flat`` with ``patch`` applied, recomputing only the runs
    around the patched rows (and the last run of each ring the patch touches, whose box
    holds the ring's first row); the others keep their boxes under shifted row numbers."""
    old = index.flat
    n_old = len(old.coords)
    a, b = patch.start, patch.stop
    delta = len(patch.rows) - (b - a)
    if n_old + delta != len(new.coords) or n_old == 0:
        raise ValueError("the patch does not belong to the indexed geometry")
    starts, stops = index.starts, index.stops
    lo, hi = max(a - 1, 0), min(b, n_old - 1)
    r0 = int(np.searchsorted(starts, lo, side="right") - 1)
    r1 = int(np.searchsorted(starts, hi, side="right") - 1)
    touched = set(range(r0, r1 + 1))
    rings = set(range(old.ring_of(lo), old.ring_of(hi) + 1)) | {r for r, _ in patch.sizes}
    for ring in rings:
        touched.add(int(np.searchsorted(starts, old.offsets[ring + 1], side="left") - 1))
    redo = np.array(sorted(touched), np.int64)
    keep = np.ones(len(starts), bool)
    keep[redo] = False
    kept = starts[keep]
    kept = np.where(kept > a, kept + delta, kept)
    parts_s, parts_b = [kept], [index.boxes[keep]]
    groups = np.split(redo, np.flatnonzero(np.diff(redo) > 1) + 1)
    for g in groups:
        s, e = int(starts[g[0]]), int(stops[g[-1]])
        s2 = s if s <= a else s + delta
        e2 = e + delta if e >= b else e
        if e2 <= s2:
            continue
        fresh = _cut(new, s2, e2, index.run)
        fresh_stops = np.append(fresh[1:], e2).astype(np.int64)
        parts_s.append(fresh)
        parts_b.append(_boxes(new, fresh, fresh_stops))
    all_starts = np.concatenate(parts_s)
    order = np.argsort(all_starts, kind="stable")
    return RunIndex(new, all_starts[order], np.concatenate(parts_b)[order], index.run)


def runs_of(geometry: BaseGeometry, min_rows: int | None = None) -> RunIndex | None:
    """The index of ``geometry``'s rows, remembered with its facts (None when it has no flat
    form or fewer than ``min_rows`` rows, default ``MIN_ROWS``). Derived from the index of
    the geometry it was edited from when that is remembered (``geompatch.built(...,
    origin=)``), else built."""
    if shapely.get_num_coordinates(geometry) < (MIN_ROWS if min_rows is None else min_rows):
        return None  # before any record is made: small geometries stay out of the memo
    known = gp.facts(geometry)
    if known.runs is not None:
        return known.runs
    flat = known.flat
    if flat is None:
        return None
    found = None
    sources = [known.origin] if known.origin is not None else []
    sources += [(a.ref, a.patch) for a in known.lineage]
    for ref, patch in sources:
        parent = ref()
        was = gp.known_facts(parent) if parent is not None else None
        if was is not None and was.runs is not None:
            found = updated(was.runs, patch, flat)
            break
    known.runs = found if found is not None else build_runs(flat)
    return known.runs


def carry_runs(parent: BaseGeometry, child: BaseGeometry) -> None:
    """Derive the index of ``child`` (built from ``parent`` with ``geompatch.built(...,
    origin=)``) now, when ``parent`` has one: later the parent may be gone."""
    was = gp.known_facts(parent)
    if was is not None and was.runs is not None:
        runs_of(child, min_rows=0)
