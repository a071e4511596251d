"""What a three-way merge returns: the merged version, its conflicts, and where each came from.

A ``Conflict`` is one decision a person must take: one attribute changed differently on both
sides, one feature deleted on one side and changed on the other, or one *group* of edited
stretches that overlap (a group may span several features when the stretch is a border they
share, so that both neighbours are always resolved the same way). Each conflict carries the
three states of its feature (base, ours, theirs), a location and a plain sentence, plus the
``spans`` a resolution needs to rewrite only the conflicting stretch (``core.merge.resolve``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Literal

import numpy as np
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.model import Feature, Version

Side = Literal["ours", "theirs"]
SIDES: tuple[Side, Side] = ("ours", "theirs")
XY = tuple[float, float]


def other(side: Side) -> Side:
    """The other side."""
    return "theirs" if side == "ours" else "ours"


class ConflictKind(StrEnum):
    """Why a decision is needed."""

    #: Both sides redrew overlapping (or nearly touching) stretches of one ring or line.
    GEOMETRY = "geometry"
    #: Both sides set the same attribute to different values.
    ATTRIBUTE = "attribute"
    #: One side deleted the feature, the other changed it.
    DELETE_MODIFY = "delete_modify"
    #: Each side's edits are fine alone, but together they make an invalid geometry.
    INVALID_RESULT = "invalid_result"
    #: Both sides added a feature with the same id but different content (drawn ids are
    #: random: this happens when one feature was copied into both files by hand, or one
    #: foreign file imported on both sides — its ids come from its content — and then edited).
    BOTH_ADDED = "both_added"


@dataclass(frozen=True, eq=False)
class Span:
    """One stretch a geometry conflict covers, with each side's path over it.

    ``start``/``end`` are anchor vertices kept by base, ours and theirs alike; ``None`` means
    the stretch runs from the start (or to the end) of a line; on a ring both are ``None`` when
    the conflict covers every segment of it, and the paths are then the closed rings. Paths
    are (k, 2) lon/lat arrays from ``start`` to ``end`` inclusive, rings walked
    counter-clockwise. A ``whole`` span
    replaces the entire geometry (when the two drawings cannot be aligned stretch by stretch):
    its paths are empty and ``geometries`` holds (base, ours, theirs).
    """

    feature_id: str
    start: XY | None
    end: XY | None
    base: np.ndarray
    ours: np.ndarray
    theirs: np.ndarray
    whole: bool = False
    geometries: tuple[BaseGeometry | None, BaseGeometry | None, BaseGeometry | None] | None = None

    def path(self, side: Side) -> np.ndarray:
        """The path of ``side`` over this span."""
        return self.ours if side == "ours" else self.theirs

    def swapped(self) -> Span:
        """The same span with ours and theirs exchanged."""
        geoms = self.geometries
        if geoms is not None:
            geoms = (geoms[0], geoms[2], geoms[1])
        return replace(self, ours=self.theirs, theirs=self.ours, geometries=geoms)

    def __eq__(self, other_span: object) -> bool:
        if not isinstance(other_span, Span):
            return NotImplemented
        mine, theirs = self.geometries, other_span.geometries
        same_geoms = (mine is None) == (theirs is None)
        if mine is not None and theirs is not None:
            pairs = zip(mine, theirs, strict=True)
            same_geoms = all((a is None and b is None)
                             or (a is not None and b is not None and a.equals_exact(b, 0))
                             for a, b in pairs)
        return (self.feature_id == other_span.feature_id and self.start == other_span.start
                and self.end == other_span.end and self.whole == other_span.whole
                and np.array_equal(self.base, other_span.base)
                and np.array_equal(self.ours, other_span.ours)
                and np.array_equal(self.theirs, other_span.theirs) and same_geoms)

    # No __hash__: a class that defines __eq__ gets __hash__ = None from Python, so a Span
    # (it holds arrays) is unhashable, as before.


@dataclass(frozen=True)
class Conflict:
    """One decision left to a person.

    ``feature_id`` is the main feature; ``feature_ids`` lists every feature the decision
    changes (a border shared by two zones and a line of contact is one conflict). ``key`` is
    unique in its merge and stable (``tag`` is the part stored in a proposal's marker).
    """

    feature_id: str
    kind: ConflictKind
    attribute: str | None
    base: Feature | None
    ours: Feature | None
    theirs: Feature | None
    where: XY | None
    description: str
    key: str = ""
    feature_ids: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()
    #: For an attribute conflict: the values (base, ours, theirs); None = unset.
    values: tuple[Any, Any, Any] | None = None

    @property
    def tag(self) -> str:
        """The marker tag of this conflict (its key without the feature id)."""
        return self.key.split("@", 1)[0]

    def state(self, side: Literal["base", "ours", "theirs"]) -> Feature | None:
        """The main feature as it is in base, ours or theirs."""
        return {"base": self.base, "ours": self.ours, "theirs": self.theirs}[side]

    def swapped(self, description: str | None = None) -> Conflict:
        """The same conflict seen from the other side (ours and theirs exchanged)."""
        values = self.values
        if values is not None:
            values = (values[0], values[2], values[1])
        return replace(self, ours=self.theirs, theirs=self.ours, values=values,
                       spans=tuple(s.swapped() for s in self.spans),
                       description=self.description if description is None else description)


@dataclass(frozen=True)
class MergeResult:
    """The merge of two versions descending from one base.

    ``merged`` keeps "ours" wherever a conflict is open; ``resolved(side)`` takes every
    conflict from one side; ``resolved_with(choices)`` decides conflict by conflict.
    ``taken_ours``/``taken_theirs`` list features changed on one side only (added, changed or
    deleted), ``combined`` those whose state joins edits of both sides (``within_geometry``:
    the subset where one geometry holds stretches from both), ``same_on_both`` those changed
    identically on both sides (taken once, never a conflict).
    """

    merged: Version
    conflicts: tuple[Conflict, ...]
    taken_ours: tuple[str, ...]
    taken_theirs: tuple[str, ...]
    combined: tuple[str, ...]
    within_geometry: tuple[str, ...] = ()
    same_on_both: tuple[str, ...] = ()
    base: Version | None = None
    ours: Version | None = None
    theirs: Version | None = None
    _theirs_resolution: Mapping[str, Feature | None] = field(default_factory=dict, repr=False)

    @property
    def is_clean(self) -> bool:
        """True when no conflict is left."""
        return not self.conflicts

    def resolved(self, side: Side) -> Version:
        """The merged version with every conflict taken from ``side``."""
        if side == "ours":
            return self.merged.copy()
        features = dict(self.merged.features)
        for fid, feature in self._theirs_resolution.items():
            if feature is None:
                features.pop(fid, None)
            else:
                features[fid] = feature
        ordered = _ordered(features, self.merged, self._theirs_resolution)
        return Version(self.merged.name, ordered, self.merged.description)

    def resolved_with(self, choices: Mapping[str, Side]) -> Version:
        """The merged version with each conflict (by key) taken from the chosen side.

        Conflicts not named keep "ours". Raises ``EditRefused`` when a mix of choices makes a
        geometry invalid (each choice alone is always valid).
        """
        from zoneeditor.core.merge.resolve import apply_choices

        return apply_choices(self, choices)

    def conflict(self, key: str) -> Conflict:
        """The conflict with this key (KeyError otherwise)."""
        for c in self.conflicts:
            if c.key == key:
                return c
        raise KeyError(key)

    def states(self, feature_id: str) -> tuple[Feature | None, Feature | None, Feature | None]:
        """(base, ours, theirs) of any feature the merge looked at."""
        def get(v: Version | None) -> Feature | None:
            return v.get(feature_id) if v is not None else None

        return get(self.base), get(self.ours), get(self.theirs)


def _ordered(features: dict[str, Feature], merged: Version,
             extra: Mapping[str, Feature | None]) -> dict[str, Feature]:
    """``features`` in the merged version's order, features new to it after (deterministic)."""
    out = {fid: features[fid] for fid in merged.features if fid in features}
    for fid in extra:
        if fid in features and fid not in out:
            out[fid] = features[fid]
    return out
