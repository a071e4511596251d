"""Changed land without floating-point noise: the parts of an overlay narrower than a hair.

Two versions of one boundary that differ only in the last bits of their coordinates (a
proposal read from a file in Web Mercator: 37.1 comes back as 37.099999999999994, 35.7 as
35.70000000000001) make GEOS's overlay keep strips some 1e-15 degrees wide along that
boundary. Alone, such a strip is a crumb the regions leave out (under ``NOISE_KM2``). Joined
to a real piece of changed land it is a zero-width spike of that piece: the piece's box, and
so its label point and the town named after it, reach along the spike (a corner cut near
Al Ḩamrā' was reported "near Sinjār", its marker 15 km from the land), the overlay draws the
spike's outline as a line along the unchanged boundary, and written with fewer decimals the
polygon crosses itself.

The same needle comes without any import when a vertex is snapped onto a slanted edge: it
lies a few 1e-15° off the edge, and the lost corner reaches along the edge to its far end.

``without_collapsed`` takes those parts out of an overlay's result. A polygon is suspect when
rounding its coordinates to ``GRID`` (1e-9°, ~0.1 mm: far below anything drawn, far above
floating-point noise, ~1e-14° here) makes it invalid, or when a ring has the tip of a needle
(``_folds``). A polygon that is not suspect is kept as it is, bit for bit (the normal case:
no report changes); a suspect is snap-rounded to the grid by GEOS, which drops what collapses
there and moves the rest by at most half a step, or left out when it is a crumb of noise as
a whole (``NOISE_DEG2``, about ``NOISE_KM2``).

The land is measured after this, not before, so that what is listed, drawn and measured is
one shape. (When edges were measured as geodesics, a spike whose two sides ran along a
parallel between different vertices had an area although it had no width in degrees: 0.04 km²
at 35.5°N for a hole's edge grown by 0.1°. Edges are measured as drawn now,
``geodesy.as_drawn``, and such a spike measures ~0.)

>>> from shapely import from_wkt
>>> old = from_wkt("POLYGON ((36.9 35.4, 37.1 35.4, 37.1 35.7, 36.9 35.7, 36.9 35.4))")
>>> new = from_wkt("POLYGON ((36.9 35.45, 37.099999999999994 35.45, "
...                "37.099999999999994 35.7, 36.9 35.7, 36.9 35.45))")
>>> spiky = old.difference(new)
>>> round(spiky.bounds[3], 3), without_collapsed(spiky).bounds
(35.7, (36.9, 35.4, 37.1, 35.45))
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

#: The grid (degrees) at which changed land must hold together: ~0.1 mm on the ground.
GRID = 1e-9
#: A part under this many square degrees is noise alone (1e-10 deg² is at most ~1.2 m²,
#: about ``diff_slivers.NOISE_KM2``): left out without snapping, which is the costly step
#: when every vertex of a large zone is noisy and the overlay is thousands of such strips.
NOISE_DEG2 = 1e-10


def collapsed(polygons: np.ndarray) -> np.ndarray:
    """For each polygon, whether a part of it is thinner than ``GRID`` (a spike, a needle, a
    sliver, a pinch): rounding its coordinates to the grid makes it invalid, or one of its
    rings folds back on itself (``_folds``)."""
    rounded = shapely.set_precision(polygons, GRID, mode="pointwise")
    thin: np.ndarray = ~shapely.is_valid(rounded) | _folds(polygons)
    return thin


def _folds(polygons: np.ndarray) -> np.ndarray:
    """For each polygon, whether a ring has the tip of a needle: an edge shorter than
    ``GRID``, or a vertex where the ring turns back and runs within ``GRID`` of the edge it
    came along for the whole length of the shorter edge.

    Rounding finds thin parts along the axes (the coordinates of both sides round alike) but
    not along a slanted edge: a vertex snapped onto such an edge lies a few 1e-15° off it,
    and rounded it moves up to half a grid step the other way, so the needle between the new
    edge and the old one keeps a width. Its tip gives it away, in one pass over the vertices.
    """
    out = np.zeros(len(polygons), dtype=bool)
    rings, owner = shapely.get_rings(polygons, return_index=True)
    if len(rings) == 0:
        return out
    xy, ring_of = shapely.get_coordinates(rings, return_index=True)
    if len(xy) < 2:
        return out
    # Coordinates of all rings one after the other, each ring closed (last = first): the
    # edge from coordinate j to j + 1 is d[j], except where j closes its ring.
    d = np.diff(xy, axis=0)
    length = np.hypot(d[:, 0], d[:, 1])
    closes = np.r_[ring_of[1:] != ring_of[:-1], True]
    opens = np.r_[True, closes[:-1]]
    tip = ~closes[:-1] & (length < GRID)  # a tiny edge: the cut-off tip of a needle
    # the turn at each vertex between its ring's first and last: edge in d[j-1], out d[j]
    inner = ~opens[1:-1] & ~closes[1:-1]
    tip[1:] |= inner & _folded(d[:-1], d[1:], length[:-1], length[1:])
    # the turn at each ring's first vertex: in along the edge that closes the ring (rings
    # come one after the other, so the k-th opening and the k-th closing are one ring's)
    first = np.flatnonzero(opens[:-1])
    into = np.flatnonzero(closes) - 1
    tip[first] |= _folded(d[into], d[first], length[into], length[first])
    # plain fancy indexing: repeats are harmless, and np.unique would import numpy.ma
    # (~12 ms, a third of what a small diff costs beyond the imports it needs)
    out[owner[ring_of[:-1][tip]]] = True
    return out


def _folded(a: np.ndarray, b: np.ndarray, la: np.ndarray, lb: np.ndarray) -> np.ndarray:
    """Whether edge ``b`` turns back along edge ``a`` (lengths ``la``, ``lb``) and stays
    within ``GRID`` of it over the shorter one's length (its far end's distance from the
    longer one's line is |a × b| / max(|a|, |b|))."""
    back = a[:, 0] * b[:, 0] + a[:, 1] * b[:, 1] < 0
    cross = np.abs(a[:, 0] * b[:, 1] - a[:, 1] * b[:, 0])
    folded: np.ndarray = back & (cross < GRID * np.maximum(la, lb))
    return folded


def without_collapsed(geometry: BaseGeometry) -> BaseGeometry:
    """``geometry`` (the gained or lost land of an overlay) without its parts thinner than
    ``GRID``; the very same object when it has none.

    Only polygonal geometries are looked at; anything else is returned as it is.
    """
    if geometry.is_empty or geometry.geom_type not in ("Polygon", "MultiPolygon"):
        return geometry
    parts = shapely.get_parts(geometry)
    bad = collapsed(parts)
    if not bad.any():
        return geometry
    kept: list[Polygon] = [p for p, b in zip(parts, bad, strict=True) if not b]
    suspects = parts[bad]
    # a strip of noise on its own (nothing a reader could see or count) has no extent in
    # degrees; measured geodesically it could have the lens between its sides' geodesics
    for part in suspects[shapely.area(suspects) >= NOISE_DEG2]:
        # snap rounding wants valid input; an overlay's output is, make_valid is the guard
        snapped = shapely.set_precision(part if part.is_valid else shapely.make_valid(part),
                                        GRID)
        kept += [p for p in shapely.get_parts(snapped)
                 if p.geom_type == "Polygon" and not p.is_empty]
    if not kept:
        return Polygon()
    if len(kept) == 1:
        return kept[0]
    whole = MultiPolygon(kept)
    if whole.is_valid:
        return whole
    # a snapped polygon may now touch a neighbour along an edge (their gap was noise too):
    # one snap-rounded union makes the whole valid again (rare: only after a snap)
    joined: BaseGeometry = shapely.union_all(kept, grid_size=GRID)
    return joined
