"""Room to recover: a recovery that cannot finish for lack of space changes nothing and
says so (``RecoveryBlocked``); it is offered again once there is space."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

from zoneeditor.core.messages import Message
from zoneeditor.io import write_errors
from zoneeditor.io.recovery.errors import RecoveryBlocked

#: Free space a recovery needs besides twice the journal's size (a new base, the lock).
SPACE_MARGIN_BYTES = 1 << 20


def journal_bytes(journal_path: Path) -> int:
    """Size of a journal with its WAL."""
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += Path(str(journal_path) + suffix).stat().st_size
    return total


def _blocked(journal_path: Path, free: int | None, needed: int | None = None) -> RecoveryBlocked:
    folder = journal_path.parent
    if free is not None and needed:
        return RecoveryBlocked(Message(
            "The disk holding %1 is full (%2 free, about %3 needed): free some space there and "
            "recover again — the unsaved edits are kept, untouched, in %4.", folder,
            write_errors.size_text(free), write_errors.size_text(needed), journal_path))
    if free is not None:
        return RecoveryBlocked(Message(
            "The disk holding %1 is full (%2 free): free some space there and recover again — "
            "the unsaved edits are kept, untouched, in %3.", folder,
            write_errors.size_text(free), journal_path))
    return RecoveryBlocked(Message(
        "The disk holding %1 is full: free some space there and recover again — the unsaved "
        "edits are kept, untouched, in %2.", folder, journal_path))


def check_space(journal_path: Path) -> None:
    """Raise RecoveryBlocked (touching nothing) when the journal's disk has no room to
    finish a recovery: rewriting the journal needs about its own size again, plus a margin."""
    needed = 2 * journal_bytes(journal_path) + SPACE_MARGIN_BYTES
    try:
        free = shutil.disk_usage(journal_path.parent).free
    except OSError:
        return
    if free < needed:
        raise _blocked(journal_path, free, needed)


def blocked_by(exc: BaseException, journal_path: Path) -> RecoveryBlocked | None:
    """A RecoveryBlocked when ``exc`` (raised while writing the journal) means a full disk."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, (OSError, sqlite3.Error)) and write_errors.classify(
                cause, journal_path) is write_errors.Reason.FULL:
            return _blocked(journal_path, write_errors.free_bytes(journal_path.parent))
        cause = cause.__cause__
    return None
