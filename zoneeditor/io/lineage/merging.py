"""Merging another copy into an open session: what ``zoneeditor merge`` and the window share.

``merge_from_file(session, ours, other_path)`` reads the other copy, finds the base (from the
two files' history, or a given version), merges, and adds the result as a new proposal
through the session's undo history (one journaled "Merge …" step), noting the merge for the
lineage written at the next save. It does not save: the command saves at once, the window
when the user does.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from zoneeditor.core import versions
from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.fingerprint import fingerprint, short
from zoneeditor.core.merge import DEFAULT_MARGIN_M, MergeResult, merge
from zoneeditor.core.merge.resolve import open_conflicts, proposal
from zoneeditor.core.messages import Message, counted
from zoneeditor.core.model import Project, Version
from zoneeditor.io.lineage.find import find_base, version_digest
from zoneeditor.io.lineage.tracker import LineageTracker, MergeNote
from zoneeditor.io.project_file import read_project
from zoneeditor.io.version_pick import version_of


class MergeTarget(Protocol):
    """What a merge needs of an open project: its file, document and lineage (a Session)."""

    path: Path | None
    document: Document
    lineage: LineageTracker


@dataclass(frozen=True)
class FileMerge:
    """The outcome: the merge, the proposal written, and how its inputs are named."""

    result: MergeResult
    proposal: Version
    ours_label: str
    theirs_label: str
    base_label: str
    base_found: str          # "history" or "given"
    changeset: ChangeSet


def _refuse_open_conflicts(version: Version, label: str) -> None:
    marked = open_conflicts(version)
    if marked:
        raise ZoneEditorError(counted("%1 still has %n feature(s) with open merge conflicts; "
                                      "resolve them before merging it again", len(marked),
                                      label))


def free_name(project: Project, wanted: str) -> str:
    """``wanted``, or ``wanted 2``, ``wanted 3``... whichever is not a version yet (in any
    case: ``core.versions.free_name``)."""
    return versions.free_name(project.versions, wanted, "{base} {n}")


def merge_from_file(target: MergeTarget, ours_name: str | None, other_path: Path,
                    theirs_name: str | None = None, *, base: Version | None = None,
                    base_label: str = "", into: str | None = None,
                    margin_m: float = DEFAULT_MARGIN_M) -> FileMerge:
    """Merge version ``theirs_name`` of ``other_path`` into ``ours_name`` as a new proposal.

    ``theirs_name`` defaults to the version named like ours in the other file, else agreed.
    ``base`` is the common ancestor when given (else found from the two files' history:
    ``NoCommonAncestor`` when there is none). ``into`` names the proposal (default
    "<ours> + <other file>"). Raises ZoneEditorError (a sentence for the user) when refused.
    """
    if target.path is None:
        raise ZoneEditorError(Message("save the project once before merging another copy into "
                                      "it"))
    project = target.document.project
    ours = version_of(project, target.path, ours_name)
    other = read_project(other_path)
    if theirs_name is None and ours.name in other.versions:
        theirs_name = ours.name
    theirs = version_of(other, other_path, theirs_name)
    ours_label, theirs_label = f"{target.path.name}:{ours.name}", f"{other_path.name}:{theirs.name}"
    _refuse_open_conflicts(ours, ours_label)
    _refuse_open_conflicts(theirs, theirs_label)
    found = "given"
    if base is None:
        located = find_base(target.path, ours, other_path, theirs, ours_label, theirs_label)
        base, found = located.version, "history"
        base_label = f"{located.phrase}, fingerprint {short(fingerprint(located.version))}"
        if located.older:
            base_label += "; the newest shared state is no longer kept, so an older one is used"
    result = merge(base, ours, theirs, margin_m=margin_m)
    name = into or free_name(project, f"{ours.name} + {other_path.stem}")
    if name in project.versions:
        raise ZoneEditorError(Message("%1 already has a version %2; choose another name",
                                      target.path.name, repr(name)))
    merged = proposal(result, name)
    cs = ChangeSet(Message("Merge %1 into %2", theirs_label, name), name,
                   tuple(Delta(None, f) for f in merged), structure=Structure.CREATE)
    target.document.history.push(cs)
    digests = target.lineage.digests
    states = {fid: result.states(fid) for c in result.conflicts for fid in c.feature_ids}
    target.lineage.note_merge(MergeNote(
        name, (version_digest(ours, digests), version_digest(theirs, digests)),
        other_file=other_path, keep=[(theirs.name, dict(theirs.features), other_path.name)],
        conflicts=result.conflicts, states=states))
    return FileMerge(result, merged, ours_label, theirs_label, base_label or "the given base",
                     found, cs)
