"""Errors of the team server, worded for the user (they are ``ZoneEditorError``s)."""

from __future__ import annotations

from zoneeditor.core.errors import ZoneEditorError


class TeamError(ZoneEditorError):
    """Something about the team server a user can act on (unreachable, refused, unknown)."""


class ServerUnreachable(TeamError):
    """The server could not be reached, or the connection broke: retrying later may work."""


class NotAllowed(TeamError):
    """PostgreSQL refused the operation for this database user (its role does not allow it).

    ``sqlstate`` is PostgreSQL's error code (42501 for a missing privilege or a row-level
    security policy), kept so tests and the window can tell refusals apart.
    """

    def __init__(self, message: str, sqlstate: str = "") -> None:
        super().__init__(message)
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
        super().__init__(message)
        self.kind = kind
        self.where = where
        self.detail = detail


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


class StaleBase(TeamError):
    """The server moved on while a push was prepared: pull again and retry."""


class NotAWorkingCopy(TeamError):
    """A project file that records no team server to sync with."""
