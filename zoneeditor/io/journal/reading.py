"""Reading a journal: the read-only ``JournalReader``, the ``Summary`` recovery shows and
matches on, and the records (``Base``, ``Change``) both ways of opening a journal decode.

``JournalReader`` uses SQLite's read-only mode, so looking at a journal — the start-up check
does it for every journal it finds — changes nothing in it, not even a checkpoint on close.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Project
from zoneeditor.core.undo_slim import HistoryStep, Slimming
from zoneeditor.io.journal.base_history import CHAINED_FORMAT, decode_history, decode_whole
from zoneeditor.io.journal.codec import (
    ReplayState,
    decode_changeset,
    decode_project,
    needs_state,
    record_label,
)
from zoneeditor.io.plain_errors import plain_reason

#: Layout version of the journal database. 2: the base record's undo history is chained
#: from its snapshot (``io.journal.base_history``); 1: each step whole.
FORMAT = 2


class JournalInUse(ZoneEditorError):
    """The journal is held open by a running editor (SQLite's exclusive lock)."""


class JournalDamaged(ZoneEditorError):
    """The file is not a journal zoneeditor can read (damaged, or from a newer version)."""


class JournalExists(ZoneEditorError):
    """A new journal was asked for where a journal holding edits already is."""


@dataclass(frozen=True)
class Base:
    """The state a journal replays from: a snapshot plus the undo stack at that moment."""

    written: str
    file_fingerprint: str
    project: Project
    entries: tuple[HistoryStep, ...]
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


@dataclass(frozen=True)
class Summary:
    """What a journal holds, without decoding it: what recovery tells the user and matches on.

    ``edits`` counts change records since the base (a folded drag is one), ``steps`` the undo
    steps the replay ends beyond the base's position (undone ones not counted; negative when
    the session undid steps of the base) and ``last_label`` the name of the step it ends on
    (``undo_position``); ``unsaved`` the steps between that and the saved file;
    ``history`` the undo steps kept in the base (from before the last save); ``last_edit``
    the time of the last record;
    ``clean_index`` the base's saved point in that history (None: none), so the base is
    what the file holds when it equals ``index`` (``base_unsaved``).
    """

    info: Mapping[str, str]
    has_base: bool
    file_fingerprint: str
    index: int
    history: int
    edits: int
    steps: int
    last_label: str
    last_edit: str
    clean_index: int | None = None
    unsaved: int = 0

    @property
    def base_unsaved(self) -> int:
        """The undo steps between the state the file was saved in and the base's state: 0
        when the base is the saved state; more for the base of a recovered session, which
        holds edits never saved (all of its steps when its saved point was undone away)."""
        if not self.has_base:
            return 0
        return abs(self.index - self.clean_index) if self.clean_index is not None \
            else self.index

    @property
    def is_empty(self) -> bool:
        """True when it holds nothing to recover (opened, never edited)."""
        return self.edits == 0 and self.history == 0

    @property
    def attempts(self) -> int:
        """How many recoveries of it were started (and did not finish)."""
        try:
            return int(self.info.get("attempts", "0"))
        except ValueError:
            return 0

    @property
    def owner(self) -> tuple[int, str, str]:
        """(pid, host, process start token) of the editor that wrote it last."""
        try:
            pid = int(self.info.get("owner_pid", "0"))
        except ValueError:
            pid = 0
        return pid, self.info.get("owner_host", ""), self.info.get("owner_start", "")


class JournalRecords:
    """What both ways of opening a journal can read (over ``self._con``)."""

    path: Path
    _con: sqlite3.Connection

    def info(self) -> dict[str, str]:
        """All info values."""
        return dict(self._con.execute("SELECT key, value FROM info").fetchall())

    def base(self, slimming: Slimming | None = None) -> Base | None:
        """The base record, decoded (None when no edit was ever journaled); its undo steps
        whole, or made slim by ``slimming`` as they are read (``core.undo_slim``)."""
        row = self._con.execute("SELECT written, file_fingerprint, snapshot, idx, clean_idx, "
                                "current_version FROM base").fetchone()
        if row is None:
            return None
        rows = [d for (d,) in self._con.execute("SELECT data FROM base_history ORDER BY pos")]
        project = decode_project(row[2])
        entries = (decode_history(project, rows, row[3], slimming)
                   if self._format() >= CHAINED_FORMAT else decode_whole(rows))
        return Base(row[0], row[1], project, entries, row[3], row[4], row[5])

    def _format(self) -> int:
        """The journal's layout version (``check_format`` let only known ones in)."""
        found = self._con.execute("SELECT value FROM info WHERE key='format'").fetchone()
        return int(found[0]) if found is not None else 1

    def changes(self, base: Project | None = None) -> list[Change]:
        """Every change since the base, oldest first, decoded.

        Records of large edits hold only the changed stretch (codec ``ReplayState``): they are
        decoded in order from the base snapshot (``base``, read from the file when not given).
        """
        return list(self.iter_changes(base))

    def iter_changes(self, base: Project | None = None) -> Iterator[Change]:
        """``changes`` one at a time: replay holds one decoded change at once, not every
        large geometry the edits since the base made. ``base`` is copied before the first
        change is read, so the caller may change it while iterating (replay applies the
        changes to it)."""
        state = ReplayState(base) if base is not None else None
        return self._decoded(state)

    def _decoded(self, state: ReplayState | None) -> Iterator[Change]:
        rows = self._con.execute("SELECT seq, origin, at, data FROM changes ORDER BY seq")
        earlier: list[ChangeSet] = []  # only while no record needed the state
        for s, o, a, d in rows:
            if state is None and needs_state(d):
                found = self.base()
                state = ReplayState(found.project if found is not None else Project())
                for cs in earlier:
                    state.advance(cs)
            if state is not None:
                cs = state.decode(d)
            else:
                cs = decode_changeset(d)
                earlier.append(cs)
            yield Change(s, o, a, cs)

    def change_count(self) -> int:
        """How many change sets were journaled since the base."""
        count: int = self._con.execute("SELECT count(*) FROM changes").fetchone()[0]
        return count

    def summary(self) -> Summary:
        """What the journal holds, read without decoding any record."""
        con = self._con
        base = con.execute("SELECT file_fingerprint, idx, written, clean_idx FROM base"
                           ).fetchone()
        history = con.execute("SELECT count(*) FROM base_history").fetchone()[0]
        edits, last_at = con.execute("SELECT count(*), max(at) FROM changes").fetchone()
        fingerprint, index, written, clean = base if base is not None else ("", 0, "", None)
        steps, step, unsaved = undo_position(con.execute(
            "SELECT seq, origin FROM changes ORDER BY seq").fetchall(), index, clean)
        last = con.execute("SELECT label, data FROM changes WHERE seq = ?", (step,)
                           ).fetchone() if step is not None else None
        return Summary(self.info(), base is not None, fingerprint, index,
                       history if base is not None else 0, edits, steps,
                       record_label(last[1], last[0]) if last else "", last_at or written,
                       clean, unsaved if base is not None else 0)


def undo_position(records: list[tuple[int, str]], index: int = 0,
                  clean: int | None = None) -> tuple[int, int | None, int]:
    """Where a replay of ``records`` (``(seq, origin)`` in order, from the base's undo
    position ``index``, its saved point ``clean``) ends: (undo steps beyond ``index``, the
    record that made the step it ends on, the steps between the saved file and it).

    "do" makes a step (and drops the ones undone above it), "merge" joins the step before,
    "undo"/"redo" move back and on. A session killed with an undone edit ends before it:
    that edit is not recovered, so it is neither counted nor named ("3 edits, last: New
    zone 5" promised an undone zone). A "do" made below the saved point forks the history:
    the saved state is then as far as the way back to the fork and on to the end.

    >>> undo_position([(1, "do"), (2, "do"), (3, "merge"), (4, "do"), (5, "undo")])
    (2, 2, 2)
    >>> undo_position([(1, "do"), (2, "undo"), (3, "undo")], index=3, clean=3)
    (-1, None, 1)
    >>> undo_position([(1, "undo"), (2, "do")], index=2, clean=2)  # undo a saved edit, redraw
    (0, 2, 2)
    """
    # (absolute undo position, the record that made that step), positions rising: a "do"
    # drops the undone ones from the top, so a long journal is read in one pass
    made: list[tuple[int, int]] = []
    position = index
    fork: int | None = None  # the lowest position a "do" forked at below the saved point
    for seq, origin in records:
        if origin == "do":
            if clean is not None and position < clean:
                fork = position if fork is None else min(fork, position)
            while made and made[-1][0] > position:
                made.pop()
            position += 1
            made.append((position, seq))
        elif origin == "undo":
            position -= 1
        elif origin == "redo":
            position += 1
    if clean is None:
        unsaved = max(position, 0)
    elif fork is None:
        unsaved = abs(position - clean)
    else:
        low = min(fork, position)
        unsaved = (clean - low) + (position - low)
    step = next((seq for at, seq in reversed(made) if at == position), None)
    return position - index, step, unsaved


def check_format(con: sqlite3.Connection, path: Path) -> None:
    """Raise JournalDamaged unless ``con`` is a journal this code can read."""
    try:
        row = con.execute("SELECT value FROM info WHERE key='format'").fetchone()
        fmt = int(row[0]) if row is not None else None
    except sqlite3.OperationalError:
        raise  # locked, or the place cannot be used now (a full disk): not the journal's fault
    except (sqlite3.DatabaseError, ValueError) as exc:
        raise JournalDamaged(Message("the journal %1 is damaged (%2)", path, plain_reason(exc))
                             ) from exc
    if fmt is None or fmt > FORMAT:
        raise JournalDamaged(Message("%1 is not a zoneeditor journal, or one from a newer "
                                     "version", path))


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


class JournalReader(JournalRecords):
    """A journal opened read-only: to describe it (``summary``) or replay it, never to change it.

    Opened with SQLite's read-only mode, so nothing in the journal or its WAL is written, not
    even a checkpoint on close. Raises FileNotFoundError when there is none, JournalInUse
    when a running editor holds it, JournalDamaged when it cannot be read as a journal.
    Where SQLite cannot make the small shared-memory side file a read-only reader of a WAL
    needs (a full disk), the journal is read through an exclusive connection instead, which
    writes nothing but may fold the WAL into the main file when it closes (same content).
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise FileNotFoundError(f"no journal at {self.path}")
        # What SQLite's read-only mode creates beside a WAL journal (an empty WAL, the
        # shared-memory index) is removed again on close: the journal stays as it was.
        self._made = [p for p in (Path(f"{self.path}-wal"), Path(f"{self.path}-shm"))
                      if not p.exists()]
        try:
            self._con = self._connect_read_only()
        except sqlite3.OperationalError as exc:
            self._cleanup_shm()
            if is_busy(exc):
                raise JournalInUse(Message("%1 is in use by a running editor",
                                           self.path)) from exc
            # No room (or no permission) for the shared-memory file a read-only WAL reader
            # needs: read through an exclusive connection, which needs none.
            self._made = []
            self._con = self._connect_exclusive()
        except sqlite3.DatabaseError as exc:
            self._cleanup_shm()
            raise JournalDamaged(Message("the journal %1 is damaged (%2)", self.path,
                                         plain_reason(exc))) from exc
        except JournalDamaged:
            self._cleanup_shm()
            raise

    def _connect_read_only(self) -> sqlite3.Connection:
        con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                              isolation_level=None, timeout=0.2, check_same_thread=False)
        try:
            check_format(con, self.path)
        except BaseException:
            con.close()
            raise
        return con

    def _connect_exclusive(self) -> sqlite3.Connection:
        try:
            con = connect(self.path, "wal", timeout=0.2)
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise JournalInUse(Message("%1 is in use by a running editor",
                                           self.path)) from exc
            raise JournalDamaged(Message("the journal %1 cannot be read (%2)", self.path,
                                         plain_reason(exc))) from exc
        except sqlite3.DatabaseError as exc:
            raise JournalDamaged(Message("the journal %1 is damaged (%2)", self.path,
                                         plain_reason(exc))) from exc
        try:
            check_format(con, self.path)
        except sqlite3.OperationalError as exc:
            con.close()
            if is_busy(exc):
                raise JournalInUse(Message("%1 is in use by a running editor",
                                           self.path)) from exc
            raise JournalDamaged(Message("the journal %1 cannot be read (%2)", self.path,
                                         plain_reason(exc))) from exc
        except BaseException:
            con.close()
            raise
        return con

    def _cleanup_shm(self) -> None:
        for made in self._made:
            with contextlib.suppress(OSError):
                if made.name.endswith("-shm") or made.stat().st_size == 0:
                    made.unlink()

    def close(self) -> None:
        """Close it (the file stays exactly as it was)."""
        with contextlib.suppress(sqlite3.Error):
            self._con.close()
        self._cleanup_shm()

    def __enter__(self) -> JournalReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def connect(path: Path, mode: str, timeout: float = 0.5) -> sqlite3.Connection:
    """A writing connection: exclusive locking (no ``-shm``, nobody else reads or writes a
    live journal), WAL or rollback journal, ``synchronous=FULL``."""
    con = sqlite3.connect(path, isolation_level=None, timeout=timeout, check_same_thread=False)
    con.execute("PRAGMA locking_mode=EXCLUSIVE")
    con.execute(f"PRAGMA journal_mode={'WAL' if mode == 'wal' else 'DELETE'}")
    con.execute("PRAGMA synchronous=FULL")
    return con
