"""The lineage tables of a project GeoPackage, read and written with SQLite itself.

Four tables, registered as GeoPackage attribute tables (QGIS and ogrinfo list them):

- ``zoneeditor_lineage`` (key, value): the project's identity (``project_id``, a random id
  made once and kept by every copy) and the table layout version;
- ``zoneeditor_states``: one row per recorded state of a version — content digest, version
  name, order (``seq``), time, origin, parent digests, pinned flag, the file that recorded it,
  and ``local`` (0 for rows learnt from another file at a merge);
- ``zoneeditor_manifests``: for states whose content is kept, the revision hashes of their
  features (one row per content digest, however many versions or rows share it);
- ``zoneeditor_revisions``: feature revisions by content hash, whole or as a delta against an
  earlier revision of the same feature (``codec``).

``zoneeditor_conflicts`` keeps the open conflicts of merge proposals (``conflicts``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from shapely.geometry.base import BaseGeometry

from zoneeditor.core.merge.ancestry import StateRecord
from zoneeditor.core.model import Feature
from zoneeditor.io.lineage import codec

LINEAGE, STATES = "zoneeditor_lineage", "zoneeditor_states"
MANIFESTS, REVISIONS = "zoneeditor_manifests", "zoneeditor_revisions"
CONFLICTS = "zoneeditor_conflicts"
FORMAT = "1"

_ID = "fid INTEGER PRIMARY KEY AUTOINCREMENT"
SCHEMA = {
    LINEAGE: (f"{_ID}, key TEXT NOT NULL UNIQUE, value TEXT", "key, value",
              "the project's identity"),
    STATES: (f"{_ID}, digest TEXT NOT NULL, version TEXT NOT NULL, seq INTEGER NOT NULL, "
             "saved TEXT, origin TEXT, parents TEXT, pinned INTEGER NOT NULL DEFAULT 0, "
             "file TEXT, local INTEGER NOT NULL DEFAULT 1, UNIQUE(digest, version)",
             "digest, version, seq, saved, origin, parents, pinned, file, local",
             "states each version went through (for merges)"),
    MANIFESTS: (f"{_ID}, digest TEXT NOT NULL UNIQUE, members TEXT NOT NULL",
                "digest, members", "content of kept states"),
    REVISIONS: (f"{_ID}, hash TEXT NOT NULL UNIQUE, feature_id TEXT NOT NULL, "
                "layer TEXT NOT NULL, attributes TEXT NOT NULL, encoding TEXT NOT NULL, "
                "base TEXT, depth INTEGER NOT NULL DEFAULT 0, geometry BLOB NOT NULL",
                "hash, feature_id, layer, attributes, encoding, base, depth, geometry",
                "feature revisions of kept states"),
    CONFLICTS: (f"{_ID}, version TEXT NOT NULL, key TEXT NOT NULL, record TEXT NOT NULL, "
                "UNIQUE(version, key)", "version, key, record",
                "open conflicts of merge proposals"),
}

#: A delta chain longer than this is cut by storing the geometry whole.
MAX_DEPTH = 8


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    """An SQLite connection to a project file."""
    if readonly:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return sqlite3.connect(path)


def has_lineage(con: sqlite3.Connection, schema: str = "main") -> bool:
    """True when the database holds the lineage tables."""
    rows = con.execute(f"SELECT count(*) FROM {schema}.sqlite_master WHERE type='table' "
                       f"AND name IN ('{LINEAGE}', '{STATES}')").fetchall()
    return bool(rows and rows[0][0] == 2)


def ensure_tables(con: sqlite3.Connection) -> None:
    """Create the tables (and register them in gpkg_contents) when missing."""
    registered = _has_table(con, "gpkg_contents")
    for table, (columns, _, description) in SCHEMA.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({columns})")
        if registered:
            con.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, "
                        "identifier, description) VALUES (?, 'attributes', ?, ?)",
                        (table, table, description))
    con.execute(f"INSERT OR IGNORE INTO {LINEAGE} (key, value) VALUES ('lineage_format', ?)",
                (FORMAT,))


def _has_table(con: sqlite3.Connection, name: str, schema: str = "main") -> bool:
    return bool(con.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE name=?",
                            (name,)).fetchall())


def copy_from(con: sqlite3.Connection, source: Path, graph_only: bool = False,
              file_name: str | None = None) -> None:
    """Copy ``source``'s lineage rows into ``con`` (rows already there are kept).

    With ``graph_only`` only the states are copied (marked not local, as learnt from
    another file at a merge), not their content.
    """
    con.execute("ATTACH DATABASE ? AS src", (f"file:{source}?mode=ro",))
    try:
        if not has_lineage(con, "src"):
            return
        tables = [STATES] if graph_only else list(SCHEMA)
        for table in tables:
            if not _has_table(con, table, "src"):
                continue
            if table == LINEAGE and graph_only:
                continue
            cols = SCHEMA[table][1]
            if graph_only:
                con.execute(f"INSERT OR IGNORE INTO {table} ({cols}) SELECT digest, version, "
                            f"seq, saved, origin, parents, pinned, "
                            f"coalesce(file, ?), 0 FROM src.{table}", (file_name or "",))
            else:
                con.execute(f"INSERT OR IGNORE INTO {table} ({cols}) "
                            f"SELECT {cols} FROM src.{table}")
    finally:
        con.commit()  # DETACH is refused inside a transaction
        con.execute("DETACH DATABASE src")


def get_value(con: sqlite3.Connection, key: str) -> str | None:
    """A value of the key/value table (None when absent)."""
    row = con.execute(f"SELECT value FROM {LINEAGE} WHERE key=?", (key,)).fetchone()
    return row[0] if row else None


def set_value(con: sqlite3.Connection, key: str, value: str) -> None:
    """Set a value of the key/value table."""
    con.execute(f"INSERT INTO {LINEAGE} (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, value))


# -- states -------------------------------------------------------------------------------------
def records(con: sqlite3.Connection) -> list[StateRecord]:
    """Every state row, with whether its content is kept."""
    kept = {r[0] for r in con.execute(f"SELECT digest FROM {MANIFESTS}")}
    out = []
    for digest, version, seq, saved, origin, parents, pinned, file, local in con.execute(
            f"SELECT {SCHEMA[STATES][1]} FROM {STATES} ORDER BY seq, fid"):
        out.append(StateRecord(digest, version, int(seq) if local else -1, saved or "",
                               origin or "", tuple((parents or "").split()), bool(pinned),
                               digest in kept, file or ""))
    return out


def next_seq(con: sqlite3.Connection) -> int:
    """The order number of the next local state row."""
    row = con.execute(f"SELECT max(seq) FROM {STATES} WHERE local=1").fetchone()
    return (row[0] or 0) + 1


def latest(con: sqlite3.Connection, version: str) -> str | None:
    """Digest of the newest local state recorded for ``version``."""
    row = con.execute(f"SELECT digest FROM {STATES} WHERE version=? AND local=1 "
                      "ORDER BY seq DESC LIMIT 1", (version,)).fetchone()
    return row[0] if row else None


def put_state(con: sqlite3.Connection, record: StateRecord) -> None:
    """Record a state (or, when it is recorded already, renew its order and pin it)."""
    con.execute(
        f"INSERT INTO {STATES} ({SCHEMA[STATES][1]}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1) "
        "ON CONFLICT(digest, version) DO UPDATE SET seq=excluded.seq, local=1, "
        "pinned=max(pinned, excluded.pinned)",
        (record.digest, record.version, record.seq, record.saved, record.origin,
         " ".join(record.parents), int(record.pinned), record.file))


def pin(con: sqlite3.Connection, digest: str, version: str) -> None:
    """Mark a recorded state as one whose content is kept for good."""
    con.execute(f"UPDATE {STATES} SET pinned=1 WHERE digest=? AND version=?", (digest, version))


def has_content(con: sqlite3.Connection, digest: str) -> bool:
    """True when the content of ``digest`` is kept."""
    return con.execute(f"SELECT 1 FROM {MANIFESTS} WHERE digest=?", (digest,)).fetchone() \
        is not None


# -- content ------------------------------------------------------------------------------------
def put_content(con: sqlite3.Connection, digest: str, features: Iterable[Feature],
                hashes: dict[str, str]) -> None:
    """Keep the content of a state: its manifest and any revision not stored yet."""
    members = []
    bases = pinned_revisions(con)
    for f in features:
        h = hashes.get(f.id) or codec.revision_hash(f)
        members.append(h)
        put_revision(con, f, h, bases.get(f.id))
    con.execute(f"INSERT OR IGNORE INTO {MANIFESTS} (digest, members) VALUES (?, ?)",
                (digest, " ".join(sorted(members))))


def put_revision(con: sqlite3.Connection, feature: Feature, h: str,
                 base: tuple[str, int] | None = None) -> None:
    """Store one revision (a delta against ``base`` = (hash, depth) when that is smaller)."""
    if con.execute(f"SELECT 1 FROM {REVISIONS} WHERE hash=?", (h,)).fetchone():
        return
    encoding, blob, base_hash, depth = codec.WKB, None, None, 0
    if base is not None and base[1] < MAX_DEPTH and base[0] != h:
        base_geometry = geometry_of(con, base[0])
        if base_geometry is not None:
            delta = codec.encode_delta(feature.geometry, base_geometry)
            if delta is not None:
                encoding, blob, base_hash, depth = codec.DELTA, delta, base[0], base[1] + 1
    if blob is None:
        blob = codec.encode_whole(feature.geometry)
    con.execute(f"INSERT INTO {REVISIONS} ({SCHEMA[REVISIONS][1]}) VALUES (?,?,?,?,?,?,?,?)",
                (h, feature.id, feature.layer.value, codec.encode_attributes(feature),
                 encoding, base_hash, depth, blob))


def pinned_revisions(con: sqlite3.Connection) -> dict[str, tuple[str, int]]:
    """Feature id -> (hash, depth) of its newest revision in a pinned state: delta bases.

    Only pinned revisions serve as bases, so pruning unpinned states never breaks a chain.
    """
    pinned = set()
    for (members,) in con.execute(
            f"SELECT m.members FROM {MANIFESTS} m JOIN {STATES} s ON s.digest = m.digest "
            "WHERE s.pinned = 1"):
        pinned.update(members.split())
    out: dict[str, tuple[str, int]] = {}
    for h, fid, depth in con.execute(
            f"SELECT hash, feature_id, depth FROM {REVISIONS} ORDER BY fid"):
        if h in pinned:
            out[fid] = (h, int(depth))
    return out


def geometry_of(con: sqlite3.Connection, h: str,
                cache: dict[str, BaseGeometry] | None = None) -> BaseGeometry | None:
    """The geometry of a revision (following its delta chain)."""
    if cache is not None and h in cache:
        return cache[h]
    row = con.execute(f"SELECT encoding, base, geometry FROM {REVISIONS} WHERE hash=?",
                      (h,)).fetchone()
    if row is None:
        return None
    encoding, base, blob = row
    if encoding == codec.DELTA:
        base_geometry = geometry_of(con, base, cache)
        if base_geometry is None:
            return None
        geometry = codec.decode_delta(blob, base_geometry)
    else:
        geometry = codec.decode_whole(blob)
    if cache is not None:
        cache[h] = geometry
    return geometry


def revision(con: sqlite3.Connection, h: str,
             cache: dict[str, BaseGeometry] | None = None) -> Feature | None:
    """One revision as a feature (None when it is not stored)."""
    row = con.execute(f"SELECT feature_id, layer, attributes FROM {REVISIONS} WHERE hash=?",
                      (h,)).fetchone()
    if row is None:
        return None
    geometry = geometry_of(con, h, cache)
    if geometry is None:
        return None
    return codec.decode_feature(row[0], row[1], row[2], geometry)


def content(con: sqlite3.Connection, digest: str) -> dict[str, Feature] | None:
    """The features of a kept state by id (None when its content is not kept)."""
    row = con.execute(f"SELECT members FROM {MANIFESTS} WHERE digest=?", (digest,)).fetchone()
    if row is None:
        return None
    cache: dict[str, BaseGeometry] = {}
    out = {}
    for h in row[0].split():
        f = revision(con, h, cache)
        if f is None:
            return None
        out[f.id] = f
    return dict(sorted(out.items()))


# -- pruning ------------------------------------------------------------------------------------
def prune(con: sqlite3.Connection, keep_recent: int) -> None:
    """Drop the content of old unpinned states (their rows stay), then unused revisions.

    Content is kept for every pinned state and for the ``keep_recent`` newest local states
    of each version; states learnt from other files keep content only when pinned.
    """
    keep: set[str] = set()
    rows = con.execute(f"SELECT digest, version, pinned, local FROM {STATES} "
                       "ORDER BY seq DESC, fid DESC").fetchall()
    recent: dict[str, int] = {}
    for digest, version, pinned, local in rows:
        if pinned or (local and recent.get(version, 0) < keep_recent):
            keep.add(digest)
        if local:
            recent[version] = recent.get(version, 0) + 1
    for (digest,) in con.execute(f"SELECT digest FROM {MANIFESTS}").fetchall():
        if digest not in keep:
            con.execute(f"DELETE FROM {MANIFESTS} WHERE digest=?", (digest,))
    _collect(con)


def _collect(con: sqlite3.Connection) -> None:
    """Delete revisions no manifest or conflict needs (delta bases of needed ones stay)."""
    needed: set[str] = set()
    for (members,) in con.execute(f"SELECT members FROM {MANIFESTS}"):
        needed.update(members.split())
    for (record,) in con.execute(f"SELECT record FROM {CONFLICTS}"):
        for states in json.loads(record).get("states", {}).values():
            needed.update(h for h in states if h)
    bases = dict(con.execute(f"SELECT hash, base FROM {REVISIONS}").fetchall())
    todo = list(needed)
    while todo:
        b = bases.get(todo.pop())
        if b and b not in needed:
            needed.add(b)
            todo.append(b)
    for h in bases:
        if h not in needed:
            con.execute(f"DELETE FROM {REVISIONS} WHERE hash=?", (h,))


def read_records(path: Path) -> tuple[str | None, list[StateRecord]]:
    """(project id, state records) of a project file; (None, []) without lineage tables."""
    with closing(connect(path, readonly=True)) as con:
        if not has_lineage(con):
            return None, []
        return get_value(con, "project_id"), records(con)


def read_content(path: Path, digest: str) -> dict[str, Feature] | None:
    """The content of one kept state of a project file (None when not kept)."""
    with closing(connect(path, readonly=True)) as con:
        if not has_lineage(con):
            return None
        return content(con, digest)
