"""How far a boundary moved: the Hausdorff distance between an old and a new boundary, in km.

The search runs in a local azimuthal equidistant projection (metres, centred on the *old*
feature, so the full and the fast computation use the very same projection), on the boundary
densified to ``step`` metres: the directed distance from each densified point of one boundary
to the nearest point of the other is exact (a point-to-segment distance, found through an
STRtree of the other boundary's segments, so O(n log m) instead of GEOS's O(n·m) discrete
Hausdorff). The winning pair of points — the largest displacement — is then measured
geodesically on WGS84 with ``pyproj.Geod``; that is the number reported.

Densification bounds the error by half a step (``step`` is 10 m unless the boundaries are
very long, see ``densify_step``), far below what a negotiator can read on a map.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyproj
import shapely

from zoneeditor.core.geodesy import GEOD

#: Densification step in metres for the displacement search.
BASE_STEP_M = 10.0
#: At most this many densified points per boundary pair (keeps the fallback bounded).
MAX_POINTS = 400_000


@dataclass(frozen=True)
class Shift:
    """The largest displacement: its length in km and the two points (lon, lat) it joins."""

    km: float
    frm: tuple[float, float]
    to: tuple[float, float]


NO_SHIFT = Shift(0.0, (0.0, 0.0), (0.0, 0.0))


@lru_cache(maxsize=32)
def _transformers(lon0: float, lat0: float) -> tuple[pyproj.Transformer, pyproj.Transformer]:
    aeqd = pyproj.CRS.from_proj4(
        f"+proj=aeqd +lat_0={lat0} +lon_0={lon0} +ellps=WGS84 +units=m +no_defs"
    )
    wgs = pyproj.CRS.from_epsg(4326)
    return (pyproj.Transformer.from_crs(wgs, aeqd, always_xy=True),
            pyproj.Transformer.from_crs(aeqd, wgs, always_xy=True))


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


def densify_step(total_length_m: float) -> float:
    """The densification step for boundaries of this combined length (same for both paths)."""
    return max(BASE_STEP_M, total_length_m / MAX_POINTS)


def densified(paths_m: list[np.ndarray], step: float) -> np.ndarray:
    """All points of the metric paths, with segments split so no piece exceeds ``step``."""
    out = []
    for path in paths_m:
        if len(path) == 1:
            out.append(path)
            continue
        d = np.diff(path, axis=0)
        lengths = np.hypot(d[:, 0], d[:, 1])
        pieces = np.maximum(1, np.ceil(lengths / step)).astype(np.int64)
        # point k of segment i sits at fraction k / pieces[i] along it (k = 0..pieces-1)
        seg = np.repeat(np.arange(len(d)), pieces)
        starts = np.concatenate([[0], np.cumsum(pieces)[:-1]])
        k = np.arange(int(pieces.sum())) - np.repeat(starts, pieces)
        t = (k / pieces[seg])[:, None]
        out.append(np.vstack([path[:-1][seg] + t * d[seg], path[-1:]]))
    return np.vstack(out) if out else np.empty((0, 2))


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
    if len(segs) <= 64:
        best_d = np.full(len(points), np.inf)
        best_q = np.zeros_like(points)
        for a, b in segs:
            q = _project(points, a[None, :], b[None, :])
            dist = np.hypot(*(points - q).T)
            better = dist < best_d
            best_d[better], best_q[better] = dist[better], q[better]
        return best_d, best_q
    tree = shapely.STRtree(shapely.linestrings(segs))
    idx = tree.query_nearest(shapely.points(points), all_matches=False)
    which = np.empty(len(points), dtype=np.int64)
    which[idx[0]] = idx[1]
    q = _project(points, segs[which, 0], segs[which, 1])
    return np.hypot(*(points - q).T), q


def _project(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ab = b - a
    denom = np.einsum("ij,ij->i", ab, ab)
    safe = np.where(denom > 0, denom, 1.0)
    t = np.clip(np.einsum("ij,ij->i", p - a, ab) / safe, 0.0, 1.0)
    t = np.where(denom > 0, t, 0.0)
    return a + t[:, None] * ab


def directed(points_m: np.ndarray, segs_m: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
    """The point farthest from the segments: (distance m, that point, its nearest point)."""
    if len(points_m) == 0 or len(segs_m) == 0:
        return 0.0, np.zeros(2), np.zeros(2)
    d, q = nearest_on(points_m, segs_m)
    i = int(np.argmax(d))
    return float(d[i]), points_m[i], q[i]


def geodesic_shift(frame: LocalFrame, p_m: np.ndarray, q_m: np.ndarray) -> Shift:
    """The witness pair measured on the ellipsoid."""
    pq = frame.to_degrees(np.vstack([p_m, q_m]))
    _, _, dist = GEOD.inv(pq[0, 0], pq[0, 1], pq[1, 0], pq[1, 1])
    return Shift(float(dist) / 1000.0, (float(pq[0, 0]), float(pq[0, 1])),
                 (float(pq[1, 0]), float(pq[1, 1])))


def full_shift(frame: LocalFrame, old_paths: list[np.ndarray], new_paths: list[np.ndarray],
               step: float) -> Shift:
    """Hausdorff distance between two whole boundaries (lists of lon/lat paths)."""
    old_m = [frame.to_metres(p) for p in old_paths]
    new_m = [frame.to_metres(p) for p in new_paths]
    d1, p1, q1 = directed(densified(old_m, step), segments(new_m))
    d2, p2, q2 = directed(densified(new_m, step), segments(old_m))
    if max(d1, d2) == 0.0:
        return NO_SHIFT
    return geodesic_shift(frame, p1, q1) if d1 >= d2 else geodesic_shift(frame, p2, q2)


def window_segments(ring_paths: list[np.ndarray], bbox: tuple[float, float, float, float]
                    ) -> list[np.ndarray]:
    """Segments (as 2-point lon/lat paths) of the paths whose bbox meets ``bbox``."""
    x0, y0, x1, y1 = bbox
    out = []
    for p in ring_paths:
        if len(p) < 2:
            continue
        a, b = p[:-1], p[1:]
        hit = ((np.minimum(a[:, 0], b[:, 0]) <= x1) & (np.maximum(a[:, 0], b[:, 0]) >= x0)
               & (np.minimum(a[:, 1], b[:, 1]) <= y1) & (np.maximum(a[:, 1], b[:, 1]) >= y0))
        out.extend(np.stack([a[hit], b[hit]], axis=1))
    return out


def degree_margin(metres: float, lat_max: float) -> tuple[float, float]:
    """A safe (dlon, dlat) in degrees covering ``metres`` in any direction up to ``lat_max``.

    Generous on purpose (10 % plus the projection's own distortion far from its centre):
    the window only has to contain the true nearest segment, extra candidates cost little.
    """
    dlat = metres / 110_000.0 * 1.1 + 1e-9
    cos = max(np.cos(np.radians(min(89.0, abs(lat_max) + dlat))), 1e-3)
    return dlat / cos, dlat


def stretch_shift(frame: LocalFrame, own: list[np.ndarray], other_stretches: list[np.ndarray],
                  other_all: list[np.ndarray], step: float) -> tuple[float, np.ndarray, np.ndarray]:
    """Directed distance from the changed paths ``own`` to the whole ``other`` boundary.

    Each densified point's distance to the other side's matching stretch is an upper bound
    of its distance to the whole other boundary; only segments of ``other_all`` within that
    bound (a bbox window) can be nearer, so only those are projected and searched. Points on
    shared segments are at distance 0 and need no search.
    """
    own_m = [frame.to_metres(p) for p in own]
    pts = densified(own_m, step)
    if len(pts) == 0:
        return 0.0, np.zeros(2), np.zeros(2)
    bound, _ = nearest_on(pts, segments([frame.to_metres(p) for p in other_stretches]))
    reach = float(bound.max())
    own_deg = np.vstack(own)
    lat_max = float(np.abs(own_deg[:, 1]).max())
    dlon, dlat = degree_margin(reach, lat_max)
    bbox = (float(own_deg[:, 0].min()) - dlon, float(own_deg[:, 1].min()) - dlat,
            float(own_deg[:, 0].max()) + dlon, float(own_deg[:, 1].max()) + dlat)
    near = window_segments(other_all, bbox)
    if not near:
        return directed(pts, segments([frame.to_metres(p) for p in other_stretches]))
    segs_deg = np.array(near)
    flat = frame.to_metres(segs_deg.reshape(-1, 2)).reshape(-1, 2, 2)
    return directed(pts, flat)
