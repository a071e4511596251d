"""Geometries from GeoJSON-like coordinate lists, built from numpy arrays (sandboxed reader).

shapely's ``shape`` and constructors turn a list of positions into an array one position
at a time in Python (``[float(c) for c in position]``): for a 300-zone file of 1,000
vertices each that is most of the reading time. Converting each innermost list in one
``numpy.asarray`` call gives the same float64 coordinates (the same values Python's
``float`` gives), and a numeric array goes to GEOS directly. Only plain numeric positions
of one dimension take this way; anything else (empty parts, ``None``, text, ragged
positions) is left to ``shape`` and its own messages, so a damaged file reads as before.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

#: Nesting levels above the positions, per geometry type taken the fast way.
_DEPTH = {"LineString": 0, "MultiLineString": 1, "Polygon": 1, "MultiPolygon": 2}


class _NotPlain(ValueError):
    """The coordinates are not plain numeric positions: leave them to ``shape``."""


def positions(seq: Any) -> np.ndarray:
    """A list of numeric positions as an (n, 2) or (n, 3) float64 array; ``_NotPlain``
    (a ValueError) when they are anything else."""
    if not isinstance(seq, (list, tuple)) or not seq:
        raise _NotPlain("empty or not a list")
    arr = np.asarray(seq)
    if arr.ndim != 2 or arr.shape[1] not in (2, 3) or arr.dtype.kind not in "fi":
        raise _NotPlain("not plain positions")
    return arr.astype(np.float64, copy=False)


def _arrays(coords: Any, depth: int) -> Any:
    if depth == 0:
        return positions(coords)
    if not isinstance(coords, (list, tuple)) or not coords:
        raise _NotPlain("empty or not a list")
    return [_arrays(c, depth - 1) for c in coords]


def fast_shape(geometry: Any) -> BaseGeometry:
    """``shapely.geometry.shape(geometry)``, the same geometry, built from arrays when the
    coordinates are plain numeric positions (see module doc)."""
    ob = geometry.__geo_interface__ if hasattr(geometry, "__geo_interface__") else geometry
    kind = ob.get("type") if isinstance(ob, dict) else None
    depth = _DEPTH.get(kind) if isinstance(kind, str) else None
    if depth is not None:
        try:
            converted = _arrays(ob.get("coordinates"), depth)
        except (ValueError, TypeError, OverflowError):
            converted = None
        if converted is not None:
            return shape({"type": kind, "coordinates": converted})
    return shape(geometry)
