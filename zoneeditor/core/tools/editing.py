"""What every editing tool shares: the lock check, snapping, and defaults for new features.

``EditingTool`` extends the foundation's ``Tool`` with:

- ``locked()``: the refusal a tool returns in a locked version (the agreed baseline);
- ``snap(event)``: the pointer position pulled onto a vertex or segment (see
  ``core.snapping``), honouring the snapping toggle and Ctrl held to suspend it;
- ``new_attributes(layer)``: party (the one chosen for the drawing session, else none),
  status ("agreed" in the baseline, "proposed" in a proposal) and a default name
  ("New zone 3" in ``name``, "Новая зона 3" in ``name_ru`` in a Russian window:
  ``core.tools.new_names``);
- ``activate()``: called by the window when the tool is chosen (merge and delete act on the
  selection at once);
- ``needs_input``: set when the tool waits for the window to ask something (buffer widths).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from zoneeditor.core.errors import EditRefused
from zoneeditor.core.messages import Message
from zoneeditor.core.model import AGREED, LayerKind
from zoneeditor.core.snapping import (
    Snap,
    SnapIndex,
    basemap_rings,
    drawing_rings,
    sources_for,
)
from zoneeditor.core.tools.base import PointerEvent, Preview, Tool, ToolContext, ToolResult
from zoneeditor.core.tools.state import EditState

XY = tuple[float, float]

#: Modifier that suspends snapping while held.
NO_SNAP_MODIFIER = "ctrl"


def locked_message(ctx: ToolContext) -> str:
    """Why nothing can be edited in the current version, and what to do instead."""
    name = ctx.document.current_version
    if name == AGREED:
        return Message("The agreed baseline is locked: make or open a proposal to edit, "
                       "or unlock the baseline first")
    return Message("Version %1 is locked: unlock it to edit", repr(name))


def snap_index(ctx: ToolContext) -> SnapIndex:
    """The snap index of the current document state (made again only after a change, from
    the index of the state before: the targets of unchanged geometries are taken over)."""
    state = ctx.edit_state
    key = f"snap:{ctx.document.current_version}:{sorted(map(str, ctx.hidden_layers))}"
    idx = state.cache.get(key)
    if idx is None:
        earlier = state.retired.pop(key, None)
        idx = SnapIndex(sources_for(ctx, include_agreed=state.snap_to_agreed),
                        reuse=earlier if isinstance(earlier, SnapIndex) else None)
        state.cache[key] = idx
    return idx


def snap_event(
    ctx: ToolContext, event: PointerEvent, exclude_ids: Sequence[str] = (),
    drawing: Sequence[XY] = (),
) -> tuple[XY, Snap | None]:
    """The position a tool should use for ``event`` and the snap it came from (or None).

    Snapping is skipped when switched off, when Ctrl is held, or with no tolerance.
    """
    state = ctx.edit_state
    if not state.snap_enabled or NO_SNAP_MODIFIER in event.modifiers or event.tolerance <= 0:
        return event.xy, None
    extra = list(drawing_rings(drawing))
    if state.snap_to_basemap and state.basemap is not None \
            and "basemap" not in {str(h) for h in ctx.hidden_layers}:
        extra.extend(basemap_rings(state.basemap, event.x, event.y, event.tolerance))
    if state.snap_to_references and state.references is not None:
        extra.extend(state.references.rings_near(event.x, event.y, event.tolerance))
    found = snap_index(ctx).snap(event.x, event.y, event.tolerance,
                                 exclude_ids=frozenset(exclude_ids), extra=extra)
    if found is None:
        return event.xy, None
    return found.xy, found


def default_party(ctx: ToolContext) -> str:
    """The party chosen for the drawing session, if it is a party of the project, else ''.

    Never the first party or one guessed from other edits: a tool used by every side must
    not assign territory to anyone on its own (issue: new zones silently got "Government").
    """
    chosen = ctx.edit_state.drawing_party
    parties = [p.name for p in ctx.document.project.meta.parties]
    return chosen if chosen and (not parties or chosen in parties) else ""


def new_attributes(ctx: ToolContext, layer: LayerKind) -> dict[str, Any]:
    """Attributes a delegate expects on a new feature of ``layer``."""
    status = "agreed" if ctx.document.current_version == AGREED else "proposed"
    attrs: dict[str, Any] = {**ctx.new_names.feature(layer, ctx.document.version),
                             "party": default_party(ctx), "status": status}
    if layer == LayerKind.LINES:
        attrs["kind"] = "line of contact"
    elif layer == LayerKind.POINTS:
        attrs["kind"] = "observation post"
    return attrs


def refusal(exc: EditRefused, preview: Preview | None = None) -> ToolResult:
    """A ToolResult carrying an EditRefused's reason and location (the canvas flashes it)."""
    return ToolResult(refused=exc.reason, where=exc.where, message=exc.reason, preview=preview)


class EditingTool(Tool):
    """Base of the tools that change the map (everything but Select)."""

    edits = True
    #: What the window must ask before the tool can finish (None: nothing).
    needs_input: str | None = None
    #: What the pointer's latest position snapped to (None: nothing), for the window's snap
    #: tooltip (``core.snapping.describe_snap``).
    last_snap: Snap | None = None

    @property
    def state(self) -> EditState:
        """The editing state shared by every tool of the document."""
        return self.ctx.edit_state

    def locked(self) -> ToolResult | None:
        """A refusal when the current version (or this tool's layer) is locked, else None."""
        if self.ctx.read_only:
            msg = self.ctx.read_only
            return ToolResult(refused=msg, message=msg, preview=Preview())
        if self.ctx.version_locked:
            msg = locked_message(self.ctx)
            return ToolResult(refused=msg, message=msg, preview=Preview())
        return None

    def layer_locked(self, layer: LayerKind) -> ToolResult | None:
        """A refusal when ``layer`` is locked in the layers panel, else None."""
        if layer.value in {str(x) for x in self.ctx.locked_layers}:
            msg = Message("The zones layer is locked: unlock it to edit"
                          if layer == LayerKind.ZONES else
                          "The lines layer is locked: unlock it to edit"
                          if layer == LayerKind.LINES else
                          "The points layer is locked: unlock it to edit")
            return ToolResult(refused=msg, message=msg, preview=Preview())
        return None

    def snap(self, event: PointerEvent, exclude_ids: Sequence[str] = (),
             drawing: Sequence[XY] = ()) -> tuple[XY, Snap | None]:
        """See ``snap_event``; remembers the snap as ``last_snap``."""
        xy, found = snap_event(self.ctx, event, exclude_ids, drawing)
        self.last_snap = found
        return xy, found

    def activate(self) -> ToolResult:
        """Called when the tool is chosen; a hint for the status bar by default."""
        return ToolResult(message=self.hint(), handled=False)

    def hint(self) -> str:
        """One line telling the user how to use the tool (status bar)."""
        return ""
