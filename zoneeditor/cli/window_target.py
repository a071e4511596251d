"""What ``zoneeditor [PATH[:VERSION]]`` asks the window to open, checked before any window
(``window_target``), and the one-line errors of the terminal (``fail``).

Kept apart from ``cli.common`` and light (no shapely, no model, no project reader unless a
``PATH:VERSION`` is given): ``python -m zoneeditor`` imports it on the way to the window, and
every module imported before the window is shown delays it (docs/window.md, "Start-up").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from zoneeditor.core.errors import ReadError, ZoneEditorError

#: Exit statuses shared by all commands.
EXIT_OK, EXIT_PROBLEMS, EXIT_UNREADABLE, EXIT_INTERNAL = 0, 1, 2, 3


def split_spec(spec: str) -> tuple[Path, str | None]:
    """Split ``PROJECT.gpkg:VERSION`` into path and version (None when no version given).

    A path that exists as written wins, so file names with colons still work; else the
    longest head that is a file, so a version name may hold colons ("Draft: v2") and a file
    name too ("data:2024.gpkg:agreed"); else the head up to ".gpkg:" (the project named,
    though missing), else up to the last colon.
    """
    if Path(spec).exists() or ":" not in spec:
        return Path(spec), None
    colons = [i for i, c in enumerate(spec) if c == ":"]
    at = next((i for i in reversed(colons) if i > 1 and Path(spec[:i]).is_file()), None)
    if at is None:
        # searched in the text as written: casefold() may lengthen it ("ß" -> "ss")
        suffix = re.search(r"\.gpkg:", spec, re.IGNORECASE)
        at = suffix.start() + len(".gpkg") if suffix else colons[-1]
    head, version = spec[:at], spec[at + 1:]
    if not head or (len(head) == 1 and head.isalpha()):  # a Windows drive letter, "C:"
        return Path(spec), None
    return Path(head), version or None


def is_project_file(path: Path) -> bool:
    """True when ``path`` is a zoneeditor project (a GeoPackage with zoneeditor's tables).

    Anything else the app reads (shapefile, GeoJSON, KML, a foreign GeoPackage, a zip) goes
    through the sandboxed reader, ``zoneeditor.io.exchange.read_any``.
    """
    import sqlite3

    from zoneeditor.io.sqlite_header import starts_as_sqlite

    if not starts_as_sqlite(path):
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT 1 FROM sqlite_master WHERE name='zoneeditor_meta'").fetchone()
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return False
    return row is not None


#: Qt's own command-line options that take a value (``-platform offscreen``), and ours: their
#: values are not the project PATH. (gui.app keeps the same list to split Qt's options off.)
QT_VALUE_OPTIONS = frozenset({
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qmljsdebugger",
    "-style", "-stylesheet", "-session", "-geometry", "-display", "-title", "-qwindowgeometry",
    "-qwindowicon", "-qwindowtitle", "-name", "-font", "-fn", "-bg", "-fg",
})
WINDOW_VALUE_OPTIONS = frozenset({"--lang", "--reference"})

#: The window's command line, for its parser (``gui.app``) and ``zoneeditor --help``.
WINDOW_HELP = {
    "path": "project file (.gpkg) to open, or a team project: "
            "postgresql://USER@HOST/DATABASE/PROJECT",
    "--reference": "show a reference layer under the project for this run (an OpenStreetMap "
                   "extract, GeoTIFF, MBTiles or any map file; repeatable); Keep in the Layers "
                   "panel adds it to the project",
    "--lang": "interface language (default: the system's; ar is right-to-left)",
    "--self-test": "check this installation offscreen and exit (0 when all passed)",
}


def display_problem(argv: Sequence[str], environ: Mapping[str, str],
                    platform: str = sys.platform) -> str | None:
    """Why the window cannot open here, in one sentence, or None.

    On Linux and the BSDs, Qt ends the process (SIGABRT, with its platform plugins'
    internals on the terminal) when it finds no display; a delegate who types ``zoneeditor``
    in a terminal without a desktop session gets this sentence instead. Only the certain
    case is refused: no X11 or Wayland display named at all, and no platform chosen (Qt's
    ``-platform``/``QT_QPA_PLATFORM``, or ``--self-test``, which runs offscreen).
    """
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if "--self-test" in argv or "-platform" in argv or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY") \
            or environ.get("XDG_SESSION_TYPE") == "wayland":
        return None
    return ("no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
            "start zoneeditor in a desktop session, or use one of its commands "
            "(zoneeditor --help)")


class NoSuchCommandOrFile(ZoneEditorError):
    """``zoneeditor WORD`` where WORD is neither a command nor a file (exit 2, no window)."""


class WindowTarget(NamedTuple):
    """What ``zoneeditor [PATH[:VERSION]]`` asks the window to show.

    ``path`` None opens the bundled sample; ``version`` None the version the project was
    last shown on. ``argv`` is the window's command line with the spec replaced by the
    path alone (what the window's own parser expects).
    """

    path: Path | None
    version: str | None
    argv: tuple[str, ...]


def window_positionals(argv: Iterable[str]) -> list[tuple[int, str]]:
    """(index, word) of the window's positional arguments: not options, nor their values."""
    args = list(argv)
    out = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in QT_VALUE_OPTIONS or arg in WINDOW_VALUE_OPTIONS:
            i += 2
            continue
        if not arg.startswith("-") or arg == "-":
            out.append((i, arg))
        i += 1
    return out


def closest_command(word: str, commands: Iterable[str]) -> str | None:
    """The command ``word`` was probably meant to be ("prnt" -> "print"), or None."""
    import difflib  # only when a word is not a command

    found = difflib.get_close_matches(word.casefold(), sorted(commands), n=1, cutoff=0.6)
    return found[0] if found else None


def window_target(argv: Iterable[str], commands: Iterable[str]) -> WindowTarget:
    """Check what the window would open, before any window exists.

    Raises ``NoSuchCommandOrFile`` when the word is neither a command nor an existing file
    (naming the closest command), and ``ReadError`` when ``PATH:VERSION`` names a file
    that is not a zoneeditor project or a version it does not have (naming its versions).
    """
    args = list(argv)
    commands = sorted(commands)
    positionals = window_positionals(args)
    if not positionals:
        return WindowTarget(None, None, tuple(args))
    index, spec = positionals[0]
    path, version = split_spec(spec)
    if not path.exists():
        raise NoSuchCommandOrFile(_no_such(spec if version is None else str(path), commands,
                                           looks_like_file=version is not None))
    if version is not None:
        if not is_project_file(path):
            raise ReadError(str(path), "not a zoneeditor project, so it has no versions to "
                                       "choose from (use 'zoneeditor import' to bring its "
                                       "layers into a project)")
        version = _known_version(path, version)
    args[index] = str(path)
    return WindowTarget(path, version, tuple(args))


def _no_such(word: str, commands: list[str], looks_like_file: bool) -> str:
    close = None if looks_like_file else closest_command(word, commands)
    if close is not None:
        return f"no such command or file: {word!r} (did you mean '{close}'?)"
    if looks_like_file or "/" in word or "\\" in word or "." in Path(word).name:
        return f"no such file: {word}"
    return (f"no such command or file: {word!r} (commands: {', '.join(commands)}; "
            "or give a project file to open)")


def _known_version(path: Path, name: str) -> str:
    """``name`` as the project spells it (case-insensitive, as the commands accept it)."""
    from zoneeditor.io.project_file import version_names

    names = version_names(path)
    if name in names:
        return name
    folded = {n.casefold(): n for n in names}
    if name.casefold() in folded:
        return folded[name.casefold()]
    raise ReadError(str(path), f"no version {name!r} in it (versions: {', '.join(names)})")


def fail(message: str) -> None:
    """Print a one-line error for the user on stderr."""
    print(f"zoneeditor: {message}", file=sys.stderr)
