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
from collections.abc import Iterable
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


def canonical_feature(feature: Feature) -> dict[str, Any]:
    """The canonical, JSON-ready form of one feature (also used to compare features)."""
    geom = canonical_geometry(feature.geometry)
    attrs = {
        k: canonical_value(v)
        for k, v in sorted(feature.attributes.items())
        if v is not None and v != ""
    }
    wkt = shapely.to_wkt(geom, rounding_precision=PRECISION, trim=True)
    return {"id": feature.id, "layer": feature.layer.value, "geometry": wkt, "attributes": attrs}


def fingerprint(features: Iterable[Feature]) -> str:
    """Full SHA-256 hex digest of a version's content."""
    payload = {
        "crs": CRS,
        "precision": PRECISION,
        "features": [canonical_feature(f) for f in sorted(features, key=lambda f: f.id)],
    }
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def short(digest: str) -> str:
    """The printed short form: first 12 hex digits, upper case, in groups of 4."""
    d = digest[:12].upper()
    return f"{d[0:4]}-{d[4:8]}-{d[8:12]}"
