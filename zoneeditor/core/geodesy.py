"""Geodesic measures on the WGS84 ellipsoid: the only place distances and areas are computed.

Planar degrees are never a measure: one degree of longitude is 111 km at the equator and
89 km at Damascus. Everything here goes through ``pyproj.Geod`` (``geod()``).

An edge is measured as it is drawn: a straight line in longitude/latitude, which is what
shapely's overlays, GDAL, QGIS and every file from another party mean by an edge between two
vertices. The geodesic between the same two vertices bows away from it (~85 m on a 0.8°
east-west edge at 35°N), so measuring edges as geodesics made a densified copy of a zone with
one 11 m edit "moved 73 m", and land between a zone and the same border drawn with more
vertices count as km² changing hands. Lengths and areas are therefore measured geodesically
*along* the drawn edge: every edge longer than ``DRAWN_STEP_DEG`` is cut into equal pieces no
longer than that (``as_drawn``), on which geodesic and drawn line differ by ~1 cm. This also
matches QGIS's ellipsoidal areas, whose edges are straight in longitude/latitude
(docs/architecture.md, "Edges are measured as drawn").

pyproj is imported on the first measure, not with this module: importing it costs about
50 ms (its ``__init__`` loads the CRS database layer, transformers and network code), and the
window's first frame imports the drawing tools, which import this module but measure only
once the user draws (docs/window.md, "Start-up"). Only ``pyproj.geod`` is imported by name,
so a process that defers pyproj's ``__init__`` (``core.pyproj_parts``: the CLI) loads nothing
else of pyproj; the local projection (``aeqd_transformers``) is computed with the geodesic
too (``core.aeqd``).

>>> from shapely import box
>>> round(area_km2(box(0, 0, 1, 1)), 1)
12308.5
>>> round(area_km2(box(35, 36, 36, 37)), 1)
9941.6
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import numpy as np
import shapely
from shapely import get_parts
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.aeqd import AeqdForward, AeqdInverse, ArrayTransform

if TYPE_CHECKING:
    import pyproj

    #: The WGS84 ellipsoid (``geod()``), kept as a name for older callers.
    GEOD: pyproj.Geod


@cache
def geod() -> pyproj.Geod:
    """The WGS84 ellipsoid's ``pyproj.Geod`` (made, and pyproj imported, on first use)."""
    # the submodule, not the package: with core.pyproj_parts the rest of pyproj stays unloaded
    from pyproj.geod import Geod

    return Geod(ellps="WGS84")


if not TYPE_CHECKING:  # at run time only: the type checker sees the declaration above

    def __getattr__(name: str) -> object:
        # ``GEOD`` is made on first use (PEP 562), so importing this module needs no pyproj
        if name == "GEOD":
            return geod()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def area_km2(geometry: BaseGeometry) -> float:
    """Geodesic area in km² of a (multi)polygon; 0 for lines and points.

    Ring orientation does not matter: the absolute area is returned, holes subtracted.
    """
    if geometry.is_empty or geometry.geom_type not in ("Polygon", "MultiPolygon"):
        return 0.0
    total = 0.0
    for poly in get_parts(geometry):
        total += abs(_ring_area(poly.exterior))
        for hole in poly.interiors:
            total -= abs(_ring_area(hole))
    return total / 1e6


def _ring_area(ring: BaseGeometry) -> float:
    xy = as_drawn(shapely.get_coordinates(ring))  # one numpy array: no per-vertex Python work
    area, _ = geod().polygon_area_perimeter(xy[:, 0], xy[:, 1])
    return float(area)


def length_km(geometry: BaseGeometry) -> float:
    """Geodesic length in km of a line (or the perimeter of a polygon), along its edges as
    drawn; 0 for points."""
    if geometry.is_empty:
        return 0.0
    parts = shapely.get_parts(geometry)
    paths = [r for p in parts for r in (shapely.get_rings(p) if p.geom_type == "Polygon"
                                        else [p] if p.geom_type == "LineString" else [])]
    total = 0.0
    for path in paths:
        xy = as_drawn(shapely.get_coordinates(path))
        if len(xy) >= 2:
            total += float(geod().line_length(xy[:, 0], xy[:, 1]))
    return total / 1000.0


#: The longest piece an edge is measured in (degrees, ~1.1 km): on it the geodesic departs
#: from the drawn line by ~1 cm at 35°N (the bow grows with the square of the length).
DRAWN_STEP_DEG = 0.01
#: At most this many points are added to one path: a path of very many very long edges (a
#: hostile file of world-wide zigzags) is cut into longer pieces instead of filling memory;
#: on such a path the bow is a negligible share of what is measured.
MAX_ADDED = 1_000_000


def as_drawn(xy: np.ndarray, step: float = DRAWN_STEP_DEG) -> np.ndarray:
    """The (k, 2) lon/lat path ``xy`` with every edge longer than ``step`` degrees cut into
    equal pieces along the straight line in lon/lat, for geodesic measures of the path as
    drawn (module docstring). The path's own vertices are kept bit for bit; ``xy`` itself is
    returned when no edge is longer.

    >>> as_drawn(np.array([[36.0, 35.0], [36.025, 35.0]])).round(4).tolist()
    [[36.0, 35.0], [36.0083, 35.0], [36.0167, 35.0], [36.025, 35.0]]
    """
    if len(xy) < 2:
        return xy
    d = np.diff(xy, axis=0)
    squared = np.einsum("ij,ij->i", d, d)
    if not (squared > step * step).any():
        return xy  # every edge already short (most paths: one cheap pass, no copy)
    seg = np.sqrt(squared)
    seg[~np.isfinite(seg)] = 0.0  # a damaged coordinate is not measured here, nor grown
    pieces = np.maximum(np.ceil(seg / step), 1.0)
    total = float(pieces.sum())
    if total - len(d) > MAX_ADDED:
        pieces = np.ceil(seg / (step * total / (len(d) + MAX_ADDED)))
    n = np.maximum(pieces.astype(np.int64), 1)
    edge = np.repeat(np.arange(len(d)), n)
    k = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
    out = xy[:-1][edge] + (k / n[edge])[:, None] * d[edge]  # k = 0: the vertex itself
    return np.vstack([out, xy[-1:]])


def distance_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Geodesic distance in km between two points."""
    _, _, d = geod().inv(lon1, lat1, lon2, lat2)
    return float(d) / 1000.0


def destination(lon: float, lat: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point ``km`` away from (lon, lat) along the true-north bearing ``bearing_deg``."""
    lon2, lat2, _ = geod().fwd(lon, lat, bearing_deg, km * 1000.0)
    return lon2, lat2


def bearing_deg(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Initial true-north bearing from the first point to the second, 0..360."""
    az, _, _ = geod().inv(lon1, lat1, lon2, lat2)
    return float(az) % 360.0


@lru_cache(maxsize=256)
def aeqd_transformers(lon0: float, lat0: float) -> tuple[ArrayTransform, ArrayTransform]:
    """Transforms WGS84 lon/lat <-> azimuthal equidistant metres centred at (lon0, lat0).

    Computed with the geodesic (core.aeqd: the definition PROJ's ``+proj=aeqd`` computes
    on the ellipsoid, agreeing to nanometres), which needs no PROJ pipeline, no CRS layer and
    no per-thread copies: they may be shared, hence one cache for all threads.
    """
    ellipsoid = geod()
    return AeqdForward(ellipsoid, lon0, lat0), AeqdInverse(ellipsoid, lon0, lat0)


GeometryMap = Callable[[BaseGeometry], BaseGeometry]


def _mapper(transformer: ArrayTransform) -> GeometryMap:
    def apply(xy: np.ndarray) -> np.ndarray:
        x, y = transformer.transform(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return lambda g: shapely.transform(g, apply)


def local_projection(geometry: BaseGeometry) -> tuple[GeometryMap, GeometryMap]:
    """Geometry maps to and from an azimuthal equidistant projection in metres.

    Centred on the geometry, so metric work near it (buffers of a few km) is true to within
    a fraction of a percent anywhere on Earth. Returns ``(to_metres, to_degrees)``.
    """
    c = geometry.centroid
    lon0, lat0 = round(c.x, 3), round(c.y, 3)  # rounding lets nearby shapes share the cache
    fwd, inv = aeqd_transformers(lon0, lat0)
    return _mapper(fwd), _mapper(inv)


def to_local(
    geometry: BaseGeometry, around: BaseGeometry | None = None
) -> tuple[BaseGeometry, GeometryMap]:
    """``geometry`` in metres in the local projection centred on ``around`` (or itself).

    Returns ``(projected, back)`` where ``back`` maps a projected geometry to degrees.
    """
    fwd, inv = local_projection(around if around is not None else geometry)
    return fwd(geometry), inv


def metres_per_degree(lat: float) -> tuple[float, float]:
    """Approximate metres per degree of longitude and of latitude at ``lat`` (for display)."""
    phi = math.radians(lat)
    m_lat = 111132.92 - 559.82 * math.cos(2 * phi) + 1.175 * math.cos(4 * phi)
    m_lon = 111412.84 * math.cos(phi) - 93.5 * math.cos(3 * phi)
    return m_lon, m_lat
