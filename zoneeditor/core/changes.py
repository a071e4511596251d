"""The one change vocabulary: ``Delta(old, new)`` per feature, grouped in a ``ChangeSet``.

Undo, the journal, the diff and the history panel all speak it. ``~changeset`` is the exact
inverse; ``a + b`` combines two consecutive change sets into one (used to merge a mouse drag
into a single undo step).

>>> from shapely import Point
>>> from zoneeditor.core.model import Feature
>>> a = Feature.create("points", Point(0, 0), id="p1")
>>> cs = ChangeSet("Add point", "agreed", (Delta(None, a),))
>>> (~cs).deltas[0].kind.value, (~~cs) == cs
('delete', True)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from zoneeditor.core.errors import ConflictError
from zoneeditor.core.model import Feature, ProjectMeta


class DeltaKind(StrEnum):
    """What a delta does to its feature."""

    INSERT = "insert"
    DELETE = "delete"
    UPDATE = "update"


@dataclass(frozen=True)
class Delta:
    """One feature's change: ``old`` is None for an insert, ``new`` is None for a delete."""

    old: Feature | None
    new: Feature | None

    def __post_init__(self) -> None:
        if self.old is None and self.new is None:
            raise ValueError("a Delta needs an old or a new feature")
        if self.old is not None and self.new is not None and self.old.id != self.new.id:
            raise ValueError("a Delta's old and new feature must share an id")

    @property
    def id(self) -> str:
        """The id of the feature this delta changes."""
        return (self.new or self.old).id  # type: ignore[union-attr]

    @property
    def kind(self) -> DeltaKind:
        """insert, delete or update."""
        if self.old is None:
            return DeltaKind.INSERT
        if self.new is None:
            return DeltaKind.DELETE
        return DeltaKind.UPDATE

    def __invert__(self) -> Delta:
        return Delta(self.new, self.old)


class Structure(StrEnum):
    """A change set may also create or drop its version (a new proposal, a deleted one)."""

    NONE = "none"
    CREATE = "create"
    DROP = "drop"


_INVERSE_STRUCTURE = {
    Structure.NONE: Structure.NONE,
    Structure.CREATE: Structure.DROP,
    Structure.DROP: Structure.CREATE,
}


@dataclass(frozen=True)
class ChangeSet:
    """A labelled, atomic change to one version (and optionally to the project metadata).

    ``label`` is what the history panel shows ("Move vertex", "Split zone Idlib").
    ``meta`` is ``(before, after)`` when the change edits project metadata, else None.
    ``structure`` creates the version before the deltas, or drops it after them.
    """

    label: str
    version: str
    deltas: tuple[Delta, ...] = ()
    meta: tuple[ProjectMeta, ProjectMeta] | None = None
    structure: Structure = Structure.NONE
    merge_key: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "deltas", tuple(self.deltas))
        ids = [d.id for d in self.deltas]
        if len(ids) != len(set(ids)):
            raise ValueError("a ChangeSet may change each feature at most once")

    def __invert__(self) -> ChangeSet:
        meta = (self.meta[1], self.meta[0]) if self.meta else None
        return ChangeSet(
            self.label,
            self.version,
            tuple(~d for d in reversed(self.deltas)),
            meta,
            _INVERSE_STRUCTURE[self.structure],
            self.merge_key,
        )

    def __add__(self, later: ChangeSet) -> ChangeSet:
        """This change followed by ``later``, as one change set (label of the first)."""
        if later.version != self.version:
            raise ConflictError("cannot combine changes to two different versions")
        if self.structure != Structure.NONE or later.structure != Structure.NONE:
            raise ConflictError("cannot combine changes that create or drop a version")
        merged: dict[str, Delta] = {d.id: d for d in self.deltas}
        for d in later.deltas:
            first = merged.get(d.id)
            if first is None:
                merged[d.id] = d
                continue
            if first.new != d.old:
                raise ConflictError(f"changes to {d.id} do not follow each other")
            if first.old is None and d.new is None:
                del merged[d.id]  # inserted then deleted: nothing happened
            else:
                merged[d.id] = Delta(first.old, d.new)
        meta = self.meta
        if later.meta:
            meta = (self.meta[0] if self.meta else later.meta[0], later.meta[1])
        return ChangeSet(self.label, self.version, tuple(merged.values()), meta,
                         Structure.NONE, self.merge_key)

    @property
    def is_empty(self) -> bool:
        """True when applying it would change nothing."""
        return (
            self.structure == Structure.NONE
            and not self.meta
            and all(d.old == d.new for d in self.deltas)
        )

    @property
    def feature_ids(self) -> set[str]:
        """Ids of every feature this change touches."""
        return {d.id for d in self.deltas}


def inserts(label: str, version: str, features: Iterable[Feature]) -> ChangeSet:
    """A change set adding ``features`` to ``version``."""
    return ChangeSet(label, version, tuple(Delta(None, f) for f in features))


def deletes(label: str, version: str, features: Iterable[Feature]) -> ChangeSet:
    """A change set removing ``features`` from ``version``."""
    return ChangeSet(label, version, tuple(Delta(f, None) for f in features))


def updates(label: str, version: str, pairs: Iterable[tuple[Feature, Feature]]) -> ChangeSet:
    """A change set replacing each ``old`` by its ``new`` (same ids)."""
    return ChangeSet(label, version, tuple(Delta(o, n) for o, n in pairs if o != n))
