"""The journal file: an SQLite database that makes every applied change set durable.

Layout (``FORMAT`` 2)::

    info(key, value)           project path, source, owner (pid, host, start), attempts
    base(id=1, ...)            a snapshot of the project at a save (or at the first edit),
                               the fingerprint of the file on disk then, the undo index,
                               the clean index and the version being edited
    base_history(pos, data)    the undo stack's entries at that moment, chained from the
                               snapshot (``base_history``; format 1: each whole)
    changes(seq, origin, ...)  every change set applied since, with its origin

``Journal.append`` is the ``core.document.JournalSink``: ``Document.apply`` calls it before
changing the model, and it returns only after SQLite has committed with ``synchronous=FULL``
(the data has reached the disk), so an edit shown on screen survives a kill or a power cut.
``Journal.reset`` is called on save: it replaces everything with a new base in one
transaction, so the journal stays small but the undo history survives a crash after a save.

Two ways in, each a real constructor: ``Journal(path, document, info=...)`` starts a new
journal (it refuses a file that already holds edits: ``JournalExists``) or, with
``existing=True``, continues one as it is (recovery); ``JournalReader(path)`` opens a journal
read-only, changing nothing in it, for the start-up check's ``summary()``.

Why WAL with ``locking_mode=EXCLUSIVE``: one commit is one append + one fsync of the WAL
(rollback mode needs several fsyncs and a directory sync per commit; see bench/crash.py for
the figures), and exclusive locking keeps the WAL index in private memory, so no ``-shm``
file appears beside the project and no second process can write the journal meanwhile.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.errors import WriteError
from zoneeditor.core.messages import Message
from zoneeditor.core.undo import merged_step
from zoneeditor.io import write_errors
from zoneeditor.io.journal.base_history import encode_history
from zoneeditor.io.journal.codec import encode_changeset, encode_project
from zoneeditor.io.journal.reading import (
    FORMAT,
    JournalDamaged,
    JournalExists,
    JournalInUse,
    JournalReader,
    JournalRecords,
    check_format,
    connect,
    is_busy,
)
from zoneeditor.io.journal_places import SUFFIX as JOURNAL_SUFFIX
from zoneeditor.io.plain_errors import plain_reason

if TYPE_CHECKING:
    from zoneeditor.core.document import Document

__all__ = ["FORMAT", "SUFFIX", "Journal", "journal_path_for", "open_for_reading",
           "process_start"]

#: Suffix appended to a project's file name to name its journal (defined with the other
#: places of journals, which the window's start checks without importing this module).
SUFFIX = JOURNAL_SUFFIX
ORIGINS = ("do", "merge", "undo", "redo")
MODES = ("wal", "delete")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS base (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    written TEXT NOT NULL,
    file_fingerprint TEXT NOT NULL,
    snapshot BLOB NOT NULL,
    idx INTEGER NOT NULL,
    clean_idx INTEGER,
    current_version TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS base_history (pos INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    origin TEXT NOT NULL,
    at TEXT NOT NULL,
    label TEXT NOT NULL,
    data BLOB NOT NULL
);
"""


def journal_path_for(project_path: Path) -> Path:
    """Where the journal of the project file at ``project_path`` lives (beside it)."""
    return project_path.with_name(project_path.name + SUFFIX)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def process_start(pid: int) -> str:
    """A token that tells two processes with the same pid apart ('' where unknown).

    On Linux: the process start time in clock ticks since boot (field 22 of /proc/pid/stat),
    so a pid reused after a crash is not mistaken for the crashed editor.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat.rsplit(")", 1)[1].split()[19]


class Journal(JournalRecords):
    """An open journal file; ``append`` makes change sets durable (the JournalSink).

    ``document`` is the Document being journaled: the base snapshot is taken from it lazily,
    at the first edit (inside the same transaction), so merely viewing a project writes
    nothing. ``info`` is stored once (project path, source it was based on).

    A new journal (the default) claims the file for this process; a file there that already
    holds edits is refused with JournalExists, so a session never writes into, or later
    deletes, edits it did not make. ``existing=True`` continues the journal at ``path`` as it
    is, owner unchanged (recovery takes it over in its ``reset`` once the replay succeeded);
    it raises FileNotFoundError, JournalInUse or JournalDamaged.
    """

    def __init__(self, path: Path, document: Document | None = None, *,
                 mode: str = "wal", info: dict[str, str] | None = None,
                 existing: bool = False) -> None:
        if mode not in MODES:
            raise ValueError(f"journal mode must be one of {MODES}")
        self.path = Path(path)
        self.document = document
        self.mode = mode
        self._file_fingerprint = ""
        self._closed = False
        self._last_do: tuple[int, ChangeSet] | None = None  # the record a drag folds into
        if existing:
            self._open_existing()
        else:
            self._create(info or {})
        self._has_base = self._con.execute("SELECT 1 FROM base").fetchone() is not None

    def _open_existing(self) -> None:
        if not self.path.is_file():
            raise FileNotFoundError(f"no journal at {self.path}")
        try:
            self._con = connect(self.path, self.mode)
            check_format(self._con, self.path)
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise JournalInUse(Message("%1 is in use by a running editor", self.path)
                                   ) from exc
            raise JournalDamaged(Message("the journal %1 cannot be opened (%2)", self.path,
                                         plain_reason(exc))) from exc
        except sqlite3.DatabaseError as exc:
            raise JournalDamaged(Message("the journal %1 is damaged (%2)", self.path,
                                         plain_reason(exc))) from exc

    def _create(self, info: dict[str, str]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._con = connect(self.path, self.mode)
            if self._holds_edits():
                self._con.close()
                raise JournalExists(Message("%1 already holds edits of another session",
                                            self.path))
            with self._tx() as con:
                for stmt in _SCHEMA.split(";"):
                    if stmt.strip():
                        con.execute(stmt)
                con.execute("INSERT OR IGNORE INTO info VALUES ('format', ?)", (str(FORMAT),))
                con.execute("INSERT OR IGNORE INTO info VALUES ('created', ?)", (_now(),))
                for key, value in info.items():
                    con.execute("INSERT OR REPLACE INTO info VALUES (?, ?)", (key, value))
                self._claim(con)
        except (sqlite3.Error, OSError) as exc:
            raise WriteError(str(self.path), Message("cannot open the edit journal — %1",
                                                     write_errors.explain(
                exc, self.path, kept=Message("edits cannot be made safe there"),
                elsewhere=False))) from exc

    def _holds_edits(self) -> bool:
        names = {r[0] for r in self._con.execute("SELECT name FROM sqlite_master")}
        if not {"base", "changes"} <= names:
            return False
        found: int = self._con.execute("SELECT EXISTS (SELECT 1 FROM base) OR "
                                       "EXISTS (SELECT 1 FROM changes)").fetchone()[0]
        return found == 1

    @property
    def closed(self) -> bool:
        """True once closed, released or discarded: it writes nothing any more."""
        return self._closed

    # -- writing ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        con = self._con
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back (a full disk does that): rolling back again
            # would raise "no transaction is active" and hide the real reason.
            if con.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    con.execute("ROLLBACK")
            raise

    def _claim(self, con: sqlite3.Connection) -> None:
        pid = os.getpid()
        owner = {"owner_pid": str(pid), "owner_host": socket.gethostname(),
                 "owner_start": process_start(pid), "opened": _now()}
        for key, value in owner.items():
            con.execute("INSERT OR REPLACE INTO info VALUES (?, ?)", (key, value))

    def set_file_fingerprint(self, digest: str) -> None:
        """The fingerprint of the file on disk the next lazily written base refers to."""
        self._file_fingerprint = digest

    def append(self, changeset: ChangeSet, origin: str) -> None:
        """Commit ``changeset`` durably; raises WriteError (the edit is then not applied)."""
        if origin not in ORIGINS:
            raise ValueError(f"unknown origin {origin!r}")
        folded = self._fold(changeset) if origin == "merge" else None
        try:
            with self._tx() as con:
                if not self._has_base:
                    self._write_base(con)
                if folded is not None:
                    seq, combined = folded
                    con.execute("UPDATE changes SET at = ?, data = ? WHERE seq = ?",
                                (_now(), encode_changeset(combined, patches=True), seq))
                    last = (seq, combined)
                else:
                    cur = con.execute(
                        "INSERT INTO changes (origin, at, label, data) VALUES (?, ?, ?, ?)",
                        (origin, _now(), changeset.label,
                         encode_changeset(changeset, patches=True)))
                    assert cur.lastrowid is not None  # the row just inserted
                    last = (cur.lastrowid, changeset)
            self._has_base = True
            # Only a "do" record (or one already folded into) can take the next move.
            self._last_do = last if origin == "do" or folded is not None else None
        except sqlite3.Error as exc:
            self._last_do = None
            raise WriteError(str(self.path), Message(
                "the edit could not be made safe on disk — %1", write_errors.explain(
                    exc, self.path, kept=Message("it was not made"), elsewhere=False))) from exc

    def _fold(self, changeset: ChangeSet) -> tuple[int, ChangeSet] | None:
        """The last record combined with ``changeset``, when a drag may be folded into it.

        A mouse drag is pushed as many small moves that the undo stack merges into one step;
        each would otherwise be a record holding the whole geometry twice (a 5,000-vertex
        zone dragged for a second: megabytes). When the last record is the "do" that made the
        step being merged into, it is rewritten as that step so far, combined by the undo
        stack's own rule (``core.undo.merged_step``), so replaying it gives the same entry
        and the same document. Not when undo/redo records came between (their inverse would
        no longer match), nor when the combination is empty (a push of it would be ignored
        on replay).
        """
        if self._last_do is None:
            return None
        combined = merged_step(self._last_do[1], changeset)
        if combined is None or combined.is_empty:
            return None
        return self._last_do[0], combined

    def reset(self, file_fingerprint: str, *, take_over: dict[str, str] | None = None) -> None:
        """Start over from the document as it is now (after a save): one new base, no changes.

        The undo history goes into the base, so a crash after the save still recovers it.
        ``take_over``: a recovery makes this process the owner and stores these info values
        in the same transaction — all of it happens, or (a full disk) none of it.
        """
        self._file_fingerprint = file_fingerprint
        try:
            with self._tx() as con:
                if take_over is not None:
                    self._claim(con)
                    for key, value in take_over.items():
                        con.execute("INSERT OR REPLACE INTO info VALUES (?, ?)", (key, value))
                con.execute("DELETE FROM changes")
                self._write_base(con)
            self._has_base = True
            self._last_do = None
            # Give the space of the old changes back now rather than let the WAL grow.
            if self.mode == "wal":
                self._con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise WriteError(str(self.path), Message(
                "cannot reset the edit journal — %1", write_errors.explain(
                    exc, self.path, kept=Message("it still holds the edits"),
                    elsewhere=False))) from exc

    def _write_base(self, con: sqlite3.Connection) -> None:
        doc = self.document
        if doc is None:
            raise ValueError("this journal has no document to take a base snapshot of")
        history = doc.history
        con.execute("DELETE FROM base")
        con.execute("DELETE FROM base_history")
        con.execute("INSERT INTO base VALUES (1, ?, ?, ?, ?, ?, ?)",
                    (_now(), self._file_fingerprint, encode_project(doc.project),
                     history.index, history.clean_index, doc.current_version))
        # The history chained from the snapshot: a step of a large edit holds what it
        # changed, not the whole geometry twice (``io.journal.base_history``).
        rows = encode_history(doc.project, history.steps, history.index)
        con.executemany("INSERT INTO base_history VALUES (?, ?)", list(enumerate(rows)))
        con.execute("INSERT OR REPLACE INTO info VALUES ('format', ?)", (str(FORMAT),))

    def note_current_version(self, name: str) -> None:
        """Remember which version is being edited (view state; failures are not fatal)."""
        with contextlib.suppress(sqlite3.Error):
            self.set_info("current_version", name)

    def set_info(self, key: str, value: str) -> None:
        """Store one info value durably (e.g. the replay attempt counter).

        Raises sqlite3.Error when it cannot be written (a full disk)."""
        with self._tx() as con:
            con.execute("INSERT OR REPLACE INTO info VALUES (?, ?)", (key, value))

    # -- ending -----------------------------------------------------------------------------
    def close(self) -> None:
        """Close the database (the file stays: ``discard`` removes it)."""
        self._closed = True
        with contextlib.suppress(sqlite3.Error):
            self._con.close()

    def release(self) -> None:
        """Close it and keep the file for recovery, marked as no longer held by anyone.

        For a session that ends with unsaved edits it was not allowed to ask about (a
        logout): the next start-up check offers them, even from this same process.
        """
        if self._closed:
            return
        with contextlib.suppress(sqlite3.Error):  # a full disk: the pid says it after exit
            self.set_info("owner_pid", "0")
        self.close()

    def discard(self) -> None:
        """Close and delete the journal (after a clean close: nothing left to recover).

        Only once, and never after ``close``/``release``: a later discard of the same object
        must not delete a newer journal that has since been created at the same path.
        """
        if self._closed:
            return
        self.close()
        for p in (self.path, Path(str(self.path) + "-wal"), Path(str(self.path) + "-shm"),
                  Path(str(self.path) + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def open_for_reading(path: Path) -> JournalReader:
    """A journal opened read-only (``JournalReader``): inspect or replay it, change nothing."""
    return JournalReader(path)
