"""Move features by dragging: the pressed feature (or the whole selection when the press is
on a selected feature) follows the pointer; the drag is one undo step (one merge_key).

The features turn with the globe rather than shift in degrees (``core.globe_move``): a zone
dragged south keeps its area. The grabbed vertex snaps: when the press is near a vertex of
the feature, that vertex is what lands on a neighbour's vertex or border. Buffer zones made
from a moved line are rebuilt around it in the same step (moved with it when both are
selected, too: the line decides where its buffer is).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from zoneeditor.core import vertices as vx
from zoneeditor.core.buffer import with_rebuilt_buffers
from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.edits import check
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.globe_move import rotated
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, Preview, ToolContext, ToolResult
from zoneeditor.core.tools.editing import XY, EditingTool, refusal
from zoneeditor.core.tools.select import pick


@dataclass
class _Grab:
    originals: dict[str, Feature]
    press: XY
    anchor: XY
    merge_key: str
    offset: XY = (0.0, 0.0)


class MoveFeatureTool(EditingTool):
    """Drag a feature (or the selection) to a new place."""

    name = "Move feature"
    shortcut = "M"

    def __init__(self, context: ToolContext) -> None:
        super().__init__(context)
        self._grab: _Grab | None = None

    def hint(self) -> str:
        """Status bar help."""
        return Message("Move feature: drag a feature (or the selection); Ctrl: no snapping; Esc "
                       "cancels")

    def pointer(self, event: PointerEvent) -> ToolResult:
        """Press grabs, move drags (each move pushed with the drag's merge_key), release drops."""
        if event.kind == "press" and event.button == "left":
            return self._press(event)
        if self._grab is None:
            return ToolResult(handled=event.kind != "move")
        if event.kind == "move":
            return self._drag(event)
        if event.kind == "release":
            result = self._drag(event)
            self._grab = None
            return result
        return ToolResult(handled=False)

    def _press(self, event: PointerEvent) -> ToolResult:
        refused = self.locked()
        if refused is not None:
            return refused
        locked = {str(x) for x in self.ctx.locked_layers}
        feats = [f for f in self.ctx.document.version if f.layer.value not in locked]
        hit = pick(feats, event.x, event.y, event.tolerance,
                   {str(h) for h in self.ctx.hidden_layers})
        if hit is None:
            return ToolResult(message="Nothing to move here", handled=False)
        sel = self.ctx.selection.ids
        ids = [i for i in sel if self.ctx.document.feature(i) is not None] \
            if hit.id in sel else [hit.id]
        found = {i: self.ctx.document.feature(i) for i in ids}
        originals = {i: f for i, f in found.items()
                     if f is not None and f.layer.value not in locked}
        anchor = event.xy
        best = event.tolerance
        for _ref, (x, y) in vx.iter_vertices(hit.geometry):
            d = max(abs(x - event.x), abs(y - event.y))
            if d <= best:
                best, anchor = d, (x, y)
        self._grab = _Grab(originals, event.xy, anchor, f"move-{uuid.uuid4().hex}")
        return ToolResult(selection=frozenset(originals), message=Message("Moving %1", hit.label))

    def _drag(self, event: PointerEvent) -> ToolResult:
        grab = self._grab
        assert grab is not None
        probe = PointerEvent(event.kind, event.x + grab.anchor[0] - grab.press[0],
                             event.y + grab.anchor[1] - grab.press[1], event.button,
                             event.modifiers, event.tolerance)
        target, snap = self.snap(probe, exclude_ids=list(grab.originals))
        offset = (target[0] - grab.anchor[0], target[1] - grab.anchor[1])
        if offset == grab.offset:
            return ToolResult(preview=Preview(snap=snap.xy if snap else None))
        try:
            cs = self.moved(grab, offset)
        except EditRefused as exc:
            return refusal(exc) if event.kind == "release" else ToolResult(message=exc.reason)
        grab.offset = offset
        return ToolResult(changeset=cs, preview=Preview(snap=snap.xy if snap else None),
                          message=_describe(grab.anchor, offset))

    def moved(self, grab: _Grab, offset: XY) -> ChangeSet:
        """The change set placing every grabbed feature at ``offset`` from where it started."""
        deltas = []
        version = self.ctx.document.version
        # turned with the globe, not shifted in degrees: the features keep their size on
        # the ground (core.globe_move), and the grabbed vertex lands exactly on the target
        target = (grab.anchor[0] + offset[0], grab.anchor[1] + offset[1])
        for fid, orig in grab.originals.items():
            current = version.get(fid)
            if current is None:
                raise EditRefused(Message("%1 was removed meanwhile", orig.label))
            geom = rotated(orig.geometry, grab.anchor, target)
            check(geom, orig.layer, Message("Moving %1", orig.label))
            deltas.append(Delta(current, current.with_geometry(geom)))
        feats = list(grab.originals.values())
        label = (Message("Move %1", feats[0].label) if len(feats) == 1
                 else Message("Move %1 features", len(feats)))
        cs = ChangeSet(label, version.name, tuple(deltas), merge_key=grab.merge_key)
        return with_rebuilt_buffers(version, cs, self.ctx.locked_layers)


    def key(self, event: KeyEvent) -> ToolResult:
        """Escape during a drag puts the features back (the drag stays one undo step)."""
        if event.key == "Escape" and self._grab is not None:
            grab = self._grab
            self._grab = None
            try:
                cs = self.moved(grab, (0.0, 0.0))
            except EditRefused as exc:
                return refusal(exc)
            return ToolResult(changeset=cs, preview=Preview(), message="Move cancelled")
        return ToolResult(handled=False)

    def cancel(self) -> ToolResult:
        """Switching tools mid-drag keeps what was moved (undo reverts it)."""
        self._grab = None
        return ToolResult(preview=Preview())


def _describe(anchor: XY, offset: XY) -> str:
    """How far and which way the grabbed point ``anchor`` moved."""
    from zoneeditor.core.geodesy import bearing_deg, distance_km

    x0, y0 = anchor
    km = distance_km(x0, y0, x0 + offset[0], y0 + offset[1])
    brg = bearing_deg(x0, y0, x0 + offset[0], y0 + offset[1]) if km > 0 else 0.0
    return Message("Moved %1 km at bearing %2°", f"{km:.2f}", f"{brg:.0f}")
