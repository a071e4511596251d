"""How far a boundary moved: the Hausdorff distance between an old and a new boundary, in km.

The search runs in a local azimuthal equidistant projection (metres, centred on the old
feature's bounding box, so the full and the fast computation use the very same projection).
The directed distance from boundary A to boundary B is the largest distance from a point of A
to its nearest point on B. Distances from a point to B are exact (point-to-segment, the
nearest segment found through an STRtree: O(log m) per point instead of GEOS's O(n·m)
discrete Hausdorff), and the maximum over A is found by branch and bound: the distance to B
is 1-Lipschitz along A, so a segment of A whose end distances are d0 and d1 and whose length
is L cannot hold a value above (d0 + d1 + L) / 2. Segments whose bound exceeds the best value
found so far (plus ``TOLERANCE_M``) are halved until none does. The result is within
``TOLERANCE_M`` of the true maximum, not a sample of it.

The winning pair of points — the largest displacement — is then measured geodesically on
WGS84 with ``pyproj.Geod``; that is the number reported.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pyproj
import shapely

from zoneeditor.core.geodesy import GEOD

#: The largest displacement is found to within this many metres.
TOLERANCE_M = 0.5


@dataclass(frozen=True)
class Shift:
    """The largest displacement: its length in km and the two points (lon, lat) it joins."""

    km: float
    frm: tuple[float, float]
    to: tuple[float, float]


NO_SHIFT = Shift(0.0, (0.0, 0.0), (0.0, 0.0))


_LOCAL = threading.local()


def _transformers(lon0: float, lat0: float) -> tuple[pyproj.Transformer, pyproj.Transformer]:
    """Transformers to and from the aeqd frame at (lon0, lat0), cached per thread.

    pyproj Transformers must not be shared between threads (the panel computes the diff on a
    worker thread while print may compute one on the UI thread), so each thread has its own.
    """
    cache: dict = getattr(_LOCAL, "cache", None) or {}
    _LOCAL.cache = cache
    key = (lon0, lat0)
    if key not in cache:
        if len(cache) >= 32:
            cache.pop(next(iter(cache)))
        aeqd = pyproj.CRS.from_proj4(
            f"+proj=aeqd +lat_0={lat0} +lon_0={lon0} +ellps=WGS84 +units=m +no_defs"
        )
        wgs = pyproj.CRS.from_epsg(4326)
        cache[key] = (pyproj.Transformer.from_crs(wgs, aeqd, always_xy=True),
                      pyproj.Transformer.from_crs(aeqd, wgs, always_xy=True))
    return cache[key]


class LocalFrame:
    """A metric frame centred at (lon0, lat0) with array projections both ways."""

    def __init__(self, lon0: float, lat0: float) -> None:
        self.lon0, self.lat0 = round(lon0, 6), round(lat0, 6)
        self._fwd, self._inv = _transformers(self.lon0, self.lat0)

    def to_metres(self, xy: np.ndarray) -> np.ndarray:
        """(k, 2) lon/lat -> (k, 2) metres."""
        x, y = self._fwd.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    def to_degrees(self, xy: np.ndarray) -> np.ndarray:
        """(k, 2) metres -> (k, 2) lon/lat."""
        x, y = self._inv.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])


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
    return a + t[..., None] * ab


class _Nearest:
    """Nearest segment of a fixed set, for batches of query points.

    Small sets are searched by brute force in blocks (a points x segments matrix); larger
    ones through an STRtree of the segments.
    """

    BRUTE_MAX = 256

    def __init__(self, segs: np.ndarray) -> None:
        self.segs = segs
        self.tree = (shapely.STRtree(shapely.linestrings(segs))
                     if len(segs) > self.BRUTE_MAX else None)

    def __call__(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(distance, nearest point, index of the nearest segment) per point."""
        if self.tree is None:
            which = np.empty(len(points), dtype=np.int64)
            a, b = self.segs[None, :, 0], self.segs[None, :, 1]
            block = max(1, 200_000 // max(1, len(self.segs)))
            for lo in range(0, len(points), block):
                p = points[lo:lo + block, None, :]
                q = _project(p, a, b)
                dist = np.hypot(p[..., 0] - q[..., 0], p[..., 1] - q[..., 1])
                which[lo:lo + block] = np.argmin(dist, axis=1)
        else:
            idx = self.tree.query_nearest(shapely.points(points), all_matches=False)
            which = np.empty(len(points), dtype=np.int64)
            which[idx[0]] = idx[1]
        q = _project(points, self.segs[which, 0], self.segs[which, 1])
        return np.hypot(*(points - q).T), q, which

    def distance_to(self, points: np.ndarray, which: np.ndarray) -> np.ndarray:
        """Distance from each point to the given segment (by index)."""
        q = _project(points, self.segs[which, 0], self.segs[which, 1])
        return np.hypot(*(points - q).T)


def _segment_keys(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Direction-free keys of segments, exact on the coordinates' bits."""
    swap = (a[:, 0] > b[:, 0]) | ((a[:, 0] == b[:, 0]) & (a[:, 1] > b[:, 1]))
    lo = np.where(swap[:, None], b, a)
    hi = np.where(swap[:, None], a, b)
    packed = np.ascontiguousarray(np.hstack([lo, hi]))
    return packed.view(np.dtype((np.void, packed.dtype.itemsize * 4))).ravel()


class Witness(NamedTuple):
    """The farthest point ``p`` of one boundary, its distance ``d`` (m, planar) to the other,
    and the other boundary's nearest segment ``a``-``b`` (all in the metric frame)."""

    d: float
    p: np.ndarray
    a: np.ndarray
    b: np.ndarray


NO_WITNESS = Witness(0.0, np.zeros(2), np.zeros(2), np.zeros(2))


def directed(paths_m: list[np.ndarray], segs_m: np.ndarray) -> Witness:
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
    shared = np.isin(_segment_keys(a, b), _segment_keys(segs_m[:, 0], segs_m[:, 1]))
    a, b, da, db, wa, wb = a[~shared], b[~shared], da[~shared], db[~shared], wa[~shared], \
        wb[~shared]
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


def geodesic_shift(frame: LocalFrame, w: Witness) -> Shift:
    """The witness measured on the ellipsoid: from ``p`` to the geodesically nearest point
    of its nearest segment (taken as a geodesic, as ``geodesy`` takes every edge).

    Independent of the frame the search ran in, so two zones sharing a moved border report
    the same shift.
    """
    pab = frame.to_degrees(np.vstack([w.p, w.a, w.b]))
    (plon, plat), (alon, alat), (blon, blat) = pab.tolist()
    az, _, length = GEOD.inv(alon, alat, blon, blat)

    def at(t: float) -> tuple[float, float, float]:
        lon, lat, _ = GEOD.fwd(alon, alat, az, t * length) if length > 0 else (alon, alat, 0)
        return lon, lat, GEOD.inv(plon, plat, lon, lat)[2]

    # golden-section search for the nearest point along the (short, smooth) segment
    lo, hi = 0.0, 1.0
    g = (5 ** 0.5 - 1) / 2
    x1, x2 = hi - g * (hi - lo), lo + g * (hi - lo)
    f1, f2 = at(x1)[2], at(x2)[2]
    for _ in range(60):
        if hi - lo < 1e-9:
            break
        if f1 <= f2:
            hi, x2, f2 = x2, x1, f1
            x1 = hi - g * (hi - lo)
            f1 = at(x1)[2]
        else:
            lo, x1, f1 = x1, x2, f2
            x2 = lo + g * (hi - lo)
            f2 = at(x2)[2]
    best = min((at(0.0), at(1.0), at((lo + hi) / 2)), key=lambda c: c[2])
    return Shift(best[2] / 1000.0, (plon, plat), (best[0], best[1]))


def full_shift(frame: LocalFrame, old_paths: list[np.ndarray], new_paths: list[np.ndarray]
               ) -> Shift:
    """Hausdorff distance between two whole boundaries (lists of lon/lat paths)."""
    old_m = [frame.to_metres(p) for p in old_paths]
    new_m = [frame.to_metres(p) for p in new_paths]
    return pick(frame, directed(old_m, segments(new_m)), directed(new_m, segments(old_m)))


def pick(frame: LocalFrame, w1: Witness, w2: Witness) -> Shift:
    """The larger of the two directed distances (the Hausdorff distance), measured."""
    if max(w1.d, w2.d) == 0.0:
        return NO_SHIFT
    return geodesic_shift(frame, w1 if w1.d >= w2.d else w2)


def window_segments(ring_paths: list[np.ndarray],
                    boxes: list[tuple[float, float, float, float]]) -> np.ndarray:
    """(s, 2, 2) lon/lat segments of the paths whose bounding box meets any of ``boxes``."""
    out = [np.empty((0, 2, 2))]
    for p in ring_paths:
        if len(p) < 2:
            continue
        a, b = p[:-1], p[1:]
        lo_x, hi_x = np.minimum(a[:, 0], b[:, 0]), np.maximum(a[:, 0], b[:, 0])
        lo_y, hi_y = np.minimum(a[:, 1], b[:, 1]), np.maximum(a[:, 1], b[:, 1])
        hit = np.zeros(len(a), dtype=bool)
        for x0, y0, x1, y1 in boxes:
            hit |= (lo_x <= x1) & (hi_x >= x0) & (lo_y <= y1) & (hi_y >= y0)
        out.append(np.stack([a[hit], b[hit]], axis=1))
    return np.concatenate(out)


def degree_margin(metres: float, lat_max: float) -> tuple[float, float]:
    """A safe (dlon, dlat) in degrees covering ``metres`` in any direction up to ``lat_max``.

    Generous on purpose (10 % plus the projection's own distortion far from its centre):
    the window only has to contain the true nearest segment, extra candidates cost little.
    """
    dlat = metres / 110_000.0 * 1.1 + 1e-9
    cos = max(np.cos(np.radians(min(89.0, abs(lat_max) + dlat))), 1e-3)
    return dlat / cos, dlat


def stretch_shift(frame: LocalFrame, own: list[np.ndarray], other_stretches: list[np.ndarray],
                  other_all: list[np.ndarray]) -> Witness:
    """Directed distance from the changed paths ``own`` to the whole ``other`` boundary.

    The matching other stretch lies on the other boundary, so a point's distance to it, plus
    half a segment for points between vertices, bounds its distance to that boundary: only
    segments of ``other_all`` within that reach (a bbox window) can be nearest, so only those
    are projected and searched. Points on shared segments are at distance 0, not searched.
    """
    own_m = [frame.to_metres(p) for p in own]
    if not own_m:
        return NO_WITNESS
    boxes = []
    for path, path_deg, other in zip(own_m, own, other_stretches, strict=True):
        # one window per stretch: stretches far apart must not make one country-wide box
        # every point of the other stretch lies on the other boundary: the distance to that
        # stretch bounds the distance to the boundary, at vertices and (plus half a segment)
        # between them
        other_m = frame.to_metres(other)
        bound = nearest_on(path, segments([other_m]))[0]
        half_seg = float(np.hypot(*np.diff(path, axis=0).T).max()) / 2 if len(path) > 1 else 0.0
        reach = float(bound.max()) + half_seg
        lat_max = float(np.abs(path_deg[:, 1]).max())
        dlon, dlat = degree_margin(reach, lat_max)
        boxes.append((float(path_deg[:, 0].min()) - dlon, float(path_deg[:, 1].min()) - dlat,
                      float(path_deg[:, 0].max()) + dlon, float(path_deg[:, 1].max()) + dlat))
    near = window_segments(other_all, boxes)
    segs_m = frame.to_metres(near.reshape(-1, 2)).reshape(-1, 2, 2)
    return directed(own_m, segs_m)
