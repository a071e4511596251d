"""The undo history keeps steps of large geometries slim (``core.undo_slim``) and stays exact.

A stack that keeps steps slim and one that keeps every step whole are driven through the same
drawn edits — vertex moves, inserts and deletes in outer rings, holes, parts and lines, drags
merged into one step, attribute edits, reshapes that change a geometry's layout, features
added and deleted, undo, redo and jumps anywhere, saves and restores — and must give the
same document, bit for bit, after every action, the same history, and the same states all
the way back and forth. Thresholds are lowered through ``Slimming`` so small geometries
count as large.
"""

from __future__ import annotations

import doctest
from dataclasses import replace

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import Polygon
from support.undo_slim import (
    SMALL,
    assert_same_state,
    held_vertices,
    make_doc,
    moved,
    outcome,
    scripts,
    wobbly,
)

from zoneeditor.core import edits, undo_slim
from zoneeditor.core import vertices as vx
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.model import LayerKind
from zoneeditor.core.undo_slim import HistoryMismatch, SlimDelta, Slimming, SlimStep


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=scripts(), keep=st.integers(0, 2))
def test_a_slim_history_gives_exactly_the_states_of_a_whole_one(script, keep):
    doc = make_doc(Slimming(SMALL, keep))
    ref = make_doc(Slimming(None))
    for what, pick, d in script:
        assert outcome(doc, what, pick, d) == outcome(ref, what, pick, d)
        assert_same_state(doc, ref)
    # the whole steps rebuilt on demand are the very steps the whole stack kept
    assert doc.history.entries == ref.history.entries
    # and every state back to the start and forward to the end is the same
    for target in [0, doc.history.count, *(pick % (doc.history.count + 1)
                                           for _, pick, _ in script)]:
        doc.history.go_to(target)
        ref.history.go_to(target)
        assert_same_state(doc, ref)


def test_away_from_the_index_a_vertex_edit_keeps_only_what_changed():
    doc = make_doc(Slimming(SMALL, keep=1))
    for k in range(12):
        f = doc.feature("z")
        x, y = vx.vertex(f.geometry, vx.VertexRef(0, 0, 10 * k))
        doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, 10 * k),
                                           (x + 0.001, y)))
    steps = doc.history.steps
    assert [isinstance(s, SlimStep) for s in steps] == [True] * 11 + [False]
    for s in steps[:-1]:
        assert isinstance(s, SlimStep)
        (d,) = s.deltas
        assert isinstance(d, SlimDelta) and d.forward is not None and d.backward is not None
        assert len(d.forward.rows) == len(d.backward.rows) == 1  # one vertex each way
    # the geometries the history keeps alive: the newest step's two (one is the map's)
    size = shapely.get_num_coordinates(doc.feature("z").geometry)
    assert held_vertices(doc) == 2 * size
    doc.history.go_to(3)  # the step undone last is whole, the others slim (again)
    assert [isinstance(s, SlimStep) for s in doc.history.steps] == \
        [True] * 3 + [False] + [True] * 8
    assert held_vertices(doc) == 2 * size


def test_a_whole_stack_holds_every_step_and_a_slim_one_does_not():
    slim, whole = make_doc(Slimming(SMALL)), make_doc(Slimming(None))
    for doc in (slim, whole):
        for k in range(10):
            f = doc.feature("z")
            x, y = vx.vertex(f.geometry, vx.VertexRef(0, 0, k))
            doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, k),
                                               (x + 0.001, y)))
    size = shapely.get_num_coordinates(slim.feature("z").geometry)
    assert held_vertices(whole) == 11 * size  # every state the zone went through
    assert held_vertices(slim) == 2 * size  # the newest step's before, and the map's zone


def test_a_step_that_does_not_fit_the_map_is_refused_and_changes_nothing():
    doc = make_doc(Slimming(SMALL, keep=0))
    moved(doc, 3)
    # something changed the zone behind the history's back (a bug): undo must not rebuild
    # a geometry from it, even though the change is tiny
    features = doc.project.versions["agreed"].features
    f = features["z"]
    tampered = f.with_geometry(vx.with_vertex_moved(f.geometry, vx.VertexRef(0, 0, 100),
                                                    (36.5, 35.0)))
    features["z"] = tampered
    before = (doc.history.index, doc.history.steps)
    with pytest.raises(HistoryMismatch) as caught:
        doc.history.undo()
    assert "does not fit feature z as it is now; nothing was changed" in str(caught.value)
    assert caught.value.message.template.startswith("the undo step %1 does not fit")
    assert isinstance(caught.value, ZoneEditorError)
    assert doc.feature("z") is tampered
    assert (doc.history.index, doc.history.steps) == before


def test_a_wrong_patch_is_never_applied():
    """A slim step whose backward patch is its forward one (the rebuild gone wrong) is
    caught by the digest of what it makes: nothing changes."""
    doc = make_doc(Slimming(SMALL, keep=0))
    moved(doc, 2)
    steps = list(doc.history.steps)
    top = steps[-1]
    assert isinstance(top, SlimStep)
    (d,) = top.deltas
    assert isinstance(d, SlimDelta)
    steps[-1] = SlimStep(top.template, (replace(d, backward=d.forward),))
    doc.history.restore(steps, 2, None)
    now = doc.feature("z")
    with pytest.raises(HistoryMismatch):
        doc.history.undo()
    assert doc.feature("z") is now and doc.history.index == 2


def test_a_drag_goes_on_merging_into_a_slim_newest_step():
    doc, ref = make_doc(Slimming(SMALL, keep=0)), make_doc(Slimming(None))
    for d in (doc, ref):
        f = d.feature("z")
        x, y = vx.vertex(f.geometry, vx.VertexRef(0, 0, 5))
        for k in range(4):
            d.history.push(edits.move_vertex(d.version, d.feature("z"), vx.VertexRef(0, 0, 5),
                                             (x + 0.001 * (k + 1), y), merge_key="drag"))
            if d is doc:  # keep 0: the step is slim at once, each move merges into it
                assert isinstance(d.history.steps[-1], SlimStep)
        assert d.history.count == 1
    assert_same_state(doc, ref)
    doc.history.undo()
    ref.history.undo()
    assert_same_state(doc, ref)


def test_a_history_restored_from_a_whole_stack_is_kept_slim():
    ref = make_doc(Slimming(None))
    moved(ref, 6)
    ref.history.go_to(4)
    doc = Document(ref.project.copy(), slimming=Slimming(SMALL))
    doc.history.restore(ref.history.steps, 4, 4)
    assert [isinstance(s, SlimStep) for s in doc.history.steps] == \
        [True, True, True, False, False, True]
    assert doc.history.entries == ref.history.entries


def test_module_examples():
    assert doctest.testmod(undo_slim).failed == 0


def test_an_undone_insert_and_an_applied_delete_stay_whole():
    """Only what the state next to a step holds can rebuild it: a feature an undone step
    inserts, or an applied step deleted, is in neither state, so that step keeps it."""
    doc = make_doc(Slimming(SMALL, keep=0))
    doc.history.push(edits.add_feature(doc.version, LayerKind.ZONES,
                                       Polygon(wobbly(90, 30.0, 40.0, 0.2)), name="New"))
    new_id = doc.history.steps[-1].deltas[0].id
    assert isinstance(doc.history.steps[-1].deltas[0], SlimDelta)  # applied: from the map
    doc.history.push(edits.delete_features(doc.version, [new_id]))
    assert not isinstance(doc.history.steps[-1], SlimStep)  # applied delete: kept whole
    doc.history.undo()
    assert isinstance(doc.history.steps[-1], SlimStep)  # undone delete: from the map
    doc.history.undo()
    assert not isinstance(doc.history.steps[0], SlimStep)  # undone insert: kept whole
    doc.history.redo()
    assert isinstance(doc.history.steps[0], SlimStep)  # applied again: from the map
    doc.history.redo()
    assert new_id not in doc.version.features


def test_a_drag_key_that_does_not_merge_leaves_no_whole_step_behind():
    """With keep 0, a push whose merge key matches the newest step rebuilds that step to
    merge; when the two cannot merge after all (another version), both end up slim."""
    doc = make_doc(Slimming(SMALL, keep=0))
    doc.history.push(edits.new_proposal(doc.version, "P"))
    for name in ("agreed", "P"):
        f = doc.feature("z", name)
        x, y = vx.vertex(f.geometry, vx.VertexRef(0, 0, 7))
        doc.history.push(edits.move_vertex(doc.project.versions[name], f, vx.VertexRef(0, 0, 7),
                                           (x + 0.001, y), merge_key="same-key"))
    assert doc.history.count == 3
    assert [isinstance(s, SlimStep) for s in doc.history.steps] == [False, True, True]
