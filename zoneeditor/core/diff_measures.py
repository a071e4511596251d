"""Per-feature measures of a geometry change: areas gained and lost, area between two lines,
largest and mean displacement — each computed two ways that must agree.

*Full path*: GEOS overlay (``new - old``, ``old - new``) for zones, the polygonised loop
"old line + reversed new line" for lines, and the displacement search over whole boundaries.

*Fast path* (``diff_align``): only the changed stretches are looked at. All stretch loops
(new path + reversed old path) are noded together and polygonised into faces; the winding
number of a face with respect to those loops is ``inside(new) - inside(old)`` for
counter-clockwise rings (the shared parts of the two rings cancel), so +1 is gained area,
-1 lost area, 0 unchanged — no overlay with the 100,000-vertex rings is ever needed. Its
results equal the full path's to floating-point accuracy (tests check 1e-6 relative on
random perturbations). The fast path is used when the boundaries share at least half of
their segments; otherwise, or when the faces are not consistent (an invalid ring), the full
path runs.

All areas are geodesic (``geodesy.area_km2``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely import LineString, Polygon
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff_align import Alignment, align_lines, align_rings, clean_line, clean_ring
from zoneeditor.core.diff_area import fast_area_km2, signed_loop_area_km2
from zoneeditor.core.diff_noise import without_collapsed
from zoneeditor.core.diff_shift import (
    NO_SHIFT,
    LocalFrame,
    Shift,
    full_shift,
    pick,
    stretch_shift,
)
from zoneeditor.core.geodesy import length_km

#: Below this share of common segments the fast path is not worth trying.
MIN_SHARED = 0.5

EMPTY = Polygon()


@dataclass(frozen=True)
class GeometryChange:
    """What a geometry change measures. Zones fill the area fields; lines the line fields.

    ``gained``/``lost`` are polygonal geometries (possibly empty) in lon/lat; for a line,
    ``between`` is the area enclosed between the old and the new line. ``fast`` says which
    path computed it (for tests and the benchmark).
    """

    area_before_km2: float = 0.0
    area_after_km2: float = 0.0
    gained: BaseGeometry = EMPTY
    lost: BaseGeometry = EMPTY
    gained_km2: float = 0.0
    lost_km2: float = 0.0
    shift: Shift = NO_SHIFT
    between: BaseGeometry = EMPTY
    area_between_km2: float = 0.0
    mean_shift_km: float = 0.0
    fast: bool = False
    extra: dict[str, object] = field(default_factory=dict, compare=False)


def _rings(geometry: BaseGeometry) -> list[np.ndarray]:
    out = []
    for poly in shapely.get_parts(geometry):
        if poly.is_empty:
            continue
        for ring in (poly.exterior, *poly.interiors):
            out.append(shapely.get_coordinates(ring))
    return out


def _frame(old: BaseGeometry, new: BaseGeometry) -> LocalFrame:
    # Both paths must use the same frame: centre on the old shape's bounding box (cheap and
    # identical whichever path runs).
    x0, y0, x1, y1 = (old if not old.is_empty else new).bounds
    return LocalFrame((x0 + x1) / 2, (y0 + y1) / 2)


# -- winding faces -------------------------------------------------------------------------
def winding(points: np.ndarray, loops: list[np.ndarray]) -> np.ndarray:
    """Winding number of each point with respect to the closed loops (summed)."""
    total = np.zeros(len(points), dtype=np.int64)
    if len(points) == 0:
        return total
    px, py = points[:, 0][:, None], points[:, 1][:, None]
    for loop in loops:
        a = loop
        b = np.roll(loop, -1, axis=0)
        for lo in range(0, len(a), 4096):
            ax, ay = a[lo:lo + 4096, 0][None, :], a[lo:lo + 4096, 1][None, :]
            bx, by = b[lo:lo + 4096, 0][None, :], b[lo:lo + 4096, 1][None, :]
            cross = (bx - ax) * (py - ay) - (px - ax) * (by - ay)
            up = (ay <= py) & (by > py) & (cross > 0)
            down = (ay > py) & (by <= py) & (cross < 0)
            total += up.sum(axis=1) - down.sum(axis=1)
    return total


def faces(loops: list[np.ndarray]) -> tuple[list[BaseGeometry], np.ndarray]:
    """The faces of the noded loops and each face's winding number (summed over loops)."""
    closed = [np.vstack([lp, lp[:1]]) for lp in loops if len(lp) >= 3]
    if not closed:
        return [], np.zeros(0, dtype=np.int64)
    noded = shapely.union_all([LineString(c) for c in closed])
    polys = list(shapely.get_parts(shapely.polygonize([noded])))
    polys = [p for p in polys if not p.is_empty and p.area > 0]
    if not polys:
        return [], np.zeros(0, dtype=np.int64)
    reps = shapely.get_coordinates(shapely.point_on_surface(polys))
    return polys, winding(reps, [lp for lp in loops if len(lp) >= 3])


def _union(parts: list[BaseGeometry]) -> BaseGeometry:
    return shapely.union_all(parts) if parts else EMPTY


# -- zones -----------------------------------------------------------------------------------
def zone_change(old: BaseGeometry, new: BaseGeometry, fast: bool = True) -> GeometryChange:
    """Areas before/after, gained/lost (geometries and km²) and largest boundary shift."""
    if fast:
        result = _zone_fast(old, new)
        if result is not None:
            return result
    return zone_full(old, new)


def zone_full(old: BaseGeometry, new: BaseGeometry) -> GeometryChange:
    """The reference computation: GEOS overlay and a search over whole boundaries."""
    o, n = _valid(old), _valid(new)
    gained = _polygonal(shapely.difference(n, o))
    lost = _polygonal(shapely.difference(o, n))
    old_rings, new_rings = _rings(old), _rings(new)
    shift = (full_shift(_frame(old, new), old_rings, new_rings)
             if old_rings and new_rings else NO_SHIFT)
    # Without the zero-width spikes that coordinates differing in their last bits leave
    # (diff_noise): shown, cut into regions and measured so. Measured with them, a spike along
    # a parallel would count the lens between its two sides' geodesics as land.
    gained, lost = without_collapsed(gained), without_collapsed(lost)
    return GeometryChange(
        area_before_km2=fast_area_km2(old), area_after_km2=fast_area_km2(new),
        gained=gained, lost=lost,
        gained_km2=fast_area_km2(gained), lost_km2=fast_area_km2(lost),
        shift=shift, fast=False,
    )


def _valid(g: BaseGeometry) -> BaseGeometry:
    return g if g.is_valid else shapely.make_valid(g)


def _polygonal(g: BaseGeometry) -> BaseGeometry:
    """Only the polygon parts of an overlay result (drops slivers collapsed to lines)."""
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    polys = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    return _union(polys)


def zone_alignment(old: BaseGeometry, new: BaseGeometry) -> Alignment | None:
    """The ring alignment when the fast path applies (simple polygons sharing enough)."""
    if not isinstance(old, Polygon) or not isinstance(new, Polygon):
        return None
    if old.is_empty or new.is_empty or len(old.interiors) or len(new.interiors):
        return None
    al = align_rings(clean_ring(old.exterior), clean_ring(new.exterior))
    if al is None or al.shared_fraction < MIN_SHARED:
        return None
    return al


def _zone_fast(old: BaseGeometry, new: BaseGeometry) -> GeometryChange | None:
    al = zone_alignment(old, new)
    if al is None:
        return None
    area_before = fast_area_km2(old)
    if not al.stretches:
        return GeometryChange(area_before, area_before, fast=True)
    loops = [np.concatenate([s.new, s.old[::-1]]) for s in al.stretches]
    polys, wind = faces(loops)
    if len(wind) and np.abs(wind).max() > 1:
        return None  # not simple rings: let GEOS sort it out
    gained_parts = [p for p, w in zip(polys, wind, strict=True) if w > 0]
    lost_parts = [p for p, w in zip(polys, wind, strict=True) if w < 0]
    gained, gained_km2 = _land(gained_parts)
    lost, lost_km2 = _land(lost_parts)
    assert isinstance(old, Polygon) and isinstance(new, Polygon)  # zone_alignment checked
    old_ring = shapely.get_coordinates(old.exterior)
    new_ring = shapely.get_coordinates(new.exterior)
    shift = _stretch_hausdorff(_frame(old, new), al, [old_ring], [new_ring])
    # Not before + gained - lost: the faces are cut into pieces of their own (as drawn,
    # geodesy.as_drawn) where a crossing point splits an edge. A geodesic polygon's area is a
    # sum of per-edge terms (Geod's S12), so the shared edges cancel exactly and the signed
    # area of each stretch loop, whose edges (and pieces) are the rings' own, is exactly
    # area(new) - area(old) there.
    area_after = area_before + sum(signed_loop_area_km2(lp) for lp in loops)
    return GeometryChange(
        area_before_km2=area_before, area_after_km2=area_after,
        gained=gained, lost=lost,
        gained_km2=gained_km2, lost_km2=lost_km2, shift=shift, fast=True,
    )


def _land(parts: list[BaseGeometry]) -> tuple[BaseGeometry, float]:
    """The union of the faces of one sign and its area (km²).

    A face a few ulps wide (a stretch redrawn with noisy coordinates) joined to a real one by
    the union would be a zero-width spike of it: taken out as on the full path, and the land
    then measured as it is left. Otherwise the faces' own areas are summed, as before.
    """
    whole = _union(parts)
    land = without_collapsed(whole)
    if land is whole:
        return whole, float(sum(fast_area_km2(p) for p in parts))
    return land, fast_area_km2(land)


def _stretch_hausdorff(frame: LocalFrame, al: Alignment, old_all: list[np.ndarray],
                       new_all: list[np.ndarray]) -> Shift:
    olds = [s.old for s in al.stretches]
    news = [s.new for s in al.stretches]
    return pick(frame, stretch_shift(frame, olds, news, new_all),
                stretch_shift(frame, news, olds, old_all))


# -- lines -----------------------------------------------------------------------------------
def line_change(old: BaseGeometry, new: BaseGeometry, fast: bool = True) -> GeometryChange:
    """Area between the old and the new line, largest shift, and mean shift.

    The mean shift is the area between the lines divided by their mean length: for a line
    moved sideways by d it is d; unchanged stretches count as zero shift.
    """
    o, n = clean_line(old), clean_line(new)
    if len(o) < 2 or len(n) < 2:
        return GeometryChange()
    frame = _frame(old, new)
    al = align_lines(o, n) if fast else None
    if al is not None and al.shared_fraction >= MIN_SHARED:
        loops = [s.loop() for s in al.stretches]
        shift = _stretch_hausdorff(frame, al, [o], [n])
        used_fast = True
    else:
        if _reversed_line(o, n):
            n = n[::-1]
        loops = [np.concatenate([o, n[::-1]])]
        shift = full_shift(frame, [o], [n])
        used_fast = False
    polys, wind = faces(loops)
    between_parts = [p for p, w in zip(polys, wind, strict=True) if w != 0]
    between_km2 = float(sum(fast_area_km2(p) for p in between_parts))
    mean_len = (length_km(old) + length_km(new)) / 2.0
    return GeometryChange(
        shift=shift, between=_union(between_parts), area_between_km2=between_km2,
        mean_shift_km=between_km2 / mean_len if mean_len > 0 else 0.0, fast=used_fast,
    )


def _reversed_line(o: np.ndarray, n: np.ndarray) -> bool:
    """True when ``n`` runs the other way: its ends are nearer the opposite ends of ``o``."""
    same = np.hypot(*(o[0] - n[0])) + np.hypot(*(o[-1] - n[-1]))
    flipped = np.hypot(*(o[0] - n[-1])) + np.hypot(*(o[-1] - n[0]))
    return bool(flipped < same)


def line_full(old: BaseGeometry, new: BaseGeometry) -> GeometryChange:
    """The reference computation for lines (whole lines, no alignment)."""
    return line_change(old, new, fast=False)
