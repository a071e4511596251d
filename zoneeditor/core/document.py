"""``Document``: the open project, and the single door through which it changes.

Every change goes through ``Document.apply``: it checks that the change set fits the current
state, hands it to the journal (which makes it durable) and only then changes the features and
emits ``changed``. Views listen to ``changed``; nothing else mutates a version.
"""

from __future__ import annotations

from typing import Protocol

from psygnal import Signal

from zoneeditor.core.changes import ChangeSet, Structure
from zoneeditor.core.errors import ConflictError
from zoneeditor.core.model import AGREED, Feature, Project, Version
from zoneeditor.core.undo import UndoStack


class JournalSink(Protocol):
    """Where applied change sets go to become durable (io.journal provides the real one).

    ``origin`` is how the change came about: "do", "merge", "undo" or "redo"; replaying the
    same calls on an UndoStack rebuilds the document *and* its undo history.
    """

    def append(self, changeset: ChangeSet, origin: str) -> None:
        """Make ``changeset`` durable before it is shown as done; raise if that fails."""
        ...


class Document:
    """An open project: its versions, the version being edited, and its undo history."""

    #: Emitted after every applied change set, with the change set.
    changed = Signal(object)
    #: Emitted with the new version name when the edited version switches.
    current_version_changed = Signal(str)

    def __init__(self, project: Project, journal: JournalSink | None = None) -> None:
        self.project = project
        self.journal = journal
        self._current = AGREED if AGREED in project.versions else next(iter(project.versions))
        self.history = UndoStack(self)

    # -- reading ------------------------------------------------------------------------------
    @property
    def current_version(self) -> str:
        """Name of the version being edited (drawn, selected, printed)."""
        return self._current

    @current_version.setter
    def current_version(self, name: str) -> None:
        self.project.version(name)  # raises with the known names
        if name != self._current:
            self._current = name
            self.current_version_changed.emit(name)

    @property
    def version(self) -> Version:
        """The version being edited."""
        return self.project.versions[self._current]

    def feature(self, feature_id: str, version: str | None = None) -> Feature | None:
        """A feature of ``version`` (default: the current one) by id, or None."""
        return self.project.version(version or self._current).get(feature_id)

    @property
    def is_dirty(self) -> bool:
        """True when there are changes since the last save (or since opening)."""
        return not self.history.is_clean

    # -- the single door ----------------------------------------------------------------------
    def apply(self, changeset: ChangeSet, origin: str = "do") -> None:
        """Apply ``changeset``: check it fits, journal it, change the model, emit ``changed``.

        Most callers want ``history.push`` (undoable); ``apply`` is what history uses.
        Raises ConflictError, leaving everything untouched, when the change does not fit.
        """
        self._check_fits(changeset)
        if self.journal is not None:
            self.journal.append(changeset, origin)
        self._mutate(changeset)
        self.changed.emit(changeset)

    def _check_fits(self, cs: ChangeSet) -> None:
        exists = cs.version in self.project.versions
        if cs.structure == Structure.CREATE:
            if exists:
                raise ConflictError(f"version {cs.version!r} already exists")
            current: dict[str, Feature] = {}
        elif not exists:
            raise ConflictError(f"no version {cs.version!r} in this project")
        else:
            current = self.project.versions[cs.version].features
        if cs.meta and cs.meta[0] != self.project.meta:
            raise ConflictError("project details were changed meanwhile")
        for d in cs.deltas:
            have = current.get(d.id)
            if have != d.old:
                what = "already exists" if d.old is None else "is not as expected"
                raise ConflictError(f"feature {d.id[:8]} {what} in {cs.version!r}")
            if d.new is not None and d.new.geometry.geom_type not in d.new.layer.geometry_types:
                raise ConflictError(
                    f"a {d.new.geometry.geom_type} cannot go in the {d.new.layer.value} layer"
                )
        if cs.structure == Structure.DROP:
            remaining = set(current) - {d.id for d in cs.deltas if d.new is None}
            if remaining:
                raise ConflictError(f"version {cs.version!r} still has features")
            if cs.version == AGREED:
                raise ConflictError("the agreed baseline cannot be removed")

    def _mutate(self, cs: ChangeSet) -> None:
        if cs.structure == Structure.CREATE:
            self.project.versions[cs.version] = Version(cs.version)
        features = self.project.versions[cs.version].features
        for d in cs.deltas:
            if d.new is None:
                del features[d.id]
            else:
                features[d.id] = d.new
        if cs.meta:
            self.project.meta = cs.meta[1]
        if cs.structure == Structure.DROP:
            del self.project.versions[cs.version]
            if self._current == cs.version:
                self.current_version = AGREED
