"""The sandboxed reader's answers as plain JSON: raw reads and whole projects.

The child never pickles: attribute values travel as JSON, dates tagged
(``{"$date": "2024-05-01"}``), non-finite numbers as text, and geometries as WKB in one
block of bytes beside the JSON (each record names its ``[offset, length]`` in it; the parent
checks every span and parses them all in one ``shapely.from_wkb`` call — base64 text in
the JSON cost more to write and read than the file itself for a 300-zone file). Decoding
builds only plain data, so a subverted child can at worst send wrong data, never code.
The reader's sentences (notes, a record's issue, the format's name, a refusal's reason) are
``core.messages.Message``s and travel as ``[template, args...]`` (``core.messages.to_data``),
so the window can still translate what the child said.
"""

from __future__ import annotations

import base64
import datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from zoneeditor.core.messages import from_data, to_data
from zoneeditor.io.exchange.readers import RawLayer, RawRead

if TYPE_CHECKING:
    from zoneeditor.core.model import Project

_TAGS: dict[str, type[datetime.date] | type[datetime.time]] = {
    "$date": datetime.date, "$datetime": datetime.datetime, "$time": datetime.time}


def jsonable(value: Any) -> Any:
    """``value`` as JSON data (dates tagged, bytes base64, anything else as text)."""
    if value is None or isinstance(value, (str, int, bool)):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else str(value)
    if isinstance(value, datetime.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, datetime.date):
        return {"$date": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"$time": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


def unjson(value: Any) -> Any:
    """The inverse of ``jsonable`` for one attribute value (tags that do not parse stay)."""
    if isinstance(value, dict) and len(value) == 1:
        (tag, text), = value.items()
        kind = _TAGS.get(tag)
        if kind is not None and isinstance(text, str):
            try:
                return kind.fromisoformat(text)
            except ValueError:
                return value
    return value


#: Where one record's geometry lies in an answer's WKB block: [offset, length], or None.
Span = list[int] | None


def pack_wkb(geometries: list[Any]) -> tuple[list[Span], bytes]:
    """The geometries (None allowed) as spans into one block of WKB, and that block."""
    present = [g for g in geometries if g is not None]
    array = np.empty(len(present), dtype=object)
    array[:] = present
    blobs = shapely.to_wkb(array).tolist() if present else []
    spans: list[Span] = []
    offset, k = 0, 0
    for g in geometries:
        if g is None:
            spans.append(None)
            continue
        spans.append([offset, len(blobs[k])])
        offset += len(blobs[k])
        k += 1
    return spans, b"".join(blobs)


def unpack_wkb(spans: list[Any], block: bytes) -> list[Any]:
    """The geometries the spans name in ``block`` (None where a span is None); ValueError
    for a span that is not two whole numbers within the block (a damaged answer)."""
    slices: list[bytes] = []
    for span in spans:
        if span is None:
            continue
        if not (isinstance(span, list) and len(span) == 2
                and all(type(v) is int and v >= 0 for v in span)
                and span[0] + span[1] <= len(block)):
            raise ValueError("a geometry span outside the answer's WKB block")
        slices.append(block[span[0]:span[0] + span[1]])
    array = np.empty(len(slices), dtype=object)
    array[:] = slices
    with np.errstate(invalid="ignore"):  # NaN coordinates are reported later, not warned
        parsed = iter(shapely.from_wkb(array).tolist() if slices else [])
    return [None if span is None else next(parsed) for span in spans]


def encode_result(result: RawRead) -> tuple[dict[str, Any], bytes]:
    """RawRead -> JSON-ready dict and the block of WKB its records point into."""
    spans, block = pack_wkb([r.get("geometry") for layer in result.layers
                             for r in layer.records])
    span = iter(spans)
    layers = []
    for layer in result.layers:
        recs = []
        for r in layer.records:
            recs.append({
                "fid": r.get("fid"),
                "wkb": next(span),
                "props": jsonable(r.get("props") or {}),
                "issue": to_data(r["issue"]) if r.get("issue") else None,
                "where": list(r["where"]) if r.get("where") else None,
                "repairable": bool(r.get("repairable")),
            })
        layers.append({"name": layer.name, "crs": layer.crs, "encoding": layer.encoding,
                       "placed": layer.placed, "records": recs})
    notes = [{**n, "message": to_data(n["message"]), "suggestion": to_data(n.get("suggestion", ""))}
             for n in result.notes]
    return ({"ok": True, "format": to_data(result.format), "layers": layers, "notes": notes},
            block)


def decode_result(payload: dict[str, Any], block: bytes) -> RawRead:
    """The inverse of ``encode_result``."""
    notes = [{**n, "message": from_data(n["message"]),
              "suggestion": from_data(n.get("suggestion") or "")}
             for n in list(payload.get("notes") or [])]
    result = RawRead(from_data(payload["format"]), notes=notes)
    lays = list(payload.get("layers") or [])
    geometry = iter(unpack_wkb([r.get("wkb") for lay in lays for r in lay.get("records") or []],
                               block))
    for lay in lays:
        layer = RawLayer(lay["name"], crs=lay.get("crs") or "", encoding=lay.get("encoding"),
                         placed=lay.get("placed") is not False)
        for r in lay.get("records") or []:
            props = r.get("props") or {}
            layer.records.append({
                "fid": r.get("fid"),
                "geometry": next(geometry),
                "props": {k: unjson(v) for k, v in props.items()} if isinstance(props, dict)
                else {},
                "issue": from_data(r["issue"]) if r.get("issue") else None,
                "where": tuple(r["where"]) if r.get("where") else None,
                "repairable": bool(r.get("repairable")),
            })
        result.layers.append(layer)
    return result


# -- whole projects ------------------------------------------------------------------------------
def encode_project(project: Any) -> tuple[dict[str, Any], bytes]:
    """A ``core.model.Project`` as JSON data and the block of WKB it points into."""
    m = project.meta
    spans, block = pack_wkb([f.geometry for v in project.versions.values() for f in v])
    span = iter(spans)
    return {"ok": True, "project": {
        "meta": {"title": m.title, "author": m.author, "created": m.created,
                 "modified": m.modified, "format_version": m.format_version},
        "parties": [{"name": p.name, "colour": p.colour, "name_local": p.name_local}
                    for p in m.parties],
        "versions": [{"name": v.name, "description": v.description, "features": [
            {"id": f.id, "layer": f.layer.value, "wkb": next(span),
             "attributes": jsonable(dict(f.attributes))} for f in v]}
            for v in project.versions.values()],
    }}, block


def decode_project(payload: dict[str, Any], block: bytes) -> Project:
    """The inverse of ``encode_project``."""
    from zoneeditor.core.model import Feature, Party, Project, ProjectMeta, Version

    data = payload["project"]
    meta = data["meta"]
    parties = tuple(Party(str(p["name"]), str(p["colour"]), str(p["name_local"]))
                    for p in data["parties"])
    pm = ProjectMeta(title=str(meta["title"]), parties=parties, author=str(meta["author"]),
                     created=str(meta["created"]), modified=str(meta["modified"]),
                     format_version=int(meta["format_version"]))
    versions = []
    geometry = iter(unpack_wkb([f["wkb"] for v in data["versions"] for f in v["features"]],
                               block))
    for v in data["versions"]:
        version = Version(str(v["name"]), description=str(v["description"]))
        for f in v["features"]:
            attrs = {str(k): unjson(val) for k, val in (f.get("attributes") or {}).items()}
            version.features[str(f["id"])] = Feature(str(f["id"]), f["layer"],
                                                     next(geometry), attrs)
        versions.append(version)
    return Project.from_versions(pm, versions)
