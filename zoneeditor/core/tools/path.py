"""Clicking a path of vertices: the shared engine of draw zone/line, split, reshape, measure.

Left click adds a (snapped) vertex; Backspace removes the last one; Enter, a double-click or
a right click finishes; Escape cancels. ``add_vertex`` lets the coordinate entry box feed a
typed position as the next vertex. Subclasses say what finishing means in ``complete``.
"""

from __future__ import annotations

from shapely import LineString, Point, Polygon
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.messages import Message
from zoneeditor.core.snapping import Snap
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, Preview, ToolContext, ToolResult
from zoneeditor.core.tools.editing import XY, EditingTool, refusal

_FINISH_KEYS = ("Enter", "Return")


class PathTool(EditingTool):
    """Collects clicked vertices (with their snaps) and finishes on Enter / double-click."""

    #: True when the path is a closed ring (zones): the preview closes it.
    closed = False
    #: Fewest vertices ``complete`` accepts (it also says why when fewer).
    min_vertices = 2

    def __init__(self, context: ToolContext) -> None:
        super().__init__(context)
        self.points: list[XY] = []
        self.snaps: list[Snap | None] = []
        self._hover: XY | None = None
        self._hover_snap: Snap | None = None
        self._offer: ChangeSet | None = None  # a repair offered after a refusal (Enter takes it)
        self._offer_geometry: BaseGeometry | None = None
        self.tolerance = 0.0  # pick radius of the last pointer event, in map units
        # (from, to, their snap targets, the references): the traced way
        self._traces: dict[tuple[XY, XY, str | None, str | None, int], list[XY] | None] = {}

    # -- state --------------------------------------------------------------------------------
    @property
    def last_vertex(self) -> XY | None:
        """The last vertex placed (a bearing/distance entry starts from it), or None."""
        return self.points[-1] if self.points else None

    @property
    def active(self) -> bool:
        """True while a path is being drawn."""
        return bool(self.points)

    def reset(self) -> None:
        """Forget the path in progress."""
        self.points.clear()
        self.snaps.clear()
        self._traces.clear()
        self._offer = None
        self._offer_geometry = None

    # -- events -------------------------------------------------------------------------------
    def pointer(self, event: PointerEvent) -> ToolResult:
        """Move previews, left press adds a vertex, double-click / right press finishes."""
        if event.tolerance > 0:
            self.tolerance = event.tolerance
        if event.kind == "move":
            self._hover, self._hover_snap = self.snap(event, drawing=self.points)
            return ToolResult(preview=self.preview(), message=self.status())
        if event.kind == "double_click" and event.button in ("left", "none"):
            return self.finish()
        if event.kind == "press" and event.button == "right":
            return self.finish() if self.points else ToolResult(handled=False)
        if event.kind == "press" and event.button == "left":
            xy, snap = self.snap(event, drawing=self.points)
            return self.add_vertex(xy, snap)
        if event.kind == "release":
            return ToolResult()
        return ToolResult(handled=False)

    def key(self, event: KeyEvent) -> ToolResult:
        """Backspace undoes the last vertex, Enter finishes, Escape cancels."""
        if event.key == "Backspace":
            if not self.points:
                return ToolResult(handled=False)
            self.points.pop()
            self.snaps.pop()
            self._offer = None
            self._offer_geometry = None
            return ToolResult(preview=self.preview(), message=self.status())
        if event.key in _FINISH_KEYS:
            if self._offer is not None:
                offer = self._offer
                self.reset()
                return ToolResult(changeset=offer, preview=Preview(),
                                  message=Message("%1 (repaired shape)", offer.label))
            return self.finish()
        if event.key == "Escape":
            if not self.points:
                return ToolResult(handled=False)
            return self.cancel()
        return ToolResult(handled=False)

    def cancel(self) -> ToolResult:
        """Drop the path in progress."""
        had = bool(self.points)
        self.reset()
        return ToolResult(preview=Preview(), message=Message("Cancelled") if had else "")

    def acts_on(self) -> list[BaseGeometry]:
        """The shapes of the features finishing will change (none: a new feature, a
        measurement); with the sketch, what a typed vertex far off is measured from
        (``core.far_vertex``)."""
        return []

    def vertex_refused(self) -> ToolResult | None:
        """The refusal ``add_vertex`` gives now (a locked version or layer), else None; the
        window asks nothing about a typed vertex the tool would refuse anyway."""
        return self.locked() if self.edits else None

    def add_vertex(self, xy: XY, snap: Snap | None = None) -> ToolResult:
        """Append a vertex (a click, or a position typed in the coordinate box)."""
        refused = self.vertex_refused()
        if refused is not None:
            return refused
        xy = (float(xy[0]), float(xy[1]))
        if self.points and self.points[-1] == xy:
            return ToolResult(preview=self.preview(), message=self.status())
        self.points.append(xy)
        self.snaps.append(snap)
        self._offer = None
        self._offer_geometry = None
        return ToolResult(preview=self.preview(), message=self.status())

    def finish(self) -> ToolResult:
        """Complete the path (``complete``); on success the tool is ready for the next one."""
        if len(self.points) < self.min_vertices:
            msg = self.too_few()
            return ToolResult(refused=msg, message=msg, preview=self.preview())
        try:
            result = self.complete()
        except EditRefused as exc:
            return refusal(exc, self.preview())
        if result.refused is None:
            self.reset()
            if result.preview is None:
                result.preview = Preview()
        return result

    # -- for subclasses -----------------------------------------------------------------------
    def complete(self) -> ToolResult:
        """Turn ``self.points`` into a result; raise EditRefused to refuse."""
        raise NotImplementedError

    def too_few(self) -> str:
        """The message when finishing with too few vertices."""
        return Message("Click at least %1 points first", self.min_vertices)

    def status(self) -> str:
        """Status bar text while drawing."""
        return self.hint()

    def path_geometry(self, with_hover: bool = True) -> BaseGeometry | None:
        """The shape drawn so far (with the pointer as the next vertex), for the preview."""
        pts = list(self.points)
        if with_hover and self._hover is not None and pts and self._hover != pts[-1]:
            pts.append(self._hover)
        if len(pts) >= 3 and self.closed:
            return Polygon(pts)
        if len(pts) >= 2:
            return LineString(pts)
        if len(pts) == 1:
            return Point(pts[0])
        return None

    def preview(self) -> Preview:
        """Vertices placed, the shape with the pointer, the snap marker, any repair offer."""
        geoms = []
        g = self.path_geometry()
        if g is not None:
            geoms.append(g)
        if self._offer_geometry is not None:
            geoms.append(self._offer_geometry)
        snap = self._hover_snap.xy if self._hover_snap is not None else None
        return Preview(geometries=geoms, vertices=list(self.points), snap=snap)

    def trace_route(self, a: XY, sa: Snap | None, b: XY, sb: Snap | None) -> list[XY] | None:
        """With tracing on, the way along a reference line from ``a`` to ``b`` when both
        clicks snapped onto it (``core.reference_targets``); None otherwise. Routes are
        remembered while the path is drawn, so moving the pointer recomputes only the
        last leg."""
        state = self.state
        if not state.trace or state.references is None or sa is None or sb is None:
            return None
        key = (a, b, sa.feature_id, sb.feature_id, id(state.references))
        if key not in self._traces:
            if len(self._traces) > 64:
                self._traces.clear()
            self._traces[key] = state.references.route(a, sa, b, sb)
        return self._traces[key]

    def followed(self, closed: bool, with_hover: bool = False) -> list[XY]:
        """The clicked points with snapped neighbours' borders followed and, with tracing
        on, reference lines traced between clicks snapped onto them."""
        from zoneeditor.core.topology import follow_snapped

        pts, snaps = list(self.points), list(self.snaps)
        if with_hover and self._hover is not None and pts and self._hover != pts[-1]:
            pts.append(self._hover)
            snaps.append(self._hover_snap)
        return follow_snapped(pts, snaps, closed=closed, route=self.trace_route)

    def offer_repair(self, changeset: ChangeSet, geometry: BaseGeometry) -> None:
        """Keep a repaired change set that Enter applies (never applied silently)."""
        self._offer = changeset
        self._offer_geometry = geometry
