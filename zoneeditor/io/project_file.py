"""The project file: one ordinary GeoPackage that GDAL and QGIS open as it is.

Layout (format version 1):

- per version, three feature layers ``zones__<slug>``, ``lines__<slug>``, ``points__<slug>``
  (EPSG:4326), each feature with a ``zid`` text column holding its stable id, the core
  attributes (name, name_local, party, status, kind, notes) and any other attributes kept
  from imports;
- attribute tables ``zoneeditor_meta`` (key, value: title, author, created, modified,
  format_version, application, and ``shown_version``, the version last shown, so the
  project reopens on it), ``zoneeditor_parties`` and ``zoneeditor_versions`` (name, slug,
  description, in order);
- optionally, tables other parts of io keep in the file (merge lineage, team sync state,
  reference layers), declared with ``io.project_tables.own_tables`` and written in the same
  atomic save; any other table is carried over from the file being replaced.

Saving goes through fiona (GDAL writes a standard GeoPackage with spatial indexes), is
atomic (io.atomic), keeps every table zoneeditor does not write itself (``project_tables``:
layers a QGIS user added with ogr2ogr survive our saves) and records that this installation
wrote the file (``io.trust``).

Reading uses SQLite alone, never GDAL, and only ever SELECTs from base tables: a project file
from someone else may hold views (an endless recursive query), triggers, or computed columns,
and none of them is run. A file of ours whose zones table has been replaced by a view is
refused with a message. A file this installation did not write (or that changed since) is
read in the sandboxed reader (``io.sandbox``) with the same time and memory limits as an
import, and with the same text limits (``core.textlimits``); our own files are read here.
"""

from __future__ import annotations

import datetime
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.attribute_keys import unique_columns
from zoneeditor.core.errors import ReadError, WriteError
from zoneeditor.core.file_names import unique_slugs
from zoneeditor.core.messages import Message
from zoneeditor.core.model import (
    CORE_ATTRIBUTES,
    FORMAT_VERSION,
    Feature,
    LayerKind,
    Party,
    Project,
    ProjectMeta,
    Version,
)
from zoneeditor.io.gpkg_blobs import decode_gpkg_blobs, wkb_of
from zoneeditor.io.plain_errors import damaged_database, plain_reason
from zoneeditor.io.project_sqlite import (
    check_file,
    columns,
    connect,
    quoted,
    schema_objects,
    stored_value,
    table_rows,
)
from zoneeditor.io.project_tables import (
    GEOREFERENCES,
    META,
    PARTIES,
    REFERENCES,
    VERSIONS,
    ExtraTables,
    carry_foreign,
    own_tables,
)

__all__ = ["META", "PARTIES", "VERSIONS", "ExtraTables", "field_type", "layer_columns",
           "layer_schema", "own_tables", "read_project", "read_project_here", "slugs",
           "write_project"]

ID_FIELD = "zid"
_EMPTY = {
    LayerKind.ZONES: shape({"type": "Polygon", "coordinates": []}),
    LayerKind.LINES: shape({"type": "LineString", "coordinates": []}),
    LayerKind.POINTS: shape({"type": "Point", "coordinates": []}),
}


# -- writing ---------------------------------------------------------------------------------
def slugs(names: list[str]) -> dict[str, str]:
    """Readable, unique, ASCII table-name parts for version names ("Proposal B" -> proposal_b).
    ASCII: table names are identifiers every GIS and SQL tool must read; file names keep the
    version's script (``core.file_names``)."""
    return unique_slugs(names, _table_slug)


def _table_slug(name: str) -> str:
    """ASCII letters and digits of ``name``, lower case, other runs ``_``."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def field_type(values: list[Any]) -> str:
    """The fiona type that holds every value: bool, int, float, date, datetime, time or str
    (the fallback)."""
    present = [v for v in values if v is not None and v != ""]
    if present and all(isinstance(v, datetime.datetime) for v in present):
        return "datetime"
    if present and all(isinstance(v, datetime.date) and not isinstance(v, datetime.datetime)
                       for v in present):
        return "date"
    if present and all(isinstance(v, datetime.time) for v in present):
        return "time"
    if present and all(isinstance(v, bool) for v in present):
        return "bool"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "int"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "float"
    return "str"


def _to_field(value: Any, kind: str) -> Any:
    if value is None or (value == "" and kind != "str"):
        return None
    if kind == "str" and not isinstance(value, str):
        if isinstance(value, (list, dict)):
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, (datetime.date, datetime.time)):
            return value.isoformat()
        return str(value)
    return value


def layer_schema(features: list[Feature], layer: LayerKind,
                 columns: dict[str, str] | None = None) -> dict[str, Any]:
    """The fiona schema for one layer: geometry type and typed attribute columns
    (``columns``: ``layer_columns(features)``, when the caller has it already)."""
    types = {f.geometry.geom_type for f in features}
    geometry = {
        LayerKind.ZONES: "MultiPolygon" if types == {"MultiPolygon"} else
        ("Polygon" if types <= {"Polygon"} else "Unknown"),
        LayerKind.LINES: "LineString",
        LayerKind.POINTS: "Point",
    }[layer]
    props = {ID_FIELD: "str", **{k: "str" for k in CORE_ATTRIBUTES}}
    for key, column in (layer_columns(features) if columns is None else columns).items():
        if column not in props:
            props[column] = field_type([f.attributes.get(key) for f in features])
    return {"geometry": geometry, "properties": props}


def layer_columns(features: list[Feature]) -> dict[str, str]:
    """Each attribute key's column in the layer's table. Keys that differ only in letter
    case are one column to SQLite and GDAL: the later gets a free name (``name_ru_2``), so
    the layer can be written and both values kept (imports spell them alike before:
    ``core.attribute_keys``)."""
    counts = Counter(k for f in features for k in f.attributes)
    # of keys one column apart in letter case, the most used spelling keeps the column,
    # lower case first on a tie (the project's own "name_ru", not a stray "NAME_RU": a
    # reviewer saw name_ru become name_ru_2, and Russian labels lost)
    extra = sorted(set(counts) - set(CORE_ATTRIBUTES),
                   key=lambda k: (k.casefold(), -counts[k], k != k.lower(), k))
    columns = unique_columns([ID_FIELD, *CORE_ATTRIBUTES, *extra])
    del columns[ID_FIELD]
    return columns


def write_project(project: Project, path: Path | str, keep_backup: bool = False, *,
                  extra: Sequence[ExtraTables] = (), carry_from: Path | str | None = None
                  ) -> None:
    """Save ``project`` to ``path`` atomically (whole old file or whole new file, always).

    Tables in the file being replaced (or in ``carry_from``, the file a "save as" started
    from) that zoneeditor does not write are copied into the new file (``project_tables``);
    ``extra`` are tables other parts of zoneeditor write themselves at each save. Views and
    triggers are never copied. Afterwards this installation trusts the file (``io.trust``).
    WriteError, with the old file untouched, when anything fails.
    """
    import fiona  # only for writing: reading uses SQLite alone, and fiona loads GDAL

    # imported here, as fiona: a process that only reads (``diff``) never loads them
    from zoneeditor.io.atomic import atomic_path
    from zoneeditor.io.trust import remember_written

    path = Path(path)
    source = Path(carry_from) if carry_from is not None else path
    try:
        with atomic_path(path, keep_backup=keep_backup) as tmp:
            _write(project, tmp)
            # the reference layers' tables are written afresh (or not at all) at each save
            from zoneeditor.io.reference.store import reference_tables

            extra = [*extra, reference_tables(project.meta, path, source)]
            for tables in extra:
                tables.write(tmp)
            if source.is_file():
                carry_foreign(source, tmp, extra)
            remember_written(tmp)
    except WriteError:
        raise
    except (OSError, fiona.errors.FionaError, sqlite3.Error, ValueError) as exc:
        raise WriteError(str(path), plain_reason(exc, NOT_WRITTEN)) from exc
    except Exception as exc:  # GDAL's CPLE_* errors are no FionaError
        if type(exc).__module__.startswith("fiona"):
            raise WriteError(str(path), plain_reason(exc, NOT_WRITTEN)) from exc
        raise


#: Why a save failed when the library's words say nothing we recognise.
NOT_WRITTEN = Message("the project could not be written")


def _write(project: Project, tmp: Path) -> None:
    import fiona
    from fiona.crs import CRS

    from zoneeditor.io.fiona_geometry import fiona_geometry
    from zoneeditor.io.fiona_strays import collect_strays

    collect_strays()  # io.fiona_strays: no abandoned collection closes our GDAL env

    names = list(project.versions)
    slug = slugs(names)
    crs = CRS.from_epsg(4326)
    for name in names:
        version = project.versions[name]
        for layer in LayerKind:
            feats = version.layer(layer)
            columns = layer_columns(feats)
            schema = layer_schema(feats, layer, columns)
            with fiona.open(tmp, "w", driver="GPKG", layer=f"{layer.value}__{slug[name]}",
                            schema=schema, crs=crs, encoding="utf-8") as sink:
                kinds = schema["properties"]
                sink.writerecords(
                    {
                        "geometry": fiona_geometry(f.geometry) if not f.geometry.is_empty else None,
                        "properties": {
                            ID_FIELD: f.id,
                            **{column: _to_field(f.attributes.get(key), kinds[column])
                               for key, column in columns.items()},
                        },
                    }
                    for f in feats
                )
    _write_tables(project, tmp, slug)


def _write_tables(project: Project, tmp: Path, slug: dict[str, str]) -> None:
    import fiona

    m = project.meta
    meta = {"title": m.title, "author": m.author, "created": m.created, "modified": m.modified,
            "format_version": str(FORMAT_VERSION), "application": "zoneeditor"}
    if m.shown_version in project.versions:
        meta["shown_version"] = m.shown_version  # view state: the project reopens on it
    tables: dict[str, tuple[dict[str, str], list[dict[str, object]]]] = {
        META: ({"key": "str", "value": "str"}, [{"key": k, "value": v} for k, v in meta.items()]),
        PARTIES: ({"position": "int", "name": "str", "colour": "str", "name_local": "str"},
                  [{"position": i, "name": p.name, "colour": p.colour, "name_local": p.name_local}
                   for i, p in enumerate(m.parties)]),
        VERSIONS: ({"position": "int", "name": "str", "slug": "str", "description": "str"},
                   [{"position": i, "name": n, "slug": slug[n],
                     "description": project.versions[n].description}
                    for i, n in enumerate(project.versions)]),
    }
    for table, (props, rows) in tables.items():
        with fiona.open(tmp, "w", driver="GPKG", layer=table, encoding="utf-8",
                        schema={"geometry": "None", "properties": props}) as sink:
            sink.writerecords({"geometry": None, "properties": r} for r in rows)


# -- reading ---------------------------------------------------------------------------------
def read_project(path: Path | str, *, limits: Any = None, sandbox: bool | None = None
                 ) -> Project:
    """Open a project file; ReadError (naming the file and the problem) when it cannot.

    A file this installation wrote and that has not changed since (``io.trust``) is read
    here; any other goes through the sandboxed reader with ``limits`` (``io.sandbox.Limits``,
    by default 60 s and 2 GiB). ``sandbox`` forces one way or the other (tests, tools).
    """
    from zoneeditor.io.trust import is_trusted

    path = Path(path)
    check_file(path)
    if sandbox is None:
        sandbox = not is_trusted(path)
    if not sandbox:
        return read_project_here(path, limits=False)
    from zoneeditor.io.sandbox import read_project_untrusted

    return read_project_untrusted(path, limits)


def read_project_here(path: Path, limits: bool = True) -> Project:
    """Read a project file in this process (the sandboxed reader calls this in its child).

    SQLite only, SELECTs on base tables only; views standing in for our tables, computed
    columns and (with ``limits``) over-long text or too many columns are refused.
    """
    path = Path(path)
    check_file(path)
    try:
        con = connect(path)
    except sqlite3.Error as exc:
        raise ReadError(str(path), damaged_database(exc)) from exc
    try:
        return _read(con, path, limits)
    except ReadError:
        raise
    except (sqlite3.Error, ValueError, KeyError, TypeError, IndexError,
            shapely.errors.GEOSException) as exc:
        raise ReadError(str(path), plain_reason(exc, Message("its contents cannot be read"))
                        ) from exc
    finally:
        con.close()


def version_names(path: Path | str) -> list[str]:
    """The names of the versions in the project file at ``path``, in order, read quickly
    (SQLite alone, no layer is opened): to check ``PATH:VERSION`` before opening anything.
    ReadError when it is not a readable zoneeditor project."""
    path = Path(path)
    check_file(path)
    try:
        con = connect(path)
        try:
            schema_objects(con, path)
            rows = con.execute(f"SELECT name FROM {VERSIONS} ORDER BY position").fetchall()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise ReadError(str(path), Message("the list of versions cannot be read (%1)",
                                           plain_reason(exc))) from exc
    return [str(r[0]) for r in rows]


def _read(con: sqlite3.Connection, path: Path, limits: bool) -> Project:
    kinds = schema_objects(con, path)
    meta_rows = {r["key"]: r["value"] for r in table_rows(con, META, path)}
    fmt = int(meta_rows.get("format_version") or 0)
    if fmt > FORMAT_VERSION:
        raise ReadError(str(path), Message("made by a newer zoneeditor (format %1); please "
                                           "upgrade", fmt))
    party_rows = table_rows(con, PARTIES, path) if PARTIES in kinds else []
    parties = tuple(
        Party(str(r["name"]), str(r.get("colour") or "#808080"), str(r.get("name_local") or ""))
        for r in sorted(party_rows, key=lambda r: r.get("position") or 0)
    )
    meta = ProjectMeta(
        title=str(meta_rows.get("title") or "Untitled project"),
        parties=parties,
        author=str(meta_rows.get("author") or ""),
        created=str(meta_rows.get("created") or ""),
        modified=str(meta_rows.get("modified") or ""),
        format_version=fmt or FORMAT_VERSION,
        shown_version=str(meta_rows.get("shown_version") or ""),
    )
    if limits:
        _check_limits(meta_rows, Message("the project details"), path)
    geometry_columns = {str(t): str(c) for t, c in con.execute(
        "SELECT table_name, column_name FROM gpkg_geometry_columns")} \
        if "gpkg_geometry_columns" in kinds else {}
    if REFERENCES in kinds or GEOREFERENCES in kinds:  # else the readers are not imported
        from zoneeditor.io.reference.store import read_reference_tables

        references, georeferences = read_reference_tables(
            lambda table: table_rows(con, table, path), set(kinds), path)
        meta = replace(meta, references=references, georeferences=georeferences)
    versions = []
    for row in sorted(table_rows(con, VERSIONS, path), key=lambda r: r.get("position") or 0):
        v = Version(str(row["name"]), description=str(row.get("description") or ""))
        for layer in LayerKind:
            table = f"{layer.value}__{row['slug']}"
            if kinds.get(table) == "table":
                for f in _read_layer(con, path, table, layer, geometry_columns.get(table),
                                     limits):
                    v.features[f.id] = f
        versions.append(v)
    return Project.from_versions(meta, versions)


def _check_limits(props: dict[str, Any], where: str, path: Path) -> None:
    from zoneeditor.core.textlimits import column_problem, value_problem

    problem = column_problem(list(props), where) or value_problem(props, where)
    if problem:
        raise ReadError(str(path), problem)


def gpkg_geometry(blob: Any) -> BaseGeometry | None:
    """A shapely geometry from a GeoPackage geometry blob (header, envelope, then WKB)."""
    wkb = wkb_of(blob)
    if wkb is None:
        return None
    import numpy as np

    with np.errstate(invalid="ignore"):
        return shapely.from_wkb(wkb)


def _read_layer(con: sqlite3.Connection, path: Path, table: str, layer: LayerKind,
                geom_col: str | None, limits: bool) -> list[Feature]:
    cols = [c for c in columns(con, table, path) if c[0] not in ("fid", geom_col)]
    if limits:
        _check_limits({c: None for c, _ in cols}, table, path)
    select = ", ".join([quoted(geom_col) if geom_col else "NULL", *(quoted(c) for c, _ in cols)])
    raw = [(row[0], {c: stored_value(v, d) for (c, d), v in zip(cols, row[1:], strict=True)})
           for row in con.execute(f"SELECT {select} FROM {quoted(table)} ORDER BY rowid")]
    present = {c for _, r in raw for c, v in r.items() if v is not None}
    geometries = decode_gpkg_blobs([blob for blob, _ in raw])  # one call for the layer
    out = []
    for n, ((_, props), geom) in enumerate(zip(raw, geometries, strict=True), start=1):
        fid = props.pop(ID_FIELD, None) or f"{table}-{n}"
        if limits:
            _check_limits(props, Message("feature %1 of %2", repr(str(fid)[:40]), table), path)
        # NULL is "no value" (left out), except in a column that is NULL everywhere, which
        # is kept (as None) so the column itself survives; "" stays "".
        attrs = {k: ("" if v is None else v) if k in CORE_ATTRIBUTES else v
                 for k, v in props.items()
                 if k in CORE_ATTRIBUTES or v is not None or k not in present}
        out.append(Feature(str(fid), layer, geom if geom is not None else _EMPTY[layer], attrs))
    return out
