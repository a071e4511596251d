"""Edits as functions: each takes the current state and returns a ``ChangeSet`` (or refuses).

Nothing is applied here; the caller pushes the result on the document's history. Every
function refuses, with ``EditRefused`` and a reason a delegate understands, rather than
produce an invalid geometry.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from shapely.geometry.base import BaseGeometry

from zoneeditor.core import vertices as vx
from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.messages import Message, joined
from zoneeditor.core.model import (
    STATUSES,
    Feature,
    LayerKind,
    ProjectMeta,
    Version,
    attribute_phrase,
)
from zoneeditor.core.validity import describe, edit_problem


def check(geometry: BaseGeometry, layer: LayerKind, action: str,
          before: BaseGeometry | None = None) -> None:
    """Raise EditRefused when ``geometry`` is not acceptable in ``layer``.

    ``before``: the geometry the edit started from, when there is one; on a large zone only
    the changed stretch is then checked (``validity.edit_problem``), with the same verdict.
    """
    found = edit_problem(geometry, layer, before)
    if found is not None:
        reason, where = found
        raise EditRefused(Message("%1 refused: %2", action, describe(reason, where)), where)


def _check_attributes(attrs: dict[str, Any]) -> None:
    status = attrs.get("status")
    if status and status not in STATUSES:
        raise EditRefused(f"status must be one of {', '.join(STATUSES)}, not {status!r}")


def add_feature(
    version: Version, layer: LayerKind | str, geometry: BaseGeometry, *,
    shown_as: str | None = None, **attributes: Any
) -> ChangeSet:
    """Add a new feature to ``version``; the label names the layer ("Add zone Idlib") and
    the feature by ``shown_as`` when given (the name the user reads in their language,
    ``core.tools.new_names.NewNames.shown``), else by its ``name``."""
    kind = LayerKind(layer)
    check(geometry, kind, Message("Adding a zone" if kind == LayerKind.ZONES else
                                  "Adding a line" if kind == LayerKind.LINES else "Adding a point"))
    _check_attributes(attributes)
    f = Feature.create(kind, geometry, **attributes)
    name = shown_as or f.name
    label = (Message("Add zone %1" if kind == LayerKind.ZONES else
                     "Add line %1" if kind == LayerKind.LINES else "Add point %1", name)
             if name else Message("Add zone" if kind == LayerKind.ZONES else
                                    "Add line" if kind == LayerKind.LINES else "Add point"))
    return ChangeSet(label, version.name, (Delta(None, f),))


def delete_features(version: Version, ids: Iterable[str]) -> ChangeSet:
    """Delete the features with ``ids`` from ``version`` (unknown ids are refused)."""
    feats = []
    for fid in ids:
        f = version.get(fid)
        if f is None:
            raise EditRefused(f"no feature {fid[:8]} in {version.name!r}")
        feats.append(f)
    if not feats:
        raise EditRefused("nothing selected to delete")
    label = (Message("Delete %1", feats[0].label) if len(feats) == 1
             else Message("Delete %1 features", len(feats)))
    return ChangeSet(label, version.name, tuple(Delta(f, None) for f in feats))


def attribute_label(key: str) -> str:
    """How a label names the attribute ``key``: a core attribute or an interface language's
    name column by its name, a Message the window translates ("name_local" -> "local name",
    "name_ru" -> "name (Russian)"); any other by its column name."""
    return attribute_phrase(key)


def set_attributes(version: Version, feature: Feature, **changes: Any) -> ChangeSet:
    """Change some attributes of ``feature`` (one undo step); the label names them as the
    user knows them ("Edit local name of Idlib"; ``attribute_label``)."""
    _check_attributes(changes)
    new = feature.with_attributes(**changes)
    names = joined([attribute_label(key) for key in sorted(changes)], comma=True)
    return ChangeSet(Message("Edit %1 of %2", names, feature.label), version.name,
                     (Delta(feature, new),))


def set_geometry(
    version: Version, feature: Feature, geometry: BaseGeometry, label: str,
    merge_key: str | None = None,
) -> ChangeSet:
    """Replace the geometry of ``feature``; refused when the result is invalid."""
    check(geometry, feature.layer, label, before=feature.geometry)
    return ChangeSet(label, version.name, (Delta(feature, feature.with_geometry(geometry)),),
                     merge_key=merge_key)


#: More features than this are counted, not named, in a vertex edit's label.
MAX_NAMED = 3


def vertex_label(action: str, features: Iterable[Feature]) -> str:
    """A vertex edit's label naming what it changed, as the History panel lists it: "Move
    vertex: Idlib", "Move vertex: Idlib, Northern Hama" (a shared border), "Move vertex: 4
    features". Every other step names its feature; "Move vertex" alone left a delegate
    guessing which of twenty such steps to undo to."""
    names = [f.label for f in features]
    if not names:
        return action
    which = (joined(names, comma=True) if len(names) <= MAX_NAMED
             else Message("%1 features", str(len(names))))
    return Message("%1: %2", action, which)


def _existing(feature: Feature, ref: vx.VertexRef) -> None:
    try:
        vx.vertex(feature.geometry, ref)
    except IndexError:
        raise EditRefused(f"{feature.label} has no vertex {ref.index} in that ring") from None


def move_vertex(
    version: Version, feature: Feature, ref: vx.VertexRef, xy: tuple[float, float],
    merge_key: str | None = None,
) -> ChangeSet:
    """Move one vertex to ``xy``; a drag passes one ``merge_key`` so it is one undo step."""
    _existing(feature, ref)
    geom = vx.with_vertex_moved(feature.geometry, ref, xy)
    return set_geometry(version, feature, geom, vertex_label(Message("Move vertex"), [feature]),
                        merge_key)


def insert_vertex(
    version: Version, feature: Feature, ref: vx.VertexRef, xy: tuple[float, float]
) -> ChangeSet:
    """Insert a vertex at ``xy`` before position ``ref.index`` of its ring or line."""
    if feature.layer == LayerKind.POINTS:
        raise EditRefused("a point has no segments to insert a vertex into")
    size = vx.ring_size(feature.geometry, ref)
    if not 0 <= ref.index <= size:
        raise EditRefused(f"{feature.label} has no position {ref.index} in that ring")
    geom = vx.with_vertex_inserted(feature.geometry, ref, xy)
    return set_geometry(version, feature, geom,
                        vertex_label(Message("Insert vertex"), [feature]))


def delete_vertex(version: Version, feature: Feature, ref: vx.VertexRef) -> ChangeSet:
    """Remove one vertex; refused when fewer than 3 (ring) or 2 (line) would remain."""
    if feature.layer == LayerKind.POINTS:
        raise EditRefused("a point's only vertex cannot be deleted; delete the point instead")
    _existing(feature, ref)
    minimum = 3 if vx.is_closed_kind(feature.geometry) else 2
    if vx.ring_size(feature.geometry, ref) <= minimum:
        what = "a ring needs at least 3 vertices" if minimum == 3 else "a line needs 2"
        raise EditRefused(f"Delete vertex refused: {what}", vx.vertex(feature.geometry, ref))
    geom = vx.with_vertex_deleted(feature.geometry, ref)
    return set_geometry(version, feature, geom,
                        vertex_label(Message("Delete vertex"), [feature]))


def new_proposal(source: Version, name: str) -> ChangeSet:
    """Create a proposal named ``name`` as a copy of ``source`` (ids kept, so diffs match)."""
    if not name.strip():
        raise EditRefused(Message("a proposal needs a name"))
    if name == source.name:
        raise EditRefused(Message("a version called %1 already exists", repr(name)))
    deltas = tuple(Delta(None, f) for f in source)
    return ChangeSet(Message("New proposal %1", name), name, deltas,
                     structure=Structure.CREATE)


def drop_version(version: Version) -> ChangeSet:
    """Remove a proposal with all its features (undoable)."""
    if version.is_agreed:
        raise EditRefused("the agreed baseline cannot be removed")
    deltas = tuple(Delta(f, None) for f in version)
    return ChangeSet(Message("Remove proposal %1", version.name), version.name, deltas,
                     structure=Structure.DROP)


def set_meta(version: Version, before: ProjectMeta, after: ProjectMeta) -> ChangeSet:
    """Change project details (title, parties, author) as an undoable step."""
    return ChangeSet(Message("Edit project details"), version.name, (), meta=(before, after))
