"""A connection to a team server and what a client does with it: read, pull, push, table.

``TeamServer.connect(address)`` opens one psycopg connection (libpq finds the password in
``~/.pgpass`` or a service file). Every method is one transaction; PostgreSQL's refusals
come back as ``NotAllowed`` (with the SQLSTATE), a push that the server moved past as
``StaleBase``, a broken or unreachable connection as ``ServerUnreachable``.

Pushing (``push``): the change sets go into ``zoneeditor.changes`` in one transaction, after
checking — under the project's push lock — that nothing this user can see was added since
the pull they were computed from. The server's trigger then applies each one to the
current features, refusing (ZE001) any delta whose old feature is not exactly what is there.
Each change set carries a client-chosen id that the log keeps unique, so a push retried after
a dropped connection is recognised (``applied``) instead of being applied twice.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.messages import Message
from zoneeditor.core.model import AGREED, Feature, Project, ProjectMeta, Version
from zoneeditor.io.team import address
from zoneeditor.io.team.errors import (
    LoginProblem,
    NotAllowed,
    StaleBase,
    TeamError,
    not_member,
)
from zoneeditor.io.team.pgerrors import login_error, translate
from zoneeditor.io.team.wire import (
    changeset_from_json,
    changeset_to_json,
    feature_from_row,
    meta_from_json,
    meta_to_json,
)

#: Seconds to wait for a server before giving up (a laptop offline should learn it quickly).
CONNECT_TIMEOUT_S = 10


@dataclass(frozen=True)
class Me:
    """Who the server says this connection is: database user, role, delegation."""

    user: str
    role: str | None
    delegation: str | None


@dataclass(frozen=True)
class VersionInfo:
    """A version as the server lists it: who owns it and whether it is on the table."""

    name: str
    position: int
    description: str
    delegation: str | None
    tabled: bool


@dataclass(frozen=True)
class LogEntry:
    """One change set of the log, as the server recorded it."""

    revision: int
    changeset_id: str
    author: str
    at: datetime
    changeset: ChangeSet
    description: str = ""


@dataclass(frozen=True)
class ProjectListing:
    """One line of ``team list``."""

    name: str
    title: str
    versions: tuple[str, ...]
    revision: int
    created_by: str


@dataclass
class Pull:
    """What a pull read, in one consistent snapshot of the server."""

    head: int
    entries: list[LogEntry]
    versions: dict[str, VersionInfo]
    meta: ProjectMeta
    snapshots: dict[str, Version] = field(default_factory=dict)


@dataclass(frozen=True)
class Outgoing:
    """A change set about to be pushed, with its id (kept when the push is retried)."""

    changeset: ChangeSet
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    description: str = ""


def _psycopg() -> Any:
    import psycopg

    return psycopg


class TeamServer:
    """One open connection to a team server (a context manager: closes on exit)."""

    def __init__(self, connection: Any, conninfo: str) -> None:
        self.connection = connection
        self.conninfo = conninfo
        self.where = address.describe(conninfo)

    @classmethod
    def connect(cls, conninfo: str, *, application: str = "zoneeditor",
                password: str | None = None, timeout_s: int = CONNECT_TIMEOUT_S) -> TeamServer:
        """Connect to the server at ``conninfo``: ServerUnreachable when nothing answers,
        PasswordNeeded / LoginRefused / LoginProblem when the login fails (why, in words).

        ``password`` is one the user typed for this run (never stored); without it libpq
        looks in ~/.pgpass or the service file as usual.
        """
        psycopg = _psycopg()
        where = address.describe(address.checked(conninfo))
        extra = {"password": password} if password else {}
        try:
            con = psycopg.connect(conninfo, connect_timeout=timeout_s,
                                  application_name=application, **extra)
        except psycopg.OperationalError as exc:
            raise login_error(exc, where) from exc
        except psycopg.Error as exc:
            raise translate(exc, where) from exc
        except Exception as exc:  # a malformed address: psycopg.ProgrammingError and kin
            raise TeamError(Message("not a usable PostgreSQL address: %1", where),
                            detail=str(exc)) from exc
        return cls(con, conninfo)

    def close(self) -> None:
        """Close the connection (no error if it is already broken)."""
        with contextlib.suppress(Exception):
            self.connection.close()

    def __enter__(self) -> TeamServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backend_pid(self) -> int:
        """The server process serving this connection (to find it in pg_stat_activity)."""
        return int(self.connection.info.backend_pid)

    @contextlib.contextmanager
    def transaction(self, *, read_only: bool = False,
                    repeatable: bool = False) -> Iterator[Any]:
        """One transaction; psycopg errors inside come out translated."""
        psycopg = _psycopg()
        con = self.connection
        try:
            if con.info.transaction_status == psycopg.pq.TransactionStatus.IDLE:
                con.isolation_level = (psycopg.IsolationLevel.REPEATABLE_READ if repeatable
                                       else psycopg.IsolationLevel.READ_COMMITTED)
                con.read_only = read_only
            # Inside ``exclusive`` this is a savepoint of the outer transaction.
            with con.transaction():
                yield con
        except psycopg.Error as exc:
            raise translate(exc, self.where) from exc

    @contextlib.contextmanager
    def exclusive(self, project: str) -> Iterator[None]:
        """One transaction holding the project's push lock: pull, plan and push inside it
        and nobody can push in between.

        A sync uses it after its optimistic push collided: on a busy project a client that
        takes a second to merge would otherwise lose the race again and again. The lock
        goes with the transaction (and with the connection, should the client die), and a
        client that hangs inside it is cut off by the server after a minute.
        """
        with self.transaction() as con:
            con.execute("SET LOCAL idle_in_transaction_session_timeout = '60s'")
            con.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
                        ("zoneeditor:" + project,))
            yield

    # -- who and what ------------------------------------------------------------------------
    def me(self) -> Me:
        """The database user of this connection and its team role (None: not a member).

        A user who was never on the team (or was taken off it) may not even read the team's
        schema: that refusal is NotMember too, not a refused change."""
        try:
            with self.transaction(read_only=True) as con:
                user, role, delegation = con.execute(
                    "SELECT session_user::text, zoneeditor.my_role(), zoneeditor.my_delegation()"
                ).fetchone()
        except NotAllowed as exc:
            raise not_member(self._session_user(), self.where, exc.detail) from exc
        return Me(user, role, delegation)

    def _session_user(self) -> str:
        """The database user of this connection ("" when even that cannot be read)."""
        try:
            with self.transaction(read_only=True) as con:
                return str(con.execute("SELECT session_user::text").fetchone()[0])
        except TeamError:
            return ""

    def require_member(self) -> Me:
        """``me()``, or NotMember (with what to do) for a user who is not on the team."""
        me = self.me()
        if me.role is None:
            raise not_member(me.user, self.where)
        return me

    def projects(self) -> list[ProjectListing]:
        """The projects this user may see, by name."""
        with self.transaction(read_only=True) as con:
            rows = con.execute(
                "SELECT p.name, p.meta ->> 'title', p.created_by::text,"
                " coalesce((SELECT array_agg(v.name ORDER BY v.position) FROM zoneeditor.versions v"
                "           WHERE v.project = p.name AND NOT v.dropped), '{}'),"
                " coalesce((SELECT max(c.revision) FROM zoneeditor.changes c"
                "           WHERE c.project = p.name), 0)"
                " FROM zoneeditor.projects p ORDER BY p.name").fetchall()
        return [ProjectListing(n, t or "", tuple(vs), int(r), by) for n, t, by, vs, r in rows]

    # -- reading -----------------------------------------------------------------------------
    def pull(self, project: str, since: int, known: Sequence[str] = ()) -> Pull:
        """Change sets after revision ``since``, plus whole snapshots of visible versions
        the caller does not know (``known``): those it could not see before (tabled since)."""
        with self.transaction(read_only=True, repeatable=True) as con:
            row = con.execute("SELECT meta FROM zoneeditor.projects WHERE name = %s",
                              (project,)).fetchone()
            if row is None:
                raise self._no_project(project)
            meta = meta_from_json(row[0])
            versions = self._versions(con, project)
            entries = [
                LogEntry(int(rev), str(cid), author, at, changeset_from_json(change, meta),
                         change.get("description") or "")
                for rev, cid, author, at, change in con.execute(
                    "SELECT revision, changeset_id, author::text, at, change"
                    " FROM zoneeditor.changes WHERE project = %s AND revision > %s"
                    " ORDER BY revision", (project, since))
            ]
            head = max([since, *(e.revision for e in entries)])
            created = {e.changeset.version for e in entries
                       if e.changeset.structure.value == "create"}
            missing = [n for n in versions if n not in known and n not in created]
            snapshots = {n: self._version(con, project, versions[n]) for n in missing}
        return Pull(head, entries, versions, meta, snapshots)

    def fetch(self, project: str) -> tuple[Project, int, dict[str, VersionInfo]]:
        """The whole project as this user may see it, with the revision it is at."""
        with self.transaction(read_only=True, repeatable=True) as con:
            row = con.execute("SELECT meta FROM zoneeditor.projects WHERE name = %s",
                              (project,)).fetchone()
            if row is None:
                raise self._no_project(project)
            infos = self._versions(con, project)
            head = con.execute("SELECT coalesce(max(revision), 0) FROM zoneeditor.changes"
                               " WHERE project = %s", (project,)).fetchone()[0]
            versions = [self._version(con, project, info) for info in infos.values()]
        return Project.from_versions(meta_from_json(row[0]), versions), int(head), infos

    def _no_project(self, project: str) -> LoginProblem:
        return LoginProblem(Message("no project %1 on %2 (or you are not a member of its "
                                    "team)", repr(project), self.where), "no-project",
                            self.where)

    def _versions(self, con: Any, project: str) -> dict[str, VersionInfo]:
        rows = con.execute(
            "SELECT name, position, description, delegation, tabled FROM zoneeditor.versions"
            " WHERE project = %s AND NOT dropped ORDER BY position, name", (project,))
        return {r[0]: VersionInfo(r[0], r[1], r[2], r[3], r[4]) for r in rows}

    def _version(self, con: Any, project: str, info: VersionInfo) -> Version:
        rows = con.execute(
            "SELECT zid, layer, ST_AsBinary(geom), attributes FROM zoneeditor.features"
            " WHERE project = %s AND version = %s ORDER BY revision, zid",
            (project, info.name))
        feats: dict[str, Feature] = {}
        for zid, layer, wkb, attrs in rows:
            feats[zid] = feature_from_row(zid, layer, wkb, attrs)
        return Version(info.name, feats, info.description)

    def count_since(self, project: str, since: int) -> int:
        """How many change sets this user may see were added after revision ``since``."""
        with self.transaction(read_only=True) as con:
            return int(con.execute("SELECT count(*) FROM zoneeditor.changes"
                                   " WHERE project = %s AND revision > %s",
                                   (project, since)).fetchone()[0])

    def applied(self, ids: Sequence[str]) -> dict[str, int]:
        """Which of these change-set ids the server has, with their revisions."""
        if not ids:
            return {}
        with self.transaction(read_only=True) as con:
            rows = con.execute("SELECT changeset_id::text, revision FROM zoneeditor.changes"
                               " WHERE changeset_id = ANY(%s::uuid[])", (list(ids),))
            return {cid: int(rev) for cid, rev in rows}

    # -- writing -----------------------------------------------------------------------------
    def push(self, project: str, outgoing: Sequence[Outgoing], expected_head: int) -> list[int]:
        """Append ``outgoing`` to the log in one transaction; their revisions, in order.

        Raises StaleBase (nothing written) when a change this user can see was added after
        ``expected_head``, or when a change does not fit the server's features.
        """
        if not outgoing:
            return []
        from psycopg.types.json import Jsonb

        ids = [o.id for o in outgoing]
        with self.transaction() as con:
            con.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
                        ("zoneeditor:" + project,))
            done = dict(con.execute("SELECT changeset_id::text, revision FROM"
                                    " zoneeditor.changes WHERE changeset_id = ANY(%s::uuid[])",
                                    (ids,)).fetchall())
            if done:  # a retry of a push that committed: it was applied once, and only once
                return [int(done[i]) for i in ids if i in done]
            head = con.execute("SELECT coalesce(max(revision), 0) FROM zoneeditor.changes"
                               " WHERE project = %s", (project,)).fetchone()[0]
            if head != expected_head:
                raise moved_on(head, expected_head)
            with con.cursor() as cur:
                cur.executemany(
                    "INSERT INTO zoneeditor.changes (project, version, changeset_id, label,"
                    " change) VALUES (%s, %s, %s, %s, %s)",
                    [(project, o.changeset.version, o.id, o.changeset.label,
                      Jsonb(changeset_to_json(o.changeset, o.description)))
                     for o in outgoing])
            rows = con.execute("SELECT changeset_id::text, revision FROM zoneeditor.changes"
                               " WHERE changeset_id = ANY(%s::uuid[])",
                               ([o.id for o in outgoing],)).fetchall()
        revisions = dict(rows)
        return [int(revisions[o.id]) for o in outgoing]

    def publish(self, name: str, project: Project) -> int:
        """Put a whole project on the server as ``name`` (coordinators only); its revision."""
        from psycopg.types.json import Jsonb

        from zoneeditor.core.changes import Structure, inserts

        if not name.strip():
            raise TeamError(Message("a project on a team server needs a name"))
        if (name != name.strip() or any(c in "/?#" for c in name)
                or not name.isprintable()):  # the server's own rule, said in our words
            raise TeamError(Message("%1 cannot name a project on a team server: a name has no "
                                    "/, ? or #, and does not begin or end with a space",
                                    repr(name)))
        outgoing = [Outgoing(inserts("Publish", AGREED, project.agreed.features.values()))]
        for v in project.proposals:
            cs = inserts("Publish", v.name, v.features.values())
            outgoing.append(Outgoing(ChangeSet(cs.label, v.name, cs.deltas,
                                               structure=Structure.CREATE),
                                     description=v.description))
        with self.transaction() as con:
            if con.execute("SELECT 1 FROM zoneeditor.projects WHERE name = %s",
                           (name,)).fetchone():
                raise TeamError(Message("there is already a project %1 on %2", repr(name),
                                        self.where))
            con.execute("INSERT INTO zoneeditor.projects (name, meta) VALUES (%s, %s)",
                        (name, Jsonb(meta_to_json(project.meta))))
            with con.cursor() as cur:
                cur.executemany(
                    "INSERT INTO zoneeditor.changes (project, version, changeset_id, label,"
                    " change) VALUES (%s, %s, %s, %s, %s)",
                    [(name, o.changeset.version, o.id, o.changeset.label,
                      Jsonb(changeset_to_json(o.changeset, o.description)))
                     for o in outgoing if not (o.changeset.is_empty and o.changeset.version
                                               == AGREED)])
            head = con.execute("SELECT coalesce(max(revision), 0) FROM zoneeditor.changes"
                               " WHERE project = %s", (name,)).fetchone()[0]
        return int(head)

    def table(self, project: str, version: str) -> None:
        """Put a delegation's proposal on the table: from now on every member sees it."""
        with self.transaction() as con:
            cur = con.execute("UPDATE zoneeditor.versions SET tabled = true"
                              " WHERE project = %s AND name = %s AND NOT dropped",
                              (project, version))
            if cur.rowcount == 0:
                raise TeamError(Message("no proposal %1 of your delegation in project %2 on "
                                        "%3", repr(version), repr(project), self.where))


def moved_on(head: int, expected: int) -> StaleBase:
    """The push found revision ``head`` where it expected ``expected`` (pull and retry)."""
    return StaleBase(Message("the team server moved on meanwhile (revision %1 was added "
                             "after %2)", head, expected))


#: How the rest of io/team opens a server (tests and the window may pass another opener).
Connect = Callable[[str], TeamServer]
