"""PostgreSQL's errors as one sentence a user can act on (``io.team.errors``).

``translate`` reads the SQLSTATE of an error inside a session; ``login_error`` reads what a
failed connection attempt left (libpq gives no SQLSTATE there).
"""

from __future__ import annotations

from typing import Any

from zoneeditor.io.team.errors import (
    LoginProblem,
    LoginRefused,
    NotAllowed,
    PasswordNeeded,
    ServerUnreachable,
    StaleBase,
    TeamError,
)
from zoneeditor.io.team.login_sentences import reason, recognise
from zoneeditor.io.team.schema_sql import INVALID_SQLSTATE, STALE_SQLSTATE


def _psycopg() -> Any:
    import psycopg

    return psycopg


def translate(exc: Exception, where: str) -> TeamError:
    """A psycopg error as one sentence for the user, keeping PostgreSQL's SQLSTATE."""
    psycopg = _psycopg()
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    state, detail = "", first
    if isinstance(exc, psycopg.Error):  # PostgreSQL's own code and sentence, when it sent one
        state = exc.sqlstate or ""
        detail = exc.diag.message_primary or first
    if isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)) and not state.startswith(
            ("42", "ZE")):
        return ServerUnreachable(f"cannot reach the team server {where}: {detail}")
    if state == STALE_SQLSTATE:
        return StaleBase(f"the team server moved on meanwhile ({detail})")
    if state == "42501":
        return NotAllowed(f"the team server {where} refused: {detail}", state)
    if state == INVALID_SQLSTATE:
        return TeamError(f"the team server {where} refused the change: {detail}")
    if state == "28P01" or state.startswith("28"):
        return NotAllowed(f"the team server {where} did not accept the login: {detail}", state)
    if state in ("3F000", "42P01", "42883"):
        return LoginProblem(f"{where} is not a zoneeditor team server "
                            f"(run 'zoneeditor team init' there first): {detail}",
                            "not-team-server", where, detail)
    return TeamError(f"the team server {where} reported an error: {detail}")


def login_error(exc: Any, where: str) -> TeamError:
    """Why a connection attempt failed, as the error a user can act on.

    libpq reports a failed login without a SQLSTATE, so this reads what the attempt left
    (psycopg keeps it: ``exc.pgconn``): whether the server asked for a password none was
    given for, and PostgreSQL's FATAL sentence, recognised in English and in every language
    PostgreSQL translates it to (``login_sentences``), whatever language libpq's own words
    around it are in. Anything not recognised stays "cannot reach", as before.
    """
    pgconn = exc.pgconn  # psycopg.Error.pgconn: what a failed connection attempt left
    raw = pgconn.error_message if pgconn is not None else b""
    text = (raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)) or str(exc)
    found = recognise(text)
    detail = found.sentence if found is not None else reason(text)
    if pgconn is not None and pgconn.needs_password:
        return PasswordNeeded(f"the team server {where} asks for a password", where, detail)
    kind = found.kind if found is not None else ""
    if not kind and "authentication failed for user" in text:  # a newer server's method
        kind = "password-wrong"
    if kind == "password-wrong":
        return LoginRefused(f"the team server {where} did not accept the user name or "
                            "password", "password-wrong", where, detail)
    if kind == "not-allowed-here":
        return LoginRefused(f"the team server {where} accepts no login of this user from "
                            "this computer", "not-allowed-here", where, detail)
    if kind == "no-database":
        return LoginProblem(f"the team server {where} has no such database", "no-database",
                            where, detail)
    return ServerUnreachable(f"cannot reach the team server {where}: {detail}")
