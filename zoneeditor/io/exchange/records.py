"""Features <-> flat attribute records, the same for every exchange format.

Export: the stable id travels as ``zid``; the core attributes always come first; other
attributes keep their names and types. Import: column names are matched case-insensitively
with common synonyms (NAME/Name/label -> name, owner/side -> party, ...); every other column
is kept as an attribute of its own.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from typing import Any

from zoneeditor.core.model import CORE_ATTRIBUTES, Feature, LayerKind
from zoneeditor.io.project_file import field_type as field_type  # one rule for every writer

#: The field that carries a feature's stable id in every exchange format.
ID_FIELD = "zid"

#: Column names (case-folded) recognised as one of ours. The first entry is our own name.
SYNONYMS: dict[str, tuple[str, ...]] = {
    ID_FIELD: ("zid", "zone_id", "feature_id", "fid_zone", "uid", "uuid", "guid"),
    "name": ("name", "label", "title", "nom", "nombre", "name_en", "name_eng", "english"),
    "name_local": ("name_local", "name_ar", "name_arab", "arabic", "local_name", "name_loc",
                   "namelocal", "alt_name"),
    "party": ("party", "side", "owner", "controlled_by", "control", "controller", "faction"),
    "status": ("status", "state_of_talks", "agreement"),
    "kind": ("kind", "type", "category", "class", "zone_type"),
    "notes": ("notes", "note", "description", "descr", "desc", "comment", "comments", "remarks"),
}
_LOOKUP = {alias: ours for ours, aliases in SYNONYMS.items() for alias in aliases}

_LAYER_OF_TYPE = {
    "Polygon": LayerKind.ZONES,
    "MultiPolygon": LayerKind.ZONES,
    "LineString": LayerKind.LINES,
    "MultiLineString": LayerKind.LINES,
    "LinearRing": LayerKind.LINES,
    "Point": LayerKind.POINTS,
    "MultiPoint": LayerKind.POINTS,
}


def layer_for(geom_type: str) -> LayerKind | None:
    """The layer a geometry type belongs in (None for collections and unknown types)."""
    return _LAYER_OF_TYPE.get(geom_type)


def field_order(features: Iterable[Feature]) -> list[str]:
    """Attribute columns for a set of features: zid, the core attributes, then the rest sorted."""
    extra = sorted({k for f in features for k in f.attributes} - set(CORE_ATTRIBUTES))
    return [ID_FIELD, *CORE_ATTRIBUTES, *extra]


def text_value(value: Any) -> str:
    """A non-text value in a text column: lists and mappings as JSON, others with ``str``."""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def to_record(feature: Feature, fields: Mapping[str, str]) -> dict[str, Any]:
    """The attribute record of ``feature`` for columns ``fields`` (name -> fiona type)."""
    out: dict[str, Any] = {}
    for key, kind in fields.items():
        value = feature.id if key == ID_FIELD else feature.attributes.get(key)
        if value is None or (value == "" and kind != "str"):
            out[key] = None
        elif kind == "str" and not isinstance(value, str):
            out[key] = text_value(value)
        else:
            out[key] = value
    return out


def plain_value(value: Any) -> Any:
    """An attribute value as our model keeps it: text, number or bool ('' for missing)."""
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def map_attributes(props: Mapping[str, Any]) -> tuple[str | None, dict[str, Any], dict[str, str]]:
    """Split a foreign record into (zid or None, our attributes, renamed columns).

    Each of our names is taken from the first matching column (exact name first, then
    synonyms, case-insensitively); unmatched columns keep their names. ``renamed`` says
    which foreign column became which of ours, so the importer can report it.
    """
    ours: dict[str, Any] = {}
    renamed: dict[str, str] = {}
    claimed: set[str] = set()
    by_fold = {k.casefold(): k for k in props}
    for target, aliases in SYNONYMS.items():
        for alias in aliases:
            column = by_fold.get(alias)
            if column is not None and column not in claimed:
                ours[target] = props[column]
                claimed.add(column)
                if column != target:
                    renamed[column] = target
                break
    zid_raw = ours.pop(ID_FIELD, None)
    zid = str(zid_raw).strip() if zid_raw not in (None, "") else None
    attrs = {k: plain_value(v) for k, v in ours.items()}
    for column, value in props.items():
        if column in claimed:
            continue
        key = column if column not in attrs else f"{column}_2"
        if value is None or value == "":
            continue
        attrs[key] = plain_value(value)
    for key in CORE_ATTRIBUTES:
        value = attrs.get(key, "")
        attrs[key] = "" if value is None else (value if isinstance(value, str) else str(value))
    return zid, attrs, renamed
