"""The geometry level of a merge: units of both sides, conflict groups, merged geometries.

``resolve_geometries(state, margin_m)`` computes the edit units of every feature whose
geometry changed near the other side's changes (``units``), the conflict groups
(``grouping``), checks the merged geometries (each choice of the groups: all ours, all
theirs) and turns invalid ones into conflicts, records one ``Conflict`` per group and the
geometry each feature gets under each choice.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.merge import describe as say
from zoneeditor.core.merge.grouping import UnionFind, connect, dedupe
from zoneeditor.core.merge.result import Conflict, ConflictKind
from zoneeditor.core.merge.splice import apply_units, spans_of
from zoneeditor.core.merge.state import LAYER_RANK, MergeState, build, geometry_changed
from zoneeditor.core.merge.units import BOTH, OURS, THEIRS, SegmentKey, Unit, side_units
from zoneeditor.core.model import LayerKind
from zoneeditor.core.validity import problem


def resolve_geometries(st: MergeState, margin_m: float) -> None:
    """Decide every geometry both sides' stretches meet in (see module doc)."""
    units, sets, invalid, evaluator = _geometry_level(st, margin_m)
    _geometry_conflicts(st, units, sets, invalid)
    for fid in st.units:
        _set_geometry(st, fid, evaluator.choice(fid, sets, OURS),
                      evaluator.choice(fid, sets, THEIRS))


def _changed_sides(st: MergeState) -> dict[str, tuple[bool, bool]]:
    """Features present on all three sides whose geometry ours / theirs changed."""
    out = {}
    for fid, kind in st.kind.items():
        if kind in ("unchanged", "conflict"):
            continue
        b, o, t = st.base.get(fid), st.ours.get(fid), st.theirs.get(fid)
        if b is None or o is None or t is None:
            continue
        go, gt = geometry_changed(b, o), geometry_changed(b, t)
        if go or gt:
            out[fid] = (go, gt)
    return out


def _candidates(st: MergeState, changed: dict[str, tuple[bool, bool]]) -> list[str]:
    """Changed features that may interact with the other side's changes (boxes meet)."""
    boxes: dict[str, list[tuple[str, np.ndarray]]] = {OURS: [], THEIRS: []}
    for fid, (go, gt) in changed.items():
        b = st.base.features[fid]
        for side, flag, version in ((OURS, go, st.ours), (THEIRS, gt, st.theirs)):
            if flag:
                both = shapely.GeometryCollection([b.geometry, version.features[fid].geometry])
                boxes[side].append((fid, np.array(both.bounds)))
    if not boxes[OURS] or not boxes[THEIRS]:
        return []
    out = set()
    theirs_boxes = np.array([bx for _, bx in boxes[THEIRS]])
    for fid, bx in boxes[OURS]:
        hits = ((theirs_boxes[:, 0] <= bx[2]) & (bx[0] <= theirs_boxes[:, 2])
                & (theirs_boxes[:, 1] <= bx[3]) & (bx[1] <= theirs_boxes[:, 3]))
        if hits.any():
            out.add(fid)
            out.update(boxes[THEIRS][k][0] for k in np.flatnonzero(hits))
    return [fid for fid in changed if fid in out]


def _units(st: MergeState, fid: str, flags: tuple[bool, bool]) -> list[Unit]:
    b = st.base.features[fid]
    out: list[Unit] = []
    for side, flag, version in ((OURS, flags[0], st.ours), (THEIRS, flags[1], st.theirs)):
        if not flag:
            continue
        s = version.features[fid]
        shape = st.shape(fid) if s.layer == b.layer else None
        out += side_units(fid, b.geometry, shape, s.geometry, side)
    return out


#: Why a merged geometry is not acceptable: the reason, and where when known.
_Why = tuple[str, tuple[float, float] | None]
Trouble = _Why | None


def _trouble(geometry: BaseGeometry, layer: LayerKind) -> Trouble:
    """``validity.problem`` for a merged geometry, with a vectorised fast path for the valid."""
    xy = shapely.get_coordinates(geometry)
    if (len(xy) and geometry.geom_type in layer.geometry_types
            and bool(np.isfinite(xy).all()) and bool((np.abs(xy[:, 0]) <= 180).all())
            and bool((np.abs(xy[:, 1]) <= 90).all()) and bool(shapely.is_valid(geometry))):
        return None
    return problem(geometry, layer)


class _Evaluator:
    """A feature's geometry for a set of applied units, with its source (cached)."""

    def __init__(self, st: MergeState, units: dict[str, list[Unit]]) -> None:
        self.st = st
        self.units = units
        self._cache: dict[tuple[str, frozenset[int]], tuple[BaseGeometry, str]] = {}
        self._checked: dict[int, Trouble] = {}

    def full(self, fid: str, side: str) -> frozenset[int]:
        return frozenset(u.uid for u in self.units[fid] if u.side in (side, BOTH))

    def geometry(self, fid: str, applied: list[Unit]) -> tuple[BaseGeometry, str]:
        """(geometry, source) where source is base, ours, theirs or mixed."""
        ids = frozenset(u.uid for u in applied)
        key = (fid, ids)
        if key not in self._cache:
            b = self.st.base.features[fid]
            if not ids:
                found = (b.geometry, "base")
            elif ids == self.full(fid, OURS) and fid in self.st.ours.features:
                found = (self.st.ours.features[fid].geometry, OURS)
            elif ids == self.full(fid, THEIRS) and fid in self.st.theirs.features:
                found = (self.st.theirs.features[fid].geometry, THEIRS)
            else:
                found = (apply_units(b.geometry, self.st.shape(fid), applied), "mixed")
            self._cache[key] = found
        return self._cache[key]

    def trouble(self, geometry: BaseGeometry, layer: LayerKind) -> Trouble:
        """Why a merged geometry is not acceptable (None when it is), checked once."""
        if id(geometry) not in self._checked:
            self._checked[id(geometry)] = _trouble(geometry, layer)
        return self._checked[id(geometry)]

    def choice(self, fid: str, sets: UnionFind, side: str) -> tuple[BaseGeometry, str]:
        """The geometry when every conflict group is decided for ``side``."""
        applied = [u for u in self.units[fid]
                   if not sets.is_conflicted(u.uid) or u.side in (side, BOTH)]
        return self.geometry(fid, applied)


def _geometry_level(st: MergeState, margin_m: float
                    ) -> tuple[list[Unit], UnionFind, dict[str, _Why], _Evaluator]:
    changed = _changed_sides(st)
    two_sided = [fid for fid in changed if st.kind.get(fid) == "combined"
                 and st.combined[fid].geometry is None]
    fids = list(dict.fromkeys(two_sided + _candidates(st, changed)))
    raw: list[Unit] = []
    for fid in fids:
        raw += _units(st, fid, changed[fid])
    units = dedupe(raw)
    by_feature: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        by_feature[u.feature_id].append(u)
    keys: dict[int, set[SegmentKey]] = {}
    if len(by_feature) > 1:
        keys = {u.uid: u.segment_keys(st.shape(u.feature_id),
                                      st.base.features[u.feature_id].geometry) for u in units}
    sets = connect(units, keys, margin_m)
    evaluator = _Evaluator(st, by_feature)
    invalid: dict[str, _Why] = {}
    while True:
        found: dict[str, _Why] = {}
        for fid in by_feature:
            if fid in invalid:
                continue
            layer = st.base.features[fid].layer
            for side in (OURS, THEIRS):
                geom, source = evaluator.choice(fid, sets, side)
                if source != "mixed":
                    continue
                trouble = evaluator.trouble(geom, layer)
                if trouble is not None:
                    found[fid] = trouble
                    break
        if not found:
            break
        for fid, trouble in found.items():
            invalid[fid] = trouble
            members = by_feature[fid]
            for u in members[1:]:
                sets.union(members[0].uid, u.uid, conflict=True)
            sets.union(members[0].uid, members[0].uid, conflict=True)
    st.units = dict(by_feature)
    return units, sets, invalid, evaluator


def _primary_order(st: MergeState, fid: str) -> tuple[int, str]:
    return (LAYER_RANK[st.base.features[fid].layer], fid)


def _geometry_conflicts(st: MergeState, units: list[Unit], sets: UnionFind,
                        invalid: dict[str, _Why]) -> None:
    """One conflict per group of conflicting units (a group may span features)."""
    groups: dict[int, list[Unit]] = defaultdict(list)
    for u in units:
        if sets.is_conflicted(u.uid):
            groups[sets.find(u.uid)].append(u)
    found: list[tuple[tuple[tuple[int, str], int, int], Conflict]] = []
    for members in groups.values():
        feats = sorted({u.feature_id for u in members}, key=lambda f: _primary_order(st, f))
        primary = feats[0]
        spans = []
        for fid in feats:
            mine = [u for u in members if u.feature_id == fid]
            sides = {OURS: st.ours.features[fid].geometry, THEIRS: st.theirs.features[fid].geometry}
            spans += spans_of(fid, st.base.features[fid].geometry, st.shape(fid), mine, sides)
        first = min((u for u in members if u.feature_id == primary),
                    key=lambda u: (u.ring, u.interval()[0]))
        anchor = "whole" if first.whole else f"{first.ring}:{first.interval()[0]}"
        bad = [invalid[f] for f in feats if f in invalid]
        kind = ConflictKind.INVALID_RESULT if bad else ConflictKind.GEOMETRY
        where = say.span_point(spans[0])
        labels = [st.base.features[f].label for f in feats]
        if bad:
            reason, at = bad[0]
            text = say.invalid_sentence(labels, reason, at)
            where = at or where
        else:
            text = say.geometry_sentence(labels, where, any(s.whole for s in spans))
        b, o, t = (st.base.get(primary), st.ours.get(primary), st.theirs.get(primary))
        conflict = Conflict(primary, kind, None, b, o, t, where, text,
                            key=f"{kind.value}:{anchor}@{primary}", feature_ids=tuple(feats),
                            spans=tuple(spans))
        found.append(((_primary_order(st, primary), first.ring, first.interval()[0]), conflict))
    st.conflicts += [conflict for _, conflict in sorted(found, key=lambda x: x[0])]


def _set_geometry(st: MergeState, fid: str, ours_choice: tuple[BaseGeometry, str],
                  theirs_choice: tuple[BaseGeometry, str]) -> None:
    """Record the geometry (and its layer) a feature with units gets under each choice."""
    def layer_of(source: str) -> LayerKind:
        side = {OURS: st.ours, THEIRS: st.theirs}.get(source, st.base)
        return side.features[fid].layer

    if ours_choice[1] == "mixed":
        st.mixed.add(fid)
    if st.kind[fid] == "combined":
        c = st.combined[fid]
        c.geometry = (ours_choice[0], theirs_choice[0])
        c.layers = (layer_of(ours_choice[1]), layer_of(theirs_choice[1]))
        return
    # taken from one side, but a stretch of it is part of a conflict (a shared border)
    source = st.out_o[fid]
    assert source is not None
    st.out_o[fid] = build(fid, layer_of(ours_choice[1]), ours_choice[0],
                           dict(source.attributes), source)
    st.out_t[fid] = build(fid, layer_of(theirs_choice[1]), theirs_choice[0],
                           dict(source.attributes), source)


