"""Crash recovery: find journals left by an editor that died, and replay them.

Where journals are: beside each saved project (``<name>.gpkg.zej``) and, for projects never
saved (the sample, a new project) or kept in a read-only folder, in ``<user state
dir>/journals``. Every open journal is also registered by a small pointer file in ``<user
state dir>/open``, so the start-up check finds journals beside projects anywhere without
searching the disk.

Which project a journal belongs to is decided by where it is and what it holds, not by the
path recorded inside it (a folder moved after a crash must not lose its edits): a journal
beside a file, named after it, is that file's wherever the folder now lives; a journal whose
recorded file is no longer there belongs to the file holding exactly the bytes it was based
on (its fingerprint) — a renamed file, a moved folder of a read-only medium.

Replaying rebuilds the Document *and* its undo history: the base record restores the
snapshot and the undo stack (entries, index, clean index), then every journaled change is
re-done through the UndoStack with the same call that made it (push, undo or redo). A
verifying sink checks that the stack makes exactly the journaled change with the journaled
origin, so a merge that would not merge again, or a change that does not fit, stops the
replay instead of producing a subtly different document.

Before replaying, an attempt counter is written into the journal: if replay crashes the
process, the next start sees the counter and sets the journal aside (renamed, never deleted)
instead of crashing again. A recovery that cannot even start because the disk is full
(``RecoveryBlocked``) changes nothing and is offered again at the next start.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.io import write_errors
from zoneeditor.io.journal import (
    SUFFIX,
    CodecError,
    Journal,
    JournalDamaged,
    JournalInUse,
    JournalReader,
    Summary,
    journal_path_for,
)
from zoneeditor.io.lock import pid_alive

#: A journal whose replay was started this many times without finishing is set aside.
MAX_ATTEMPTS = 2
#: Free space a recovery needs besides twice the journal's size (a new base, the lock).
SPACE_MARGIN_BYTES = 1 << 20


class RecoveryError(ZoneEditorError):
    """A journal could not be replayed; the message says why (fit for the user)."""


class RecoveryBlocked(RecoveryError):
    """Recovery cannot be done now (the disk is full); the journal was left as it was and
    is offered again once the cause is gone."""


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
    kept from before the save. ``project_path`` is the file it belongs to now (beside it, or
    found by content), which may differ from ``recorded_path``, where the file was when the
    editor died. ``file_changed`` is True when the project file is no longer the one the
    journal was based on (changed or removed meanwhile).
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
    recorded_path: Path | None = None
    fingerprint: str = ""

    @property
    def name(self) -> str:
        """The project's file name, or its title when it was never saved."""
        return self.project_path.name if self.project_path else self.title

    @property
    def exhausted(self) -> bool:
        """True when replaying it already failed (crashed) before: set it aside."""
        return self.attempts >= MAX_ATTEMPTS

    @property
    def file_missing(self) -> bool:
        """True when it belongs to a file that is no longer there (deleted, disk removed)."""
        return self.project_path is not None and not self.project_path.exists()

    @property
    def moved(self) -> bool:
        """True when the project now lives somewhere else than where the editor had it."""
        return (self.recorded_path is not None and self.project_path is not None
                and self.recorded_path != self.project_path)


def _is_beside(journal_path: Path) -> bool:
    """True for a journal kept beside its project (not in the state folder)."""
    return journal_path.name.endswith(SUFFIX) and journal_path.parent != journals_dir()


def _candidate(journal_path: Path, summary: Summary, project: Path | None) -> Candidate:
    info = summary.info
    recorded = Path(info["project_path"]) if info.get("project_path") else None
    changed = False
    if project is not None and summary.file_fingerprint:
        changed = not project.is_file() or file_digest(project) != summary.file_fingerprint
    return Candidate(journal_path, project, info.get("source", ""), info.get("title", ""),
                     summary.last_edit, summary.edits, summary.history, summary.attempts,
                     changed, summary.steps, summary.last_label, recorded,
                     summary.file_fingerprint)


def read_summary(journal_path: Path) -> Summary | None:
    """The journal's summary if its editor is gone; None if in use or not there.

    Raises RecoveryError when the file is damaged beyond reading its summary.
    """
    try:
        with JournalReader(journal_path) as reader:
            summary = reader.summary()
    except (FileNotFoundError, JournalInUse):
        return None  # missing, or held open by a live editor (exclusive lock)
    except JournalDamaged as exc:
        raise RecoveryError(str(exc)) from exc
    except sqlite3.Error as exc:
        raise RecoveryError(f"the journal {journal_path} is damaged ({exc})") from exc
    pid, host, start = summary.owner
    if host == _host() and pid_alive(pid, start):
        return None  # its editor still runs (it just let go of the file for a moment)
    return summary


def inspect(journal_path: Path) -> Candidate | None:
    """Describe a journal if it is recoverable now (owner gone); None if in use or missing.

    A journal beside a project belongs to the file beside it of the same name, whatever
    path it recorded (the folder may have moved since). Raises RecoveryError when the file
    is damaged beyond reading its summary.
    """
    summary = read_summary(journal_path)
    if summary is None:
        return None
    if _is_beside(journal_path):
        project: Path | None = journal_path.with_name(journal_path.name[:-len(SUFFIX)])
    else:
        recorded = summary.info.get("project_path", "")
        project = Path(recorded) if recorded else None
    return _candidate(journal_path, summary, project)


def find_for(project_path: Path) -> Candidate | None:
    """Edits a crashed session left for the project at ``project_path``; None when none.

    In this order: the journal beside it (its name says whose it is); a journal in the state
    folder recorded for this path; a journal whose recorded file is gone and whose base is
    exactly this file's bytes (in the state folder, or beside the file under its old name).
    Journals holding nothing are removed on the way (nothing is lost).
    """
    beside = journal_path_for(project_path)
    c = inspect(beside)  # a damaged journal beside the file raises: the window asks
    if c is not None:
        if c.edits or c.history:
            return c
        discard_empty(beside)
    digest: str | None = None
    for path in _other_journals(project_path.parent, beside):
        try:
            c = inspect(path)
        except RecoveryError:
            continue  # not this file's to report; the start-up check reports it
        if c is None:
            continue
        if not (c.edits or c.history):
            if c.project_path == project_path:
                discard_empty(path)
            continue
        if c.project_path == project_path:
            return c
        gone = c.project_path is None or not c.project_path.exists()
        if gone and c.project_path is not None and c.fingerprint:
            if digest is None:
                digest = file_digest(project_path)
            if digest == c.fingerprint:  # the same file, moved or renamed
                return replace(c, project_path=project_path, file_changed=False)
    return None


def _other_journals(folder: Path, beside: Path) -> list[Path]:
    """Journals that may belong to a file in ``folder``: the state folder's, and the ones
    beside other (vanished) files of the same folder."""
    paths: list[Path] = []
    if journals_dir().is_dir():
        paths += sorted(journals_dir().glob(f"*{SUFFIX}"))
    with contextlib.suppress(OSError):
        for p in sorted(folder.glob(f"*{SUFFIX}")):
            if p != beside and not p.with_name(p.name[:-len(SUFFIX)]).exists():
                paths.append(p)
    return paths


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
        for p in journals_dir().glob(f"*{SUFFIX}"):
            found[p] = None
    if _pointers_dir().is_dir():
        for pointer in _pointers_dir().glob("*.txt"):
            with contextlib.suppress(OSError):
                target = Path(pointer.read_text(encoding="utf-8").strip())
                if target.exists():
                    found[target] = None
                else:
                    pointer.unlink()  # moved with its folder: found when the file is opened
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


# -- room to recover --------------------------------------------------------------------------
def journal_bytes(journal_path: Path) -> int:
    """Size of a journal with its WAL."""
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += Path(str(journal_path) + suffix).stat().st_size
    return total


def _blocked(journal_path: Path, free: int | None, needed: int | None = None) -> RecoveryBlocked:
    folder = journal_path.parent
    have = f" ({write_errors.size_text(free)} free" if free is not None else " ("
    want = f", about {write_errors.size_text(needed)} needed)" if needed else ")"
    return RecoveryBlocked(
        f"The disk holding {folder} is full{have}{want}: free some space there and recover "
        f"again — the unsaved edits are kept, untouched, in {journal_path}.")


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


def replay(journal: Journal | JournalReader) -> Document:
    """The Document (with its undo history) that the journal's edits lead to.

    Reads only. Raises RecoveryError when the journal is damaged or its changes do not
    replay exactly.
    """
    try:
        base = journal.base()
        changes = journal.changes()
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
