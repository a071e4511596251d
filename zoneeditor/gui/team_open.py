"""Opening a project on a team server in the window (``zoneeditor postgresql://…/PROJECT``).

The project opens through its working copy (``io.team.workcopy.open_remote``): an ordinary
journaled Session on a file in the user's state folder, cloned the first time. A lock held by
another editor, or edits a crash left in the working copy, are asked about as File ▸ Open
asks about them (``recovery_dialog.open_session``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from zoneeditor.io.lock import LockedError
from zoneeditor.io.recovery.errors import RecoveryError
from zoneeditor.io.session import RecoveryPending, Session
from zoneeditor.io.team.address import is_url
from zoneeditor.io.team.workcopy import cache_path, open_remote


def is_team_address(text: str) -> bool:
    """True when the window's argument names a project on a team server."""
    return is_url(text)


def open_team_project(parent: QWidget | None, url: str) -> Session | None:
    """The session on the working copy of the team project at ``url`` (None when the user
    chose not to open it); raises ZoneEditorError with one sentence when it cannot."""
    try:
        return open_remote(url)
    except (LockedError, RecoveryPending, RecoveryError):
        from zoneeditor.gui.recovery_dialog import open_session

        return open_session(parent, cache_path(url))  # the working copy exists by now
