"""Helpers for the tests of slim undo steps (``core.undo_slim``): documents with large-ish
geometries of every kind, drawn scripts of user actions, and the comparison of two documents
and their histories, bit for bit (tests/unit/core/test_undo_slim.py and
tests/unit/io/journal/test_journal_undo_slim.py)."""

from __future__ import annotations

import math
from types import MappingProxyType

import shapely
from conftest import line, project_with, zone
from hypothesis import strategies as st
from shapely import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import edits
from zoneeditor.core import vertices as vx
from zoneeditor.core.changes import inserts, updates
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.undo_slim import Slimming

SMALL = 40  # a geometry with at least this many vertices counts as large here


def wobbly(n: int, cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    """A valid ring of ``n`` vertices around (cx, cy), radius ``r`` with a wobble."""
    return [(cx + r * (1 + 0.05 * math.sin(13 * a)) * math.cos(a),
             cy + r * (1 + 0.05 * math.sin(13 * a)) * math.sin(a))
            for a in (2 * math.pi * k / n for k in range(n))]


def make_doc(slimming: Slimming) -> Document:
    """A document with a zone with a hole, a two-part zone, a line (all large at ``SMALL``)
    and a small zone, whose history keeps steps as ``slimming`` says."""
    holed = Polygon(wobbly(240, 36.0, 35.0, 1.0), [wobbly(60, 36.0, 35.0, 0.3)])
    parts = MultiPolygon([Polygon(wobbly(120, 40.0, 35.0, 0.5)),
                          Polygon(wobbly(90, 42.0, 35.0, 0.5))])
    path = shapely.LineString([(30 + k * 0.01, 33 + 0.1 * math.sin(k / 7)) for k in range(150)])
    return Document(project_with(agreed=[
        zone("z", holed, name="Holed", party="A"),
        zone("m", parts, name="Parts", party="B"),
        line("l", path, name="Path"),
        zone("s", shapely.box(44, 35, 44.1, 35.1), name="Small", party="A"),
    ]), slimming=slimming)


ACTIONS = ["move", "move", "insert", "delete", "drag", "attrs", "reshape", "add", "remove",
           "pair", "undo", "undo", "redo", "goto", "save", "restore"]


@st.composite
def scripts(draw: st.DrawFn) -> list[tuple[str, int, float]]:
    """Up to 24 drawn actions: (what, a number choosing where, a small distance)."""
    return [(draw(st.sampled_from(ACTIONS)), draw(st.integers(0, 10_000)),
             draw(st.floats(-0.003, 0.003, allow_subnormal=False)))
            for _ in range(draw(st.integers(1, 24)))]


def act(doc: Document, what: str, pick: int, d: float) -> None:
    """One user action on ``doc``, decided only by the arguments and the document's state."""
    h = doc.history
    ids = sorted(doc.version.features)
    if what == "undo":
        h.undo()
        return
    if what == "redo":
        h.redo()
        return
    if what == "goto":
        h.go_to(pick % (h.count + 1))
        return
    if what == "save":
        h.set_clean()
        return
    if what == "restore":  # the stack handed its own steps (as a session does after a save)
        h.restore(h.steps, h.index, h.clean_index)
        return
    if what == "add":
        shape = Polygon(wobbly(80 + pick % 50, 30.0 + (pick % 7), 40.0, 0.2))
        h.push(inserts("Add zone", doc.version.name, [zone(f"a{pick}", shape, party="A")]))
        return
    if not ids:
        return
    if what == "pair":  # one step changing several features: a vertex of each, in order
        pairs = []
        for fid in ids[pick % len(ids):] + ids[:pick % len(ids)]:
            g = doc.version.features[fid]
            x, y = vx.vertex(g.geometry, vx.VertexRef(0, 0, 1))
            pairs.append((g, g.with_geometry(vx.with_vertex_moved(
                g.geometry, vx.VertexRef(0, 0, 1), (x + d, y)))))
        h.push(updates("Move together", doc.version.name, pairs))
        return
    f = doc.version.features[ids[pick % len(ids)]]
    if what == "remove":
        h.push(edits.delete_features(doc.version, [f.id]))
        return
    if what == "attrs":
        h.push(edits.set_attributes(doc.version, f, notes=f"note {pick}"))
        return
    if what == "reshape":  # another layout: holes dropped, or a line cut short
        g = f.geometry
        shape = (shapely.LineString(list(g.coords)[: max(2, len(g.coords) // 2)])
                 if g.geom_type == "LineString" else
                 shapely.MultiPolygon([Polygon(p.exterior) for p in shapely.get_parts(g)])
                 if g.geom_type == "MultiPolygon" else Polygon(g.exterior))
        h.push(edits.set_geometry(doc.version, f, shape, "Reshape"))
        return
    parts = vx.rings(f.geometry)
    p = pick % len(parts)
    r = (pick // 7) % len(parts[p])
    ring = parts[p][r]
    i = (pick // 3) % len(ring)
    x, y = ring[i]
    ref = vx.VertexRef(p, r, i)
    if what == "move":
        h.push(edits.move_vertex(doc.version, f, ref, (x + d, y - d / 2)))
    elif what == "drag":
        for step in range(1, 4):
            h.push(edits.move_vertex(doc.version, doc.version.features[f.id], ref,
                                     (x + d * step / 3, y), merge_key=f"drag-{pick}"))
    elif what == "insert":
        nx, ny = ring[(i + 1) % len(ring)]
        h.push(edits.insert_vertex(doc.version, f, vx.VertexRef(p, r, i + 1),
                                   ((x + nx) / 2 + d / 100, (y + ny) / 2)))
    elif what == "delete":
        h.push(edits.delete_vertex(doc.version, f, ref))


def outcome(doc: Document, what: str, pick: int, d: float) -> str:
    """What the action did: 'ok' or the refusal's sentence (both stacks must agree)."""
    try:
        act(doc, what, pick, d)
    except ZoneEditorError as exc:
        return str(exc)
    return "ok"


def assert_same_state(doc: Document, ref: Document) -> None:
    """Same versions, features, attributes and geometries bit for bit; same history."""
    assert list(doc.project.versions) == list(ref.project.versions)
    for name, version in ref.project.versions.items():
        mine = doc.project.versions[name].features
        assert list(mine) == list(version.features)
        for fid, f in version.features.items():
            g = mine[fid]
            assert g.layer == f.layer and dict(g.attributes) == dict(f.attributes)
            assert g.geometry.equals_exact(f.geometry, 0)
            assert g.geometry.wkb == f.geometry.wkb
    h, r = doc.history, ref.history
    assert (h.index, h.count, h.clean_index, h.labels) == (r.index, r.count, r.clean_index,
                                                           r.labels)
    assert (h.undo_label, h.redo_label, h.is_clean) == (r.undo_label, r.redo_label, r.is_clean)


def held_vertices(doc: Document) -> int:
    """Vertices of every distinct geometry reachable from the history's steps."""
    seen: dict[int, BaseGeometry] = {}
    todo: list[object] = list(doc.history.steps)
    visited: set[int] = set()
    while todo:
        obj = todo.pop()
        if id(obj) in visited:
            continue
        visited.add(id(obj))
        if isinstance(obj, BaseGeometry):
            seen[id(obj)] = obj
        elif isinstance(obj, (tuple, list)):
            todo.extend(obj)
        elif isinstance(obj, (dict, MappingProxyType)):
            todo.extend(obj.values())
        elif type(obj).__module__.startswith("zoneeditor") and hasattr(obj, "__dict__"):
            todo.extend(vars(obj).values())
    return sum(shapely.get_num_coordinates(g) for g in seen.values())


def moved(doc: Document, times: int) -> None:
    """``times`` vertex moves of the holed zone, one step each."""
    for k in range(times):
        f = doc.feature("z")
        x, y = vx.vertex(f.geometry, vx.VertexRef(0, 0, k))
        doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, k),
                                           (x + 0.002, y)))
