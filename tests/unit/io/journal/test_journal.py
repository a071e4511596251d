"""The journal: its byte encoding round-trips exactly; its file commits, resets and refuses."""

from __future__ import annotations

import pytest
import shapely
from conftest import line, point, project_with, zone
from hypothesis import given, settings
from hypothesis import strategies as st

from zoneeditor.core import edits
from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.document import Document
from zoneeditor.core.errors import WriteError
from zoneeditor.core.model import AGREED, Feature, Party, ProjectMeta
from zoneeditor.io.journal import (
    CodecError,
    Journal,
    JournalInUse,
    decode_changeset,
    decode_project,
    encode_changeset,
    encode_project,
    journal_path_for,
    open_for_reading,
)

HOLED_MULTI = ("MULTIPOLYGON (((36 35, 37 35, 37 36, 36 36, 36 35), "
               "(36.2 35.2, 36.4 35.2, 36.4 35.4, 36.2 35.4, 36.2 35.2)), "
               "((38 35, 39 35, 39 36, 38 36, 38 35)))")


def test_changeset_round_trip_arabic_and_multipolygon_with_holes():
    old = zone("z", HOLED_MULTI, name="Idlib", name_local="إدلب", notes="Восточная Гута")
    new = old.with_attributes(name_local="ريف حماة الشمالي", width_km=2.5, count=3, ok=True)
    cs = ChangeSet("Edit name_local of Idlib", "Proposal B",
                   (Delta(old, new), Delta(None, point("p", "POINT (36.5 35.4)", name="مورك"))),
                   merge_key="drag-7")
    back = decode_changeset(encode_changeset(cs))
    assert back == cs
    assert back.merge_key == "drag-7"
    assert back.deltas[0].new.attributes["name_local"] == "ريف حماة الشمالي"
    assert back.deltas[0].new.attributes["width_km"] == 2.5
    assert back.deltas[0].new.attributes["count"] == 3
    assert back.deltas[0].new.attributes["ok"] is True
    geom = back.deltas[0].old.geometry
    assert geom.geom_type == "MultiPolygon"
    assert len(geom.geoms[0].interiors) == 1
    assert geom.wkb == old.geometry.wkb  # bit-exact coordinates


def test_encoding_is_compact_and_utf8_not_escaped():
    f = zone("z", "POLYGON ((36 35, 37 35, 37 36, 36 36, 36 35))", name_local="إدلب")
    data = encode_changeset(ChangeSet("Add zone", AGREED, (Delta(None, f),)))
    assert "إدلب".encode() in data
    assert len(data) < 400  # WKB of 5 vertices is 93 bytes; the rest is a small header


def test_meta_structure_and_odd_values_round_trip():
    before = ProjectMeta(title="Talks", parties=(Party("Government", "#c0392b", "الحكومة"),))
    after = ProjectMeta(title="Астана", parties=(Party("Monitors", "#7b3fa0"),),
                        created=before.created, modified=before.modified)
    cs = ChangeSet("Edit project details", AGREED, (), meta=(before, after))
    assert decode_changeset(encode_changeset(cs)) == cs
    f = Feature("x", "points", shapely.Point(1, 2, 3), {"tags": ("a", "b"), "raw": b"\x00\x01",
                                                       "nothing": None, "nan": float("inf")})
    proposal = ChangeSet("New proposal P", "P", (Delta(None, f),), structure=Structure.CREATE)
    back = decode_changeset(encode_changeset(proposal))
    assert back == proposal
    assert back.structure == Structure.CREATE
    assert back.deltas[0].new.geometry.has_z
    assert back.deltas[0].new.attributes["tags"] == ("a", "b")
    assert back.deltas[0].new.attributes["raw"] == b"\x00\x01"


def test_empty_geometries_round_trip():
    for f in (zone("z", "POLYGON EMPTY"), line("l", "LINESTRING EMPTY"), point("p", "POINT EMPTY")):
        back = decode_changeset(encode_changeset(ChangeSet("x", AGREED, (Delta(None, f),))))
        assert back.deltas[0].new.geometry.is_empty
        assert back.deltas[0].new.geometry.geom_type == f.geometry.geom_type


def test_project_snapshot_round_trip():
    p = project_with(agreed=[zone("z", HOLED_MULTI, name_local="إدلب"),
                             line("l", "LINESTRING (0 0, 1 1)")],
                     proposals={"Proposal B": [point("p", "POINT (1 1)")]})
    p.versions["Proposal B"].description = "Ставка"
    back = decode_project(encode_project(p))
    assert back.meta == p.meta
    assert list(back.versions) == [AGREED, "Proposal B"]
    for name, v in p.versions.items():
        assert back.versions[name].features == v.features
        assert list(back.versions[name].features) == list(v.features)  # order kept
        assert back.versions[name].description == v.description


text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
coords = st.floats(-180, 180, allow_nan=False, allow_infinity=False)


@settings(max_examples=80, deadline=None)
@given(name=text, notes=text, x=coords, y=coords, w=st.floats(1e-6, 5), key=st.none() | text)
def test_any_feature_round_trips(name, notes, x, y, w, key):
    shell = shapely.box(x, y, x + w, y + w)
    f = zone("z", shell, name=name, notes=notes)
    cs = ChangeSet(name or "label", AGREED, (Delta(f, f.with_attributes(name=notes)),),
                   merge_key=key)
    back = decode_changeset(encode_changeset(cs))
    assert back == cs and back.merge_key == key and back.label == cs.label


@pytest.mark.parametrize("damage", [
    lambda b: b"XXX" + b[3:],
    lambda b: b[:3] + bytes([9]) + b[4:],
    lambda b: b[:-5],
    lambda b: b + b"junk",
    lambda b: b[:10] + b"\xff\xfe" + b[12:],
])
def test_damaged_records_raise_codec_error(damage):
    data = encode_changeset(ChangeSet("x", AGREED, (Delta(None, point("p", "POINT (1 2)")),)))
    with pytest.raises(CodecError):
        decode_changeset(damage(data))
    with pytest.raises(CodecError):
        decode_project(data)  # a change set is not a project


# -- the journal file ---------------------------------------------------------------------------
def _doc() -> Document:
    return Document(project_with(agreed=[
        zone("z1", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", name="One"),
        point("p1", "POINT (0.5 0.5)", name="Post"),
    ]))


@pytest.mark.parametrize("mode", ["wal", "delete"])
def test_append_commits_with_origin_and_lazy_base(tmp_path, mode):
    doc = _doc()
    path = tmp_path / "p.gpkg.zej"
    j = Journal(path, doc, mode=mode, info={"source": "test"})
    doc.journal = j
    assert j.base() is None  # viewing writes nothing: the base comes with the first edit
    f = doc.feature("p1")
    doc.history.push(edits.set_attributes(doc.version, f, name="نقطة"))
    doc.history.undo()
    doc.history.redo()
    base = j.base()
    assert base is not None and base.index == 0 and base.entries == ()
    assert base.project.agreed.get("p1").name == "Post"  # snapshot taken before the edit
    assert [c.origin for c in j.changes()] == ["do", "undo", "redo"]
    assert j.changes()[1].changeset == ~doc.history.entries[0]
    con = j._con
    assert con.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == mode
    assert j.info()["source"] == "test"
    j.close()


def test_reset_keeps_history_in_the_base(tmp_path):
    doc = _doc()
    j = Journal(tmp_path / "a.zej", doc)
    doc.journal = j
    for name in ("a", "b", "c"):
        doc.history.push(edits.set_attributes(doc.version, doc.feature("p1"), name=name))
    doc.history.undo()
    doc.history.set_clean()
    j.reset("digest-1")
    assert j.change_count() == 0
    base = j.base()
    assert base.file_fingerprint == "digest-1"
    assert base.entries == doc.history.entries
    assert (base.index, base.clean_index) == (2, 2)
    assert base.project.agreed.get("p1").name == "b"
    j.close()


def test_failed_append_leaves_the_document_untouched(tmp_path):
    doc = _doc()
    j = Journal(tmp_path / "a.zej", doc)
    doc.journal = j
    j._con.close()  # the disk went away
    with pytest.raises(WriteError, match="could not be made safe"):
        doc.history.push(edits.set_attributes(doc.version, doc.feature("p1"), name="x"))
    assert doc.feature("p1").name == "Post"
    assert doc.history.index == 0


def test_a_live_journal_cannot_be_opened_by_another_connection(tmp_path):
    doc = _doc()
    j = Journal(tmp_path / "a.zej", doc)
    doc.journal = j
    doc.history.push(edits.set_attributes(doc.version, doc.feature("p1"), name="x"))
    with pytest.raises(JournalInUse):
        open_for_reading(j.path).changes()
    j.close()
    assert len(open_for_reading(j.path).changes()) == 1


def test_discard_removes_every_file(tmp_path):
    doc = _doc()
    j = Journal(journal_path_for(tmp_path / "p.gpkg"), doc)
    doc.journal = j
    doc.history.push(edits.set_attributes(doc.version, doc.feature("p1"), name="x"))
    assert j.path.name == "p.gpkg.zej"
    j.discard()
    assert list(tmp_path.iterdir()) == []


def test_a_drag_is_folded_into_one_record_and_replays_the_same(tmp_path):
    from zoneeditor.core import vertices as vx
    from zoneeditor.io.recovery import replay

    doc = _doc()
    j = Journal(tmp_path / "a.zej", doc)
    doc.journal = j
    for i in range(5):  # one drag: five moves, one merge key
        f = doc.feature("z1")
        doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, 2),
                                           (1 + i / 10, 1), merge_key="drag-1"))
    assert [c.origin for c in j.changes()] == ["do"]
    assert j.changes()[0].changeset == doc.history.entries[0]
    # after undo + redo the step can still be merged into, but not folded (the undo record
    # holds the inverse of the step as it was)
    doc.history.undo()
    doc.history.redo()
    f = doc.feature("z1")
    doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, 2), (2, 1),
                                       merge_key="drag-1"))
    assert [c.origin for c in j.changes()] == ["do", "undo", "redo", "merge"]
    back = replay(j)
    assert back.history.entries == doc.history.entries
    assert back.feature("z1") == doc.feature("z1")
    j.close()


def test_a_drag_back_to_its_start_replays_to_no_step(tmp_path):
    from zoneeditor.core import vertices as vx
    from zoneeditor.io.recovery import replay

    doc = _doc()
    j = Journal(tmp_path / "a.zej", doc)
    doc.journal = j
    start = doc.feature("z1")
    for xy in ((1.5, 1), (1.2, 1), (1, 1)):  # out and back to where it began
        f = doc.feature("z1")
        doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, 2), xy,
                                           merge_key="drag-2"))
    assert doc.feature("z1") == start
    back = replay(j)
    assert back.history.entries == doc.history.entries
    assert back.history.index == doc.history.index
    assert back.feature("z1") == start
    j.close()
