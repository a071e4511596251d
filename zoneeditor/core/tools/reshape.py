"""Reshape a boundary with a drawn line: the stretch of boundary between the two points where
the drawn line meets it is replaced by the drawn line.

For a zone the drawn line must meet its outer boundary at least twice (crossing it, or
ending on it with a snap); of the two shapes this can make, the larger is kept (an outward
bulge grows the zone, an inward cut trims it: what a delegate means either way). For a line
(of contact) the drawn line's ends must lie on it (snapped) and replace what lies between.
"""

from __future__ import annotations

import shapely
from shapely import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

from zoneeditor.core.buffer import with_rebuilt_buffers
from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.edits import check
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.geodesy import area_km2
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.tools.base import ToolResult
from zoneeditor.core.tools.path import PathTool
from zoneeditor.core.topology import junctions, ring_paths

XY = tuple[float, float]

#: How close (degrees) the drawn line's end must be to a line to count as "on" it.
ON_LINE = 1e-7


def _meetings(ring: LineString, drawn: LineString, tol: float) -> list[float]:
    """Positions along ``drawn`` where it meets ``ring`` (crossings and ends near it)."""
    hits = shapely.intersection(ring, drawn)
    pos = [drawn.project(Point(x, y)) for x, y in shapely.get_coordinates(hits)]
    for end in (Point(drawn.coords[0]), Point(drawn.coords[-1])):
        if ring.distance(end) <= tol:
            pos.append(drawn.project(end))
    return sorted({round(p, 12) for p in pos})


def reshape_polygon(poly: Polygon, drawn: LineString, tol: float = ON_LINE) -> Polygon:
    """``poly`` with the stretch of its outer ring between the first and last meeting with
    ``drawn`` replaced by the part of ``drawn`` between those meetings (holes kept).

    Of the two shapes (new stretch + either way round the old ring) the larger is kept.
    """
    ring = LineString(poly.exterior.coords)
    pos = _meetings(ring, drawn, tol)
    if len(pos) < 2 or pos[-1] - pos[0] <= 0:
        raise EditRefused(Message("the drawn line must cross or touch the zone's border twice"),
                          _start(drawn))
    part = substring(drawn, pos[0], pos[-1])
    pts = [(float(x), float(y)) for x, y, *_ in part.coords]
    a, b = pts[0], pts[-1]
    holes = [h.coords for h in poly.interiors]
    candidates = []
    for way in ring_paths(ring, b, a):
        shell = pts + way
        if len(shell) < 3:
            continue
        cand = Polygon(shell, holes)
        if not cand.is_valid and holes:
            cand = Polygon(shell)  # a hole cut away by the reshape goes with it
        if cand.is_valid and not cand.is_empty:
            candidates.append(cand)
    if not candidates:
        raise EditRefused(Message("the reshaped zone would cross itself"), a)
    return max(candidates, key=area_km2)


def reshape_line(line: LineString, drawn: LineString, tol: float) -> LineString:
    """``line`` with the stretch between the drawn line's two ends (both on it) replaced."""
    a, b = Point(drawn.coords[0]), Point(drawn.coords[-1])
    if line.distance(a) > tol or line.distance(b) > tol:
        raise EditRefused(Message("start and end the drawn line on the line to reshape "
                                  "(they snap)"), _start(drawn))
    pa, pb = line.project(a), line.project(b)
    new = [(float(x), float(y)) for x, y, *_ in drawn.coords]
    if pa > pb:
        pa, pb = pb, pa
        new = new[::-1]
    head = [(float(x), float(y)) for x, y, *_ in substring(line, 0, pa).coords] if pa > 0 else []
    tail = [(float(x), float(y)) for x, y, *_ in substring(line, pb, line.length).coords] \
        if pb < line.length else []
    pts = head[:-1] + new + tail[1:]
    return LineString(pts)


def _start(drawn: LineString) -> XY:
    x, y, *_ = drawn.coords[0]
    return (x, y)


def reshape_changeset(version: Version, feature: Feature, drawn: LineString, tol: float
                      ) -> ChangeSet:
    """The change set reshaping ``feature``; refused when the result is invalid."""
    geom: BaseGeometry
    shape = feature.geometry
    if feature.layer == LayerKind.ZONES and isinstance(shape, shapely.MultiPolygon):
        parts: list[Polygon] = list(shapely.get_parts(shape))
        k = min(range(len(parts)), key=lambda i: parts[i].exterior.distance(drawn))
        parts[k] = reshape_polygon(parts[k], drawn, tol)
        geom = shapely.MultiPolygon(parts)
    elif feature.layer == LayerKind.ZONES and isinstance(shape, Polygon):
        geom = reshape_polygon(shape, drawn, tol)
    elif feature.layer == LayerKind.LINES and isinstance(shape, LineString):
        geom = reshape_line(shape, drawn, tol)
    else:
        raise EditRefused(Message("points cannot be reshaped: move them"))
    check(geom, feature.layer, Message("Reshaping %1", feature.label))
    deltas = [Delta(feature, feature.with_geometry(geom))]
    ends = [drawn.coords[0][:2], drawn.coords[-1][:2]]
    deltas.extend(junctions(version, [(float(x), float(y)) for x, y in ends],
                            skip_ids={feature.id}))
    cs = ChangeSet(Message("Reshape %1", feature.label), version.name, tuple(deltas))
    return with_rebuilt_buffers(version, cs)  # a buffer follows its reshaped line


class ReshapeTool(PathTool):
    """Draw a line meeting a boundary twice to replace the stretch between."""

    name = "Reshape"
    shortcut = "R"
    min_vertices = 2

    def hint(self) -> str:
        """Status bar help."""
        return Message("Reshape: draw the new boundary from one point of the border to another "
                       "(a selected zone or line, else the one the line meets), then Enter")

    def acts_on(self) -> list[BaseGeometry]:
        """The selected zones and lines (the line reshapes one of them)."""
        sel = self.ctx.selection.ids
        return [f.geometry for f in self.ctx.document.version
                if f.id in sel and f.layer != LayerKind.POINTS]

    def complete(self) -> ToolResult:
        """Reshape the selected feature the line meets (else the first feature it meets)."""
        refused = self.locked()
        if refused is not None:
            return refused
        drawn = LineString(self.points)
        tol = max(ON_LINE, self.tolerance)
        version = self.ctx.document.version
        locked = {str(x) for x in self.ctx.locked_layers}
        cands = [f for f in version if f.layer != LayerKind.POINTS
                 and f.layer.value not in locked and f.geometry.distance(drawn) <= tol]
        sel = self.ctx.selection.ids
        chosen = [f for f in cands if f.id in sel] or cands
        errors = []
        for f in chosen:
            try:
                cs = reshape_changeset(version, f, drawn, tol)
            except EditRefused as exc:
                errors.append(exc)
                continue
            return ToolResult(changeset=cs, selection=frozenset({f.id}), message=cs.label)
        if errors:
            raise errors[0]
        raise EditRefused(Message("the drawn line meets no zone or line: start and end it on "
                                  "a border"), self.points[0])
