"""Managing versions: rename, duplicate, delete a proposal, and promote one to the baseline.

Each is an ordinary change set (``core.changes``): undoable, journaled and replayed like any
edit, and applied through ``Document.apply``. Promotion touches two versions at once (the
baseline is kept under a dated name, the proposal becomes the baseline), so it is one
*compound* change set: one undo step, one journal record, applied all or none.

The functions only build change sets; they refuse (``EditRefused``) what cannot be done,
with a sentence fit to show: a name already taken, the baseline deleted, and so on.

>>> from zoneeditor.core.model import Project, ProjectMeta, Version
>>> p = Project.from_versions(ProjectMeta(), [Version("agreed"), Version("Proposal B")])
>>> cs = promote(p, "Proposal B", today="2025-03-14")
>>> [step.heads[1].name for step in cs.parts]
['Agreed until 2025-03-14', 'agreed']
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from zoneeditor.core.changes import ChangeSet, Delta, Structure, VersionHead, compound
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.merge.resolve import open_conflicts
from zoneeditor.core.messages import Message, counted
from zoneeditor.core.model import AGREED, Project, Version
from zoneeditor.core.naming import MAX_VERSION_NAME, check_version_name

#: Name given to the old baseline when a proposal replaces it ("Agreed until 2025-03-14").
ARCHIVE_NAME = "Agreed until {date}"


def head(project: Project, name: str) -> VersionHead:
    """The head of version ``name`` now: its name, description and place in the list."""
    version = _version(project, name)
    return VersionHead(name, version.description, list(project.versions).index(name))


def _version(project: Project, name: str) -> Version:
    try:
        return project.version(name)
    except KeyError as exc:
        raise EditRefused(str(exc.args[0])) from None


def rename(project: Project, name: str, new_name: str, description: str | None = None,
           label: str = "") -> ChangeSet:
    """Rename version ``name`` to ``new_name`` (and change its description if given).

    The agreed baseline keeps its name: it can only be replaced by promoting a proposal.
    """
    before = head(project, name)
    if name == AGREED:
        raise EditRefused("the agreed baseline keeps its name: make a proposal the new "
                          "baseline instead")
    new_name = check_version_name(project.versions, new_name, renaming=name)
    after = VersionHead(new_name, before.description if description is None else description,
                        before.position)
    return ChangeSet(label or Message("Rename version %1 to %2", name, new_name), name,
                     structure=Structure.RENAME, heads=(before, after))


def duplicate(project: Project, name: str, new_name: str) -> ChangeSet:
    """A new proposal ``new_name`` holding a copy of version ``name`` (same feature ids, so a
    diff between the two matches every feature), placed right after it."""
    source = _version(project, name)
    new_name = check_version_name(project.versions, new_name)
    position = list(project.versions).index(name) + 1
    what = "the agreed baseline" if name == AGREED else name
    description = f"Copy of {what}" + (f": {source.description}" if source.description else "")
    return ChangeSet(Message("Duplicate %1 as %2", name, new_name), new_name,
                     tuple(Delta(None, f) for f in source), structure=Structure.CREATE,
                     heads=(None, VersionHead(new_name, description, position)))


def delete(project: Project, name: str) -> ChangeSet:
    """Remove proposal ``name`` with all its features; undo puts it back in its place."""
    if name == AGREED:
        raise EditRefused("the agreed baseline cannot be deleted")
    version = _version(project, name)
    return ChangeSet(Message("Delete proposal %1", name), name,
                     tuple(Delta(f, None) for f in version),
                     structure=Structure.DROP, heads=(head(project, name), None))


def free_name(taken: Iterable[str], base: str, form: str = "{base} ({n})") -> str:
    """``base`` when no name of ``taken`` is it, else the first of ``form`` with n = 2, 3…
    that none is; compared in any case (two version names differing by case only are one
    name, ``core.naming.check_version_name``), and cut to ``MAX_VERSION_NAME`` before the
    number, so the number always shows.

    >>> free_name(["Plan", "plan (2)"], "Plan"), free_name(["A"], "A", "{base} {n}")
    ('Plan (3)', 'A 2')
    """
    used = {n.casefold() for n in taken}
    name, n = base[:MAX_VERSION_NAME], 2
    while name.casefold() in used:
        suffix = form.format(base="", n=n)
        name = form.format(base=base[:MAX_VERSION_NAME - len(suffix)].rstrip(), n=n)
        n += 1
    return name


def archive_name(project: Project, today: str | None = None) -> str:
    """A free name for the old baseline: "Agreed until DATE" (with " (2)"... if taken)."""
    date = today or _dt.date.today().isoformat()
    return free_name(project.versions, ARCHIVE_NAME.format(date=date))


def promote(project: Project, name: str, today: str | None = None,
            mark_agreed: bool = True) -> ChangeSet:
    """Make proposal ``name`` the new agreed baseline, keeping the old one as a version.

    One compound step: the baseline is renamed "Agreed until DATE" (described as replaced
    by the proposal), the proposal becomes the baseline, first in the list. With
    ``mark_agreed`` its features whose status is "proposed" become "agreed" (disputed ones
    stay disputed: promotion records agreement, it does not settle a dispute). A merge
    proposal with open conflicts (``core.merge.resolve``) is refused until they are resolved.
    """
    if name == AGREED:
        raise EditRefused("this is already the agreed baseline")
    proposal = _version(project, name)
    marked = open_conflicts(proposal)
    if marked:  # a merge left decisions open: nobody agrees to a map with open questions
        raise EditRefused(counted("%1 still has open merge conflicts on %n feature(s): "
                                  "resolve them before making it the baseline", len(marked),
                                  name))
    old = archive_name(project, today)
    date = today or _dt.date.today().isoformat()
    baseline = head(project, AGREED)
    parts = []
    if mark_agreed:
        deltas = tuple(Delta(f, f.with_attributes(status="agreed")) for f in proposal
                       if f.status == "proposed")
        if deltas:
            parts.append(ChangeSet(Message("Mark %1 agreed", name), name, deltas))
    parts.append(ChangeSet(
        Message("Keep the old baseline as %1", old), AGREED, structure=Structure.RENAME,
        heads=(baseline, VersionHead(old, _archived(baseline.description, name, date),
                                     baseline.position))))
    before = head(project, name)
    parts.append(ChangeSet(
        Message("Make %1 the agreed baseline", name), name, structure=Structure.RENAME,
        heads=(before, VersionHead(AGREED, proposal.description, 0))))
    return compound(Message("Make %1 the agreed baseline", name), name, parts)


def _archived(description: str | None, successor: str, date: str) -> str:
    note = f"Agreed baseline until {date}, replaced by {successor}"
    return f"{note}. {description}" if description else note


__all__ = ["ARCHIVE_NAME", "archive_name", "delete", "duplicate", "head", "promote", "rename"]
