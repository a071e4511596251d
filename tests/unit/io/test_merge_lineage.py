"""The project lineage: states recorded on save, copies finding their base, compact storage."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import numpy as np
import pytest
import shapely
from conftest import line, point, project_with, zone
from shapely import LineString, MultiPolygon, Polygon

from zoneeditor.core import edits
from zoneeditor.core.merge import merge
from zoneeditor.core.merge.resolve import proposal, resolution
from zoneeditor.io.lineage import (
    KEEP_RECENT,
    MergeNote,
    NoCommonAncestor,
    codec,
    find_base,
    read_conflict_states,
    read_conflicts,
    read_records,
    store,
    version_digest,
)
from zoneeditor.io.project_file import read_project, write_project
from zoneeditor.io.session import Session


# -- revisions ----------------------------------------------------------------------------------
def _ring(n: int, wobble: float = 0.0) -> np.ndarray:
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 0.5 + wobble * np.sin(7 * t)
    xy = np.column_stack([36 + r * np.cos(t), 35 + r * np.sin(t)])
    return np.vstack([xy, xy[:1]])


def _bumped(xy: np.ndarray, start: int, length: int, by: float) -> np.ndarray:
    out = xy.copy()
    out[start:start + length] *= np.array([1.0, 1.0 + by])
    return out


@pytest.mark.parametrize("make", [
    lambda: (Polygon(_ring(5000)), Polygon(_bumped(_ring(5000), 100, 50, 1e-4))),
    lambda: (MultiPolygon([Polygon(_ring(3000)), Polygon(_ring(40) + 2)]),
             MultiPolygon([Polygon(_bumped(_ring(3000), 10, 20, 1e-4)), Polygon(_ring(40) + 2)])),
    lambda: (LineString(_ring(4000)[:-1]), LineString(_bumped(_ring(4000)[:-1], 0, 30, 1e-4))),
])
def test_a_revision_comes_back_bit_for_bit_and_a_small_edit_costs_little(make):
    before, after = make()
    delta = codec.encode_delta(after, before)
    assert delta is not None and len(delta) < len(codec.encode_whole(after)) / 10
    back = codec.decode_delta(delta, before)
    assert shapely.to_wkb(back) == shapely.to_wkb(after)
    assert shapely.to_wkb(codec.decode_whole(codec.encode_whole(after))) == shapely.to_wkb(after)


def test_revision_hash_is_exact_and_state_digest_ignores_order():
    a = zone("z", Polygon([(0, 0), (1, 0), (1, 1)]), name="Z")
    b = zone("z", Polygon([(0, 0), (1, 0), (1, 1.0000000001)]), name="Z")
    assert codec.revision_hash(a) != codec.revision_hash(b)
    assert codec.revision_hash(a) == codec.revision_hash(zone("z", a.geometry, name="Z"))
    assert codec.state_digest(["x", "y"]) == codec.state_digest(["y", "x"])


# -- recording ----------------------------------------------------------------------------------
def _edit(session: Session, version: str, fid: str, **attrs) -> None:
    v = session.document.project.versions[version]
    session.document.history.push(edits.set_attributes(v, v.features[fid], **attrs))


def test_copies_find_their_base_after_many_saves_on_both_sides(sample_copy, tmp_path):
    # alice saves once (her history starts), bob takes a copy, then both save many times
    alice = sample_copy
    with Session.open(alice) as s:
        _edit(s, "Proposal B", "zone-hama", notes="before the copy")
        s.save()
        at_copy = version_digest(s.document.project.versions["Proposal B"])
    bob = tmp_path / "bob.gpkg"
    shutil.copyfile(alice, bob)
    for path, fid, saves in ((alice, "zone-idlib", 14), (bob, "zone-homs", 12)):
        with Session.open(path) as s:
            for k in range(saves):
                _edit(s, "Proposal B", fid, notes=f"{path.stem} {k}")
                s.save()
    a, b = read_project(alice), read_project(bob)
    base = find_base(alice, a.versions["Proposal B"], bob, b.versions["Proposal B"])
    assert base.digest == at_copy and not base.older
    assert base.version.features["zone-hama"].attributes["notes"] == "before the copy"
    assert base.version.features["zone-idlib"].attributes["notes"] == ""
    result = merge(base.version, a.versions["Proposal B"], b.versions["Proposal B"])
    assert result.conflicts == ()
    assert result.taken_ours == ("zone-idlib",) and result.taken_theirs == ("zone-homs",)
    # both files keep content only for pinned states and the newest saves
    for path in (alice, bob):
        _, records = read_records(path)
        kept_unpinned = [r for r in records if r.version == "Proposal B" and r.kept
                         and not r.pinned and r.seq >= 0]
        assert len(kept_unpinned) <= KEEP_RECENT
        assert all(r.kept for r in records if r.pinned)
    # the copy keeps the state it started from for good (pinned, content kept)
    _, bob_records = read_records(bob)
    assert any(r.digest == at_copy and r.pinned and r.kept for r in bob_records)


def test_history_stays_compact_for_a_large_boundary(tmp_path):
    big = Polygon(_ring(20_000, wobble=0.01))
    path = tmp_path / "big.gpkg"
    write_project(project_with(agreed=[zone("z", big, name="Z")],
                               proposals={"P": [zone("z", big, name="Z")]}), path)
    whole = len(codec.encode_whole(big))
    with Session.open(path) as s:
        for k in range(14):
            v = s.document.project.versions["P"]
            f = v.features["z"]
            xy = shapely.get_coordinates(f.geometry)
            moved = _bumped(xy, 1000 + 300 * k, 40, 2e-4)
            moved[-1] = moved[0]
            s.document.history.push(edits.set_geometry(v, f, Polygon(moved), "Move"))
            s.save()
    with closing(sqlite3.connect(path)) as con:
        stored = con.execute("SELECT sum(length(geometry)), count(*) FROM "
                             "zoneeditor_revisions").fetchone()
        deltas = con.execute("SELECT count(*) FROM zoneeditor_revisions WHERE "
                             "encoding='delta'").fetchone()[0]
    # every kept save is a delta against the pinned start: far below a copy per save
    assert deltas >= KEEP_RECENT
    assert stored[0] < 3 * whole, (stored, whole)


def test_a_file_written_by_another_program_finds_the_base_through_the_other(
        sample_copy, tmp_path):
    legacy = tmp_path / "legacy.gpkg"
    shutil.copyfile(sample_copy, legacy)  # never saved by a zoneeditor session
    with Session.open(sample_copy) as s:
        _edit(s, "Proposal B", "zone-hama", notes="ours")
        s.save()
    a, b = read_project(sample_copy), read_project(legacy)
    base = find_base(sample_copy, a.versions["Proposal B"], legacy, b.versions["Proposal B"])
    assert base.version.features == b.versions["Proposal B"].features  # the copy is the base
    assert "as opened in sample.gpkg" in base.phrase


def test_no_common_ancestor_is_one_clear_sentence(tmp_path):
    one, two = tmp_path / "one.gpkg", tmp_path / "two.gpkg"
    for path, name in ((one, "One"), (two, "Two")):
        write_project(project_with(agreed=[point("p", "POINT (1 1)", name=name)]), path)
        with Session.open(path) as s:
            _edit(s, "agreed", "p", notes="x")
            s.save()
    a, b = read_project(one), read_project(two)
    with pytest.raises(NoCommonAncestor, match="two different projects") as err:
        find_base(one, a.agreed, two, b.agreed)
    assert "zoneeditor diff" in str(err.value) and "--base FILE:VERSION" in str(err.value)
    ids = {read_records(p)[0] for p in (one, two)}
    assert len(ids) == 2 and None not in ids


def test_copies_share_the_project_identity_and_save_as_keeps_history(sample_copy, tmp_path):
    with Session.open(sample_copy) as s:
        _edit(s, "agreed", "zone-hama", notes="1")
        s.save()
        moved = tmp_path / "renamed.gpkg"
        _edit(s, "agreed", "zone-hama", notes="2")
        s.save(moved)
    (pid_a, rec_a), (pid_b, rec_b) = read_records(sample_copy), read_records(moved)
    assert pid_a == pid_b
    assert {r.digest for r in rec_a} < {r.digest for r in rec_b}


def test_lineage_tables_are_registered_geopackage_tables(sample_copy):
    with Session.open(sample_copy) as s:
        _edit(s, "agreed", "zone-hama", notes="1")
        s.save()
    with closing(sqlite3.connect(sample_copy)) as con:
        names = {r[0] for r in con.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type='attributes'")}
    assert set(store.SCHEMA) <= names


# -- conflicts kept between sessions -------------------------------------------------------------
def test_open_conflicts_are_kept_in_the_file_until_resolved(tmp_path):
    sq = "POLYGON ((0 0, 0.02 0, 0.04 0, 0.04 0.04, 0 0.04, 0 0))"
    base = project_with(agreed=[zone("z", sq, name="Z", status="agreed"),
                                line("l", "LINESTRING (0 0, 0.04 0.04)")]).agreed
    ours = base.copy()
    ours.features["z"] = zone("z", "POLYGON ((0 0, 0.02 -0.01, 0.04 0, 0.04 0.04, 0 0.04, 0 0))",
                              name="Z", status="proposed")
    theirs = base.copy()
    theirs.features["z"] = zone("z", "POLYGON ((0 0, 0.02 -0.02, 0.04 0, 0.04 0.04, 0 0.04, "
                                     "0 0))", name="Z", status="disputed")
    result = merge(base, ours, theirs)
    assert len(result.conflicts) == 2
    path = tmp_path / "p.gpkg"
    write_project(project_with(agreed=list(base)), path)
    with Session.open(path) as s:
        prop = proposal(result, "M")
        from zoneeditor.core.changes import ChangeSet, Delta, Structure

        s.document.history.push(ChangeSet("Merge", "M", tuple(Delta(None, f) for f in prop),
                                          structure=Structure.CREATE))
        s.lineage.note_merge(MergeNote("M", ("a", "b"), conflicts=result.conflicts,
                                       states={"z": result.states("z")}))
        s.save()
    back = read_conflicts(path, "M")
    assert [c.key for c in back] == [c.key for c in result.conflicts]
    states = read_conflict_states(path, "M")
    assert states[back[0].key]["z"] == result.states("z")
    for got, want in zip(back, result.conflicts, strict=True):
        assert got == want  # kinds, sentences, states, spans with exact paths
    # resolving one and saving drops it from the file; the other stays
    with Session.open(path) as s:
        version = s.document.project.versions["M"]
        s.document.history.push(resolution(back[0], "theirs", version))
        s.save()
    assert [c.key for c in read_conflicts(path, "M")] == [back[1].key]
