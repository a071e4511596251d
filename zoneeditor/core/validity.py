"""Why a geometry is unacceptable, in words a delegate understands, and where.

Used by edits (to refuse), by validation (to report) and by import (to list and offer repair).
"""

from __future__ import annotations

import math
import re

import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.model import LayerKind

_WHERE = re.compile(r"\[\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)")

_FRIENDLY = {
    "Self-intersection": "the boundary crosses itself",
    "Ring Self-intersection": "a ring touches itself",
    "Too few points": "too few vertices",
    "Hole lies outside shell": "a hole lies outside its zone",
    "Interior is disconnected": "a hole cuts the zone in two",
    "Nested shells": "one part lies inside another",
    "Nested holes": "a hole lies inside another hole",
    "Self-intersecting ring": "a ring touches itself",
    "Invalid Coordinate": "a coordinate is not a number",
    "Ring is not closed": "a ring is not closed",
    "Duplicate Rings": "two rings are the same",
}


def problem(
    geometry: BaseGeometry | None, layer: LayerKind | None = None
) -> tuple[str, tuple[float, float] | None] | None:
    """``(reason, (lon, lat) or None)`` when ``geometry`` is unacceptable, else None.

    Checks, in order: presence, emptiness, type for the layer, finite coordinates in the
    WGS84 range, minimal vertex counts, and GEOS validity.
    """
    if geometry is None:
        return "it has no geometry", None
    if geometry.is_empty:
        return "its geometry is empty", None
    if layer is not None and geometry.geom_type not in layer.geometry_types:
        allowed = " or ".join(layer.geometry_types)
        return f"a {geometry.geom_type} cannot go in the {layer.value} layer ({allowed})", None
    coords = shapely.get_coordinates(geometry)
    for x, y in coords.tolist():
        if not (math.isfinite(x) and math.isfinite(y)):
            return "a coordinate is not a finite number", None
        if not (-180.0 <= x <= 180.0 and -90.0 <= y <= 90.0):
            hint = " (latitude and longitude swapped?)" if -90 <= x <= 90 and abs(y) <= 180 else ""
            return f"coordinate {x:.6f}, {y:.6f} is outside longitude/latitude range{hint}", (
                x,
                y,
            )
    if geometry.geom_type == "LineString" and len({tuple(c) for c in coords}) < 2:
        return "a line needs at least two distinct vertices", tuple(coords[0].tolist())
    reason = shapely.is_valid_reason(geometry)
    if reason == "Valid Geometry":
        return None
    where = None
    m = _WHERE.search(reason)
    if m:
        where = (float(m.group(1)), float(m.group(2)))
    head = reason.split("[")[0].strip()
    text = _FRIENDLY.get(head, head.lower())
    return text, where


def describe(reason: str, where: tuple[float, float] | None) -> str:
    """One line: the reason, and where when known."""
    if where is None:
        return reason
    return f"{reason} at {where[1]:.5f}°N {where[0]:.5f}°E"


def repair(geometry: BaseGeometry, layer: LayerKind) -> BaseGeometry | None:
    """A valid version of ``geometry`` for ``layer``, or None when no sensible repair exists.

    Offered to the user, never applied silently: the caller shows both and asks.
    """
    fixed = shapely.make_valid(geometry, method="structure", keep_collapsed=False)
    if layer == LayerKind.ZONES:
        polys = [g for g in shapely.get_parts(fixed) if g.geom_type in ("Polygon", "MultiPolygon")]
        if not polys:
            return None
        merged = shapely.union_all(polys)
        if merged.geom_type == "Polygon" and geometry.geom_type == "MultiPolygon":
            merged = shapely.MultiPolygon([merged])
        return merged if merged.is_valid and not merged.is_empty else None
    return fixed if fixed.geom_type in layer.geometry_types and fixed.is_valid else None
