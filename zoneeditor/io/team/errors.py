"""Errors of the team server, worded for the user (they are ``ZoneEditorError``s).

Each is raised with a ``core.messages.Message`` (the window shows it translated, the CLI
prints its English); PostgreSQL's or libpq's own words are never part of it: they are kept
in ``detail`` (and in the exception chain) for whoever looks after the server.
"""

from __future__ import annotations

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.messages import Message

#: What a team's administrator runs to add a member (a command: an argument of sentences,
#: never translated; the window words its own advice).
ADD_MEMBER_COMMAND = "zoneeditor team add-member"


class TeamError(ZoneEditorError):
    """Something about the team server a user can act on (unreachable, refused, unknown).

    ``detail`` is the server's or libpq's own text behind it ("" when there is none): never
    the sentence shown, only for a log or a technical tooltip.
    """

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class ServerUnreachable(TeamError):
    """The server could not be reached, or the connection broke: retrying later may work."""


class NotAllowed(TeamError):
    """PostgreSQL refused the operation for this database user (its role does not allow it).

    ``sqlstate`` is PostgreSQL's error code (42501 for a missing privilege or a row-level
    security policy), kept so tests and the window can tell refusals apart.
    """

    def __init__(self, message: str, sqlstate: str = "", *, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.sqlstate = sqlstate


class LoginProblem(TeamError):
    """The server could not be logged in to, for a reason the user can name and fix.

    ``kind`` says which, so a window can word it in the user's language:
    ``"password-needed"`` (the server asks for a password and none was given or found),
    ``"password-wrong"`` (the password or the user name was refused),
    ``"no-database"`` (the server has no such database), ``"not-allowed-here"`` (the server
    accepts no login of this user from this computer: pg_hba.conf), ``"unreachable"``
    (nothing answered), ``"not-member"`` (logged in, but not on the team),
    ``"not-team-server"`` (no zoneeditor schema there), ``"no-project"``, ``"other"``.
    ``where`` is the server as ``address.describe`` names it; ``detail`` the server's or
    libpq's own words (for a tooltip, never the main sentence).
    """

    def __init__(self, message: str, kind: str, where: str, detail: str = "") -> None:
        TeamError.__init__(self, message, detail=detail)
        self.kind = kind
        self.where = where


class PasswordNeeded(LoginProblem, NotAllowed):
    """The server asks for a password and none was given (nor found in ~/.pgpass)."""

    def __init__(self, message: str, where: str, detail: str = "") -> None:
        LoginProblem.__init__(self, message, "password-needed", where, detail)
        self.sqlstate = "28P01"


class LoginRefused(LoginProblem, NotAllowed):
    """The server refused the login: a wrong password or user name, or not from here."""

    def __init__(self, message: str, kind: str, where: str, detail: str = "") -> None:
        LoginProblem.__init__(self, message, kind, where, detail)
        self.sqlstate = "28P01" if kind == "password-wrong" else "28000"


class NotMember(LoginProblem, NotAllowed):
    """Logged in, but this database user is not on the team (its administrator adds it)."""

    def __init__(self, message: str, where: str, detail: str = "") -> None:
        LoginProblem.__init__(self, message, "not-member", where, detail)
        self.sqlstate = "42501"


def not_member(user: str, where: str, detail: str = "") -> NotMember:
    """The error for database user ``user`` ("" when unknown) who is not on the team at
    ``where``."""
    if not user:
        return NotMember(Message("the database user is not a member of the team on %1", where),
                         where, detail)
    return NotMember(Message("the database user %1 is not a member of the team on %2 (ask "
                             "its administrator: %3)", repr(user), where, ADD_MEMBER_COMMAND),
                     where, detail)


class StaleBase(TeamError):
    """The server moved on while a push was prepared: pull again and retry."""


class NotAWorkingCopy(TeamError):
    """A project file that records no team server to sync with."""
