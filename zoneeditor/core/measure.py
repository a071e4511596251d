"""Geodesic measurement of a clicked path: length along it and area of the closed shape.

Everything goes through ``core.geodesy`` (WGS84 ellipsoid), never planar degrees.

>>> m = measure([(36.0, 35.0), (36.1, 35.0), (36.1, 35.1)])
>>> round(m.length_km, 2), round(m.area_km2, 1), len(m.legs_km)
(20.22, 50.6, 2)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from shapely import Polygon

from zoneeditor.core.geodesy import area_km2, bearing_deg, distance_km
from zoneeditor.core.messages import Message

XY = tuple[float, float]


@dataclass(frozen=True)
class Measurement:
    """Lengths of each leg, the total, the closed shape's area and the last leg's bearing."""

    legs_km: tuple[float, ...]
    length_km: float
    area_km2: float
    perimeter_km: float
    bearing_deg: float | None

    def text(self) -> str:
        """One line for the status bar (a ``Message`` of Messages: the window translates
        each part and keeps the figures as they are)."""
        if not self.legs_km:
            return Message("Measure: click points along the path")
        parts = [Message("Distance %1 km", f"{self.length_km:.3f}")]
        if len(self.legs_km) > 1:
            parts.append(Message("last leg %1 km", f"{self.legs_km[-1]:.3f}"))
        if self.bearing_deg is not None:
            parts.append(Message("bearing %1°", f"{self.bearing_deg:.1f}"))
        if self.area_km2 > 0:
            parts.append(Message("area %1 km² (perimeter %2 km)", f"{self.area_km2:.3f}",
                                 f"{self.perimeter_km:.3f}"))
        text = parts[0]
        for part in parts[1:]:
            text = Message("%1 — %2", text, part)
        return text


def measure(points: Sequence[XY]) -> Measurement:
    """Measure the path through ``points`` and, from three points on, its closed area."""
    legs = tuple(distance_km(a[0], a[1], b[0], b[1]) for a, b in pairwise(points))
    length = sum(legs)
    area = 0.0
    perimeter = 0.0
    if len(points) >= 3:
        poly = Polygon(points)
        if poly.is_valid and not poly.is_empty:
            area = area_km2(poly)
        perimeter = length + distance_km(points[-1][0], points[-1][1],
                                         points[0][0], points[0][1])
    bearing = None
    if len(points) >= 2 and legs[-1] > 0:
        a, b = points[-2], points[-1]
        bearing = bearing_deg(a[0], a[1], b[0], b[1])
    return Measurement(legs, length, area, perimeter, bearing)
