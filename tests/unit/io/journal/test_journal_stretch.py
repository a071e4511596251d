"""Stretch records: an edit of a large zone journals the changed stretch, replays bit for bit,
refuses to apply to the wrong geometry, and journals of the whole-geometry format still read."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from conftest import project_with, zone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import MultiPolygon, Polygon

from zoneeditor.core import edits
from zoneeditor.core import vertices as vx
from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.document import Document
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.model import AGREED
from zoneeditor.io.journal import CodecError, Journal, decode_changeset, encode_changeset
from zoneeditor.io.journal.codec import ReplayState
from zoneeditor.io.recovery import replay


def wobbly(n: int, cx: float = 36.0, cy: float = 35.0, r: float = 1.0) -> list[tuple]:
    return [(cx + r * (1 + 0.05 * math.sin(13 * a)) * math.cos(a),
             cy + r * (1 + 0.05 * math.sin(13 * a)) * math.sin(a))
            for a in (2 * math.pi * k / n for k in range(n))]


def big_doc(geometry=None) -> Document:
    geometry = geometry if geometry is not None else Polygon(wobbly(5000))
    return Document(project_with(agreed=[zone("z", geometry, name="Big", party="A")]))


def journaled(tmp_path, doc: Document) -> Journal:
    j = Journal(tmp_path / "big.gpkg.zej", doc)
    doc.journal = j
    return j


def record_sizes(j: Journal) -> list[int]:
    return [len(d) for (d,) in j._con.execute("SELECT data FROM changes ORDER BY seq")]


def assert_same_document(back: Document, doc: Document) -> None:
    for name, version in doc.project.versions.items():
        for fid, f in version.features.items():
            g = back.feature(fid, name)
            assert g == f
            assert g.geometry.wkb == f.geometry.wkb  # bit for bit
    assert back.history.entries == doc.history.entries
    assert back.history.index == doc.history.index


def test_vertex_edits_journal_only_the_stretch_and_replay_exactly(tmp_path):
    doc = big_doc()
    j = journaled(tmp_path, doc)
    f = doc.feature("z")
    doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, 10), (37.02, 35.1)))
    f = doc.feature("z")
    doc.history.push(edits.insert_vertex(doc.version, f, vx.VertexRef(0, 0, 200),
                                         (36.9, 35.5)))
    f = doc.feature("z")
    doc.history.push(edits.delete_vertex(doc.version, f, vx.VertexRef(0, 0, 4000)))
    doc.history.undo()
    doc.history.redo()
    doc.history.push(edits.set_attributes(doc.version, doc.feature("z"), name="Bigger"))
    sizes = record_sizes(j)
    whole = len(shapely.to_wkb(doc.feature("z").geometry))
    assert len(sizes) == 6
    assert max(sizes) < 600, sizes  # the zone's WKB alone is ~80 kB
    assert whole > 50_000
    back = replay(j)
    assert_same_document(back, doc)
    j.close()


def test_a_drag_folds_into_one_stretch_record(tmp_path):
    doc = big_doc()
    j = journaled(tmp_path, doc)
    for i in range(6):
        f = doc.feature("z")
        doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, 2500),
                                           (34.9 - i / 100, 35.0), merge_key="drag"))
    assert record_sizes(j)[0] < 600 and len(record_sizes(j)) == 1
    assert_same_document(replay(j), doc)
    j.close()


def test_a_patch_on_the_wrong_geometry_is_detected():
    old = zone("z", Polygon(wobbly(1000)))
    moved = old.with_geometry(vx.with_vertex_moved(old.geometry, vx.VertexRef(0, 0, 3),
                                                   (37.1, 35.05)))
    data = encode_changeset(ChangeSet("Move vertex", AGREED, (Delta(old, moved),)), patches=True)
    # with the right base it decodes to the very same change
    right = ReplayState(project_with(agreed=[old]))
    assert right.decode(data) == ChangeSet("Move vertex", AGREED, (Delta(old, moved),))
    # another geometry under the same id: refused, not silently patched
    other = zone("z", vx.with_vertex_moved(old.geometry, vx.VertexRef(0, 0, 900), (35.2, 35.0)))
    with pytest.raises(CodecError, match="does not fit"):
        ReplayState(project_with(agreed=[other])).decode(data)
    # the feature missing, or no state at all
    with pytest.raises(CodecError):
        ReplayState(project_with(agreed=[])).decode(data)
    with pytest.raises(CodecError, match="in order"):
        decode_changeset(data)


def test_a_damaged_patch_is_detected():
    old = zone("z", Polygon(wobbly(1000)))
    moved = old.with_geometry(vx.with_vertex_moved(old.geometry, vx.VertexRef(0, 0, 3),
                                                   (37.1, 35.05)))
    data = bytearray(encode_changeset(ChangeSet("m", AGREED, (Delta(old, moved),)), patches=True))
    data[-3] ^= 0x40  # a bit of the new vertex's coordinates
    with pytest.raises(CodecError, match="did not give the recorded geometry"):
        ReplayState(project_with(agreed=[old])).decode(bytes(data))


def test_whole_geometry_records_still_read(tmp_path):
    """A journal written before stretches (format 1 records) replays, and mixes with new ones."""
    doc = big_doc()
    j = journaled(tmp_path, doc)
    f = doc.feature("z")
    cs = edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, 1), (37.0, 35.06))
    doc.history.push(cs)
    # rewrite the record as an old zoneeditor wrote it
    old_bytes = encode_changeset(cs)
    assert old_bytes[3] == 1
    j._con.execute("UPDATE changes SET data = ?", (old_bytes,))
    f = doc.feature("z")
    doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, 2), (37.0, 35.07)))
    assert [len(d) > 50_000 for d in (r[0] for r in j._con.execute(
        "SELECT data FROM changes ORDER BY seq"))] == [True, False]
    assert_same_document(replay(j), doc)
    j.close()


def test_z_coordinates_and_multipolygons_with_holes_replay_exactly(tmp_path):
    shell = [(x, y, 5.0) for x, y in wobbly(600)]
    hole = [(x, y, -1.5) for x, y in wobbly(300, r=0.3)]
    geom = MultiPolygon([Polygon(shell, [hole]), Polygon(wobbly(400, cx=40.0))])
    doc = big_doc(geom)
    j = journaled(tmp_path, doc)
    f = doc.feature("z")
    # a Z geometry is edited the list way (2-D result) and recorded whole
    doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 1, 7), (36.0, 35.01)))
    f = doc.feature("z")
    doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(1, 0, 7), (40.9, 35.2)))
    doc.history.push(edits.delete_vertex(doc.version, doc.feature("z"), vx.VertexRef(0, 1, 0)))
    assert record_sizes(j)[-1] < 600
    assert_same_document(replay(j), doc)
    j.close()


@st.composite
def edit_scripts(draw):
    steps = []
    for _ in range(draw(st.integers(1, 12))):
        steps.append((draw(st.sampled_from(["move", "insert", "delete", "undo", "redo",
                                            "drag"])),
                      draw(st.integers(0, 10_000)), draw(st.floats(-0.002, 0.002)),
                      draw(st.floats(-0.002, 0.002))))
    return steps


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(script=edit_scripts(), holes=st.booleans())
def test_any_edit_sequence_replays_bit_for_bit(tmp_path_factory, script, holes):
    ring = wobbly(3000)
    geom = Polygon(ring, [wobbly(500, r=0.3)]) if holes else Polygon(ring)
    doc = big_doc(geom)
    j = journaled(tmp_path_factory.mktemp("j"), doc)
    for what, pick, dx, dy in script:
        f = doc.feature("z")
        part = vx.rings(f.geometry)[0]
        r = pick % len(part)
        ring_coords = part[r]
        i = pick % len(ring_coords)
        x, y = ring_coords[i]
        ref = vx.VertexRef(0, r, i)
        try:
            if what == "move":
                doc.history.push(edits.move_vertex(doc.version, f, ref, (x + dx, y + dy)))
            elif what == "drag":
                for step in range(3):
                    f = doc.feature("z")
                    doc.history.push(edits.move_vertex(doc.version, f, ref,
                                                       (x + dx * step, y + dy * step),
                                                       merge_key=f"drag-{pick}"))
            elif what == "insert":
                nxt = ring_coords[(i + 1) % len(ring_coords)]
                doc.history.push(edits.insert_vertex(
                    doc.version, f, vx.VertexRef(0, r, i + 1),
                    ((x + nxt[0]) / 2 + dx / 100, (y + nxt[1]) / 2 + dy / 100)))
            elif what == "delete":
                doc.history.push(edits.delete_vertex(doc.version, f, ref))
            elif what == "undo":
                doc.history.undo()
            else:
                doc.history.redo()
        except EditRefused:
            pass
    assert max(record_sizes(j) or [0]) < 2000
    if j.base() is not None:  # else nothing was ever applied
        assert_same_document(replay(j), doc)
    j.close()


def test_the_memo_of_geometry_facts_does_not_keep_geometries_alive():
    import gc
    import weakref

    from zoneeditor.core import geompatch as gp

    g = Polygon(np.array(wobbly(400)))
    assert gp.flat_of(g) is not None
    ref = weakref.ref(g)
    del g
    gc.collect()
    assert ref() is None


def test_a_drag_with_the_vertex_tool_journals_without_comparing_arrays(tmp_path, monkeypatch):
    """A drag is many moves folded into one record: each record's patch (from where the drag
    began) is composed from the edits' own patches, never found by comparing a million rows;
    the journal still replays bit for bit, and undo after it too."""
    from zoneeditor.core import geompatch as gp
    from zoneeditor.core.selection import Selection
    from zoneeditor.core.tools.base import PointerEvent, ToolContext
    from zoneeditor.core.tools.vertex_edit import EditVerticesTool

    doc = big_doc(Polygon(wobbly(20_000)))
    j = journaled(tmp_path, doc)
    tool = EditVerticesTool(ToolContext(doc, Selection()))
    x, y = vx.vertex(doc.feature("z").geometry, vx.VertexRef(0, 0, 7000))
    nx, ny = vx.vertex(doc.feature("z").geometry, vx.VertexRef(0, 0, 9))
    doc.history.push(edits.move_vertex(doc.version, doc.feature("z"), vx.VertexRef(0, 0, 9),
                                       (nx * 1.000001, ny)))  # the base record first

    def no_diff(*_args):
        raise AssertionError("a patch was found by comparing arrays")

    monkeypatch.setattr(gp, "diff", no_diff)
    tol = 1e-7
    for kind, (px, py) in [("press", (x, y)), ("move", (x * 0.99999, y)),
                           ("move", (x * 0.99998, y * 1.00001)), ("move", (x * 0.99997, y)),
                           ("release", (x * 0.99996, y))]:
        result = tool.pointer(PointerEvent(kind, px, py, tolerance=tol))
        if result.changeset is not None:
            doc.history.push(result.changeset)
    assert vx.vertex(doc.feature("z").geometry, vx.VertexRef(0, 0, 7000)) == (x * 0.99996, y)
    assert len(doc.history.entries) == 2 and max(record_sizes(j)) < 2000
    monkeypatch.undo()
    assert_same_document(replay(j), doc)
    doc.history.undo()
    assert vx.vertex(doc.feature("z").geometry, vx.VertexRef(0, 0, 7000)) == (x, y)
    assert_same_document(replay(j), doc)
    j.close()
