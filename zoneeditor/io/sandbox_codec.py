"""The sandboxed reader's answers as plain JSON: raw reads and whole projects.

The child never pickles: geometries travel as base64 WKB, attribute values as JSON, dates
tagged (``{"$date": "2024-05-01"}``), non-finite numbers as text. Decoding builds only plain
data, so a subverted child can at worst send wrong data, never code.
"""

from __future__ import annotations

import base64
import datetime
from typing import TYPE_CHECKING, Any

import shapely

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


def _wkb(geometry: Any) -> str | None:
    if geometry is None:
        return None
    return base64.b64encode(shapely.to_wkb(geometry)).decode("ascii")


def from_wkb(text: str) -> Any:
    """A shapely geometry from base64 WKB (NaN coordinates are reported later, not warned)."""
    import numpy as np

    with np.errstate(invalid="ignore"):
        return shapely.from_wkb(base64.b64decode(text))


def encode_result(result: RawRead) -> dict[str, Any]:
    """RawRead -> JSON-ready dict (geometries as base64 WKB)."""
    layers = []
    for layer in result.layers:
        recs = []
        for r in layer.records:
            recs.append({
                "fid": r.get("fid"),
                "wkb": _wkb(r.get("geometry")),
                "props": jsonable(r.get("props") or {}),
                "issue": r.get("issue"),
                "where": list(r["where"]) if r.get("where") else None,
                "repairable": bool(r.get("repairable")),
            })
        layers.append({"name": layer.name, "crs": layer.crs, "encoding": layer.encoding,
                       "records": recs})
    return {"ok": True, "format": result.format, "layers": layers, "notes": result.notes}


def decode_result(payload: dict[str, Any]) -> RawRead:
    """The inverse of ``encode_result``."""
    result = RawRead(payload["format"], notes=list(payload.get("notes") or []))
    for lay in payload.get("layers") or []:
        layer = RawLayer(lay["name"], crs=lay.get("crs") or "", encoding=lay.get("encoding"))
        for r in lay.get("records") or []:
            wkb = r.get("wkb")
            props = r.get("props") or {}
            layer.records.append({
                "fid": r.get("fid"),
                "geometry": from_wkb(wkb) if wkb else None,
                "props": {k: unjson(v) for k, v in props.items()} if isinstance(props, dict)
                else {},
                "issue": r.get("issue"),
                "where": tuple(r["where"]) if r.get("where") else None,
                "repairable": bool(r.get("repairable")),
            })
        result.layers.append(layer)
    return result


# -- whole projects ------------------------------------------------------------------------------
def encode_project(project: Any) -> dict[str, Any]:
    """A ``core.model.Project`` as JSON data."""
    m = project.meta
    return {"ok": True, "project": {
        "meta": {"title": m.title, "author": m.author, "created": m.created,
                 "modified": m.modified, "format_version": m.format_version},
        "parties": [{"name": p.name, "colour": p.colour, "name_local": p.name_local}
                    for p in m.parties],
        "versions": [{"name": v.name, "description": v.description, "features": [
            {"id": f.id, "layer": f.layer.value, "wkb": _wkb(f.geometry),
             "attributes": jsonable(dict(f.attributes))} for f in v]}
            for v in project.versions.values()],
    }}


def decode_project(payload: dict[str, Any]) -> Project:
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
    for v in data["versions"]:
        version = Version(str(v["name"]), description=str(v["description"]))
        for f in v["features"]:
            attrs = {str(k): unjson(val) for k, val in (f.get("attributes") or {}).items()}
            version.features[str(f["id"])] = Feature(str(f["id"]), f["layer"],
                                                     from_wkb(f["wkb"]), attrs)
        versions.append(version)
    return Project.from_versions(pm, versions)
