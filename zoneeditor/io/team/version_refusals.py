"""A removal or a new version that stays in the working copy, and how to discard it.

A version removed here that the user's role may not remove on the server (an observer's,
a delegate's of another delegation's proposal), or that the server refused, stays removed
here; so does a new version (a rename is both: the old name removed, the new one added).
Each is recorded as one ``SyncConflict`` of kind ``"refused"`` with ``structure`` "drop" or
"create" and ``refused_by`` saying who stopped it ("role": the client's mirror of the
server's role rules, so it was never sent; "server": the server refused it), listed with
the conflicts until it goes or the user discards it. A removal's
record keeps the server's features and description of the version, so discarding it puts
the version back as the server has it; discarding a new version drops it here. Both are
ordinary change sets (``discard_changeset``): applied through the history, journaled,
and undo brings the user's side back. The command line's ``--resolve theirs`` records the
decision instead, and the next sync applies the same change sets (``io.team.plan``).
"""

from __future__ import annotations

from collections.abc import Iterable

from zoneeditor.core.changes import ChangeSet, Delta, Structure, VersionHead
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, Project, Version, version_phrase
from zoneeditor.io.team.local_state import SyncConflict

#: The kind of a SyncConflict that records a change the server (or the role) refused.
REFUSED = "refused"
#: ``SyncConflict.structure`` of a refused removal and of a refused new version.
DROP, CREATE = Structure.DROP.value, Structure.CREATE.value
#: ``SyncConflict.refused_by``: the user's role (known to the client; never sent) or the
#: server (it was sent, and refused).
BY_ROLE, BY_SERVER = "role", "server"


def refused_removal(theirs: Version, description: Message, by: str) -> SyncConflict:
    """The record of the removal of ``theirs`` (the server's version) that stays here,
    stopped ``by`` the role or the server."""
    return SyncConflict(theirs.name, "", REFUSED, description, key=f"refused-drop:{theirs.name}",
                        theirs_states=tuple((f.id, f) for f in theirs),
                        structure=DROP, version_description=theirs.description, refused_by=by)


def refused_creation(name: str, description: Message, by: str) -> SyncConflict:
    """The record of the new version ``name`` that stays here, stopped ``by`` the role or
    the server."""
    return SyncConflict(name, "", REFUSED, description, key=f"refused-create:{name}",
                        structure=CREATE, refused_by=by)


def is_version_change(c: SyncConflict) -> bool:
    """True for the record of a refused removal or new version (see the module text)."""
    return c.kind == REFUSED and c.structure in (DROP, CREATE)


def pending(conflicts: Iterable[SyncConflict], name: str, structure: str) -> SyncConflict | None:
    """The record of a refused ``structure`` ("drop"/"create") of version ``name``, if any."""
    return next((c for c in conflicts if c.version == name and c.structure == structure
                 and is_version_change(c)), None)


def is_discarded(c: SyncConflict, project: Project) -> bool:
    """True when the user discarded ``c`` here: the removed version is back, the new one
    gone (the next sync forgets the record)."""
    here = c.version in project.versions
    return here if c.structure == DROP else not here


def put_back(name: str, features: Iterable[Feature], description: str,
             label: str) -> ChangeSet:
    """The change set making version ``name`` again, with ``features`` (the server's)."""
    return ChangeSet(label, name, tuple(Delta(None, f) for f in features),
                     structure=Structure.CREATE,
                     heads=(None, VersionHead(name, description)))


def take_away(version: Version, label: str, position: int | None = None) -> ChangeSet:
    """The change set removing ``version`` here (undo puts it back in its place)."""
    return ChangeSet(label, version.name, tuple(Delta(f, None) for f in version),
                     structure=Structure.DROP,
                     heads=(VersionHead(version.name, version.description, position), None))


def discard_label(c: SyncConflict) -> Message:
    """What the history calls discarding ``c``."""
    if c.structure == DROP:
        return Message("Discard the removal the server refused: %1", version_phrase(c.version))
    return Message("Discard the new version the server refused: %1", repr(c.version))


def discard_changeset(c: SyncConflict, project: Project) -> ChangeSet | None:
    """The edit that discards ``c`` in ``project``: the server's version back, or the new
    version gone (None when that is already so)."""
    if not is_version_change(c) or is_discarded(c, project):
        return None
    if c.structure == DROP:
        return put_back(c.version, (f for _, f in c.theirs_states if f is not None),
                        c.version_description, discard_label(c))
    version = project.versions[c.version]
    return take_away(version, discard_label(c), list(project.versions).index(c.version))
