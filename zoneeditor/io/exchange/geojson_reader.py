"""Reading GeoJSON with Python's json module (runs in the sandboxed reader process).

Parsing ourselves rather than through GDAL gives precise messages for the usual damage:
an HTML error page saved as .geojson, text that is not JSON, a wrong ``type``, rings that
are not closed, NaN or infinite coordinates. Old-style ``crs`` members are honoured.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.messages import Message
from zoneeditor.io.exchange import textfile
from zoneeditor.io.exchange.feature_limit import check_count
from zoneeditor.io.exchange.read_terms import ReadFailure, ReadOptions
from zoneeditor.io.exchange.readers import CRS_MEMBER_UNKNOWN, RawLayer, RawRead, ring_too_short
from zoneeditor.io.plain_errors import plain_reason

GEOMETRY_TYPES = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
                  "MultiPolygon", "GeometryCollection")


class _Bad(ValueError):
    """A geometry that cannot be built (``reason``); ``where`` points at it when known."""

    def __init__(self, reason: Message, where: tuple[float, float] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.where = where


def _position(p: Any) -> tuple[float, float]:
    if not isinstance(p, list) or len(p) < 2 or not all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in p[:2]):
        raise _Bad(Message("a position is not [longitude, latitude] (%1)", json.dumps(p)[:40]))
    return float(p[0]), float(p[1])


#: Positions as ``_positions`` gives them: an (n, 2) array, or tuples (see ``_plain``).
_Positions = np.ndarray | list[tuple[float, float]]


#: ``_positions``'s complaint for the parts that are not GeoJSON types (those are named).
_NOT_A_LIST = {"ring": Message("the coordinates of a ring are not a list"),
               "line": Message("the coordinates of a line are not a list")}


def _positions(seq: Any, what: str) -> _Positions:
    if not isinstance(seq, list):
        raise _Bad(_NOT_A_LIST.get(what)
                   or Message("the coordinates of a %1 are not a list", what))
    plain = _plain(seq)
    if plain is not None:
        return plain
    return [_position(p) for p in seq]


def _plain(seq: list[Any]) -> np.ndarray | None:
    """The positions as an (n, 2) float array when every one is a list whose first two
    values are finite JSON numbers (what ``_position`` accepts, taken as it takes them),
    in a few array operations instead of a Python loop; None for anything else, which
    ``_position`` then checks one by one (and words the problem)."""
    if not seq:
        return None
    try:
        table = np.array(seq, dtype=object)
    except ValueError:
        return None
    if table.ndim != 2 or table.shape[1] < 2:
        return None
    head = table[:, :2]
    if not set(map(type, head.ravel().tolist())) <= {float, int}:  # no bool, text, None
        return None
    try:
        xy = head.astype(np.float64)
    except (OverflowError, ValueError, TypeError):
        return None
    return xy if np.isfinite(xy).all() else None


def _has_heights(geom: Any) -> bool:
    """Whether a GeoJSON geometry's first position has a third number (a height)."""
    coords = geom.get("coordinates") if isinstance(geom, dict) else None
    if isinstance(geom, dict) and geom.get("type") == "GeometryCollection":
        return any(_has_heights(g) for g in geom.get("geometries") or [])
    while isinstance(coords, list) and coords and isinstance(coords[0], list):
        coords = coords[0]
    return (isinstance(coords, list) and len(coords) >= 3
            and type(coords[2]) in (int, float))


def _first(pts: _Positions) -> tuple[float, float]:
    return (float(pts[0][0]), float(pts[0][1]))


#: Repairable issues met while building a geometry: what, and where when known.
_Notes = list[tuple[Message, tuple[float, float] | None]]

RING_NOT_CLOSED = Message("a ring is not closed (its first and last positions differ)")


def _ring(seq: Any, notes: _Notes) -> _Positions:
    pts = _positions(seq, "ring")
    given = len(pts)  # as the file gives them: a position added to close it is ours
    if isinstance(pts, np.ndarray):
        if len(pts) >= 2 and not (pts[0] == pts[-1]).all():
            notes.append((RING_NOT_CLOSED, _first(pts)))
            pts = np.vstack([pts, pts[:1]])
    elif len(pts) >= 2 and pts[0] != pts[-1]:
        notes.append((RING_NOT_CLOSED, pts[0]))
        pts = [*pts, pts[0]]
    if len(pts) < 4:
        raise _Bad(ring_too_short(given), _first(pts) if len(pts) else None)
    return pts


def build(geom: Any, notes: _Notes) -> BaseGeometry | None:
    """A shapely geometry from a GeoJSON geometry object; ``notes`` gets repairable issues."""
    if geom is None:
        return None
    if not isinstance(geom, dict):
        raise _Bad(Message("the geometry is not an object"))
    kind, coords = geom.get("type"), geom.get("coordinates")
    if kind not in GEOMETRY_TYPES:
        raise _Bad(Message("unknown geometry type %1", repr(kind)[:60]))
    if kind == "GeometryCollection":
        parts = [build(g, notes) for g in geom.get("geometries") or []]
        return shapely.GeometryCollection([p for p in parts if p is not None])
    if coords is None:
        raise _Bad(Message("a %1 without coordinates", kind))
    if kind == "Point":
        return shapely.Point(_position(coords))
    if kind == "MultiPoint":
        return shapely.MultiPoint(_positions(coords, kind))
    if kind == "LineString":
        return shapely.LineString(_positions(coords, kind))
    if kind == "MultiLineString":
        if not isinstance(coords, list):
            raise _Bad(Message("the coordinates of a %1 are not a list", kind))
        return shapely.MultiLineString([_positions(c, "line") for c in coords])
    if kind == "Polygon":
        if not isinstance(coords, list) or not coords:
            raise _Bad(Message("a Polygon needs a list of rings"))
        rings = [_ring(r, notes) for r in coords]
        return shapely.Polygon(rings[0], rings[1:])
    if not isinstance(coords, list):
        raise _Bad(Message("the coordinates of a %1 are not a list", kind))
    polys = []
    for poly in coords:
        if not isinstance(poly, list) or not poly:
            raise _Bad(Message("a MultiPolygon part needs a list of rings"))
        rings = [_ring(r, notes) for r in poly]
        polys.append(shapely.Polygon(rings[0], rings[1:]))
    return shapely.MultiPolygon(polys)


#: What the json parser's kind of error (the start of its message) means, in our words.
_JSON_FAULTS: tuple[tuple[str, Message], ...] = (
    ("Expecting value", Message("a value is missing or is not a JSON value")),
    ("Expecting ',' delimiter", Message("a comma or a closing bracket is missing")),
    ("Expecting ':' delimiter", Message("a colon is missing after a member's name")),
    ("Expecting property name", Message("a member's name is missing or not in double quotes "
                                        "(or a comma is left before a closing brace)")),
    ("Illegal trailing comma", Message("a comma is left before a closing bracket")),
    ("Unterminated string", Message("a text string is not closed")),
    ("Invalid control character", Message("a text string holds a control character (such as a "
                                          "line break)")),
    ("Invalid \\uXXXX escape", Message("a text string holds a broken \\u escape")),
    ("Invalid \\escape", Message("a text string holds an invalid backslash escape")),
    ("Extra data", Message("there is more text after the end of the JSON document")),
)


def json_fault(exc: json.JSONDecodeError) -> Message:
    """Where and what the JSON fault is, in our words (the parser's are English and speak of
    delimiters): "the text is not valid JSON at line 3, column 7 (a comma ... is missing)"."""
    what = next((m for start, m in _JSON_FAULTS if exc.msg.startswith(start)), None)
    if what is None:
        return Message("not GeoJSON: the text is not valid JSON at line %1, column %2",
                       exc.lineno, exc.colno)
    return Message("not GeoJSON: the text is not valid JSON at line %1, column %2 (%3)",
                   exc.lineno, exc.colno, what)


def _load(path: Path, options: ReadOptions, result: RawRead) -> tuple[Any, str]:
    """The JSON document and the text encoding it was read with (``textfile``: UTF-8, the
    user's choice, or a stated guess that needs a decision)."""
    data = path.read_bytes()
    text = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:1] == b"<":
        if b"<html" in text[:2000].lower() or b"<!doctype html" in text[:200].lower():
            raise ReadFailure(Message("it is an HTML page, not GeoJSON (perhaps a web server's "
                                      "error page saved under a .geojson name)"))
        raise ReadFailure(Message("it is XML, not GeoJSON"))
    decoded = textfile.decode(data, options.encoding, "GeoJSON", result)
    try:
        return json.loads(decoded.text), decoded.encoding
    except json.JSONDecodeError as exc:
        if decoded.guessed:  # read byte for byte: the bytes, not the JSON, are the problem
            raise ReadFailure(Message("not GeoJSON: the text is not UTF-8 (byte %1)",
                                      decoded.not_utf8)) from exc
        raise ReadFailure(json_fault(exc)) from exc
    except RecursionError as exc:
        raise ReadFailure(Message("not GeoJSON: the JSON is nested too deeply")) from exc
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise ReadFailure(Message("not usable GeoJSON: %1", plain_reason(exc))) from exc


def _crs_member(doc: dict[str, Any]) -> str:
    crs = doc.get("crs")
    if not crs:
        return "EPSG:4326"
    name = (crs.get("properties") or {}).get("name") if isinstance(crs, dict) else None
    if not isinstance(name, str):
        return "!" + CRS_MEMBER_UNKNOWN
    if name.upper().endswith("CRS84"):
        return "EPSG:4326"
    return name


def read_geojson(path: Path, options: ReadOptions) -> RawRead:
    """Read a GeoJSON FeatureCollection, Feature or bare geometry."""
    result = RawRead("GeoJSON")
    doc, encoding = _load(path, options, result)
    if not isinstance(doc, dict):
        what = {list: Message("a list"), str: Message("a text string"),
                int: Message("a number"), float: Message("a number"),
                bool: Message("true or false")}.get(type(doc), Message("null"))
        raise ReadFailure(Message("not GeoJSON: the top level is %1, not an object", what))
    kind = doc.get("type")
    if kind == "FeatureCollection":
        feats = doc.get("features")
        if not isinstance(feats, list):
            raise ReadFailure(Message("not GeoJSON: a FeatureCollection without a 'features' "
                                      "list"))
    elif kind == "Feature":
        feats = [doc]
    elif kind in GEOMETRY_TYPES:
        feats = [{"type": "Feature", "geometry": doc, "properties": {}}]
    else:
        raise ReadFailure(Message("not GeoJSON: unknown type %1 (expected FeatureCollection, "
                                  "Feature or a geometry)", repr(kind)[:60]))
    # the parsed list's length is exact: too many are refused before a geometry is built
    check_count(len(feats), options.max_features)
    layer = RawLayer(path.stem, crs=_crs_member(doc), encoding=encoding)
    for i, feat in enumerate(feats):
        rec: dict[str, Any] = {"fid": str(i + 1), "geometry": None, "props": {}, "issue": None}
        if not isinstance(feat, dict) or feat.get("type") != "Feature":
            rec["issue"] = Message("it is not a GeoJSON Feature object")
            layer.records.append(rec)
            continue
        props = feat.get("properties")
        rec["props"] = dict(props) if isinstance(props, dict) else {}
        if "id" in feat and "zid" not in rec["props"] and isinstance(feat["id"], str):
            rec["props"]["zid"] = feat["id"]
        notes: _Notes = []
        try:
            rec["geometry"] = build(feat.get("geometry"), notes)
            rec["had_z"] = _has_heights(feat.get("geometry"))  # build keeps lon/lat
        except _Bad as exc:
            rec["issue"], rec["where"] = exc.reason, exc.where
        except (ValueError, TypeError, shapely.errors.GEOSException) as exc:
            rec["issue"] = Message("its geometry cannot be built (%1)",
                                   plain_reason(exc, Message("malformed")))
        if notes and rec["issue"] is None:
            rec["issue"], rec["where"] = notes[0]
            rec["repairable"] = True
        layer.records.append(rec)
    result.layers.append(layer)
    return result

