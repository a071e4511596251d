"""Which project files this installation wrote itself (and which have not changed since).

A project file from anyone else — another party, another tool, or our own file changed by
another program since we saved it — is read in the sandboxed reader (``io.sandbox``) with
the same time and memory limits as an import. Our own files are read in-process, so opening
the project one works on stays instant.

The record: after every save, the SHA-256 of the file's bytes is kept as an empty marker
file named after the digest in ``<user state folder>/written/`` (``platformdirs``). Keyed by
content, not path: a file copied, renamed or moved is still ours; a file changed by a byte
is not. A file is trusted when its digest has a marker, or when it is byte for byte one of
the projects shipped inside the application (the bundled sample). At most ``MAX_RECORDS``
markers are kept (the oldest are removed), so the folder stays small; a forgotten file is
merely read the slow, safe way.

>>> digest_of(Path(__file__)) == digest_of(Path(__file__))
True
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from functools import cache
from pathlib import Path

#: Markers kept at most (one per saved file content).
MAX_RECORDS = 2000
_SUBFOLDER = "written"


def digest_of(path: Path) -> str:
    """SHA-256 hex digest of a file's bytes."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def records_dir() -> Path:
    """Where the markers live: ``<user state folder>/written``."""
    from platformdirs import user_state_dir

    return Path(user_state_dir("zoneeditor")) / _SUBFOLDER


@cache
def _bundled_samples() -> tuple[tuple[Path, int], ...]:
    """The projects shipped inside the application, with their sizes (they do not change
    while it runs)."""
    from zoneeditor.io.resources import resource_path

    out = []
    with contextlib.suppress(OSError, FileNotFoundError, ModuleNotFoundError):
        out = [(p, p.stat().st_size) for p in Path(resource_path("sample")).glob("*.gpkg")]
    return tuple(out)


@cache
def _digest_once(path: Path) -> str | None:
    with contextlib.suppress(OSError):
        return digest_of(path)
    return None


def _is_bundled(path: Path, digest: str) -> bool:
    """True when ``path`` (whose digest is ``digest``) is byte for byte a shipped project;
    only a sample of the same size is hashed, each at most once per process."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return any(n == size and _digest_once(p) == digest for p, n in _bundled_samples())


def remember_written(path: Path) -> str:
    """Record that this installation wrote ``path`` as it is now; returns its digest.

    Never fails the save it follows: a marker that cannot be written only means the file
    will be read through the sandbox next time.
    """
    digest = digest_of(path)
    folder = records_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / digest).touch()
        markers = list(folder.iterdir())
        if len(markers) > MAX_RECORDS:
            markers.sort(key=lambda p: p.stat().st_mtime)
            for old in markers[: len(markers) - MAX_RECORDS]:
                with contextlib.suppress(OSError):
                    old.unlink()
    except OSError:
        pass
    return digest


def is_trusted(path: Path) -> bool:
    """True when this installation wrote ``path`` and it has not changed since."""
    try:
        digest = digest_of(path)
    except OSError:
        return False
    if _is_bundled(Path(path), digest):  # checked first: no user folder to look up
        return True
    marker = records_dir() / digest
    if marker.exists():
        with contextlib.suppress(OSError):
            os.utime(marker)  # recently used files are the last to be forgotten
        return True
    return False
