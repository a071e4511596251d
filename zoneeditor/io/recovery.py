"""Crash recovery: find journals left by an editor that died, and replay them.

Where journals are: beside each saved project (``<name>.gpkg.zej``) and, for projects never
saved (the sample, a new project), in ``<user state dir>/journals``. Every open journal is
also registered by a small pointer file in ``<user state dir>/open``, so the start-up check
finds journals beside projects anywhere without searching the disk.

Replaying rebuilds the Document *and* its undo history: the base record restores the
snapshot and the undo stack (entries, index, clean index), then every journaled change is
re-done through the UndoStack with the same call that made it (push, undo or redo). A
verifying sink checks that the stack makes exactly the journaled change with the journaled
origin, so a merge that would not merge again, or a change that does not fit, stops the
replay instead of producing a subtly different document.

Before replaying, an attempt counter is written into the journal: if replay crashes the
process, the next start sees the counter and sets the journal aside (renamed, never deleted)
instead of crashing again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.io.journal import CodecError, Journal, open_for_reading
from zoneeditor.io.lock import pid_alive

#: A journal whose replay was started this many times without finishing is set aside.
MAX_ATTEMPTS = 2


class RecoveryError(ZoneEditorError):
    """A journal could not be replayed; the message says why (fit for the user)."""


def state_dir() -> Path:
    """The user's state folder for zoneeditor (journals of unsaved projects, pointers)."""
    return Path(platformdirs.user_state_dir("zoneeditor"))


def journals_dir() -> Path:
    """Folder of the journals of projects that have no file yet."""
    return state_dir() / "journals"


def _pointers_dir() -> Path:
    return state_dir() / "open"


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes: tells whether a project file changed since a save."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# -- registry of open journals ----------------------------------------------------------------
def _pointer_for(journal_path: Path) -> Path:
    key = hashlib.sha1(str(journal_path).encode("utf-8")).hexdigest()[:20]
    return _pointers_dir() / f"{key}.txt"


def register(journal_path: Path) -> None:
    """Note that a journal is in use, so a start-up after a crash can find it."""
    pointer = _pointer_for(journal_path)
    pointer.parent.mkdir(parents=True, exist_ok=True)
    pointer.write_text(str(journal_path), encoding="utf-8")


def unregister(journal_path: Path) -> None:
    """Forget a journal (closed cleanly, recovered into another, or set aside)."""
    with contextlib.suppress(FileNotFoundError):
        _pointer_for(journal_path).unlink()


# -- candidates -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Candidate:
    """A journal left behind by an editor that is no longer running: what to tell the user.

    ``edits`` counts the journaled changes since the last save (or since opening), every
    small move of a drag included; ``steps`` the new undo steps among them (what the user
    thinks of as edits) and ``last_label`` the last one's name; ``history`` the undo steps
    kept from before the save. ``file_changed`` is True when the project
    file is no longer the one the journal was based on (changed or removed meanwhile).
    """

    journal_path: Path
    project_path: Path | None
    source: str
    title: str
    last_edit: str
    edits: int
    history: int
    attempts: int
    file_changed: bool
    steps: int = 0
    last_label: str = ""

    @property
    def name(self) -> str:
        """The project's file name, or its title when it was never saved."""
        return self.project_path.name if self.project_path else self.title

    @property
    def exhausted(self) -> bool:
        """True when replaying it already failed (crashed) before: set it aside."""
        return self.attempts >= MAX_ATTEMPTS


def inspect(journal_path: Path) -> Candidate | None:
    """Describe a journal if it is recoverable now (owner gone); None if in use or empty.

    Raises RecoveryError when the file is damaged beyond reading its summary.
    """
    try:
        j = open_for_reading(journal_path)
    except sqlite3.OperationalError:
        return None  # missing, or held open by a live editor (exclusive lock)
    except sqlite3.DatabaseError as exc:
        raise RecoveryError(f"the journal {journal_path} is damaged ({exc})") from exc
    try:
        info = j.info()
        if pid_alive(int(info.get("owner_pid", "0")), info.get("owner_start", "")) and \
                info.get("owner_host") == _host():
            return None
        row = j._con.execute("SELECT file_fingerprint, idx, "
                             "(SELECT count(*) FROM base_history) FROM base").fetchone()
        edits = j.change_count()
        if row is None:  # opened but never edited: nothing to recover
            row = ("", 0, 0)
        last = j._con.execute("SELECT max(at) FROM changes").fetchone()[0] or \
            (j._con.execute("SELECT written FROM base").fetchone() or [""])[0]
        project = Path(info["project_path"]) if info.get("project_path") else None
        changed = False
        if project is not None and row[0]:
            changed = not project.exists() or file_digest(project) != row[0]
        steps = j._con.execute("SELECT count(*) FROM changes WHERE origin='do'").fetchone()[0]
        last_label = (j._con.execute("SELECT label FROM changes ORDER BY seq DESC LIMIT 1")
                      .fetchone() or [""])[0]
        return Candidate(journal_path, project, info.get("source", ""), info.get("title", ""),
                         last, edits, row[2], int(info.get("attempts", "0")), changed,
                         steps, last_label)
    except (sqlite3.Error, ValueError, OSError) as exc:
        raise RecoveryError(f"the journal {journal_path} is damaged ({exc})") from exc
    finally:
        j.close()


def find_for(project_path: Path) -> Candidate | None:
    """Edits a crashed session left for the project at ``project_path`` (beside it, or in
    the state folder when its folder was read-only); None when there are none."""
    from zoneeditor.io.journal import journal_path_for

    paths = [journal_path_for(project_path)]
    if journals_dir().is_dir():
        paths += sorted(journals_dir().glob("*.zej"))
    for path in paths:
        if not path.exists():
            continue
        try:
            c = inspect(path)
        except RecoveryError:
            if path == paths[0]:
                raise
            continue
        if c is None or c.project_path != project_path:
            continue
        if c.edits or c.history:
            return c
        discard_empty(path)  # a session that opened the file and never edited it
    return None


def _host() -> str:
    import socket

    return socket.gethostname()


def scan() -> tuple[list[Candidate], list[tuple[Path, str]]]:
    """All recoverable journals, newest first, and the damaged ones (path, why).

    Journals of editors still running are skipped; journals with nothing in them are
    removed (they hold no edit).
    """
    found: dict[Path, None] = {}
    if journals_dir().is_dir():
        for p in journals_dir().glob("*.zej"):
            found[p] = None
    if _pointers_dir().is_dir():
        for pointer in _pointers_dir().glob("*.txt"):
            with contextlib.suppress(OSError):
                target = Path(pointer.read_text(encoding="utf-8").strip())
                if target.exists():
                    found[target] = None
                else:
                    pointer.unlink()
    candidates, damaged = [], []
    for path in found:
        try:
            c = inspect(path)
        except RecoveryError as exc:
            damaged.append((path, str(exc)))
            continue
        if c is None:
            continue
        if c.edits == 0 and c.history == 0:
            discard_empty(path)
            continue
        candidates.append(c)
    candidates.sort(key=lambda c: c.last_edit, reverse=True)
    return candidates, damaged


def discard_empty(journal_path: Path) -> None:
    """Remove a journal that holds no edit and no history (nothing is lost)."""
    unregister(journal_path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(journal_path) + suffix).unlink()


def set_aside(journal_path: Path) -> Path:
    """Rename a journal out of the way (never delete it); returns where it now is."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = journal_path.with_name(f"{journal_path.name}.set-aside-{stamp}")
    n = 2
    while target.exists():
        target = journal_path.with_name(f"{journal_path.name}.set-aside-{stamp}-{n}")
        n += 1
    # The WAL holds committed edits not yet copied into the main file: it moves along.
    for suffix in ("-wal", "-shm"):
        side = Path(str(journal_path) + suffix)
        if side.exists():
            os.replace(side, Path(str(target) + suffix))
    os.replace(journal_path, target)
    unregister(journal_path)
    return target


# -- replay -----------------------------------------------------------------------------------
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


def replay(journal: Journal) -> Document:
    """The Document (with its undo history) that the journal's edits lead to.

    Raises RecoveryError when the journal is damaged or its changes do not replay exactly.
    """
    try:
        base = journal.base()
        changes = journal.changes(base.project if base is not None else None)
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
    with contextlib.suppress(KeyError, sqlite3.Error):
        doc.current_version = journal.info().get("current_version") or base.current_version
    return doc


def begin_attempt(journal_path: Path) -> Journal:
    """Open a journal for recovery and count the attempt durably before replaying it."""
    try:
        j = open_for_reading(journal_path)
        attempts = int(j.info().get("attempts", "0")) + 1
        j.set_info("attempts", str(attempts))
    except (sqlite3.Error, ValueError) as exc:
        raise RecoveryError(f"the journal {journal_path} is damaged ({exc})") from exc
    return j
