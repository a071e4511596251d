"""The project file: one ordinary GeoPackage that GDAL and QGIS open as it is.

Layout (format version 1):

- per version, three feature layers ``zones__<slug>``, ``lines__<slug>``, ``points__<slug>``
  (EPSG:4326), each feature with a ``zid`` text column holding its stable id, the core
  attributes (name, name_local, party, status, kind, notes) and any other attributes kept
  from imports;
- attribute tables ``zoneeditor_meta`` (key, value), ``zoneeditor_parties`` and
  ``zoneeditor_versions`` (name, slug, description, in order).

Features go through fiona; saving is atomic (io.atomic). Text is UTF-8 throughout.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import fiona
from fiona.crs import CRS
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.errors import ReadError, WriteError
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
from zoneeditor.io.atomic import atomic_path
from zoneeditor.io.reference.store import read_reference_tables, write_reference_tables

META, PARTIES, VERSIONS = "zoneeditor_meta", "zoneeditor_parties", "zoneeditor_versions"
ID_FIELD = "zid"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_EMPTY = {
    LayerKind.ZONES: shape({"type": "Polygon", "coordinates": []}),
    LayerKind.LINES: shape({"type": "LineString", "coordinates": []}),
    LayerKind.POINTS: shape({"type": "Point", "coordinates": []}),
}


# -- writing ---------------------------------------------------------------------------------
def slugs(names: list[str]) -> dict[str, str]:
    """Readable, unique, ASCII table-name parts for version names ("Proposal B" -> proposal_b)."""
    out: dict[str, str] = {}
    for i, name in enumerate(names):
        base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or f"v{i + 1}"
        slug, n = base, 2
        while slug in out.values():
            slug, n = f"{base}_{n}", n + 1
        out[name] = slug
    return out


def field_type(values: list[Any]) -> str:
    """The fiona type that holds every value: bool, int, float or str (the fallback)."""
    present = [v for v in values if v is not None and v != ""]
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
        return str(value)
    return value


def layer_schema(features: list[Feature], layer: LayerKind) -> dict[str, Any]:
    """The fiona schema for one layer: geometry type and typed attribute columns."""
    types = {f.geometry.geom_type for f in features}
    geometry = {
        LayerKind.ZONES: "MultiPolygon" if types == {"MultiPolygon"} else
        ("Polygon" if types <= {"Polygon"} else "Unknown"),
        LayerKind.LINES: "LineString",
        LayerKind.POINTS: "Point",
    }[layer]
    extra = sorted({k for f in features for k in f.attributes} - set(CORE_ATTRIBUTES))
    props = {ID_FIELD: "str", **{k: "str" for k in CORE_ATTRIBUTES}}
    for key in extra:
        props[key] = field_type([f.attributes.get(key) for f in features])
    return {"geometry": geometry, "properties": props}


def write_project(project: Project, path: Path | str, keep_backup: bool = False) -> None:
    """Save ``project`` to ``path`` atomically (whole old file or whole new file, always)."""
    path = Path(path)
    try:
        with atomic_path(path, keep_backup=keep_backup) as tmp:
            _write(project, tmp)
            write_reference_tables(project.meta, tmp, path)  # io/reference/store.py
    except (OSError, fiona.errors.FionaError, sqlite3.Error) as exc:
        raise WriteError(str(path), _reason(exc)) from exc


def _write(project: Project, tmp: Path) -> None:
    names = list(project.versions)
    slug = slugs(names)
    crs = CRS.from_epsg(4326)
    for name in names:
        version = project.versions[name]
        for layer in LayerKind:
            feats = version.layer(layer)
            schema = layer_schema(feats, layer)
            with fiona.open(tmp, "w", driver="GPKG", layer=f"{layer.value}__{slug[name]}",
                            schema=schema, crs=crs, encoding="utf-8") as sink:
                kinds = schema["properties"]
                sink.writerecords(
                    {
                        "geometry": mapping(f.geometry) if not f.geometry.is_empty else None,
                        "properties": {
                            ID_FIELD: f.id,
                            **{k: _to_field(f.attributes.get(k), kinds[k])
                               for k in kinds if k != ID_FIELD},
                        },
                    }
                    for f in feats
                )
    _write_tables(project, tmp, slug)


def _write_tables(project: Project, tmp: Path, slug: dict[str, str]) -> None:
    m = project.meta
    meta = {"title": m.title, "author": m.author, "created": m.created, "modified": m.modified,
            "format_version": str(FORMAT_VERSION), "application": "zoneeditor"}
    tables = {
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
def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text


def _check_container(path: Path) -> None:
    if not path.exists():
        raise ReadError(str(path), "no such file")
    if path.is_dir():
        raise ReadError(str(path), "it is a folder, not a project file")
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) == 0:
        raise ReadError(str(path), "the file is empty (0 bytes)")
    if not head.startswith(_SQLITE_MAGIC):
        raise ReadError(str(path), "not a GeoPackage (it is not an SQLite database)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise ReadError(str(path), f"the database is damaged ({_reason(exc)})") from exc
    if result != "ok":
        raise ReadError(str(path), f"the database is damaged (integrity check: {result})")
    if META not in tables or VERSIONS not in tables:
        raise ReadError(str(path), "not a zoneeditor project (no zoneeditor_meta table); "
                                   "use 'zoneeditor import' to bring its layers into a project")


def _rows(path: Path, table: str) -> list[dict[str, Any]]:
    with fiona.open(path, layer=table, encoding="utf-8") as src:
        return [dict(r.properties) for r in src]


def read_project(path: Path | str) -> Project:
    """Open a project file; ReadError (naming the file and the problem) when it cannot."""
    path = Path(path)
    _check_container(path)
    try:
        return _read(path)
    except ReadError:
        raise
    except (fiona.errors.FionaError, OSError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(str(path), _reason(exc)) from exc


def _read(path: Path) -> Project:
    meta_rows = {r["key"]: r["value"] for r in _rows(path, META)}
    fmt = int(meta_rows.get("format_version") or 0)
    if fmt > FORMAT_VERSION:
        raise ReadError(str(path), f"made by a newer zoneeditor (format {fmt}); please upgrade")
    parties = tuple(
        Party(r["name"], r.get("colour") or "#808080", r.get("name_local") or "")
        for r in sorted(_rows(path, PARTIES), key=lambda r: r["position"])
    )
    meta = ProjectMeta(
        title=meta_rows.get("title") or "Untitled project",
        parties=parties,
        author=meta_rows.get("author") or "",
        created=meta_rows.get("created") or "",
        modified=meta_rows.get("modified") or "",
        format_version=fmt or FORMAT_VERSION,
    )
    layers = set(fiona.listlayers(path))
    references, georeferences = read_reference_tables(path, layers)
    meta = replace(meta, references=references, georeferences=georeferences)
    versions = []
    for row in sorted(_rows(path, VERSIONS), key=lambda r: r["position"]):
        v = Version(row["name"], description=row.get("description") or "")
        for layer in LayerKind:
            table = f"{layer.value}__{row['slug']}"
            if table in layers:
                for f in _read_layer(path, table, layer):
                    v.features[f.id] = f
        versions.append(v)
    return Project.from_versions(meta, versions)


def _read_layer(path: Path, table: str, layer: LayerKind) -> list[Feature]:
    out = []
    with fiona.open(path, layer=table, encoding="utf-8") as src:
        for rec in src:
            props = dict(rec.properties)
            fid = props.pop(ID_FIELD, None) or f"{table}-{rec.id}"
            attrs = {k: ("" if v is None else v) for k, v in props.items()
                     if k in CORE_ATTRIBUTES or (v is not None and v != "")}
            geom: BaseGeometry = shape(rec.geometry) if rec.geometry is not None else _EMPTY[layer]
            out.append(Feature(fid, layer, geom, attrs))
    return out
