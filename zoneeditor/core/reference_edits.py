"""Undoable edits of reference layers and georeferencings: change sets on the project details.

Each function takes the project's current ``ProjectMeta`` (and the name of the version being
edited, which every ``ChangeSet`` carries) and returns a ``ChangeSet`` with
``meta=(before, after)``; nothing is applied here. Push it on ``document.history`` like any
edit. An opacity slider dragged across its range is one undo step: its change sets share a
``merge_key``.

>>> from zoneeditor.core.model import ProjectMeta
>>> from zoneeditor.core.reference import ReferenceLayer
>>> meta = ProjectMeta()
>>> cs = add_reference(meta, "agreed", ReferenceLayer.create("/d/roads.shp", "vector"))
>>> cs.label, len(cs.meta[1].references)
('Add reference layer roads.shp', 1)
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.messages import Message
from zoneeditor.core.model import ProjectMeta
from zoneeditor.core.reference import (
    ControlPoint,
    Georeference,
    GeorefMethod,
    ReferenceLayer,
)


def _change(label: str, version: str, before: ProjectMeta, after: ProjectMeta,
            merge_key: str | None = None) -> ChangeSet:
    return ChangeSet(label, version, (), meta=(before, after), merge_key=merge_key)


def _layer(meta: ProjectMeta, reference_id: str) -> ReferenceLayer:
    found = meta.reference(reference_id)
    if found is None:
        raise EditRefused(f"no reference layer {reference_id!r} in this project")
    return found


# -- reference layers --------------------------------------------------------------------------
def add_reference(meta: ProjectMeta, version: str, layer: ReferenceLayer,
                  position: int | None = None) -> ChangeSet:
    """Add ``layer`` on top of the other references (or at ``position``, 0 = bottom)."""
    if meta.reference(layer.id) is not None:
        raise EditRefused(f"reference layer {layer.name!r} is already in the project")
    refs = list(meta.references)
    refs.insert(len(refs) if position is None else max(0, min(position, len(refs))), layer)
    return _change(Message("Add reference layer %1", layer.name), version, meta,
                   replace(meta, references=tuple(refs)))


def remove_reference(meta: ProjectMeta, version: str, reference_id: str) -> ChangeSet:
    """Remove a reference layer from the project (its file is not touched)."""
    layer = _layer(meta, reference_id)
    refs = tuple(r for r in meta.references if r.id != reference_id)
    return _change(Message("Remove reference layer %1", layer.name), version, meta,
                   replace(meta, references=refs))


#: Fields of a reference that ``update_reference`` may change.
UPDATABLE = ("name", "path", "visible", "opacity", "style", "attribution", "embedded", "snap")


def update_reference(meta: ProjectMeta, version: str, reference_id: str,
                     **changes: Any) -> ChangeSet:
    """Change a reference's name, visibility, opacity, style, attribution, copy or snapping.

    Opacity changes of one layer merge into one undo step (a slider drag).
    """
    unknown = set(changes) - set(UPDATABLE)
    if unknown:
        raise ValueError(f"cannot change {', '.join(sorted(unknown))} of a reference layer")
    layer = _layer(meta, reference_id)
    new = replace(layer, **changes)
    refs = tuple(new if r.id == reference_id else r for r in meta.references)
    if set(changes) == {"visible"}:
        label = Message("Show reference layer %1" if new.visible else "Hide reference layer %1",
                        layer.name)
    elif set(changes) == {"opacity"}:
        label = Message("Opacity of reference layer %1", layer.name)
    else:
        label = Message("Change reference layer %1", layer.name)
    key = f"reference-opacity:{reference_id}" if set(changes) == {"opacity"} else None
    return _change(label, version, meta, replace(meta, references=refs), key)


def move_reference(meta: ProjectMeta, version: str, reference_id: str,
                   position: int) -> ChangeSet:
    """Put a reference at ``position`` in the drawing order (0 = bottom)."""
    layer = _layer(meta, reference_id)
    refs = [r for r in meta.references if r.id != reference_id]
    refs.insert(max(0, min(position, len(refs))), layer)
    return _change(Message("Reorder reference layer %1", layer.name), version, meta,
                   replace(meta, references=tuple(refs)))


# -- georeferencing ----------------------------------------------------------------------------
def _georef(meta: ProjectMeta, georef_id: str) -> Georeference:
    found = meta.georeference(georef_id)
    if found is None:
        raise EditRefused(f"no georeferencing {georef_id!r} in this project")
    return found


def _with_georef(meta: ProjectMeta, new: Georeference) -> ProjectMeta:
    return replace(meta, georeferences=tuple(new if g.id == new.id else g
                                             for g in meta.georeferences))


def _scan_name(g: Georeference) -> str:
    return g.source.replace("\\", "/").rsplit("/", 1)[-1]


def add_georeference(meta: ProjectMeta, version: str, georef: Georeference) -> ChangeSet:
    """Start georeferencing a scan (kept in the project with its control points)."""
    if meta.georeference(georef.id) is not None:
        raise EditRefused("this georeferencing is already in the project")
    return _change(Message("Georeference %1", _scan_name(georef)), version, meta,
                   replace(meta, georeferences=(*meta.georeferences, georef)))


def remove_georeference(meta: ProjectMeta, version: str, georef_id: str) -> ChangeSet:
    """Drop a georeferencing and its control points (a GeoTIFF written from it stays)."""
    g = _georef(meta, georef_id)
    return _change(Message("Remove georeferencing of %1", _scan_name(g)), version, meta,
                   replace(meta, georeferences=tuple(x for x in meta.georeferences
                                                     if x.id != georef_id)))


def set_georef_options(meta: ProjectMeta, version: str, georef_id: str, *,
                       method: str | None = None, crs: str | None = None,
                       output: str | None = None) -> ChangeSet:
    """Choose the transform (affine, polynomial2, tps), the map's CRS or the output file."""
    g = _georef(meta, georef_id)
    changes: dict[str, Any] = {}
    if method is not None:
        changes["method"] = GeorefMethod(method).value
    if crs is not None:
        changes["crs"] = crs
    if output is not None:
        changes["output"] = output
    label = (Message("Georeferencing method %1", changes["method"])
             if set(changes) == {"method"}
             else Message("Georeferencing options of %1", _scan_name(g)))
    return _change(label, version, meta, _with_georef(meta, replace(g, **changes)))


def add_control_point(meta: ProjectMeta, version: str, georef_id: str,
                      point: ControlPoint) -> ChangeSet:
    """Add a control point (scan pixel and lon/lat)."""
    g = _georef(meta, georef_id)
    if not (-180 <= point.lon <= 180 and -90 <= point.lat <= 90):
        raise EditRefused(f"{point.lat:.5f}, {point.lon:.5f} is not a latitude, longitude")
    n = len(g.points) + 1
    return _change(Message("Add control point %1", n), version, meta,
                   _with_georef(meta, replace(g, points=(*g.points, point))))


def update_control_point(meta: ProjectMeta, version: str, georef_id: str, point_id: str,
                         **changes: Any) -> ChangeSet:
    """Move a control point on the scan (px, py) or on the map (lon, lat), or enable/disable
    it. A drag of one point is one undo step (shared merge key)."""
    g = _georef(meta, georef_id)
    old = g.point(point_id)
    if old is None:
        raise EditRefused("that control point is no longer there")
    new = replace(old, **changes)
    if not (-180 <= new.lon <= 180 and -90 <= new.lat <= 90):
        raise EditRefused(f"{new.lat:.5f}, {new.lon:.5f} is not a latitude, longitude")
    n = g.points.index(old) + 1
    if set(changes) == {"enabled"}:
        label = Message("Use control point %1" if new.enabled else "Leave out control point %1",
                        n)
    else:
        label = Message("Move control point %1", n)
    key = f"control-point:{point_id}" if set(changes) <= {"px", "py", "lon", "lat"} else None
    points = tuple(new if p.id == point_id else p for p in g.points)
    return _change(label, version, meta, _with_georef(meta, replace(g, points=points)), key)


def remove_control_point(meta: ProjectMeta, version: str, georef_id: str,
                         point_id: str) -> ChangeSet:
    """Delete a control point."""
    g = _georef(meta, georef_id)
    old = g.point(point_id)
    if old is None:
        raise EditRefused("that control point is no longer there")
    n = g.points.index(old) + 1
    points = tuple(p for p in g.points if p.id != point_id)
    return _change(Message("Delete control point %1", n), version, meta,
                   _with_georef(meta, replace(g, points=points)))
