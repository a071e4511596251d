"""How far a boundary moved: the Hausdorff distance between an old and a new boundary, in km.

The boundaries are searched as drawn (``geodesy.as_drawn``: edges straight in lon/lat, cut
into pieces of ~1 km), not as geodesics between their vertices: otherwise a long edge and the
same edge drawn with more vertices would lie up to ~85 m apart. The search runs in a local
azimuthal equidistant projection (metres, centred on the old
feature's bounding box, so the full and the fast computation use the very same projection).
The directed distance from boundary A to boundary B is the largest distance from a point of A
to its nearest point on B, found by branch and bound within ``TOLERANCE_M`` of the true
maximum (``diff_hausdorff``: exact point-to-segment distances instead of GEOS's O(n·m)
discrete Hausdorff, coarse to fine on large boundaries).

The winning pair of points — the largest displacement — is then measured geodesically on
WGS84 with ``pyproj.Geod``; that is the number reported.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from zoneeditor.core.diff_hausdorff import (
    COARSE_MIN,
    NO_WITNESS,
    TOLERANCE_M,
    Witness,
    directed,
    nearest_on,
    segments,
)
from zoneeditor.core.geodesy import aeqd_transformers, as_drawn, geod

__all__ = ["NO_SHIFT", "NO_WITNESS", "TOLERANCE_M", "LocalFrame", "Shift", "Witness",
           "directed", "full_shift", "geodesic_shift", "nearest_on", "pick", "segments",
           "stretch_shift", "window_segments"]


class Shift(NamedTuple):
    """The largest displacement: its length in km and the two points (lon, lat) it joins."""

    km: float
    frm: tuple[float, float]
    to: tuple[float, float]


NO_SHIFT = Shift(0.0, (0.0, 0.0), (0.0, 0.0))


class LocalFrame:
    """A metric frame centred at (lon0, lat0) with array projections both ways."""

    def __init__(self, lon0: float, lat0: float) -> None:
        self.lon0, self.lat0 = round(lon0, 6), round(lat0, 6)
        self._fwd, self._inv = aeqd_transformers(self.lon0, self.lat0)

    def to_metres(self, xy: np.ndarray) -> np.ndarray:
        """(k, 2) lon/lat -> (k, 2) metres."""
        x, y = self._fwd.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    def to_degrees(self, xy: np.ndarray) -> np.ndarray:
        """(k, 2) metres -> (k, 2) lon/lat."""
        x, y = self._inv.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])


def geodesic_shift(frame: LocalFrame, w: Witness) -> Shift:
    """The witness measured on the ellipsoid: from ``p`` to the geodesically nearest point
    of its nearest segment (a piece of ``as_drawn``, on which geodesic and drawn line agree
    to ~1 cm, taken as a geodesic).

    Independent of the frame the search ran in, so two zones sharing a moved border report
    the same shift.
    """
    pab = frame.to_degrees(np.vstack([w.p, w.a, w.b]))
    (plon, plat), (alon, alat), (blon, blat) = pab.tolist()
    ellipsoid = geod()
    az, _, length = ellipsoid.inv(alon, alat, blon, blat)

    def at(t: float) -> tuple[float, float, float]:
        lon, lat, _ = (ellipsoid.fwd(alon, alat, az, t * length) if length > 0
                       else (alon, alat, 0))
        return lon, lat, ellipsoid.inv(plon, plat, lon, lat)[2]

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
    old_m = [frame.to_metres(as_drawn(p)) for p in old_paths]
    new_m = [frame.to_metres(as_drawn(p)) for p in new_paths]
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
    own = [as_drawn(p) for p in own]
    other_stretches = [as_drawn(p) for p in other_stretches]
    other_all = [as_drawn(p) for p in other_all]
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
        half_seg = float(np.hypot(*np.diff(path, axis=0).T).max()) / 2 if len(path) > 1 else 0.0
        if len(path) >= COARSE_MIN and len(other_m) >= COARSE_MIN:
            # the largest such distance, within TOLERANCE_M, without measuring every point
            reach = directed([path], segments([other_m])).d + TOLERANCE_M + half_seg
        else:
            # the other stretch's vertices are on the boundary too: a point's distance to
            # the nearest of them bounds its distance to the boundary, and is a third of the
            # work of the nearest segment (a wider window only adds candidates)
            reach = farthest_nearest_vertex(path, other_m) + half_seg
        lat_max = float(np.abs(path_deg[:, 1]).max())
        dlon, dlat = degree_margin(reach, lat_max)
        boxes.append((float(path_deg[:, 0].min()) - dlon, float(path_deg[:, 1].min()) - dlat,
                      float(path_deg[:, 0].max()) + dlon, float(path_deg[:, 1].max()) + dlat))
    near = window_segments(other_all, boxes)
    segs_m = frame.to_metres(near.reshape(-1, 2)).reshape(-1, 2, 2)
    return directed(own_m, segs_m)


def farthest_nearest_vertex(points: np.ndarray, vertices: np.ndarray) -> float:
    """The largest distance from a point of ``points`` to its nearest vertex of
    ``vertices`` (both (k, 2) in metres; 0 when either is empty): at least the largest
    distance from a point to the path through those vertices, at most half a segment more.
    Computed by a points x vertices matrix in blocks."""
    if not len(points) or not len(vertices):
        return 0.0
    vx, vy = vertices[:, 0], vertices[:, 1]
    block = max(1, 200_000 // len(vertices))
    farthest = 0.0
    for lo in range(0, len(points), block):
        dx = points[lo:lo + block, 0:1] - vx
        dy = points[lo:lo + block, 1:2] - vy
        farthest = max(farthest, float((dx * dx + dy * dy).min(axis=1).max()))
    return float(np.sqrt(farthest))
