"""Changing a ``Project`` by a change set that was checked: no check, no journal, no signal.

``Document.apply`` checks a change set and journals it, then changes its project here; the
journal's replay state (``io.journal.codec.ReplayState``) and the undo history's walk over
its steps (``core.undo_slim``) follow copies of a project with the same code, so the three
can never disagree on what a change set does (a version renamed, created or dropped, the
project details replaced).
"""

from __future__ import annotations

from dataclasses import replace

from zoneeditor.core.changes import ChangeSet, Structure
from zoneeditor.core.model import Project, Version


def apply_unchecked(project: Project, changeset: ChangeSet) -> None:
    """Change ``project`` by ``changeset`` (all its steps) without checking or journaling it.

    Only for a change that was checked when it was made: the journal's replay state follows
    its records with it (``io.journal.codec.ReplayState``). Everything else goes through
    ``Document.apply``.
    """
    for step in changeset.steps:
        mutate(project, step)


def _place(project: Project, name: str, position: int | None) -> None:
    """Move version ``name`` to ``position`` in the project's ordered versions."""
    names = list(project.versions)
    if position is None or names.index(name) == position:
        return
    names.remove(name)
    names.insert(min(position, len(names)), name)
    project.versions = {n: project.versions[n] for n in names}


def mutate(project: Project, cs: ChangeSet, shown: str = "") -> str:
    """Change ``project`` by the (checked) simple change set ``cs``.

    Returns the name the version called ``shown`` has afterwards (it follows a rename).
    """
    if cs.structure == Structure.CREATE:
        head = cs.head_after
        project.versions[cs.version] = Version(cs.version, description=head.description or "")
        _place(project, cs.version, head.position)
    features = project.versions[cs.version].features
    for d in cs.deltas:
        if d.new is None:
            del features[d.id]
        else:
            features[d.id] = d.new
    if cs.meta:
        # The shown version is view state kept with the details, never part of an edit.
        project.meta = replace(cs.meta[1], shown_version=project.meta.shown_version)
    if cs.structure == Structure.DROP:
        del project.versions[cs.version]
    elif cs.structure == Structure.RENAME:
        after = cs.head_after
        version = project.versions[cs.version]
        version.name = after.name
        if after.description is not None:
            version.description = after.description
        project.versions = {(after.name if n == cs.version else n): v
                            for n, v in project.versions.items()}
        _place(project, after.name, after.position)
        if shown == cs.version:
            shown = after.name
    return shown
