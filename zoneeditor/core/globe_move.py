"""Moving a feature over the globe without changing its size: a rotation of the Earth.

Adding the same number of degrees to every vertex is no move on the ground: a degree of
longitude is longer further south, so a zone dragged 19 km south grew by 0.9 km² (481.8 to
482.7 km²), and the Changes panel reported land nobody gave (a delegate's pass, December
2026). A move here is the rotation of the globe about its centre that carries the grabbed
point to where it is dropped, along the great circle between them; every vertex turns with
it, so lengths, angles and areas stay as they were.

The rotation acts on the *authalic* sphere (latitude mapped so that equal areas on the
WGS84 ellipsoid stay equal on the sphere; longitude unchanged): a rotation keeps areas on
that sphere, so the moved zone has its ellipsoidal area to ~1e-7 (what the edges between the
turned vertices, straight in lon/lat as drawn, add or take; tests/unit/core/test_globe_move).
The grabbed vertex lands exactly where it was dropped, bit for bit, so it can snap onto a
neighbour's vertex; a move of zero leaves the geometry as it is.

>>> from shapely import Point
>>> moved = rotated(Point(36.67, 34.86), (36.67, 34.86), (36.70, 34.70))
>>> moved.x, moved.y
(36.7, 34.7)
"""

from __future__ import annotations

import math

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

# WGS84 (as pyproj.Geod(ellps="WGS84"), which measures everything in core/geodesy)
_F = 1 / 298.257223563
_E2 = _F * (2 - _F)
_E = math.sqrt(_E2)


def _q(sin_phi: np.ndarray) -> np.ndarray:
    """The authalic function q(φ) of the ellipsoid (Snyder 1987, eq. 3-12)."""
    es = _E * sin_phi
    q: np.ndarray = (1 - _E2) * (sin_phi / (1 - es * es) - np.log((1 - es) / (1 + es)) / (2 * _E))
    return q


_QP = float(_q(np.array(1.0)))


def _to_authalic(lat_deg: np.ndarray) -> np.ndarray:
    """Geodetic latitude (degrees) -> authalic latitude (radians)."""
    return np.arcsin(np.clip(_q(np.sin(np.radians(lat_deg))) / _QP, -1.0, 1.0))


def _from_authalic(beta: np.ndarray) -> np.ndarray:
    """Authalic latitude (radians) -> geodetic latitude (degrees): Snyder's series (1.4e-8°
    off at worst), then one Newton step on q(φ) = qp·sin β (a round trip to ~2e-11°; two
    more steps cost 60 ms on a million vertices and gain nothing)."""
    e4, e6 = _E2 * _E2, _E2 * _E2 * _E2
    phi = (beta + (_E2 / 3 + 31 * e4 / 180 + 517 * e6 / 5040) * np.sin(2 * beta)
           + (23 * e4 / 360 + 251 * e6 / 3780) * np.sin(4 * beta)
           + 761 * e6 / 45360 * np.sin(6 * beta))
    target = _QP * np.sin(beta)
    for _ in range(1):
        s, c = np.sin(phi), np.cos(phi)
        slope = 2 * (1 - _E2) * c / (1 - _E2 * s * s) ** 2  # dq/dφ
        step = np.where(np.abs(c) > 1e-12, (_q(s) - target) / np.where(slope == 0, 1, slope),
                        0.0)
        phi = phi - step
    lat: np.ndarray = np.degrees(phi)
    return lat


def _unit(lon_deg: np.ndarray, lat_deg: np.ndarray) -> np.ndarray:
    """(k, 3) unit vectors on the authalic sphere."""
    lam, beta = np.radians(lon_deg), _to_authalic(lat_deg)
    cb = np.cos(beta)
    return np.column_stack([cb * np.cos(lam), cb * np.sin(lam), np.sin(beta)])


def rotated(geometry: BaseGeometry, frm: tuple[float, float], to: tuple[float, float]
            ) -> BaseGeometry:
    """``geometry`` turned with the globe so that the point ``frm`` (lon, lat) comes to
    ``to`` (module docstring).

    Two rotations, each keeping sizes: about the polar axis by the change of longitude (an
    east-west move is the plain shift in longitude it always was), then along the target's
    meridian by the change of (authalic) latitude, about the axis through the equator at
    right angles to that meridian — so north stays north where the point is dropped.
    """
    if frm == to or geometry.is_empty:
        return geometry
    dlon = to[0] - frm[0]
    beta0, beta1 = (float(b) for b in _to_authalic(np.array([frm[1], to[1]])))
    theta = beta1 - beta0
    lam = np.radians(to[0])
    k = np.array([np.sin(lam), -np.cos(lam), 0.0])  # turning about it by +θ goes north
    cos_t, sin_t = np.cos(theta), np.sin(theta)

    def turn(xy: np.ndarray) -> np.ndarray:
        lon = xy[:, 0] + dlon
        if theta == 0.0:
            turned = np.column_stack([lon, xy[:, 1]])
        else:
            v = _unit(lon, xy[:, 1])
            # Rodrigues: v cos t + (k × v) sin t + k (k · v)(1 - cos t)
            out = v * cos_t + np.cross(k, v) * sin_t + np.outer(v @ k, k) * (1 - cos_t)
            spun = np.degrees(np.arctan2(out[:, 1], out[:, 0]))
            # longitudes stay continuous with the shifted ones (no jump at ±180°)
            turned = np.column_stack([lon + ((spun - lon + 180.0) % 360.0 - 180.0),
                                      _from_authalic(np.arcsin(np.clip(out[:, 2], -1, 1)))])
        grabbed = (xy[:, 0] == frm[0]) & (xy[:, 1] == frm[1])
        turned[grabbed] = to  # the grabbed vertex lands where it was dropped, exactly
        return turned

    return shapely.transform(geometry, turn)
