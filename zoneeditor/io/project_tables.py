"""Tables in a project file that zoneeditor does not write: kept through every save.

A project is "an ordinary GeoPackage": a QGIS user adds a layer with ``ogr2ogr``, QGIS
stores its styles (``layer_styles``) or a whole QGIS project (``qgis_projects``) in it.
Each save writes a complete new file (io.atomic), so whatever is not ours would vanish.
``carry_foreign`` copies every such table from the file being replaced into the new one,
with its rows, its plain indexes and its GeoPackage registration (``gpkg_contents``,
``gpkg_geometry_columns``, the coordinate systems it uses, data-column descriptions,
metadata, tile matrices).

What is never copied: views and triggers (a view may run forever, a trigger may do anything
on the next write; neither is data), column defaults and CHECK expressions, virtual computed
columns. A foreign feature layer is kept without a spatial index (the index is maintained by
triggers; QGIS offers to rebuild it); its rows are all there. A foreign SQLite virtual table
(full-text search and the like) cannot be copied safely: the save is refused with a message
naming it before anything is lost.

Other parts of zoneeditor that store tables of their own in the project (lineage, reference
layer specs) declare them with ``ExtraTables``: they write them at each save, and the old
copies are not carried over. Tables written by a part that did not take part in a save (an
import from the command line) are carried over like foreign ones, so nothing is lost there
either. Ownership is recorded in ``zoneeditor_tables`` (table name, owner) for ``info``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from zoneeditor.core.errors import WriteError
from zoneeditor.core.messages import Message
from zoneeditor.io.sqlite_header import starts_as_sqlite

META, PARTIES, VERSIONS = "zoneeditor_meta", "zoneeditor_parties", "zoneeditor_versions"
#: The ownership record: which zoneeditor part wrote which extra table.
OWNERS = "zoneeditor_tables"
_OURS = {META, PARTIES, VERSIONS, OWNERS}
#: The reference layers' tables (written and read by ``io.reference.store``), named here so
#: that reading a project without references never imports the reference readers.
REFERENCES = "zoneeditor_references"
GEOREFERENCES = "zoneeditor_georeferences"
CONTROL_POINTS = "zoneeditor_control_points"
REFERENCE_BLOBS = "zoneeditor_reference_blobs"
_OUR_LAYER = re.compile(r"^(zones|lines|points)__")
_SYSTEM = re.compile(r"^(gpkg_|gpkgext_|sqlite_|rtree_)", re.IGNORECASE)


class ExtraTables(NamedTuple):
    """Tables a part of zoneeditor writes into the project file itself, at every save.

    ``write(path)`` is called with the new file (already holding the project's layers)
    inside the atomic save, before foreign tables are copied; it must write exactly the
    tables in ``names``. See ``own_tables``.
    """

    owner: str
    names: tuple[str, ...]
    write: Callable[[Path], None]


def own_tables(owner: str, names: Iterable[str], write: Callable[[Path], None]) -> ExtraTables:
    """Say "these tables are ours, written by ``owner``": pass the result to ``write_project``.

    >>> t = own_tables("merge", ["zoneeditor_lineage"], lambda path: None)
    >>> t.owner, t.names
    ('merge', ('zoneeditor_lineage',))
    """
    names = tuple(names)
    for n in names:
        if n in _OURS or _OUR_LAYER.match(n) or _SYSTEM.match(n):
            raise ValueError(f"{n!r} is a name the project file itself uses")
    return ExtraTables(owner, names, write)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def is_ours(name: str) -> bool:
    """True for tables the project writer itself makes (and system tables GDAL makes)."""
    return name in _OURS or bool(_OUR_LAYER.match(name) or _SYSTEM.match(name))


class TableInfo(NamedTuple):
    """A table of a project file that is not one of the project's own layers or tables."""

    name: str
    kind: str  # features, attributes, tiles, table, view, virtual table
    rows: int | None
    owner: str  # "" for a table nobody in zoneeditor wrote


def other_tables(path: Path) -> list[TableInfo]:
    """The tables (and views) of a project file that are not the project's own.

    Read with SQLite only; views are listed, never run (no row count).
    """
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        con.execute("PRAGMA trusted_schema=OFF")
        objects = con.execute("SELECT type, name, sql FROM sqlite_master "
                              "WHERE type IN ('table','view')").fetchall()
        names = {str(n) for _, n, _ in objects}
        kinds = {}
        if "gpkg_contents" in names:
            kinds = {str(t): str(k) for t, k in con.execute(
                "SELECT table_name, data_type FROM gpkg_contents")}
        owners = {}
        if OWNERS in names:
            owners = {str(t): str(o) for t, o in con.execute(
                f"SELECT name, owner FROM {OWNERS}")}
        out = []
        for kind, name, sql in objects:
            if is_ours(str(name)):
                continue
            virtual = str(sql or "").upper().startswith("CREATE VIRTUAL")
            if kind == "view":
                out.append(TableInfo(name, "view", None, owners.get(name, "")))
                continue
            rows = None if virtual else con.execute(f"SELECT count(*) FROM {_q(name)}"
                                                    ).fetchone()[0]
            label = "virtual table" if virtual else kinds.get(name, "table")
            out.append(TableInfo(name, label, rows, owners.get(name, "")))
        return out
    finally:
        con.close()


# -- copying -------------------------------------------------------------------------------------
_SPEC_DDL = {
    "gpkg_data_columns": (
        "CREATE TABLE gpkg_data_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
        "name TEXT, title TEXT, description TEXT, mime_type TEXT, constraint_name TEXT, "
        "CONSTRAINT pk_gdc PRIMARY KEY (table_name, column_name))"),
    "gpkg_metadata": (
        "CREATE TABLE gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL, "
        "md_scope TEXT NOT NULL DEFAULT 'dataset', md_standard_uri TEXT NOT NULL, "
        "mime_type TEXT NOT NULL DEFAULT 'text/xml', metadata TEXT NOT NULL DEFAULT '')"),
    "gpkg_metadata_reference": (
        "CREATE TABLE gpkg_metadata_reference (reference_scope TEXT NOT NULL, table_name TEXT, "
        "column_name TEXT, row_id_value INTEGER, timestamp DATETIME NOT NULL DEFAULT "
        "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), md_file_id INTEGER NOT NULL, "
        "md_parent_id INTEGER)"),
}
#: Registration tables whose rows name a table in ``table_name``, copied for carried tables.
_REGISTRATION = ("gpkg_contents", "gpkg_geometry_columns", "gpkg_data_columns",
                 "gpkg_tile_matrix_set", "gpkg_tile_matrix", "gpkg_extensions")


def _tables(con: sqlite3.Connection, schema: str) -> dict[str, str]:
    return {str(n): str(sql or "") for n, sql in con.execute(
        f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table'")}


def _columns(con: sqlite3.Connection, schema: str, table: str) -> list[tuple[Any, ...]]:
    return con.execute(f"PRAGMA {schema}.table_xinfo({_q(table)})").fetchall()


def carry_foreign(source: Path, target: Path, extra: Sequence[ExtraTables] = ()) -> list[str]:
    """Copy the tables of ``source`` zoneeditor does not write into ``target``; their names.

    WriteError (nothing is replaced) when a table cannot be copied safely.
    """
    if not starts_as_sqlite(source):
        return []
    claimed = {n for t in extra for n in t.names}
    con = sqlite3.connect(f"file:{target}", uri=True)
    try:
        con.execute("PRAGMA trusted_schema=OFF")
        con.execute("ATTACH DATABASE ? AS src", (f"file:{source}?mode=ro",))
        src_tables = _tables(con, "src")
        carried = [n for n in src_tables if not is_ours(n) and n not in claimed]
        virtual = [n for n in carried if src_tables[n].upper().startswith("CREATE VIRTUAL")]
        if virtual:
            raise WriteError(str(source), Message(
                "its table %1 is an SQLite virtual table, which zoneeditor cannot keep safely; "
                "nothing was saved (remove the table with another tool, or export the project "
                "instead)", repr(virtual[0])))
        with con:
            for name in carried:
                _copy_table(con, name)
            if carried:
                _copy_registration(con, carried, _tables(con, "src"), _tables(con, "main"))
            _record_owners(con, extra, carried if OWNERS in src_tables else [])
        con.execute("DETACH DATABASE src")
        return carried
    except sqlite3.Error as exc:
        from zoneeditor.io.plain_errors import plain_reason

        raise WriteError(str(target), Message(
            "the tables other programs added to %1 could not be kept (%2); nothing was saved",
            source.name, plain_reason(exc))) from exc
    finally:
        con.close()


def _copy_table(con: sqlite3.Connection, name: str) -> None:
    cols = [c for c in _columns(con, "src", name) if int(c[6]) in (0, 3)]  # stored columns
    pk = sorted((int(c[5]), str(c[1])) for c in cols if int(c[5]) > 0)
    defs = []
    for c in cols:
        text = f"{_q(str(c[1]))} {c[2] or ''}".rstrip()
        if len(pk) == 1 and pk[0][1] == c[1]:
            text += " PRIMARY KEY"
        elif int(c[3]):
            text += " NOT NULL"
        defs.append(text)
    if len(pk) > 1:
        defs.append("PRIMARY KEY (" + ", ".join(_q(n) for _, n in pk) + ")")
    names = ", ".join(_q(str(c[1])) for c in cols)
    con.execute(f"CREATE TABLE main.{_q(name)} ({', '.join(defs)})")
    con.execute(f"INSERT INTO main.{_q(name)} ({names}) SELECT {names} FROM src.{_q(name)}")
    for index in con.execute(f"PRAGMA src.index_list({_q(name)})").fetchall():
        iname, unique, origin, partial = str(index[1]), int(index[2]), str(index[3]), index[4]
        if origin == "pk" or partial:
            continue
        parts = con.execute(f"PRAGMA src.index_xinfo({_q(iname)})").fetchall()
        keys = [p for p in parts if int(p[5])]
        if not keys or any(int(p[1]) < 0 for p in keys):
            continue  # an index on an expression: not copied (it is schema, not data)
        new = iname if not iname.startswith("sqlite_") else f"{name}_{len(parts)}_idx"
        cols_sql = ", ".join(_q(str(p[2])) + (" DESC" if int(p[3]) else "") for p in keys)
        con.execute(f"CREATE {'UNIQUE ' if unique else ''}INDEX IF NOT EXISTS "
                    f"main.{_q(new)} ON {_q(name)} ({cols_sql})")


def _copy_rows(con: sqlite3.Connection, table: str, where: str, params: Sequence[object]
               ) -> None:
    src_cols = {str(c[1]) for c in _columns(con, "src", table)}
    dst_cols = [str(c[1]) for c in _columns(con, "main", table)]
    common = ", ".join(_q(c) for c in dst_cols if c in src_cols)
    con.execute(f"INSERT OR IGNORE INTO main.{_q(table)} ({common}) SELECT {common} "
                f"FROM src.{_q(table)} WHERE {where}", params)


def _copy_registration(con: sqlite3.Connection, carried: list[str], src: dict[str, str],
                       dst: dict[str, str]) -> None:
    marks = ", ".join("?" for _ in carried)
    for table in _REGISTRATION:
        if table not in src:
            continue
        if table not in dst:
            if table not in _SPEC_DDL:
                continue
            con.execute(_SPEC_DDL[table])
            dst[table] = _SPEC_DDL[table]
        where = f"table_name IN ({marks})"
        if table == "gpkg_extensions":
            where += " AND extension_name <> 'gpkg_rtree_index'"  # no index is copied
        _copy_rows(con, table, where, carried)
    if "gpkg_spatial_ref_sys" in src and "gpkg_spatial_ref_sys" in dst:
        used = set()
        for table in ("gpkg_contents", "gpkg_geometry_columns", "gpkg_tile_matrix_set"):
            if table in dst:
                used |= {r[0] for r in con.execute(
                    f"SELECT srs_id FROM main.{table} WHERE table_name IN ({marks})", carried)}
        for srs in used:
            _copy_rows(con, "gpkg_spatial_ref_sys", "srs_id = ?", [srs])
    if "gpkg_metadata_reference" in src and "gpkg_metadata" in src:
        for table in ("gpkg_metadata", "gpkg_metadata_reference"):
            if table not in dst:
                con.execute(_SPEC_DDL[table])
        _copy_rows(con, "gpkg_metadata_reference",
                   f"table_name IN ({marks}) OR reference_scope = 'geopackage'", carried)
        _copy_rows(con, "gpkg_metadata", "id IN (SELECT md_file_id FROM "
                   "main.gpkg_metadata_reference)", [])


def _record_owners(con: sqlite3.Connection, extra: Sequence[ExtraTables],
                   carried: list[str]) -> None:
    """Record who wrote the extra tables; keep the record of carried ones (written by a
    part of zoneeditor that took no part in this save)."""
    rows = [(n, t.owner) for t in extra for n in t.names]
    if carried:
        marks = ", ".join("?" for _ in carried)
        rows += [(str(n), str(o)) for n, o in con.execute(
            f"SELECT name, owner FROM src.{OWNERS} WHERE name IN ({marks})", carried)]
    if not rows:
        return
    con.execute(f"CREATE TABLE IF NOT EXISTS main.{OWNERS} (name TEXT PRIMARY KEY, "
                "owner TEXT NOT NULL)")
    con.executemany(f"INSERT OR REPLACE INTO main.{OWNERS} (name, owner) VALUES (?, ?)", rows)
