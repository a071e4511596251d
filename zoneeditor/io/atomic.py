"""Atomic file replacement: a reader (or a crash) sees the whole old file or the whole new one.

Write into a temporary file beside the target (same file system, so rename is atomic), fsync
it, rename it over the target, fsync the directory so the rename itself is durable.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path


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


@contextlib.contextmanager
def atomic_path(target: Path | str, keep_backup: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` atomically.

    On any exception the temporary file is removed and ``target`` is untouched. With
    ``keep_backup`` the previous target is kept as ``<name>.bak`` (replaced atomically too).
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # writers such as GDAL want to create the file themselves
    try:
        yield tmp
        if not tmp.exists():
            raise FileNotFoundError(f"nothing was written to {tmp}")
        fsync_path(tmp)
        if keep_backup and target.exists():
            backup = target.with_name(target.name + ".bak")
            with atomic_path(backup) as btmp:
                shutil.copy2(target, btmp)
        os.replace(tmp, target)
        fsync_path(target.parent)
    finally:
        for leftover in (tmp, *tmp.parent.glob(tmp.name + "-*")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
