"""Reading an export back before the user is told it succeeded.

Every file written is read again (through the same readers an import uses) and compared
with what was meant to be written, feature by feature in write order: the count, the
stable id, the geometry (same type family and coordinates within ``TOLERANCE`` degrees)
and every attribute's text. Any difference aborts the export with the first few
differences named, and nothing replaces the user's previous files.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature
from zoneeditor.core.schema import recognise
from zoneeditor.io.exchange import records
from zoneeditor.io.exchange.mapping import columns_and_samples

#: Coordinates may move this much (degrees) in a round trip: 7 written decimals round by
#: at most 5e-8; 1e-6 (about 10 cm) leaves room and still catches any real damage.
TOLERANCE = 1e-6
_FAMILY = {"MultiPolygon": "Polygon", "MultiLineString": "LineString", "MultiPoint": "Point"}


def same_geometry(a: BaseGeometry, b: BaseGeometry | None, tolerance: float = TOLERANCE) -> bool:
    """True when ``b`` is ``a`` up to ring start/orientation, single-part multis and rounding."""
    if b is None:
        return False
    if _FAMILY.get(a.geom_type, a.geom_type) != _FAMILY.get(b.geom_type, b.geom_type):
        return False
    ca = shapely.get_coordinates(shapely.normalize(a))
    cb = shapely.get_coordinates(shapely.normalize(b))
    return ca.shape == cb.shape and bool(np.allclose(ca, cb, rtol=0, atol=tolerance))


def _same_value(want: Any, got: Any) -> bool:
    if isinstance(want, str):
        return want == ("" if got is None else str(got))
    if isinstance(want, bool):
        return str(want) == str(got) or want == got
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(float(want), float(got), rel_tol=1e-12, abs_tol=1e-12)
    return records.text_value(want) == str(got)


def differences(expected: Sequence[Feature], raw_records: Sequence[dict[str, Any]],
                limit: int = 5) -> list[str]:
    """What differs between the features meant and the records read back (empty: none)."""
    out: list[str] = []
    if len(expected) != len(raw_records):
        out.append(Message("%1 features read back instead of %2", len(raw_records),
                           len(expected)))
        return out
    # The layer's columns are recognised as an import recognises them: from all its records
    # (one record alone may have an empty name and read its local name as the name).
    columns, samples = columns_and_samples([rec.get("props") or {} for rec in raw_records])
    schema = recognise(columns, samples)
    for f, rec in zip(expected, raw_records, strict=True):
        zid, attrs, _ = records.map_attributes(rec.get("props") or {}, schema)
        if zid != f.id:
            out.append(Message("%1: id %2 read back instead of %3", f.label, repr(zid),
                               repr(f.id)))
        if rec.get("issue") or not same_geometry(f.geometry, rec.get("geometry")):
            out.append(Message("%1: the geometry read back differs", f.label))
        for key, want in f.attributes.items():
            if want is None or want == "":
                continue
            if not _same_value(want, attrs.get(key)):
                out.append(Message("%1: %2 %3 read back instead of %4", f.label, key,
                                   repr(attrs.get(key)), repr(want)))
        if len(out) >= limit:
            break
    return out
