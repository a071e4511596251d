"""Territory per party before and after: the area of the union of each party's zones.

The union is the plain sum of the zones' areas unless two zones of one party overlap; only
the zones whose interiors overlap another are unioned (a union of all a party's zones costs
~50 ms per hundred zones of 1,000 vertices). The work splits in two so that the costly part
can run while the diff measures the changed features (``diff_versions`` runs it on a worker
thread): ``party_unions`` needs only the zones' shapes and parties — which zones overlap,
and the area of their union — and ``party_totals`` adds the areas of the others, which the
measures give.

The overlap test runs once per pair of shapes: a zone whose shape is the same, coordinate
for coordinate, in both versions keeps one key, so a pair of such zones is tested once for
both versions (most of a project's zones do not change between two versions). Likewise the
union is taken per cluster of overlapping zones (zones joined by overlaps), and a cluster of
the same shapes on both sides is unioned and measured once: a proposal that moves one zone
re-unions only that zone's cluster. The total is the sum of the clusters' areas and the other
zones' areas; each cluster is measured on its own, with its zones' own edges, as a zone that
overlaps nothing is. (Edges are measured as drawn, ``geodesy.as_drawn``, so merging two
clusters that merely touch would measure the same; when edges were measured as geodesics it
bent their shared edge, ~5.5 m on a 20 km edge along a parallel at 35°N.)
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple, TypeGuard

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import Delta
from zoneeditor.core.diff_area import fast_area_km2
from zoneeditor.core.model import Feature, LayerKind

BUFFER_KIND = "buffer"


def is_territory(feature: Feature | None) -> TypeGuard[Feature]:
    """True for a zone that counts as a party's territory (not a buffer, has a party)."""
    return (
        feature is not None
        and feature.layer == LayerKind.ZONES
        and str(feature.attributes.get("kind") or "").strip().casefold() != BUFFER_KIND
        and bool(feature.party)
    )


def without_parties(old: Iterable[Feature], new: Iterable[Feature],
                    files: Collection[str] = ()) -> tuple[str, ...]:
    """Which side ("old", "new") gives no party for any of its zones while the other gives
    one: a file without a party column (a KML of names alone, a shapefile without its
    .dbf), or whose column was not recognised. Against it, every zone would pass to (or
    come from) "no party": its party totals and transfers are not computed at all. A side
    whose every zone is one of the other's by id is one drawing whose parties were cleared
    on purpose: there the land does pass to no party — unless that side was read from
    another tool's file (its role in ``files``): an export of the agreed lines sent back
    with its party column renamed keeps the ids and has lost only the column (an outside
    tester read "Opposition: 10,265.0 → 0.0 km²")."""
    zones = [[f for f in side if f.layer == LayerKind.ZONES] for side in (old, new)]
    held = [any(f.party.strip() for f in side) for side in zones]
    ids = [{f.id for f in side} for side in zones]
    return tuple(role for k, role in enumerate(("old", "new"))
                 if zones[k] and not held[k] and held[1 - k]
                 and (role in files or not ids[k] <= ids[1 - k]))


def held_area_km2(geometries: Sequence[BaseGeometry], measured: Sequence[float]) -> float:
    """The ground ``geometries`` cover together, in km²: the sum of their ``measured``
    areas when no two overlap (the figures every other place shows), else the geodesic
    area of their union, so ground two of them cover counts once (a line given a second
    buffer zone: an outside tester read "Monitors: 313.8 → 1,338.5 km²" with the overlap
    counted twice)."""
    if len(geometries) < 2:
        return float(sum(measured))
    shapes = np.array(geometries, dtype=object)
    left, right = shapely.STRtree(shapes).query(shapes, predicate="intersects")
    pairs = [(i, j) for i, j in zip(left.tolist(), right.tolist(), strict=True) if i < j]
    if not any(fast_area_km2(shapely.intersection(shapes[i], shapes[j])) > 0
               for i, j in pairs):
        return float(sum(measured))
    return fast_area_km2(shapely.union_all(shapes))


class PartyTotals(NamedTuple):
    """A party's territory before and after (area of the union of its zones), in km²."""

    name: str
    area_before_km2: float
    area_after_km2: float

    @property
    def net_km2(self) -> float:
        """after - before: positive when the party gains territory."""
        return self.area_after_km2 - self.area_before_km2


class _Zone(NamedTuple):
    """A zone in a party total: its position among the deltas, a key per distinct shape,
    the shape."""

    at: int
    key: int
    geometry: BaseGeometry


class Union(NamedTuple):
    """One party's zones on one side: which of them (indexes among the deltas) overlap
    another and are unioned, and the union's area (km²)."""

    members: tuple[int, ...]
    overlapping: frozenset[int]
    union_km2: float


#: Per party (in order of first appearance): its union before and after.
Unions = dict[str, tuple[Union, Union]]


def party_unions(deltas: Sequence[Delta]) -> Unions:
    """The costly half of the totals, from the matched pairs alone (see module doc)."""
    before: dict[str, list[_Zone]] = {}
    after: dict[str, list[_Zone]] = {}
    for index, delta in enumerate(deltas):
        old, new = delta.old, delta.new
        same = old is not None and new is not None and _identical(old.geometry, new.geometry)
        if is_territory(old):
            before.setdefault(old.party, []).append(_Zone(index, 2 * index, old.geometry))
        if is_territory(new):
            after.setdefault(new.party, []).append(
                _Zone(index, 2 * index + (0 if same else 1), new.geometry))
    overlaps = _Overlaps()
    names = list(dict.fromkeys([*before, *after]))
    return {n: (_union(before.get(n, []), overlaps), _union(after.get(n, []), overlaps))
            for n in names}


def party_totals(unions: Unions, areas_before: Sequence[float],
                 areas_after: Sequence[float]) -> list[PartyTotals]:
    """Each party's area before and after, given the unions and every delta's areas."""
    return [PartyTotals(name, _total(b, areas_before), _total(a, areas_after))
            for name, (b, a) in unions.items()]


def _total(union: Union, areas: Sequence[float]) -> float:
    if not union.overlapping:
        return sum(areas[i] for i in union.members)
    alone = sum(areas[i] for i in union.members if i not in union.overlapping)
    return alone + union.union_km2


def _identical(a: BaseGeometry, b: BaseGeometry) -> bool:
    """The same geometry type with the same coordinates in the same order."""
    return a is b or (a.geom_type == b.geom_type and bool(shapely.equals_exact(a, b, 0.0)))


class _Overlaps:
    """Whether two zones' interiors overlap, tested once per pair of shapes (by key), and
    the area of a cluster of overlapping zones, measured once per set of shapes."""

    def __init__(self) -> None:
        self._known: dict[tuple[int, int], bool] = {}
        self._areas: dict[frozenset[int], float] = {}

    def cluster_km2(self, zones: list[_Zone], cluster: list[int]) -> float:
        """Geodesic area (km²) of the union of ``zones[k]`` for ``k`` in ``cluster``."""
        key = frozenset(zones[k].key for k in cluster)
        if key not in self._areas:
            union = shapely.union_all([shapely.make_valid(zones[k].geometry) for k in cluster])
            self._areas[key] = fast_area_km2(union)
        return self._areas[key]

    def of(self, zones: list[_Zone], pairs: list[tuple[int, int]]) -> list[bool]:
        """For each pair (i, j) of indexes into ``zones``: do their interiors overlap?"""
        keys = [(min(zones[i].key, zones[j].key), max(zones[i].key, zones[j].key))
                for i, j in pairs]
        todo = [k for k, key in enumerate(keys) if key not in self._known]
        if todo:
            a = np.array([zones[pairs[k][0]].geometry for k in todo], dtype=object)
            b = np.array([zones[pairs[k][1]].geometry for k in todo], dtype=object)
            # "T********": the interiors meet (two polygons overlap); only pairs that
            # intersect at all are asked (the cheap test first)
            meet = shapely.intersects(a, b)
            answer = np.zeros(len(todo), dtype=bool)
            if meet.any():
                answer[meet] = shapely.relate_pattern(a[meet], b[meet], "T********")
            for k, value in zip(todo, answer.tolist(), strict=True):
                self._known[keys[k]] = value
        return [self._known[key] for key in keys]


def _union(zones: list[_Zone], overlaps: _Overlaps) -> Union:
    members = tuple(z.at for z in zones)
    if len(zones) <= 1:
        return Union(members, frozenset(), 0.0)
    geoms = [z.geometry for z in zones]
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms)  # boxes that meet; the overlap test decides
    pairs = [(i, j) for i, j in zip(left.tolist(), right.tolist(), strict=True) if i < j]
    found = overlaps.of(zones, pairs)
    hits = [pair for pair, hit in zip(pairs, found, strict=True) if hit]
    if not hits:
        return Union(members, frozenset(), 0.0)
    clusters = _clusters(hits)
    area = sum(overlaps.cluster_km2(zones, cluster) for cluster in clusters)
    return Union(members, frozenset(zones[k].at for c in clusters for k in c), area)


def _clusters(pairs: list[tuple[int, int]]) -> list[list[int]]:
    """The connected groups of the graph whose edges are ``pairs`` (each group sorted)."""
    parent: dict[int, int] = {}

    def root(k: int) -> int:
        parent.setdefault(k, k)
        while parent[k] != k:
            parent[k] = parent[parent[k]]  # path halving keeps the trees flat
            k = parent[k]
        return k

    for i, j in pairs:
        parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for k in sorted(parent):
        groups.setdefault(root(k), []).append(k)
    return list(groups.values())
