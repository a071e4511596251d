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


class StaleBase(TeamError):
    """The server moved on while a push was prepared: pull again and retry."""


class NotAWorkingCopy(TeamError):
    """A project file that records no team server to sync with."""
