"""How far apart two lines or two points are, for pairing features that share a name.

When several lines or points of one layer carry the same name or code in both versions (the
parts of a MultiLineString split on import, or simply repeated names), the matcher pairs them
by distance (``core.diff_match``). The measure has to rank "the same line, moved a little"
far ahead of "the other part of that line, which touches it at one end", so it is a *mean*
over points spread along each geometry, not the nearest distance between the two (zero for
parts that touch) nor the Hausdorff distance (one far vertex decides it, and GEOS's is
O(n·m)):

- ``a → b``: the mean distance from points spread evenly along ``a`` to ``b`` (exact
  point-to-segment distances, so the samples need not be dense);
- ``b → a``: the same the other way.

A line moved sideways by d gives d both ways; a line extended at one end gives ~0 from the
old to the new one and more the other way, so callers may use the smaller of the two as the
limit and their mean as the rank.

Distances are taken in a frame scaled at each pair's latitude (metres per degree of
longitude and latitude at the centre of ``a``): within about a percent of the geodesic
figure for features spanning up to a degree or two of latitude, and no projection to set up
per pair (thousands of pairs are measured in a few vectorised calls).
Copies are simplified to ``SIMPLIFY_M`` first, so a densified 100,000-vertex line costs
little more than its shape; the result is used to rank and to limit, not reported.

>>> from shapely import LineString
>>> ab, ba = mean_distances_km([LineString([(36, 35), (36, 35.5)])],
...                            [LineString([(36.1, 35), (36.1, 35.5)])])
>>> round(float(ab[0]), 1), round(float(ba[0]), 1)
(9.1, 9.1)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.geodesy import metres_per_degree

#: Most points spread along a line to measure its distance from another.
LINE_SAMPLES = 32
#: Tolerance (m) of the simplified copies that distances are measured on: far below any
#: distance that decides a pairing (kilometres), far above what a densified line adds.
SIMPLIFY_M = 10.0

_LINE_TYPES = (shapely.GeometryType.LINESTRING, shapely.GeometryType.LINEARRING,
               shapely.GeometryType.MULTILINESTRING)


def _scales(geometries: np.ndarray) -> np.ndarray:
    """(n, 2) metres per degree of longitude and of latitude at each geometry's centre."""
    bounds = shapely.bounds(geometries).reshape(-1, 4)
    lats = np.nan_to_num((bounds[:, 1] + bounds[:, 3]) / 2)
    return np.array([metres_per_degree(float(lat)) for lat in lats]).reshape(-1, 2)


def _scaled(geometries: np.ndarray, per_geometry: np.ndarray) -> np.ndarray:
    """Copies with every coordinate multiplied by its geometry's (x, y) scale."""
    counts = shapely.get_num_coordinates(geometries)
    factors = np.repeat(per_geometry, counts, axis=0)
    # transform() hands over all coordinates of the array at once, in get_coordinates order
    return shapely.transform(geometries, lambda xy: xy * factors)


def _samples(geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Points spread along each geometry: (points, index of the geometry each belongs to).

    A line gets evenly spaced points, ends included (2v + 1 for v vertices, at most
    ``LINE_SAMPLES``: a segment is seen about twice); anything else its own vertices, at
    most ``LINE_SAMPLES`` of them evenly chosen. An empty geometry gets none.
    """
    kinds = shapely.get_type_id(geometries)
    counts = shapely.get_num_coordinates(geometries)
    is_line = np.isin(kinds, [int(k) for k in _LINE_TYPES]) & (counts > 0)
    points, owners = [], []
    lines = np.flatnonzero(is_line)
    if len(lines):
        n = np.minimum(2 * counts[lines] + 1, LINE_SAMPLES)
        owner = np.repeat(lines, n)
        # fractions 0, 1/(n-1), ..., 1 per line, built without a Python loop
        start = np.repeat(np.cumsum(n) - n, n)
        step = np.arange(len(owner)) - start
        fractions = step / np.repeat(n - 1, n)
        points.append(shapely.line_interpolate_point(geometries[owner], fractions,
                                                     normalized=True))
        owners.append(owner)
    others = np.flatnonzero(~is_line & (counts > 0))
    if len(others):
        xy, index = shapely.get_coordinates(geometries[others], return_index=True)
        keep = np.ones(len(xy), dtype=bool)
        many = np.flatnonzero(counts[others] > LINE_SAMPLES)
        for k in many.tolist():  # rare: a MultiPoint of many points
            where = np.flatnonzero(index == k)
            keep[where] = False
            keep[where[np.linspace(0, len(where) - 1, LINE_SAMPLES).round().astype(int)]] = True
        points.append(np.asarray(shapely.points(xy[keep]), dtype=object).reshape(-1))
        owners.append(others[index[keep]])
    if not points:
        return np.empty(0, dtype=object), np.empty(0, dtype=int)
    return np.concatenate(points), np.concatenate(owners)


def _directed_means(frm: np.ndarray, to: np.ndarray) -> np.ndarray:
    """Per pair, the mean distance from the samples of ``frm[i]`` to ``to[i]`` (inf when
    either is empty)."""
    pts, owner = _samples(frm)
    out = np.full(len(frm), np.inf)
    if len(pts):
        d = shapely.distance(pts, to[owner])
        total = np.bincount(owner, weights=d, minlength=len(frm))
        count = np.bincount(owner, minlength=len(frm))
        ok = (count > 0) & np.isfinite(total)
        out[ok] = total[ok] / count[ok]
    return out


def mean_distances_km(olds: Sequence[BaseGeometry], news: Sequence[BaseGeometry]
                      ) -> tuple[np.ndarray, np.ndarray]:
    """For each pair ``(olds[i], news[i])``: the mean distance (km) from points along the
    old geometry to the new one, and from points along the new one to the old (module doc).
    Infinite for a pair with an empty geometry."""
    if not len(olds):
        return np.empty(0), np.empty(0)
    a = np.asarray(olds, dtype=object)
    b = np.asarray(news, dtype=object)
    per_pair = _scales(a)
    sa = shapely.simplify(_scaled(a, per_pair), SIMPLIFY_M)
    sb = shapely.simplify(_scaled(b, per_pair), SIMPLIFY_M)
    return _directed_means(sa, sb) / 1000, _directed_means(sb, sa) / 1000


def degrees_within(km: float, lats: np.ndarray) -> float:
    """A distance in degrees within which a geometry centred at one of ``lats`` always is
    of another when ``mean_distances_km`` puts either within ``km`` of the other (for an
    ``STRtree`` query before the real measure).

    A mean distance is at least the nearest distance; in the scaled frame a degree of
    longitude is the shortest degree, and shortest at the highest latitude; the simplified
    copies may come closer than the originals by twice ``SIMPLIFY_M``.
    """
    finite = np.abs(np.asarray(lats, dtype=float))
    finite = finite[np.isfinite(finite)]
    top = min(float(finite.max()) if len(finite) else 0.0, 89.0)
    return (km * 1000 + 2 * SIMPLIFY_M) / metres_per_degree(top)[0]
