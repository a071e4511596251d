"""The selection tool: click to pick a feature, shift to add/toggle, drag a rubber band.

Picking order follows what is drawn on top: points first, then lines, then zones. Points
and lines are hit within the pick tolerance (nearest wins); a zone is hit when the click is
inside it, and among nested zones the smallest wins (a buffer strip inside a zone is what
the user means when clicking on it). Hidden layers are never picked.

>>> from shapely import box
>>> from zoneeditor.core.document import Document
>>> from zoneeditor.core.model import Feature, Project
>>> from zoneeditor.core.selection import Selection
>>> from zoneeditor.core.tools.base import PointerEvent, ToolContext
>>> doc = Document(Project())
>>> doc.version.features["z"] = Feature("z", "zones", box(0, 0, 1, 1))
>>> tool = SelectTool(ToolContext(doc, Selection()))
>>> _ = tool.pointer(PointerEvent("press", 0.5, 0.5, tolerance=0.01))
>>> sorted(tool.pointer(PointerEvent("release", 0.5, 0.5, tolerance=0.01)).selection)
['z']
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely import Point, box

from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, LayerKind
from zoneeditor.core.tools.base import (
    KeyEvent,
    PointerEvent,
    Preview,
    Tool,
    ToolContext,
    ToolResult,
)

#: A press and release further apart than this many tolerances is a drag, not a click.
_DRAG_FACTOR = 0.5


def pick(
    features: list[Feature], x: float, y: float, tolerance: float, hidden: set[str] | None = None
) -> Feature | None:
    """The feature a click at (x, y) means: points, then lines, then the smallest zone.

    ``tolerance`` is in degrees (the canvas converts its pick radius in pixels).
    """
    hidden = hidden or set()
    where = Point(x, y)
    for kind in (LayerKind.POINTS, LayerKind.LINES):
        if kind.value in hidden:
            continue
        cands = [f for f in features if f.layer == kind]
        if not cands:
            continue
        geoms = np.array([f.geometry for f in cands], dtype=object)
        dist = shapely.distance(geoms, where)
        best = int(np.argmin(dist))
        if dist[best] <= tolerance:
            return cands[best]
    if LayerKind.ZONES.value in hidden:
        return None
    zones = [f for f in features if f.layer == LayerKind.ZONES]
    if not zones:
        return None
    geoms = np.array([f.geometry for f in zones], dtype=object)
    inside = np.flatnonzero(shapely.intersects(geoms, where))
    if inside.size == 0:
        return None
    areas = shapely.area(geoms[inside])
    # Smallest first; among equal areas the one drawn last (on top) wins.
    order = sorted(range(inside.size), key=lambda i: (areas[i], -inside[i]))
    return zones[int(inside[order[0]])]


def in_box(
    features: list[Feature],
    bounds: tuple[float, float, float, float],
    hidden: set[str] | None = None,
) -> list[Feature]:
    """Every visible feature whose geometry intersects the box (minx, miny, maxx, maxy)."""
    hidden = hidden or set()
    cands = [f for f in features if f.layer.value not in hidden]
    if not cands:
        return []
    geoms = np.array([f.geometry for f in cands], dtype=object)
    hits = shapely.intersects(geoms, box(*bounds))
    return [f for f, hit in zip(cands, hits, strict=True) if hit]


class SelectTool(Tool):
    """Click, shift-click and rubber-band selection; Escape clears the selection."""

    name = "Select"
    shortcut = "S"

    def __init__(self, context: ToolContext) -> None:
        super().__init__(context)
        self._start: tuple[float, float] | None = None
        self._dragging = False

    def _features(self) -> list[Feature]:
        return list(self.ctx.document.version)

    def pointer(self, event: PointerEvent) -> ToolResult:
        """Press starts a click or a band; move grows the band; release selects."""
        if event.button not in ("left", "none") and event.kind != "move":
            return ToolResult(handled=False)
        if event.kind == "press" and event.button == "left":
            self._start = event.xy
            self._dragging = False
            return ToolResult()
        if self._start is None:
            return ToolResult(handled=False)
        if event.kind == "move":
            sx, sy = self._start
            far = max(abs(event.x - sx), abs(event.y - sy)) > event.tolerance * _DRAG_FACTOR
            if far or self._dragging:
                self._dragging = True
                return ToolResult(preview=Preview(rubber_band=_band(self._start, event)))
            return ToolResult()
        if event.kind == "release":
            return self._finish(self._start, event)
        return ToolResult(handled=False)

    def _finish(self, start: tuple[float, float], event: PointerEvent) -> ToolResult:
        hidden = self.ctx.hidden_layers
        shift = "shift" in event.modifiers
        current = self.ctx.selection.ids
        if self._dragging:
            band = _band(start, event)
            found = {f.id for f in in_box(self._features(), band, hidden)}
            new = current | found if shift else frozenset(found)
            message: str = Message("%1 selected by the box", len(found))  # or "" below
        else:
            hit = pick(self._features(), event.x, event.y, event.tolerance, hidden)
            if hit is None:
                new = current if shift else frozenset()
                message = "" if shift else Message("Nothing here")
            else:
                new = current ^ {hit.id} if shift else frozenset({hit.id})
                message = Message("Selected %1" if hit.id in new else "Deselected %1",
                                  hit.label)
        self._start = None
        self._dragging = False
        return ToolResult(selection=frozenset(new), preview=Preview(), message=message)

    def key(self, event: KeyEvent) -> ToolResult:
        """Escape cancels a band in progress, or else clears the selection."""
        if event.key != "Escape":
            return ToolResult(handled=False)
        if self._start is not None:
            return self.cancel()
        return ToolResult(selection=frozenset(), preview=Preview())

    def cancel(self) -> ToolResult:
        """Drop a band in progress."""
        self._start = None
        self._dragging = False
        return ToolResult(preview=Preview())


def _band(start: tuple[float, float], event: PointerEvent) -> tuple[float, float, float, float]:
    """The rubber band from the press at ``start`` to the pointer."""
    sx, sy = start
    return (min(sx, event.x), min(sy, event.y), max(sx, event.x), max(sy, event.y))
