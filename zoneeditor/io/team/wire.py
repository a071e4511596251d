"""Change sets and features as the JSON the team server stores (``changes.change`` column).

A feature is ``{"layer", "wkb", "attributes"}``: the geometry as hex (E)WKB, bit-exact (a
change is only accepted when its old feature *equals* what the server holds), attributes as
JSON with the few non-JSON values an import can bring tagged, as the journal does, so they
come back as the same type. Project details travel without their ``modified`` stamp: that
changes at every save of a working copy and is not something a team agrees on.

>>> from shapely import Point
>>> from zoneeditor.core.changes import ChangeSet, Delta
>>> from zoneeditor.core.model import Feature
>>> f = Feature.create("points", Point(36.2, 35.9), id="p1", name="مورك")
>>> cs = ChangeSet("Add point", "agreed", (Delta(None, f),))
>>> changeset_from_json(changeset_to_json(cs)) == cs
True
"""

from __future__ import annotations

import json
import math
from typing import Any

import shapely

from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.model import Feature, LayerKind, Party, ProjectMeta

#: The project details a team shares (``modified`` and ``format_version`` are local facts).
SHARED_META = ("title", "parties", "author", "created")


def _value_out(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"$float": repr(value)}
    if isinstance(value, (list, tuple, dict)):
        return {"$json": json.dumps(value, ensure_ascii=False), "$tuple": isinstance(value, tuple)}
    if isinstance(value, bytes):
        return {"$hex": value.hex()}
    return {"$str": str(value)}


def _value_in(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    if "$json" in value:
        decoded = json.loads(value["$json"])
        return tuple(decoded) if value.get("$tuple") else decoded
    if "$hex" in value:
        return bytes.fromhex(value["$hex"])
    if "$float" in value:
        return float(value["$float"])
    return value.get("$str", "")


def attributes_to_json(attributes: Any) -> dict[str, Any]:
    """A feature's attributes as JSON values (non-JSON values tagged)."""
    return {k: _value_out(v) for k, v in attributes.items()}


def attributes_from_json(data: dict[str, Any]) -> dict[str, Any]:
    """The attributes ``attributes_to_json`` made, with their original types."""
    return {k: _value_in(v) for k, v in data.items()}


def feature_to_json(f: Feature | None) -> dict[str, Any] | None:
    """One feature (without its id, which the delta carries) as JSON; None stays None."""
    if f is None:
        return None
    wkb = shapely.to_wkb(f.geometry, hex=True, output_dimension=3, byte_order=1)
    return {"layer": f.layer.value, "wkb": wkb, "attributes": attributes_to_json(f.attributes)}


def feature_from_json(fid: str, data: dict[str, Any] | None) -> Feature | None:
    """The feature ``feature_to_json`` made (None stays None)."""
    if data is None:
        return None
    geom = shapely.from_wkb(bytes.fromhex(data["wkb"]))
    return Feature(fid, LayerKind(data["layer"]), geom,
                   attributes_from_json(data.get("attributes") or {}))


def feature_from_row(zid: str, layer: str, wkb: bytes, attributes: dict[str, Any]) -> Feature:
    """A feature from a row of ``zoneeditor.features`` (geometry read with ST_AsBinary)."""
    return Feature(zid, LayerKind(layer), shapely.from_wkb(bytes(wkb)),
                   attributes_from_json(attributes or {}))


def meta_to_json(meta: ProjectMeta) -> dict[str, Any]:
    """The shared project details as JSON (see ``SHARED_META``)."""
    return {
        "title": meta.title,
        "parties": [{"name": p.name, "colour": p.colour, "name_local": p.name_local}
                    for p in meta.parties],
        "author": meta.author,
        "created": meta.created,
    }


def meta_from_json(data: dict[str, Any], local: ProjectMeta | None = None) -> ProjectMeta:
    """Project details from the server; ``modified`` and the format are kept from ``local``."""
    parties = tuple(Party(p["name"], p.get("colour") or "#808080", p.get("name_local") or "")
                    for p in data.get("parties") or ())
    base = local or ProjectMeta()
    return ProjectMeta(title=data.get("title") or "Untitled project", parties=parties,
                       author=data.get("author") or "", created=data.get("created") or "",
                       modified=base.modified, format_version=base.format_version)


def same_shared_meta(a: ProjectMeta, b: ProjectMeta) -> bool:
    """True when two project details agree on everything a team shares."""
    return meta_to_json(a) == meta_to_json(b)


def changeset_to_json(cs: ChangeSet, description: str = "") -> dict[str, Any]:
    """A change set as stored in the log; ``description`` describes a version it creates."""
    out: dict[str, Any] = {
        "label": cs.label,
        "version": cs.version,
        "structure": cs.structure.value,
        "meta": ({"before": meta_to_json(cs.meta[0]), "after": meta_to_json(cs.meta[1])}
                 if cs.meta else None),
        "deltas": [{"id": d.id, "old": feature_to_json(d.old), "new": feature_to_json(d.new)}
                   for d in cs.deltas],
    }
    if cs.structure == Structure.CREATE and description:
        out["description"] = description
    return out


def changeset_from_json(data: dict[str, Any], local_meta: ProjectMeta | None = None) -> ChangeSet:
    """The change set ``changeset_to_json`` made (meta completed from ``local_meta``)."""
    meta = None
    if data.get("meta"):
        meta = (meta_from_json(data["meta"]["before"], local_meta),
                meta_from_json(data["meta"]["after"], local_meta))
    deltas = tuple(Delta(feature_from_json(d["id"], d.get("old")),
                         feature_from_json(d["id"], d.get("new")))
                   for d in data.get("deltas") or ())
    return ChangeSet(data.get("label") or "", data["version"], deltas, meta,
                     Structure(data.get("structure") or "none"))
