"""Edit vertices: drag a vertex, double-click a segment to add one, Delete to remove one.

A vertex shared by adjacent zones and lines (same coordinates, or a line running through
it along the border) moves everywhere at once, in one undo step, and the buffer zones made
from a moved line are rebuilt with it; hold Alt while pressing to move it in the picked
feature only (to pull two borders apart on purpose). A feature left behind because its
layer is locked is named in the status message. The whole drag is ONE undo step: every
move of the drag is pushed with the same ``merge_key``, and the undo stack merges them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import numpy as np
from shapely import LineString, Point
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import geompatch as gp
from zoneeditor.core import vertices as vx
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.messages import Message, counted, listing
from zoneeditor.core.model import Feature, LayerKind
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, Preview, ToolContext, ToolResult
from zoneeditor.core.tools.editing import XY, EditingTool, refusal
from zoneeditor.core.topology import (
    SharedVertex,
    delete_shared,
    insert_shared,
    move_shared,
    shared_vertices,
)
from zoneeditor.core.vertex_runs import runs_of

#: Modifier that detaches a shared vertex: only the picked feature moves.
DETACH_MODIFIER = "alt"
#: Features with more vertices show handles only around the pointer (within
#: ``HANDLE_REACH`` pick radii), and are searched with arrays rather than vertex by vertex.
LARGE_FEATURE = 20_000
HANDLE_REACH = 400.0


@dataclass
class _Drag:
    sharers: list[SharedVertex]
    merge_key: str
    origin: XY
    position: XY
    moved: bool = False


class EditVerticesTool(EditingTool):
    """Drag vertices (shared ones move in every feature), insert and delete vertices."""

    name = "Edit vertices"
    shortcut = "V"

    def __init__(self, context: ToolContext) -> None:
        super().__init__(context)
        self._drag: _Drag | None = None
        self._picked: XY | None = None
        self._hover: XY | None = None
        self._hover_id: str | None = None
        self._pointer: tuple[float, float, float] | None = None  # x, y, pick radius

    def hint(self) -> str:
        """Status bar help."""
        return Message("Edit vertices: drag a vertex (shared borders follow; Alt: this feature "
                       "only), double-click a segment to add one, Delete removes the one under "
                       "the pointer")

    # -- finding things -----------------------------------------------------------------------
    def _editable(self) -> list[Feature]:
        hidden = {str(h) for h in self.ctx.hidden_layers}
        locked = {str(h) for h in self.ctx.locked_layers}
        feats = [f for f in self.ctx.document.version
                 if f.layer.value not in hidden and f.layer.value not in locked]
        sel = self.ctx.selection.ids
        # selected features first: when two features overlap, the selected one is meant
        return sorted(feats, key=lambda f: f.id not in sel)

    def vertex_at(self, x: float, y: float, tol: float) -> tuple[Feature, vx.VertexRef, XY] | None:
        """The nearest vertex within ``tol`` (selected features preferred), or None."""
        best = None
        sel = self.ctx.selection.ids
        for f in self._editable():
            minx, miny, maxx, maxy = f.geometry.bounds
            if x < minx - tol or x > maxx + tol or y < miny - tol or y > maxy + tol:
                continue
            for ref, (vx_, vy) in vx.vertices_near(f.geometry, x, y, tol):
                key = (f.id not in sel, (vx_ - x) ** 2 + (vy - y) ** 2)
                if best is None or key < best[0]:
                    best = (key, f, ref, (vx_, vy))
        return None if best is None else (best[1], best[2], best[3])

    def segment_at(self, x: float, y: float, tol: float) -> tuple[Feature, vx.VertexRef, XY] | None:
        """The nearest segment within ``tol``: the feature, the insert position, the foot."""
        here = Point(x, y)
        best = None
        sel = self.ctx.selection.ids
        for f in self._editable():
            if f.layer == LayerKind.POINTS:
                continue
            flat = gp.flat_of(f.geometry)
            if flat is not None and len(flat.coords) > LARGE_FEATURE:
                found = _nearest_segment(f.geometry, flat, x, y, tol)
                if found is not None:
                    key = (f.id not in sel, found[0])
                    if best is None or key < best[0]:
                        best = (key, f, found[1], found[2])
                continue
            edge = f.geometry.boundary if f.layer == LayerKind.ZONES else f.geometry
            if edge.distance(here) > tol:
                continue
            closed = vx.is_closed_kind(f.geometry)
            for p, part in enumerate(vx.rings(f.geometry)):
                for r, ring in enumerate(part):
                    n = len(ring)
                    for i in range(n if closed else n - 1):
                        seg = LineString([ring[i], ring[(i + 1) % n]])
                        d = seg.distance(here)
                        if d <= tol:
                            key = (f.id not in sel, d)
                            if best is None or key < best[0]:
                                foot = seg.interpolate(seg.project(here))
                                best = (key, f, vx.VertexRef(p, r, i + 1), (foot.x, foot.y))
        return None if best is None else (best[1], best[2], best[3])

    def _handles(self) -> list[XY]:
        """Vertices shown as handles: those of the selected features, else of the feature
        whose vertex is under the pointer (so a delegate sees what a drag will move)."""
        out: list[XY] = []
        ids = set(self.ctx.selection.ids) | ({self._hover_id} if self._hover_id else set())
        for fid in ids:
            f = self.ctx.document.feature(fid)
            if f is None:
                continue
            flat = gp.flat_of(f.geometry)
            if flat is not None and len(flat.coords) > LARGE_FEATURE:
                # a million handles help nobody and cost a second per frame: those around
                # the pointer only
                runs = runs_of(f.geometry)
                if self._pointer is not None and runs is not None:
                    x, y, tol = self._pointer
                    reach = max(tol, 1e-9) * HANDLE_REACH
                    rows = runs.vertices_near(x, y, reach)
                    out.extend(map(tuple, flat.coords[rows, :2].tolist()))
                continue
            out.extend(xy for _ref, xy in vx.iter_vertices(f.geometry))
        return out

    def _preview(self, marker: XY | None) -> Preview:
        return Preview(vertices=self._handles(), snap=marker)

    # -- events -------------------------------------------------------------------------------
    def pointer(self, event: PointerEvent) -> ToolResult:
        """Press picks a vertex, move drags it, release ends the drag; double-click inserts."""
        self._pointer = (event.x, event.y, event.tolerance)
        if event.kind == "press" and event.button == "left":
            return self._press(event)
        if event.kind == "move":
            if self._drag is not None:
                return self._move(event, final=False)
            hit = self.vertex_at(event.x, event.y, event.tolerance)
            self._hover = hit[2] if hit else None
            self._hover_id = hit[0].id if hit else None
            return ToolResult(preview=self._preview(self._hover))
        if event.kind == "release":
            if self._drag is None:
                return ToolResult(handled=False)
            return self._release(event)
        if event.kind == "double_click" and event.button in ("left", "none"):
            return self._insert(event)
        return ToolResult(handled=False)

    def _press(self, event: PointerEvent) -> ToolResult:
        hit = self.vertex_at(event.x, event.y, event.tolerance)
        if hit is None:
            self._picked = None
            return ToolResult(handled=False)
        refused = self.locked()
        if refused is not None:
            return refused
        feature, ref, xy = hit
        left_behind: list[str] = []
        if DETACH_MODIFIER in event.modifiers or feature.layer == LayerKind.POINTS:
            sharers = [SharedVertex(feature.id, (ref,))]
        else:
            locked = {str(x) for x in self.ctx.locked_layers}
            sharers = []
            for s in shared_vertices(self.ctx.document.version, xy):
                f = self.ctx.document.version.features[s.feature_id]
                if f.layer.value in locked:
                    left_behind.append(f.label)
                else:
                    sharers.append(s)
            if not any(s.feature_id == feature.id for s in sharers):
                sharers.append(SharedVertex(feature.id, (ref,)))
        self._drag = _Drag(sharers, f"vertex-drag-{uuid.uuid4().hex}", xy, xy)
        self._picked = xy
        features = self.ctx.document.version.features
        names = listing([features[s.feature_id].label for s in sharers])
        msg = (Message("Vertex shared by %1", names) if len(sharers) > 1
               else Message("Vertex of %1", feature.label))
        if left_behind:
            msg = Message("%1 (%2: layer locked, will not follow)", msg, listing(left_behind))
        return ToolResult(preview=self._preview(xy), message=msg)

    def _move(self, event: PointerEvent, final: bool) -> ToolResult:
        drag = self._drag
        assert drag is not None
        xy, snap = self.snap(event, exclude_ids=[s.feature_id for s in drag.sharers])
        if xy == drag.position:
            return ToolResult(preview=self._preview(snap.xy if snap else xy))
        try:
            cs = move_shared(self.ctx.document.version, drag.sharers, xy, Message("Move vertex"),
                             drag.merge_key, self.ctx.locked_layers)
        except EditRefused as exc:
            if final:
                return refusal(exc, self._preview(drag.position))
            return ToolResult(message=exc.reason, preview=self._preview(xy))
        # a feature that ran through the point has its vertex now: later moves move it
        drag.sharers = [s.moved() for s in drag.sharers]
        drag.position = xy
        drag.moved = True
        self._picked = xy
        n = len(cs.deltas)
        msg = Message("Moving vertex of %1 features", n) if n > 1 else Message("Moving vertex")
        return ToolResult(changeset=cs, preview=self._preview(snap.xy if snap else xy),
                          message=msg)

    def _release(self, event: PointerEvent) -> ToolResult:
        drag = self._drag
        assert drag is not None
        result = self._move(event, final=True) if drag.moved or event.xy != drag.origin \
            else ToolResult(preview=self._preview(drag.origin))
        if drag.moved and result.refused is None:
            result.message = Message("Moved vertex to %1°N %2°E", f"{drag.position[1]:.5f}",
                                     f"{drag.position[0]:.5f}")
        if not drag.moved and result.changeset is None and result.refused is None:
            self._picked = drag.origin
        self._drag = None
        return result

    def _insert(self, event: PointerEvent) -> ToolResult:
        if self.vertex_at(event.x, event.y, event.tolerance) is not None:
            return ToolResult(message=Message("There is a vertex here already"))
        refused = self.locked()
        if refused is not None:
            return refused
        hit = self.segment_at(event.x, event.y, event.tolerance)
        if hit is None:
            return ToolResult(handled=False,
                              message=Message("Double-click on a boundary to add a vertex"))
        feature, ref, xy = hit
        try:
            cs = insert_shared(self.ctx.document.version, feature, ref, xy,
                               topological=DETACH_MODIFIER not in event.modifiers)
        except EditRefused as exc:
            return refusal(exc)
        self._picked = xy
        return ToolResult(changeset=cs, preview=self._preview(xy),
                          message=counted("Inserted a vertex in %n feature(s)", len(cs.deltas)))

    def key(self, event: KeyEvent) -> ToolResult:
        """Delete (or Backspace) removes the vertex under the pointer, else the last picked."""
        if event.key in ("Delete", "Backspace"):
            return self.delete_vertex(event)
        if event.key == "Escape":
            if self._drag is None and self._picked is None:
                return ToolResult(handled=False)
            self._picked = None
            return self.cancel()
        return ToolResult(handled=False)

    def delete_vertex(self, event: KeyEvent | None = None) -> ToolResult:
        """Remove the hovered or last picked vertex from every feature sharing it."""
        target = self._hover or self._picked
        if target is None:
            msg = Message("Point at a vertex (or click one) first, then press Delete")
            return ToolResult(refused=msg, message=msg)
        refused = self.locked()
        if refused is not None:
            return refused
        version = self.ctx.document.version
        mods = event.modifiers if event is not None else frozenset()
        sharers = shared_vertices(version, target)
        if DETACH_MODIFIER in mods and self.ctx.selection.ids:
            sharers = [s for s in sharers if s.feature_id in self.ctx.selection.ids]
        if not sharers:
            return ToolResult(refused=Message("No vertex there any more"),
                              message=Message("No vertex there"))
        try:
            cs = delete_shared(version, sharers)
        except EditRefused as exc:
            return refusal(exc, self._preview(target))
        self._hover = None
        self._picked = None
        return ToolResult(changeset=cs, preview=self._preview(None),
                          message=counted("Deleted a vertex of %n feature(s)", len(cs.deltas)))

    def cancel(self) -> ToolResult:
        """Forget the drag state (an applied drag stays: undo reverts it in one step)."""
        self._drag = None
        return ToolResult(preview=Preview())


def _nearest_segment(geometry: BaseGeometry, flat: gp.Flat, x: float, y: float,
                     tol: float) -> tuple[float, vx.VertexRef, XY] | None:
    """The segment of a large feature nearest to (x, y) within ``tol``: distance, insert
    position, foot; None when none is that near.

    Only the segments whose box meets the pointer's box can be that near: those few, found
    through the feature's index of vertex runs (``core.vertex_runs``), are measured with
    arrays instead of one shapely LineString per segment.
    """
    runs = runs_of(geometry, min_rows=0)
    if runs is None:
        return None
    pad = tol * (1 + 1e-9) + 1e-12 * max(1.0, abs(x), abs(y))
    rows, nxt = runs.segments_meeting(x - pad, y - pad, x + pad, y + pad)
    if not len(rows):
        return None
    c = flat.coords[:, :2]
    a, b = c[rows], c[nxt]
    ab = b - a
    den = (ab * ab).sum(axis=1)
    t = np.clip(((np.array([x, y]) - a) * ab).sum(axis=1) / np.where(den > 0, den, 1.0), 0, 1)
    foot = a + t[:, None] * ab
    d = np.hypot(foot[:, 0] - x, foot[:, 1] - y)
    i = int(np.argmin(d))
    if d[i] > tol:
        return None
    ref = vx.refs_of_rows(flat, rows[i:i + 1])[0]
    return float(d[i]), vx.VertexRef(ref.part, ref.ring, ref.index + 1), (float(foot[i, 0]),
                                                                           float(foot[i, 1]))
