"""The change model: apply then inverse is identity; undo/redo sequences; drag merging."""

from __future__ import annotations

import pytest
from conftest import line, point, project_with, zone
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import Point, box

from zoneeditor.core.changes import ChangeSet, Delta, Structure, deletes, inserts
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ConflictError
from zoneeditor.core.model import AGREED, Feature


def snapshot(doc: Document) -> dict:
    return {n: dict(v.features) for n, v in doc.project.versions.items()}


def base_doc() -> Document:
    return Document(project_with(agreed=[
        zone("z1", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", name="One", party="A"),
        zone("z2", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))", name="Two", party="B"),
        line("l1", "LINESTRING (1 0, 1 1)", name="Contact"),
        point("p1", "POINT (0.5 0.5)", name="Post"),
    ]))


# A random change set against the current state of the agreed version.
@st.composite
def changesets(draw, doc: Document):
    feats = list(doc.project.agreed)
    deltas = []
    chosen = (draw(st.lists(st.sampled_from(feats), unique_by=lambda f: f.id, max_size=len(feats)))
              if feats else [])
    for f in chosen:
        action = draw(st.sampled_from(["delete", "rename", "move"]))
        if action == "delete":
            deltas.append(Delta(f, None))
        elif action == "rename":
            deltas.append(Delta(f, f.with_attributes(name=draw(st.text(max_size=8)))))
        else:
            dx = draw(st.floats(-1, 1, allow_nan=False))
            from shapely.affinity import translate
            deltas.append(Delta(f, f.with_geometry(translate(f.geometry, dx, 0))))
    for i in range(draw(st.integers(0, 2))):
        x = draw(st.floats(-10, 10, allow_nan=False))
        deltas.append(Delta(None, Feature.create("points", Point(x, i), name="n")))
    return ChangeSet("random", AGREED, tuple(deltas))


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_apply_then_inverse_is_identity(data):
    doc = base_doc()
    before = snapshot(doc)
    cs = data.draw(changesets(doc))
    doc.apply(cs)
    doc.apply(~cs)
    assert snapshot(doc) == before


@settings(max_examples=40, deadline=None)
@given(data=st.data(), ops=st.lists(st.sampled_from(["push", "undo", "redo"]), max_size=12))
def test_undo_redo_sequences_match_a_model(data, ops):
    """Each state reached equals the state the same index reached before."""
    doc = base_doc()
    states = [snapshot(doc)]  # states[i] = state with i steps applied
    for op in ops:
        h = doc.history
        if op == "push":
            cs = data.draw(changesets(doc))
            h.push(cs)
            if not cs.is_empty:
                del states[h.index:]
                states.append(snapshot(doc))
        elif op == "undo":
            h.undo()
        else:
            h.redo()
        assert snapshot(doc) == states[h.index]
    doc.history.go_to(0)
    assert snapshot(doc) == states[0]


def test_inverse_of_inverse_and_kinds():
    a = Feature("p", "points", Point(0, 0))
    b = a.with_geometry(Point(1, 1))
    cs = ChangeSet("x", AGREED, (Delta(None, a),))
    assert ~~cs == cs
    assert [d.kind.value for d in (Delta(None, a), Delta(a, None), Delta(a, b))] == [
        "insert", "delete", "update"]


def test_delta_rejects_mismatched_ids_and_double_change():
    a = Feature("p", "points", Point(0, 0))
    with pytest.raises(ValueError):
        Delta(a, Feature("q", "points", Point(0, 0)))
    with pytest.raises(ValueError):
        Delta(None, None)
    with pytest.raises(ValueError):
        ChangeSet("x", AGREED, (Delta(None, a), Delta(a, None)))


def test_combining_insert_then_delete_cancels():
    a = Feature("p", "points", Point(0, 0))
    combined = inserts("add", AGREED, [a]) + deletes("del", AGREED, [a])
    assert combined.deltas == () and combined.is_empty


def test_stale_change_is_refused_and_nothing_changes():
    doc = base_doc()
    f = doc.feature("z1")
    doc.history.push(ChangeSet("rename", AGREED, (Delta(f, f.with_attributes(name="X")),)))
    before = snapshot(doc)
    with pytest.raises(ConflictError, match="not as expected"):
        doc.apply(ChangeSet("stale", AGREED, (Delta(f, f.with_attributes(name="Y")),)))
    with pytest.raises(ConflictError, match="already exists"):
        doc.apply(inserts("dup", AGREED, [doc.feature("z2")]))
    with pytest.raises(ConflictError, match="no version"):
        doc.apply(inserts("ghost", "nope", [Feature("n", "points", Point(0, 0))]))
    assert snapshot(doc) == before


def test_wrong_geometry_type_for_layer_is_refused():
    doc = base_doc()
    bad = Feature("b", "zones", Point(0, 0))
    with pytest.raises(ConflictError, match="cannot go in the zones layer"):
        doc.apply(inserts("bad", AGREED, [bad]))


def test_drag_merges_into_one_step_and_clean_state():
    doc = base_doc()
    f = doc.feature("p1")
    events = []
    doc.changed.connect(events.append)
    for i in range(1, 6):
        cur = doc.feature("p1")
        doc.history.push(ChangeSet("Move point", AGREED,
                                   (Delta(cur, cur.with_geometry(Point(i, i))),),
                                   merge_key="drag-1"))
    assert doc.history.labels == ["Move point"]
    assert len(events) == 5  # every increment is shown live
    assert not doc.history.is_clean and doc.is_dirty
    doc.history.undo()
    assert doc.feature("p1") == f and doc.history.is_clean
    doc.history.redo()
    assert doc.feature("p1").geometry.equals(Point(5, 5))
    doc.history.set_clean()
    assert not doc.is_dirty
    # A new drag with the same key after a save does not merge into the saved step.
    cur = doc.feature("p1")
    doc.history.push(ChangeSet("Move point", AGREED, (Delta(cur, cur.with_geometry(Point(9, 9))),),
                               merge_key="drag-1"))
    assert doc.history.labels == ["Move point", "Move point"]


def test_clean_state_lost_when_branching_away():
    doc = base_doc()
    f = doc.feature("z1")
    h = doc.history
    h.push(ChangeSet("a", AGREED, (Delta(f, f.with_attributes(name="A")),)))
    h.set_clean()
    h.undo()
    assert not h.is_clean
    g = doc.feature("z1")
    h.push(ChangeSet("b", AGREED, (Delta(g, g.with_attributes(name="B")),)))
    h.undo()
    assert not h.is_clean  # the saved state ("A") cannot be reached any more


def test_create_and_drop_version_through_the_door():
    doc = base_doc()
    cs = ChangeSet("New proposal P", "P", tuple(Delta(None, f) for f in doc.project.agreed),
                   structure=Structure.CREATE)
    doc.history.push(cs)
    assert list(doc.project.versions) == [AGREED, "P"] and len(doc.project.versions["P"]) == 4
    doc.current_version = "P"
    doc.history.undo()
    assert list(doc.project.versions) == [AGREED] and doc.current_version == AGREED
    doc.history.redo()
    assert len(doc.project.versions["P"]) == 4


def test_changed_signal_carries_the_changeset():
    doc = base_doc()
    seen = []
    doc.changed.connect(seen.append)
    f = doc.feature("z1")
    cs = ChangeSet("grow", AGREED, (Delta(f, f.with_geometry(box(0, 0, 2, 2))),))
    doc.history.push(cs)
    doc.history.undo()
    assert seen[0] == cs and seen[1] == ~cs


class FailingJournal:
    def append(self, changeset, origin):
        raise OSError("disk full")


def test_a_change_the_journal_cannot_keep_is_not_applied():
    doc = base_doc()
    doc.journal = FailingJournal()
    before = snapshot(doc)
    f = doc.feature("z1")
    with pytest.raises(OSError):
        doc.history.push(ChangeSet("x", AGREED, (Delta(f, f.with_attributes(name="Q")),)))
    assert snapshot(doc) == before and doc.history.labels == []


def test_a_drag_that_returns_to_its_start_leaves_no_step():
    doc = base_doc()
    start = doc.feature("p1")
    for xy in [(3, 3), (0.5, 0.5)]:  # out and back to where it was
        cur = doc.feature("p1")
        doc.history.push(ChangeSet("Move point", AGREED,
                                   (Delta(cur, cur.with_geometry(Point(*xy))),),
                                   merge_key="drag-9"))
    assert doc.history.labels == [] and doc.history.is_clean
    assert doc.feature("p1") == start
