"""What the Conflicts panel lists: the open conflicts of merge proposals and of a team sync.

Two kinds of conflict meet in one list (``ConflictEntry``):

- **merge conflicts** of a proposal. Whether one is still open is read from the proposal
  itself (its features' ``merge_conflict`` markers, ``core.merge.resolve``), so undo and redo
  need no bookkeeping here. What each conflict *is* (its spans, its three states) comes from a
  merge made in this window (``add_merge``) or from the project file
  (``io.lineage.read_conflicts``), read once per proposal.
- **sync conflicts** of the last team sync, kept in the working copy
  (``io.team.local_state``), open until decided (``io.team.sync.decide``); re-read when the
  file changed.

Nothing here is Qt: the panel asks the book for the entries of the open project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import shapely
from shapely import LineString, Point
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.merge.resolve import open_keys
from zoneeditor.core.merge.result import Conflict, MergeResult
from zoneeditor.core.model import Feature, Project, Version
from zoneeditor.gui.tool_messages import error_text
from zoneeditor.io.lineage import read_conflict_states, read_conflicts
from zoneeditor.io.team.local_state import SyncConflict, read_state
from zoneeditor.io.team.refusals import is_discarded
from zoneeditor.io.team.version_refusals import BY_ROLE, is_version_change

XY = tuple[float, float]
States = dict[str, tuple[Feature | None, Feature | None, Feature | None]]


@dataclass(frozen=True)
class ConflictEntry:
    """One row of the Conflicts panel.

    ``merge`` is the merge conflict (None for a sync conflict, or for a marker whose details
    the file no longer keeps); ``sync`` the sync conflict. ``states`` holds (base, ours,
    theirs) of every feature the decision touches ("ours" is this project or this working
    copy). ``decided`` is a sync conflict's recorded decision ("ours"/"theirs", carried out
    at the next sync).
    """

    version: str
    key: str
    kind: str
    feature_id: str
    feature_ids: tuple[str, ...]
    where: XY | None
    states: States = field(default_factory=dict)
    attribute: str | None = None
    values: tuple | None = None
    merge: Conflict | None = None
    sync: SyncConflict | None = None
    decided: str = ""

    @property
    def is_refused(self) -> bool:
        """True for a local change the team server refused (``io.team.refusals``)."""
        return self.sync is not None and self.sync.kind == "refused"

    @property
    def refused_by_role(self) -> bool:
        """True for a change the user's role may not make on the server: the client kept it
        here without sending it (a removal or new version, ``io.team.version_refusals``)."""
        return (self.sync is not None and self.sync.kind == "refused"
                and self.sync.refused_by == BY_ROLE)

    @property
    def is_version_change(self) -> bool:
        """True for a removal or new version that stays here (``io.team.version_refusals``):
        it concerns no feature, and is kept or discarded as a whole."""
        return self.sync is not None and is_version_change(self.sync)

    @property
    def is_sync(self) -> bool:
        """True for a conflict of a team sync (decided with ``decide``)."""
        return self.sync is not None

    def main(self) -> tuple[Feature | None, Feature | None, Feature | None]:
        """(base, ours, theirs) of the main feature."""
        return self.states.get(self.feature_id, (None, None, None))

    def label(self) -> str:
        """The main feature's name (or short id)."""
        for f in self.main():
            if f is not None:
                return f.label
        return self.feature_id[:8]

    def geometries(self) -> tuple[tuple[BaseGeometry, ...], tuple[BaseGeometry, ...],
                                  tuple[BaseGeometry, ...]]:
        """What to draw for base, ours and theirs: the conflicting stretches when the merge
        knows them, else the whole geometries of every feature concerned."""
        out: tuple[list[BaseGeometry], list[BaseGeometry], list[BaseGeometry]] = ([], [], [])
        spans = self.merge.spans if self.merge is not None else ()
        if spans:
            for span in spans:
                if span.whole:
                    for k, g in enumerate(span.geometries or (None, None, None)):
                        if g is not None and not g.is_empty:
                            out[k].append(g)
                    continue
                for k, path in enumerate((span.base, span.ours, span.theirs)):
                    if len(path) >= 2:
                        out[k].append(LineString(path))
                    elif len(path) == 1:
                        out[k].append(Point(path[0]))
            return tuple(out[0]), tuple(out[1]), tuple(out[2])
        for fid in self.feature_ids or (self.feature_id,):
            triple = self.states.get(fid, (None, None, None))
            shapes = [f.geometry if f is not None and not f.geometry.is_empty else None
                      for f in triple]
            for k, g in enumerate(shapes):
                # a state drawn like ours is not drawn again (an attribute conflict shows
                # the feature once): what differs is what the eye must find
                if g is not None and (k == 1 or shapes[1] is None or not _same(g, shapes[1])):
                    out[k].append(g)
        return tuple(out[0]), tuple(out[1]), tuple(out[2])

    def bounds(self) -> tuple[float, float, float, float] | None:
        """The lon/lat box of everything drawn for this conflict (None when nothing)."""
        geoms = [g for state in self.geometries() for g in state]
        if not geoms:
            return None
        x0, y0, x1, y1 = (float(v) for v in shapely.total_bounds(geoms))
        return (x0, y0, x1, y1)


def _same(a: BaseGeometry, b: BaseGeometry) -> bool:
    return bool(shapely.normalize(a).equals_exact(shapely.normalize(b), 0))


def _merge_entry(version: str, conflict: Conflict, states: States) -> ConflictEntry:
    triples = dict(states)
    triples.setdefault(conflict.feature_id, (conflict.base, conflict.ours, conflict.theirs))
    return ConflictEntry(version, conflict.key, conflict.kind.value, conflict.feature_id,
                         conflict.feature_ids or (conflict.feature_id,), conflict.where,
                         triples, conflict.attribute, conflict.values, merge=conflict)


def _sync_entry(index: int, c: SyncConflict, project: Project) -> ConflictEntry:
    version = project.versions.get(c.version)
    theirs = dict(c.theirs_states)
    bases = dict(c.base_states)
    states: States = {}
    for fid in c.ids:
        ours = c.ours if fid == c.feature_id else (version.get(fid) if version else None)
        states[fid] = (bases.get(fid, c.base if fid == c.feature_id else None), ours,
                       theirs.get(fid, c.theirs if fid == c.feature_id else None))
    values = None
    if c.attribute:
        values = tuple(f.attributes.get(c.attribute) if f is not None else None
                       for f in (c.base, c.ours, c.theirs))
    # A refused change the user discarded (the server's version is back here) is settled
    # until undo brings the change back; the next sync forgets it.
    decided = "discarded" if is_discarded(c, project) else c.resolution
    return ConflictEntry(c.version, c.key or f"sync:{index}", c.kind, c.feature_id, c.ids,
                         c.where, states, c.attribute, values, sync=c, decided=decided)


@dataclass
class _SyncCache:
    stamp: tuple[int, int] | None = None
    conflicts: tuple[SyncConflict, ...] = ()
    error: str = ""


class ConflictBook:
    """The conflicts known for the open project (see the module documentation)."""

    def __init__(self) -> None:
        # (version, key) -> (conflict, states of its features)
        self._known: dict[tuple[str, str], tuple[Conflict, States]] = {}
        self._read: set[tuple[Path, str]] = set()
        self._sync = _SyncCache()

    def forget(self) -> None:
        """Another project is open: start afresh."""
        self._known.clear()
        self._read.clear()
        self._sync = _SyncCache()

    def add_merge(self, version: str, result: MergeResult) -> None:
        """Remember the conflicts of a merge made in this window (proposal ``version``)."""
        for c in result.conflicts:
            states = {fid: result.states(fid) for fid in c.feature_ids}
            self._known[(version, c.key)] = (c, states)

    # -- merge conflicts ---------------------------------------------------------------------
    def _load(self, path: Path | None, version: str) -> None:
        if path is None or (path, version) in self._read or not path.exists():
            return
        self._read.add((path, version))
        try:
            conflicts = read_conflicts(path, version)
            states = read_conflict_states(path, version)
        except (ZoneEditorError, OSError, ValueError, KeyError):
            return  # a damaged record: the markers are still listed, without details
        for c in conflicts:
            self._known.setdefault((version, c.key), (c, states.get(c.key, {})))

    def _find(self, version: str, key: str) -> tuple[Conflict, States] | None:
        hit = self._known.get((version, key))
        if hit is not None:
            return hit
        # a proposal renamed since the merge: the same key under one other name
        others = [v for (name, k), v in self._known.items() if k == key]
        return others[0] if len(others) == 1 else None

    def merge_entries(self, version: Version, path: Path | None) -> list[ConflictEntry]:
        """The open merge conflicts of ``version``, in the merge's order (markers whose
        details are not kept come last, with only their feature)."""
        marked: dict[str, list[str]] = {}
        for f in version:
            for key in open_keys(f):
                marked.setdefault(key, []).append(f.id)
        if not marked:
            return []
        if any((version.name, k) not in self._known for k in marked):
            self._load(path, version.name)
        found, bare = [], []
        order = {key: i for i, (name, key) in enumerate(self._known) if name == version.name}
        for key, fids in marked.items():
            hit = self._find(version.name, key)
            if hit is not None:
                found.append(_merge_entry(version.name, *hit))
            else:
                first = version.get(fids[0])
                kind = key.split("@", 1)[0].split(":", 1)[0]
                bare.append(ConflictEntry(version.name, key, kind, fids[0],
                                          tuple(fids), None, {fids[0]: (None, first, None)}))
        found.sort(key=lambda e: order.get(e.key, len(order)))
        return found + bare

    # -- sync conflicts ----------------------------------------------------------------------
    def sync_entries(self, path: Path | None, project: Project) -> list[ConflictEntry]:
        """The conflicts of the last team sync of the working copy at ``path`` (undecided
        first); [] for a project that is not a working copy."""
        conflicts = self.sync_conflicts(path)
        entries = [_sync_entry(i, c, project) for i, c in enumerate(conflicts)]
        return sorted(entries, key=lambda e: bool(e.decided))

    def sync_conflicts(self, path: Path | None) -> tuple[SyncConflict, ...]:
        """The sync conflicts recorded in the file (re-read when the file changed)."""
        if path is None or not path.exists():
            return ()
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
        if stamp != self._sync.stamp:
            try:
                state = read_state(path)
                self._sync = _SyncCache(stamp, state.conflicts if state else ())
            except ZoneEditorError as exc:
                self._sync = _SyncCache(stamp, (), error_text(exc))
        return self._sync.conflicts

    @property
    def sync_error(self) -> str:
        """Why the working copy's sync record could not be read ("" when it could)."""
        return self._sync.error
