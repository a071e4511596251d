"""The random editing script the kill trials run, and the digest they compare.

``script_step`` makes one random user action through the UndoStack (vertex drags of 1–4
merged moves, add polygons with holes / MultiPolygons / lines / points, delete, attributes in
Arabic and Russian, new proposals, project details, undo, redo, saves), drawing the same
random numbers whatever the outcome, so a re-run in the parent (``simulate``) reproduces every
state the killed child passed through. ``digest`` hashes everything recovery must restore.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, box
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import edits
from zoneeditor.core import vertices as vx
from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ConflictError, EditRefused
from zoneeditor.core.model import AGREED, Feature, LayerKind, Party, Project, ProjectMeta, Version
from zoneeditor.io.journal import encode_changeset
from zoneeditor.io.project_file import read_project

NAMES = ["Idlib", "إدلب", "ريف حماة الشمالي", "Восточная Гута", "Morek", "نقطة مراقبة",
         "Zone «Север»", "خط التماس"]


# -- the script --------------------------------------------------------------------------------
def _new_geometry(rng: random.Random, layer: LayerKind) -> BaseGeometry:
    x, y = rng.uniform(35.5, 38.5), rng.uniform(32.5, 36.5)
    if layer == LayerKind.POINTS:
        return Point(x, y)
    if layer == LayerKind.LINES:
        return shapely.LineString([(x, y), (x + 0.05, y + rng.uniform(-0.05, 0.05)),
                                   (x + 0.1, y)])
    shell = box(x, y, x + 0.2, y + 0.15)
    kind = rng.random()
    if kind < 0.4:
        return Polygon(shell.exterior.coords, [box(x + 0.05, y + 0.05, x + 0.1, y + 0.1)
                                               .exterior.coords])
    if kind < 0.6:
        return MultiPolygon([Polygon(shell.exterior.coords,
                                     [box(x + 0.05, y + 0.05, x + 0.1, y + 0.1).exterior.coords]),
                             box(x + 0.3, y, x + 0.4, y + 0.1)])
    return shell


def script_step(doc: Document, rng: random.Random, save: Callable[[], object]) -> str:
    """Make one random user action on ``doc`` (same rng calls whatever the outcome).

    Returns what was done (or refused). Drags are several moves sharing one merge key, so
    the journal sees "merge" records.
    """
    h = doc.history
    version = doc.version
    feats = sorted(version.features)
    roll = rng.random()
    fid = feats[rng.randrange(len(feats))] if feats else None
    try:
        if roll < 0.30 and fid is not None:
            f = version.features[fid]
            parts = vx.rings(f.geometry)
            p = rng.randrange(len(parts))
            r = rng.randrange(len(parts[p]))
            i = rng.randrange(len(parts[p][r]))
            key = f"drag-{rng.getrandbits(32)}"
            for _ in range(rng.randint(1, 4)):
                x, y = parts[p][r][i]
                dx, dy = rng.uniform(-0.002, 0.002), rng.uniform(-0.002, 0.002)
                cur = doc.version.features[fid]
                h.push(edits.move_vertex(doc.version, cur, vx.VertexRef(p, r, i),
                                         (x + dx, y + dy), merge_key=key))
                parts[p][r][i] = (x + dx, y + dy)
            return "drag"
        if roll < 0.45:
            layer = rng.choice(list(LayerKind))
            geom = _new_geometry(rng, layer)
            new = Feature(f"f{rng.getrandbits(64):016x}", layer, geom,
                          {"name": rng.choice(NAMES), "party": rng.choice(["A", "B", ""])})
            h.push(ChangeSet(f"Add {layer.value[:-1]} {new.name}", version.name,
                             (Delta(None, new),)))
            return "add"
        if roll < 0.52 and fid is not None:
            h.push(edits.delete_features(version, [fid]))
            return "delete"
        if roll < 0.66 and fid is not None:
            h.push(edits.set_attributes(version, version.features[fid],
                                        name=rng.choice(NAMES),
                                        notes=f"{rng.random():.6f} ملاحظة",
                                        status=rng.choice(["proposed", "agreed", "disputed"])))
            return "attributes"
        if roll < 0.68:
            name = f"Proposal {rng.randrange(1000)}"
            if name not in doc.project.versions:
                h.push(edits.new_proposal(version, name))
                doc.current_version = name
            return "proposal"
        if roll < 0.70:
            meta = doc.project.meta
            after = replace(meta, title=f"{rng.choice(NAMES)} talks",
                            parties=(*meta.parties[:3], Party(rng.choice(NAMES), "#123456")))
            h.push(edits.set_meta(version, meta, after))
            return "meta"
        if roll < 0.84:
            return "undo" if h.undo() else "undo-none"
        if roll < 0.95:
            return "redo" if h.redo() else "redo-none"
        save()
        return "save"
    except (EditRefused, ConflictError):
        return "refused"


def digest(doc: Document, with_clean: bool = True) -> str:
    """Hash of everything recovery must restore: content, meta, history, index, clean index.

    ``with_clean=False`` leaves the clean index out (when the saved file is gone, nothing
    recovered can be "saved" any more).
    """
    h = hashlib.sha256()
    m = doc.project.meta
    h.update(repr((m.title, m.parties, m.author)).encode())
    for name, v in doc.project.versions.items():
        h.update(f"V{name}|{v.description}".encode())
        for fid in sorted(v.features):
            f = v.features[fid]
            h.update(f"{fid}|{f.layer.value}|{sorted(f.attributes.items())!r}".encode())
            h.update(f.geometry.wkb)
    hist = doc.history
    for cs in hist.entries:
        h.update(encode_changeset(cs))
    # The version being edited is restored too, but only as a courtesy (it is view state,
    # recorded after the edit), so it is not part of what must match.
    h.update(f"{hist.index}|{hist.clean_index if with_clean else '-'}".encode())
    return h.hexdigest()


def simulate(project_file: Path, seed: int, steps: int,
             with_clean: bool = True) -> tuple[list[str], list[set[str]], list[str]]:
    """Re-run the script in this process without any file.

    Returns the digests after 0..steps script steps; for each step the digests of every
    state the history passed through during it (a drag is several pushes, and a kill in the
    middle of one legitimately recovers the moves made durable so far); and what each step
    did ("drag", "add", "save", ...; index 0 is "").
    """
    doc = Document(read_project(project_file))
    rng = random.Random(seed)
    out = [digest(doc, with_clean)]
    passed: list[set[str]] = [set()]
    kinds = [""]
    seen: set[str] = set()
    doc.history.changed.connect(lambda: seen.add(digest(doc, with_clean)))
    for _ in range(steps):
        seen = set()
        kinds.append(script_step(doc, rng, doc.history.set_clean))
        out.append(digest(doc, with_clean))
        passed.append(seen | {out[-1]})
    return out, passed, kinds


def big_project(seed: int, zones: int = 1500) -> Project:
    """A large project (many detailed zones) for the save and export trials."""
    rng = random.Random(seed)
    feats = {}
    for i in range(zones):
        x, y = rng.uniform(35, 42), rng.uniform(32, 37)
        ring = shapely.Point(x, y).buffer(0.05, quad_segs=24)
        feats[f"z{i}"] = Feature(f"z{i}", LayerKind.ZONES, ring,
                                 {"name": f"{rng.choice(NAMES)} {i}", "party": "A"})
    return Project(ProjectMeta(title=f"big {seed}"), {AGREED: Version(AGREED, feats)})
