"""Why a geometry is unacceptable, in words a delegate understands, and where.

Used by edits (to refuse), by validation (to report) and by import (to list and offer repair).
``edit_problem`` is what edits use: on a large zone it decides from the changed stretch
(``validity_local``, with its proof) and runs GEOS's full check only when that cannot.
"""

from __future__ import annotations

import re

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import geompatch as gp
from zoneeditor.core import validity_local as local
from zoneeditor.core.messages import Message
from zoneeditor.core.model import LayerKind

#: Zones with at least this many vertices are checked incrementally after an edit; below it
#: GEOS's full check is about as quick as the bookkeeping.
LOCAL_MIN_VERTICES = 2000

_WHERE = re.compile(r"\[\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)")

_FRIENDLY = {
    "Self-intersection": Message("the boundary crosses itself"),
    "Ring Self-intersection": Message("a ring touches itself"),
    "Too few points": Message("too few vertices"),
    "Hole lies outside shell": Message("a hole lies outside its zone"),
    "Interior is disconnected": Message("a hole cuts the zone in two"),
    "Nested shells": Message("one part lies inside another"),
    "Nested holes": Message("a hole lies inside another hole"),
    "Self-intersecting ring": Message("a ring touches itself"),
    "Invalid Coordinate": Message("a coordinate is not a number"),
    "Ring is not closed": Message("a ring is not closed"),
    "Duplicate Rings": Message("two rings are the same"),
    # the rest of GEOS's IsValidOp vocabulary (TopologyValidationError::errMsg)
    "Holes are nested": Message("a hole lies inside another hole"),
    "Repeated Point": Message("a vertex is repeated"),
    "Too few distinct points in geometry component": Message("too few vertices"),
    "Topology Validation Error": Message("the shape is not valid"),
}


#: What a sentence calls a geometry type (shapely's name, which English keeps): Messages,
#: so an Arabic or Russian window says «مضلع», «полигон» (the Problems dock, a refused edit).
GEOMETRY_WORDS = {
    "Point": Message("Point"),
    "MultiPoint": Message("MultiPoint"),
    "LineString": Message("LineString"),
    "MultiLineString": Message("MultiLineString"),
    "LinearRing": Message("LinearRing"),
    "Polygon": Message("Polygon"),
    "MultiPolygon": Message("MultiPolygon"),
    "GeometryCollection": Message("GeometryCollection"),
}


def geometry_word(geom_type: str) -> str:
    """A geometry type as a sentence names it (``GEOMETRY_WORDS``); another as given."""
    return GEOMETRY_WORDS.get(geom_type, geom_type)


def wrong_layer(geom_type: str, layer: LayerKind) -> Message:
    """Why a geometry of type ``geom_type`` cannot go in ``layer``: "a Point cannot go in
    the zones layer (Polygon or MultiPolygon)" (the edits' refusal and the document's), the
    types as Messages the window translates (``GEOMETRY_WORDS``)."""
    words = [geometry_word(t) for t in layer.geometry_types]
    allowed = words[0]
    for word in words[1:]:
        allowed = Message("%1 or %2", allowed, word)
    kind = LayerKind(layer)
    return Message("a %1 cannot go in the zones layer (%2)" if kind == LayerKind.ZONES else
                   "a %1 cannot go in the lines layer (%2)" if kind == LayerKind.LINES else
                   "a %1 cannot go in the points layer (%2)", geometry_word(geom_type),
                   allowed)


def problem(
    geometry: BaseGeometry | None, layer: LayerKind | None = None
) -> tuple[str, tuple[float, float] | None] | None:
    """``(reason, (lon, lat) or None)`` when ``geometry`` is unacceptable, else None.

    Checks, in order: presence, emptiness, type for the layer, finite coordinates in the
    WGS84 range, minimal vertex counts, and GEOS validity. A large geometry found acceptable
    for ``layer`` before (by this check, or proven by the incremental one after an edit) is
    not checked again: geometries are immutable, and GEOS takes seconds on a million
    vertices (the Problems panel validates the version after every edit).
    """
    if geometry is None:
        return Message("it has no geometry"), None
    if layer is not None and _known_acceptable(geometry, LayerKind(layer)):
        return None
    if geometry.is_empty:
        return Message("its geometry is empty"), None
    if layer is not None and geometry.geom_type not in layer.geometry_types:
        return wrong_layer(geometry.geom_type, layer), None
    coords = shapely.get_coordinates(geometry)
    x, y = coords[:, 0], coords[:, 1]
    finite = np.isfinite(x) & np.isfinite(y)
    bad = ~finite | ~((x >= -180.0) & (x <= 180.0) & (y >= -90.0) & (y <= 90.0))
    if bad.any():
        i = int(np.argmax(bad))
        if not finite[i]:
            return Message("a coordinate is not a finite number"), None
        bx, by = float(x[i]), float(y[i])
        swapped = -90 <= bx <= 90 and abs(by) <= 180
        return Message("coordinate %1, %2 is outside longitude/latitude range (latitude and "
                       "longitude swapped?)" if swapped else
                       "coordinate %1, %2 is outside longitude/latitude range",
                       coordinate_text(bx, 6), coordinate_text(by, 6)), (
            bx,
            by,
        )
    if geometry.geom_type == "LineString" and not (coords != coords[0]).any():
        return Message("a line needs at least two distinct vertices"), tuple(coords[0].tolist())
    reason = shapely.is_valid_reason(geometry)
    if reason == "Valid Geometry":
        if layer is not None and len(coords) >= LOCAL_MIN_VERTICES:
            gp.facts(geometry).acceptable.add(LayerKind(layer).value)
        return None
    where = None
    m = _WHERE.search(reason)
    if m:
        where = (float(m.group(1)), float(m.group(2)))
    return _reason_text(geometry, reason), where


def _reason_text(geometry: BaseGeometry, reason: str) -> str:
    """GEOS's ``reason`` for ``geometry`` in our words (the full check's and the
    incremental one's alike). GEOS says "Self-intersection" also for a MultiPolygon whose
    parts, each sound, share an edge (two neighbouring zones another tool wrote as one) or
    overlap: that is said as what it is. (Deciding it checks the parts: only when an edit
    is refused, never for one that is accepted.)"""
    if _parts_meet(geometry, reason):
        return Message("two of its parts overlap or share a stretch of boundary")
    return _friendly(reason)


def _parts_meet(geometry: BaseGeometry, reason: str) -> bool:
    """True when a MultiPolygon is invalid only because its sound parts meet."""
    if geometry.geom_type != "MultiPolygon" or not reason.startswith("Self-intersection"):
        return False
    return bool(shapely.is_valid(shapely.get_parts(geometry)).all())


def _known_acceptable(geometry: BaseGeometry, layer: LayerKind) -> bool:
    known = gp.known_facts(geometry)
    return known is not None and layer.value in known.acceptable


def is_valid(geometry: BaseGeometry) -> bool:
    """``geometry.is_valid``, without GEOS's walk when the geometry is remembered as found
    acceptable in some layer (which includes being valid)."""
    known = gp.known_facts(geometry)
    return bool(known is not None and known.acceptable) or bool(geometry.is_valid)


def _friendly(reason: str) -> str:
    head = reason.split("[")[0].strip()
    known = _FRIENDLY.get(head)
    # A reason a newer GEOS may add: the sentence is still translated, GEOS's words kept
    # as data inside it.
    return known if known is not None else Message("the shape is not valid (%1)", head.lower())


def edit_problem(
    geometry: BaseGeometry, layer: LayerKind, before: BaseGeometry | None = None
) -> tuple[str, tuple[float, float] | None] | None:
    """``problem(geometry, layer)`` for the result of an edit of ``before``.

    The same answer as ``problem``, sooner: for a zone of ``LOCAL_MIN_VERTICES`` or more
    whose ``before`` is known to be acceptable (checked once, then carried from edit to edit),
    the changed stretch is checked against its neighbourhood (``validity_local``: a proof that
    this equals GEOS's verdict); GEOS's full check runs only when the local one cannot decide.
    """
    kind = LayerKind(layer)
    large = (kind == LayerKind.ZONES and geometry.geom_type in kind.geometry_types
             and shapely.get_num_coordinates(geometry) >= LOCAL_MIN_VERTICES)
    if (large and before is not None and before.geom_type == geometry.geom_type
            and problem(before, kind) is None):  # checked once, then remembered
        found = local.verdict(before, geometry)
        if found.outcome is local.Outcome.VALID:
            after = gp.facts(geometry)
            after.acceptable.add(kind.value)
            after.extent = found.extent
            return None
        if found.outcome is local.Outcome.INVALID:
            return _reason_text(geometry, found.reason), found.points[0]
    return problem(geometry, kind)


def describe(reason: str, where: tuple[float, float] | None) -> str:
    """One line: the reason, and where when known."""
    if where is None:
        return reason
    return Message("%1 at %2°N %3°E", reason, coordinate_text(where[1], 5),
                   coordinate_text(where[0], 5))


def coordinate_text(value: float, decimals: int, far: float = 1e6) -> str:
    """A coordinate for a sentence: fixed decimals, or "1e+308" from ``far`` on (a hostile
    file's 1e308 was written out in 309 digits, 3 times). ``far`` is above any longitude or
    latitude by default; a file's own units (UTM metres) need a larger one."""
    return f"{value:.{decimals}f}" if abs(value) < far else f"{value:.6g}"


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
        if isinstance(merged, shapely.Polygon) and geometry.geom_type == "MultiPolygon":
            merged = shapely.MultiPolygon([merged])
        return merged if merged.is_valid and not merged.is_empty else None
    return fixed if fixed.geom_type in layer.geometry_types and fixed.is_valid else None
