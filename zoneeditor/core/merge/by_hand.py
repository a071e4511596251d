"""Resolving a conflict by hand: has the conflicting part been edited, and marking it resolved.

Besides taking ours or theirs (``core.merge.resolve.resolution``), a delegate may draw the
conflicting stretch themselves, or type a third value. ``hand_edited(conflict, version)``
says whether that happened: the stretch between the span's anchors (or the attribute, or
the whole feature) is now neither ours nor theirs. Only then does ``mark_resolved`` give the
change set removing the conflict's marker: a conflict left exactly as one side drew it is
decided by choosing that side, so nobody "marks resolved" a conflict nobody looked at.

Both read only the version's current state, so they work as well after other resolutions,
undo and redo, and after the proposal was saved and reopened.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.merge.resolve import MARKER, is_open, open_keys, without_key
from zoneeditor.core.merge.result import Conflict, ConflictKind, Span
from zoneeditor.core.merge.shapes import VertexIndex, decompose, drop_repeats
from zoneeditor.core.merge.splice import cyclic
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, Version


def _same_path(a: np.ndarray, b: np.ndarray) -> bool:
    a, b = drop_repeats(np.asarray(a, float)), drop_repeats(np.asarray(b, float))
    return a.shape == b.shape and bool(np.array_equal(a, b))


def _same_geometry(a: BaseGeometry | None, b: BaseGeometry | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return bool(shapely.normalize(a).equals_exact(shapely.normalize(b), 0))


def _same_ring(ring: np.ndarray, closed_path: np.ndarray) -> bool:
    """True when ``ring`` (cleaned, open) is the closed path, whatever vertex it starts at."""
    path = drop_repeats(closed_path[:-1])
    if len(path) != len(ring) or not len(ring):
        return False
    start = VertexIndex(ring).index(path[0])
    return start >= 0 and bool(np.array_equal(np.roll(ring, -start, axis=0), path))


def current_path(span: Span, feature: Feature | None) -> np.ndarray | None:
    """The path the feature has now over ``span`` (None when its anchors are gone)."""
    if feature is None:
        return None
    shape = decompose(feature.geometry)
    if shape is None:
        return None
    for ring in shape.rings:
        index = VertexIndex(ring)
        if shape.closed and span.start is None and span.end is None:
            continue  # a whole-ring span: compared ring by ring in _span_edited
        a = index.index(span.start) if span.start is not None else 0
        b = index.index(span.end) if span.end is not None else len(ring) - 1
        if a < 0 or b < 0:
            continue
        if shape.closed:
            return np.concatenate([cyclic(ring, a, b), ring[b:b + 1]])
        return ring[a:b + 1] if a <= b else ring[b:a + 1][::-1]
    return None


def _span_edited(span: Span, feature: Feature | None) -> bool:
    if feature is None:
        return True
    if span.whole:
        geoms = span.geometries or (None, None, None)
        return not (_same_geometry(feature.geometry, geoms[1])
                    or _same_geometry(feature.geometry, geoms[2]))
    shape = decompose(feature.geometry)
    if shape is not None and shape.closed and span.start is None and span.end is None:
        return not any(_same_ring(r, span.ours) or _same_ring(r, span.theirs)
                       for r in shape.rings)
    path = current_path(span, feature)
    if path is None:
        return True  # an anchor was moved or deleted: that is an edit of the stretch
    return not (_same_path(path, span.ours) or _same_path(path, span.theirs))


def _unmarked(feature: Feature | None) -> Feature | None:
    if feature is None:
        return None
    attrs = {k: v for k, v in feature.attributes.items() if k != MARKER}
    return Feature(feature.id, feature.layer, feature.geometry, attrs)


def _blank(value: object) -> object:
    return None if value in (None, "") else value


def hand_edited(conflict: Conflict, version: Version) -> bool:
    """True when what ``conflict`` covers is now neither ours nor theirs in ``version``."""
    kind = conflict.kind
    if kind == ConflictKind.ATTRIBUTE:
        current = version.get(conflict.feature_id)
        if current is None or conflict.values is None or conflict.attribute is None:
            return current is None
        value = _blank(current.attributes.get(conflict.attribute))
        return value not in (_blank(conflict.values[1]), _blank(conflict.values[2]))
    if kind in (ConflictKind.DELETE_MODIFY, ConflictKind.BOTH_ADDED) and not conflict.spans:
        now = _unmarked(version.get(conflict.feature_id))
        return now not in (_unmarked(conflict.ours), _unmarked(conflict.theirs))
    return any(_span_edited(span, version.get(span.feature_id)) for span in conflict.spans)


def mark_resolved(conflict: Conflict, version: Version, label: str | None = None) -> ChangeSet:
    """The change set that records ``conflict`` as decided by hand in ``version``.

    Refused (``EditRefused``) while the conflict is not open, or while what it covers is
    still exactly ours or theirs (then choose that side instead).
    """
    if not is_open(conflict, version):
        raise EditRefused("this conflict is not open in the proposal any more")
    if not hand_edited(conflict, version):
        raise EditRefused("the conflicting part is still as one side drew it: take ours or "
                          "theirs, or edit it first")
    deltas = []
    for fid in conflict.feature_ids or (conflict.feature_id,):
        f = version.get(fid)
        if f is not None and conflict.key in open_keys(f):
            deltas.append(Delta(f, without_key(f, conflict.key)))
    name = (conflict.ours or conflict.theirs or conflict.base)
    text = label or Message("Mark conflict on %1 resolved",
                            name.label if name else conflict.feature_id[:8])
    return ChangeSet(text, version.name, tuple(deltas))
