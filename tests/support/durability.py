"""Fixtures of the durability tests: a small disk of its own that can be filled up or made
read-only, and a folder that may not be written. Real file systems, not mocks: they need
root (a tmpfs mount, an immutable folder) and are skipped without it."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


class SmallDisk:
    """A tmpfs of a few MB mounted at ``path``, to fill up (``fill``) and free again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._filler = path / "filler.bin"

    def fill(self, leave: int = 0) -> None:
        """Take all free space but ``leave`` bytes (the way a disk fills: a big file)."""
        fd = os.open(self._filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            for block in (1 << 16, 512):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, b"\0" * block)
            if leave:
                os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
        finally:
            os.close(fd)

    def free(self) -> None:
        """Give the space back."""
        with contextlib.suppress(FileNotFoundError):
            self._filler.unlink()

    @property
    def free_bytes(self) -> int:
        """Free space on it now."""
        return shutil.disk_usage(self.path).free

    def read_only(self) -> None:
        """Remount it read-only (a write-protected stick)."""
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)


def _root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A 4 MB file system of its own, mounted for the test (tmpfs; needs root)."""
    if not _root() or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    mnt = tmp_path / "small-disk"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield SmallDisk(mnt)
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody may create files in, root included (``chattr +i``; needs root and a
    file system with attributes)."""
    if not _root() or shutil.which("chattr") is None:
        pytest.skip("an immutable folder needs root and chattr")
    folder = tmp_path / "locked-folder"
    folder.mkdir()
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i not supported here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=False)
