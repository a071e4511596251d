"""The journal with an undo history that keeps steps slim (``core.undo_slim``).

The base record (written at every save) is written from the slim steps' patches, never from
their geometries rebuilt, and reads back as the very history; a crash after any drawn
sequence of edits, undos, redos, jumps and saves recovers the document and its history
exactly (compared with a stack that keeps every step whole, driven through the same
actions), and the recovered history is slim again; a slim step that does not fit the map is
never written.
"""

from __future__ import annotations

import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.undo_slim import (
    SMALL,
    assert_same_state,
    make_doc,
    moved,
    outcome,
    scripts,
)

from zoneeditor.core import vertices as vx
from zoneeditor.core.document import Document
from zoneeditor.core.undo_slim import HistoryMismatch, Slimming, SlimStep
from zoneeditor.io.journal import Journal
from zoneeditor.io.journal.base_history import decode_history, encode_history
from zoneeditor.io.recovery import replay


def journaled(tmp_path, doc: Document) -> Journal:
    j = Journal(tmp_path / "slim.gpkg.zej", doc)
    doc.journal = j
    return j


def base_rows(j: Journal) -> list[bytes]:
    return [d for (d,) in j._con.execute("SELECT data FROM base_history ORDER BY pos")]


def act_both(doc: Document, ref: Document, j: Journal, what: str, pick: int, d: float) -> None:
    """One action on both documents; a save is a save of the journaled one (clean + reset)."""
    if what == "save":
        doc.history.set_clean()
        ref.history.set_clean()
        j.reset(f"saved-{pick}")
        return
    assert outcome(doc, what, pick, d) == outcome(ref, what, pick, d)


def assert_recovers(j: Journal, ref: Document, slimming: Slimming) -> None:
    back = replay(j, slimming)
    assert_same_state(back, ref)
    assert back.history.entries == ref.history.entries
    for target in (0, ref.history.count, ref.history.index, ref.history.count // 2):
        back.history.go_to(target)
        ref.history.go_to(target)
        assert_same_state(back, ref)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(script=scripts(), keep=st.integers(0, 2), last_save=st.booleans())
def test_any_slim_history_recovers_exactly(tmp_path_factory, script, keep, last_save):
    slimming = Slimming(SMALL, keep)
    doc, ref = make_doc(slimming), make_doc(Slimming(None))
    j = journaled(tmp_path_factory.mktemp("j"), doc)
    for what, pick, d in script:
        act_both(doc, ref, j, what, pick, d)
        assert_same_state(doc, ref)
    if last_save:  # the whole history then comes from the base record
        act_both(doc, ref, j, "save", 0, 0.0)
    if j.base() is not None:  # else nothing was ever applied
        assert_recovers(j, ref, slimming)
    j.close()


def test_a_save_writes_slim_steps_from_their_patches(tmp_path):
    doc = make_doc(Slimming(SMALL, keep=1))
    j = journaled(tmp_path, doc)
    moved(doc, 12)
    doc.history.go_to(5)
    j.reset("saved")
    assert sum(isinstance(s, SlimStep) for s in doc.history.steps) == 11
    rows = base_rows(j)
    whole = len(shapely.to_wkb(doc.feature("z").geometry))
    assert len(rows) == 12 and max(len(r) for r in rows) < whole / 4, [len(r) for r in rows]
    # the rows read back as the history (whole steps), and as the same slim steps
    assert decode_history(doc.project, rows, 5) == doc.history.entries
    slim = decode_history(doc.project, rows, 5, Slimming(SMALL, keep=1))
    assert all(isinstance(s, SlimStep) for s in slim)
    back = replay(j, Slimming(SMALL, keep=1))
    # read slim, and kept slim: an undo or a redo rebuilds the step it reaches
    assert all(isinstance(s, SlimStep) for s in back.history.steps)
    assert back.history.entries == doc.history.entries
    j.close()


def test_rows_written_from_slim_steps_equal_those_of_the_whole_history():
    """The same history written from a slim stack's steps and from a whole stack's entries
    decodes to the same steps."""
    doc, ref = make_doc(Slimming(SMALL, keep=0)), make_doc(Slimming(None))
    for d in (doc, ref):
        moved(d, 6)
        d.history.go_to(2)
    assert all(isinstance(s, SlimStep) for s in doc.history.steps)
    rows = encode_history(doc.project, doc.history.steps, 2)
    whole = encode_history(ref.project, ref.history.entries, 2)
    assert decode_history(doc.project, rows, 2) == decode_history(ref.project, whole, 2) \
        == ref.history.entries


def test_a_slim_step_that_does_not_fit_is_never_written(tmp_path):
    doc = make_doc(Slimming(SMALL, keep=0))
    j = journaled(tmp_path, doc)
    moved(doc, 3)
    j.reset("saved")
    rows = base_rows(j)
    features = doc.project.versions["agreed"].features
    f = features["z"]
    features["z"] = f.with_geometry(vx.with_vertex_moved(f.geometry, vx.VertexRef(0, 0, 50),
                                                         (36.5, 35.0)))  # behind its back
    with pytest.raises(HistoryMismatch):
        j.reset("saved again")
    assert base_rows(j) == rows  # the journal still holds the last good base
    features["z"] = f
    assert_recovers(j, doc, Slimming(SMALL, keep=0))
    j.close()
