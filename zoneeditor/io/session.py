"""An open project on disk: the Document plus its file, lock and journal.

``Session.open(path)`` locks the project (one editor per file, ``io.lock``), reads it and
attaches a journal beside it (``io.journal``), so every edit is on disk before it is shown.
``Session.sample()`` opens a private copy of the bundled sample (the installed resource is
never written: its first save asks for a path, signalled by ``needs_path``); its journal
lives in the user's state folder until it is saved. ``save`` is atomic, marks the history
clean and resets the journal to the saved state (keeping the undo history); ``close``
releases the lock and removes the journal. ``Session.recover`` rebuilds a session from the
journal an editor left when it died (see ``io.recovery``).
"""

from __future__ import annotations

import contextlib
import importlib.resources
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from zoneeditor.core.document import Document
from zoneeditor.core.errors import WriteError, ZoneEditorError
from zoneeditor.core.model import Project
from zoneeditor.io import recovery
from zoneeditor.io.journal import Journal, journal_path_for
from zoneeditor.io.lock import LockedError, ProjectLock
from zoneeditor.io.project_file import read_project, write_project

SAMPLE_NAME = "syria-deescalation.gpkg"

__all__ = ["LockedError", "RecoveryPending", "Session", "sample_path"]


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def sample_path() -> Path:
    """Path of the bundled sample project (read-only: never save over it)."""
    return Path(str(importlib.resources.files("zoneeditor.resources") / "sample" / SAMPLE_NAME))


class RecoveryPending(ZoneEditorError):
    """Opening a project found edits left by a crashed editor; ``candidate`` describes them.

    The window offers to recover them (``Session.recover``) or set them aside
    (``Session.open(path, pending="set_aside")``).
    """

    def __init__(self, candidate: recovery.Candidate) -> None:
        self.candidate = candidate
        super().__init__(f"{candidate.name} has {candidate.edits} unsaved edit(s) from a "
                         f"session that ended unexpectedly (last edit {candidate.last_edit})")


# Journals opened by this process, by path: a second session of the same file in one process
# (a test, "revert") takes the journal over from the first instead of deadlocking on it.
_LIVE: dict[Path, Journal] = {}


def _open_journal(path: Path, document: Document, info: dict[str, str],
                  digest: str = "") -> Journal:
    old = _LIVE.get(path)
    if old is not None:
        _close_journal(old)
    journal = Journal(path, document, info=info)
    journal.set_file_fingerprint(digest)
    _attach(journal, document)
    return journal


def _attach(journal: Journal, document: Document) -> None:
    _LIVE[journal.path] = journal
    recovery.register(journal.path)
    document.journal = journal
    # Which version the user was editing is view state, not an edit: kept as info so a
    # recovery reopens the same version, at no cost to the edits themselves.
    document.current_version_changed.connect(journal.note_current_version)


def _close_journal(journal: Journal | None) -> None:
    if journal is None or getattr(journal, "discarded", False):
        return  # already closed, e.g. taken over by a newer session of the same file
    if _LIVE.get(journal.path) is journal:
        del _LIVE[journal.path]
    if journal.document is not None:
        journal.document.current_version_changed.disconnect(journal.note_current_version)
        if journal.document.journal is journal:
            journal.document.journal = None
    journal.discard()
    recovery.unregister(journal.path)


def _lock_if_possible(path: Path, take_over: bool) -> ProjectLock | None:
    """Lock ``path``; None when its folder is read-only (no one can save there either)."""
    try:
        return ProjectLock.acquire(path, take_over=take_over)
    except LockedError:
        raise
    except OSError:
        return None


def _release(lock: ProjectLock | None) -> None:
    if lock is not None:
        lock.release()


#: A temporary save file older than this was left by a save that was killed.
STALE_TEMPORARY_S = 600


def _remove_stale_temporaries(path: Path) -> None:
    """Remove what a killed save of ``path`` left beside it (io.atomic's temporary files).

    Only called while holding the project's lock, and only for old files, so a save in
    progress elsewhere is never touched.
    """
    import time

    for tmp in path.parent.glob(f".{path.name}.*.tmp*"):
        with contextlib.suppress(OSError):
            if time.time() - tmp.stat().st_mtime > STALE_TEMPORARY_S:
                tmp.unlink()


def _same_content(path: Path | None, document: Document) -> bool:
    """True when the project file holds exactly the document's versions and details."""
    if path is None or not path.exists():
        return False
    try:
        disk = read_project(path)
    except ZoneEditorError:
        return False
    mine = document.project

    def strip(meta: object) -> object:
        return replace(meta, modified="")  # type: ignore[type-var]

    return (strip(disk.meta) == strip(mine.meta)
            and list(disk.versions) == list(mine.versions)
            and all(disk.versions[n].features == v.features
                    and disk.versions[n].description == v.description
                    for n, v in mine.versions.items()))


class Session:
    """A Document tied to a project file (or to none yet, for the sample and new projects).

    With ``durable`` (the default) the document is journaled from the start: beside
    ``path`` (which is then locked), or in the state folder when there is no path.
    ``source`` says what an unsaved project was based on ("sample", "new", a file name).
    """

    def __init__(self, document: Document, path: Path | None, *, durable: bool = True,
                 source: str = "new", lock: ProjectLock | None = None,
                 journal: Journal | None = None, file_digest: str = "") -> None:
        self.document = document
        self.path = Path(path) if path is not None else None
        self.source = source
        self.lock = lock
        self.journal = journal
        if durable and self.path is not None and self.lock is None:
            self.lock = _lock_if_possible(self.path, False)
        if durable and self.journal is None:
            self.journal = self._new_journal(self.path, file_digest)

    def _new_journal(self, path: Path | None, digest: str) -> Journal:
        info = {"title": self.document.project.meta.title, "source": self.source,
                "project_path": str(path) if path else "", "attempts": "0"}
        if path is not None:
            try:
                return _open_journal(journal_path_for(path), self.document, info, digest)
            except WriteError:
                pass  # a read-only folder (a CD, a shared drive): keep the journal at home
        jpath = recovery.journals_dir() / f"{uuid.uuid4().hex}.zej"
        return _open_journal(jpath, self.document, info, digest)

    # -- opening ----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, take_over: bool = False,
             pending: str = "raise", durable: bool = True) -> Session:
        """Open the project at ``path``: lock it, read it, journal it.

        Raises ReadError when it cannot be read, LockedError when another editor has it
        open (``take_over=True`` replaces a lock whose editor is gone), RecoveryPending when
        a crashed session left edits for it (``pending="set_aside"`` moves them aside and
        opens the file as saved; ``pending="recover"`` recovers them).
        """
        path = Path(path).resolve()
        if not durable or not path.is_file():
            return cls(Document(read_project(path)), path, durable=False)  # or ReadError
        lock = _lock_if_possible(path, take_over)
        try:
            try:
                candidate = recovery.find_for(path)
            except recovery.RecoveryError:
                if pending != "set_aside":
                    raise  # the window says so, then opens with pending="set_aside"
                recovery.set_aside(journal_path_for(path))
                candidate = None
            if candidate is not None:
                if pending == "recover":
                    _release(lock)
                    return cls.recover(candidate)
                if pending == "set_aside":
                    recovery.set_aside(candidate.journal_path)
                else:
                    raise RecoveryPending(candidate)
            project = read_project(path)
            digest = recovery.file_digest(path)
            if lock is not None:
                _remove_stale_temporaries(path)
            return cls(Document(project), path, lock=lock, source=path.name,
                       file_digest=digest)
        except BaseException:
            _release(lock)
            raise

    @classmethod
    def sample(cls, durable: bool = True) -> Session:
        """The bundled sample, with no path: saving it asks where."""
        return cls(Document(read_project(sample_path())), None, durable=durable,
                   source="sample")

    @classmethod
    def recover(cls, candidate: recovery.Candidate) -> Session:
        """Rebuild the session a crashed editor left in ``candidate``'s journal.

        The document comes back as it was at its last journaled edit, with the same undo
        history (entries, index, clean state). When the project file changed since, the
        recovered document is marked unsaved. If replay fails (or failed before, crashing),
        the journal is set aside and RecoveryError says where it was kept.
        """
        jpath = candidate.journal_path
        if candidate.exhausted:
            aside = recovery.set_aside(jpath)
            raise recovery.RecoveryError(
                f"recovering {candidate.name} failed before; its journal was kept at {aside}")
        lock = None
        if candidate.project_path is not None and candidate.project_path.exists():
            lock = _lock_if_possible(candidate.project_path, True)
        try:
            journal = recovery.begin_attempt(jpath)
            try:
                document = recovery.replay(journal)
            except recovery.RecoveryError as exc:
                journal.close()
                aside = recovery.set_aside(jpath)
                raise recovery.RecoveryError(f"{exc}; the journal was kept at {aside}") from exc
            history = document.history
            path = candidate.project_path
            digest = ""
            if path is not None and path.exists():
                digest = recovery.file_digest(path)
            if candidate.file_changed:
                # The file on disk is not the one this history was saved as. If it holds
                # exactly the recovered content, a save was cut short after writing it: the
                # document is clean. Otherwise nothing in it is "saved" any more.
                clean = history.index if _same_content(path, document) else None
                history.restore(list(history.entries), history.index, clean)
            source = journal.info().get("source", "")
            journal.document = document
            journal.claim()
            journal.set_info("attempts", "0")
            journal.reset(digest)
            _attach(journal, document)
        except BaseException:
            _release(lock)
            raise
        return cls(document, path, source=source, lock=lock, journal=journal)

    # -- state -------------------------------------------------------------------------------
    @property
    def needs_path(self) -> bool:
        """True when a save must first ask the user for a file name."""
        return self.path is None

    @property
    def display_name(self) -> str:
        """The file name for the title bar, or the project's title when never saved."""
        return self.path.name if self.path else self.document.project.meta.title

    # -- saving and closing -----------------------------------------------------------------
    def save(self, path: Path | str | None = None, keep_backup: bool = False, *,
             extensions: Callable[[Path], None] | None = None) -> Path:
        """Write the project atomically to ``path`` (or its own path) and mark it clean.

        Saving under a new name locks the new file (LockedError if another editor has it)
        and moves the journal beside it; the undo history is kept either way.
        ``extensions`` writes extension tables into the same atomic save (see
        ``io.project_file.write_project``; the team sync state uses it).
        """
        target = Path(path).resolve() if path is not None else self.path
        if target is None:
            raise ValueError("this project has no file yet: give a path")
        if target == sample_path().resolve():
            raise ValueError("the bundled sample is read-only: save it under another name")
        moving = target != self.path
        new_lock = (_lock_if_possible(target, False) if moving and self.journal is not None
                    else None)
        project = self.document.project
        # The file gets a fresh "modified" stamp, but the model's meta is left alone: it only
        # changes through Document.apply, or an undo of "Edit project details" after a save
        # (whose change set holds the meta as it was) would be refused as a conflict, and the
        # journal's replay would no longer match.
        stamped = Project(replace(project.meta, modified=_now()), project.versions)
        try:
            extra = {"extensions": extensions} if extensions is not None else {}
            write_project(stamped, target, keep_backup=keep_backup, **extra)
        except BaseException:
            _release(new_lock)
            raise
        old_path, self.path = self.path, target
        self.document.history.set_clean()
        if self.journal is not None:
            digest = recovery.file_digest(target)
            if moving:
                old_journal, old_lock = self.journal, self.lock
                jpath = journal_path_for(target)
                if jpath.exists() and jpath not in _LIVE:
                    recovery.set_aside(jpath)  # a dead editor's edits to the file replaced
                self.source = target.name
                self.journal = self._new_journal(target, digest)
                self.journal.reset(digest)
                self.lock = new_lock
                _close_journal(old_journal)
                if old_lock is not None and old_path != target:
                    old_lock.release()
            else:
                self.journal.reset(digest)
        return target

    def close(self) -> None:
        """End the session: remove the journal and release the lock (after save/discard)."""
        _close_journal(self.journal)
        self.journal = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):
            self.close()
