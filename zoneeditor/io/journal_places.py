"""Where journals are, how they are found again, and how one is put aside (``io.recovery``
names these as ``io.recovery.places``; kept outside that package and light, so the window's
start asks ``journal_may_wait`` before anything of recovery is imported).

Journals of unsaved projects live in ``<user state dir>/journals``; every open journal is
registered by a pointer file in ``<user state dir>/open``, so the start-up check finds the
ones beside projects anywhere without searching the disk. A journal is never deleted unless
it holds nothing: ``set_aside`` renames it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

#: Suffix appended to a project's file name to name its journal (``<name>.gpkg.zej``); the
#: journals of unsaved projects in ``journals_dir()`` end with it too.
SUFFIX = ".zej"


def state_dir() -> Path:
    """The user's state folder for zoneeditor (journals of unsaved projects, pointers)."""
    return Path(platformdirs.user_state_dir("zoneeditor"))


def journals_dir() -> Path:
    """Folder of the journals of projects that have no file yet."""
    return state_dir() / "journals"


def pointers_dir() -> Path:
    """Where the pointers to open journals are."""
    return state_dir() / "open"


def journal_may_wait(project_path: Path | None) -> bool:
    """True when a journal may be waiting to be recovered, found without reading any:
    one in ``journals_dir()``, a registered one (a pointer whose journal is still there:
    an editor that crashed, or one still running), or one beside ``project_path``. The
    window's start asks this before it shows the last view of a project (a snapshot is
    never shown when the recovery dialog may come); the full check is ``scan``."""
    with contextlib.suppress(OSError):
        if project_path is not None and project_path.with_name(
                project_path.name + SUFFIX).exists():
            return True
        if journals_dir().is_dir() and any(journals_dir().glob(f"*{SUFFIX}")):
            return True
        if pointers_dir().is_dir():
            for pointer in pointers_dir().glob("*.txt"):
                target = Path(pointer.read_text(encoding="utf-8").strip())
                if target.exists():
                    return True
    return False


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes: tells whether a project file changed since a save."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _pointer_for(journal_path: Path) -> Path:
    key = hashlib.sha1(str(journal_path).encode("utf-8")).hexdigest()[:20]
    return pointers_dir() / f"{key}.txt"


def register(journal_path: Path) -> None:
    """Note that a journal is in use, so a start-up after a crash can find it."""
    pointer = _pointer_for(journal_path)
    pointer.parent.mkdir(parents=True, exist_ok=True)
    pointer.write_text(str(journal_path), encoding="utf-8")


def unregister(journal_path: Path) -> None:
    """Forget a journal (closed cleanly, recovered into another, or set aside)."""
    with contextlib.suppress(FileNotFoundError):
        _pointer_for(journal_path).unlink()


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
