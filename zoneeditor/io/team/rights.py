"""Which versions this user may change, as the team server decides it, kept offline.

The server's row-level security is the rule; the client never works it out for itself.
``ask`` reads what the schema's ``zoneeditor.my_versions(project)`` and
``zoneeditor.may_propose(project)`` report — they call the very functions the policies call
(``may_write``, ``may_table``) — at the clone, at each sync and at the window's regular
check, and the working copy keeps it in its sync record (``io.team.local_state``), so a
version another delegation or the coordinators own is read-only here offline too, instead
of an hour of edits being refused at the next sync.

``refusal`` is the one sentence saying why a version may not be changed, with the way out
(a copy in a proposal of one's own); the window shows it translated, the command line
refuses with it. A version the server does not list (a proposal made here, not synced yet)
is the user's, when they may make proposals at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from zoneeditor.core.messages import Message
from zoneeditor.core.model import AGREED, version_phrase
from zoneeditor.io.team.server import TeamServer

#: The sentence of an observer, who may change nothing (the window says it in its words).
OBSERVER = Message("your role on the team server is observer, so you can look at the map "
                   "and sync, but not change it")


@dataclass(frozen=True)
class VersionRight:
    """What the server lets this user do with one version: its owning delegation (None:
    the coordinators'), whether it is on the table, whether they may change and table it."""

    owner: str | None
    tabled: bool
    may_change: bool
    may_table: bool


@dataclass(frozen=True)
class Rights:
    """The user's role and delegation and, per version the server lists, what they may do
    (``versions``); ``may_propose``: whether they may make new proposals."""

    role: str
    delegation: str | None
    may_propose: bool
    versions: Mapping[str, VersionRight] = field(default_factory=dict)

    def refusal(self, version: str | None) -> Message | None:
        """Why ``version`` (None: a new proposal) may not be changed by this user, with what
        to do; None when it may (or the server does not have it yet and they may make
        proposals)."""
        right = self.versions.get(version) if version is not None else None
        if right is None or version is None:
            return None if self.may_propose else OBSERVER
        if right.may_change:
            return None
        if not self.may_propose:
            return OBSERVER
        if right.owner is not None:
            return Message("%1 belongs to the delegation %2: you cannot change it, but you "
                           "can copy it into a proposal of your own", version_phrase(version),
                           right.owner)
        return Message("%1 is the coordinators' to change: you cannot change it, but you can "
                       "copy it into a proposal of your own", version_phrase(version))

    def table_refusal(self, version: str) -> Message | None:
        """Why this user may not put ``version`` on the table; None when they may (a
        proposal the server does not have yet: after the sync that sends it).

        A coordinator's proposal (one the server lists as the coordinators', or one made
        here and not synced yet, which will be) is told apart from the role alone, before
        any server is asked: every member already sees it, so there is nothing to table
        (docs/team.md). The server's row-level security still refuses it if asked."""
        right = self.versions.get(version)
        if (self.role == "coordinator" and version != AGREED
                and (right is None or right.owner is None)):
            return Message("%1 is a coordinators' proposal, already shown to every member of "
                           "the team: there is nothing to table", version_phrase(version))
        if right is None or right.may_table:
            return None
        if right.tabled or right.owner is None:
            return Message("%1 is already shown to every member of the team",
                           version_phrase(version))
        return Message("only the delegation %1 can put %2 on the table", right.owner,
                       version_phrase(version))


def ask(server: TeamServer, project: str) -> Rights | None:
    """What the server lets this connection's user do in ``project``; None when the
    server's schema is older than ``my_versions`` (its ``team init`` not run again yet:
    then nothing is read-only here and the server alone refuses, as before)."""
    with server.transaction(read_only=True, repeatable=True) as con:
        known = con.execute("SELECT to_regprocedure('zoneeditor.my_versions(text)')"
                            " IS NOT NULL").fetchone()[0]
        if not known:
            return None
        role, delegation, propose = con.execute(
            "SELECT zoneeditor.my_role(), zoneeditor.my_delegation(),"
            " zoneeditor.may_propose(%s)", (project,)).fetchone()
        rows = con.execute("SELECT name, delegation, tabled, may_change, may_table"
                           " FROM zoneeditor.my_versions(%s)", (project,)).fetchall()
    return Rights(role or "", delegation, bool(propose),
                  {n: VersionRight(d, bool(t), bool(c), bool(tb)) for n, d, t, c, tb in rows})


def to_json(rights: Rights | None) -> dict[str, Any] | None:
    """``rights`` as JSON data for the sync record."""
    if rights is None:
        return None
    return {"role": rights.role, "delegation": rights.delegation,
            "may_propose": rights.may_propose,
            "versions": {n: [r.owner, r.tabled, r.may_change, r.may_table]
                         for n, r in rights.versions.items()}}


def from_json(data: Any) -> Rights | None:
    """Rights read back from the sync record (None: none recorded, an older copy)."""
    if not isinstance(data, dict):
        return None
    return Rights(str(data.get("role") or ""), data.get("delegation"),
                  bool(data.get("may_propose")),
                  {str(n): VersionRight(o, bool(t), bool(c), bool(tb))
                   for n, (o, t, c, tb) in (data.get("versions") or {}).items()})
