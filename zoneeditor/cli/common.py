"""What every command shares: reading ``PATH[:VERSION]``, one-line errors, no tracebacks;
and what ``zoneeditor WORD`` means when WORD is not a command (``window_target``)."""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable
from pathlib import Path

from zoneeditor.cli.system_libraries import loader_problem

# The window's target and the terminal's one-line errors live in the light module (the
# window's start imports it); re-exported here for the commands.
from zoneeditor.cli.window_target import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_UNREADABLE,
    QT_VALUE_OPTIONS,
    WINDOW_VALUE_OPTIONS,
    NoSuchCommandOrFile,
    WindowTarget,
    closest_command,
    fail,
    is_project_file,
    split_spec,
    window_positionals,
    window_target,
)
from zoneeditor.core.errors import ReadError, ZoneEditorError
from zoneeditor.core.model import Project
from zoneeditor.io.error_log import log_error
from zoneeditor.io.os_errors import os_reason
from zoneeditor.io.version_pick import version_of as pick_version

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "EXIT_UNREADABLE",
    "MAP_VALUES_HELP",
    "QT_VALUE_OPTIONS",
    "WINDOW_VALUE_OPTIONS",
    "NoSuchCommandOrFile",
    "WindowTarget",
    "closest_command",
    "counted",
    "fail",
    "is_project_file",
    "load_project",
    "parse_mapping",
    "parse_values",
    "pick_version",
    "run_guarded",
    "split_spec",
    "window_positionals",
    "window_target",
]


def load_project(path: Path, *, sandbox: bool | None = None) -> Project:
    """Read a project file (ReadError when it cannot be read); ``sandbox`` as
    ``io.project_file.read_project`` takes it (None: decided by ``io.trust``)."""
    from zoneeditor.io.project_file import read_project

    return read_project(path, sandbox=sandbox)


def output_path(text: str) -> Path:
    """``--out``'s path, when the folder it goes in exists; else WriteError saying so.

    A mistyped folder ("--out /tmp/nodir/sub/x.pdf") was made, whole, without a word: the
    sheet went somewhere nobody would look. The folder a shapefile set names (``--out
    DIR`` of ``export --format shp``) is the output itself; its parent must exist.
    """
    from zoneeditor.core.errors import WriteError
    from zoneeditor.core.messages import Message

    path = Path(text)
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(str(path), Message("the folder %1 does not exist", str(folder)))
    return path


#: ``--map-values``'s help, the same on every command that reads other parties' files.
MAP_VALUES_HELP = ("read VALUE of ATTRIBUTE (party or status) as MEANT, e.g. "
                   "party=OPP:Opposition (repeatable; letter case and spacing are set aside "
                   "anyway: OPPOSITION is Opposition)")


def parse_values(items: list[str] | None) -> dict[str, dict[str, str]]:
    """``--map-values party=OPP:Opposition`` -> ``{"party": {"OPP": "Opposition"}}``;
    ZoneEditorError saying how to write it otherwise."""
    from zoneeditor.core.party_values import parse_value_mapping

    try:
        return parse_value_mapping(items or [])
    except ValueError as exc:
        raise ZoneEditorError(f"--map-values {exc}") from None


def parse_mapping(items: list[str] | None) -> dict[str, str]:
    """``["name=ADM1_EN", "party="]`` -> ``{"name": "ADM1_EN", "party": ""}`` (``--map``).

    ZoneEditorError for an item without ``=`` or an unknown target.
    """
    from zoneeditor.core.schema import TARGETS

    out: dict[str, str] = {}
    for item in items or []:
        target, sep, column = item.partition("=")
        target = target.strip().casefold()
        if not sep or not target:
            raise ZoneEditorError(f"--map {item[:60]!r}: write TARGET=COLUMN, e.g. "
                                  "--map name=ADM1_EN")
        if target not in TARGETS:
            raise ZoneEditorError(f"--map {item[:60]!r}: {target[:30]!r} is not one of "
                                  f"{', '.join(TARGETS)}")
        out[target] = column.strip()
    return out


#: Failures of the disk itself: never a bug, whatever was being written.
_DISK_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS})


def run_guarded(body: Callable[[], int]) -> int:
    """Run a command body: user errors become one line and exit 2, never a traceback.

    A failure of the disk (the output redirected to a full one) is one line and exit 2 as
    well, and so is a library the machine lacks (``system_libraries.loader_problem``). A
    bug (any other exception) is logged in full to the user log folder and reported
    in one line that says where the details are, with exit status 3.
    """
    try:
        status = body()
        sys.stdout.flush()  # the last of the output may fail to be written: said below
        return status
    except ReadError as exc:
        fail(str(exc))
        return EXIT_UNREADABLE
    except ZoneEditorError as exc:
        fail(str(exc))
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        fail("interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: keep the user's terminal free of tracebacks
        missing = loader_problem(exc)
        if missing is not None:  # the machine lacks a library: not a bug of ours
            fail(missing)
            return EXIT_UNREADABLE
        if isinstance(exc, OSError) and exc.errno in _DISK_FAILURES:
            # The disk failed, not the program: every file a command writes is worded where
            # it is written (io.write_errors), so what is left is the output ("> file").
            fail(f"cannot write {exc.filename or 'the output'}: {os_reason(exc)}")
            return EXIT_UNREADABLE
        log = log_error(exc)
        where = f" (details in {log})" if log else ""
        fail(f"internal error: {type(exc).__name__}: {exc}{where}")
        return EXIT_INTERNAL


def counted(n: int, one: str, many: str) -> str:
    """ "1 problem" / "3 problems": a count with the word in its number (the terminal's
    English; the window's counts go through Qt's plural forms)."""
    return f"{n:,} {one if n == 1 else many}"
