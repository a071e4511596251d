"""Three-way merge of a feature's attributes, one attribute at a time.

An attribute changed on one side only is taken from that side; changed the same way on both
it is taken once; changed differently on both it is a conflict (the merged value is ours').
An empty string and an unset attribute are the same value (the project file stores both as
NULL), so "cleared on one side" is a change like any other.

>>> base = {"name": "Idlib", "status": "agreed", "notes": ""}
>>> ours = {"name": "Idlib", "status": "proposed", "notes": ""}
>>> theirs = {"name": "Idlib (north)", "status": "agreed", "notes": ""}
>>> m = merge_attributes(base, ours, theirs)
>>> m.ours["name"], m.ours["status"], m.conflicts
('Idlib (north)', 'proposed', ())
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from zoneeditor.core.model import CORE_ATTRIBUTES


def value(v: Any) -> Any:
    """The comparable form of an attribute value ("" and None both mean unset)."""
    return None if v is None or v == "" else v


def same_attributes(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """True when two attribute mappings hold the same values (unset = empty)."""
    return all(value(a.get(k)) == value(b.get(k)) for k in set(a) | set(b))


@dataclass(frozen=True)
class AttributeMerge:
    """Merged attributes with each conflict kept as ours (``ours``) or theirs (``theirs``).

    ``conflicts`` names the attributes both sides changed differently, sorted; ``from_ours``
    and ``from_theirs`` name the attributes taken from one side's change.
    """

    ours: dict[str, Any]
    theirs: dict[str, Any]
    conflicts: tuple[str, ...]
    from_ours: tuple[str, ...]
    from_theirs: tuple[str, ...]


def merge_attributes(base: Mapping[str, Any], ours: Mapping[str, Any],
                     theirs: Mapping[str, Any]) -> AttributeMerge:
    """Merge three attribute mappings (see module doc)."""
    merged_o: dict[str, Any] = {}
    merged_t: dict[str, Any] = {}
    conflicts, from_o, from_t = [], [], []
    for key in sorted(set(base) | set(ours) | set(theirs)):
        vb, vo, vt = base.get(key), ours.get(key), theirs.get(key)
        if value(vo) == value(vt):
            chosen_o = chosen_t = vo if key in ours else vt
        elif value(vo) == value(vb):
            chosen_o = chosen_t = vt
            from_t.append(key)
        elif value(vt) == value(vb):
            chosen_o = chosen_t = vo
            from_o.append(key)
        else:
            chosen_o, chosen_t = vo, vt
            conflicts.append(key)
        for target, chosen in ((merged_o, chosen_o), (merged_t, chosen_t)):
            if chosen is not None or key in CORE_ATTRIBUTES:
                target[key] = "" if chosen is None else chosen
    return AttributeMerge(merged_o, merged_t, tuple(conflicts), tuple(from_o), tuple(from_t))
