"""A fingerprint of a version: the same map content gives the same hash on every machine.

Printed on every sheet so each party can tell whether two sheets show the same proposal.
The canonical encoding: CRS, then features sorted by id, each with its layer, its geometry
normalised (ring start and orientation do not matter) with coordinates rounded to
``PRECISION`` decimal places of a degree (about 1 cm), and its non-empty attributes sorted by
key. SHA-256 over that UTF-8 JSON text.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.model import Feature

#: Decimal places of a degree kept in the canonical encoding (1e-7° is about 1 cm).
PRECISION = 7
CRS = "EPSG:4326"


def canonical_value(value: Any) -> Any:
    """An attribute value as the fingerprint sees it (1.0 is 1; a date is its ISO text)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)



def canonical_geometry(geometry: BaseGeometry) -> BaseGeometry:
    """The geometry as the fingerprint sees it: coordinates rounded to ``PRECISION``
    decimals, rings and parts in GEOS normal order. Two geometries with equal canonical
    geometries are the same to the fingerprint, and so to the diff (``core.diff_match``)."""
    # Round coordinates rather than snap with set_precision: snapping is a topology operation
    # that fails on invalid geometry, and a fingerprint must exist for any content.
    return shapely.normalize(shapely.transform(geometry, lambda xy: np.round(xy, PRECISION)))


def canonical_feature(feature: Feature, wkt: str | None = None) -> dict[str, Any]:
    """The canonical, JSON-ready form of one feature (also used to compare features).

    ``wkt`` is the feature's canonical geometry text when already known
    (``canonical_wkts``)."""
    if wkt is None:
        geom = canonical_geometry(feature.geometry)
        wkt = shapely.to_wkt(geom, rounding_precision=PRECISION, trim=True)
    attrs = {
        k: canonical_value(v)
        for k, v in sorted(feature.attributes.items())
        if v is not None and v != ""
    }
    return {"id": feature.id, "layer": feature.layer.value, "geometry": wkt, "attributes": attrs}


def canonical_wkts(geometries: Sequence[BaseGeometry | None]) -> list[str | None]:
    """The canonical geometry text of each geometry, as ``canonical_feature`` writes it.

    Computed on arrays (one call each for rounding, normalising and writing), and once per
    distinct geometry: two versions of a project share most geometries byte for byte
    (same WKB), and the same bytes have the same canonical text.
    """
    if not geometries:
        return []
    array = np.array(geometries, dtype=object)
    # WKB writes a LinearRing as a LineString: the type id keeps them apart
    keys = zip(shapely.get_type_id(array).tolist(), shapely.to_wkb(array).tolist(),
               strict=True)
    first: dict[tuple[int, bytes | None], int] = {}
    slot = [first.setdefault(k, len(first)) for k in keys]
    unique = np.empty(len(first), dtype=object)
    for i, k in enumerate(slot):
        if unique[k] is None:
            unique[k] = geometries[i]
    canonical = shapely.normalize(shapely.transform(unique, lambda xy: np.round(xy, PRECISION)))
    texts = shapely.to_wkt(canonical, rounding_precision=PRECISION, trim=True).tolist()
    return [texts[k] for k in slot]


def fingerprints(*versions: Iterable[Feature]) -> tuple[str, ...]:
    """Full SHA-256 hex digests of several versions' content (``fingerprint`` of each),
    with the geometries they share put in canonical form once."""
    ordered = [sorted(v, key=lambda f: f.id) for v in versions]
    texts = canonical_wkts([f.geometry for fs in ordered for f in fs])
    quoted: dict[str, bytes] = {}  # a text shared by the versions is quoted once
    out, at = [], 0
    for features in ordered:
        wkts = texts[at:at + len(features)]
        at += len(features)
        out.append(_digest(features, [_quoted(t, quoted) for t in wkts]))
    return tuple(out)


#: Stands for a geometry in the JSON text while the rest is written (see ``_digest``).
_HOLE = "\x00"
_HOLE_TEXT = json.dumps({"geometry": _HOLE}, separators=(",", ":"))[1:-1]  # "geometry":"\u0000"


#: The bytes JSON writes escaped inside a string (with ``ensure_ascii=False``).
_ESCAPED = bytes(range(0x20)) + b'"\\'


def _quoted(text: str | None, cache: dict[str, bytes]) -> bytes:
    """``text`` as the UTF-8 of its JSON value (a WKT needs no escaping: just quotes)."""
    if text is None:
        return b"null"
    got = cache.get(text)
    if got is None:
        raw = text.encode("utf-8")
        # deleting the bytes JSON escapes copies the text once: far cheaper than json.dumps
        plain = text.isascii() and len(raw.translate(None, _ESCAPED)) == len(raw)
        got = b'"' + raw + b'"' if plain else json.dumps(text, ensure_ascii=False).encode("utf-8")
        cache[text] = got
    return got


def _digest(features: Sequence[Feature], geometries: Sequence[bytes]) -> str:
    """SHA-256 of the canonical JSON text of ``features`` (sorted by id) whose geometry
    values, as JSON, are ``geometries``.

    The same bytes as ``json.dumps`` of the whole payload (``canonical_payload``), without
    building that text: the rest of the payload is written with a hole for each geometry,
    and the hash reads the pieces and the geometries in turn (the geometries are most of a
    version's text, and most of them are shared with the version it is compared with).
    Should a value elsewhere in the payload read like a hole, the text is written whole.
    """
    payload = canonical_payload(features, [_HOLE] * len(features))
    text = _dumps(payload)
    pieces = text.split(_HOLE_TEXT)
    if len(pieces) != len(features) + 1:  # an attribute looks like a hole: no shortcut
        whole = canonical_payload(features, [json.loads(g) for g in geometries])
        return hashlib.sha256(_dumps(whole).encode("utf-8")).hexdigest()
    h = hashlib.sha256(pieces[0].encode("utf-8"))
    for geometry, piece in zip(geometries, pieces[1:], strict=True):
        h.update(b'"geometry":')
        h.update(geometry)
        h.update(piece.encode("utf-8"))
    return h.hexdigest()


def canonical_payload(features: Sequence[Feature],
                      wkts: Sequence[str | None]) -> dict[str, Any]:
    """The JSON-ready canonical form of a version whose features (sorted by id) have the
    canonical geometry texts ``wkts``: what the fingerprint hashes."""
    return {
        "crs": CRS,
        "precision": PRECISION,
        "features": [canonical_feature(f, w) for f, w in zip(features, wkts, strict=True)],
    }


def _dumps(payload: dict[str, Any]) -> str:
    """The canonical JSON text: keys sorted, no spaces, Unicode as is."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fingerprint(features: Iterable[Feature]) -> str:
    """Full SHA-256 hex digest of a version's content."""
    (digest,) = fingerprints(features)
    return digest


def short(digest: str) -> str:
    """The printed short form: first 12 hex digits, upper case, in groups of 4."""
    d = digest[:12].upper()
    return f"{d[0:4]}-{d[4:8]}-{d[8:12]}"
