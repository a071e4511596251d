"""``Document``: the open project, and the single door through which it changes.

Every change goes through ``Document.apply``: it checks that the change set fits the current
state, hands it to the journal (which makes it durable) and only then changes the features and
emits ``changed``. Views listen to ``changed``; nothing else mutates a version.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from psygnal import Signal

from zoneeditor.core.changes import ChangeSet, Structure, VersionHead
from zoneeditor.core.errors import ConflictError
from zoneeditor.core.messages import Message
from zoneeditor.core.model import AGREED, Feature, Project, Version, version_phrase
from zoneeditor.core.mutation import mutate
from zoneeditor.core.undo import UndoStack
from zoneeditor.core.undo_slim import Slimming
from zoneeditor.core.validity import wrong_layer


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

    def __init__(self, project: Project, journal: JournalSink | None = None,
                 slimming: Slimming | None = None) -> None:
        self.project = project
        self.journal = journal
        shown = project.meta.shown_version
        if shown not in project.versions:
            shown = AGREED if AGREED in project.versions else next(iter(project.versions))
        self._current = shown
        if project.meta.shown_version != shown:
            project.meta = replace(project.meta, shown_version=shown)
        #: ``slimming``: how the history keeps steps of large geometries (``core.undo_slim``).
        self.history = UndoStack(self, slimming)

    # -- reading ------------------------------------------------------------------------------
    @property
    def current_version(self) -> str:
        """Name of the version being edited (drawn, selected, printed)."""
        return self._current

    @current_version.setter
    def current_version(self, name: str) -> None:
        self.project.version(name)  # raises with the known names
        self._set_current(name)

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
        A compound change set is checked whole (each part against the state the parts
        before it leave) before anything is journaled or changed, so it applies all or none.
        """
        steps = changeset.steps
        if len(steps) == 1:
            _check_fits(self.project, steps[0])
            _check_names_after(list(self.project.versions), steps)
        else:
            scratch = self.project.copy()
            for step in steps:
                _check_fits(scratch, step)
                mutate(scratch, step)
            _check_names_after(list(scratch.versions), ())
        if self.journal is not None:
            self.journal.append(changeset, origin)
        shown = self._current
        for step in steps:
            shown = mutate(self.project, step, shown)
        if shown not in self.project.versions:
            shown = AGREED  # the shown version was dropped
        self._set_current(shown)
        self.changed.emit(changeset)

    def _set_current(self, name: str) -> None:
        """Show ``name``; remembered in the project details as view state (not an edit)."""
        if self.project.meta.shown_version != name:
            self.project.meta = replace(self.project.meta, shown_version=name)
        if name != self._current:
            self._current = name
            self.current_version_changed.emit(name)


def _head_of(project: Project, name: str) -> VersionHead:
    """The head (name, description, place) a version has now."""
    return VersionHead(name, project.versions[name].description,
                       list(project.versions).index(name))


def _head_matches(expected: VersionHead, actual: VersionHead) -> bool:
    """True when ``actual`` is what ``expected`` recorded (unrecorded fields match anything)."""
    return (expected.name == actual.name
            and expected.description in (None, actual.description)
            and expected.position in (None, actual.position))


def _check_fits(project: Project, cs: ChangeSet) -> None:
    """Raise ConflictError unless the simple change set ``cs`` applies to ``project`` now."""
    exists = cs.version in project.versions
    if cs.structure == Structure.CREATE:
        if exists:
            raise ConflictError(Message("%1 already exists", version_phrase(cs.version)))
        current: dict[str, Feature] = {}
    elif not exists:
        raise ConflictError(Message("there is no %1 in this project",
                                    version_phrase(cs.version)))
    else:
        current = project.versions[cs.version].features
    if cs.meta and cs.meta[0] != project.meta:
        raise ConflictError(Message("project details were changed meanwhile"))
    for d in cs.deltas:
        have = current.get(d.id)
        if have != d.old:
            where = version_phrase(cs.version)
            raise ConflictError(
                Message("feature %1 already exists in %2", d.id[:8], where) if d.old is None
                else Message("feature %1 is not as expected in %2", d.id[:8], where))
        if d.new is not None and d.new.geometry.geom_type not in d.new.layer.geometry_types:
            raise ConflictError(wrong_layer(d.new.geometry.geom_type, d.new.layer))
    if cs.structure in (Structure.DROP, Structure.RENAME) \
            and not _head_matches(cs.head_before, _head_of(project, cs.version)):
        raise ConflictError(Message("%1 was changed meanwhile", version_phrase(cs.version)))
    if cs.structure == Structure.DROP:
        remaining = set(current) - {d.id for d in cs.deltas if d.new is None}
        if remaining:
            raise ConflictError(Message("%1 still has features", version_phrase(cs.version)))
        if cs.version == AGREED:
            raise ConflictError(Message("the agreed baseline cannot be removed"))
    if cs.structure == Structure.RENAME:
        after = cs.head_after
        if after.name != cs.version and after.name in project.versions:
            raise ConflictError(Message("%1 already exists", version_phrase(after.name)))


def _check_names_after(names: list[str], steps: tuple[ChangeSet, ...]) -> None:
    """Every project keeps an agreed baseline, first in the list of versions."""
    for cs in steps:
        if cs.structure == Structure.CREATE:
            names.append(cs.version)
        elif cs.structure == Structure.DROP:
            names.remove(cs.version)
        elif cs.structure == Structure.RENAME:
            names[names.index(cs.version)] = cs.head_after.name
    if not names or names[0] != AGREED:
        raise ConflictError(Message("a project must keep its agreed baseline, first among "
                                     "versions"))
