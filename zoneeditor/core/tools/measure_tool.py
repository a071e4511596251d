"""The measure tool: click points, read the geodesic distance and area live; Esc clears.

Measuring changes nothing, so it works in locked versions too. A double-click or Enter
freezes the measurement on screen; the next click starts a new one.
"""

from __future__ import annotations

from zoneeditor.core.measure import Measurement, measure
from zoneeditor.core.messages import Message
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, ToolContext, ToolResult
from zoneeditor.core.tools.path import PathTool


class MeasureTool(PathTool):
    """Measure distances along a path and the area it encloses (geodesic)."""

    name = "Measure"
    shortcut = "D"
    edits = False
    min_vertices = 2

    def __init__(self, context: ToolContext) -> None:
        super().__init__(context)
        self.frozen: Measurement | None = None

    def hint(self) -> str:
        """Status bar help."""
        return Message("Measure: click points; double-click or Enter to finish; Esc clears")

    @property
    def measurement(self) -> Measurement:
        """The measurement of the points clicked (with the pointer as the next point)."""
        pts = list(self.points)
        if self._hover is not None and pts and self._hover != pts[-1]:
            pts.append(self._hover)
        return measure(pts)

    def status(self) -> str:
        """The live figures."""
        return self.measurement.text() if self.points else self.hint()

    def pointer(self, event: PointerEvent) -> ToolResult:
        """A click after a finished measurement starts a new one."""
        if event.kind == "press" and event.button == "left" and self.frozen is not None:
            self.frozen = None
            self.reset()
            self._hover = None
        result = super().pointer(event)
        if event.kind == "move" and self.frozen is not None:
            result.message = self.frozen.text()
            result.preview = self.preview()
        return result

    def finish(self) -> ToolResult:
        """Keep the path and its figures on screen until the next click or Esc."""
        if len(self.points) < 2:
            return ToolResult(message=Message("Click at least 2 points to measure"))
        self._hover = None
        self.frozen = measure(self.points)
        return ToolResult(preview=self.preview(), message=self.frozen.text())

    def key(self, event: KeyEvent) -> ToolResult:
        """Escape clears the measurement."""
        if event.key == "Escape" and (self.points or self.frozen is not None):
            self.frozen = None
            self._hover = None
            return self.cancel()
        return super().key(event)

    def complete(self) -> ToolResult:
        """Not used: ``finish`` is overridden."""
        return ToolResult()
