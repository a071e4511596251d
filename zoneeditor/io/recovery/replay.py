"""Replaying a journal into a Document and its undo history, and counting the attempts.

The base record restores the snapshot and the undo stack (entries, index, clean index), then
every journaled change is re-done through the UndoStack with the same call that made it (push,
undo or redo). A verifying sink checks that the stack makes exactly the journaled change with
the journaled origin, so a merge that would not merge again, or a change that does not fit,
stops the replay instead of producing a subtly different document.

Before replaying, an attempt counter is written into the journal: if replay crashes the
process, the next start sees the counter and sets the journal aside (renamed, never deleted)
instead of crashing again; a failure that is not a crash gives the attempt back.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.io.journal import CodecError, Journal, JournalDamaged, JournalInUse, JournalReader
from zoneeditor.io.recovery.errors import RecoveryBlocked, RecoveryError
from zoneeditor.io.recovery.room import blocked_by

#: A journal whose replay was started this many times without finishing is set aside.
MAX_ATTEMPTS = 2


class _VerifyingSink:
    """Stands in for the journal during replay: checks each apply is the journaled one."""

    def __init__(self) -> None:
        self.expected: tuple[str, ChangeSet] | None = None

    def append(self, changeset: ChangeSet, origin: str) -> None:
        if self.expected is None:
            raise RecoveryError("the undo history made a change that is not in the journal")
        want_origin, want = self.expected
        self.expected = None
        if origin != want_origin or changeset != want:
            raise RecoveryError(f"the journal says {want_origin} {want.label!r}, but replaying "
                                f"it gave {origin} {changeset.label!r}")


def replay(journal: Journal | JournalReader) -> Document:
    """The Document (with its undo history) that the journal's edits lead to.

    Reads only. Raises RecoveryError when the journal is damaged or its changes do not
    replay exactly.
    """
    try:
        base = journal.base()
        changes = journal.changes(base.project if base is not None else None)
        info = journal.info()
    except (CodecError, sqlite3.Error) as exc:
        raise RecoveryError(f"the journal {journal.path} is damaged ({exc})") from exc
    if base is None:
        raise RecoveryError(f"the journal {journal.path} holds no edits")
    doc = Document(base.project)
    history = doc.history
    try:
        history.restore(list(base.entries), base.index, base.clean_index)
    except IndexError as exc:
        raise RecoveryError(f"the journal {journal.path} is damaged ({exc})") from exc
    sink = _VerifyingSink()
    doc.journal = sink
    try:
        for change in changes:
            sink.expected = (change.origin, change.changeset)
            if change.origin in ("do", "merge"):
                history.push(change.changeset)
            elif change.origin == "undo":
                if history.undo() is None:
                    raise RecoveryError("the journal undoes a step that is not there")
            elif change.origin == "redo":
                if history.redo() is None:
                    raise RecoveryError("the journal redoes a step that is not there")
            else:
                raise RecoveryError(f"unknown journal origin {change.origin!r}")
            if sink.expected is not None:
                raise RecoveryError(f"replaying {change.changeset.label!r} changed nothing")
    except (ZoneEditorError, ValueError, TypeError, KeyError) as exc:
        raise RecoveryError(f"cannot replay {journal.path}: {exc}") from exc
    doc.journal = None
    with contextlib.suppress(KeyError):
        doc.current_version = info.get("current_version") or base.current_version
    return doc


def begin_attempt(journal_path: Path) -> Journal:
    """Open a journal to recover it and count the attempt durably before replaying it.

    Raises RecoveryBlocked (nothing changed) when the disk is full or another editor is
    recovering it right now, RecoveryError when it is damaged.
    """
    try:
        j = Journal(journal_path, existing=True)
    except JournalInUse as exc:
        raise RecoveryBlocked(f"{journal_path} is being recovered by another ZoneEditor") \
            from exc
    except (JournalDamaged, FileNotFoundError) as exc:
        blocked = blocked_by(exc, journal_path)  # the disk filled up since the check
        if blocked is not None:
            raise blocked from exc
        raise RecoveryError(f"the journal {journal_path} cannot be read ({exc})") from exc
    try:
        attempts = int(j.info().get("attempts", "0")) + 1
        j.set_info("attempts", str(attempts))
    except (sqlite3.Error, ValueError) as exc:
        j.close()
        blocked = blocked_by(exc, journal_path)
        if blocked is not None:
            raise blocked from exc
        raise RecoveryError(f"the journal {journal_path} is damaged ({exc})") from exc
    return j


def give_back_attempt(journal: Journal) -> None:
    """Undo ``begin_attempt``'s count after a failure that was not a crash (a full disk), so
    that failing for lack of space never uses up the journal's tries. Best effort."""
    with contextlib.suppress(sqlite3.Error, ValueError):
        attempts = int(journal.info().get("attempts", "1"))
        journal.set_info("attempts", str(max(0, attempts - 1)))
