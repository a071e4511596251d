"""The directed Hausdorff distance between paths and a set of segments, in a metric frame.

The directed distance from paths A to segments B is the largest distance from a point of A to
its nearest point on B. Distances from a point to B are exact (point-to-segment, the nearest
segment found through an STRtree), and the maximum over A is found by branch and bound: the
distance to B is 1-Lipschitz along A, so a piece of A whose end distances are d0 and d1 and
whose length is L cannot hold a value above (d0 + d1 + L) / 2. Pieces whose bound exceeds the
best value found so far (plus ``TOLERANCE_M``) are halved until none does: the result is
within ``TOLERANCE_M`` of the true maximum, not a sample of it.

Large inputs (``COARSE_MIN`` points and segments or more) go coarse to fine, so the work grows
as n log n instead of with the number of points times the density of B near them (a point
kilometres from a densely sampled boundary makes the nearest-segment search visit thousands
of segments): B is simplified (Douglas-Peucker, ``COARSE_EPS_M``: every point of B is within
that distance of the simplified B' and back, so d(p, B') bounds d(p, B) from both sides),
every ``COARSE_STEP``-th vertex of A is measured against B', and only the pieces of A whose
Lipschitz bound could beat the best exact value are measured further, vertex by vertex against
B' and then exactly against B. The last stage, the halving of single segments, is the exact
search above on the segments that are left; the guarantee is the same.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import shapely

#: The largest displacement is found to within this many metres.
TOLERANCE_M = 0.5
#: Inputs at least this large (points of A and segments of B) are searched coarse to fine.
COARSE_MIN = 2_000
#: Tolerance of the simplified B used for bounds (metres).
COARSE_EPS_M = TOLERANCE_M / 8
#: One vertex of A in this many is measured first.
COARSE_STEP = 32


def segments(paths_m: list[np.ndarray]) -> np.ndarray:
    """(s, 2, 2) array of the paths' segments (a lone point becomes a zero-length segment)."""
    parts = []
    for p in paths_m:
        if len(p) == 1:
            parts.append(np.stack([p, p], axis=1))
        else:
            parts.append(np.stack([p[:-1], p[1:]], axis=1))
    return np.concatenate(parts) if parts else np.empty((0, 2, 2))


def nearest_on(points: np.ndarray, segs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each point, the distance to the nearest segment and the nearest point on it."""
    d, q, _ = _Nearest(segs)(points)
    return d, q


def _project(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The point of each segment a-b nearest to p (row by row, or broadcast)."""
    ab = b - a
    denom = (ab * ab).sum(axis=-1)
    safe = np.where(denom > 0, denom, 1.0)
    t = np.clip(((p - a) * ab).sum(axis=-1) / safe, 0.0, 1.0)
    t = np.where(denom > 0, t, 0.0)
    nearest: np.ndarray = a + t[..., None] * ab
    return nearest


class _Nearest:
    """Nearest segment of a fixed set, for batches of query points.

    A small batch (few points times segments) is searched by brute force in blocks (a
    points x segments matrix); a larger one through an STRtree of the segments, built on
    first use and kept for the next batches. Measured on the diffs of moved zones and lines
    (points x segments, brute force / tree with its building): 20k pairs 0.27 / 0.18 ms,
    115k 2.4 / 1.1 ms, 620k (2,421 x 256) 12.5 / 4.4 ms, 5.8M 93 / 5.4 ms; below ~15k
    pairs (a few points against a window) the tree's building costs more than the search.
    """

    #: Batches of at most this many point-segment pairs are searched by brute force.
    BRUTE_PAIRS = 15_000

    def __init__(self, segs: np.ndarray) -> None:
        self.segs = segs
        self._tree: shapely.STRtree | None = None

    def __call__(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(distance, nearest point, index of the nearest segment) per point."""
        if len(points) * len(self.segs) <= self.BRUTE_PAIRS:
            which = _brute_nearest(points, self.segs)
        else:
            if self._tree is None:
                self._tree = shapely.STRtree(_lines(self.segs))
            idx = self._tree.query_nearest(shapely.points(points), all_matches=False)
            which = np.empty(len(points), dtype=np.int64)
            which[idx[0]] = idx[1]
        q = _project(points, self.segs[which, 0], self.segs[which, 1])
        return np.hypot(*(points - q).T), q, which

    def distance_to(self, points: np.ndarray, which: np.ndarray) -> np.ndarray:
        """Distance from each point to the given segment (by index)."""
        q = _project(points, self.segs[which, 0], self.segs[which, 1])
        distance: np.ndarray = np.hypot(*(points - q).T)
        return distance


def _brute_nearest(points: np.ndarray, segs: np.ndarray) -> np.ndarray:
    """Index of the nearest segment of each point, by a points x segments matrix in blocks.

    ``_project`` and the distance written out per coordinate: the very same operations in
    the same order (a sum over two terms is their plain sum), so the same bits, without the
    (points, segments, 2) temporaries and their reductions over an axis of two.
    """
    which = np.empty(len(points), dtype=np.int64)
    ax, ay = segs[:, 0, 0], segs[:, 0, 1]
    abx, aby = segs[:, 1, 0] - ax, segs[:, 1, 1] - ay
    denom = abx * abx + aby * aby
    degenerate = ~(denom > 0)
    safe = np.where(degenerate, 1.0, denom)
    block = max(1, 200_000 // max(1, len(segs)))
    for lo in range(0, len(points), block):
        px, py = points[lo:lo + block, 0:1], points[lo:lo + block, 1:2]
        t = np.clip(((px - ax) * abx + (py - ay) * aby) / safe, 0.0, 1.0)
        if degenerate.any():
            t = np.where(degenerate, 0.0, t)
        dist = np.hypot(px - (ax + t * abx), py - (ay + t * aby))
        which[lo:lo + block] = np.argmin(dist, axis=1)
    return which


def _lines(segs: np.ndarray) -> np.ndarray:
    """One two-point line per row of ``segs`` (n, 2, 2), as an array of geometries."""
    lines = shapely.linestrings(segs)
    assert isinstance(lines, np.ndarray)  # (n, 2, 2) coordinates: n lines
    return lines


def _segment_keys(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Direction-free keys of segments, exact on the coordinates' bits."""
    swap = (a[:, 0] > b[:, 0]) | ((a[:, 0] == b[:, 0]) & (a[:, 1] > b[:, 1]))
    lo = np.where(swap[:, None], b, a)
    hi = np.where(swap[:, None], a, b)
    packed = np.ascontiguousarray(np.hstack([lo, hi]))
    return packed.view(np.dtype((np.void, packed.dtype.itemsize * 4))).ravel()


def _member(keys: np.ndarray, pool: np.ndarray) -> np.ndarray:
    """``np.isin(keys, pool)`` for the byte keys of ``_segment_keys``, by sorting and binary
    search (``np.isin`` would import ``numpy.ma``, ~10 ms, on every diff)."""
    if not len(keys) or not len(pool):
        return np.zeros(len(keys), dtype=bool)
    ordered = np.sort(pool)
    at = np.searchsorted(ordered, keys)
    at[at == len(ordered)] = 0
    found: np.ndarray = ordered[at] == keys
    return found


class Witness(NamedTuple):
    """The farthest point ``p`` of one boundary, its distance ``d`` (m, planar) to the other,
    and the other boundary's nearest segment ``a``-``b`` (all in the metric frame)."""

    d: float
    p: np.ndarray
    a: np.ndarray
    b: np.ndarray


NO_WITNESS = Witness(0.0, np.zeros(2), np.zeros(2), np.zeros(2))


def directed_exact(paths_m: list[np.ndarray], segs_m: np.ndarray) -> Witness:
    """Directed Hausdorff from the paths to the segments, by branch and bound (see module doc).

    Returns (distance m, the farthest point of the paths, its nearest point on the segments).
    A path segment that is itself one of ``segs_m`` (a shared segment) is at distance 0
    everywhere and is not searched. For the others, two bounds prune the search: the
    Lipschitz bound (d0 + d1 + L) / 2, and convexity — the distance from a point moving along
    a segment to one fixed segment is convex, so it never exceeds its larger end value; the
    nearest segment of either end gives such a bound.
    """
    pts = np.vstack(paths_m) if paths_m else np.empty((0, 2))
    if len(pts) == 0 or len(segs_m) == 0:
        return NO_WITNESS
    near = _Nearest(segs_m)
    d, _, w = near(pts)
    i = int(np.argmax(d))
    best, best_p, best_w = float(d[i]), pts[i], int(w[i])
    starts, ends, d0, d1, w0, w1 = [], [], [], [], [], []
    offset = 0
    for p in paths_m:
        k = len(p)
        if k > 1:
            starts.append(p[:-1])
            ends.append(p[1:])
            d0.append(d[offset:offset + k - 1])
            d1.append(d[offset + 1:offset + k])
            w0.append(w[offset:offset + k - 1])
            w1.append(w[offset + 1:offset + k])
        offset += k
    if not starts:
        return Witness(best, best_p, segs_m[best_w, 0], segs_m[best_w, 1])
    a, b = np.vstack(starts), np.vstack(ends)
    da, db = np.concatenate(d0), np.concatenate(d1)
    wa, wb = np.concatenate(w0), np.concatenate(w1)
    shared = _member(_segment_keys(a, b), _segment_keys(segs_m[:, 0], segs_m[:, 1]))
    a, b, da, db, wa, wb = a[~shared], b[~shared], da[~shared], db[~shared], wa[~shared], \
        wb[~shared]
    return _halve(near, segs_m, a, b, da, db, wa, wb, Witness(best, best_p, best_p, best_p),
                  best_w)


def _halve(near: _Nearest, segs_m: np.ndarray, a: np.ndarray, b: np.ndarray, da: np.ndarray,
           db: np.ndarray, wa: np.ndarray, wb: np.ndarray, found: Witness,
           best_w: int) -> Witness:
    """The halving stage: segments a-b of A with exact end distances da, db (nearest
    segments wa, wb), searched until no segment can beat the best by ``TOLERANCE_M``."""
    best, best_p = found.d, found.p
    while len(a):
        length = np.hypot(*(b - a).T)
        bound = (da + db + length) / 2.0
        bound = np.minimum(bound, np.maximum(da, near.distance_to(b, wa)))
        bound = np.minimum(bound, np.maximum(db, near.distance_to(a, wb)))
        keep = bound > best + TOLERANCE_M
        a, b, da, db, wa, wb = a[keep], b[keep], da[keep], db[keep], wa[keep], wb[keep]
        if not len(a):
            break
        mid = (a + b) / 2.0
        dm, _, wm = near(mid)
        i = int(np.argmax(dm))
        if dm[i] > best:
            best, best_p, best_w = float(dm[i]), mid[i], int(wm[i])
        a, b = np.vstack([a, mid]), np.vstack([mid, b])
        da, db = np.concatenate([da, dm]), np.concatenate([dm, db])
        wa, wb = np.concatenate([wa, wm]), np.concatenate([wm, wb])
    return Witness(best, best_p, segs_m[best_w, 0], segs_m[best_w, 1])


def directed(paths_m: list[np.ndarray], segs_m: np.ndarray) -> Witness:
    """Directed Hausdorff from the paths to the segments (see the module doc): the exact
    search for small inputs, coarse to fine for large ones, with the same guarantee."""
    count = sum(len(p) for p in paths_m)
    if count < COARSE_MIN or len(segs_m) < COARSE_MIN:
        return directed_exact(paths_m, segs_m)
    return directed_coarse(paths_m, segs_m)


def simplified_segments(segs_m: np.ndarray, eps: float) -> np.ndarray:
    """``segs_m`` joined into chains where one segment ends where the next starts, each
    chain simplified (Douglas-Peucker, ``eps``): every point of the result lies within ``eps``
    of the original and every point of the original within ``eps`` of the result."""
    if not len(segs_m):
        return segs_m
    breaks = np.flatnonzero(np.any(segs_m[1:, 0] != segs_m[:-1, 1], axis=1)) + 1
    starts = np.concatenate([[0], breaks])
    ends = np.concatenate([breaks, [len(segs_m)]])
    chain = np.repeat(np.arange(len(starts)), ends - starts + 1)
    # each chain: its segments' starts and its last segment's end
    coords = np.insert(segs_m[:, 0], ends, segs_m[ends - 1, 1], axis=0)
    lines = shapely.linestrings(coords, indices=chain)
    simple = shapely.simplify(lines, eps, preserve_topology=False)
    xy, idx = shapely.get_coordinates(simple, return_index=True)
    same = idx[1:] == idx[:-1]
    return np.stack([xy[:-1][same], xy[1:][same]], axis=1)


def directed_coarse(paths_m: list[np.ndarray], segs_m: np.ndarray) -> Witness:
    """Directed Hausdorff for large inputs, coarse to fine (see the module doc)."""
    paths = [p for p in paths_m if len(p)]
    if not paths or len(segs_m) == 0:
        return NO_WITNESS
    eps = COARSE_EPS_M
    coarse = _Nearest(simplified_segments(segs_m, eps))
    exact = _Nearest(segs_m)
    pts = np.vstack(paths)
    n = len(pts)
    path_id = np.repeat(np.arange(len(paths)), [len(p) for p in paths])
    first = np.concatenate([[0], np.cumsum([len(p) for p in paths])[:-1]])
    last = first + np.array([len(p) for p in paths]) - 1
    # arc length along each path
    step = np.zeros(n)
    step[1:] = np.hypot(*(pts[1:] - pts[:-1]).T)
    step[first] = 0.0
    arc = np.cumsum(step)
    # 1. samples: every COARSE_STEP-th vertex and each path's ends, against B'
    sample = np.zeros(n, dtype=bool)
    for f, la in zip(first, last, strict=True):
        sample[f:la + 1:COARSE_STEP] = True
        sample[la] = True
    s_idx = np.flatnonzero(sample)
    upper = np.full(n, np.inf)
    upper[s_idx] = coarse(pts[s_idx])[0] + eps
    # the best exact value so far: at the sample that looks farthest
    top = s_idx[int(np.argmax(upper[s_idx]))]
    d_top, _, w_top = exact(pts[top:top + 1])
    best, best_p, best_w = float(d_top[0]), pts[top], int(w_top[0])
    # 2. pieces between consecutive samples of one path that may hold more
    lo, hi = s_idx[:-1], s_idx[1:]
    same_path = path_id[lo] == path_id[hi]
    lo, hi = lo[same_path], hi[same_path]
    bound = (upper[lo] + upper[hi] + (arc[hi] - arc[lo])) / 2.0
    open_piece = bound > best + TOLERANCE_M
    inner = np.zeros(n, dtype=bool)
    for a, b in zip(lo[open_piece].tolist(), hi[open_piece].tolist(), strict=True):
        inner[a + 1:b] = True
    v_idx = np.flatnonzero(inner)
    if len(v_idx):
        upper[v_idx] = coarse(pts[v_idx])[0] + eps
    # 3. vertices that may beat the best, measured exactly
    measured = np.isfinite(upper)
    exact_d = np.full(n, -1.0)
    exact_w = np.full(n, -1, dtype=np.int64)
    cand = np.flatnonzero(measured & (upper > best))
    if len(cand):
        d, _, w = exact(pts[cand])
        exact_d[cand], exact_w[cand] = d, w
        i = int(np.argmax(d))
        if d[i] > best:
            best, best_p, best_w = float(d[i]), pts[cand[i]], int(w[i])
    # 4. segments of A whose Lipschitz bound (upper bounds at the ends) still beats the best
    a_i = np.arange(n - 1)
    a_i = a_i[path_id[a_i] == path_id[a_i + 1]]
    a_i = a_i[measured[a_i] & measured[a_i + 1]]
    seg_len = step[a_i + 1]
    seg_bound = (upper[a_i] + upper[a_i + 1] + seg_len) / 2.0
    a_i = a_i[seg_bound > best + TOLERANCE_M]
    if len(a_i):
        # (return_index only so that numpy does not import numpy.ma, ~10 ms, to check
        # for a masked array)
        ends = np.unique(np.concatenate([a_i, a_i + 1]), return_index=True)[0]
        todo = ends[exact_w[ends] < 0]
        if len(todo):
            d, _, w = exact(pts[todo])
            exact_d[todo], exact_w[todo] = d, w
            i = int(np.argmax(d))
            if d[i] > best:
                best, best_p, best_w = float(d[i]), pts[todo[i]], int(w[i])
        a, b = pts[a_i], pts[a_i + 1]
        shared = _member(_segment_keys(a, b), _segment_keys(segs_m[:, 0], segs_m[:, 1]))
        keep = ~shared
        a_i = a_i[keep]
        return _halve(exact, segs_m, pts[a_i], pts[a_i + 1], exact_d[a_i], exact_d[a_i + 1],
                      exact_w[a_i], exact_w[a_i + 1], Witness(best, best_p, best_p, best_p),
                      best_w)
    return Witness(best, best_p, segs_m[best_w, 0], segs_m[best_w, 1])
