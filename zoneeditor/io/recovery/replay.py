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
from zoneeditor.core.messages import Message
from zoneeditor.core.undo_slim import Slimming
from zoneeditor.io.journal import CodecError, Journal, JournalDamaged, JournalInUse, JournalReader
from zoneeditor.io.os_errors import os_reason
from zoneeditor.io.plain_errors import plain_reason
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
            raise RecoveryError(Message("the undo history made a change that is not in the "
                                        "journal"))
        want_origin, want = self.expected
        self.expected = None
        if origin != want_origin or changeset != want:
            raise RecoveryError(Message("the journal says %1 %2, but replaying it gave %3 %4",
                                        want_origin, repr(want.label), origin,
                                        repr(changeset.label)))


def damaged(path: Path, exc: BaseException) -> Message:
    """"the journal X is damaged (...)" in our words: a record we cannot decode, or what
    SQLite's complaint means (its own text, and the codec's, stay in the exception chain)."""
    if isinstance(exc, sqlite3.Error):
        return Message("the journal %1 is damaged (%2)", path, plain_reason(exc))
    return Message("the journal %1 is damaged (a record cannot be decoded)", path)


def replay(journal: Journal | JournalReader, slimming: Slimming | None = None) -> Document:
    """The Document (with its undo history) that the journal's edits lead to.

    Reads only. Raises RecoveryError when the journal is damaged or its changes do not
    replay exactly. ``slimming``: how the recovered history keeps steps of large geometries
    (``core.undo_slim``; the document's default when not given).
    """
    slimming = slimming if slimming is not None else Slimming()
    try:
        # The history's large geometries are kept slim as they are read, and the changes
        # since the base are decoded one at a time: recovering a long afternoon of edits on
        # a detailed boundary never holds every step's geometry at once.
        base = journal.base(slimming)
        info = journal.info()
        changes = journal.iter_changes(base.project if base is not None else None)
    except (CodecError, sqlite3.Error) as exc:
        raise RecoveryError(damaged(journal.path, exc)) from exc
    if base is None:
        raise RecoveryError(Message("the journal %1 holds no edits", journal.path))
    doc = Document(base.project, slimming=slimming)
    history = doc.history
    try:
        history.restore(base.entries, base.index, base.clean_index)
    except IndexError as exc:
        raise RecoveryError(damaged(journal.path, exc)) from exc
    sink = _VerifyingSink()
    doc.journal = sink
    try:
        for change in changes:
            sink.expected = (change.origin, change.changeset)
            if change.origin in ("do", "merge"):
                history.push(change.changeset)
            elif change.origin == "undo":
                if history.undo() is None:
                    raise RecoveryError(Message("the journal undoes a step that is not there"))
            elif change.origin == "redo":
                if history.redo() is None:
                    raise RecoveryError(Message("the journal redoes a step that is not there"))
            else:
                raise RecoveryError(Message("unknown journal origin %1", repr(change.origin)))
            if sink.expected is not None:
                raise RecoveryError(Message("replaying %1 changed nothing",
                                            repr(change.changeset.label)))
    except (CodecError, sqlite3.Error) as exc:  # a record that cannot be read
        raise RecoveryError(damaged(journal.path, exc)) from exc
    except ZoneEditorError as exc:
        raise RecoveryError(Message("cannot replay %1: %2", journal.path, exc.message)) from exc
    except (ValueError, TypeError, KeyError) as exc:  # a record that does not fit
        raise RecoveryError(damaged(journal.path, exc)) from exc
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
        raise RecoveryBlocked(Message("%1 is being recovered by another ZoneEditor",
                                      journal_path)) from exc
    except (JournalDamaged, FileNotFoundError) as exc:
        blocked = blocked_by(exc, journal_path)  # the disk filled up since the check
        if blocked is not None:
            raise blocked from exc
        raise RecoveryError(Message("the journal %1 cannot be read (%2)", journal_path,
                                    exc.message if isinstance(exc, JournalDamaged)
                                    else os_reason(exc))) from exc
    try:
        attempts = int(j.info().get("attempts", "0")) + 1
        j.set_info("attempts", str(attempts))
    except (sqlite3.Error, ValueError) as exc:
        j.close()
        blocked = blocked_by(exc, journal_path)
        if blocked is not None:
            raise blocked from exc
        raise RecoveryError(damaged(journal_path, exc)) from exc
    return j


def give_back_attempt(journal: Journal) -> None:
    """Undo ``begin_attempt``'s count after a failure that was not a crash (a full disk), so
    that failing for lack of space never uses up the journal's tries. Best effort."""
    with contextlib.suppress(sqlite3.Error, ValueError):
        attempts = int(journal.info().get("attempts", "1"))
        journal.set_info("attempts", str(max(0, attempts - 1)))
