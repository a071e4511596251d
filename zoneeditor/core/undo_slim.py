"""Undo steps whose large geometries are kept as patches: what a step costs is what it changed.

An undo step (``ChangeSet``) holds every feature it changes as it was before and after. For a
vertex move on a 1,000,000-vertex zone that is the zone twice; consecutive steps share the
geometry between them, but each step still keeps one whole geometry alive that nothing else
needs (~34 MB resident per step at a million vertices, GEOS's copy and its flat rows). An
afternoon of small edits on a detailed boundary filled a laptop's memory.

A *slim* step (``SlimStep``) keeps such a change as a ``SlimDelta``: the feature's layer and
attributes on each side (a ``Shell``), the digest of each side's geometry (``Flat.digest``)
and the patches both ways (``core.geompatch``: the rows that changed and the ring sizes).
Everything else a step says (label, version, project details, merge key, its small deltas)
is kept as it is. A slim step is made whole again (``SlimStep.whole``) from the project
*next to it*: the state after it for an applied step (undo: its after-geometry is what the
feature has now, its before-geometry is that with the backward patch), the state before it
for an undone one (redo: the forward patch). Each side is checked by its digest, the rebuilt
geometry too, and rows are compared as bits, so a rebuilt step is the very step that was
made, bit for bit; when anything does not fit (a bug), ``HistoryMismatch`` is raised and
nothing is changed.

Which side a delta can be rebuilt from depends on where the step is: a feature an applied
step inserted is in the project after it (the anchor), but an undone insert has nothing to
start from, so it stays whole (and a delete the other way round). ``Slimming.step`` is told
which. ``UndoStack`` keeps the ``keep`` steps nearest its index whole (an undo and a redo in
a row, a drag merged into the newest step: no rebuild) and makes the others slim as they
move away.

>>> from shapely import Polygon
>>> from zoneeditor.core import edits, vertices as vx
>>> from zoneeditor.core.model import Feature, Project, Version
>>> ring = [(i, (i * 7) % 5) for i in range(40)] + [(39, 10), (0, 10)]
>>> f = Feature.create("zones", Polygon(ring), id="z")
>>> project = Project.from_versions(Project().meta, [Version("agreed", {"z": f})])
>>> cs = edits.move_vertex(project.versions["agreed"], f, vx.VertexRef(0, 0, 3), (3, 2.5))
>>> slim = Slimming(min_vertices=10).step(cs, applied=False)
>>> project.versions["agreed"].features["z"] is cs.deltas[0].old  # before the step
True
>>> slim.whole(project, applied=False) == cs
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeAlias

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import geompatch as gp
from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, LayerKind, Project
from zoneeditor.core.mutation import apply_unchecked
from zoneeditor.core.vertex_runs import carry_runs


class HistoryMismatch(ZoneEditorError):
    """A slim undo step does not fit the map it is rebuilt from (a bug): nothing was changed."""


def mismatch(label: str, feature_id: str) -> HistoryMismatch:
    """The error for a step (by its label) that does not fit a feature as it is now."""
    return HistoryMismatch(Message("the undo step %1 does not fit feature %2 as it is now; "
                                   "nothing was changed", label, feature_id[:8]))


@dataclass(frozen=True, eq=False)
class Shell:
    """A feature apart from its geometry: its layer, its attributes, its geometry's digest."""

    layer: LayerKind
    attributes: Mapping[str, Any]
    digest: bytes

    @classmethod
    def of(cls, feature: Feature, flat: gp.Flat) -> Shell:
        """The shell of ``feature``, whose geometry's flat form is ``flat``."""
        return cls(feature.layer, feature.attributes, flat.digest)

    def fits(self, feature: Feature) -> bool:
        """True when ``feature`` is this shell's feature (its geometry by digest)."""
        if feature.layer != self.layer or dict(feature.attributes) != dict(self.attributes):
            return False
        flat = gp.flat_of(feature.geometry)
        return flat is not None and flat.digest == self.digest


@dataclass(frozen=True, eq=False)
class SlimDelta:
    """One feature's change, its large geometry kept as patches.

    ``old``/``new`` are None for an insert/a delete. ``forward`` turns the old geometry's
    rows into the new one's, ``backward`` the other way; both None when the geometry did not
    change (an attribute edit: the rebuilt side shares the other side's geometry object).
    """

    id: str
    old: Shell | None
    new: Shell | None
    forward: gp.Patch | None
    backward: gp.Patch | None

    def resolve(self, have: Feature | None, applied: bool, label: str) -> Delta:
        """The whole delta, from ``have``: what the feature is next to the step (after it
        when ``applied``, before it otherwise). HistoryMismatch when that does not fit."""
        anchor, other, patch, reverse = (
            (self.new, self.old, self.backward, self.forward) if applied
            else (self.old, self.new, self.forward, self.backward))
        if anchor is None or have is None or not anchor.fits(have):
            raise mismatch(label, self.id)
        made: Feature | None = None
        if other is not None:
            geometry = have.geometry
            if patch is not None and reverse is not None:
                geometry = _patched(have, patch, other.digest, label, self.id)
                gp.note_origin(have.geometry, geometry, reverse)
            made = Feature(self.id, other.layer, geometry, other.attributes)
        return Delta(made, have) if applied else Delta(have, made)


def _patched(have: Feature, patch: gp.Patch, digest: bytes, label: str, fid: str
             ) -> BaseGeometry:
    """``have``'s geometry with ``patch`` applied, checked to have ``digest``."""
    base = gp.flat_of(have.geometry)
    if base is None:
        raise mismatch(label, fid)
    try:
        result = gp.apply(base, patch)
    except ValueError as exc:
        raise mismatch(label, fid) from exc
    # Built with its origin: the journal's record of this undo finds the patch it needs, and
    # a move's digest follows from the base's without a pass over every row.
    geometry = gp.built(result, origin=(have.geometry, patch))
    if result.digest != digest:
        raise mismatch(label, fid)
    # Picking and snapping need the index of its vertices: derived from the one of the
    # geometry it was made from, while that still lives (as an edit does).
    carry_runs(have.geometry, geometry)
    return geometry


@dataclass(frozen=True, eq=False)
class SlimStep:
    """An undo step with its large geometries kept as patches (see the module doc).

    ``template`` is the step without its deltas (label, version, project details, merge
    key); ``deltas`` are its deltas in order, the large ones slim.
    """

    template: ChangeSet
    deltas: tuple[Delta | SlimDelta, ...]

    @property
    def label(self) -> str:
        """The step's label (what the history panel lists)."""
        return self.template.label

    @property
    def version(self) -> str:
        """The version the step changes."""
        return self.template.version

    @property
    def merge_key(self) -> str | None:
        """The step's merge key (a drag goes on merging into it)."""
        return self.template.merge_key

    @property
    def versions_edited(self) -> set[str]:
        """The version whose features the step changes (a slim step always has deltas)."""
        return {self.template.version}

    @property
    def layers_edited(self) -> set[tuple[str, LayerKind]]:
        """``(version, layer)`` of every layer whose features the step alters
        (``ChangeSet.layers_edited``; a slim step never makes, drops or renames a version)."""
        return {(self.template.version, side.layer) for d in self.deltas
                for side in (d.old, d.new) if side is not None}  # a Feature or a Shell

    def whole(self, project: Project, applied: bool) -> ChangeSet:
        """The step as it was made, rebuilt from ``project``: the state after the step when
        ``applied``, before it otherwise. HistoryMismatch (nothing changed) when it does not
        fit; ``project`` is only read."""
        version = project.versions.get(self.template.version)
        if version is None:
            raise mismatch(self.label, next(iter(self._slim_ids()), ""))
        features = version.features
        deltas = tuple(d.resolve(features.get(d.id), applied, self.label)
                       if isinstance(d, SlimDelta) else d for d in self.deltas)
        return replace(self.template, deltas=deltas)

    def _slim_ids(self) -> list[str]:
        return [d.id for d in self.deltas if isinstance(d, SlimDelta)]


#: An entry of the undo history: a whole change set or a slim step.
HistoryStep: TypeAlias = ChangeSet | SlimStep


@dataclass(frozen=True)
class Slimming:
    """How the undo history keeps steps that change large geometries.

    ``min_vertices``: a geometry with at least this many vertices is kept as patches in a
    step away from the index (None: never, every step whole, as zoneeditor did before).
    ``keep``: how many steps on each side of the index stay whole (no rebuild for an undo
    followed by a redo, or for a drag that goes on merging into the newest step).
    """

    min_vertices: int | None = 1000
    keep: int = 1

    def step(self, cs: HistoryStep, applied: bool) -> HistoryStep:
        """``cs`` slim where it can be (``applied``: it is before the history's index, so
        it is rebuilt from the state after it); ``cs`` itself when nothing is worth it."""
        if (isinstance(cs, SlimStep) or self.min_vertices is None
                or cs.structure != Structure.NONE):
            return cs  # versions made, dropped, renamed: rare, kept as they are
        out: list[Delta | SlimDelta] = []
        for d in cs.deltas:
            out.append(self._delta(d, applied) or d)
        if all(isinstance(d, Delta) for d in out):
            return cs
        return SlimStep(replace(cs, deltas=()), tuple(out))

    def _large(self, *features: Feature) -> bool:
        """True when one of the geometries is worth keeping as patches."""
        assert self.min_vertices is not None
        return max(int(shapely.get_num_coordinates(f.geometry)) for f in features) \
            >= self.min_vertices

    def _delta(self, d: Delta, applied: bool) -> SlimDelta | None:
        if d.old is None or d.new is None:
            # Only the side the state next to the step holds can be rebuilt from it: an
            # applied insert (from the state after it), an undone delete (before it).
            present = d.feature
            if (d.old is None) != applied or not self._large(present):
                return None
            flat = gp.flat_of(present.geometry)
            if flat is None:
                return None
            shell = Shell.of(present, flat)
            return (SlimDelta(d.id, None, shell, None, None) if d.old is None
                    else SlimDelta(d.id, shell, None, None, None))
        if not self._large(d.old, d.new):
            return None
        old_flat, new_flat = gp.flat_of(d.old.geometry), gp.flat_of(d.new.geometry)
        if old_flat is None or new_flat is None:
            return None
        patch = None if d.old.geometry is d.new.geometry else \
            gp.patch_between(d.old.geometry, d.new.geometry)
        if patch is None and d.old.geometry is not d.new.geometry:
            return None  # another layout (a hole cut, a part added): kept whole
        old, new = Shell.of(d.old, old_flat), Shell.of(d.new, new_flat)
        if patch is None or patch.is_empty:
            return SlimDelta(d.id, old, new, None, None)
        return SlimDelta(d.id, old, new, *_both_ways(patch, old_flat))


def _both_ways(patch: gp.Patch, old: gp.Flat) -> tuple[gp.Patch, gp.Patch]:
    """``patch`` (from ``old``) and the patch back, each holding copies of only the rows
    they replace (a view would keep the whole array of the geometry alive)."""
    rows = np.array(patch.rows, dtype=np.float64, copy=True).reshape(-1, old.dims)
    forward = gp.Patch(patch.start, patch.stop, rows, patch.sizes)
    back_sizes = tuple((ring, int(old.sizes[ring])) for ring, _ in patch.sizes)
    backward = gp.Patch(patch.start, patch.start + len(rows),
                        old.coords[patch.start:patch.stop].copy(), back_sizes)
    return forward, backward


def whole_steps(project: Project, steps: Sequence[HistoryStep], index: int
                ) -> tuple[ChangeSet, ...]:
    """Every step whole, ``index`` of them applied to ``project`` (which is not changed):
    applied steps are rebuilt from the state the newer ones' undoing leaves, undone steps
    from the state the older ones' redoing leaves. HistoryMismatch when one does not fit."""
    out: list[ChangeSet] = []
    back = project.copy()
    for step in reversed(steps[:index]):
        cs = step.whole(back, applied=True) if isinstance(step, SlimStep) else step
        apply_unchecked(back, ~cs)
        out.append(cs)
    out.reverse()
    forward = project.copy()
    for step in steps[index:]:
        cs = step.whole(forward, applied=False) if isinstance(step, SlimStep) else step
        apply_unchecked(forward, cs)
        out.append(cs)
    return tuple(out)
