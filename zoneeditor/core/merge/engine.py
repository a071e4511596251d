"""``merge(base, ours, theirs)``: the three-way merge of two versions descending from one base.

Feature by feature (see docs/merge.md for the rules with pictures):

- changed on one side only → taken from that side; changed identically on both → taken once;
  added on either side → kept; deleted on both → deleted;
- deleted on one side and changed on the other → a conflict, never silent;
- changed on both → attributes merge one by one (``core.merge.attributes``); geometries merge
  stretch by stretch (``geometry``, with ``units`` and ``grouping``): edits of disjoint
  stretches are both applied, overlapping or nearly touching ones (``margin_m``) are a
  conflict, and a border shared by two features is decided once for both;
- a merged geometry that is not valid is a conflict (each side's own drawing stays
  available), never repaired.

Deterministic: the result depends only on the three versions' content, never on dict order
or timing; swapping ours and theirs gives the same merge with the conflict sides swapped.
"""

from __future__ import annotations

from shapely.geometry.base import BaseGeometry

from zoneeditor.core.merge import describe as say
from zoneeditor.core.merge.attributes import merge_attributes
from zoneeditor.core.merge.geometry import resolve_geometries
from zoneeditor.core.merge.result import Conflict, ConflictKind, MergeResult
from zoneeditor.core.merge.state import (
    Combined,
    MergeState,
    build,
    geometry_changed,
    ordered_ids,
    same_feature,
    same_geometry_drawn,
)
from zoneeditor.core.merge.units import OURS, THEIRS
from zoneeditor.core.model import Feature, Version

#: Edits of one ring or line closer than this (metres) are one place: a conflict.
DEFAULT_MARGIN_M = 1.0


def merge(base: Version, ours: Version, theirs: Version, *,
          margin_m: float = DEFAULT_MARGIN_M,
          names: tuple[str, str] = ("ours", "theirs")) -> MergeResult:
    """Merge ``ours`` and ``theirs``, both descending from ``base`` (see module doc).

    ``margin_m``: edits of one ring or line closer than this many metres conflict even when
    they touch different vertices (edits meeting at one vertex both kept do not).
    ``names`` are the words the conflict sentences use for the two sides.
    """
    st = MergeState(base, ours, theirs, names)
    ids = ordered_ids(base, ours, theirs)
    for fid in ids:
        _feature_level(st, fid)
    resolve_geometries(st, margin_m)
    _attribute_conflicts(st)
    return _result(st, ids)


# -- whole features -----------------------------------------------------------------------------
def _feature_level(st: MergeState, fid: str) -> None:
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


def _delete_modify(st: MergeState, fid: str, b: Feature, o: Feature | None,
                   t: Feature | None) -> None:
    st.out_o[fid], st.out_t[fid] = o, t
    st.kind[fid] = "conflict"
    deleted_by, changed_by = st.names if o is None else st.names[::-1]
    modified = o or t
    assert modified is not None
    st.conflicts.append(Conflict(
        fid, ConflictKind.DELETE_MODIFY, None, b, o, t, say.feature_point(modified, b),
        say.delete_sentence(b.label, deleted_by, changed_by, say.changed_parts(b, modified)),
        key=f"delete_modify@{fid}", feature_ids=(fid,)))


def _combine(st: MergeState, fid: str, b: Feature, o: Feature, t: Feature) -> None:
    attrs = merge_attributes(b.attributes, o.attributes, t.attributes)
    go, gt = geometry_changed(b, o), geometry_changed(b, t)
    geometry: tuple[BaseGeometry, BaseGeometry] | None = None
    source = None
    if not go or (gt and o.layer == t.layer and same_geometry_drawn(o.geometry, t.geometry)):
        source = o if go or not gt else t
    elif not gt:
        source = o
    if source is not None:
        geometry = (source.geometry, source.geometry)
    layer = source.layer if source is not None else b.layer
    st.kind[fid] = "combined"
    st.combined[fid] = Combined(attrs, geometry, (layer, layer))


# -- attributes and the result ------------------------------------------------------------------
def _attribute_conflicts(st: MergeState) -> None:
    for fid, c in st.combined.items():
        b, o, t = st.base.features[fid], st.ours.features[fid], st.theirs.features[fid]
        for name in c.attrs.conflicts:
            values = (b.attributes.get(name), o.attributes.get(name), t.attributes.get(name))
            st.conflicts.append(Conflict(
                fid, ConflictKind.ATTRIBUTE, name, b, o, t, say.feature_point(b, o, t),
                say.attribute_sentence(b.label, name, values, st.names),
                key=f"attribute:{name}@{fid}", feature_ids=(fid,), values=values))
        assert c.geometry is not None
        st.out_o[fid] = build(fid, c.layers[0], c.geometry[0], c.attrs.ours, o)
        st.out_t[fid] = build(fid, c.layers[1], c.geometry[1], c.attrs.theirs, t)


def _result(st: MergeState, ids: list[str]) -> MergeResult:
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
