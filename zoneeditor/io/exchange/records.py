"""Features <-> flat attribute records, the same for every exchange format.

Export: the stable id travels as ``zid``; the core attributes always come first; other
attributes keep their names and types. Import: the layer's schema (``core.schema``: OCHA,
geoBoundaries, GADM, Natural Earth, OSM, our own names and common synonyms, or the user's
explicit mapping) says which column becomes ``name``, ``name_local``, ``party``... Every
other column is kept as it is, including columns that are empty everywhere; NULL stays
None and an empty string stays ``""``; dates stay dates.
"""

from __future__ import annotations

import datetime
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from zoneeditor.core.model import CORE_ATTRIBUTES, Feature, LayerKind
from zoneeditor.core.schema import Schema, recognise
from zoneeditor.io.project_file import field_type as field_type  # one rule for every writer

#: The field that carries a feature's stable id in every exchange format.
ID_FIELD = "zid"

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
    """A non-text value in a text column: lists and mappings as JSON, dates in ISO 8601,
    others with ``str``."""
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
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
    """An attribute value as our model keeps it: text, number, bool, date or None (NULL)."""
    if value is None or isinstance(value, (str, int, bool, datetime.date, datetime.time)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else text_value(value)


def map_attributes(props: Mapping[str, Any], schema: Schema | None = None,
                   empty_columns: Iterable[str] = ()
                   ) -> tuple[str | None, dict[str, Any], dict[str, str]]:
    """Split a foreign record into (zid or None, our attributes, renamed columns).

    ``schema`` says which column is which of ours (``core.schema.recognise`` on the layer;
    recognised from this record's own columns when not given). Columns mapped to ours take
    our names; the others keep theirs, with their values as they are (``""`` stays
    ``""``). NULL means "no value", as in the model: it is left out, except in
    ``empty_columns`` (NULL in every record of the layer), which are kept as None so that
    the column itself survives. ``renamed`` says which foreign column became which of ours.
    """
    keep_null = set(empty_columns)
    if schema is None:
        schema = recognise(list(props), {k: [v] for k, v in props.items()})
    attrs: dict[str, Any] = {}
    renamed: dict[str, str] = {}
    claimed: set[str] = set()
    zid = None
    for target, column in schema.fields.items():
        if column not in props:
            continue
        claimed.add(column)
        if target == "id":
            raw = props[column]
            zid = str(raw).strip() if raw not in (None, "") else None
            zid = zid or None
        else:
            attrs[target] = _text(props[column])
        if column != (ID_FIELD if target == "id" else target):
            renamed[column] = ID_FIELD if target == "id" else target
    # SQLite and dBASE compare column names without case: "Party" beside our "party" would
    # be one column twice; "zid" is reserved for our ids.
    taken = {k.casefold() for k in (*attrs, *CORE_ATTRIBUTES, ID_FIELD)}
    for column, value in props.items():
        if column in claimed or (value is None and column not in keep_null):
            continue
        key, n = column, 2
        if column in CORE_ATTRIBUTES and column not in attrs:
            taken.discard(column)  # an unmapped "notes" column simply is our notes
        while key.casefold() in taken:
            key, n = f"{column}_{n}", n + 1
        taken.add(key.casefold())
        attrs[key] = plain_value(value)
    for key in CORE_ATTRIBUTES:
        attrs[key] = _text(attrs.get(key))
    return zid, attrs, renamed


def layer_gives(columns: Sequence[str], schema: Schema, features: Iterable[Feature]
                ) -> frozenset[str]:
    """The attributes a file's layer gives its ``features``: ours that a column is taken
    as (``schema``, or a column called so), every other column (kept under its name, as
    ``records.map_attributes`` names it), and any attribute some feature has a value for
    (a KML placemark's ``<name>``). The reader fills each of ours with "" where the file
    has no column for it: those are not given."""
    present = {c.casefold() for c in columns}
    ours = {t for t, c in schema.fields.items() if t != "id" and c.casefold() in present}
    ours |= {c for c in columns if c in CORE_ATTRIBUTES}
    for f in features:
        ours |= {k for k, v in f.attributes.items()
                 if k not in CORE_ATTRIBUTES or (v is not None and v != "")}
    return frozenset(ours)
