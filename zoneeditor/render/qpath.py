"""Shapely geometries to Qt paths, fast: coordinates are copied by numpy, not point by point.

A QPolygonF is a C++ array of doubles (x, y, x, y, ...); we size it, view its memory as a
numpy array and copy the coordinates in one go. A 1,000,000-vertex ring becomes a
QPainterPath in about 20 ms instead of seconds of Python ``lineTo`` calls.
"""

from __future__ import annotations

import numpy as np
import shapely
import shiboken6
from PySide6.QtGui import QPainterPath, QPolygonF
from shapely.geometry.base import BaseGeometry


def polygon_from_array(coords: np.ndarray) -> QPolygonF:
    """A QPolygonF holding the (n, 2) float array ``coords``."""
    n = len(coords)
    poly = QPolygonF()
    if n == 0:
        return poly
    poly.resize(n)
    # shiboken6's stub knows only VoidPtr(int) and no buffer protocol; at run time VoidPtr
    # takes (address, size, writable) and numpy reads it as a buffer.
    buffer = shiboken6.VoidPtr(poly.data(), n * 16, True)  # type: ignore[call-arg, arg-type]  # stub
    view = np.frombuffer(buffer, dtype=np.float64).reshape(n, 2)  # type: ignore[call-overload]  # stub
    view[:] = coords[:, :2]
    return poly


def _rings(geometry: BaseGeometry):
    """Every ring / line of a geometry as an (n, 2) array (points are skipped)."""
    kind = geometry.geom_type
    if isinstance(geometry, shapely.Polygon):
        yield shapely.get_coordinates(geometry.exterior)
        for hole in geometry.interiors:
            yield shapely.get_coordinates(hole)
    elif kind == "LineString" or kind == "LinearRing":
        yield shapely.get_coordinates(geometry)
    elif kind.startswith("Multi") or kind == "GeometryCollection":
        for part in shapely.get_parts(geometry):
            yield from _rings(part)


def path_from_geometry(geometry: BaseGeometry | None) -> QPainterPath:
    """A QPainterPath in map coordinates (degrees) for a polygon or line geometry.

    Polygons become closed subpaths (holes included; the odd-even fill rule cuts the holes),
    lines open subpaths. Points give an empty path: they are drawn as symbols.
    """
    path = QPainterPath()
    path.setFillRule(path.fillRule().OddEvenFill)
    if geometry is None or geometry.is_empty:
        return path
    closed = geometry.geom_type in ("Polygon", "MultiPolygon")
    for ring in _rings(geometry):
        if len(ring) < 2:
            continue
        poly = polygon_from_array(ring)
        if closed:
            path.addPolygon(poly)
            path.closeSubpath()
        else:
            path.addPolygon(poly)  # an open polyline: addPolygon does not close it
    return path
