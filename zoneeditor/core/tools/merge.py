"""Merge selected zones into one: choose the tool (G) with two or more zones selected, or
shift-click zones with the tool and press Enter.

The first selected zone (the largest, when the order is unknown) keeps its id and
attributes; the others are deleted, in one undo step. Zones of different parties are not
merged: that would silently hand territory over; change the party first.
"""

from __future__ import annotations

import shapely

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.edits import check
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.geodesy import area_km2
from zoneeditor.core.messages import Message, listing
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.tools.base import KeyEvent, PointerEvent, Preview, ToolResult
from zoneeditor.core.tools.editing import EditingTool, refusal
from zoneeditor.core.tools.select import pick


def merge_changeset(version: Version, zones: list[Feature]) -> ChangeSet:
    """One change set replacing ``zones`` by their union (kept in the first zone's id)."""
    if len(zones) < 2:
        raise EditRefused(Message("select two or more zones to merge (shift-click adds to the "
                                  "selection)"))
    parties = sorted({z.party for z in zones})
    if len(parties) > 1:
        raise EditRefused(Message("zones of different parties cannot be merged (%1): give them "
                                  "the same party first",
                                  listing([p or Message("no party") for p in parties])))
    union = shapely.union_all([z.geometry for z in zones])
    if union.geom_type not in ("Polygon", "MultiPolygon"):
        raise EditRefused(Message("the merged shape is not an area"))
    check(union, LayerKind.ZONES, Message("Merging zones"))
    keep = zones[0]
    deltas = [Delta(keep, keep.with_geometry(union))]
    deltas.extend(Delta(z, None) for z in zones[1:])
    # one argument per zone, so the window names each in its language and lists them as
    # its language does (an English ", " inside one argument could not be translated)
    label = Message("Merge zones %1", listing([z.label for z in zones]))
    return ChangeSet(label, version.name, tuple(deltas))


class MergeZonesTool(EditingTool):
    """Merge the selected zones; with fewer than two selected, click zones then Enter."""

    name = "Merge zones"
    shortcut = "G"

    def hint(self) -> str:
        """Status bar help."""
        return Message("Merge zones: shift-click the zones to merge, then Enter")

    def _selected_zones(self) -> list[Feature]:
        version = self.ctx.document.version
        found = [version.get(i) for i in self.ctx.selection]
        zones = [z for z in found if z is not None and z.layer == LayerKind.ZONES]
        zones.sort(key=lambda z: area_km2(z.geometry), reverse=True)
        return zones

    def activate(self) -> ToolResult:
        """Merge at once when two or more zones are selected."""
        if len(self._selected_zones()) >= 2:
            return self.merge()
        return ToolResult(message=self.hint(), handled=False)

    def merge(self) -> ToolResult:
        """Merge the selected zones (one undo step)."""
        refused = self.locked() or self.layer_locked(LayerKind.ZONES)
        if refused is not None:
            return refused
        zones = self._selected_zones()
        try:
            cs = merge_changeset(self.ctx.document.version, zones)
        except EditRefused as exc:
            return refusal(exc)
        if cs.deltas[0].feature.geometry.geom_type != "Polygon":
            msg: str = Message("%1: the zones do not touch, the result has several parts",
                               cs.label)
        else:
            msg = cs.label
        return ToolResult(changeset=cs, selection=frozenset({zones[0].id}), message=msg,
                          preview=Preview())

    def pointer(self, event: PointerEvent) -> ToolResult:
        """A click toggles a zone in the selection."""
        if event.kind != "press" or event.button != "left":
            return ToolResult(handled=event.kind in ("release", "double_click"))
        zones = self.ctx.document.version.layer(LayerKind.ZONES)
        hit = pick(zones, event.x, event.y, event.tolerance,
                   {str(h) for h in self.ctx.hidden_layers})
        if hit is None:
            return ToolResult(message=Message("Click inside a zone"))
        new = self.ctx.selection.ids ^ {hit.id}
        n = sum(1 for i in new if (f := self.ctx.document.feature(i)) and f.layer ==
                LayerKind.ZONES)
        return ToolResult(selection=frozenset(new),
                          message=Message("%1 zones selected — Enter merges them", n))

    def key(self, event: KeyEvent) -> ToolResult:
        """Enter merges."""
        if event.key in ("Enter", "Return"):
            return self.merge()
        return ToolResult(handled=False)
