"""The one change vocabulary: ``Delta(old, new)`` per feature, grouped in a ``ChangeSet``.

Undo, the journal, the diff and the history panel all speak it. ``~changeset`` is the exact
inverse; ``a + b`` combines two consecutive change sets into one (used to merge a mouse drag
into a single undo step).

Versions are managed in the same vocabulary: a change set may create, drop or rename its
version (``structure`` with ``heads``: the version's name, description and place before and
after), and a *compound* change set holds several change sets applied as one step ("make
this proposal the agreed baseline" renames two versions at once).

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
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, LayerKind, ProjectMeta


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
        return self.feature.id

    @property
    def feature(self) -> Feature:
        """The feature after the change, or before it when the change deletes it."""
        if self.new is not None:
            return self.new
        assert self.old is not None  # __post_init__ refuses a delta with neither
        return self.old

    def pair(self) -> tuple[Feature, Feature]:
        """``(old, new)`` of an update; ValueError for an insert or a delete."""
        if self.old is None or self.new is None:
            raise ValueError(f"feature {self.id[:8]} was not updated ({self.kind.value})")
        return self.old, self.new

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
    """What a change set does to versions besides its feature deltas.

    CREATE makes its version before the deltas; DROP removes it after them; RENAME changes
    its name, description or place in the list after the deltas; COMPOUND applies its
    ``parts`` in order as one step (and has no deltas of its own).
    """

    NONE = "none"
    CREATE = "create"
    DROP = "drop"
    RENAME = "rename"
    COMPOUND = "compound"


_INVERSE_STRUCTURE = {
    Structure.NONE: Structure.NONE,
    Structure.CREATE: Structure.DROP,
    Structure.DROP: Structure.CREATE,
    Structure.RENAME: Structure.RENAME,
    Structure.COMPOUND: Structure.COMPOUND,
}


@dataclass(frozen=True)
class VersionHead:
    """A version apart from its features: its name, description and place in the list.

    ``description`` None means "not recorded" (a change set from an older journal) and is
    then neither checked nor restored; ``position`` None means "at the end" for a new
    version and "wherever it is" otherwise. Recording both lets an undone delete put the
    proposal back where it was, with its description.
    """

    name: str
    description: str | None = None
    position: int | None = None


@dataclass(frozen=True)
class ChangeSet:
    """A labelled, atomic change to one version (and optionally to the project metadata).

    ``label`` is what the history panel shows ("Move vertex", "Split zone Idlib").
    ``version`` is the name of the version the deltas apply to, as it is when the change
    starts (for a compound change: the version the user acted on, for messages only).
    ``meta`` is ``(before, after)`` when the change edits project metadata, else None.
    ``structure`` creates the version before the deltas, or drops or renames it after them;
    ``heads`` is then the version's ``(before, after)`` head (None before a create, None
    after a drop; filled in with defaults when not given). ``parts`` are the change sets of
    a COMPOUND change, applied in order, all or none.
    """

    label: str
    version: str
    deltas: tuple[Delta, ...] = ()
    meta: tuple[ProjectMeta, ProjectMeta] | None = None
    structure: Structure = Structure.NONE
    merge_key: str | None = field(default=None, compare=False)
    heads: tuple[VersionHead | None, VersionHead | None] | None = None
    parts: tuple[ChangeSet, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "deltas", tuple(self.deltas))
        object.__setattr__(self, "parts", tuple(self.parts))
        object.__setattr__(self, "structure", Structure(self.structure))
        ids = [d.id for d in self.deltas]
        if len(ids) != len(set(ids)):
            raise ValueError("a ChangeSet may change each feature at most once")
        s = self.structure
        if s == Structure.COMPOUND:
            if not self.parts or self.deltas or self.meta or self.heads:
                raise ValueError("a compound change set holds parts and nothing else")
            return
        if self.parts:
            raise ValueError("only a compound change set has parts")
        if s == Structure.NONE:
            if self.heads is not None:
                raise ValueError("a change set that keeps its version has no heads")
            return
        before, after = self.heads if self.heads is not None else (None, None)
        if s == Structure.CREATE:
            after = after or VersionHead(self.version)
            if before is not None or after.name != self.version:
                raise ValueError("a create's heads must be (None, the new version)")
        elif s == Structure.DROP:
            before = before or VersionHead(self.version)
            if after is not None or before.name != self.version:
                raise ValueError("a drop's heads must be (the version, None)")
        elif before is None or after is None or before.name != self.version:
            raise ValueError("a rename needs heads (the version before, after)")
        object.__setattr__(self, "heads", (before, after))

    def __invert__(self) -> ChangeSet:
        if self.structure == Structure.COMPOUND:
            return ChangeSet(self.label, self.version, structure=Structure.COMPOUND,
                             merge_key=self.merge_key,
                             parts=tuple(~p for p in reversed(self.parts)))
        meta = (self.meta[1], self.meta[0]) if self.meta else None
        heads = (self.heads[1], self.heads[0]) if self.heads else None
        version = self.version
        if self.structure == Structure.RENAME:
            version = self.head_after.name
        return ChangeSet(
            self.label,
            version,
            tuple(~d for d in reversed(self.deltas)),
            meta,
            _INVERSE_STRUCTURE[self.structure],
            self.merge_key,
            heads,
        )

    def __add__(self, later: ChangeSet) -> ChangeSet:
        """This change followed by ``later``, as one change set (label of the first)."""
        if later.version != self.version:
            raise ConflictError(Message("cannot combine changes to two different versions"))
        if self.structure != Structure.NONE or later.structure != Structure.NONE:
            raise ConflictError(Message("cannot combine changes that create, drop or rename "
                                         "versions"))
        merged: dict[str, Delta] = {d.id: d for d in self.deltas}
        for d in later.deltas:
            first = merged.get(d.id)
            if first is None:
                merged[d.id] = d
                continue
            if first.new != d.old:
                raise ConflictError(Message("changes to %1 do not follow each other", d.id))
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
        if self.structure == Structure.COMPOUND:
            return all(p.is_empty for p in self.parts)
        same_head = self.structure == Structure.NONE or (
            self.structure == Structure.RENAME and self.head_before == self.head_after)
        return same_head and not self.meta and all(d.old == d.new for d in self.deltas)

    @property
    def head_before(self) -> VersionHead:
        """The version's head before a drop or a rename (the constructor fills it in)."""
        if self.heads is None or self.heads[0] is None:
            raise ValueError(f"a {self.structure.value} change set has no head before")
        return self.heads[0]

    @property
    def head_after(self) -> VersionHead:
        """The version's head after a create or a rename (the constructor fills it in)."""
        if self.heads is None or self.heads[1] is None:
            raise ValueError(f"a {self.structure.value} change set has no head after")
        return self.heads[1]

    @property
    def feature_ids(self) -> set[str]:
        """Ids of every feature this change touches (in any of its parts)."""
        if self.structure == Structure.COMPOUND:
            return set().union(*(p.feature_ids for p in self.parts))
        return {d.id for d in self.deltas}

    @property
    def steps(self) -> tuple[ChangeSet, ...]:
        """The simple change sets this one applies, in order (itself unless compound)."""
        if self.structure == Structure.COMPOUND:
            return tuple(s for p in self.parts for s in p.steps)
        return (self,)

    @property
    def versions_touched(self) -> set[str]:
        """Names of the versions this change touches, as they are before and after it."""
        names: set[str] = set()
        for step in self.steps:
            names.add(step.version)
            for head in step.heads or ():
                if head is not None:
                    names.add(head.name)
        return names

    @property
    def versions_edited(self) -> set[str]:
        """Names of the versions whose features or existence this change alters, as they
        are before and after it: ``versions_touched`` without the steps that change the
        project details alone (reference layers, a georeferencing), which belong to no
        version. What a version's right to be changed (a team's) governs."""
        names: set[str] = set()
        for step in self.steps:
            if step.deltas or step.structure != Structure.NONE:
                names |= step.versions_touched
        return names

    @property
    def layers_edited(self) -> set[tuple[str, LayerKind]]:
        """``(version, layer)`` of every layer whose features this change alters in a
        version that stays: the deltas of its steps that neither make, drop nor rename a
        version. What a layer lock of the Layers panel governs; making or dropping a
        version whole (a new proposal, its deletion) is not an edit of its layers."""
        return {(step.version, f.layer) for step in self.steps
                if step.structure == Structure.NONE
                for d in step.deltas for f in (d.old, d.new) if f is not None}


def compound(label: str, version: str, parts: Iterable[ChangeSet]) -> ChangeSet:
    """One undo step made of ``parts``, applied in order, all or none.

    ``version`` names the version the user acted on (for messages); nested compounds are
    flattened, empty parts dropped.
    """
    flat = tuple(s for p in parts for s in p.steps if not s.is_empty)
    if not flat:
        raise ValueError("a compound change needs at least one non-empty part")
    return ChangeSet(label, version, structure=Structure.COMPOUND, parts=flat)


def inserts(label: str, version: str, features: Iterable[Feature]) -> ChangeSet:
    """A change set adding ``features`` to ``version``."""
    return ChangeSet(label, version, tuple(Delta(None, f) for f in features))


def deletes(label: str, version: str, features: Iterable[Feature]) -> ChangeSet:
    """A change set removing ``features`` from ``version``."""
    return ChangeSet(label, version, tuple(Delta(f, None) for f in features))


def updates(label: str, version: str, pairs: Iterable[tuple[Feature, Feature]]) -> ChangeSet:
    """A change set replacing each ``old`` by its ``new`` (same ids)."""
    return ChangeSet(label, version, tuple(Delta(o, n) for o, n in pairs if o != n))
