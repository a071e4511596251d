"""What a working copy records about its team server, inside the project file itself.

A working copy is an ordinary project file (QGIS opens it; every edit is journaled as
always) with three tables of its own (``io.project_tables.own_tables``), written in the same
atomic save as the content they describe and carried over by every other save:

- ``zoneeditor_ext_sync``           key/value: server address (never a password), project,
                                    last pulled revision, this copy's id, user, the user's
                                    role and delegation as the server said, last sync,
                                    which versions the user may change (``rights``, JSON:
                                    ``io.team.rights``, as the server's policies decide)
- ``zoneeditor_ext_sync_base``      the server's content at the last sync: the merge base
                                    (journal codec, bit-exact)
- ``zoneeditor_ext_sync_conflicts`` the conflicts of the last sync, for the Conflicts panel

Why inside the file and written with the content: the base must never be newer than the
content it is the base of (a newer base would make the next sync take the missing changes
for local deletions and push them), and one file is what a delegate copies and backs up.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from zoneeditor.core.merge.result import Conflict
from zoneeditor.core.messages import Message, from_data, to_data
from zoneeditor.core.model import Feature, Project, Version
from zoneeditor.io.journal import decode_project, encode_project
from zoneeditor.io.plain_errors import plain_reason
from zoneeditor.io.project_tables import ExtraTables, own_tables
from zoneeditor.io.team import rights as team_rights
from zoneeditor.io.team.errors import NotAWorkingCopy
from zoneeditor.io.team.rights import Rights
from zoneeditor.io.team.wire import feature_from_json, feature_to_json

INFO = "zoneeditor_ext_sync"
BASE = "zoneeditor_ext_sync_base"
CONFLICTS = "zoneeditor_ext_sync_conflicts"
#: How a working copy is made on the command line (an argument of sentences; the window
#: words its own way, File ▸ Open team project…).
CLONE_COMMAND = "'zoneeditor team clone URL PROJECT --out FILE'"


@dataclass(frozen=True)
class SyncConflict:
    """One conflict of a sync, as the merge engine reported it, with its version.

    ``kind``, ``attribute``, ``description``, ``where`` and ``key`` are the merge engine's
    (``core.merge.Conflict``); ``base``/``ours``/``theirs`` the main feature on each side
    (None: absent); ``feature_ids`` every feature the decision touches (a shared border is
    one decision for both zones), ``base_states`` and ``theirs_states`` the merge base's and
    the server's state of each of them (the next sync merges from that base again, so an
    undecided conflict is reported again).
    ``resolution`` is "" until the user decides: "theirs" takes the server's side at the
    next sync, "ours" sends the local side instead (as long as the server still holds what
    the user saw). A conflict about a version as a whole has no feature id; when it records
    a removal or a new version that stays here (refused for the user's role, or by the
    server), ``structure`` says which ("drop" or "create", ``io.team.version_refusals``)
    and, for a removal, ``theirs_states`` holds the server's features of the version and
    ``version_description`` its description, so discarding it brings the version back;
    ``refused_by`` says who stopped it: "role" (the client, mirroring the user's role: it
    was never sent) or "server" ("" in records written before it was kept).
    """

    version: str
    feature_id: str
    kind: str
    description: str
    attribute: str | None = None
    where: tuple[float, float] | None = None
    base: Feature | None = None
    ours: Feature | None = None
    theirs: Feature | None = None
    resolution: str = ""
    feature_ids: tuple[str, ...] = ()
    key: str = ""
    theirs_states: tuple[tuple[str, Feature | None], ...] = ()
    base_states: tuple[tuple[str, Feature | None], ...] = ()
    structure: str = ""
    version_description: str = ""
    refused_by: str = ""

    @classmethod
    def from_merge(cls, version: str, conflict: Conflict, base: Version,
                   theirs: Version) -> SyncConflict:
        """Wrap a ``core.merge.Conflict`` of version ``version`` (with the merge's base
        and their side)."""
        ids = conflict.feature_ids or (conflict.feature_id,)
        return cls(version, conflict.feature_id, conflict.kind.value,
                   conflict.description, conflict.attribute,
                   (conflict.where[0], conflict.where[1]) if conflict.where else None,
                   conflict.base, conflict.ours, conflict.theirs, "", ids, conflict.key,
                   tuple((fid, theirs.get(fid)) for fid in ids),
                   tuple((fid, base.get(fid)) for fid in ids))

    @property
    def ids(self) -> tuple[str, ...]:
        """Every feature id the decision touches."""
        return self.feature_ids or ((self.feature_id,) if self.feature_id else ())


@dataclass(frozen=True)
class SyncState:
    """Where a working copy syncs and the server content it last synced with.

    ``role`` and ``delegation`` are the user's as the server said at the clone or the last
    sync ("" when not known: a copy made by an older zoneeditor, until its next sync); the
    window mirrors them for usability (an observer's tools are off), the server enforces.
    ``rights`` is what the server said this user may do with each version, when it last
    asked (None: not known, a copy made by an older zoneeditor or an older server): a
    version they may not change is read-only in the window and refused by the commands.
    """

    remote: str
    project: str
    revision: int
    base: Project
    client: str
    user: str = ""
    synced_at: str = ""
    conflicts: tuple[SyncConflict, ...] = field(default=())
    role: str = ""
    delegation: str = ""
    rights: Rights | None = None

    def with_(self, **changes: Any) -> SyncState:
        """A copy with some fields replaced."""
        return replace(self, **changes)


def read_state(path: Path) -> SyncState | None:
    """The sync state recorded in the project file at ``path``; None when it has none."""
    try:
        con = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if INFO not in names or BASE not in names:
            return None
        info = dict(con.execute(f'SELECT key, value FROM "{INFO}"').fetchall())
        (blob,) = con.execute(f'SELECT data FROM "{BASE}" WHERE id = 1').fetchone()
        conflicts: list[SyncConflict] = []
        if CONFLICTS in names:
            for row in con.execute(f'SELECT data FROM "{CONFLICTS}" ORDER BY pos'):
                conflicts.append(_conflict_in(json.loads(row[0])))
        rights = team_rights.from_json(json.loads(info.get("rights") or "null"))
    except (sqlite3.Error, TypeError, KeyError, ValueError) as exc:
        why = plain_reason(exc, Message("a part of it is missing or cannot be decoded"))
        raise NotAWorkingCopy(Message("%1: its team sync record is damaged (%2)", path, why)
                              ) from exc
    finally:
        con.close()
    return SyncState(info["remote"], info["project"], int(info["revision"]),
                     decode_project(blob), info["client"], info.get("user", ""),
                     info.get("synced_at", ""), tuple(conflicts), info.get("role", ""),
                     info.get("delegation", ""), rights)


def require_state(path: Path) -> SyncState:
    """``read_state``, or NotAWorkingCopy saying how to make one."""
    state = read_state(path)
    if state is None:
        raise NotAWorkingCopy(Message("%1 is not a working copy of a team project (make one "
                                      "with %2)", path, CLONE_COMMAND))
    return state


def state_writer(state: SyncState) -> ExtraTables:
    """The sync tables holding ``state``, to write in a project file being saved
    (``write_project(..., extra=[...])`` or ``Session.save(extra=[...])``)."""

    def write(target: Path) -> None:
        con = sqlite3.connect(target)
        try:
            with con:
                for table in (INFO, BASE, CONFLICTS):
                    con.execute(f'DROP TABLE IF EXISTS "{table}"')
                con.execute(f'CREATE TABLE "{INFO}" (key TEXT PRIMARY KEY, value TEXT NOT NULL)')
                con.execute(f'CREATE TABLE "{BASE}" (id INTEGER PRIMARY KEY CHECK (id = 1),'
                            ' data BLOB NOT NULL)')
                con.execute(f'CREATE TABLE "{CONFLICTS}" (pos INTEGER PRIMARY KEY,'
                            ' version TEXT NOT NULL, feature_id TEXT NOT NULL,'
                            ' description TEXT NOT NULL, data TEXT NOT NULL)')
                info = {"remote": state.remote, "project": state.project,
                        "revision": str(state.revision), "client": state.client,
                        "user": state.user, "synced_at": state.synced_at, "format": "1",
                        "role": state.role, "delegation": state.delegation,
                        "rights": json.dumps(team_rights.to_json(state.rights),
                                             ensure_ascii=False)}
                con.executemany(f'INSERT INTO "{INFO}" VALUES (?, ?)', info.items())
                con.execute(f'INSERT INTO "{BASE}" VALUES (1, ?)',
                            (encode_project(state.base),))
                con.executemany(
                    f'INSERT INTO "{CONFLICTS}" VALUES (?, ?, ?, ?, ?)',
                    [(i, c.version, c.feature_id, c.description,
                      json.dumps(_conflict_out(c), ensure_ascii=False))
                     for i, c in enumerate(state.conflicts)])
        finally:
            con.close()

    return own_tables("team sync", (INFO, BASE, CONFLICTS), write)


def _conflict_out(c: SyncConflict) -> dict[str, Any]:
    return {"version": c.version, "feature_id": c.feature_id, "kind": c.kind,
            "description": str(c.description), "sentence": to_data(c.description),
            "attribute": c.attribute,
            "where": list(c.where) if c.where else None, "resolution": c.resolution,
            "base": feature_to_json(c.base), "ours": feature_to_json(c.ours),
            "theirs": feature_to_json(c.theirs), "feature_ids": list(c.feature_ids),
            "key": c.key,
            "theirs_states": [[fid, feature_to_json(f)] for fid, f in c.theirs_states],
            "base_states": [[fid, feature_to_json(f)] for fid, f in c.base_states],
            "structure": c.structure, "version_description": c.version_description,
            "refused_by": c.refused_by}


def _conflict_in(d: dict[str, Any]) -> SyncConflict:
    fid = d["feature_id"]
    return SyncConflict(d["version"], fid, d["kind"], _sentence(d), d.get("attribute"),
                        tuple(d["where"]) if d.get("where") else None,
                        feature_from_json(fid, d.get("base")),
                        feature_from_json(fid, d.get("ours")),
                        feature_from_json(fid, d.get("theirs")), d.get("resolution") or "",
                        tuple(d.get("feature_ids") or ()), d.get("key") or "",
                        tuple((i, feature_from_json(i, f))
                              for i, f in d.get("theirs_states") or ()),
                        tuple((i, feature_from_json(i, f))
                              for i, f in d.get("base_states") or ()),
                        d.get("structure") or "", d.get("version_description") or "",
                        d.get("refused_by") or "")


def _sentence(d: dict[str, Any]) -> str:
    """A conflict's description as stored: the Message (``sentence``: its template and
    arguments, so the window translates it) or, written by an older zoneeditor, the plain
    English ``description`` (kept beside it too, for an older zoneeditor reading it)."""
    try:
        return from_data(d["sentence"]) if "sentence" in d else str(d["description"])
    except ValueError:
        return str(d["description"])
