"""What the georeferencing dialog draws over its two views (``gui.georef_dialog``): the
control points, numbered, on the scan and on the map; where the fit puts each point on the
map (its residual, as a line); where the fit expects the other half of a point being placed;
and the scan's edge as the fit lays it on the map.

Pure computation from the georeferencing, its fit and what is being placed: the views
(``gui.georef_views``, ``gui.georef_map_view``) draw the result.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from zoneeditor.core.georef import GeorefFit
from zoneeditor.core.reference import Georeference
from zoneeditor.gui.georef_views import Marker

#: Steps along each side of the scan's edge drawn on the map.
EDGE_STEPS = 16

XY = tuple[float, float]


@dataclass(frozen=True)
class PointMarks:
    """The markers of both views, and the fit's guess for the half of a point not placed
    yet (None without a fit or nothing pending)."""

    scan: list[Marker]
    map: list[Marker]
    scan_guess: XY | None
    map_guess: XY | None


def point_marks(georef: Georeference | None, transform: GeorefFit | None, selected: str | None,
                pending_scan: XY | None, pending_place: XY | None) -> PointMarks:
    """The markers for the points of ``georef`` (``selected`` highlighted; on the map with
    where ``transform`` puts them), and the guesses for a point half placed: the scan
    position ``pending_scan`` or the place ``pending_place`` (lon, lat)."""
    scan_marks: list[Marker] = []
    map_marks: list[Marker] = []
    for i, p in enumerate(georef.points if georef is not None else ()):
        fitted = transform.to_lonlat(p.px, p.py) if transform is not None else None
        scan_marks.append(Marker(i + 1, p.px, p.py, p.enabled, p.id == selected))
        map_marks.append(Marker(i + 1, p.lon, p.lat, p.enabled, p.id == selected, fitted))
    scan_guess = map_guess = None
    if transform is not None and pending_place is not None:
        scan_guess = transform.pixel_of(*pending_place)
    if transform is not None and pending_scan is not None:
        map_guess = transform.to_lonlat(*pending_scan)
    return PointMarks(scan_marks, map_marks, scan_guess, map_guess)


def scan_outline(transform: GeorefFit | None, width: int, height: int) -> list[XY]:
    """The edge of a ``width`` × ``height`` scan as ``transform`` places it (lon, lat;
    ``EDGE_STEPS`` steps a side), or [] without a fit."""
    if transform is None:
        return []
    t = np.linspace(0.0, 1.0, EDGE_STEPS + 1)
    edge = np.concatenate([np.column_stack([t * width, np.zeros_like(t)]),
                           np.column_stack([np.full_like(t, width), t * height]),
                           np.column_stack([(1 - t) * width, np.full_like(t, height)]),
                           np.column_stack([np.zeros_like(t), (1 - t) * height])])
    return [transform.to_lonlat(float(x), float(y)) for x, y in edge]
