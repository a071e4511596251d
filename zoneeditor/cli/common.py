"""What every command shares: reading ``PATH[:VERSION]``, one-line errors, no tracebacks."""

from __future__ import annotations

import datetime
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from zoneeditor.core.errors import ReadError, ZoneEditorError
from zoneeditor.core.model import Project, Version

#: Exit statuses shared by all commands.
EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, EXIT_INTERNAL = 0, 1, 2, 3


def split_spec(spec: str) -> tuple[Path, str | None]:
    """Split ``PROJECT.gpkg:VERSION`` into path and version (None when no version given).

    A path that exists as written wins, so file names with colons still work.
    """
    if Path(spec).exists() or ":" not in spec:
        return Path(spec), None
    head, _, version = spec.rpartition(":")
    if not head or (len(head) == 1 and head.isalpha()):  # a Windows drive letter, "C:"
        return Path(spec), None
    return Path(head), version or None


def load_project(path: Path) -> Project:
    """Read a project file (ReadError when it cannot be read)."""
    from zoneeditor.io.project_file import read_project

    return read_project(path)


def is_project_file(path: Path) -> bool:
    """True when ``path`` is a zoneeditor project (a GeoPackage with zoneeditor's tables).

    Anything else the app reads (shapefile, GeoJSON, KML, a foreign GeoPackage, a zip) goes
    through the sandboxed reader, ``zoneeditor.io.exchange.read_any``.
    """
    import sqlite3

    try:
        with path.open("rb") as fh:
            if not fh.read(16).startswith(b"SQLite format 3\x00"):
                return False
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT 1 FROM sqlite_master WHERE name='zoneeditor_meta'").fetchone()
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return False
    return row is not None


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


def pick_version(project: Project, path: Path, name: str | None) -> Version:
    """The named version, or the agreed baseline; ReadError naming the known versions."""
    if name is None:
        return project.agreed
    if name in project.versions:
        return project.versions[name]
    folded = {n.casefold(): n for n in project.versions}
    if name.casefold() in folded:
        return project.versions[folded[name.casefold()]]
    known = ", ".join(project.versions)
    raise ReadError(str(path), f"no version {name!r} in it (versions: {known})")


def fail(message: str) -> None:
    """Print a one-line error for the user on stderr."""
    print(f"zoneeditor: {message}", file=sys.stderr)


def _log_internal(exc: BaseException) -> Path | None:
    try:
        from platformdirs import user_log_dir

        folder = Path(user_log_dir("zoneeditor"))
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "errors.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.datetime.now().isoformat()}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return log
    except OSError:
        return None


def run_guarded(body: Callable[[], int]) -> int:
    """Run a command body: user errors become one line and exit 2, never a traceback.

    A bug (any other exception) is logged in full to the user log folder and reported in
    one line that says where the details are, with exit status 3.
    """
    try:
        return body()
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
        log = _log_internal(exc)
        where = f" (details in {log})" if log else ""
        fail(f"internal error: {type(exc).__name__}: {exc}{where}")
        return EXIT_INTERNAL
