"""Which edited stretches conflict, and which must be decided together.

Rules, over all units of both sides (``core.merge.units``):

- In one feature, a unit of ours and a unit of theirs **conflict** when they cover a common
  base segment, or when — not merely meeting at an anchor vertex both kept — they come within
  ``margin_m`` metres of each other (geodesic, measured in a local azimuthal equidistant
  frame, which is exact to far below a millimetre at the few metres a margin spans).
  A whole-geometry unit conflicts with every unit of the other side in its feature.
- Two units that replace the same stretch by the same path are one edit made twice: they
  become one unit of side "both", applied once, never a conflict.
- Across features, units covering the same base segment are the same stretch of a shared
  border: of one side they are **linked** (one decision for all), of two sides they conflict.

Conflicts and links are edges of a graph; a *group* is a connected part holding at least one
conflict. Each group is one decision. Units outside groups are applied.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

import numpy as np
import shapely
from shapely import GeometryCollection, LineString, MultiLineString, MultiPoint

from zoneeditor.core.geodesy import local_projection
from zoneeditor.core.merge.units import BOTH, OURS, THEIRS, SegmentKey, Unit

#: Metres per degree of latitude, a lower bound (for the box pre-filter only).
_M_PER_DEG = 110_570.0


class UnionFind:
    """Disjoint sets over unit ids, remembering which sets hold a conflict edge."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.conflicted: set[int] = set()

    def find(self, a: int) -> int:
        """The representative of ``a``'s set."""
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int, conflict: bool = False) -> None:
        """Join the sets of ``a`` and ``b`` (marking the result conflicted if asked)."""
        ra, rb = self.find(a), self.find(b)
        flagged = conflict or ra in self.conflicted or rb in self.conflicted
        if ra != rb:
            self.parent[rb] = ra
            self.conflicted.discard(rb)
        if flagged:
            self.conflicted.add(ra)

    def is_conflicted(self, a: int) -> bool:
        """True when ``a``'s set holds a conflict."""
        return self.find(a) in self.conflicted


def dedupe(units: list[Unit]) -> list[Unit]:
    """Merge each pair of identical ours/theirs units of one feature into one "both" unit."""
    by_feature: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        by_feature[u.feature_id].append(u)
    out: list[Unit] = []
    for group in by_feature.values():
        theirs = [u for u in group if u.side == THEIRS]
        used: set[int] = set()
        for u in group:
            if u.side != OURS:
                continue
            twin = next((k for k, t in enumerate(theirs) if k not in used and u.same_edit(t)),
                        None)
            if twin is not None:
                used.add(twin)
                u.side = BOTH
            out.append(u)
        out += [t for k, t in enumerate(theirs) if k not in used]
    for uid, u in enumerate(out):
        u.uid = uid
    return out


def opposed(a: Unit, b: Unit) -> bool:
    """True when one unit is ours and the other theirs ("both" opposes nothing)."""
    return {a.side, b.side} == {OURS, THEIRS}


def allied(a: Unit, b: Unit) -> bool:
    """True when the units share a side (a "both" unit is allied with everything)."""
    return a.side == b.side or BOTH in (a.side, b.side)


def overlap(a: Unit, b: Unit) -> bool:
    """True when two units of one feature cover a common position (see module doc)."""
    if a.whole or b.whole:
        return True
    if a.ring != b.ring:
        return False
    (la, ca), (lb, cb) = a.interval(), b.interval()
    if a.closed:
        n = a.n
        return (lb - la) % n < ca or (la - lb) % n < cb
    return la <= lb + cb - 1 and lb <= la + ca - 1


def adjacent(a: Unit, b: Unit) -> bool:
    """True when two units of one ring meet end to start at an anchor vertex both keep."""
    if a.whole or b.whole or a.ring != b.ring:
        return False
    if a.closed:
        return a.end_vertex() == b.ia or b.end_vertex() == a.ia
    (la, ca), (lb, cb) = a.interval(), b.interval()
    return la + ca == lb or lb + cb == la


def _bbox(u: Unit) -> tuple[float, float, float, float]:
    paths = [p for p in u.paths() if len(p)]
    pts = np.concatenate(paths) if paths else np.zeros((1, 2))
    return (float(pts[:, 0].min()), float(pts[:, 1].min()),
            float(pts[:, 0].max()), float(pts[:, 1].max()))


def _near_boxes(a: tuple[float, float, float, float], b: tuple[float, float, float, float],
                margin_m: float) -> bool:
    lat = max(abs(a[1]), abs(a[3]), abs(b[1]), abs(b[3]))
    dlat = margin_m / _M_PER_DEG + 1e-12
    dlon = margin_m / (_M_PER_DEG * max(math.cos(math.radians(min(lat, 89.9))), 1e-6)) + 1e-12
    return not (a[2] + dlon < b[0] or b[2] + dlon < a[0]
                or a[3] + dlat < b[1] or b[3] + dlat < a[1])


def _as_geometry(paths: Sequence[np.ndarray]) -> MultiLineString | GeometryCollection:
    lines = [LineString(p) for p in paths if len(p) >= 2]
    points = [p[0] for p in paths if len(p) == 1]
    if lines and not points:
        return MultiLineString(lines)
    parts = [*lines, MultiPoint(points)] if points else lines
    return shapely.GeometryCollection(parts)


def distance_m(a: Unit, b: Unit) -> float:
    """Geodesic distance in metres between what two units touch (old and new paths)."""
    ga, gb = _as_geometry(a.paths()), _as_geometry(b.paths())
    centre = shapely.GeometryCollection([ga, gb]).envelope.centroid
    to_metres, _ = local_projection(centre)
    return float(to_metres(ga).distance(to_metres(gb)))


def near(a: Unit, b: Unit, margin_m: float) -> bool:
    """True when the two units come within ``margin_m`` metres of each other."""
    if not _near_boxes(_bbox(a), _bbox(b), margin_m):
        return False
    return distance_m(a, b) <= margin_m


def connect(units: list[Unit], keys: dict[int, set[SegmentKey]], margin_m: float
            ) -> UnionFind:
    """The conflict/link graph over ``units`` (ids = ``uid``) as disjoint sets."""
    sets = UnionFind(len(units))
    by_feature: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        by_feature[u.feature_id].append(u)
    for group in by_feature.values():
        ours = [u for u in group if u.side == OURS]
        theirs = [u for u in group if u.side == THEIRS]
        for a in ours:
            for b in theirs:
                if overlap(a, b) or (not adjacent(a, b) and near(a, b, margin_m)):
                    sets.union(a.uid, b.uid, conflict=True)
    holders: dict[object, list[Unit]] = defaultdict(list)
    for u in units:
        for key in keys.get(u.uid, ()):
            holders[key].append(u)
    for members in holders.values():
        features = {u.feature_id for u in members}
        if len(features) < 2:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.feature_id == b.feature_id:
                    continue
                if opposed(a, b):
                    sets.union(a.uid, b.uid, conflict=True)
                elif allied(a, b):
                    sets.union(a.uid, b.uid)
    return sets
