"""Changes the server refused: they stay on the laptop and are listed like conflicts.

After ``io.team.push.push_some`` the plan of the sync is brought in line with what the
server really accepted (``settle``): only the accepted change sets count as sent, the new
merge base takes back each refused change (so the next sync sees it as a local change
still to send and tries again), and each refused piece becomes one ``SyncConflict`` of kind
``"refused"`` with one sentence saying which feature and the server's reason. The local
document keeps the change; the user keeps it (it is tried again at every sync, so it goes
once the server allows it) or discards it (an ordinary undoable edit back to the server's
version, ``discard_changeset``).
"""

from __future__ import annotations

from dataclasses import replace

from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.messages import Message, counted
from zoneeditor.core.model import AGREED, Feature, Project, Version, version_phrase
from zoneeditor.io.team import version_refusals
from zoneeditor.io.team.local_state import SyncConflict
from zoneeditor.io.team.plan import Plan, apply_loose
from zoneeditor.io.team.push import PushOutcome, Refusal
from zoneeditor.io.team.version_refusals import (
    BY_SERVER,
    REFUSED,
    refused_creation,
    refused_removal,
)

__all__ = ["REFUSED", "discard_changeset", "is_discard", "is_discarded", "refused_conflict",
           "settle"]

#: The templates of the labels ``discard_changeset`` gives its steps (a test holds them
#: to it): Discard mine of a refused change, removal and new version.
DISCARD_TEMPLATES = frozenset({
    "Discard the change the server refused: %1",
    "Discard the removal the server refused: %1",
    "Discard the new version the server refused: %1",
})


def settle(p: Plan, outcome: PushOutcome) -> None:
    """Make ``p`` say what the server accepted (see the module documentation)."""
    p.outgoing = list(outcome.accepted)
    for r in outcome.refused:
        cs = r.outgoing.changeset
        apply_loose(p.new_base, ~cs, r.outgoing.description)
        # a merge conflict of the same features remembered the server as after the push
        # (io/team/plan.py): the server kept its state, so does the record
        back = {d.id: d.old for d in cs.deltas}
        p.conflicts = [_server_kept(c, back) if c.version == cs.version else c
                       for c in p.conflicts]
        p.conflicts.append(refused_conflict(r))


def _server_kept(c: SyncConflict, back: dict[str, Feature | None]) -> SyncConflict:
    """``c`` with the server's states of the features a refused push did not change."""
    if not c.theirs_states or not any(fid in back for fid, _ in c.theirs_states):
        return c
    return replace(c, theirs_states=tuple((fid, back.get(fid, state))
                                          for fid, state in c.theirs_states))


def _label(d: Delta) -> str:
    feature = d.new or d.old
    return feature.label if feature is not None else d.id[:8]


def _where(d: Delta) -> tuple[float, float] | None:
    feature = d.new or d.old
    if feature is None or feature.geometry is None or feature.geometry.is_empty:
        return None
    p = feature.geometry.representative_point()
    return (float(p.x), float(p.y))


def refused_conflict(r: Refusal) -> SyncConflict:
    """The record of one refused change set (or piece of one)."""
    cs = r.outgoing.changeset
    reason = r.reason
    if cs.structure == Structure.CREATE:
        return refused_creation(cs.version, Message(
            "the new version %1 stays here: the server refused it (%2); perhaps another "
            "delegation already has a draft of that name: rename yours and sync again",
            repr(cs.version), reason), BY_SERVER)
    if cs.structure == Structure.DROP:
        # the removal's deltas hold the server's features: discarding puts them back
        before = cs.heads[0] if cs.heads else None
        theirs = Version(cs.version, {d.id: d.old for d in cs.deltas if d.old is not None},
                         before.description or "" if before is not None else "")
        return refused_removal(theirs, Message(
            "the removal of %1 stays here: the server refused it (%2)",
            version_phrase(cs.version), reason), BY_SERVER)
    if cs.meta and not cs.deltas:
        return SyncConflict(AGREED, "", REFUSED,
                            Message("your change of the project details stays here: the "
                                    "server refused it (%1)", reason))
    first = cs.deltas[0]
    others = len(cs.deltas) - 1
    states = tuple((d.id, d.old) for d in cs.deltas)
    description = (
        counted("%1 and %n feature(s) changed with it: the server refused this change (%2); "
                "it stays here until the server allows it or you discard it", others,
                _label(first), reason) if others else
        Message("%1: the server refused this change (%2); it stays here until the server "
                "allows it or you discard it", _label(first), reason))
    return SyncConflict(
        cs.version, first.id, REFUSED, description,
        None, _where(first), first.old, first.new, first.old, "",
        tuple(d.id for d in cs.deltas), f"refused:{first.id}", states, states)


def is_discarded(c: SyncConflict, project: Project) -> bool:
    """True when the local features of a refused change are the server's again (the user
    discarded it; the next sync forgets the record)."""
    if version_refusals.is_version_change(c):
        return version_refusals.is_discarded(c, project)
    version = project.versions.get(c.version)
    if c.kind != REFUSED or not c.ids or version is None:
        return False
    return all(version.get(fid) == state for fid, state in c.theirs_states)


def is_discard(label: str) -> bool:
    """True for the label of a step ``discard_changeset`` made (Discard mine). Undoing it
    brings back a change the working copy keeps listed as refused, and redoing it puts the
    server's version back, so the window lets both be done on a version the user may not
    change, as it lets Discard mine itself be done (``gui.editor``)."""
    return isinstance(label, Message) and label.template in DISCARD_TEMPLATES


def discard_changeset(c: SyncConflict, project: Project) -> ChangeSet | None:
    """The edit that puts the server's version of a refused change's features back in the
    working copy (None when there is nothing to put back). Undo brings the change back.
    A refused removal or new version: the server's version back, or the new one gone."""
    if version_refusals.is_version_change(c):
        return version_refusals.discard_changeset(c, project)
    version = project.versions.get(c.version)
    if c.kind != REFUSED or version is None:
        return None
    deltas: list[Delta] = []
    for fid, state in c.theirs_states:
        here: Feature | None = version.get(fid)
        if here != state:
            deltas.append(Delta(here, state))
    if not deltas:
        return None
    mine = deltas[0].old or deltas[0].new  # named as the user sees it here
    label = Message("Discard the change the server refused: %1",
                    mine.label if mine is not None else c.feature_id)
    return ChangeSet(label, c.version, tuple(deltas))
