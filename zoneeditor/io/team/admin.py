"""Setting up a team server: the schema (``init``) and who is on the team (members).

Run by the database's owner (a role with CREATEROLE, or a superuser), never by a member.
Members are existing PostgreSQL login roles (``createuser --pwprompt alice``): adding one
records its team role and delegation in ``zoneeditor.members`` and grants it the matching
group role, plus its delegation's own role (which may read the delegation's drafts).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from zoneeditor.core.messages import Message
from zoneeditor.io.team.errors import TeamError
from zoneeditor.io.team.pgerrors import INIT_COMMAND, server_reason
from zoneeditor.io.team.schema_sql import (
    FUNCTIONS_SQL,
    GRANTS_SQL,
    ROLE_SQL,
    ROLES,
    SCHEMA_VERSION,
    TABLES_SQL,
    TRIGGERS_SQL,
)
from zoneeditor.io.team.server import TeamServer


def _postgis_schema(con: Any) -> str | None:
    row = con.execute(
        "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'postgis'"
    ).fetchone()
    return row[0] if row else None


def init(server: TeamServer) -> list[str]:
    """Create (or bring up to date) the team schema; the lines to tell the user."""
    import psycopg
    said: list[str] = []
    with server.transaction() as con:
        version = con.execute("SHOW server_version_num").fetchone()[0]
        if int(version) < 130000:
            raise TeamError(Message("%1 runs PostgreSQL %2; a team server needs PostgreSQL 13 "
                                    "or newer", server.where, int(version) // 10000))
        schema = _postgis_schema(con)
        if schema is None:
            try:
                with con.transaction():
                    con.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            except psycopg.errors.InsufficientPrivilege as exc:
                raise TeamError(Message(
                    "PostGIS is not enabled in %1 and this user may not enable it: ask the "
                    "database superuser to run %2 in that database", server.where,
                    "'CREATE EXTENSION postgis;'")) from exc
            except psycopg.Error as exc:
                raise TeamError(Message("PostGIS could not be enabled in %1: %2", server.where,
                                        server_reason(exc)),
                                detail=exc.diag.message_primary or "") from exc
            schema = _postgis_schema(con)
            said.append("enabled PostGIS")
        search_path = ", ".join(dict.fromkeys(["zoneeditor", str(schema), "pg_catalog",
                                               "pg_temp"]))
        try:
            with con.transaction():
                con.execute(ROLE_SQL)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise TeamError(Message("this user may not create roles on %1: run %2 as the "
                                    "database owner with CREATEROLE, or as a superuser",
                                    server.where, f"'{INIT_COMMAND}'")) from exc
        existed = con.execute("SELECT to_regclass('zoneeditor.changes') IS NOT NULL"
                              ).fetchone()[0]
        for text in (TABLES_SQL, FUNCTIONS_SQL, TRIGGERS_SQL, GRANTS_SQL):
            con.execute(text.format(search_path=search_path))
        con.execute("INSERT INTO zoneeditor.schema_info VALUES ('schema_version', %s)"
                    " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                    (str(SCHEMA_VERSION),))
        for project, name in con.execute("SELECT project, name FROM zoneeditor.versions"
                                         ).fetchall():
            con.execute("SELECT zoneeditor.refresh_views(%s, %s)", (project, name))
    said.append("team schema up to date" if existed else "team schema created")
    return said


@dataclass(frozen=True)
class Member:
    """One member of the team: database user, role, delegation."""

    user: str
    role: str
    delegation: str | None


def add_member(server: TeamServer, user: str, role: str, delegation: str | None) -> Member:
    """Put the database user ``user`` on the team (or change its role/delegation)."""
    if role not in ROLES:
        raise TeamError(Message("unknown role %1 (roles: %2)", repr(role), ", ".join(ROLES)))
    if role == "delegate" and not delegation:
        raise TeamError(Message("a delegate needs a delegation (%1)", "--delegation NAME"))
    if role != "delegate" and delegation:
        raise TeamError(Message("only delegates belong to a delegation, not the role %1",
                                repr(role)))
    from psycopg import sql

    with server.transaction() as con:
        if not con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,)).fetchone():
            raise TeamError(Message("there is no database user %1 on %2: create it first (%3)",
                                    repr(user), server.where, f"createuser --pwprompt {user}"))
        _leave(con, user)
        con.execute(sql.SQL("GRANT {} TO {}").format(
            sql.Identifier(f"zoneeditor_{role}"), sql.Identifier(user)))
        if delegation:
            drole = con.execute("SELECT zoneeditor.delegation_role(%s)",
                                (delegation,)).fetchone()[0]
            if not con.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                               (drole,)).fetchone():
                con.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(drole)))
            con.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(drole),
                                                         sql.Identifier(user)))
        con.execute("INSERT INTO zoneeditor.members (username, role, delegation)"
                    " VALUES (%s, %s, %s)", (user, role, delegation))
        if delegation:  # drafts of this delegation made before anyone of it was added
            for project, name in con.execute(
                    "SELECT project, name FROM zoneeditor.versions WHERE delegation = %s",
                    (delegation,)).fetchall():
                con.execute("SELECT zoneeditor.refresh_views(%s, %s)", (project, name))
    return Member(user, role, delegation)


def _leave(con: Any, user: str) -> bool:
    """Revoke the team roles ``user`` has; True when it was a member."""
    from psycopg import sql

    row = con.execute("SELECT role, delegation FROM zoneeditor.members WHERE username = %s",
                      (user,)).fetchone()
    if row is None:
        return False
    role, delegation = row
    con.execute(sql.SQL("REVOKE {} FROM {}").format(
        sql.Identifier(f"zoneeditor_{role}"), sql.Identifier(user)))
    if delegation:
        drole = con.execute("SELECT zoneeditor.delegation_role(%s)",
                            (delegation,)).fetchone()[0]
        con.execute(sql.SQL("REVOKE {} FROM {}").format(
            sql.Identifier(drole), sql.Identifier(user)))
    con.execute("DELETE FROM zoneeditor.members WHERE username = %s", (user,))
    return True


def remove_member(server: TeamServer, user: str) -> None:
    """Take ``user`` off the team: it keeps its login but sees and changes nothing more."""
    with server.transaction() as con:
        if not _leave(con, user):
            raise TeamError(Message("%1 is not a member of the team on %2", repr(user),
                                    server.where))


def members(server: TeamServer) -> list[Member]:
    """The members this connection may see (a coordinator or the owner: all of them)."""
    with server.transaction(read_only=True) as con:
        rows = con.execute("SELECT username::text, role, delegation FROM zoneeditor.members"
                           " ORDER BY role, delegation NULLS FIRST, username").fetchall()
    return [Member(*r) for r in rows]
