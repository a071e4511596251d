"""Reference layers and georeferencings in the project file: four tables of their own.

- ``zoneeditor_references``: one row per reference layer, bottom to top (id, name, kind,
  path as last found, path relative to the project file, visible, opacity, style as JSON,
  attribution, embedded copy hash, snap);
- ``zoneeditor_georeferences``: one row per scan being georeferenced (source, page, dpi,
  method, crs, output);
- ``zoneeditor_control_points``: one row per control point (georeference id, position, pixel
  column and row, lon, lat, enabled) — readable as a table in QGIS;
- ``zoneeditor_reference_blobs``: copies of reference files carried inside the project
  (sha256, file name, bytes), written with SQLite's incremental blob I/O so a large image is
  never held in memory whole.

``io.project_file`` writes them at every save as tables of their own (``reference_tables``,
through ``io.project_tables.own_tables``: never carried over from the old file) and reads them
with its own SQLite reader (``read_reference_tables``); a project without these tables has no
references.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import asdict
from functools import partial
from pathlib import Path
from typing import Any

from zoneeditor.core.errors import ReadError, WriteError
from zoneeditor.core.messages import Message
from zoneeditor.core.model import ProjectMeta
from zoneeditor.core.reference import (
    ControlPoint,
    Georeference,
    ReferenceLayer,
    ReferenceStyle,
)
from zoneeditor.io.plain_errors import plain_reason
from zoneeditor.io.project_tables import (
    CONTROL_POINTS,
    GEOREFERENCES,
    REFERENCES,
    ExtraTables,
    own_tables,
)
from zoneeditor.io.project_tables import REFERENCE_BLOBS as BLOBS

#: Every table this module writes (a save keeps no stale copy of them).
TABLES = (REFERENCES, GEOREFERENCES, CONTROL_POINTS, BLOBS)

_CHUNK = 1 << 20


def _relative(path: str, project: Path) -> str:
    try:
        return os.path.relpath(path, project.parent.resolve())
    except ValueError:  # another drive (Windows)
        return ""


def _write_table(tmp: Path, table: str, props: dict[str, str], rows: list[dict[str, Any]]
                 ) -> None:
    import fiona  # only when saving: reading a project (every CLI command) needs no GDAL

    with fiona.open(tmp, "w", driver="GPKG", layer=table, encoding="utf-8",
                    schema={"geometry": "None", "properties": props}) as sink:
        sink.writerecords({"geometry": None, "properties": r} for r in rows)


def reference_tables(meta: ProjectMeta, target: Path, previous: Path) -> ExtraTables:
    """The reference tables of ``meta``, to write at a save of the project to ``target``
    (``write_project`` adds them itself). They are written afresh, or not at all when the
    project has no references, so a removed reference does not come back from the old file;
    a carried copy still inside ``previous`` (the file being replaced, or the one a "save
    as" started from) is copied from there."""
    return own_tables("reference layers", TABLES,
                      lambda tmp: write_reference_tables(meta, tmp, target, previous))


def write_reference_tables(meta: ProjectMeta, tmp: Path, target: Path,
                           previous: Path | None = None) -> None:
    """Write the reference tables of ``meta`` into the GeoPackage being saved at ``tmp``
    (which will become ``target``: relative paths are computed against it; carried copies
    missing from the cache are taken from ``previous``, by default ``target``)."""
    if not meta.references and not meta.georeferences:
        return
    _write_table(tmp, REFERENCES, {
        "position": "int", "id": "str", "name": "str", "kind": "str", "path": "str",
        "relative_path": "str", "visible": "int", "opacity": "float", "style": "str",
        "attribution": "str", "embedded": "str", "snap": "int"},
        [{"position": i, "id": r.id, "name": r.name, "kind": r.kind, "path": r.path,
          "relative_path": _relative(r.path, target) if r.path else "",
          "visible": int(r.visible), "opacity": r.opacity,
          "style": json.dumps(asdict(r.style)), "attribution": r.attribution,
          "embedded": r.embedded, "snap": int(r.snap)}
         for i, r in enumerate(meta.references)])
    _write_table(tmp, GEOREFERENCES, {
        "position": "int", "id": "str", "source": "str", "relative_source": "str",
        "page": "int", "dpi": "float", "method": "str", "crs": "str", "output": "str"},
        [{"position": i, "id": g.id, "source": g.source,
          "relative_source": _relative(g.source, target) if g.source else "",
          "page": g.page, "dpi": g.dpi, "method": g.method, "crs": g.crs, "output": g.output}
         for i, g in enumerate(meta.georeferences)])
    _write_table(tmp, CONTROL_POINTS, {
        "georeference": "str", "position": "int", "id": "str", "pixel_x": "float",
        "pixel_y": "float", "lon": "float", "lat": "float", "enabled": "int"},
        [{"georeference": g.id, "position": i, "id": p.id, "pixel_x": p.px, "pixel_y": p.py,
          "lon": p.lon, "lat": p.lat, "enabled": int(p.enabled)}
         for g in meta.georeferences for i, p in enumerate(g.points)])
    embedded = sorted({r.embedded for r in meta.references if r.embedded})
    if embedded:
        _write_blobs(tmp, previous if previous is not None else target, embedded)


def _write_blobs(tmp: Path, target: Path, shas: list[str]) -> None:
    from zoneeditor.io.reference.blobs import find_blob

    con = sqlite3.connect(tmp)
    try:
        con.execute(f"CREATE TABLE IF NOT EXISTS {BLOBS} (sha256 TEXT PRIMARY KEY, "
                    "name TEXT NOT NULL, data BLOB NOT NULL)")
        for sha in shas:
            local = find_blob(sha)
            if local is not None:
                size = local.stat().st_size
                cur = con.execute(f"INSERT INTO {BLOBS} (sha256, name, data) VALUES "
                                  "(?, ?, zeroblob(?))", (sha, local.name, size))
                assert cur.lastrowid is not None  # the row just inserted
                with con.blobopen(BLOBS, "data", cur.lastrowid) as blob, local.open("rb") as fh:
                    for chunk in iter(partial(fh.read, _CHUNK), b""):
                        blob.write(chunk)
            elif not _copy_from_old(con, target, sha):
                raise WriteError(str(target), Message("the copy of a reference file (%1) "
                                                      "carried in the project is missing",
                                                      sha[:12]))
        con.commit()
    finally:
        con.close()


def _copy_from_old(con: sqlite3.Connection, old: Path, sha: str) -> bool:
    """Copy a blob row from the project file being replaced (the copy was carried in)."""
    if not old.exists():
        return False
    con.execute("ATTACH DATABASE ? AS old", (str(old),))
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM old.sqlite_master")}
        if BLOBS not in tables:
            return False
        cur = con.execute(f"INSERT INTO main.{BLOBS} SELECT sha256, name, data FROM "
                          f"old.{BLOBS} WHERE sha256 = ?", (sha,))
        return cur.rowcount == 1
    finally:
        con.commit()
        con.execute("DETACH DATABASE old")


def _resolved(stored: str, relative: str, project: Path) -> str:
    """The absolute path to use: beside the project (relative) when found there, else as
    stored (the project folder may have moved with its data, or the data stayed put)."""
    if relative:
        candidate = (project.parent / relative).resolve()
        if candidate.exists():
            return str(candidate)
    return stored


def read_reference_tables(rows: Callable[[str], list[dict[str, Any]]], tables: set[str],
                          path: Path) -> tuple[tuple[ReferenceLayer, ...],
                                               tuple[Georeference, ...]]:
    """References and georeferencings stored in the project file at ``path``, whose tables
    are ``tables`` and whose rows ``rows(table)`` gives (the project reader's own SQLite
    reading: no GDAL, no views); empty when it has none. Copies the project carries are
    extracted into the cache folder (once per copy), so a later save elsewhere can write
    them again."""
    refs: list[ReferenceLayer] = []
    georefs: list[Georeference] = []
    if REFERENCES in tables:
        for r in sorted(rows(REFERENCES), key=lambda r: r["position"]):
            try:
                style = ReferenceStyle(**json.loads(r.get("style") or "{}"))
            except (ValueError, TypeError):
                style = ReferenceStyle()
            refs.append(ReferenceLayer(
                id=r["id"], name=r.get("name") or "", kind=r.get("kind") or "vector",
                path=_resolved(r.get("path") or "", r.get("relative_path") or "", path),
                visible=bool(r.get("visible", 1)), opacity=float(r.get("opacity") or 0.0),
                style=style, attribution=r.get("attribution") or "",
                embedded=r.get("embedded") or "", snap=bool(r.get("snap", 1))))
    if GEOREFERENCES in tables:
        points: dict[str, list[tuple[int, ControlPoint]]] = {}
        if CONTROL_POINTS in tables:
            for p in rows(CONTROL_POINTS):
                points.setdefault(p["georeference"], []).append((p["position"], ControlPoint(
                    p["id"], float(p["pixel_x"]), float(p["pixel_y"]), float(p["lon"]),
                    float(p["lat"]), bool(p.get("enabled", 1)))))
        for g in sorted(rows(GEOREFERENCES), key=lambda r: r["position"]):
            pts = tuple(cp for _, cp in sorted(points.get(g["id"], []), key=lambda t: t[0]))
            georefs.append(Georeference(
                id=g["id"], source=_resolved(g.get("source") or "", g.get("relative_source")
                                             or "", path),
                page=int(g.get("page") or 0), dpi=float(g.get("dpi") or 200.0),
                method=g.get("method") or "affine", crs=g.get("crs") or "", points=pts,
                output=g.get("output") or ""))
    for sha in {r.embedded for r in refs if r.embedded}:
        with contextlib.suppress(ReadError, OSError):  # reported when it is shown
            extract_blob(path, sha)
    return tuple(refs), tuple(georefs)


def extract_blob(project: Path, sha: str) -> Path:
    """The copy with hash ``sha`` carried in the project file, extracted into the cache
    folder (once); ReadError when the project does not carry it."""
    from zoneeditor.io.reference.blobs import blob_path, find_blob

    found = find_blob(sha)
    if found is not None:
        return found
    try:
        con = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ReadError(str(project), Message("cannot open it to read a carried copy (%1)",
                                              plain_reason(exc))) from exc
    try:
        row = con.execute(f"SELECT rowid, name FROM {BLOBS} WHERE sha256 = ?", (sha,)
                          ).fetchone()
        if row is None:
            raise ReadError(str(project), Message("it does not carry the reference copy %1",
                                                  sha[:12]))
        target = blob_path(sha, Path(row[1]).name)
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name("." + target.name + ".part")
        with con.blobopen(BLOBS, "data", row[0], readonly=True) as blob, part.open("wb") as fh:
            while chunk := blob.read(_CHUNK):
                fh.write(chunk)
        part.replace(target)
        return target
    except sqlite3.Error as exc:
        raise ReadError(str(project), Message("its carried reference copy is damaged (%1)",
                                              plain_reason(exc))) from exc
    finally:
        con.close()
