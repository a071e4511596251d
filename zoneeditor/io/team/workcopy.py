"""Working copies: clone a project from a team server, open one by its URL, table a version.

A working copy is an ordinary project file plus its sync state (io/team/local_state.py).
Opening ``postgresql://…/DATABASE/PROJECT`` uses a working copy kept in the user's state
folder (made by cloning the first time), opened as an ordinary ``Session``: every edit is
journaled before it is shown, offline or not, exactly as for a file; syncing sends it.
"""

from __future__ import annotations

import hashlib
import re
import shlex
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from zoneeditor.core.merge.resolve import open_conflicts
from zoneeditor.core.messages import Message, counted
from zoneeditor.core.model import Project
from zoneeditor.io.project_file import write_project
from zoneeditor.io.session import Session
from zoneeditor.io.team.address import split_project_url, without_password
from zoneeditor.io.team.errors import TeamError
from zoneeditor.io.team.local_state import (
    SyncConflict,
    SyncState,
    read_state,
    require_state,
    state_writer,
)
from zoneeditor.io.team.rights import ask
from zoneeditor.io.team.server import Connect, TeamServer


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def clone(conninfo: str, project: str, out: Path, *, connect: Connect = TeamServer.connect,
          overwrite: bool = False) -> SyncState:
    """Make ``out`` a working copy of ``project`` on the server at ``conninfo``."""
    out = Path(out)
    if out.exists() and not overwrite:
        raise TeamError(Message("%1 already exists: choose another %2", out, "--out"))
    with connect(conninfo) as server:
        me = server.require_member()
        content, head, _ = server.fetch(project)
        rights = ask(server, project)
    state = SyncState(without_password(conninfo), project, head, content.copy(),
                      uuid.uuid4().hex, me.user, _now(), role=me.role or "",
                      delegation=me.delegation or "", rights=rights)
    write_project(content, out, extra=[state_writer(state)])
    return state


def cache_path(url: str) -> Path:
    """Where the working copy behind a ``postgresql://…/PROJECT`` URL is kept."""
    from platformdirs import user_state_dir

    server, project = split_project_url(url)
    key = hashlib.sha256(f"{without_password(server)}\n{project}".encode()).hexdigest()[:16]
    safe = re.sub(r"[^\w.-]+", "_", project).strip("._") or "project"
    return Path(user_state_dir("zoneeditor")) / "team" / key / f"{safe}.gpkg"


def open_remote(url: str, *, connect: Connect = TeamServer.connect,
                pending: str = "raise", take_over: bool = False) -> Session:
    """Open a project on a team server: its local working copy, cloned if there is none.

    Returns an ordinary Session (lock, journal, recovery as for any file); RecoveryPending
    and LockedError come out as from ``Session.open``.
    """
    return Session.open(ensure_copy(url, connect=connect), pending=pending,
                        take_over=take_over)


def ensure_copy(url: str, *, connect: Connect = TeamServer.connect) -> Path:
    """The working copy behind a ``postgresql://…/PROJECT`` URL, cloned first when there is
    none (that is the only step that needs the server; a window runs it off its UI thread)."""
    server, project = split_project_url(url)
    path = cache_path(url)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        clone(server, project, path, connect=connect)
    return path


def table_refusal(path: Path, project: Project, conflicts: Iterable[SyncConflict],
                  version: str) -> Message | None:
    """Why ``version`` of the working copy at ``path`` (its content ``project``, its sync
    ``conflicts``) may not be tabled now, with what to do; None when it may.

    A proposal is not shown to everyone while it has open conflicts: undecided conflicts of
    the last sync about it (refused changes included: the server does not hold it as it is
    here), or merge conflicts still marked in it. The window says the same in its words.
    """
    refused = role_table_refusal(path, version)
    if refused is not None:
        return refused
    undecided = sum(1 for c in conflicts if c.version == version and not c.resolution)
    if undecided:
        command = f"'zoneeditor sync {shlex.quote(str(path))} --resolve mine'"
        return counted("%1 has %n open conflict(s) from the team sync: decide them with %2 "
                       "or %3 (or in the Conflicts panel of the window), then table it",
                       undecided, repr(version), command, "'--resolve theirs'")
    marked = project.versions.get(version)
    keys = {k for ks in open_conflicts(marked).values() for k in ks} if marked else set()
    count = len(keys)
    if count:
        return counted("%1 has %n open merge conflict(s): resolve them in the Conflicts panel "
                       "of the window, then table it", count, repr(version))
    return None


def role_table_refusal(path: Path, version: str) -> Message | None:
    """Why the user of the working copy at ``path`` may not table ``version``, from the
    role and rights its sync record holds (no server asked); None when they may or it is
    not known."""
    state = read_state(Path(path))
    if state is None or state.rights is None:
        return None
    return state.rights.table_refusal(version)


def table(path: Path, version: str, *, connect: Connect = TeamServer.connect) -> None:
    """Put ``version`` of the working copy at ``path`` on the table (it must be synced)."""
    state = require_state(path)
    with connect(state.remote) as server:
        server.table(state.project, version)


class ChangeRefused(TeamError):
    """A command was asked to change a version of a working copy that the team server
    would refuse from this user (``change_refusal``); nothing was changed."""


def change_refusal(path: Path, version: str | None) -> Message | None:
    """Why a command may not change ``version`` (None: make a new proposal) of the project
    file at ``path`` (a working copy whose user the team server does not let change it:
    another delegation's or the coordinators' version, or any for an observer), as the
    window says it; None when it may (an ordinary file, a copy whose rights are not known
    yet, a version of their own)."""
    state = read_state(Path(path))
    if state is None or state.rights is None:
        return None
    return state.rights.refusal(version)
