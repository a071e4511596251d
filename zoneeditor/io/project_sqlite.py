"""Reading a project file's tables with SQLite alone, guarded against what a file may hold.

A project file may come from anyone: the reader only ever SELECTs from base tables, never
runs SQL functions the file's schema names (views, defaults, triggers: ``trusted_schema``
off), refuses a view standing in for one of our tables (a view can run forever or fill the
memory) and computed columns, and checks SQLite's integrity first. ``io.project_file``
builds the project from what these return; the sandboxed reader runs the same code in its
child process.
"""

from __future__ import annotations

import datetime
import re
import sqlite3
from pathlib import Path
from typing import Any

from zoneeditor.core.errors import ReadError
from zoneeditor.core.messages import Message
from zoneeditor.io.os_errors import os_reason
from zoneeditor.io.project_tables import META, PARTIES, VERSIONS
from zoneeditor.io.sqlite_header import SQLITE_MAGIC


def check_file(path: Path) -> None:
    """ReadError naming what is wrong when ``path`` is not a readable SQLite file."""
    if not path.exists():
        raise ReadError(str(path), Message("no such file"))
    if path.is_dir():
        raise ReadError(str(path), Message("it is a folder, not a file"))
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except PermissionError as exc:
        raise ReadError(str(path), Message("permission denied (the file is not readable)")
                        ) from exc
    except OSError as exc:  # a disk error, a name too long...: the system's reason, ours
        raise ReadError(str(path), os_reason(exc)) from exc
    if len(head) == 0:
        raise ReadError(str(path), Message("the file is empty (0 bytes)"))
    if not head.startswith(SQLITE_MAGIC):
        from zoneeditor.io.exchange.readers import SUFFIXES  # only on this error path

        if SUFFIXES.get(path.suffix.lower(), "gpkg") != "gpkg":
            # a file another party exchanges (shapefile, GeoJSON, KML, a zip): what to do
            # instead (the window says File ▸ Import…: gui.window_wording)
            raise ReadError(str(path), Message(
                "not a zoneeditor project: a %1 file is brought into a project with "
                "'zoneeditor import'", path.suffix.lower()))
        raise ReadError(str(path), Message("not a GeoPackage (it is not an SQLite database)"))


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection that never runs SQL the file's schema names."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.text_factory = lambda b: b.decode("utf-8", errors="replace")
    # Never run SQL functions named in the file's schema (views, defaults, triggers).
    con.execute("PRAGMA trusted_schema=OFF")
    return con


#: Tables the reader depends on: none of them may be a view.
_SYSTEM = ("gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys")
_OUR_LAYER = re.compile(r"^(zones|lines|points)__")


def schema_objects(con: sqlite3.Connection, path: Path) -> dict[str, str]:
    """Table and view names with their kind, after the integrity check; ReadError when one
    of our tables is a view or the file is no zoneeditor project."""
    result = con.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        # SQLite's report names pages and indexes: nothing a user can act on
        raise ReadError(str(path), Message("the database is damaged (it fails SQLite's "
                                           "integrity check)"))
    kinds = {str(name): str(kind) for kind, name in
             con.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table','view')")}
    for name, kind in kinds.items():
        ours = name in (META, PARTIES, VERSIONS, *_SYSTEM) or _OUR_LAYER.match(name)
        if ours and kind == "view":
            raise ReadError(str(path), Message(
                "its table %1 has been replaced by a database view; zoneeditor never runs "
                "views in project files (a view can run forever or fill the memory)",
                repr(name)))
    if META not in kinds or VERSIONS not in kinds:
        raise ReadError(str(path), Message(
            "not a zoneeditor project (no zoneeditor_meta table); use 'zoneeditor import' to "
            "bring its layers into a project"))
    return kinds


def columns(con: sqlite3.Connection, table: str, path: Path) -> list[tuple[str, str]]:
    """(name, declared type) of a table's stored columns; computed columns are refused."""
    out = []
    for row in con.execute(f"PRAGMA table_xinfo({quoted(table)})"):
        name, decl, hidden = str(row[1]), str(row[2] or "").upper(), int(row[6])
        if hidden in (2, 3):
            raise ReadError(str(path), Message(
                "column %1 of table %2 is computed by the database; zoneeditor does not run "
                "such columns", repr(name), repr(table)))
        if hidden == 0:
            out.append((name, decl))
    return out


def quoted(name: str) -> str:
    """An SQL identifier, quoted."""
    return '"' + name.replace('"', '""') + '"'


def stored_value(value: Any, decl: str) -> Any:
    """A stored value as Python: booleans and dates by their declared type; binary data is
    refused (ValueError)."""
    if value is None:
        return None
    if isinstance(value, bytes):
        raise ValueError(Message("an attribute holds binary data"))
    if decl == "BOOLEAN" and isinstance(value, int):
        return bool(value)
    if decl in ("DATE", "DATETIME", "TIME") and isinstance(value, str):
        kinds: dict[str, type[datetime.date] | type[datetime.time]] = {
            "DATE": datetime.date, "DATETIME": datetime.datetime, "TIME": datetime.time}
        kind = kinds[decl]
        try:
            return kind.fromisoformat(value)
        except ValueError:
            return value
    return value


def table_rows(con: sqlite3.Connection, table: str, path: Path) -> list[dict[str, Any]]:
    """Every row of a base table as a dictionary (without GeoPackage's ``fid``)."""
    cols = [c for c in columns(con, table, path) if c[0] != "fid"]
    names = ", ".join(quoted(c) for c, _ in cols)
    return [{c: stored_value(v, d) for (c, d), v in zip(cols, row, strict=True)}
            for row in con.execute(f"SELECT {names} FROM {quoted(table)}")]


