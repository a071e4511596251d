"""Split a zone with a drawn line: click a line across the zone, Enter or double-click.

The line must cross the zone from outside to outside (or from border to border: snapped
ends count). The largest piece keeps the zone's id (so diffs and history still know it);
the other pieces become new zones with the same attributes and a numbered name. Where the
cut ends on a border shared with a neighbour, the neighbour gets the same new vertex, so
the border stays shared.
"""

from __future__ import annotations

import shapely
from shapely import LineString, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import split

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.edits import check
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.geodesy import area_km2
from zoneeditor.core.messages import Message, listing
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.tools.base import ToolResult
from zoneeditor.core.tools.path import PathTool
from zoneeditor.core.topology import follow_snapped, junctions


def split_zone(zone: Feature, cut: LineString) -> list[Polygon]:
    """The polygons ``zone`` falls into along ``cut``, largest first; refused if fewer than 2."""
    if not zone.geometry.intersects(cut):
        raise EditRefused(Message("the line does not cross %1", zone.label))
    pieces: list[Polygon] = [g for g in shapely.get_parts(split(zone.geometry, cut))
                             if g.geom_type == "Polygon" and not g.is_empty]
    if len(pieces) < 2:
        start = cut.coords[0]
        raise EditRefused(Message("the line must cross %1 from one side to the other "
                                  "(start and end outside it or on its border)", zone.label),
                          (start[0], start[1]))
    pieces.sort(key=area_km2, reverse=True)
    return pieces


def split_changeset(version: Version, zones: list[Feature], cut: LineString) -> ChangeSet:
    """One change set splitting every zone in ``zones`` crossed by ``cut``."""
    deltas: list[Delta] = []
    names: list[str] = []
    new_points: list[tuple[float, float]] = []
    for zone in zones:
        pieces = split_zone(zone, cut)
        for p in pieces:
            check(p, LayerKind.ZONES, Message("Splitting %1", zone.label))
        deltas.append(Delta(zone, zone.with_geometry(pieces[0])))
        base = zone.name or zone.label
        for k, piece in enumerate(pieces[1:], start=2):
            attrs = dict(zone.attributes)
            attrs["name"] = f"{base} ({k})"
            deltas.append(Delta(None, Feature.create(LayerKind.ZONES, piece, **attrs)))
        names.append(zone.label)
        boundary = zone.geometry.boundary
        cross = shapely.intersection(boundary, cut)
        new_points.extend((float(x), float(y)) for x, y in shapely.get_coordinates(cross))
    touched = {d.id for d in deltas}
    deltas.extend(junctions(version, new_points, skip_ids=touched))
    label = (Message("Split zone %1", names[0]) if len(names) == 1
             else Message("Split zones %1", listing(names)))
    return ChangeSet(label, version.name, tuple(deltas))


class SplitZoneTool(PathTool):
    """Draw a line across a zone to cut it in two (or more) zones."""

    name = "Split zone"
    shortcut = "X"
    min_vertices = 2

    def hint(self) -> str:
        """Status bar help."""
        return Message("Split zone: click a line across the zone (start and end outside it), "
                       "then Enter or double-click; a selected zone is split, else every zone "
                       "crossed")

    def too_few(self) -> str:
        """Message with fewer than two points."""
        return Message("Click at least 2 points: a line across the zone")

    def acts_on(self) -> list[BaseGeometry]:
        """The selected zones (the line splits those it crosses)."""
        sel = self.ctx.selection.ids
        return [z.geometry for z in self.ctx.document.version.layer(LayerKind.ZONES)
                if z.id in sel]

    def complete(self) -> ToolResult:
        """Split the selected zones the line crosses (or every crossed zone if none is)."""
        refused = self.locked() or self.layer_locked(LayerKind.ZONES)
        if refused is not None:
            return refused
        cut = LineString(follow_snapped(self.points, self.snaps, closed=False))
        version = self.ctx.document.version
        zones = [z for z in version.layer(LayerKind.ZONES) if z.geometry.intersects(cut)]
        sel = self.ctx.selection.ids
        if any(z.id in sel for z in zones):
            zones = [z for z in zones if z.id in sel]
        else:
            # without a selection, cut only zones the line really divides
            zones = [z for z in zones if len(shapely.get_parts(split(z.geometry, cut))) > 1]
        if not zones:
            start = self.points[0]
            raise EditRefused(Message("the line does not cut any zone in two: draw it across a "
                                      "zone"), start)
        cs = split_changeset(version, zones, cut)
        split_ids = {z.id for z in zones}
        ids = frozenset(d.id for d in cs.deltas
                        if d.new is not None and (d.old is None or d.id in split_ids))
        return ToolResult(changeset=cs, selection=ids, message=cs.label)
