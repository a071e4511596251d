"""PostgreSQL's errors as one sentence a user can act on (``io.team.errors``), in our words.

``translate`` reads the SQLSTATE of an error inside a session; ``login_error`` reads what a
failed connection attempt left (libpq gives no SQLSTATE there). ``server_reason`` says why
the server refused, as a ``core.messages.Message``: our own server's refusals (the
``RAISE EXCEPTION`` sentences of ``schema_sql``, fixed English whatever language the server
speaks) each by its meaning with its values, anything else by its SQLSTATE. PostgreSQL's
and libpq's own text (English or the server's language, about tables and policies) never
goes into a sentence: it is kept in the error's ``detail``.

>>> str(reason_of("ZE001", 'feature z1 of "agreed" was changed meanwhile'))
"feature z1 of 'agreed' was changed on the server meanwhile"
>>> reason_of("42501", "new row violates row-level security policy for table changes").template
'your role on the team server does not allow this change'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from zoneeditor.core.messages import Message
from zoneeditor.core.model import version_phrase
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

#: What an administrator runs to make a database a team server (a command, not a sentence:
#: it goes into sentences as an argument, never translated).
INIT_COMMAND = "zoneeditor team init"


def _psycopg() -> Any:
    import psycopg

    return psycopg


def _changed_afterwards(*_values: str) -> Message:
    return Message("the team server's change log cannot be changed afterwards")


#: Our server's own refusals: the ``RAISE EXCEPTION`` format of ``schema_sql`` (each ``%``
#: a value) and the sentence it means. A test checks that every RAISE there is listed.
OWN_REFUSALS: tuple[tuple[str, Callable[..., Message]], ...] = (
    ("the change log is append-only: a change cannot be %", _changed_afterwards),
    ("the change log is append-only: it cannot be truncated", _changed_afterwards),
    ("the change names version % but was filed under %",
     lambda named, filed: Message("the change names version %1 but was sent for %2",
                                  repr(named), repr(filed))),
    ('version "%" already exists in project "%"',
     lambda version, _project: Message("the server already has %1", version_phrase(version))),
    ('no version "%" in project "%"',
     lambda version, _project: Message("the server has no %1", version_phrase(version))),
    ('the details of project "%" were changed meanwhile',
     lambda _project: Message("the project details were changed on the server meanwhile")),
    ('feature % already exists in "%"',
     lambda fid, version: Message("feature %1 already exists in %2 on the server", fid,
                                  version_phrase(version))),
    ('feature % of "%" was changed meanwhile',
     lambda fid, version: Message("feature %1 of %2 was changed on the server meanwhile",
                                  fid, version_phrase(version))),
    ("the agreed baseline cannot be removed",
     lambda: Message("the agreed baseline cannot be removed")),
    ('version "%" still has features',
     lambda version: Message("%1 still has features", version_phrase(version))),
    ("a tabled proposal cannot be withdrawn from the table",
     lambda: Message("a tabled proposal cannot be withdrawn from the table")),
)


def _pattern(form: str) -> re.Pattern[str]:
    return re.compile("".join("(.*?)" if part == "%" else re.escape(part)
                              for part in re.split("(%)", form)) + r"\.?")


_OWN = tuple((_pattern(form), sentence) for form, sentence in OWN_REFUSALS)

#: SQLSTATEs (or their class, two characters) a user can understand, in our words.
_BY_STATE: dict[str, Message] = {
    "42501": Message("your role on the team server does not allow this change"),
    "23": Message("the change breaks a rule of the team server's data"),
    "53": Message("the team server is out of resources (disk, memory or connections)"),
    "57014": Message("the team server stopped the request (it took too long)"),
    "57P01": Message("the team server was shut down"),
    "25P03": Message("the team server ended a transaction that waited too long"),
    "40": Message("the team server could not finish the request at the same time as "
                  "another one: sync again"),
}


def _known(sqlstate: str, text: str) -> Message | None:
    first = (text.strip().splitlines() or [""])[0]
    for pattern, sentence in _OWN:
        m = pattern.fullmatch(first)
        if m:
            return sentence(*m.groups())
    return _BY_STATE.get(sqlstate) or _BY_STATE.get(sqlstate[:2])


def reason_of(sqlstate: str, text: str) -> Message:
    """Why the server refused, in our words (see the module documentation): ``text`` is
    PostgreSQL's primary message, ``sqlstate`` its code."""
    found = _known(sqlstate, text)
    if found is not None:
        return found
    if sqlstate:
        return Message("the team server reported an error (code %1)", sqlstate)
    return Message("the team server reported an error")


def server_reason(exc: BaseException) -> Message:
    """``reason_of`` a psycopg error (its SQLSTATE and primary message)."""
    psycopg = _psycopg()
    if not isinstance(exc, psycopg.Error):
        return Message("the team server reported an error")
    return reason_of(exc.sqlstate or "", exc.diag.message_primary or _first_line(exc))


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def translate(exc: Exception, where: str) -> TeamError:
    """A psycopg error as one sentence for the user, keeping PostgreSQL's SQLSTATE (and its
    own words in ``detail``)."""
    psycopg = _psycopg()
    state, detail = "", _first_line(exc)
    if isinstance(exc, psycopg.Error):  # PostgreSQL's own code and sentence, when it sent one
        state = exc.sqlstate or ""
        detail = exc.diag.message_primary or detail
    if isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)) and not state.startswith(
            ("42", "ZE")):
        return ServerUnreachable(Message("cannot reach the team server %1", where),
                                 detail=detail)
    why = reason_of(state, detail)
    if state == STALE_SQLSTATE:
        return StaleBase(Message("the team server moved on meanwhile (%1)", why), detail=detail)
    if state == "42501":
        return NotAllowed(Message("the team server %1 refused: %2", where, why), state,
                          detail=detail)
    if state == INVALID_SQLSTATE:
        return TeamError(Message("the team server %1 refused the change: %2", where, why),
                         detail=detail)
    if state == "28P01" or state.startswith("28"):
        return NotAllowed(Message("the team server %1 did not accept the login", where), state,
                          detail=detail)
    if state in ("3F000", "42P01", "42883"):
        return not_team_server(where, detail)
    if _known(state, detail) is not None:
        return TeamError(Message("the team server %1 refused: %2", where, why), detail=detail)
    return TeamError(Message("the team server %1 reported an error (code %2)", where,
                             state or "?"), detail=detail)


def not_team_server(where: str, detail: str = "") -> LoginProblem:
    """The database at ``where`` has no zoneeditor schema (its administrator sets it up)."""
    return LoginProblem(Message("%1 is not a zoneeditor team server (run %2 there first)",
                                where, f"'{INIT_COMMAND}'"), "not-team-server", where, detail)


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
        return PasswordNeeded(Message("the team server %1 asks for a password", where), where,
                              detail)
    kind = found.kind if found is not None else ""
    if not kind and "authentication failed for user" in text:  # a newer server's method
        kind = "password-wrong"
    if kind == "password-wrong":
        return LoginRefused(Message("the team server %1 did not accept the user name or "
                                    "password", where), "password-wrong", where, detail)
    if kind == "not-allowed-here":
        return LoginRefused(Message("the team server %1 accepts no login of this user from "
                                    "this computer", where), "not-allowed-here", where, detail)
    if kind == "no-database":
        # libpq's database: the address's, else one named like the user (its default, which
        # an address without "/DATABASE" silently asks for)
        name = pgconn.db.decode("utf-8", "replace") if pgconn is not None and pgconn.db else ""
        if name:
            return LoginProblem(Message("the team server %1 has no database %2 (name the "
                                        "team's database at the end of the address: "
                                        "postgresql://HOST/DATABASE)", where, repr(name)),
                                "no-database", where, detail)
        return LoginProblem(Message("the team server %1 has no such database", where),
                            "no-database", where, detail)
    client = _client_side(text, where, detail)  # libpq's own refusals, before any server
    if client is not None:
        return client
    return ServerUnreachable(Message("cannot reach the team server %1", where), detail=detail)


def _client_side(text: str, where: str, detail: str) -> LoginProblem | None:
    """What libpq refused before or while talking to the server (an address setting, a
    service, the encrypted connection): each was 'cannot reach the team server' before,
    sending a user after a network that was fine (a tester's first day)."""
    setting = re.search(r'invalid (\w+) value', text)
    if setting:
        return LoginProblem(Message("the address sets %1 to a value PostgreSQL does not know",
                                    setting.group(1)), "other", where, detail)
    service = re.search(r'definition of service "([^"]*)" not found', text)
    if service:
        return LoginProblem(Message("there is no service %1 in ~/.pg_service.conf (or in the "
                                    "file PGSERVICEFILE names)", repr(service.group(1))),
                            "other", where, detail)
    if "does not support SSL" in text or "SSL was required" in text:
        return LoginProblem(Message("the team server %1 does not offer the encrypted "
                                    "connection (TLS) the address asks for with sslmode: ask "
                                    "its administrator", where), "other", where, detail)
    if "certificate" in text.lower():
        return LoginProblem(Message("the team server %1 could not be trusted: its certificate "
                                    "does not check out against ~/.postgresql/root.crt (or "
                                    "sslrootcert)", where), "other", where, detail)
    return None
