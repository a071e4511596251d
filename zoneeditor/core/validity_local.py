"""Incremental validity: is a zone still valid after an edit changed a stretch of one ring?

GEOS's full check of a 1,000,000-vertex zone costs from milliseconds to seconds depending on
its shape; an edit changes a handful of vertices. ``local_verdict(before, after)`` decides
from the changed stretch and its neighbourhood alone, when it can prove the answer, and says
``UNSURE`` otherwise (the caller then runs GEOS's full check, which is always right).

The edit, in the terms of ``geompatch``: one ring R of a valid zone G keeps every vertex except
a contiguous stretch. Let P and Q be the unchanged vertices just before and after it (the
*anchors*), O the old path P → removed vertices → Q and N the new path P → new vertices → Q;
U = R minus the open stretch is common to R and the new ring R' (R = U ∪ O, R' = U ∪ N). G'
is G with R replaced by R'. The check establishes, with exact predicates:

(C1) G is valid (it passed the full check before, remembered by ``geompatch.facts``);
(C2) every new vertex is finite and within longitude/latitude range, no new segment has zero
     length, and at least two vertices of R are unchanged;
(C3) every segment of N meets no segment of G' except the segments adjacent to it in R',
     and those only at their shared vertex;
(C4) no segment of O meets any ring other than R (not even touching it);
(C5) for every other ring S with a vertex in the bounding box of O ∪ N, the winding number of
     the closed path O followed by N reversed around one vertex of S is zero.

**Claim**: under (C1)-(C5), G' is valid. Proof. (i) R' is simple: segments of U do not meet
except as neighbours (R was simple, G being valid; GEOS rejects self-touching rings) and
their adjacencies are unchanged (at least one new segment separates the two that neighboured
the stretch); the segments of N meet nothing but their neighbours, at shared vertices (C3).
R' has at least three vertices and is not collinear (a closed simple polyline cannot be).
(ii) For any other ring S: S ∩ N = ∅ (C3) and S ∩ O = ∅ (C4), so R' ∩ S = U ∩ S = R ∩ S,
and near every common point the two rings look the same (O and N are closed and miss it):
every touch point, and whether it touches or crosses, is unchanged. (iii) Let A, A' be the
interiors of R and R'. For x off R ∪ R', wind(R, x) − wind(R', x) = wind(O·N⁻¹, x) (the
common part U cancels), so A Δ A' ⊆ W := {x : wind(O·N⁻¹, x) ≠ 0} ∪ O ∪ N, a set inside the
bounding box of O ∪ N whose boundary lies in O ∪ N. S misses O ∪ N and is connected, so it
lies either wholly inside W or wholly outside; wholly inside would put all of its vertices in
the box with a nonzero winding number, which (C5) excludes. Hence S ∩ (A Δ A') = ∅: S lies
inside R' exactly when it lay inside R. (iv) R' itself lies on the same side of S as R:
N and O are connected, miss S and contain P, so they lie on P's side of S. (v) GEOS's
verdict on a polygonal geometry depends only on the coordinates being valid, each ring
having enough points and being simple, the intersection points between rings with their
local configuration (touch or cross), and which ring lies inside which (holes in their
shell, holes not nested, shells not nested, interior connected: a cycle of touches). By
(i)-(iv) all of these are the same for G' as for G, which is valid. ∎

The converse direction is used for a quick refusal: if (C2) holds and a segment of N
*properly crosses* some segment of G' (interiors cross, no endpoint on the other), and no
segment of N touches anything in any other way, then G' is invalid and every invalid
intersection of G' is such a proper crossing (all intersections among unchanged segments
were valid ones in G), so GEOS reports "Self-intersection" at one of them: the verdict
carries them all. Anything else — a touch, a collinear overlap, a ring the stretch sweeps
over — is ``UNSURE``.

Predicates are exact: orientations are computed in floating point with Shewchuk's error
bound, and the few that fall within it are recomputed in rational arithmetic
(``fractions.Fraction`` represents every double exactly). The neighbourhood is every
segment whose box meets the box B of O ∪ N (a segment meeting O or N has a point in B, so
none is missed; more segments only cost time) and every vertex in B. Edits find them through
the index of the new zone (``core.vertex_runs``: runs of rows whose boxes hold the box of
every segment starting in them; derived from the previous zone's index, so no step walks
every vertex); without an index, by a vectorised scan of the vertices within B widened by the
largest segment width and height of the zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

import numpy as np
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import geompatch as gp
from zoneeditor.core.vertex_runs import RunIndex, runs_of


class Outcome(Enum):
    """What the incremental check could prove."""

    VALID = "valid"
    INVALID = "invalid"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Verdict:
    """The outcome; for INVALID the GEOS reason and every point where it applies."""

    outcome: Outcome
    reason: str = ""
    points: tuple[tuple[float, float], ...] = ()
    extent: tuple[float, float] | None = None  # segment extent bound of the new geometry


UNSURE = Verdict(Outcome.UNSURE)

#: Shewchuk's ccwerrboundA, (3 + 16 eps) eps with eps = 2**-53, doubled for safety.
_ERRBOUND = 2.0 * (3.0 + 16.0 * 2.0 ** -53) * 2.0 ** -53


# -- exact predicates -------------------------------------------------------------------------
def _orient_exact(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> int:
    ax, ay, bx, by, cx, cy = (Fraction(float(v)) for v in (*a, *b, *c))
    det = (ax - cx) * (by - cy) - (ay - cy) * (bx - cx)
    return (det > 0) - (det < 0)


def orient(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Exact sign (-1, 0, 1) of the orientation of each triple (rows of (n, 2) arrays)."""
    left = (a[:, 0] - c[:, 0]) * (b[:, 1] - c[:, 1])
    right = (a[:, 1] - c[:, 1]) * (b[:, 0] - c[:, 0])
    det = left - right
    bound = _ERRBOUND * (np.abs(left) + np.abs(right))
    sign: np.ndarray = np.sign(det).astype(np.int8)
    unsure = ~(np.abs(det) > bound)
    for i in np.flatnonzero(unsure):
        sign[i] = _orient_exact(a[i], b[i], c[i])
    return sign


def _dot_sign_exact(u: np.ndarray, v: np.ndarray, w: np.ndarray) -> int:
    """Sign of (u - v) . (w - v), exactly."""
    ux, uy, vx, vy, wx, wy = (Fraction(float(t)) for t in (*u, *v, *w))
    d = (ux - vx) * (wx - vx) + (uy - vy) * (wy - vy)
    return (d > 0) - (d < 0)


# Pair classes
DISJOINT, PROPER, TOUCH = 0, 1, 2


def classify(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray) -> np.ndarray:
    """For segment pairs (a_i, b_i), (c_i, d_i): DISJOINT, PROPER crossing, or TOUCH (any other
    contact: an endpoint on the other segment, collinear overlap)."""
    out = np.full(len(a), DISJOINT, dtype=np.int8)
    if not len(a):
        return out
    meet = ((np.minimum(a[:, 0], b[:, 0]) <= np.maximum(c[:, 0], d[:, 0]))
            & (np.minimum(c[:, 0], d[:, 0]) <= np.maximum(a[:, 0], b[:, 0]))
            & (np.minimum(a[:, 1], b[:, 1]) <= np.maximum(c[:, 1], d[:, 1]))
            & (np.minimum(c[:, 1], d[:, 1]) <= np.maximum(a[:, 1], b[:, 1])))
    idx = np.flatnonzero(meet)
    if not len(idx):
        return out
    a, b, c, d = a[idx], b[idx], c[idx], d[idx]
    o1, o2 = orient(a, b, c), orient(a, b, d)
    o3, o4 = orient(c, d, a), orient(c, d, b)
    apart = (o1 * o2 > 0) | (o3 * o4 > 0)
    proper = (o1 * o2 < 0) & (o3 * o4 < 0)
    cls = np.where(apart, DISJOINT, np.where(proper, PROPER, TOUCH)).astype(np.int8)
    out[idx] = cls
    return out


def crossing_point(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray
                   ) -> tuple[float, float]:
    """Where two properly crossing segments meet (floating point)."""
    r = b - a
    s = d - c
    den = r[0] * s[1] - r[1] * s[0]
    t = ((c[0] - a[0]) * s[1] - (c[1] - a[1]) * s[0]) / den
    p = a + t * r
    return float(p[0]), float(p[1])


def winding(loop: np.ndarray, p: np.ndarray) -> int | None:
    """Winding number of the closed path ``loop`` ((k, 2), last joins first) around ``p``;
    None when ``p`` lies on the path."""
    a = loop
    b = np.roll(loop, -1, axis=0)
    pts = np.broadcast_to(p, a.shape)
    o = orient(a, b, pts)
    on = ((o == 0)
          & (np.minimum(a[:, 0], b[:, 0]) <= p[0]) & (p[0] <= np.maximum(a[:, 0], b[:, 0]))
          & (np.minimum(a[:, 1], b[:, 1]) <= p[1]) & (p[1] <= np.maximum(a[:, 1], b[:, 1])))
    if on.any():
        return None
    up = (a[:, 1] <= p[1]) & (b[:, 1] > p[1]) & (o > 0)
    down = (a[:, 1] > p[1]) & (b[:, 1] <= p[1]) & (o < 0)
    return int(up.sum() - down.sum())


# -- the check --------------------------------------------------------------------------------
def segment_extent(flat: gp.Flat) -> tuple[float, float]:
    """The largest width and height of any segment of the zone (degrees)."""
    xy = flat.coords[:, :2]
    nxt = _next_rows(flat, np.arange(len(xy)))
    d = np.abs(xy[nxt] - xy)
    return float(d[:, 0].max()), float(d[:, 1].max())


def _next_rows(flat: gp.Flat, rows: np.ndarray) -> np.ndarray:
    """The row after each row in its ring (wrapping at the ring's end)."""
    off = flat.offsets
    ring = np.searchsorted(off, rows, side="right") - 1
    nxt = rows + 1
    wrap = nxt == off[ring + 1]
    nxt[wrap] = off[ring[wrap]]
    return nxt


def _prev_rows(flat: gp.Flat, rows: np.ndarray) -> np.ndarray:
    off = flat.offsets
    ring = np.searchsorted(off, rows, side="right") - 1
    prv = rows - 1
    wrap = rows == off[ring]
    prv[wrap] = off[ring[wrap] + 1] - 1
    return prv


def local_verdict(old: gp.Flat, new: gp.Flat, extent: tuple[float, float] | None = None,
                  patch: gp.Patch | None = None, runs: RunIndex | None = None) -> Verdict:
    """The verdict on ``new``, given that ``old`` is a valid zone (C1 is the caller's).

    The segments near the stretch are found through ``runs`` (the index of ``new``) when
    given, else by a scan of every vertex within ``extent`` (at least the width and height of
    every segment of ``old``; computed when None) of the stretch's box. ``patch``: a patch
    from ``old`` to ``new`` if known (else ``diff``), not necessarily the shortest one.
    """
    if not old.closed or old.dims not in (2, 3):
        return UNSURE
    if patch is None:
        patch = gp.diff(old, new)
    if patch is None:
        return UNSURE
    if patch.is_empty:
        return Verdict(Outcome.VALID, extent=extent)
    if patch.sizes:
        if len(patch.sizes) != 1:
            return UNSURE
        ring = patch.sizes[0][0]
    else:
        ring = old.ring_of(patch.start)
    o0, o1 = int(old.offsets[ring]), int(old.offsets[ring + 1])
    n0, n1 = int(new.offsets[ring]), int(new.offsets[ring + 1])
    k = len(patch.rows)
    if not (o0 <= patch.start and patch.stop <= o1 and n0 <= patch.start
            and patch.start + k <= n1):
        return UNSURE  # the change spans rings
    m_new = n1 - n0
    unchanged = m_new - k
    if unchanged < 2 or m_new < 3:
        return UNSURE
    rows = new.coords[patch.start:patch.start + k, :2]
    if len(rows):
        if not np.all(np.isfinite(rows)):
            return UNSURE  # the full check words it (and finds the first such coordinate)
        if np.any(np.abs(rows[:, 0]) > 180.0) or np.any(np.abs(rows[:, 1]) > 90.0):
            return UNSURE
    # anchors: rows in the new flat array
    local_start = patch.start - n0
    p_row = n0 + (local_start - 1) % m_new
    q_row = n0 + (local_start + k) % m_new
    xy_new = new.coords[:, :2]
    anchor_p, anchor_q = xy_new[p_row], xy_new[q_row]
    new_path = np.vstack([anchor_p, rows, anchor_q])
    old_path = np.vstack([anchor_p, old.coords[patch.start:patch.stop, :2], anchor_q])
    seg_len = np.abs(np.diff(new_path, axis=0)).max(axis=1)
    if np.any(seg_len == 0):
        return UNSURE
    # the neighbourhood: every segment of the new zone whose box meets the box B of O and N
    # (a segment meeting O or N has a point in B), and every vertex in B (for C5)
    both = np.vstack([new_path, old_path])
    x0, y0 = both.min(axis=0)
    x1, y1 = both.max(axis=0)
    new_ext = None
    if runs is not None:
        if runs.flat is not new:
            raise ValueError("the index is not the index of the new geometry")
        seg_rows, seg_next = runs.segments_meeting(x0, y0, x1, y1)
        inside_box = runs.vertices_in(x0, y0, x1, y1)
    else:
        if extent is None:
            extent = segment_extent(old)
        new_ext = (max(extent[0], float(np.abs(np.diff(new_path[:, 0])).max())),
                   max(extent[1], float(np.abs(np.diff(new_path[:, 1])).max())))
        ex, ey = new_ext
        x, y = xy_new[:, 0], xy_new[:, 1]
        near = np.flatnonzero((x >= x0 - ex) & (x <= x1 + ex) & (y >= y0 - ey)
                              & (y <= y1 + ey))
        seg_rows = np.unique(np.concatenate([near, _prev_rows(new, near)]))
        seg_next = _next_rows(new, seg_rows)
        inside_box = near[(x[near] >= x0) & (x[near] <= x1) & (y[near] >= y0)
                          & (y[near] <= y1)]
    ring_of_seg = np.searchsorted(new.offsets, seg_rows, side="right") - 1
    # (C3) new segments against the neighbourhood
    new_starts = np.concatenate([[p_row], np.arange(patch.start, patch.start + k)]).astype(
        np.int64)
    new_ends = _next_rows(new, new_starts)
    ns = len(new_starts)
    ms = len(seg_rows)
    ia = np.repeat(np.arange(ns), ms)
    ib = np.tile(np.arange(ms), ns)
    sa, sb = new_starts[ia], seg_rows[ib]
    keep = sa != sb
    ia, ib, sa, sb = ia[keep], ib[keep], sa[keep], sb[keep]
    ea, eb = new_ends[ia], seg_next[ib]
    cls = classify(xy_new[sa], xy_new[ea], xy_new[sb], xy_new[eb])
    adjacent = (ea == sb) | (eb == sa)
    problems = np.flatnonzero(cls != DISJOINT)
    proper_points: list[tuple[float, float]] = []
    touch = False
    for i in problems:
        if adjacent[i]:
            if not _adjacent_ok(xy_new, sa[i], ea[i], sb[i], eb[i]):
                touch = True
            continue
        if cls[i] == PROPER:
            proper_points.append(crossing_point(xy_new[sa[i]], xy_new[ea[i]],
                                                xy_new[sb[i]], xy_new[eb[i]]))
        else:
            touch = True
    if touch:
        return UNSURE
    if proper_points:
        return _invalid(new, ring, proper_points)
    # (C4) removed segments against other rings
    others = ring_of_seg != ring
    if others.any():
        o_rows, o_next = seg_rows[others], seg_next[others]
        oa = np.repeat(old_path[:-1], len(o_rows), axis=0)
        ob = np.repeat(old_path[1:], len(o_rows), axis=0)
        ca = np.tile(xy_new[o_rows], (len(old_path) - 1, 1))
        cb = np.tile(xy_new[o_next], (len(old_path) - 1, 1))
        if np.any(classify(oa, ob, ca, cb) != DISJOINT):
            return UNSURE
    # (C5) no other ring inside the swept region
    ring_of_near = np.searchsorted(new.offsets, inside_box, side="right") - 1
    other_rows = inside_box[ring_of_near != ring]
    if len(other_rows):
        _, first = np.unique(ring_of_near[ring_of_near != ring], return_index=True)
        loop = np.vstack([old_path, new_path[::-1][1:-1]])
        for row in other_rows[first]:
            if winding(loop, xy_new[row]) != 0:
                return UNSURE
    return Verdict(Outcome.VALID, extent=new_ext)


def _adjacent_ok(xy: np.ndarray, sa: int, ea: int, sb: int, eb: int) -> bool:
    """Two neighbouring segments meet only at their shared vertex (no spike back)."""
    if ea == sb:
        u, v, w = xy[sa], xy[ea], xy[eb]
    else:
        u, v, w = xy[sb], xy[eb], xy[ea]
    if (u == v).all() or (v == w).all():
        return True
    if _orient_exact(u, v, w) != 0:
        return True
    return _dot_sign_exact(u, v, w) <= 0


def _invalid(new: gp.Flat, ring: int, points: list[tuple[float, float]]) -> Verdict:
    """A proper crossing: invalid, provided GEOS's earlier checks (enough distinct points in
    the ring) pass; otherwise unsure."""
    o0, o1 = int(new.offsets[ring]), int(new.offsets[ring + 1])
    r = new.bits[o0:o1]
    distinct = int(np.count_nonzero((r != np.roll(r, 1, axis=0)).any(axis=1)))
    if distinct < 3:
        return UNSURE
    return Verdict(Outcome.INVALID, "Self-intersection", tuple(points))


def verdict(before: BaseGeometry, after: BaseGeometry) -> Verdict:
    """``local_verdict`` on two geometries, ``before`` assumed valid (facts remembered); the
    neighbourhood is found through the index of ``after`` (``vertex_runs``), which an edit
    derives from the index of ``before``."""
    old, new = gp.flat_of(before), gp.flat_of(after)
    if old is None or new is None:
        return UNSURE
    patch = gp.patch_between(before, after)
    if patch is None:
        return UNSURE
    return local_verdict(old, new, patch=patch, runs=runs_of(after, min_rows=0))
