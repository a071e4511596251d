"""Why a file could not be written, in one sentence a user can act on.

Saving, exporting and journaling fail for a handful of reasons a user can do something about:
the disk is full, it is read-only, the folder may not be written, or the folder is gone (a
USB stick pulled). The libraries rarely say so plainly. GDAL in particular reports a full disk
as whichever SQL statement happened to fail ("sqlite3_exec(CREATE TABLE gpkg_spatial_ref_sys
...) failed", or even "no such table: gpkg_contents"), so the reason is decided from the
error's code where it has one (errno, SQLite's message), then from the place itself (is the
folder there, is its file system read-only, may we write, how much space is left), and only
then from the text. What is left is said in our words (``io.os_errors``, ``io.plain_errors``):
never SQL, never a record dump, never a library's English.

``explain(exc, target, kept=...)`` gives the sentence (the ``reason`` of a ``WriteError``), a
``core.messages.Message`` the window shows translated; ``kept`` is a Message too.
``is_write_failure(exc)`` tells a failure of the disk or of the writing library from a bug.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from enum import Enum
from pathlib import Path

from zoneeditor.core import textlimits
from zoneeditor.core.messages import Message
from zoneeditor.io.os_errors import os_reason
from zoneeditor.io.plain_errors import plain_reason

#: Less free space than this, after a write failed, means the disk filled up.
LOW_SPACE_BYTES = 1 << 20

KEPT_PREVIOUS = Message("the previous file was kept")
NOTHING_WRITTEN = Message("nothing was written")
NOTHING_REPLACED = Message("nothing was replaced")


class Reason(Enum):
    """The few causes of a failed write that a user can act on, and the rest."""

    FULL = "full"
    READ_ONLY = "read-only"
    PERMISSION = "permission"
    GONE = "gone"
    NOT_A_FOLDER = "not a folder"
    OTHER = "other"


_ERRNO = {
    errno.ENOSPC: Reason.FULL,
    errno.EDQUOT: Reason.FULL,
    errno.EFBIG: Reason.FULL,
    errno.EROFS: Reason.READ_ONLY,
    errno.EACCES: Reason.PERMISSION,
    errno.EPERM: Reason.PERMISSION,
    errno.ENOTDIR: Reason.NOT_A_FOLDER,
}

_TEXT = (
    (re.compile(r"no space left|disk is full|disk quota|file too large", re.I), Reason.FULL),
    (re.compile(r"read-only file system|readonly database|read-only database", re.I),
     Reason.READ_ONLY),
    (re.compile(r"permission denied|not permitted", re.I), Reason.PERMISSION),
)


def is_write_failure(exc: BaseException) -> bool:
    """True when ``exc`` comes from the disk or a writing library, not from a bug of ours.

    OSError and SQLite errors, and the errors of the GDAL bindings (their classes live in
    the binding's package; fiona also raises a plain RuntimeError starting "GDAL Error").
    """
    if isinstance(exc, (OSError, sqlite3.Error)):
        return True
    root = type(exc).__module__.split(".")[0]
    if root in ("fiona", "osgeo", "pyogrio", "rasterio"):
        return True
    return isinstance(exc, RuntimeError) and str(exc).startswith("GDAL Error")


def _existing_folder(path: Path) -> Path | None:
    """``path``'s folder if it exists (None: gone)."""
    folder = path if path.is_dir() else path.parent
    return folder if folder.is_dir() else None


def free_bytes(path: Path) -> int | None:
    """Free space where ``path`` is (its folder, or the nearest existing parent); None if
    unknown."""
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def _read_only(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def place_problem(target: Path) -> Reason | None:
    """What is wrong with the place ``target`` is written to, if anything: its folder gone,
    read-only, not writable, or its disk (nearly) full."""
    folder = _existing_folder(target)
    if folder is None:
        parent = target if target.is_dir() else target.parent
        # a file where the folder should be (a name typed wrong), not a disk removed
        return Reason.NOT_A_FOLDER if parent.exists() else Reason.GONE
    if _read_only(folder):
        return Reason.READ_ONLY
    if not os.access(folder, os.W_OK):
        return Reason.PERMISSION
    free = free_bytes(folder)
    if free is not None and free < LOW_SPACE_BYTES:
        return Reason.FULL
    return None


def classify(exc: BaseException, target: Path) -> Reason:
    """The reason ``exc`` stopped writing ``target`` (call it before cleaning up, so a full
    disk is still full): the error's code, then the place, then the error's text."""
    if isinstance(exc, OSError) and exc.errno in _ERRNO:
        return _ERRNO[exc.errno]
    text = str(exc)
    if isinstance(exc, sqlite3.Error) and "database or disk is full" in text:
        return Reason.FULL
    found = place_problem(target)
    if found is not None:
        return found
    for pattern, reason in _TEXT:
        if pattern.search(text):
            return reason
    return Reason.OTHER


def size_text(n: int) -> str:
    """A byte count as a person reads it ("312.0 KB", "1.5 GB"; ``core.textlimits``)."""
    return textlimits.size_text(n)


def explain(exc: BaseException, target: Path | str, *, kept: str = KEPT_PREVIOUS,
            elsewhere: bool = True) -> str:
    """One sentence (a Message) saying why ``target`` could not be written and what to do.

    ``kept`` finishes it with what happened to the user's data ("the previous file was
    kept", "nothing was replaced", "the edit was not made"). ``elsewhere``: whether writing
    somewhere else is a way out (for a save or an export; not for the edit journal).
    """
    target = Path(target)
    reason = classify(exc, target)
    folder = target.parent
    if reason is Reason.FULL:
        free = free_bytes(folder)
        # Worth saying only when it is little (the figure shows how much must be freed).
        if free is not None and free < 64 * LOW_SPACE_BYTES:
            if elsewhere:
                return Message("the disk is full (%1 free): free some space or choose another "
                               "disk; %2", size_text(free), kept)
            return Message("the disk is full (%1 free): free some space; %2", size_text(free),
                           kept)
        if elsewhere:
            return Message("the disk is full: free some space or choose another disk; %1", kept)
        return Message("the disk is full: free some space; %1", kept)
    if reason is Reason.READ_ONLY:
        return Message("the disk is read-only (write-protected, or mounted read-only): choose "
                       "another place; %1", kept)
    if reason is Reason.PERMISSION:
        return Message("you are not allowed to write in the folder %1: choose another folder "
                       "or ask for write permission; %2", folder, kept)
    if reason is Reason.NOT_A_FOLDER:
        return Message("%1 is a file, not a folder: choose another place; %2", folder, kept)
    if reason is Reason.GONE:
        return Message("the folder %1 is no longer there (was a disk removed?): choose another "
                       "place; %2", folder, kept)
    return Message("%1; %2", failure_reason(exc), kept)


def failure_reason(exc: BaseException) -> Message:
    """What went wrong in a write that is none of the causes above, in our words: the
    system's refusal (by its code), a known library text, else "the file could not be
    written" (the library's own words stay in the exception chain, for developers)."""
    if isinstance(exc, OSError) and type(exc).__module__ == "builtins":
        return os_reason(exc)
    return plain_reason(exc, Message("the file could not be written"))
