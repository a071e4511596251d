"""Journals left by editors that are gone: which project each belongs to, what it holds.

Which project a journal belongs to is decided by where it is and what it holds, not by the
path recorded inside it (a folder moved after a crash must not lose its edits): a journal
beside a file, named after it, is that file's wherever the folder now lives; a journal whose
recorded file is no longer there belongs to the file holding exactly the bytes it was based
on (its fingerprint) — a renamed file, a moved folder of a read-only medium.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from zoneeditor.io.journal import (
    SUFFIX,
    JournalDamaged,
    JournalInUse,
    JournalReader,
    Summary,
    journal_path_for,
)
from zoneeditor.io.lock import pid_alive
from zoneeditor.io.recovery.errors import RecoveryError
from zoneeditor.io.recovery.places import (
    discard_empty,
    file_digest,
    journals_dir,
    pointers_dir,
)
from zoneeditor.io.recovery.replay import MAX_ATTEMPTS, damaged


@dataclass(frozen=True)
class Candidate:
    """A journal left behind by an editor that is no longer running: what to tell the user.

    ``edits`` counts the journaled changes since the last save (or since opening), every
    small move of a drag included; ``steps`` the new undo steps among them (what the user
    thinks of as edits) and ``last_label`` the last one's name; ``history`` the undo steps
    kept from before the save. ``project_path`` is the file it belongs to now (beside it, or
    found by content), which may differ from ``recorded_path``, where the file was when the
    editor died. ``file_changed`` is True when the project file is no longer the one the
    journal was based on (changed or removed meanwhile). ``base_unsaved`` counts the
    undo steps its base holds beyond the saved state (edits recovered once, never saved);
    ``unsaved`` the edits recovery gives back (undone ones not counted: ``Summary``).
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
    base_unsaved: int = 0
    unsaved: int = 0
    #: The editor ended without being able to ask (a logout, a shutdown: SIGTERM), keeping
    #: the unsaved edits for this start (``Journal.release``); False after a crash.
    released: bool = False

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
    def only_history(self) -> bool:
        """True when recovering it brings back nothing but the undo history: every edit was
        saved (no change since a base that is the saved state) and the file is still the
        one saved. The user then loses no work by not recovering it."""
        return (self.edits == 0 and self.base_unsaved == 0 and self.project_path is not None
                and not self.file_changed and not self.file_missing)

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
                     summary.file_fingerprint, summary.base_unsaved, summary.unsaved,
                     released=info.get("owner_pid") == "0")


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
        raise RecoveryError(exc.message) from exc
    except sqlite3.Error as exc:
        raise RecoveryError(damaged(journal_path, exc)) from exc
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
    """All recoverable journals, newest first, and the damaged ones (path, why: the
    error's sentence, a ``Message`` the window shows in its language).

    Journals of editors still running are skipped; journals with nothing in them are
    removed (they hold no edit).
    """
    found: dict[Path, None] = {}
    if journals_dir().is_dir():
        for p in journals_dir().glob(f"*{SUFFIX}"):
            found[p] = None
    if pointers_dir().is_dir():
        for pointer in pointers_dir().glob("*.txt"):
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
            damaged.append((path, exc.message))  # its Message: the window translates it
            continue
        if c is None:
            continue
        if c.edits == 0 and c.history == 0:
            discard_empty(path)
            continue
        candidates.append(c)
    candidates.sort(key=lambda c: c.last_edit, reverse=True)
    return candidates, damaged
