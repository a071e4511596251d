"""Reading foreign files into plain records. Runs inside the sandboxed reader process.

Everything that touches untrusted bytes with C code (GDAL, PROJ, SQLite, GEOS) happens here,
so a crash takes down the child, not the editor. The result is plain data: per layer, the
records (shapely geometry in WGS84 or None, raw attributes, a per-record issue) and notes
about the file (severity, code, message) for the importer to turn into problems.

A ``ReadFailure`` means the file cannot be read at all; its message names the problem. Every
sentence here is a ``core.messages.Message`` (the window translates it; the sandbox carries
it across, ``io.sandbox_codec``); names, counts and columns are its arguments.
"""

from __future__ import annotations

import datetime
import sqlite3
import tempfile
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.messages import Message, counted
from zoneeditor.io import safezip
from zoneeditor.io.exchange.feature_limit import (
    TooManyFeatures,
    check_count,
    check_seen,
    within,
)
from zoneeditor.io.exchange.read_terms import ReadFailure, ReadOptions
from zoneeditor.io.plain_errors import damaged_database, plain_reason
from zoneeditor.io.sqlite_header import SQLITE_MAGIC

SHP_MAGIC = b"\x00\x00\x27\x0a"
#: Extensions read directly; anything else is sniffed by its first bytes.
SUFFIXES = {".shp": "shp", ".dbf": "shp", ".shx": "shp", ".gpkg": "gpkg", ".geojson": "geojson",
            ".json": "geojson", ".kml": "kml", ".kmz": "kmz", ".zip": "zip"}


def ring_too_short(positions: int) -> Message:
    """Why a ring of ``positions`` positions *as the file gives them* cannot be a ring: a
    reader must count before closing it (an outside tester's 2-position ring was reported
    as "a ring has 3 positions", the closing position the reader added counted)."""
    return counted("a ring has %n position(s) in the file (at least 4 are needed: three "
                   "corners and the first repeated at the end)", positions)


#: Why a file's own coordinate system cannot be used: a layer's ``crs`` is "!" and one of
#: these (the readers set it, ``apply_crs`` says it).
PRJ_EMPTY = Message("the .prj file is empty")
PRJ_UNKNOWN = Message("the .prj file is not a coordinate system PROJ understands")
CRS_MEMBER_UNKNOWN = Message("its crs member cannot be understood")
_CRS_REASONS = {str(m): m for m in (PRJ_EMPTY, PRJ_UNKNOWN, CRS_MEMBER_UNKNOWN)}


@dataclass
class RawLayer:
    """One layer as read: records with WGS84 geometry (or None) and raw attributes."""

    name: str
    records: list[dict[str, Any]] = field(default_factory=list)
    crs: str = "EPSG:4326"
    encoding: str | None = None
    #: False when ``apply_crs`` could not tell where the coordinates lie (no or an unreadable
    #: coordinate system, and they are not longitude/latitude): the records keep the
    #: file's own numbers, and no check on them as longitude/latitude means anything.
    placed: bool = True


@dataclass
class RawRead:
    """What the reader found: layers and notes (severity, code, message, suggestion)."""

    format: str
    layers: list[RawLayer] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)

    def note(self, severity: str, code: str, message: str, suggestion: str = "",
             left_out: int = 0) -> None:
        """Record something the user must hear about this file; ``left_out`` is how many of
        the file's features it means cannot be imported (that no record stands for)."""
        note: dict[str, Any] = {"severity": severity, "code": code, "message": message,
                                "suggestion": suggestion}
        if left_out:
            note["left_out"] = left_out
        self.notes.append(note)


def kind_of(path: Path) -> str:
    """The reader for ``path``: by extension, else by its first bytes."""
    by_ext = SUFFIXES.get(path.suffix.lower())
    with path.open("rb") as fh:
        head = fh.read(512)
    if not head:
        raise ReadFailure(Message("the file is empty (0 bytes)"))
    if by_ext:
        return by_ext
    if head.startswith(SQLITE_MAGIC):
        return "gpkg"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(SHP_MAGIC):
        return "shp"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{"):
        return "geojson"
    if text.startswith(b"<") and b"<kml" in head.lower():
        return "kml"
    raise ReadFailure(Message("not a file type zoneeditor reads (shapefile, GeoPackage, GeoJSON, "
                              "KML, or a zip of them)"))


def read_raw(path: Path, options: ReadOptions | None = None) -> RawRead:
    """Read any supported file into plain WGS84 records (in this process; see io.sandbox).

    Text limits (``core.textlimits``) are enforced here, in the reader's process: a file
    with a 200 MB name or 5,000 columns is refused before anything is sent to the editor.
    """
    options = options or ReadOptions()
    result = _read_any(Path(path), options)
    check_limits(result)
    flatten_heights(result)
    apply_crs(result, options)
    return result


def flatten_heights(result: RawRead) -> None:
    """Leave the heights (Z) of the records out, and say how many had them: a project keeps
    zones, lines and points on the ground (lon/lat), and a height dropped in silence is
    data lost in silence (a tester's PolygonZ shapefile and GeoJSON said nothing)."""
    import shapely

    heights = 0
    for layer in result.layers:
        for rec in layer.records:
            g = rec.get("geometry")
            if g is not None and g.has_z:
                rec["geometry"] = shapely.force_2d(g)
                heights += 1
            elif rec.pop("had_z", False):
                heights += 1
    if heights:
        result.note("warning", "heights", counted(
            "the heights (Z) were left out of %n feature(s): zones, lines and points are kept "
            "on the ground, by longitude and latitude", heights))


def check_limits(result: RawRead) -> None:
    """ReadFailure naming the layer, feature and column when text exceeds the limits."""
    from zoneeditor.core.schema import recognise
    from zoneeditor.core.textlimits import column_problem, quote, value_problem

    for layer in result.layers:
        columns = list(dict.fromkeys(k for r in layer.records for k in (r.get("props") or {})))
        problem = column_problem(columns, layer.name)
        if problem:
            raise ReadFailure(problem)
        name_column = recognise(columns).column("name")
        for n, rec in enumerate(layer.records, start=1):
            props = rec.get("props") or {}
            name = props.get(name_column) if name_column else None
            fid = rec.get("fid") or n
            label = Message("feature %1 (%2)", fid, quote(name.strip(), 40)) \
                if isinstance(name, str) and name.strip() else Message("feature %1", fid)
            problem = value_problem(props, label)
            if problem:
                raise ReadFailure(Message("%1: %2", layer.name, problem))


def _read_any(path: Path, options: ReadOptions) -> RawRead:
    if not path.exists():
        raise ReadFailure(Message("no such file"))
    if path.is_dir():
        raise ReadFailure(Message("it is a folder, not a file"))
    try:
        kind = kind_of(path)
    except PermissionError as exc:
        raise ReadFailure(Message("permission denied (the file is not readable)")) from exc
    if kind == "shp":
        from zoneeditor.io.exchange.shapefile_reader import read_shapefile

        result = read_shapefile(path, options)
    elif kind == "gpkg":
        result = read_gpkg(path, options)
    elif kind == "geojson":
        from zoneeditor.io.exchange.geojson_reader import read_geojson

        result = read_geojson(path, options)
    elif kind == "kml":
        result = read_kml(path.read_bytes(), path.name, options.encoding,
                          options.max_features)
    else:
        result = read_zip(path, options, kind)
    return result


# -- CRS -------------------------------------------------------------------------------------
#: The advice given with every coordinate system the file leaves open.
CHOOSE_CRS = Message("choose the coordinate system with --assume-crs EPSG:N")


def horizontal_crs(crs: Any, result: RawRead) -> Any:
    """The horizontal part of a compound (or bound) CRS, with a note when one was dropped."""
    if crs.is_compound:
        horizontal = crs.sub_crs_list[0]
        vertical = ", ".join(c.name for c in crs.sub_crs_list[1:])
        result.note("note", "vertical-datum",
                    Message("the coordinate system %1 includes a vertical datum (%2); only its "
                            "horizontal part (%3) is used", repr(crs.name), vertical,
                            horizontal.name))
        crs = horizontal
    if crs.is_bound:
        crs = crs.source_crs
    return crs


def _mostly_beyond_lonlat(geoms: list[BaseGeometry]) -> bool:
    """Whether most coordinates lie beyond any longitude/latitude (metres taken for
    degrees); a few stray ones are the features' own problems, said per feature."""
    import numpy as np

    coords = [shapely.get_coordinates(g) for g in geoms if g is not None and not g.is_empty]
    if not coords:
        return False
    xy = np.concatenate(coords)
    xy = xy[np.isfinite(xy).all(axis=1)]
    beyond = (np.abs(xy[:, 0]) > 180) | (np.abs(xy[:, 1]) > 90)
    return bool(len(xy) and beyond.mean() > 0.5)


def _in_lonlat_range(geoms: list[BaseGeometry]) -> bool:
    coords = [shapely.get_coordinates(g) for g in geoms if g is not None and not g.is_empty]
    if not coords:
        return True
    import numpy as np

    xy = np.concatenate(coords)
    finite = xy[np.isfinite(xy).all(axis=1)]
    if finite.size == 0:
        return True
    return bool((np.abs(finite[:, 0]) <= 180).all() and (np.abs(finite[:, 1]) <= 90).all())


def apply_crs(result: RawRead, options: ReadOptions) -> None:
    """Reproject each layer to WGS84 lon/lat; decide (and say) when the CRS is unknown.

    A layer's ``crs`` holds its source CRS text as read, "" when the file gave none, or
    "!<reason>" when it gave one that cannot be understood.
    """
    from pyproj import CRS, Transformer
    from pyproj.exceptions import CRSError

    wgs84 = CRS.from_epsg(4326)
    for layer in result.layers:
        geoms = [r["geometry"] for r in layer.records]
        source = None
        if options.assume_crs:
            try:
                source = CRS.from_user_input(options.assume_crs)
            except CRSError as exc:
                raise ReadFailure(Message("--assume-crs %1 is not a coordinate system PROJ knows",
                                          repr(options.assume_crs[:60]))) from exc
            if layer.crs and not layer.crs.startswith("!"):
                result.note("note", "crs-overridden",
                            Message("%1: the file's own coordinate system was ignored; %2 was "
                                    "assumed as asked", layer.name, options.assume_crs))
            if source.is_geographic and _mostly_beyond_lonlat(geoms):
                # metres taken for degrees: one sentence for the layer, not one per feature
                # "outside longitude/latitude range at 3.9e+06°N"
                result.note("error", "crs-unreadable",
                            Message("%1: the coordinates are not longitude/latitude, so they "
                                    "cannot be in %2 as assumed", layer.name,
                                    options.assume_crs), CHOOSE_CRS)
                layer.placed = False
                continue
        elif layer.crs.startswith("!"):
            reason = _CRS_REASONS.get(layer.crs[1:]) \
                or Message("its coordinate system cannot be understood")
            if _in_lonlat_range(geoms):
                result.note("warning", "crs-unreadable",
                            Message("%1: %2; its coordinates are within longitude/latitude "
                                    "range, so WGS 84 (EPSG:4326) was assumed", layer.name,
                                    reason), CHOOSE_CRS)
                source = wgs84
            else:
                result.note("error", "crs-unreadable",
                            Message("%1: %2, and its coordinates are not longitude/latitude",
                                    layer.name, reason), CHOOSE_CRS)
                layer.placed = False
                continue
        elif not layer.crs:
            if _in_lonlat_range(geoms):
                result.note("note", "crs-guessed",
                            Message("%1: no coordinate system given (no .prj); all coordinates "
                                    "are within longitude/latitude range, so WGS 84 "
                                    "(EPSG:4326) was assumed", layer.name),
                            Message("choose another with --assume-crs EPSG:N if that is wrong"))
                source = wgs84
            else:
                result.note("error", "crs-missing",
                            Message("%1: no coordinate system given (the .prj file is missing) "
                                    "and the coordinates are not longitude/latitude",
                                    layer.name), CHOOSE_CRS)
                layer.placed = False
                continue
        else:
            try:
                source = horizontal_crs(CRS.from_user_input(layer.crs), result)
            except CRSError:
                source = None
            if source is None:
                result.note("error", "crs-unreadable",
                            Message("%1: its coordinate system cannot be understood",
                                    layer.name), CHOOSE_CRS)
                layer.placed = False
                continue
        layer.crs = source.to_string() if source.to_epsg() is None else f"EPSG:{source.to_epsg()}"
        if source.equals(wgs84, ignore_axis_order=True):
            continue
        transformer = Transformer.from_crs(source, wgs84, always_xy=True)
        result.note("note", "reprojected",
                    Message("%1: reprojected from %2 (%3) to WGS 84", layer.name, source.name,
                            layer.crs))
        for rec in layer.records:
            g = rec["geometry"]
            if g is None or g.is_empty:
                continue
            rec["geometry"] = shapely.transform(g, partial(_project, transformer))


def _project(transformer: Any, xy: Any) -> Any:
    import numpy as np

    x, y = transformer.transform(xy[:, 0], xy[:, 1], errcheck=False)
    return np.column_stack([x, y])


# -- GeoPackage ------------------------------------------------------------------------------
def read_gpkg(path: Path, options: ReadOptions) -> RawRead:
    """Read the feature layers of a GeoPackage (a zoneeditor project: its agreed version)."""
    import fiona

    with path.open("rb") as fh:
        if not fh.read(16).startswith(SQLITE_MAGIC):
            raise ReadFailure(Message("not a GeoPackage (it is not an SQLite database)"))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            con.execute("PRAGMA trusted_schema=OFF")
            check = con.execute("PRAGMA integrity_check").fetchone()[0]
            views = {str(r[1]): str(r[0]) for r in con.execute(
                "SELECT type, name FROM sqlite_master")}
            tables = set(views)
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise ReadFailure(damaged_database(exc)) from exc
    if check != "ok":
        # SQLite's integrity report names pages and indexes: nothing a user can act on
        raise ReadFailure(Message("the database is damaged (it fails SQLite's integrity check)"))
    if "gpkg_contents" not in tables:
        raise ReadFailure(Message("an SQLite database but not a GeoPackage (no gpkg_contents "
                                  "table)"))
    result = RawRead("GeoPackage")
    for system in ("gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys"):
        if views.get(system) == "view":
            raise ReadFailure(Message("its table %1 has been replaced by a database view, which "
                                      "zoneeditor never runs", repr(system)))
    try:
        names = fiona.listlayers(path)
    except Exception as exc:  # GDAL errors come in many classes
        raise ReadFailure(Message("its layers cannot be listed (%1)", plain_reason(exc))) from exc
    if "zoneeditor_meta" in tables and not options.layers:
        chosen = [n for n in names if n.endswith("__agreed")]
        result.note("note", "project-file", Message("a zoneeditor project: its agreed version was "
                                                    "read (open it with the editor to see every "
                                                    "version)"))
    else:
        chosen = [n for n in names if not options.layers or n in options.layers]
    if options.max_features is not None and "gpkg_geometry_columns" in tables:
        # the rows SQLite counts, before any is read
        check_count(_row_count(path, [n for n in chosen if views.get(n) == "table"]),
                    options.max_features)
    seen = 0
    for name in chosen:
        if views.get(name) == "view":
            result.note("warning", "view-skipped",
                        Message("layer %1 is a database view, which zoneeditor never runs (a "
                                "view can run forever or fill the memory); it was not read",
                                repr(name)),
                        Message("export the view's rows as a table with another tool"))
            continue
        with fiona.open(path, layer=name, encoding="utf-8") as src:
            if src.schema.get("geometry") in (None, "None"):
                if options.layers or "zoneeditor_meta" not in tables:
                    result.note("note", "no-geometry-layer",
                                Message("layer %1 has no geometry (a plain table); it was not "
                                        "imported", repr(name)))
                continue
            crs_wkt = src.crs.to_wkt() if src.crs else ""
            layer = RawLayer(name.split("__")[0] if "__" in name else name, crs=crs_wkt,
                             encoding="utf-8")
            kinds = dict(src.schema.get("properties") or {})
            for rec in src:
                seen += 1
                check_seen(seen, options.max_features)  # a count that lied is still caught here
                layer.records.append(_record(rec, kinds))
        result.layers.append(layer)
    if not result.layers:
        result.note("warning", "no-layers", Message("the GeoPackage has no feature layers"))
    return result


def _row_count(path: Path, tables: list[str]) -> int:
    """How many rows the feature tables among ``tables`` (those with a geometry column)
    hold in all, counted by SQLite: not the feature count a GeoPackage stores of itself
    (``gpkg_ogr_contents``), which anyone can write."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        con.execute("PRAGMA trusted_schema=OFF")
        spatial = {str(r[0]) for r in con.execute(
            "SELECT table_name FROM gpkg_geometry_columns")}
        return sum(int(con.execute(
            'SELECT COUNT(*) FROM "{}"'.format(t.replace('"', '""'))).fetchone()[0])
            for t in tables if t in spatial)
    except sqlite3.Error as exc:
        raise ReadFailure(damaged_database(exc)) from exc
    finally:
        con.close()


def typed_value(value: Any, kind: str | None) -> Any:
    """A value read through fiona as its declared type: fiona gives dates as text."""
    if isinstance(value, str) and kind:
        base = kind.split(":")[0]
        kinds: dict[str, type[datetime.date] | type[datetime.time]] = {
            "date": datetime.date, "datetime": datetime.datetime, "time": datetime.time}
        parse = kinds.get(base)
        if parse is not None:
            try:
                return parse.fromisoformat(value)
            except ValueError:
                return value
    return value


def _record(rec: Any, kinds: dict[str, str] | None = None) -> dict[str, Any]:
    geom, issue = None, None
    if rec.geometry is not None:
        try:
            geom = shapely.geometry.shape(rec.geometry)
        except (ValueError, TypeError, AttributeError, shapely.errors.GEOSException) as exc:
            issue = Message("its geometry cannot be read (%1)",
                            plain_reason(exc, Message("it is malformed")))
    kinds = kinds or {}
    props = {k: typed_value(v, kinds.get(k)) for k, v in rec.properties.items()}
    return {"fid": str(rec.id), "geometry": geom, "props": props, "issue": issue}


# -- KML and zips ----------------------------------------------------------------------------
def read_kml(data: bytes, name: str, encoding: str | None = None,
             max_features: int | None = None) -> RawRead:
    """Placemarks of a KML document (through defusedxml: no DTDs, entities or external refs).

    ``encoding`` is the user's choice for a document that does not say its own (no byte
    order mark, no encoding in its XML declaration) and is not UTF-8 (``textfile``).
    More than ``max_features`` placemarks are refused before any geometry is built.
    """
    from defusedxml import DefusedXmlException

    from zoneeditor.io.exchange.kml import kml_reason, parse_kml
    from zoneeditor.io.exchange.textfile import decode_xml

    result = RawRead("KML")
    document, used = decode_xml(data, encoding, "KML", result)
    try:
        placemarks = parse_kml(document, max_features)
    except TooManyFeatures:
        raise
    except DefusedXmlException as exc:
        what = {"EntitiesForbidden": Message("it declares XML entities"),
                "DTDForbidden": Message("it contains a document type declaration (DTD)"),
                "ExternalReferenceForbidden": Message("it refers to external files")}.get(
            type(exc).__name__, Message("it uses an XML feature that is not allowed"))
        raise ReadFailure(Message("unsafe KML refused: %1, which could expand without limit or "
                                  "reveal local files", what)) from exc
    except Exception as exc:  # ParseError, ValueError
        raise ReadFailure(Message("not valid KML (%1)", kml_reason(exc))) from exc
    layer = RawLayer(Path(name).stem, crs="EPSG:4326", encoding=used)
    for i, pm in enumerate(placemarks):
        layer.records.append({"fid": str(i + 1), **pm})
    result.layers.append(layer)
    return result


def read_zip(path: Path, options: ReadOptions, kind: str) -> RawRead:
    """Unpack into a private folder (safezip rules), then read every supported file inside
    (they share the limit of ``max_features``)."""
    with tempfile.TemporaryDirectory(prefix="zoneeditor-zip-") as tmp:
        try:
            files = safezip.extract(path, Path(tmp), options.zip_limits)
        except safezip.UnsafeZip as exc:
            raise ReadFailure(Message("zip refused: %1", exc.reason)) from exc
        wanted = {".shp", ".gpkg", ".geojson", ".json", ".kml"}
        inner = sorted(f for f in files if f.suffix.lower() in wanted
                       and not f.name.startswith(".") and not f.name.endswith(".fields.json"))
        if not inner:
            raise ReadFailure(Message("the zip holds no shapefile, GeoPackage, GeoJSON or KML"))
        merged = RawRead(Message("zipped %1", "KML") if kind == "kmz"
                         else Message("zipped files"))
        read = 0  # the zip's members share one limit (``max_features``)
        for f in inner:
            try:
                part = _read_any(f, within(options, read))
            except TooManyFeatures as exc:
                # a count is the zip's own only when this is its one member
                count = exc.count if len(inner) == 1 else None
                raise TooManyFeatures(exc.limit + read, count) from exc
            read += sum(len(layer.records) for layer in part.layers)
            merged.format = Message("zipped %1", part.format)
            merged.layers += part.layers
            merged.notes += part.notes
        return merged
