"""Buffer security zone from a line of contact: pick the line, give widths, get the zone.

Choosing the tool with a line selected (or clicking a line with it) sets ``needs_input`` to
"buffer_widths": the window asks the widths (equal, or left/right) and calls ``make``.
The new zone has kind "buffer" and records ``source_line``, ``width_left_km`` and
``width_right_km``; the geometry comes from ``core.buffer.buffer_zone`` (true km, geodesic).
"""

from __future__ import annotations

from zoneeditor.core.buffer import buffer_zone
from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.edits import add_feature
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.figures import area_figure
from zoneeditor.core.geodesy import area_km2
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, Preview, ToolContext, ToolResult
from zoneeditor.core.tools.editing import EditingTool, refusal
from zoneeditor.core.tools.new_names import NewNames
from zoneeditor.core.tools.select import pick

#: Party given to buffer zones when the project has one by this name (they are patrolled by
#: monitors, not by either side); otherwise none: a buffer is nobody's territory, so it
#: never takes the drawing session's party.
MONITORS = "Monitors"


def buffer_changeset(version: Version, line: Feature, left_km: float, right_km: float,
                     party: str, status: str, names: NewNames | None = None) -> ChangeSet:
    """The change set adding a buffer zone around ``line`` (refused for bad widths), named
    by ``names`` (the tools' ``NewNames``: English in ``name``, the interface language's
    in its own column; English alone when None). Its step names the line as the window
    does (``NewNames.of``), as the other tools' steps name what they add."""
    if line.layer != LayerKind.LINES:
        raise EditRefused(Message("%1 is not a line: a buffer zone is made from a line",
                                  line.label))
    geom = buffer_zone(line.geometry, float(left_km), float(right_km))
    names = names or NewNames()
    named = names.buffer_zone(line, float(left_km), float(right_km))
    added = add_feature(version, LayerKind.ZONES, geom, **named, party=party, status=status,
                        kind="buffer", source_line=line.id, width_left_km=float(left_km),
                        width_right_km=float(right_km))
    shown = names.of(line)
    label = (Message("Add buffer zone around %1 (%2 km)", shown, f"{left_km:g}")
             if left_km == right_km else
             Message("Add buffer zone around %1 (%2 km left, %3 km right)", shown,
                     f"{left_km:g}", f"{right_km:g}"))
    return ChangeSet(label, version.name, added.deltas)


class BufferTool(EditingTool):
    """Make a buffer security zone from a selected (or clicked) line of contact."""

    name = "Buffer zone"
    shortcut = "B"

    def __init__(self, context: ToolContext) -> None:
        super().__init__(context)
        self.line: Feature | None = None

    def hint(self) -> str:
        """Status bar help."""
        return Message("Buffer zone: click a line of contact, then give the width on each side "
                       "(km)")

    def _choose(self, line: Feature) -> ToolResult:
        refused = self.locked() or self.layer_locked(LayerKind.ZONES)
        if refused is not None:
            return refused
        self.line = line
        self.needs_input = "buffer_widths"
        return ToolResult(selection=frozenset({line.id}), preview=Preview(
            geometries=[line.geometry]),
            message=Message("Buffer around %1: give the widths", self.ctx.new_names.of(line)))

    def activate(self) -> ToolResult:
        """With one line selected, ask for the widths at once."""
        lines = [f for i in self.ctx.selection if (f := self.ctx.document.feature(i))
                 and f.layer == LayerKind.LINES]
        if len(lines) == 1:
            return self._choose(lines[0])
        return ToolResult(message=self.hint(), handled=False)

    def pointer(self, event: PointerEvent) -> ToolResult:
        """A click on a line picks it."""
        if event.kind != "press" or event.button != "left":
            return ToolResult(handled=event.kind in ("release", "double_click"))
        lines = self.ctx.document.version.layer(LayerKind.LINES)
        hit = pick(lines, event.x, event.y, event.tolerance,
                   {str(h) for h in self.ctx.hidden_layers})
        if hit is None:
            return ToolResult(message=Message("Click on a line of contact"))
        return self._choose(hit)

    def make(self, left_km: float, right_km: float | None = None) -> ToolResult:
        """Add the buffer zone (equal widths when ``right_km`` is None)."""
        if self.line is None:
            msg = Message("Pick a line first")
            return ToolResult(refused=msg, message=msg)
        refused = self.locked()
        if refused is not None:
            return refused
        right = left_km if right_km is None else right_km
        parties = [p.name for p in self.ctx.document.project.meta.parties]
        party = MONITORS if MONITORS in parties else ""
        status = "agreed" if self.ctx.document.version.is_agreed else "proposed"
        line = self.ctx.document.version.get(self.line.id) or self.line
        try:
            cs = buffer_changeset(self.ctx.document.version, line, left_km, right, party,
                                  status, self.ctx.new_names)
        except EditRefused as exc:
            return refusal(exc)
        self.line = None
        self.needs_input = None
        zone = cs.deltas[0].feature
        return ToolResult(changeset=cs, selection=frozenset({zone.id}), preview=Preview(),
                          message=Message("%1 (%2 km²)", cs.label,
                                          area_figure(area_km2(zone.geometry))))

    def key(self, event: KeyEvent) -> ToolResult:
        """Escape forgets the picked line."""
        if event.key == "Escape" and self.line is not None:
            return self.cancel()
        return ToolResult(handled=False)

    def cancel(self) -> ToolResult:
        """Forget the picked line."""
        self.line = None
        self.needs_input = None
        return ToolResult(preview=Preview())
