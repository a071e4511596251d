"""The journal file: an SQLite database that makes every applied change set durable.

Layout (``FORMAT`` 1)::

    info(key, value)           project path, source, owner (pid, host, start), attempts
    base(id=1, ...)            a snapshot of the project at a save (or at the first edit),
                               the fingerprint of the file on disk then, the undo index,
                               the clean index and the version being edited
    base_history(pos, data)    the undo stack's entries at that moment
    changes(seq, origin, ...)  every change set applied since, with its origin

``Journal.append`` is the ``core.document.JournalSink``: ``Document.apply`` calls it before
changing the model, and it returns only after SQLite has committed with ``synchronous=FULL``
(the data has reached the disk), so an edit shown on screen survives a kill or a power cut.
``Journal.reset`` is called on save: it replaces everything with a new base in one
transaction, so the journal stays small but the undo history survives a crash after a save.

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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.errors import WriteError, ZoneEditorError
from zoneeditor.core.model import Project
from zoneeditor.io.journal.codec import (
    ReplayState,
    decode_changeset,
    decode_project,
    encode_changeset,
    encode_project,
    needs_state,
)

if TYPE_CHECKING:
    from zoneeditor.core.document import Document

#: Layout version of the journal database.
FORMAT = 1
#: Suffix appended to a project's file name to name its journal.
SUFFIX = ".zej"
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


@dataclass(frozen=True)
class Base:
    """The state a journal replays from: a snapshot plus the undo stack at that moment."""

    written: str
    file_fingerprint: str
    project: Project
    entries: tuple[ChangeSet, ...]
    index: int
    clean_index: int | None
    current_version: str


@dataclass(frozen=True)
class Change:
    """One journaled change set and how it came about (do, merge, undo, redo)."""

    seq: int
    origin: str
    at: str
    changeset: ChangeSet


class Journal:
    """An open journal file; ``append`` makes change sets durable (the JournalSink).

    ``document`` is the Document being journaled: the base snapshot is taken from it lazily,
    at the first edit (inside the same transaction), so merely viewing a project writes
    nothing. ``info`` is stored once (project path, source it was based on).
    """

    def __init__(self, path: Path, document: Document | None = None, *,
                 mode: str = "wal", info: dict[str, str] | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"journal mode must be one of {MODES}")
        self.path = Path(path)
        self.document = document
        self.mode = mode
        self._file_fingerprint = ""
        self._has_base = False
        self._last_do: tuple[int, ChangeSet] | None = None  # the record a drag folds into
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._con = _connect(self.path, mode)
            with self._tx() as con:
                for stmt in _SCHEMA.split(";"):
                    if stmt.strip():
                        con.execute(stmt)
                con.execute("INSERT OR IGNORE INTO info VALUES ('format', ?)", (str(FORMAT),))
                con.execute("INSERT OR IGNORE INTO info VALUES ('created', ?)", (_now(),))
                for key, value in (info or {}).items():
                    con.execute("INSERT OR REPLACE INTO info VALUES (?, ?)", (key, value))
                self._claim(con)
            self._has_base = self._con.execute("SELECT 1 FROM base").fetchone() is not None
        except (sqlite3.Error, OSError) as exc:
            raise WriteError(str(self.path), f"cannot open the edit journal ({exc})") from exc

    # -- writing ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        con = self._con
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

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
                    last = (cur.lastrowid, changeset)
            self._has_base = True
            # Only a "do" record (or one already folded into) can take the next move.
            self._last_do = last if origin == "do" or folded is not None else None
        except sqlite3.Error as exc:
            self._last_do = None
            raise WriteError(str(self.path),
                             f"the edit could not be made safe on disk ({exc})") from exc

    def _fold(self, changeset: ChangeSet) -> tuple[int, ChangeSet] | None:
        """The last record combined with ``changeset``, when a drag may be folded into it.

        A mouse drag is pushed as many small moves that the undo stack merges into one step;
        each would otherwise be a record holding the whole geometry twice (a 5,000-vertex
        zone dragged for a second: megabytes). When the last record is the "do" that made the
        step being merged into, it is rewritten as that step so far: replaying it gives the
        same entry (``top + changeset``, as UndoStack computes it) and the same document.
        Not when undo/redo records came between (their inverse would no longer match), nor
        when the combination is empty (a push of it would be ignored on replay).
        """
        last = getattr(self, "_last_do", None)
        if last is None or last[1].merge_key != changeset.merge_key:
            return None
        try:
            combined = last[1] + changeset
        except (ValueError, ZoneEditorError):  # not consecutive after all
            return None
        if combined.is_empty:
            return None
        return last[0], combined

    def reset(self, file_fingerprint: str) -> None:
        """Start over from the document as it is now (after a save): one new base, no changes.

        The undo history goes into the base, so a crash after the save still recovers it.
        """
        self._file_fingerprint = file_fingerprint
        try:
            with self._tx() as con:
                con.execute("DELETE FROM changes")
                self._write_base(con)
            self._has_base = True
            self._last_do = None
            # Give the space of the old changes back now rather than let the WAL grow.
            if self.mode == "wal":
                self._con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise WriteError(str(self.path), f"cannot reset the edit journal ({exc})") from exc

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
        con.executemany("INSERT INTO base_history VALUES (?, ?)",
                        [(i, encode_changeset(cs)) for i, cs in enumerate(history.entries)])

    def note_current_version(self, name: str) -> None:
        """Remember which version is being edited (view state; failures are not fatal)."""
        with contextlib.suppress(sqlite3.Error):
            self.set_info("current_version", name)

    def set_info(self, key: str, value: str) -> None:
        """Store one info value durably (e.g. the replay attempt counter)."""
        with self._tx() as con:
            con.execute("INSERT OR REPLACE INTO info VALUES (?, ?)", (key, value))

    def claim(self) -> None:
        """Record this process as the journal's owner (after a recovery takes it over)."""
        with self._tx() as con:
            self._claim(con)

    # -- reading ----------------------------------------------------------------------------
    def info(self) -> dict[str, str]:
        """All info values."""
        return dict(self._con.execute("SELECT key, value FROM info").fetchall())

    def base(self) -> Base | None:
        """The base record, decoded (None when no edit was ever journaled)."""
        row = self._con.execute("SELECT written, file_fingerprint, snapshot, idx, clean_idx, "
                                "current_version FROM base").fetchone()
        if row is None:
            return None
        entries = tuple(decode_changeset(d) for (d,) in self._con.execute(
            "SELECT data FROM base_history ORDER BY pos"))
        return Base(row[0], row[1], decode_project(row[2]), entries, row[3], row[4], row[5])

    def changes(self, base: Project | None = None) -> list[Change]:
        """Every change since the base, oldest first, decoded.

        Records of large edits hold only the changed stretch (codec ``ReplayState``): they are
        decoded in order from the base snapshot (``base``, read from the file when not given).
        """
        rows = self._con.execute("SELECT seq, origin, at, data FROM changes ORDER BY seq")
        out: list[Change] = []
        state: ReplayState | None = None
        for s, o, a, d in rows:
            if state is None and needs_state(d):
                if base is None:
                    found = self.base()
                    base = found.project if found is not None else Project()
                state = ReplayState(base)
                for earlier in out:
                    state.advance(earlier.changeset)
            cs = state.decode(d) if state is not None else decode_changeset(d)
            out.append(Change(s, o, a, cs))
        return out

    def change_count(self) -> int:
        """How many change sets were journaled since the base."""
        return self._con.execute("SELECT count(*) FROM changes").fetchone()[0]

    def close(self) -> None:
        """Close the database (the file stays: ``discard`` removes it)."""
        with contextlib.suppress(sqlite3.Error):
            self._con.close()

    def discard(self) -> None:
        """Close and delete the journal (after a clean close: nothing left to recover).

        Only once: a later discard of the same object must not delete a newer journal that
        has since been created at the same path.
        """
        if getattr(self, "discarded", False):
            return
        self.discarded = True
        self.close()
        for p in (self.path, Path(str(self.path) + "-wal"), Path(str(self.path) + "-shm"),
                  Path(str(self.path) + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, timeout=0.5, check_same_thread=False)
    con.execute("PRAGMA locking_mode=EXCLUSIVE")
    con.execute(f"PRAGMA journal_mode={'WAL' if mode == 'wal' else 'DELETE'}")
    con.execute("PRAGMA synchronous=FULL")
    return con


def open_for_reading(path: Path) -> Journal:
    """Open an existing journal to inspect or replay it (its owner is not changed).

    Raises sqlite3.Error when the file is not a journal or is held by a live editor.
    """
    j = Journal.__new__(Journal)
    j.path = Path(path)
    j.document = None
    j.mode = "wal"
    j._file_fingerprint = ""
    if not j.path.exists():
        raise sqlite3.OperationalError(f"no journal at {path}")
    j._con = _connect(j.path, "wal")
    fmt = j._con.execute("SELECT value FROM info WHERE key='format'").fetchone()
    if fmt is None or int(fmt[0]) > FORMAT:
        j.close()
        raise sqlite3.DatabaseError("not a zoneeditor journal, or one from a newer version")
    j._has_base = j._con.execute("SELECT 1 FROM base").fetchone() is not None
    return j
