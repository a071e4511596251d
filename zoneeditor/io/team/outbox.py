"""The ids of change sets a sync is pushing, on disk before the push (``<project>.zesync``).

A push can commit on the server while the client never hears back (the connection drops,
the laptop dies). The next sync then finds these ids in the pulled log and knows those
change sets are its own, already applied: it advances its merge base through them instead
of seeing a later edit of the same feature by someone else as a conflict with itself. The
file exists only from just before a push until the synced state is saved into the project;
losing it loses nothing (a re-sync still converges; the server refuses a change whose old
feature is not what it holds, so nothing is ever applied twice).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from zoneeditor.core.errors import WriteError
from zoneeditor.core.messages import Message
from zoneeditor.io.plain_errors import plain_reason

SUFFIX = ".zesync"


def outbox_path(project_path: Path) -> Path:
    """Where the outbox of the working copy at ``project_path`` lives (beside it)."""
    return project_path.with_name(project_path.name + SUFFIX)


class Outbox:
    """The pending push ids of one working copy."""

    def __init__(self, project_path: Path) -> None:
        self.path = outbox_path(Path(project_path))

    def ids(self) -> list[str]:
        """Ids recorded by a push whose outcome was never saved (oldest first)."""
        if not self.path.exists():
            return []
        try:
            con = sqlite3.connect(self.path)
            try:
                return [r[0] for r in con.execute("SELECT id FROM outbox ORDER BY pos")]
            finally:
                con.close()
        except sqlite3.Error:
            return []  # a damaged outbox only costs a possible spurious conflict

    def record(self, ids: Sequence[str]) -> None:
        """Add ``ids`` durably (fsync'd) before the push that carries them."""
        try:
            con = sqlite3.connect(self.path, isolation_level=None)
            try:
                con.execute("PRAGMA synchronous=FULL")
                con.execute("CREATE TABLE IF NOT EXISTS outbox (pos INTEGER PRIMARY KEY,"
                            " id TEXT NOT NULL UNIQUE)")
                con.execute("BEGIN IMMEDIATE")
                con.executemany("INSERT OR IGNORE INTO outbox (id) VALUES (?)",
                                [(i,) for i in ids])
                con.execute("COMMIT")
            finally:
                con.close()
        except sqlite3.Error as exc:
            why = plain_reason(exc, Message("the file could not be written"))
            raise WriteError(str(self.path), Message("cannot record the changes being sent "
                                                     "(%1)", why)) from exc

    def clear(self) -> None:
        """Forget the ids (their outcome is now saved in the project file)."""
        for p in (self.path, Path(str(self.path) + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
