"""Planning one sync: from base, local and server content to what to push and apply locally.

No connection and no file here: ``plan`` takes what a pull read and returns the change sets
to push (each with its id), the change sets to apply to the local document, the conflicts,
and the new merge base. The merge itself is the core merge engine's (``core.merge``),
version by version; this module adds what is about versions as wholes (created or removed
on one side), project details, and who may write what.

Three contents meet (``base`` is the server content at the last sync, kept in the file):

- ``theirs`` = base + the change sets pulled since (whole snapshots for versions that just
  became visible, a proposal tabled by another delegation),
- ``ours``   = the local document, journaled edits included,
- merge base = base, advanced through the pulled change sets that are our own (their ids
  are in the outbox: a push that committed but whose answer was lost), so an edit already
  on the server is not mistaken for a local one.

Pushed per version: ``changeset_between(theirs, result.resolved("theirs"))`` — every local
change that does not conflict. Applied locally: ``changeset_between(ours, result.merged)``.
The new base is the server's content after the push. A conflict keeps the base states of
its features in its record, and the next sync merges those features from that base again,
so it is reported again until the user decides.

Versions are paired by name, except that a local version the server never took is not the
server's version of that name when the user may not write that one (another delegation's
proposal, tabled since): the two only share a name, and ours is kept apart under a free
name (``_keep_apart``) instead of being merged into theirs from an empty base.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from zoneeditor.core import versions as version_edits
from zoneeditor.core.changes import ChangeSet, Delta, Structure, compound
from zoneeditor.core.merge import changeset_between, merge
from zoneeditor.core.messages import Message
from zoneeditor.core.model import (
    AGREED,
    Feature,
    Project,
    ProjectMeta,
    Version,
    version_phrase,
)
from zoneeditor.io.team.local_state import SyncConflict
from zoneeditor.io.team.server import Me, Outgoing, Pull, VersionInfo
from zoneeditor.io.team.version_refusals import (
    BY_ROLE,
    CREATE,
    DROP,
    discard_label,
    pending,
    put_back,
    refused_creation,
    refused_removal,
    take_away,
)
from zoneeditor.io.team.wire import same_shared_meta

#: Label of the change sets a sync applies to the local document (shown in the history).
RECEIVED_LABEL = Message("Received from the team server")


@dataclass
class Plan:
    """The outcome of planning one sync (see the module docstring)."""

    outgoing: list[Outgoing] = field(default_factory=list)
    local: list[ChangeSet] = field(default_factory=list)
    conflicts: list[SyncConflict] = field(default_factory=list)
    kept_local: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    new_base: Project = field(default_factory=Project)
    received: int = 0
    own: int = 0
    #: Versions that arrived whole (snapshots: another delegation's proposal tabled since
    #: the last sync, whose change sets this user could not read), by name.
    received_versions: list[str] = field(default_factory=list)


def apply_loose(project: Project, cs: ChangeSet, description: str = "") -> None:
    """Apply a pulled change set to a copy of server content, taking its ``new`` values.

    Versions this copy does not hold (not visible before) are skipped; a snapshot fetched
    in the same pull supplies them.
    """
    if cs.structure == Structure.CREATE:
        project.versions[cs.version] = Version(cs.version, {}, description)
    version = project.versions.get(cs.version)
    if version is None:
        return
    for d in cs.deltas:
        if d.new is None:
            version.features.pop(d.id, None)
        else:
            version.features[d.id] = d.new
    if cs.meta:
        project.meta = replace(cs.meta[1], modified=project.meta.modified,
                               format_version=project.meta.format_version)
    if cs.structure == Structure.DROP:
        project.versions.pop(cs.version, None)


def theirs_and_base(base: Project, pull: Pull, own_ids: set[str]) -> tuple[Project, Project, int]:
    """(server content now, merge base, how many pulled change sets were our own)."""
    theirs, merge_base = base.copy(), base.copy()
    own = 0
    for entry in pull.entries:
        apply_loose(theirs, entry.changeset, entry.description)
        if entry.changeset_id in own_ids:
            apply_loose(merge_base, entry.changeset, entry.description)
            own += 1
    for name, snapshot in pull.snapshots.items():
        theirs.versions[name] = snapshot.copy()
    theirs.meta = replace(pull.meta, modified=theirs.meta.modified,
                          format_version=theirs.meta.format_version)
    return theirs, merge_base, own


#: The roles that may change something on the server; the others (observer) only read.
WRITING_ROLES = ("coordinator", "delegate")


def reads_only(role: str) -> bool:
    """True for a role that may change nothing on the server (an observer); a role not
    known ("") is not taken for one: the server decides."""
    return bool(role) and role not in WRITING_ROLES


def may_write(me: Me, info: VersionInfo | None) -> bool:
    """May ``me`` push changes to a version (None: one the server does not have yet)?"""
    if me.role not in WRITING_ROLES:
        return False
    if info is None:
        return True  # creating a proposal: it will be ours
    if me.role == "coordinator":
        return info.delegation is None
    return info.delegation == me.delegation


def _creation(version: Version, label: str) -> ChangeSet:
    """A change set creating ``version`` with all its features."""
    deltas = tuple(Delta(None, f) for f in version)
    return ChangeSet(label, version.name, deltas, structure=Structure.CREATE)


def _removal(version: Version, label: str) -> ChangeSet:
    # the head keeps the description: a removal the server refuses is put back with it
    return take_away(version, label)


def _with_features(version: Version, changes: Iterable[tuple[str, Feature | None]]) -> Version:
    out = version.copy()
    for fid, feature in changes:
        if feature is None:
            out.features.pop(fid, None)
        else:
            out.features[fid] = feature
    return out


def _decide(base: Version, ours: Version, theirs: Version,
            decided: list[SyncConflict]) -> tuple[Version, Version]:
    """Base and ours adjusted for the conflicts the user decided since the last sync.

    "theirs": the local features become the server's (the merge then has nothing to
    decide, and the local document receives them). "ours": while the server still holds
    what the user saw, the server's state becomes the base, so the local side wins
    without a conflict; if the server changed again, the conflict comes back.
    """
    base_fix: list[tuple[str, Feature | None]] = []
    ours_fix: list[tuple[str, Feature | None]] = []
    for c in decided:
        now = [(fid, theirs.get(fid)) for fid in c.ids]
        if c.resolution == "theirs":
            ours_fix += now
        elif all(theirs.get(fid) == seen for fid, seen in c.theirs_states):
            base_fix += now
    return _with_features(base, base_fix), _with_features(ours, ours_fix)


def _not_allowed(name: str, d: Delta, b: Version, o: Version, t: Version) -> SyncConflict:
    """A local change this user's role may not send: reported like a conflict, so it shows in
    the Conflicts panel until the user takes the server's side (or it stays here)."""
    feature = d.new or d.old
    label = feature.label if feature is not None else d.id[:8]
    return SyncConflict(
        name, d.id, "not-allowed",
        Message("%1 was changed here, but your role may not change %2 on the server: the "
                "change stays here until you take the server's side", label, version_phrase(name)),
        None, None, b.get(d.id), o.get(d.id), t.get(d.id), "", (d.id,), "",
        ((d.id, t.get(d.id)),), ((d.id, b.get(d.id)),))


def _undecided_bases(base: Version, conflicts: list[SyncConflict]) -> Version:
    """The merge base with the features of earlier conflicts as that merge saw them.

    The stored base mirrors the server; a conflict not yet settled must be merged from the
    same base again, or the server's side would look like the common ancestor and the
    local side would silently win.
    """
    return _with_features(base, [pair for c in conflicts for pair in c.base_states])


def plan(ours: Project, state_base: Project, pull: Pull, me: Me, *, own_ids: set[str],
         resolutions: Iterable[SyncConflict] = (), push_label: str = "Sync") -> Plan:
    """Plan a sync (see the module docstring); nothing is changed anywhere."""
    theirs, merge_base, own = theirs_and_base(state_base, pull, own_ids)
    out = Plan(own=own, received=len(pull.entries) - own,
               received_versions=list(pull.snapshots))
    new_versions: dict[str, Version] = {}
    earlier = list(resolutions)
    names = list(dict.fromkeys([*ours.versions, *theirs.versions, *merge_base.versions]))
    for name in names:
        o, t, b = ours.versions.get(name), theirs.versions.get(name), merge_base.versions.get(name)
        info = pull.versions.get(name)
        writable = may_write(me, info if t is not None else None)
        mine = [c for c in earlier if c.version == name]
        if o is not None and t is not None and b is None and not writable:
            # Ours never reached the server (its creation was refused, or not sent yet) and
            # the server's of that name is someone else's (another delegation's proposal,
            # tabled since): two versions that share a name, not one to merge.
            _keep_apart(out, new_versions, ours, theirs, merge_base, me, o, t, info, mine,
                        push_label)
            continue
        if o is not None and t is not None:
            b = _undecided_bases(b or Version(name), [c for c in mine if c.ids])
            b, o_merge = _decide(b, o, t, [c for c in mine if c.resolution])
            result = merge(b, o_merge, t)
            resolved = result.resolved("theirs")
            local = changeset_between(o, result.merged, RECEIVED_LABEL, name)
            if not local.is_empty:
                out.local.append(local)
            sent = changeset_between(t, resolved, push_label, name)
            if writable and not sent.is_empty:
                out.outgoing.append(Outgoing(sent))
            else:
                out.conflicts += [_not_allowed(name, d, b, o, t) for d in sent.deltas]
            server = resolved if writable else t  # the server's content after this push
            # A conflict remembers the server's side as it will be after this sync: our own
            # non-conflicting stretches of the same feature go up now, and must not make the
            # user's "mine" look outdated at the next sync (it sent nothing, and the
            # re-merge from the old base offered the conflict again).
            out.conflicts += [SyncConflict.from_merge(name, c, b, server)
                              for c in result.conflicts]
            new_versions[name] = server.copy()
        elif o is not None:  # not on the server
            removed = next((c for c in mine if c.kind == "version-removed"), None)
            if b is None and removed is not None and removed.resolution != "ours":
                if removed.resolution == "theirs":
                    out.local.append(_removal(o, RECEIVED_LABEL))
                else:
                    out.conflicts.append(removed)  # still to be decided
            elif b is None:
                refused = pending(mine, name, CREATE)
                if refused is not None and refused.resolution == "theirs":  # discarded
                    out.local.append(_removal(o, discard_label(refused)))
                elif writable:
                    out.outgoing.append(Outgoing(_creation(o, push_label),
                                                 description=o.description))
                    new_versions[name] = o.copy()
                else:  # listed with the conflicts, so that it can be discarded
                    out.conflicts.append(refused_creation(name, Message(
                        "the new version %1 stays here: your role may not add versions on "
                        "the server", repr(name)), BY_ROLE))
            elif o.features == b.features:
                out.local.append(_removal(o, RECEIVED_LABEL))  # removed on the server
            else:
                out.conflicts.append(SyncConflict(
                    name, "", "version-removed",
                    Message("%1 was removed on the server while it was edited here; it is "
                            "kept here", version_phrase(name))))
        elif t is not None:  # not here
            dropped = pending(mine, name, DROP)
            if b is None:
                out.local.append(_creation(t, RECEIVED_LABEL))  # new on the server
                new_versions[name] = t.copy()
            elif t.features == b.features and dropped and dropped.resolution == "theirs":
                # the removal was discarded: the server's version comes back here
                out.local.append(put_back(name, t, t.description, discard_label(dropped)))
                new_versions[name] = t.copy()
            elif t.features == b.features and writable:
                out.outgoing.append(Outgoing(_removal(t, push_label)))
            elif t.features == b.features:  # listed with the conflicts, to be discarded
                out.conflicts.append(refused_removal(t, Message(
                    "the removal of %1 stays here: your role may not remove it on the server",
                    version_phrase(name)), BY_ROLE))
                new_versions[name] = t.copy()
            else:
                out.local.append(_creation(t, RECEIVED_LABEL))
                out.conflicts.append(SyncConflict(
                    name, "", "version-changed",
                    Message("%1 was changed on the server after it was removed here; it is "
                            "back", version_phrase(name))))
                new_versions[name] = t.copy()
    out.new_base = Project.from_versions(_merge_meta(ours, theirs, merge_base, me, out),
                                         _in_order(new_versions, theirs, ours))
    return out


def free_name(name: str, *projects: Project) -> str:
    """``name (2)``, ``name (3)``… : the first that no version of ``projects`` has, in any
    case (``core.versions.free_name``); never ``name`` itself, which the server's has."""
    return version_edits.free_name([name, *(n for p in projects for n in p.versions)], name)


def _keep_apart(out: Plan, new_versions: dict[str, Version], ours: Project, theirs: Project,
                merge_base: Project, me: Me, o: Version, t: Version, info: VersionInfo | None,
                mine: list[SyncConflict], push_label: str) -> None:
    """A local version the server never took, named like a server version ``me`` may not
    write: the server's arrives under its name, and ours is renamed here and goes on as
    an ordinary new version (sent, or listed as staying here). One undoable step; the
    user is told both names in one sentence. A refused creation the user discarded
    ("theirs") is simply replaced by the server's version."""
    name = o.name
    server = put_back(name, t, t.description, RECEIVED_LABEL)  # with its description
    refused = pending(mine, name, CREATE)
    new_versions[name] = t.copy()
    if refused is not None and refused.resolution == "theirs":  # discarded: take the server's
        label = discard_label(refused)
        out.local.append(compound(label, name, [_removal(o, label), server]))
        return
    new_name = free_name(name, ours, theirs, merge_base)
    label = Message("Keep your %1 apart from the team server's, as %2", repr(name),
                    repr(new_name))
    out.local.append(compound(label, name, [
        version_edits.rename(ours, name, new_name, label=label), server]))
    renamed = Version(new_name, dict(o.features), o.description)
    owner = (Message("another delegation's proposal") if info is not None and info.delegation
             else Message("the coordinators' proposal"))
    out.notes.append(Message("%1 on the team server is %2 that shares the name of yours: "
                             "yours is kept here as %3 and the server's arrives as %1",
                             repr(name), owner, repr(new_name)))
    if may_write(me, None):
        out.outgoing.append(Outgoing(_creation(renamed, push_label),
                                     description=renamed.description))
        new_versions[new_name] = renamed.copy()
    else:
        out.conflicts.append(refused_creation(new_name, Message(
            "the new version %1 stays here: your role may not add versions on the server",
            repr(new_name)), BY_ROLE))


def _in_order(versions: dict[str, Version], theirs: Project, ours: Project) -> list[Version]:
    order = list(dict.fromkeys([*theirs.versions, *ours.versions, *versions]))
    return [versions[n] for n in order if n in versions]


def _merge_meta(ours: Project, theirs: Project, base: Project, me: Me,
                out: Plan) -> ProjectMeta:
    """Three-way merge of the shared project details; returns the new base's details."""
    o, t, b = ours.meta, theirs.meta, base.meta
    ours_changed, theirs_changed = not same_shared_meta(o, b), not same_shared_meta(t, b)
    if not ours_changed and not theirs_changed:
        return t
    if not ours_changed or same_shared_meta(o, t):
        taken = replace(t, modified=o.modified, format_version=o.format_version)
        if not same_shared_meta(o, t):
            out.local.append(ChangeSet(RECEIVED_LABEL, AGREED, meta=(o, taken)))
        return t
    if theirs_changed:
        out.conflicts.append(SyncConflict(AGREED, "", "details",
                                          Message("the project details were changed here and "
                                                  "on the server; yours are kept here")))
        return b
    if me.role == "coordinator":
        out.outgoing.append(Outgoing(ChangeSet("Project details", AGREED, meta=(t, o))))
        return o
    out.kept_local.append(Message("your change of the project details stays here: only "
                                  "coordinators change them on the server"))
    return t
