"""Pairing the features of two versions, and telling a real change from a re-drawing.

Features are matched by their stable id first; a feature left unmatched on both sides is then
paired by name within the same layer (a zone deleted and redrawn under the same name is the
same zone to a negotiator; QGIS reports it as delete + add, which is what users complain of).

A geometry is *unchanged* when only its drawing order differs: another start vertex, the
opposite ring orientation or a repeated consecutive vertex. Both geometries are normalised
(GEOS ``normalize``) with repeated points removed and compared exactly.

>>> from shapely import Polygon
>>> a = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
>>> b = Polygon([(1, 1), (1, 1), (1, 0), (0, 0), (0, 1)])   # restarted, reversed, doubled
>>> same_geometry(a, b)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import NamedTuple

import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import Delta
from zoneeditor.core.model import Feature, Version


class Change(StrEnum):
    """What happened to a feature between two versions."""

    ADDED = "added"
    REMOVED = "removed"
    MODIFIED = "modified"
    UNCHANGED = "unchanged"


def canonical_geometry(geometry: BaseGeometry) -> BaseGeometry:
    """The geometry with repeated vertices removed and rings/parts in GEOS normal order."""
    return shapely.normalize(shapely.remove_repeated_points(geometry, 0.0))


def same_geometry(a: BaseGeometry, b: BaseGeometry) -> bool:
    """True when ``a`` and ``b`` are the same shape drawn in another order (see module doc)."""
    if a.geom_type != b.geom_type:
        return False
    if a.is_empty or b.is_empty:
        return a.is_empty and b.is_empty
    return bool(canonical_geometry(a).equals_exact(canonical_geometry(b), 0.0))


def _attr_value(value: object) -> object:
    # "" and None both mean "unset" in the model (the project file stores empty as NULL).
    return None if value is None or value == "" else value


def changed_attributes(old: Feature, new: Feature) -> tuple[str, ...]:
    """Names of attributes whose value differs (unset and empty count as the same), sorted."""
    keys = set(old.attributes) | set(new.attributes)
    return tuple(
        sorted(
            k for k in keys
            if _attr_value(old.attributes.get(k)) != _attr_value(new.attributes.get(k))
        )
    )


def classify(delta: Delta) -> tuple[Change, tuple[str, ...], bool]:
    """(change, changed attribute names, geometry changed?) for one matched pair."""
    if delta.old is None:
        return Change.ADDED, (), True
    if delta.new is None:
        return Change.REMOVED, (), True
    geometry_changed = not same_geometry(delta.old.geometry, delta.new.geometry)
    attrs = changed_attributes(delta.old, delta.new)
    if geometry_changed or attrs:
        return Change.MODIFIED, attrs, geometry_changed
    return Change.UNCHANGED, (), False


class Match(NamedTuple):
    """A matched pair; ``old_id`` is the old feature's own id when it was matched by name."""

    delta: Delta
    old_id: str | None = None


def match_features(
    old: Version | Iterable[Feature], new: Version | Iterable[Feature]
) -> list[Match]:
    """Pair every feature of ``old`` with its counterpart in ``new`` (by id, then by name).

    Returns one ``Match`` (a ``Delta`` and, for name matches, the old id) per feature:
    ``Delta(f, None)`` for a removed feature, ``Delta(None, g)`` for an added one.
    A pair matched by name has different ids on both sides; it is reported under the *new*
    id with the old feature re-labelled to that id (one id per Delta, as everywhere).
    Order: the old version's order, then features only in the new version.
    """
    old_by_id = {f.id: f for f in old}
    new_by_id = {f.id: f for f in new}
    only_old = [f for fid, f in old_by_id.items() if fid not in new_by_id]
    only_new = [f for fid, f in new_by_id.items() if fid not in old_by_id]
    by_name = _pair_by_name(only_old, only_new)

    deltas: list[Match] = []
    renamed_new: set[str] = set()
    for fid, f in old_by_id.items():
        if fid in new_by_id:
            deltas.append(Match(Delta(f, new_by_id[fid])))
        elif fid in by_name:
            g = by_name[fid]
            renamed_new.add(g.id)
            deltas.append(Match(Delta(Feature(g.id, f.layer, f.geometry, f.attributes), g), fid))
        else:
            deltas.append(Match(Delta(f, None)))
    for fid, g in new_by_id.items():
        if fid not in old_by_id and fid not in renamed_new:
            deltas.append(Match(Delta(None, g)))
    return deltas


def _pair_by_name(only_old: list[Feature], only_new: list[Feature]) -> dict[str, Feature]:
    """Old id -> new feature for names that occur exactly once on each side in one layer."""
    def index(features: list[Feature]) -> dict[tuple[str, str], list[Feature]]:
        out: dict[tuple[str, str], list[Feature]] = {}
        for f in features:
            if f.name.strip():
                out.setdefault((f.layer.value, f.name.strip().casefold()), []).append(f)
        return out

    olds, news = index(only_old), index(only_new)
    pairs: dict[str, Feature] = {}
    for key, fs in olds.items():
        gs = news.get(key, [])
        if len(fs) == 1 and len(gs) == 1:  # an ambiguous name is no evidence of identity
            pairs[fs[0].id] = gs[0]
    return pairs
