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
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from zoneeditor.core.document import Document
from zoneeditor.core.errors import WriteError, ZoneEditorError
from zoneeditor.core.messages import Message, counted
from zoneeditor.core.model import Project, ProjectMeta
from zoneeditor.io import recovery, write_errors
from zoneeditor.io.atomic import remove_leftovers
from zoneeditor.io.journal import Journal, JournalExists, journal_path_for
from zoneeditor.io.lineage.tracker import LineageTracker
from zoneeditor.io.lock import LockedError, ProjectLock
from zoneeditor.io.project_file import read_project, write_project
from zoneeditor.io.project_tables import ExtraTables
from zoneeditor.io.recovery.replay import damaged

# The sample's place is in io.resources (the window's start asks it before this module)
from zoneeditor.io.resources import SAMPLE_NAME, sample_path  # noqa: F401

__all__ = ["LockedError", "RecoveryPending", "Session", "sample_path"]


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class RecoveryPending(ZoneEditorError):
    """Opening a project found edits left by a crashed editor; ``candidate`` describes them.

    The window offers to recover them (``Session.recover``) or set them aside
    (``Session.open(path, pending="set_aside")``).
    """

    def __init__(self, candidate: recovery.Candidate) -> None:
        self.candidate = candidate
        super().__init__(counted("%1 has %n unsaved edit(s) from a session that ended "
                                 "unexpectedly (last edit %2)", candidate.edits, candidate.name,
                                 candidate.last_edit))


def _journal_info(document: Document, source: str, path: Path | None) -> dict[str, str]:
    return {"title": document.project.meta.title, "source": source,
            "project_path": str(path) if path else "", "attempts": "0"}


def _create_journal(path: Path, document: Document, info: dict[str, str],
                    digest: str) -> Journal:
    """A new journal at ``path`` for ``document``. A journal already there with edits was
    left by an editor that died and was not recovered (recovery offers such journals before
    a session is made): it is set aside, never written into and never deleted."""
    try:
        journal = Journal(path, document, info=info)
    except JournalExists:
        recovery.set_aside(path)
        journal = Journal(path, document, info=info)
    journal.set_file_fingerprint(digest)
    return journal


def _attach(journal: Journal, document: Document) -> None:
    recovery.register(journal.path)
    document.journal = journal
    # Which version the user was editing is view state, not an edit: kept as info so a
    # recovery reopens the same version, at no cost to the edits themselves.
    document.current_version_changed.connect(journal.note_current_version)


def _detach(journal: Journal) -> None:
    document = journal.document
    if document is not None:
        document.current_version_changed.disconnect(journal.note_current_version)
        if document.journal is journal:
            document.journal = None


def _lock_if_possible(path: Path, take_over: bool) -> ProjectLock | None:
    """Lock ``path``; None when its folder cannot hold a lock (read-only, full)."""
    try:
        return ProjectLock.acquire(path, take_over=take_over)
    except LockedError:
        raise
    except OSError:
        return None


def _release(lock: ProjectLock | None) -> None:
    if lock is not None:
        lock.release()


def _remove_leftovers(path: Path) -> None:
    """Remove what killed saves and exports left beside ``path`` (io.atomic): only remains
    of processes that are gone, so a save in progress elsewhere is never touched."""
    remove_leftovers(path.parent, path.name)


def _same_content(path: Path | None, document: Document) -> bool:
    """True when the project file holds exactly the document's versions and details."""
    if path is None or not path.exists():
        return False
    try:
        disk = read_project(path)
    except ZoneEditorError:
        return False
    mine = document.project

    def strip(meta: ProjectMeta) -> ProjectMeta:
        return replace(meta, modified="")

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
        #: What the crashed session's journal held, when this session was recovered from it
        #: (``recover``): the window says what came back.
        self.recovered: recovery.Candidate | None = None
        # merge lineage: the states this session starts from, recorded on save (io/lineage)
        self.lineage = LineageTracker(self.path, document.project)
        if durable and self.path is not None and self.lock is None:
            self.lock = _lock_if_possible(self.path, False)
        if durable and self.journal is None:
            self.journal = self._new_journal(self.path, file_digest)

    def _new_journal(self, path: Path | None, digest: str) -> Journal:
        info = _journal_info(self.document, self.source, path)
        journal = None
        if path is not None:
            with contextlib.suppress(WriteError):  # a read-only folder: keep it at home
                journal = _create_journal(journal_path_for(path), self.document, info, digest)
        if journal is None:
            jpath = recovery.journals_dir() / f"{uuid.uuid4().hex}.zej"
            journal = _create_journal(jpath, self.document, info, digest)
        _attach(journal, self.document)
        return journal

    # -- opening ----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, take_over: bool = False,
             pending: str = "raise", durable: bool = True,
             replacing: Session | None = None) -> Session:
        """Open the project at ``path``: lock it, read it, journal it.

        Raises ReadError when it cannot be read, LockedError when another editor has it
        open (``take_over=True`` replaces a lock whose editor is gone), RecoveryPending when
        a crashed session left edits for it (``pending="set_aside"`` moves them aside and
        opens the file as saved; ``pending="recover"`` recovers them).

        ``replacing``: the session this one takes the place of (the window's, when the user
        opens a file); when it has the same file open, the file is re-read and its lock
        handed over, and ``replacing`` is closed — so the caller must have saved or
        discarded its edits, as for any close. Otherwise one file is never open twice.
        """
        path = Path(path).resolve()
        if not durable or not path.is_file():
            return cls(Document(read_project(path)), path, durable=False)  # or ReadError
        if replacing is not None and replacing.path == path and replacing.lock is not None:
            return cls._reopen(path, replacing)
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
                _remove_leftovers(path)
            return cls(Document(project), path, lock=lock, source=path.name,
                       file_digest=digest)
        except BaseException:
            _release(lock)
            raise

    @classmethod
    def _reopen(cls, path: Path, old: Session) -> Session:
        """``path`` again, read from disk, taking over ``old``'s lock (then closing it)."""
        project = read_project(path)  # may fail: then nothing has changed
        digest = recovery.file_digest(path)
        lock, old.lock = old.lock, None
        old.close()
        return cls(Document(project), path, lock=lock, source=path.name, file_digest=digest)

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
        recovered document is marked unsaved; when it is gone, too, and when its folder is
        gone the session has no path (saving asks where). If replay fails (or failed
        before, crashing), the journal is set aside and RecoveryError says where it was
        kept; if the disk is full, RecoveryBlocked, and nothing was changed.
        """
        jpath = candidate.journal_path
        if candidate.exhausted:
            aside = recovery.set_aside(jpath)
            raise recovery.RecoveryError(Message(
                "recovering %1 failed before; its journal was kept at %2", candidate.name, aside))
        recovery.check_space(jpath)
        path = candidate.project_path
        folder_there = path is not None and path.parent.is_dir()
        # The dead editor's lock is taken over whether or not the file is still there: the
        # edits may have to be saved to where the file was.
        lock = _lock_if_possible(path, True) if folder_there and path is not None else None
        try:
            journal = recovery.begin_attempt(jpath)
            try:
                document = recovery.replay(journal)
            except recovery.RecoveryError as exc:
                journal.close()
                aside = recovery.set_aside(jpath)
                raise recovery.RecoveryError(Message("%1; the journal was kept at %2", exc.message,
                                                     aside)) from exc
            digest = ""
            if path is not None and path.is_file():
                digest = recovery.file_digest(path)
            if candidate.file_changed:
                # The file on disk is not the one this history was saved as. If it holds
                # exactly the recovered content, a save was cut short after writing it: the
                # document is clean. Otherwise nothing in it is "saved" any more.
                history = document.history
                clean = history.index if _same_content(path, document) else None
                history.restore(history.steps, history.index, clean)
            info = journal.info()
            journal.document = document
            owner = {"attempts": "0"}
            if path is not None:
                owner["project_path"] = str(path)
            try:
                journal.reset(digest, take_over=owner)  # one transaction: all or nothing
            except (WriteError, sqlite3.Error) as exc:
                recovery.give_back_attempt(journal)
                journal.close()
                blocked = recovery.blocked_by(exc, jpath)
                raise (blocked or recovery.RecoveryError(
                    exc.message if isinstance(exc, WriteError) else damaged(jpath, exc))) \
                    from exc
            _attach(journal, document)
        except BaseException:
            _release(lock)
            raise
        if folder_there and path is not None:
            _remove_leftovers(path)
        source = info.get("source", "") or (path.name if path else "")
        session = cls(document, path if folder_there else None, source=source, lock=lock,
                      journal=journal)
        session.recovered = candidate
        return session

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
             extra: Sequence[ExtraTables] = ()) -> Path:
        """Write the project atomically to ``path`` (or its own path) and mark it clean.

        Saving under a new name locks the new file (LockedError if another editor has it)
        and moves the journal beside it; the undo history is kept either way. A failure is
        a WriteError whose reason is one sentence (disk full, read-only, no permission,
        folder gone); the file on disk is then the one that was there before.
        ``extra`` are tables another part of io writes in the same atomic save (the team
        sync state: ``io.project_tables.own_tables``).
        """
        target = Path(path).resolve() if path is not None else self.path
        if target is None:
            raise ValueError("this project has no file yet: give a path")
        if target == sample_path().resolve():  # the user may pick it in "Save as"
            raise WriteError(str(target), Message("the bundled sample is read-only: save it "
                                                  "under another name"))
        if not target.parent.is_dir():  # a disk removed: never recreate its folder elsewhere
            raise WriteError(str(target), write_errors.explain(
                FileNotFoundError(str(target.parent)), target,
                kept=write_errors.NOTHING_WRITTEN))
        moving = target != self.path
        new_lock = (_lock_if_possible(target, False) if moving and self.journal is not None
                    else None)
        project = self.document.project
        # The file gets a fresh "modified" stamp, but the model's meta is left alone: it only
        # changes through Document.apply, or an undo of "Edit project details" after a save
        # (whose change set holds the meta as it was) would be refused as a conflict, and the
        # journal's replay would no longer match.
        stamped = Project(replace(project.meta, modified=_now()), project.versions)
        # "Save as" keeps what other tools put in the file it started from (foreign tables).
        carry = self.path if moving and self.path is not None and self.path.is_file() else None
        try:
            write_project(stamped, target, keep_backup=keep_backup, carry_from=carry,
                          extra=[self.lineage.hook(stamped, target), *extra])
        except BaseException:
            _release(new_lock)
            raise
        self.lineage.saved(stamped, target)
        old_path, self.path = self.path, target
        self.document.history.set_clean()
        if self.journal is not None:
            digest = recovery.file_digest(target)
            if moving:
                old_journal, old_lock = self.journal, self.lock
                self.source = target.name
                self.journal = self._new_journal(target, digest)
                self._reset_journal(digest)
                self.lock = new_lock
                _end_journal(old_journal, keep=False)
                if old_lock is not None and old_path != target:
                    old_lock.release()
            else:
                self._reset_journal(digest)
        return target

    def _reset_journal(self, digest: str) -> None:
        """Compact the journal to the state just saved. The file is saved either way: if the
        journal cannot be rewritten now (a full disk), it keeps its records, which replay to
        the same document, and the next save tries again."""
        assert self.journal is not None
        with contextlib.suppress(WriteError):
            self.journal.reset(digest)

    def close(self, *, keep_unsaved: bool = False) -> None:
        """End the session: release the lock, and remove the journal.

        Call it after the user saved or chose to discard. ``keep_unsaved``: the user could
        not be asked (logout, shutdown): when there are unsaved edits the journal is kept,
        and the next start offers them for recovery.
        """
        if self.journal is not None:
            _end_journal(self.journal, keep=keep_unsaved and self.document.is_dirty)
            self.journal = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(Exception):
            self.close()


def _end_journal(journal: Journal, *, keep: bool) -> None:
    """Stop journaling: keep the file for recovery, or remove it (nothing left unsaved)."""
    if journal.closed:
        return
    _detach(journal)
    if keep:
        journal.release()
    else:
        journal.discard()
        recovery.unregister(journal.path)
