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
    texts = iter(canonical_wkts([f.geometry for fs in ordered for f in fs]))
    out = []
    for features in ordered:
        payload = {
            "crs": CRS,
            "precision": PRECISION,
            "features": [canonical_feature(f, next(texts)) for f in features],
        }
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        out.append(hashlib.sha256(text.encode("utf-8")).hexdigest())
    return tuple(out)


def fingerprint(features: Iterable[Feature]) -> str:
    """Full SHA-256 hex digest of a version's content."""
    (digest,) = fingerprints(features)
    return digest


def short(digest: str) -> str:
    """The printed short form: first 12 hex digits, upper case, in groups of 4."""
    d = digest[:12].upper()
    return f"{d[0:4]}-{d[4:8]}-{d[8:12]}"
