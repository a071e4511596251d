"""Atomic file replacement: a reader (or a crash) sees the whole old file or the whole new one.

Write into a temporary file beside the target (same file system, so rename is atomic), fsync
it, rename it over the target, fsync the directory so the rename itself is durable.

Several files that belong together (a shapefile set: ``.shp``, ``.shx``, ``.dbf``, ...) cannot
be renamed in one step. ``move_into_place`` moves them so that a mix of old and new files is
never openable — each old set loses its ``.shp`` first, each new set gets its ``.shp`` last —
and writes a manifest first, so that a move cut short by a kill is finished by the next
``remove_leftovers`` (the new files were complete and verified before the first move).

A write that fails raises ``WriteError`` whose reason is one sentence (``io.write_errors``:
disk full, read-only, no permission, folder gone), the target untouched. A write that is
*killed* leaves its temporary file behind; the temporary's name carries the writer's process
id (``.<name>.zoneeditor-<pid>-<random>.tmp``), so ``remove_leftovers`` can tell the remains
of a dead writer from a save still in progress and remove them on the next open or recovery.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from zoneeditor.core.errors import WriteError, ZoneEditorError
from zoneeditor.io import write_errors

#: Leftovers whose writer cannot be told (older names, no pid) are removed after this long.
STALE_UNKNOWN_S = 600
#: Prefix of the private folder an export is staged in (io/exchange/export.py).
EXPORT_STAGING_PREFIX = ".zoneeditor-export-"

#: In a staging folder: the files being moved into place, in order (see ``move_into_place``).
MANIFEST = "zoneeditor-moving.json"

_TMP_PID = re.compile(r"\.zoneeditor-(\d+)-[^/]*\.tmp(-.*)?$")
_STAGING_PID = re.compile(re.escape(EXPORT_STAGING_PREFIX) + r"(\d+)-")


def fsync_path(path: Path) -> None:
    """Flush a file's (or a directory's) data to disk; directories on POSIX only."""
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # Windows cannot open directories; its rename is durable enough
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temporary_prefix(target: Path) -> str:
    """The name start of ``target``'s temporary files written by this process."""
    return f".{target.name}.zoneeditor-{os.getpid()}-"


def staging_prefix() -> str:
    """The name start of an export staging folder made by this process."""
    return f"{EXPORT_STAGING_PREFIX}{os.getpid()}-"


@contextlib.contextmanager
def atomic_path(target: Path | str, keep_backup: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` atomically.

    On any exception the temporary file is removed and ``target`` is untouched; a failure of
    the disk or of the writing library becomes a ``WriteError`` with a one-sentence reason
    (other exceptions, bugs, pass through as they are). With ``keep_backup`` the previous
    target is kept as ``<name>.bak`` (replaced atomically too).
    """
    target = Path(target)
    existed = target.exists()
    kept = write_errors.KEPT_PREVIOUS if existed else write_errors.NOTHING_WRITTEN
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=temporary_prefix(target), suffix=".tmp",
                                        dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise WriteError(str(target), write_errors.explain(exc, target, kept=kept)) from exc
    tmp = Path(tmp_name)
    tmp.unlink()  # writers such as GDAL want to create the file themselves
    try:
        try:
            yield tmp
        except ZoneEditorError:
            raise
        except Exception as exc:
            _raise_write_error(exc, target, kept)
            raise
        if not tmp.exists():
            raise FileNotFoundError(f"nothing was written to {tmp}")  # a bug of the writer
        try:
            fsync_path(tmp)
            if keep_backup and existed:
                backup = target.with_name(target.name + ".bak")
                with atomic_path(backup) as btmp:
                    shutil.copy2(target, btmp)
            os.replace(tmp, target)
            fsync_path(target.parent)
        except OSError as exc:
            _raise_write_error(exc, target, kept)
            raise
    finally:
        for leftover in (tmp, *tmp.parent.glob(tmp.name + "-*")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _raise_write_error(exc: Exception, target: Path, kept: str) -> None:
    """Raise WriteError for a failure of the disk or the writing library; return for a bug.

    Classified while the disk is as the failure left it (the temporary file still on it).
    Any other exception is still the disk's fault when the place explains it (GDAL reports a
    full disk as a failed SQL statement, sometimes as a plain RuntimeError).
    """
    if write_errors.is_write_failure(exc) or write_errors.place_problem(target) is not None:
        raise WriteError(str(target), write_errors.explain(exc, target, kept=kept)) from exc


def _move_order(names: list[str]) -> list[str]:
    """The ``.shp`` of each set last: until it is there, the set cannot be opened."""
    return sorted(names, key=lambda n: n.lower().endswith(".shp"))


def move_into_place(staged: list[Path], folder: Path) -> list[Path]:
    """Move complete, verified files from their staging folder into ``folder``.

    Never leaves a mix of old and new files that a program would open as a set: the old
    ``.shp`` files being replaced are removed first (an old set without its ``.shp`` opens
    as nothing), the new ones are moved in last. A manifest written (and flushed) before the
    first change lets ``remove_leftovers`` finish a move that a kill cut short. Returns the
    files' new paths.
    """
    if not staged:
        return []
    staging = staged[0].parent
    names = _move_order([p.name for p in staged])
    manifest = staging / MANIFEST
    manifest.write_text(json.dumps(names), encoding="utf-8")
    fsync_path(manifest)
    fsync_path(staging)
    for name in names:
        if name.lower().endswith(".shp"):
            with contextlib.suppress(FileNotFoundError):
                (folder / name).unlink()
    _finish_move(staging, folder, names)
    return [folder / p.name for p in staged]


def _finish_move(staging: Path, folder: Path, names: list[str]) -> None:
    for name in names:
        source = staging / name
        if source.exists():
            os.replace(source, folder / name)
    fsync_path(folder)
    with contextlib.suppress(FileNotFoundError):
        (staging / MANIFEST).unlink()


def _roll_forward(staging: Path) -> None:
    """Finish the move a killed export had begun (its files were complete and verified)."""
    manifest = staging / MANIFEST
    try:
        names = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(names, list) and all(isinstance(n, str) and "/" not in n for n in names):
        _finish_move(staging, staging.parent, _move_order(names))


def discard_staging(staging: Path) -> None:
    """Remove a staging folder when done with it — unless a move into place from it was cut
    short by an error: then it stays for ``remove_leftovers`` to finish."""
    if not (staging / MANIFEST).exists():
        shutil.rmtree(staging, ignore_errors=True)


def _writer_gone(pid: int) -> bool:
    from zoneeditor.io.lock import pid_alive

    return pid != os.getpid() and not pid_alive(pid)


def _old(path: Path, now: float) -> bool:
    try:
        return now - path.stat().st_mtime > STALE_UNKNOWN_S
    except OSError:
        return False


def remove_leftovers(folder: Path, name: str | None = None) -> list[Path]:
    """Remove what killed saves and exports left in ``folder``; returns what was removed.

    Temporary files of atomic writes (``.<name>.…tmp`` and their ``-journal``/``-wal``) and
    export staging folders (``.zoneeditor-export-…``) whose writing process is gone; those
    from older versions, whose name carries no process id, only when older than ten minutes.
    An export killed while moving its files into place is finished first (its manifest).
    With ``name``, only the temporaries of that file (the export folders in any case).
    Never touches a save or export still in progress in another process.
    """
    removed: list[Path] = []
    now = time.time()
    pattern = f".{name}.*.tmp*" if name else ".*.tmp*"
    try:
        candidates = [*folder.glob(pattern), *folder.glob(f"{EXPORT_STAGING_PREFIX}*")]
    except OSError:
        return removed
    for path in candidates:
        if path.name.startswith(EXPORT_STAGING_PREFIX):
            m = _STAGING_PID.match(path.name)
        else:
            m = _TMP_PID.search(path.name)
        stale = _writer_gone(int(m.group(1))) if m else _old(path, now)
        if not stale:
            continue
        with contextlib.suppress(OSError):
            if path.is_dir():
                _roll_forward(path)
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed
