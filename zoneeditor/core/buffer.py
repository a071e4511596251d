"""Buffer security zones: a band of a given width in km on each side of a line of contact.

Computed in an azimuthal equidistant projection centred on the line, so 2 km is 2 km
anywhere on Earth (within a fraction of a percent for lines up to a few hundred km long).
Ends are flat: the zone stops where the line stops, as drawn on negotiation maps.
"""

from __future__ import annotations

import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.errors import EditRefused
from zoneeditor.core.geodesy import to_local

#: Segments per quarter circle at bends; enough that the edge stays within metres of true.
QUAD_SEGMENTS = 16


def buffer_zone(line: BaseGeometry, left_km: float, right_km: float) -> BaseGeometry:
    """The polygon covering ``left_km`` to the left and ``right_km`` to the right of ``line``.

    Left and right are as seen walking from the line's first vertex to its last.
    Refused when both widths are zero or either is negative.
    """
    if line.geom_type != "LineString":
        raise EditRefused("a buffer zone is made from a line")
    if left_km < 0 or right_km < 0:
        raise EditRefused("buffer widths cannot be negative")
    if left_km == 0 and right_km == 0:
        raise EditRefused("give a width on at least one side")
    local, back = to_local(line)
    parts = []
    if left_km > 0:
        parts.append(local.buffer(left_km * 1000.0, quad_segs=QUAD_SEGMENTS,
                                  single_sided=True, join_style="round"))
    if right_km > 0:
        parts.append(local.buffer(-right_km * 1000.0, quad_segs=QUAD_SEGMENTS,
                                  single_sided=True, join_style="round"))
    band = shapely.union_all(parts)
    band = shapely.make_valid(band) if not band.is_valid else band
    result = back(band)
    if result.geom_type == "GeometryCollection":
        result = shapely.union_all([g for g in shapely.get_parts(result)
                                    if g.geom_type in ("Polygon", "MultiPolygon")])
    return result
