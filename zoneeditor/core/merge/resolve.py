"""Merge proposals and their open conflicts: marking, resolving, and "is it resolved?".

A merge written as a proposal (``proposal``) is the merged version with every open conflict
*marked* on the features it concerns: the attribute ``merge_conflict`` lists the keys of the
conflicts still open on that feature. A feature deleted on our side but changed on theirs
stays on the map in theirs' state, marked, so nobody loses it by looking away; deleting it is
how "ours" is chosen. Everything else is exactly ``MergeResult.merged``.

Resolving a conflict is an ordinary ``ChangeSet`` (``resolution``): it rewrites only what the
conflict covers — the conflicting stretches (found by their anchor vertices, so other
resolutions and hand edits elsewhere in the feature are kept), the attribute, or the whole
feature — and removes the conflict's key from the marker. Undo puts both back, so an undone
resolution is an open conflict again. ``is_resolved(version)`` is true when no marker is left.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.merge.result import Conflict, ConflictKind, MergeResult, Side, Span
from zoneeditor.core.merge.shapes import VertexIndex, assemble, decompose, drop_repeats
from zoneeditor.core.merge.splice import cyclic
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.validity import describe, problem

#: The attribute listing a feature's open conflicts in a merge proposal ("; "-separated keys).
MARKER = "merge_conflict"
_SEP = "; "


def open_keys(feature: Feature | None) -> tuple[str, ...]:
    """Keys of the conflicts still open on ``feature`` (from its marker)."""
    if feature is None:
        return ()
    text = str(feature.attributes.get(MARKER) or "")
    return tuple(k for k in text.split(_SEP) if k)


def _with_keys(feature: Feature, keys: set[str] | tuple[str, ...]) -> Feature:
    attrs = dict(feature.attributes)
    if keys:
        attrs[MARKER] = _SEP.join(sorted(keys))
    else:
        attrs.pop(MARKER, None)
    return Feature(feature.id, feature.layer, feature.geometry, attrs)


def without_key(feature: Feature, key: str) -> Feature:
    """``feature`` with conflict ``key`` taken out of its marker (the marker goes with the
    last key)."""
    return _with_keys(feature, set(open_keys(feature)) - {key})


def proposal(result: MergeResult, name: str, description: str = "") -> Version:
    """The merged version as a new proposal named ``name``, open conflicts marked."""
    features = dict(result.merged.features)
    for c in result.conflicts:
        for fid in c.feature_ids:
            f = features.get(fid)
            if f is None:  # deleted on our side, changed on theirs: kept visible, marked
                f = c.theirs if fid == c.feature_id else result.states(fid)[2]
                if f is None:
                    continue
            features[fid] = _with_keys(f, {*open_keys(f), c.key})
    return Version(name, features, description)


def open_conflicts(version: Version) -> dict[str, tuple[str, ...]]:
    """Feature id -> keys of its open conflicts, for every marked feature of ``version``."""
    return {f.id: keys for f in version if (keys := open_keys(f))}


def is_open(conflict: Conflict, version: Version) -> bool:
    """True while ``conflict`` is still marked on one of its features in ``version``."""
    return any(conflict.key in open_keys(version.get(fid)) for fid in conflict.feature_ids)


def is_resolved(version: Version) -> bool:
    """True when no conflict is left open in ``version`` (the "resolved?" query)."""
    return not open_conflicts(version)


def resolution(conflict: Conflict, side: Side, version: Version,
               label: str | None = None) -> ChangeSet:
    """The change set deciding ``conflict`` for ``side`` in ``version`` (its current state).

    Raises ``EditRefused`` when the conflicting stretch can no longer be found (edited away
    by hand: resolve it by editing) or when the choice would make an invalid geometry.
    """
    deltas = []
    for fid in conflict.feature_ids:
        current = version.get(fid)
        new = _resolved_feature(conflict, side, fid, current)
        if new is not None:
            new = _with_keys(new, set(open_keys(new)) - {conflict.key})
        if current != new and not (current is None and new is None):
            deltas.append(Delta(current, new))
    name = conflict.ours.label if conflict.ours else (
        conflict.theirs.label if conflict.theirs else conflict.feature_id[:8])
    text = label or Message("Resolve conflict on %1: take ours" if side == "ours" else
                            "Resolve conflict on %1: take theirs", name)
    return ChangeSet(text, version.name, tuple(deltas))


def _resolved_feature(conflict: Conflict, side: Side, fid: str,
                      current: Feature | None) -> Feature | None:
    kind = conflict.kind
    if kind in (ConflictKind.DELETE_MODIFY, ConflictKind.BOTH_ADDED):
        chosen = conflict.ours if side == "ours" else conflict.theirs
        if chosen is None:
            return None
        return _with_keys(chosen, open_keys(current))
    if current is None:
        raise EditRefused(f"feature {fid[:8]} is no longer in the proposal: "
                          f"the conflict cannot be resolved by choosing a side")
    if kind == ConflictKind.ATTRIBUTE:
        assert conflict.values is not None and conflict.attribute is not None
        chosen_value = conflict.values[1] if side == "ours" else conflict.values[2]
        return current.with_attributes(**{conflict.attribute: chosen_value
                                          if chosen_value is not None else ""})
    spans = [s for s in conflict.spans if s.feature_id == fid]
    geometry, layer = patch_geometry(current, spans, side)
    trouble = problem(geometry, layer)
    if trouble is not None:
        raise EditRefused(f"Taking {side} for {current.label} refused: "
                          f"{describe(*trouble)}; edit the stretch by hand", trouble[1])
    return Feature(fid, layer, geometry, dict(current.attributes))


def patch_geometry(feature: Feature, spans: list[Span], side: Side
                   ) -> tuple[BaseGeometry, LayerKind]:
    """``feature``'s geometry with each span's path replaced by ``side``'s; also the layer."""
    whole = [s for s in spans if s.whole]
    if whole:
        geoms = whole[0].geometries or (None, None, None)
        chosen = geoms[1] if side == "ours" else geoms[2]
        if chosen is None:
            raise EditRefused("that side has no geometry for this feature")
        return chosen, feature.layer
    shape = decompose(feature.geometry)
    if shape is None:
        raise EditRefused(f"{feature.label} has no stretches to choose from any more")
    rings = list(shape.rings)
    for span in spans:
        _patch_ring(rings, span, side, shape.closed, feature.label)
    replaced = {i: r for i, r in enumerate(rings) if r is not shape.rings[i]}
    return assemble(shape, replaced), feature.layer


def _patch_ring(rings: list[np.ndarray], span: Span, side: Side, closed: bool,
                label: str) -> None:
    path = span.path(side)
    if closed and span.start is None and span.end is None:
        _replace_ring(rings, span, path, label)
        return
    for i, ring in enumerate(rings):
        index = VertexIndex(ring)
        a = index.index(span.start) if span.start is not None else 0
        b = index.index(span.end) if span.end is not None else len(ring) - 1
        if a < 0 or b < 0:
            continue
        if closed:
            rings[i] = drop_repeats(np.concatenate([path[:-1], cyclic(ring, b, a)]))
            return
        if a > b:  # the line runs the other way now (both anchors known)
            ring = ring[::-1]
            index = VertexIndex(ring)
            a = index.index(span.start) if span.start is not None else 0
            b = index.index(span.end) if span.end is not None else len(ring) - 1
        rings[i] = drop_repeats(np.concatenate([ring[:a], path, ring[b + 1:]]))
        return
    raise EditRefused(f"the conflicting stretch of {label} was edited by hand; "
                      f"resolve it by editing the geometry")


def _replace_ring(rings: list[np.ndarray], span: Span, path: np.ndarray, label: str) -> None:
    """Put ``path`` in place of the ring a whole-ring span covers (the one sharing most
    vertices with its base, ours or theirs ring: whichever the proposal holds now)."""
    known = VertexIndex(np.concatenate([span.base, span.ours, span.theirs]))
    hits = [int(np.count_nonzero(known.find(ring) >= 0)) for ring in rings]
    best = int(np.argmax(hits)) if hits else -1
    if best < 0 or hits[best] == 0:
        raise EditRefused(f"the conflicting ring of {label} was edited by hand; "
                          f"resolve it by editing the geometry")
    rings[best] = drop_repeats(path[:-1])


def apply_choices(result: MergeResult, choices: Mapping[str, Side]) -> Version:
    """``result.merged`` with each named conflict decided for the chosen side."""
    version = result.merged.copy()
    for conflict in result.conflicts:
        side = choices.get(conflict.key, "ours")
        if side == "ours":
            continue
        cs = resolution(conflict, side, version)
        for d in cs.deltas:
            if d.new is None:
                version.features.pop(d.id, None)
            else:
                version.features[d.id] = d.new
    return version
