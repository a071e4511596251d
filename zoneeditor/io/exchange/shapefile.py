"""Shapefile export: one set (.shp .shx .dbf .prj .cpg) per geometry type, plus field names.

Shapefiles hold one geometry type each, so a version becomes up to three sets
(``<base>_zones``, ``<base>_lines``, ``<base>_points``). Text is UTF-8 by default with a
``.cpg`` saying so; ``cp1256`` (Windows Arabic) is offered for old readers, and any text it
cannot hold (Russian, say) is refused with the feature and field named, never replaced by
``?``. Field names longer than 10 characters get a unique short name (``fields``) recorded
in ``<base>_<layer>.fields.json`` beside the set.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import fiona
from fiona.crs import CRS
from shapely.geometry import mapping

from zoneeditor.core.errors import WriteError
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.io.exchange import records
from zoneeditor.io.exchange.fields import short_names, write_sidecar

#: Encodings offered for shapefile text, with what the .cpg file then says.
ENCODINGS = {"utf-8": "UTF-8", "cp1256": "CP1256"}
#: Longest text a dBASE character field holds, in bytes of the file's encoding.
MAX_TEXT_BYTES = 254
#: Shapefile components, in the order a zip lists them.
COMPONENTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")

_GEOMETRY = {LayerKind.ZONES: "Polygon", LayerKind.LINES: "LineString",
             LayerKind.POINTS: "Point"}


def check_encodable(features: Sequence[Feature], encoding: str) -> list[str]:
    """Every text value the encoding cannot hold or a dBASE field cannot fit, one line each."""
    problems = []
    for f in features:
        for key, value in f.attributes.items():
            if value is None or value == "":
                continue
            text = value if isinstance(value, str) else records.text_value(value)
            try:
                size = len(text.encode(encoding))
            except UnicodeEncodeError as exc:
                bad = text[exc.start:exc.end]
                problems.append(
                    f"{f.label}: {key} {text!r} has characters ({bad!r}) that "
                    f"{encoding} cannot hold (export as UTF-8 instead)"
                )
                continue
            if size > MAX_TEXT_BYTES and isinstance(value, str):
                problems.append(
                    f"{f.label}: {key} is {size} bytes long; a shapefile text field holds "
                    f"at most {MAX_TEXT_BYTES} (use GeoPackage or GeoJSON for long text)"
                )
    return problems


def _schema(features: Sequence[Feature], layer: LayerKind, encoding: str,
            names: dict[str, str]) -> tuple[dict, dict[str, str]]:
    """The fiona schema with short field names, and long name -> fiona base type."""
    kinds: dict[str, str] = {}
    props: dict[str, str] = {}
    for key in records.field_order(features):
        values = [f.id if key == records.ID_FIELD else f.attributes.get(key) for f in features]
        kind = records.field_type(values)
        if kind == "bool":
            kind = "str"  # dBASE logicals are poorly supported; "True"/"False" text survives
        kinds[key] = kind
        if kind == "str":
            width = max(
                [len(records.text_value(v).encode(encoding)) for v in values if v not in (None, "")]
                or [1]
            )
            props[names[key]] = f"str:{min(MAX_TEXT_BYTES, max(width, 32))}"
        elif kind == "int":
            props[names[key]] = "int:18"
        else:
            props[names[key]] = "float:24.15"
    return {"geometry": _GEOMETRY[layer], "properties": props}, kinds


def layer_field_names(features: Sequence[Feature]) -> dict[str, str]:
    """The long -> short field-name mapping a layer's features will be written with."""
    return short_names(records.field_order(features))


def write_shapefiles(
    versions: Sequence[Version], folder: Path, base: str, encoding: str = "utf-8"
) -> list[Path]:
    """Write each non-empty layer of each version as a shapefile set into ``folder``.

    With one version the sets are ``<base>_<layer>``; with several, ``<base>_<version>_<layer>``.
    Raises WriteError listing every value that cannot be written faithfully.
    """
    if encoding not in ENCODINGS:
        raise WriteError(str(folder), f"unknown shapefile encoding {encoding!r} "
                                      f"(choose {' or '.join(ENCODINGS)})")
    from zoneeditor.io.project_file import slugs

    slug = slugs([v.name for v in versions])
    written: list[Path] = []
    problems: list[str] = []
    for version in versions:
        problems += check_encodable(list(version), encoding)
    if problems:
        shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5
                                           else "")
        raise WriteError(str(folder), f"{len(problems)} text value(s) cannot be written as "
                                      f"{encoding}: {shown}")
    for version in versions:
        prefix = base if len(versions) == 1 else f"{base}_{slug[version.name]}"
        for layer in LayerKind:
            feats = version.layer(layer)
            if not feats:
                continue
            shp = folder / f"{prefix}_{layer.value}.shp"
            names = layer_field_names(feats)
            schema, kinds = _schema(feats, layer, encoding, names)
            with fiona.open(shp, "w", driver="ESRI Shapefile", schema=schema,
                            crs=CRS.from_epsg(4326), encoding=encoding) as sink:
                for f in feats:
                    rec = records.to_record(f, kinds)
                    sink.write({"geometry": mapping(f.geometry),
                                "properties": {names[k]: v for k, v in rec.items()}})
            # GDAL writes the .cpg itself; make sure it names the code page we chose.
            shp.with_suffix(".cpg").write_text(ENCODINGS[encoding], encoding="ascii")
            written += [shp.with_suffix(ext) for ext in COMPONENTS]
            written.append(write_sidecar(shp, names))
    return written
