"""Shapefile export: one set (.shp .shx .dbf .prj .cpg) per geometry type, plus field names.

Shapefiles hold one geometry type each, so a version becomes up to three sets
(``<base>_zones``, ``<base>_lines``, ``<base>_points``). Text is UTF-8 by default with a
``.cpg`` saying so; ``cp1256`` (Windows Arabic) is offered for old readers, and any text it
cannot hold (Russian, say) is refused with the feature and field named, never replaced by
``?``. Field names longer than 10 bytes (in the file's encoding) get a unique short name
(``fields``: non-Latin names stay in their script) recorded in ``<base>_<layer>.fields.json``
beside the set.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from zoneeditor.core.errors import WriteError
from zoneeditor.core.file_names import file_slug, unique_slugs
from zoneeditor.core.messages import Message, counted, joined
from zoneeditor.core.model import Feature, LayerKind, Version, attribute_phrase
from zoneeditor.core.textlimits import quote
from zoneeditor.io.exchange import records
from zoneeditor.io.exchange.fields import short_names, write_sidecar
from zoneeditor.io.fiona_geometry import fiona_geometry

#: Encodings offered for shapefile text, with what the .cpg file then says.
ENCODINGS = {"utf-8": "UTF-8", "cp1256": "CP1256"}
#: Longest text a dBASE character field holds, in bytes of the file's encoding.
MAX_TEXT_BYTES = 254
#: Shapefile components, in the order a zip lists them.
COMPONENTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")

_GEOMETRY = {LayerKind.ZONES: "Polygon", LayerKind.LINES: "LineString",
             LayerKind.POINTS: "Point"}


def unencodable_fields(features: Sequence[Feature], encoding: str) -> dict[str, int]:
    """Fields holding text ``encoding`` cannot store, with how many values each."""
    out: dict[str, int] = {}
    for f in features:
        for key, value in f.attributes.items():
            if value is None or value == "":
                continue
            text = value if isinstance(value, str) else records.text_value(value)
            try:
                text.encode(encoding)
            except UnicodeEncodeError:
                out[key] = out.get(key, 0) + 1
    return out


def omit_fields(features: Sequence[Feature], fields: set[str]) -> list[Feature]:
    """The features without the attributes ``fields`` (left out of an export)."""
    if not fields:
        return list(features)
    return [Feature(f.id, f.layer, f.geometry,
                    {k: v for k, v in f.attributes.items() if k not in fields})
            for f in features]


def check_encodable(features: Sequence[Feature], encoding: str,
                    omitted: set[str] | None = None) -> list[str]:
    """Every text value the encoding cannot hold or a dBASE field cannot fit, one line each.

    Fields in ``omitted`` (left out of the export) are not checked. An attribute of ours is
    named as the window names it ("name (Russian)", ``core.model.attribute_phrase``), any
    other by its column.
    """
    problems: list[str] = []
    skip = omitted or set()
    for f in features:
        for key, value in f.attributes.items():
            if value is None or value == "" or key in skip:
                continue
            text = value if isinstance(value, str) else records.text_value(value)
            try:
                size = len(text.encode(encoding))
            except UnicodeEncodeError as exc:
                bad = text[exc.start:exc.end]
                problems.append(Message("%1: %2 %3 has characters (%4) that %5 cannot hold",
                                        f.label, attribute_phrase(key), quote(text, 40),
                                        repr(bad[:10]),
                                        encoding))
                continue
            if size > MAX_TEXT_BYTES and isinstance(value, str):
                problems.append(Message("%1: %2 is %3 bytes long; a shapefile text field "
                                        "holds at most %4 (use GeoPackage or GeoJSON for long "
                                        "text)", f.label, attribute_phrase(key), size,
                                        MAX_TEXT_BYTES))
    return problems


def _schema(features: Sequence[Feature], layer: LayerKind, encoding: str,
            names: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The fiona schema with short field names, and long name -> fiona base type."""
    kinds: dict[str, str] = {}
    props: dict[str, str] = {}
    for key in records.field_order(features):
        values = [f.id if key == records.ID_FIELD else f.attributes.get(key) for f in features]
        kind = records.field_type(values)
        if kind in ("bool", "datetime", "time"):
            # dBASE logicals are poorly supported and dBASE has no time of day: the text
            # ("True", "2017-05-04T10:00:00") survives; a plain date is a dBASE date.
            kind = "str"
        kinds[key] = kind
        if kind == "str":
            width = max(
                [len(records.text_value(v).encode(encoding)) for v in values if v not in (None, "")]
                or [1]
            )
            props[names[key]] = f"str:{min(MAX_TEXT_BYTES, max(width, 32))}"
        elif kind == "int":
            props[names[key]] = "int:18"
        elif kind == "date":
            props[names[key]] = "date"
        else:
            props[names[key]] = "float:24.15"
    return {"geometry": _GEOMETRY[layer], "properties": props}, kinds


def layer_field_names(features: Sequence[Feature], encoding: str = "utf-8") -> dict[str, str]:
    """The long -> short field-name mapping a layer's features will be written with.

    The 10-byte limit of a dBASE name counts bytes of the file's ``encoding``: ``ИД`` fits
    in UTF-8 and cp1251, not in cp1256 (which cannot hold it: it becomes ``field``).
    """
    return short_names(records.field_order(features), encoding)


def encoding_advice(features: Sequence[Feature], encoding: str) -> str:
    """What to do about text ``encoding`` cannot hold: the fields, and the two ways out."""
    fields = unencodable_fields(features, encoding)
    if not fields:
        return ""
    listed = joined([Message("%1 (%2 values)", k, n) if n > 1 else Message("%1 (1 value)", k)
                     for k, n in fields.items()], comma=True)
    return Message("fields with text %1 cannot hold: %2; leave them out with %3, or export "
                   "as UTF-8", encoding, listed, "--omit-unencodable")


def set_prefixes(versions: Sequence[Version], base: str | None) -> dict[str, str]:
    """What each version's sets are called before ``_zones``, ``_lines``, ``_points``: in a
    folder (``base`` None) the version's name, in its own script (``core.file_names``:
    "Предложение Д" -> ``предложение_д_zones.shp``), so that several versions' exports can
    share a folder; for a named file (``b.shp``, ``set.zip``) ``base``, followed by the
    version's name when there are several."""
    named = unique_slugs([v.name for v in versions], file_slug)
    if base is None:
        return named
    if len(versions) == 1:
        return {versions[0].name: base}
    return {name: f"{base}_{slug}" for name, slug in named.items()}


def write_shapefiles(
    versions: Sequence[Version], folder: Path, prefixes: dict[str, str],
    encoding: str = "utf-8", omit_unencodable: bool = False,
) -> list[Path]:
    """Write each non-empty layer of each version as a shapefile set into ``folder``.

    The sets are ``<prefix>_<layer>``, with each version's prefix from ``set_prefixes``.
    With ``omit_unencodable``, fields holding text the encoding cannot store are left out
    of the layer (``plan_export`` says which); otherwise WriteError lists every value that
    cannot be written faithfully.
    """
    # GDAL is loaded when a file is written, not with the module: the window's Export
    # dialog plans with this module's field rules at every start-up (docs/window.md).
    import fiona
    from fiona.crs import CRS

    if encoding not in ENCODINGS:
        raise WriteError(str(folder), Message("unknown shapefile encoding %1 (choose %2)",
                                              repr(encoding), " or ".join(ENCODINGS)))
    written: list[Path] = []
    problems: list[str] = []
    for version in versions:
        for layer in LayerKind:
            feats = version.layer(layer)
            omitted = set(unencodable_fields(feats, encoding)) if omit_unencodable else set()
            problems += check_encodable(feats, encoding, omitted - {records.ID_FIELD})
    if problems:
        shown = joined(problems[:3] + ([Message("and %1 more", len(problems) - 3)]
                                       if len(problems) > 3 else []))
        advice = encoding_advice([f for v in versions for f in v], encoding)
        if advice:
            raise WriteError(str(folder), counted("%n text value(s) cannot be written as %1: %2 "
                                                  "— %3", len(problems), encoding, shown, advice))
        raise WriteError(str(folder), counted("%n text value(s) cannot be written as %1: %2",
                                              len(problems), encoding, shown))
    for version in versions:
        prefix = prefixes[version.name]
        for layer in LayerKind:
            feats = version.layer(layer)
            if not feats:
                continue
            if omit_unencodable:
                feats = omit_fields(feats, set(unencodable_fields(feats, encoding)))
            shp = folder / f"{prefix}_{layer.value}.shp"
            names = layer_field_names(feats, encoding)
            schema, kinds = _schema(feats, layer, encoding, names)
            with fiona.open(shp, "w", driver="ESRI Shapefile", schema=schema,
                            crs=CRS.from_epsg(4326), encoding=encoding) as sink:
                for f in feats:
                    rec = records.to_record(f, kinds)
                    sink.write({"geometry": fiona_geometry(f.geometry),
                                "properties": {names[k]: v for k, v in rec.items()}})
            # GDAL writes the .cpg itself; make sure it names the code page we chose.
            shp.with_suffix(".cpg").write_text(ENCODINGS[encoding], encoding="ascii")
            written += [shp.with_suffix(ext) for ext in COMPONENTS]
            written.append(write_sidecar(shp, names))
    return written
