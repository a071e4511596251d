"""Open conflicts of merge proposals, kept in the project file between sessions.

A proposal marks its open conflicts on its features (``core.merge.resolve``); this table
keeps what a Conflicts panel shows about each one after the file is reopened: its kind, the
sentence, the location, the three states of its features and the stretches with each side's
path. Rows whose conflict is no longer marked (resolved, or the proposal removed) are dropped
at the next save.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.merge.resolve import open_keys
from zoneeditor.core.merge.result import Conflict, ConflictKind, Span
from zoneeditor.core.model import Feature, Project
from zoneeditor.io.lineage import store

if TYPE_CHECKING:
    from zoneeditor.io.lineage.tracker import Digests


def _path(xy: np.ndarray) -> list[list[float]]:
    return [[float(x), float(y)] for x, y in xy]


def _span_json(span: Span) -> dict[str, Any]:
    geoms = None
    if span.geometries is not None:
        geoms = [shapely.to_wkb(g, hex=True) if g is not None else None for g in span.geometries]
    return {"feature_id": span.feature_id, "start": span.start, "end": span.end,
            "base": _path(span.base), "ours": _path(span.ours), "theirs": _path(span.theirs),
            "whole": span.whole, "geometries": geoms}


def _span(data: dict[str, Any]) -> Span:
    def arr(v: list[list[float]]) -> np.ndarray:
        return np.array(v, dtype=float).reshape(-1, 2)

    geoms = data.get("geometries")
    geometries = None
    if geoms is not None:
        base, ours, theirs = (shapely.from_wkb(g) if g else None for g in geoms)
        geometries = (base, ours, theirs)
    return Span(data["feature_id"], _xy(data.get("start")), _xy(data.get("end")),
                arr(data["base"]), arr(data["ours"]), arr(data["theirs"]),
                bool(data.get("whole")), geometries)


def _xy(value: list[float] | None) -> tuple[float, float] | None:
    """A position written as a JSON list (None when absent)."""
    return (value[0], value[1]) if value else None


def write_conflicts(con: sqlite3.Connection, version: str, conflicts: tuple[Conflict, ...],
                    digests: Digests,
                    states: Mapping[str, tuple[Feature | None, ...]] | None = None
                    ) -> None:
    """Keep ``conflicts`` of the proposal ``version`` (their features' revisions included)."""
    bases = store.pinned_revisions(con)
    for c in conflicts:
        triples = dict(states or {})
        triples.setdefault(c.feature_id, (c.base, c.ours, c.theirs))
        hashes: dict[str, list[str | None]] = {}
        for fid, triple in triples.items():
            if fid not in c.feature_ids:
                continue
            row: list[str | None] = []
            for f in triple:
                if f is None:
                    row.append(None)
                    continue
                h = digests.of(f)
                store.put_revision(con, f, h, bases.get(f.id))
                row.append(h)
            hashes[fid] = row
        record = {"kind": c.kind.value, "feature_id": c.feature_id,
                  "feature_ids": list(c.feature_ids), "attribute": c.attribute,
                  "where": list(c.where) if c.where else None, "description": c.description,
                  "values": list(c.values) if c.values is not None else None,
                  "states": hashes, "spans": [_span_json(s) for s in c.spans]}
        con.execute(f"INSERT INTO {store.CONFLICTS} (version, key, record) VALUES (?, ?, ?) "
                    "ON CONFLICT(version, key) DO UPDATE SET record=excluded.record",
                    (version, c.key, json.dumps(record, ensure_ascii=False, default=str)))


def drop_settled(con: sqlite3.Connection, project: Project) -> None:
    """Forget conflicts no longer marked open in their proposal (or whose proposal is gone).

    A proposal renamed since (Version ▸ Rename, or promoted to the agreed baseline) keeps
    its conflicts: a record whose version is gone follows the one version whose features
    still carry its open marker.
    """
    for fid, version, key in con.execute(
            f"SELECT fid, version, key FROM {store.CONFLICTS}").fetchall():
        v = project.versions.get(version)
        if v is not None and any(key in open_keys(f) for f in v):
            continue
        holders = [name for name, other in project.versions.items()
                   if name != version and any(key in open_keys(f) for f in other)]
        if v is None and len(holders) == 1:
            con.execute(f"UPDATE {store.CONFLICTS} SET version=? WHERE fid=?",
                        (holders[0], fid))
        else:
            con.execute(f"DELETE FROM {store.CONFLICTS} WHERE fid=?", (fid,))


def read_conflicts(path: Path, version: str) -> tuple[Conflict, ...]:
    """The recorded conflicts of the proposal ``version`` in a project file."""
    with closing(store.connect(path, readonly=True)) as con:
        if not store.has_lineage(con):
            return ()
        rows = con.execute(f"SELECT key, record FROM {store.CONFLICTS} WHERE version=? "
                           "ORDER BY fid", (version,)).fetchall()
        out = []
        cache: dict[str, BaseGeometry] = {}
        for key, text in rows:
            data = json.loads(text)
            states = data.get("states", {}).get(data["feature_id"], [None, None, None])
            b, o, t = (store.revision(con, h, cache) if h else None for h in states)
            values = tuple(data["values"]) if data.get("values") is not None else None
            out.append(Conflict(
                data["feature_id"], ConflictKind(data["kind"]), data.get("attribute"), b, o, t,
                _xy(data.get("where")), data.get("description", ""), key=key,
                feature_ids=tuple(data.get("feature_ids") or (data["feature_id"],)),
                spans=tuple(_span(s) for s in data.get("spans", [])), values=values))
        return tuple(out)


def read_conflict_states(path: Path, version: str
                         ) -> dict[str, dict[str, tuple[Feature | None, Feature | None,
                                                         Feature | None]]]:
    """Conflict key -> feature id -> (base, ours, theirs) for every feature of each conflict.

    ``read_conflicts`` gives the main feature's three states; a conflict on a shared border
    also concerns its neighbours, whose states a map needs too. ``write_conflicts`` writes
    three per feature; a record with another count raises ValueError (a damaged file).
    """
    with closing(store.connect(path, readonly=True)) as con:
        if not store.has_lineage(con):
            return {}
        out: dict[str, dict[str, tuple[Feature | None, Feature | None, Feature | None]]] = {}
        cache: dict[str, BaseGeometry] = {}
        for key, text in con.execute(f"SELECT key, record FROM {store.CONFLICTS} "
                                     "WHERE version=? ORDER BY fid", (version,)).fetchall():
            states = json.loads(text).get("states", {})
            triples = out[key] = {}
            for fid, hs in states.items():
                b, o, t = (store.revision(con, h, cache) if h else None for h in hs)
                triples[fid] = (b, o, t)
        return out
