"""Drawing new features: a zone (polygon), a line (of contact) and a point (a post).

A zone drawn against a neighbour follows the neighbour's boundary wherever two consecutive
clicks snapped onto the same ring (see ``core.topology.follow_snapped``), so the border is
shared exactly. With "avoid overlap" on, the new zone is clipped against other parties'
zones. An invalid shape is refused with the reason and place; where a repair exists it is
shown and Enter adds it instead (never applied silently).
"""

from __future__ import annotations

from shapely import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.edits import add_feature
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.figures import area_figure
from zoneeditor.core.geodesy import area_km2, length_km
from zoneeditor.core.messages import Message
from zoneeditor.core.model import LayerKind
from zoneeditor.core.snapping import Snap
from zoneeditor.core.tools.base import PointerEvent, Preview, ToolResult
from zoneeditor.core.tools.editing import XY, EditingTool, new_attributes, refusal
from zoneeditor.core.tools.path import PathTool
from zoneeditor.core.topology import clip_against_others, junctions
from zoneeditor.core.validity import describe, problem, repair


def _with_junctions(tool: PathTool, cs: ChangeSet) -> ChangeSet:
    """Add the clicks that snapped onto a neighbour's segment as vertices of that neighbour,
    so the border is shared vertex for vertex (moving one later moves both)."""
    on_segments = [p for p, s in zip(tool.points, tool.snaps, strict=True)
                   if s is not None and s.kind == "segment" and s.source == "current"]
    if not on_segments:
        return cs
    extra = junctions(tool.ctx.document.version, on_segments)
    return ChangeSet(cs.label, cs.version, (*cs.deltas, *extra))


def _added(tool: EditingTool, cs: ChangeSet, message: str) -> ToolResult:
    new = cs.deltas[0].feature
    return ToolResult(changeset=cs, selection=frozenset({new.id}), preview=Preview(),
                      message=message)


class DrawZoneTool(PathTool):
    """Click the vertices of a new zone; Enter or double-click closes it."""

    name = "Draw zone"
    shortcut = "Z"
    closed = True
    min_vertices = 3

    def hint(self) -> str:
        """Status bar help."""
        n = len(self.points)
        if n == 0:
            return Message("Draw zone: click the first vertex (snaps to borders; Ctrl: no snap; "
                           "Tab: type a coordinate)")
        return Message("Draw zone, vertices: %1 — Enter or double-click to finish, "
                       "Backspace removes the last, Esc cancels", n)

    def too_few(self) -> str:
        """Message for fewer than three vertices."""
        return Message("A zone needs at least 3 vertices")

    def status(self) -> str:
        """Hint plus the area so far."""
        g = self.path_geometry()
        if isinstance(g, Polygon) and g.is_valid:
            return Message("%1 — %2 km²", self.hint(), area_figure(area_km2(g)))
        return self.hint()

    def path_geometry(self, with_hover: bool = True) -> BaseGeometry | None:
        """The zone so far, following snapped neighbours' borders (and, tracing, reference
        lines) as the result will."""
        n = len(self.points) + (1 if with_hover and self._hover is not None and self.points
                                and self._hover != self.points[-1] else 0)
        if n >= 3:
            ring = self.followed(closed=True, with_hover=with_hover)
            if len(ring) >= 3:
                return Polygon(ring)
        return super().path_geometry(with_hover)

    def shape(self) -> Polygon:
        """The zone the clicks describe, following snapped neighbours' borders."""
        ring = self.followed(closed=True)
        if len(ring) < 3:
            raise EditRefused(Message("A zone needs at least 3 distinct vertices"))
        return Polygon(ring)

    def complete(self) -> ToolResult:
        """Add the zone (clipped when "avoid overlap" is on), or refuse / offer a repair."""
        refused = self.locked() or self.layer_locked(LayerKind.ZONES)
        if refused is not None:
            return refused
        attrs = new_attributes(self.ctx, LayerKind.ZONES)
        shown = self.ctx.new_names.shown(attrs)
        geom: BaseGeometry = self.shape()
        found = problem(geom, LayerKind.ZONES)
        if found is not None:
            reason, where = found
            fixed = repair(geom, LayerKind.ZONES)
            msg: str = Message("%1 refused: %2", Message("Adding a zone"), describe(reason, where))
            if fixed is not None:
                if self.state.avoid_overlap:
                    fixed = clip_against_others(fixed, self.ctx.document.version, attrs["party"])
                self.offer_repair(add_feature(self.ctx.document.version, LayerKind.ZONES, fixed,
                                              shown_as=shown, **attrs), fixed)
                msg = Message("%1 — press Enter to add the repaired shape (shown), Backspace "
                              "to fix", msg)
            return ToolResult(refused=msg, message=msg, where=where, preview=self.preview())
        if self.state.avoid_overlap:
            geom = clip_against_others(geom, self.ctx.document.version, attrs["party"])
        cs = _with_junctions(self, add_feature(self.ctx.document.version, LayerKind.ZONES, geom,
                                               shown_as=shown, **attrs))
        # the area as the Changes table and the diff say it ("5,392.4")
        return _added(self, cs, Message("Added zone %1 (%2 km²)", shown,
                                         area_figure(area_km2(geom))))


class DrawLineTool(PathTool):
    """Click the vertices of a new line (of contact); Enter or double-click finishes."""

    name = "Draw line"
    shortcut = "L"
    min_vertices = 2

    def hint(self) -> str:
        """Status bar help."""
        if not self.points:
            return Message("Draw line: click the first vertex (Ctrl: no snap; Tab: type a "
                           "coordinate)")
        return Message("Draw line, vertices: %1 — Enter or double-click to finish, "
                       "Backspace removes the last, Esc cancels", len(self.points))

    def too_few(self) -> str:
        """Message for fewer than two vertices."""
        return Message("A line needs at least 2 vertices")

    def status(self) -> str:
        """Hint plus the length so far."""
        g = self.path_geometry()
        if isinstance(g, LineString):
            return Message("%1 — %2 km", self.hint(), f"{length_km(g):.2f}")
        return self.hint()

    def path_geometry(self, with_hover: bool = True) -> BaseGeometry | None:
        """The line so far, following snapped lines (and, tracing, reference lines) as the
        result will."""
        if self.points and with_hover and self._hover is not None:
            pts = self.followed(closed=False, with_hover=True)
            if len(pts) >= 2:
                return LineString(pts)
        return super().path_geometry(with_hover)

    def complete(self) -> ToolResult:
        """Add the line, following a snapped line or border between consecutive clicks."""
        refused = self.locked() or self.layer_locked(LayerKind.LINES)
        if refused is not None:
            return refused
        pts = self.followed(closed=False)
        if len(pts) < 2:
            raise EditRefused(Message("A line needs at least 2 distinct vertices"))
        geom = LineString(pts)
        attrs = new_attributes(self.ctx, LayerKind.LINES)
        shown = self.ctx.new_names.shown(attrs)
        cs = _with_junctions(self, add_feature(self.ctx.document.version, LayerKind.LINES, geom,
                                               shown_as=shown, **attrs))
        return _added(self, cs, Message("Added line %1 (%2 km)", shown,
                                         f"{length_km(geom):.2f}"))


class PlacePointTool(PathTool):
    """Click to place a point (an observation post, a checkpoint)."""

    name = "Place point"
    shortcut = "P"
    min_vertices = 1

    def hint(self) -> str:
        """Status bar help."""
        return Message("Place point: click where the post goes (Tab: type a coordinate)")

    def pointer(self, event: PointerEvent) -> ToolResult:
        """A left press places the point at once."""
        if event.kind == "press" and event.button == "left":
            xy, _snap = self.snap(event)
            return self.add_vertex(xy)
        if event.kind == "double_click":
            return ToolResult()
        return super().pointer(event)

    def vertex_refused(self) -> ToolResult | None:
        """A refusal when the version or the points layer is locked, else None."""
        return self.locked() or self.layer_locked(LayerKind.POINTS)

    def add_vertex(self, xy: XY, snap: Snap | None = None) -> ToolResult:
        """Place the point at ``xy`` (a click or a typed coordinate)."""
        refused = self.vertex_refused()
        if refused is not None:
            return refused
        attrs = new_attributes(self.ctx, LayerKind.POINTS)
        shown = self.ctx.new_names.shown(attrs)
        try:
            cs = add_feature(self.ctx.document.version, LayerKind.POINTS,
                             Point(float(xy[0]), float(xy[1])), shown_as=shown, **attrs)
        except EditRefused as exc:
            return refusal(exc)
        self.reset()
        return _added(self, cs, Message("Added point %1 at %2°N %3°E", shown,
                                         f"{xy[1]:.5f}", f"{xy[0]:.5f}"))

    def complete(self) -> ToolResult:
        """Nothing to finish: points are placed on the click."""
        return ToolResult(handled=False)
