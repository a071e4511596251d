"""``merge(base, ours, theirs)``: the three-way merge of two versions descending from one base.

Feature by feature (see docs/merge.md for the rules with pictures):

- changed on one side only → taken from that side; changed identically on both → taken once;
  added on either side → kept; deleted on both → deleted;
- deleted on one side and changed on the other → a conflict, never silent;
- changed on both → attributes merge one by one (``core.merge.attributes``); geometries merge
  stretch by stretch (``units`` + ``grouping``): edits of disjoint stretches are both applied,
  overlapping or nearly touching ones (``margin_m``) are a conflict, and a border shared by two
  features is decided once for both;
- a merged geometry that is not valid is a conflict (each side's own drawing stays
  available), never repaired.

Deterministic: the result depends only on the three versions' content, never on dict order
or timing; swapping ours and theirs gives the same merge with the conflict sides swapped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff_match import same_geometry
from zoneeditor.core.merge import describe as say
from zoneeditor.core.merge.attributes import AttributeMerge, merge_attributes, same_attributes
from zoneeditor.core.merge.grouping import UnionFind, connect, dedupe
from zoneeditor.core.merge.result import Conflict, ConflictKind, MergeResult
from zoneeditor.core.merge.shapes import Shape, decompose
from zoneeditor.core.merge.splice import apply_units, spans_of
from zoneeditor.core.merge.units import BOTH, OURS, THEIRS, Unit, side_units
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.validity import problem

#: Edits of one ring or line closer than this (metres) are one place: a conflict.
DEFAULT_MARGIN_M = 1.0

_LAYER_RANK = {LayerKind.ZONES: 0, LayerKind.LINES: 1, LayerKind.POINTS: 2}


def same_feature(a: Feature | None, b: Feature | None) -> bool:
    """True when two states of a feature hold the same content (drawing order aside)."""
    if a is None or b is None:
        return a is None and b is None
    return (a.layer == b.layer and same_attributes(a.attributes, b.attributes)
            and _same_geometry(a.geometry, b.geometry))


def _same_geometry(a: BaseGeometry, b: BaseGeometry) -> bool:
    return (a.geom_type == b.geom_type and bool(a.equals_exact(b, 0))) or same_geometry(a, b)


def geometry_changed(base: Feature, side: Feature) -> bool:
    """True when ``side`` moved, reshaped or re-layered ``base``'s geometry."""
    return side.layer != base.layer or not _same_geometry(base.geometry, side.geometry)


@dataclass
class _Combined:
    """A feature both sides changed (differently): attributes merged, geometry pending."""

    attrs: AttributeMerge
    geometry: tuple[BaseGeometry, BaseGeometry] | None  # (ours choice, theirs choice) if known
    layers: tuple[LayerKind, LayerKind]


@dataclass
class _State:
    """The merge in progress."""

    base: Version
    ours: Version
    theirs: Version
    names: tuple[str, str]
    out_o: dict[str, Feature | None] = field(default_factory=dict)
    out_t: dict[str, Feature | None] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    kind: dict[str, str] = field(default_factory=dict)   # ours/theirs/same/unchanged/combined
    combined: dict[str, _Combined] = field(default_factory=dict)
    shapes: dict[str, Shape | None] = field(default_factory=dict)
    units: dict[str, list[Unit]] = field(default_factory=dict)   # by feature
    mixed: set[str] = field(default_factory=set)   # merged geometry joins both sides

    def shape(self, fid: str) -> Shape | None:
        """The base geometry of ``fid`` split into rings (cached)."""
        if fid not in self.shapes:
            self.shapes[fid] = decompose(self.base.features[fid].geometry)
        return self.shapes[fid]

    def take(self, fid: str, feature: Feature | None, kind: str) -> None:
        self.out_o[fid] = self.out_t[fid] = feature
        self.kind[fid] = kind


def _ordered_ids(base: Version, ours: Version, theirs: Version) -> list[str]:
    ids = list(base.features)
    seen = set(ids)
    for v in (ours, theirs):
        for fid in v.features:
            if fid not in seen:
                seen.add(fid)
                ids.append(fid)
    return ids


def merge(base: Version, ours: Version, theirs: Version, *,
          margin_m: float = DEFAULT_MARGIN_M,
          names: tuple[str, str] = ("ours", "theirs")) -> MergeResult:
    """Merge ``ours`` and ``theirs``, both descending from ``base`` (see module doc).

    ``margin_m``: edits of one ring or line closer than this many metres conflict even when
    they touch different vertices (edits meeting at one vertex both kept do not).
    ``names`` are the words the conflict sentences use for the two sides.
    """
    st = _State(base, ours, theirs, names)
    ids = _ordered_ids(base, ours, theirs)
    for fid in ids:
        _feature_level(st, fid)
    units, sets, invalid, evaluator = _geometry_level(st, margin_m)
    _geometry_conflicts(st, units, sets, invalid)
    for fid in st.units:
        _set_geometry(st, fid, evaluator.choice(fid, sets, OURS),
                      evaluator.choice(fid, sets, THEIRS))
    _attribute_conflicts(st)
    return _result(st, ids)


# -- whole features -----------------------------------------------------------------------------
def _feature_level(st: _State, fid: str) -> None:
    b, o, t = st.base.get(fid), st.ours.get(fid), st.theirs.get(fid)
    if b is None:
        if o is None or t is None:
            st.take(fid, o or t, OURS if t is None else THEIRS)
        elif same_feature(o, t):
            st.take(fid, o, "same")
        else:
            st.out_o[fid], st.out_t[fid] = o, t
            st.kind[fid] = "conflict"
            st.conflicts.append(Conflict(
                fid, ConflictKind.BOTH_ADDED, None, None, o, t, say.feature_point(o, t),
                say.both_added_sentence(o.label, st.names), key=f"both_added@{fid}",
                feature_ids=(fid,)))
        return
    o_same, t_same = same_feature(o, b), same_feature(t, b)
    if o_same and t_same:
        st.take(fid, o, "unchanged")
    elif o is None and t is None:
        st.take(fid, None, "same")
    elif o is None or t is None:
        if (t_same if o is None else o_same):
            st.take(fid, None, OURS if o is None else THEIRS)
        else:
            _delete_modify(st, fid, b, o, t)
    elif t_same:
        st.take(fid, o, OURS)
    elif o_same:
        st.take(fid, t, THEIRS)
    elif same_feature(o, t):
        st.take(fid, o, "same")
    else:
        _combine(st, fid, b, o, t)


def _delete_modify(st: _State, fid: str, b: Feature, o: Feature | None,
                   t: Feature | None) -> None:
    st.out_o[fid], st.out_t[fid] = o, t
    st.kind[fid] = "conflict"
    deleted_by, changed_by = (st.names[0], st.names[1]) if o is None else st.names
    if o is not None:
        deleted_by, changed_by = st.names[1], st.names[0]
    modified = o or t
    assert modified is not None
    st.conflicts.append(Conflict(
        fid, ConflictKind.DELETE_MODIFY, None, b, o, t, say.feature_point(modified, b),
        say.delete_sentence(b.label, deleted_by, changed_by, say.changed_parts(b, modified)),
        key=f"delete_modify@{fid}", feature_ids=(fid,)))


def _combine(st: _State, fid: str, b: Feature, o: Feature, t: Feature) -> None:
    attrs = merge_attributes(b.attributes, o.attributes, t.attributes)
    go, gt = geometry_changed(b, o), geometry_changed(b, t)
    geometry: tuple[BaseGeometry, BaseGeometry] | None = None
    source = None
    if not go or (gt and o.layer == t.layer and _same_geometry(o.geometry, t.geometry)):
        source = o if go or not gt else t
    elif not gt:
        source = o
    if source is not None:
        geometry = (source.geometry, source.geometry)
    layer = source.layer if source is not None else b.layer
    st.kind[fid] = "combined"
    st.combined[fid] = _Combined(attrs, geometry, (layer, layer))


# -- geometries, stretch by stretch -------------------------------------------------------------
def _changed_sides(st: _State) -> dict[str, tuple[bool, bool]]:
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


def _candidates(st: _State, changed: dict[str, tuple[bool, bool]]) -> list[str]:
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


def _units(st: _State, fid: str, flags: tuple[bool, bool]) -> list[Unit]:
    b = st.base.features[fid]
    out: list[Unit] = []
    for side, flag, version in ((OURS, flags[0], st.ours), (THEIRS, flags[1], st.theirs)):
        if not flag:
            continue
        s = version.features[fid]
        shape = st.shape(fid) if s.layer == b.layer else None
        out += side_units(fid, b.geometry, shape, s.geometry, side)
    return out


class _Evaluator:
    """A feature's geometry for a set of applied units, with its source (cached)."""

    def __init__(self, st: _State, units: dict[str, list[Unit]]) -> None:
        self.st = st
        self.units = units
        self._cache: dict[tuple[str, frozenset[int]], tuple[BaseGeometry, str]] = {}

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

    def choice(self, fid: str, sets: UnionFind, side: str) -> tuple[BaseGeometry, str]:
        """The geometry when every conflict group is decided for ``side``."""
        applied = [u for u in self.units[fid]
                   if not sets.is_conflicted(u.uid) or u.side in (side, BOTH)]
        return self.geometry(fid, applied)


def _geometry_level(st: _State, margin_m: float):
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
    keys = {}
    if len(by_feature) > 1:
        keys = {u.uid: u.segment_keys(st.shape(u.feature_id),
                                      st.base.features[u.feature_id].geometry) for u in units}
    sets = connect(units, keys, margin_m)
    evaluator = _Evaluator(st, by_feature)
    invalid: dict[str, tuple[str, tuple[float, float] | None]] = {}
    while True:
        found = {}
        for fid in by_feature:
            if fid in invalid:
                continue
            layer = st.base.features[fid].layer
            for side in (OURS, THEIRS):
                geom, source = evaluator.choice(fid, sets, side)
                if source != "mixed":
                    continue
                trouble = problem(geom, layer)
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


def _primary_order(st: _State, fid: str) -> tuple[int, str]:
    return (_LAYER_RANK[st.base.features[fid].layer], fid)


def _geometry_conflicts(st: _State, units: list[Unit], sets: UnionFind,
                        invalid: dict) -> None:
    """One conflict per group of conflicting units (a group may span features)."""
    groups: dict[int, list[Unit]] = defaultdict(list)
    for u in units:
        if sets.is_conflicted(u.uid):
            groups[sets.find(u.uid)].append(u)
    found: list[tuple[tuple, Conflict]] = []
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


def _set_geometry(st: _State, fid: str, ours_choice: tuple[BaseGeometry, str],
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
    st.out_o[fid] = _build(fid, layer_of(ours_choice[1]), ours_choice[0],
                           dict(source.attributes), source)
    st.out_t[fid] = _build(fid, layer_of(theirs_choice[1]), theirs_choice[0],
                           dict(source.attributes), source)


# -- attributes and the result ------------------------------------------------------------------
def _attribute_conflicts(st: _State) -> None:
    for fid, c in st.combined.items():
        b, o, t = st.base.features[fid], st.ours.features[fid], st.theirs.features[fid]
        for name in c.attrs.conflicts:
            values = (b.attributes.get(name), o.attributes.get(name), t.attributes.get(name))
            st.conflicts.append(Conflict(
                fid, ConflictKind.ATTRIBUTE, name, b, o, t, say.feature_point(b, o, t),
                say.attribute_sentence(b.label, name, values, st.names),
                key=f"attribute:{name}@{fid}", feature_ids=(fid,), values=values))
        assert c.geometry is not None
        st.out_o[fid] = _build(fid, c.layers[0], c.geometry[0], c.attrs.ours, o)
        st.out_t[fid] = _build(fid, c.layers[1], c.geometry[1], c.attrs.theirs, t)


def _build(fid: str, layer: LayerKind, geometry: BaseGeometry, attrs: dict,
           like: Feature) -> Feature:
    """A merged feature; ``like`` itself when it is exactly that (keeps side objects)."""
    f = Feature(fid, layer, geometry, attrs)
    return like if f == like else f


def _result(st: _State, ids: list[str]) -> MergeResult:
    in_conflict = {fid for c in st.conflicts for fid in c.feature_ids}
    taken_o, taken_t, combined, within, same = [], [], [], [], []
    for fid in ids:
        kind = st.kind[fid]
        if fid in in_conflict or kind in ("unchanged", "conflict"):
            continue
        if kind == "same":
            same.append(fid)
        elif kind == OURS:
            taken_o.append(fid)
        elif kind == THEIRS:
            taken_t.append(fid)
        else:  # combined: whatever the merge made of it, judged by the outcome
            merged = st.out_o[fid]
            if merged == st.ours.features[fid]:
                taken_o.append(fid)
            elif merged == st.theirs.features[fid]:
                taken_t.append(fid)
            else:
                combined.append(fid)
                if fid in st.mixed:
                    within.append(fid)
    order = {fid: k for k, fid in enumerate(ids)}
    conflicts = sorted(st.conflicts, key=lambda c: (order[c.feature_id], c.key))
    merged_features = {fid: f for fid in ids if (f := st.out_o.get(fid)) is not None}
    theirs = {fid: st.out_t.get(fid) for fid in ids if st.out_t.get(fid) is not st.out_o.get(fid)}
    return MergeResult(
        Version(st.ours.name, merged_features, st.ours.description),
        tuple(conflicts), tuple(taken_o), tuple(taken_t), tuple(combined), tuple(within),
        tuple(same), st.base, st.ours, st.theirs, theirs)
