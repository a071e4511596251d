"""Recovery: replaying a journal gives back the document and its undo history, exactly."""

from __future__ import annotations

import random
import sqlite3

import pytest

from zoneeditor.core import edits
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.io import recovery
from zoneeditor.io import session as session_mod
from zoneeditor.io.journal import journal_path_for
from zoneeditor.io.lock import LockedError, lock_path_for
from zoneeditor.io.project_file import read_project, write_project
from zoneeditor.io.session import RecoveryPending, Session
from zoneeditor.testing import crash as harness


def crash(session: Session) -> None:
    """Leave the session as a killed editor would: journal and lock on disk, owner gone."""
    harness.abandon(session)


def only_candidate() -> recovery.Candidate:
    candidates, damaged = recovery.scan()
    assert damaged == []
    assert len(candidates) == 1, candidates
    return candidates[0]


def run_script(session: Session, seed: int, steps: int) -> None:
    rng = random.Random(seed)
    for _ in range(steps):
        harness.script_step(session.document, rng, session.save)


@pytest.mark.parametrize("seed", range(8))
def test_replay_equals_the_live_document_and_history(sample_copy, seed):
    s = Session.open(sample_copy)
    run_script(s, seed, 60)  # drags (merges), adds, deletes, undo, redo, saves, proposals
    want = harness.digest(s.document)
    labels, index, clean = s.document.history.labels, s.document.history.index, \
        s.document.history.clean_index
    crash(s)
    c = only_candidate()
    assert c.project_path == sample_copy.resolve()
    r = Session.recover(c)
    assert harness.digest(r.document) == want
    assert r.document.history.labels == labels
    assert (r.document.history.index, r.document.history.clean_index) == (index, clean)
    r.close()


def test_undo_back_through_every_step_after_recovery(sample_copy):
    s = Session.open(sample_copy)
    doc = s.document
    states = [harness.digest(doc)]
    for i, fid in enumerate(["zone-idlib", "post-morek", "line-idlib-hama"]):
        doc.history.push(edits.set_attributes(doc.version, doc.feature(fid), notes=f"n{i}"))
        states.append(harness.digest(doc))
    s.save()
    doc.history.push(edits.delete_features(doc.version, ["post-jmc"]))
    crash(s)
    c = only_candidate()
    assert (c.edits, c.history) == (1, 3)
    r = Session.recover(c)
    h = r.document.history
    assert h.labels[-1] == "Delete Joint monitoring centre"
    assert r.document.is_dirty
    h.undo()
    assert not r.document.is_dirty  # clean again at the saved state
    while h.can_undo:
        h.undo()
    assert harness.digest(r.document).split() and r.document.feature("zone-idlib").attributes[
        "notes"] == ""
    r.close()


def test_crash_right_after_save_keeps_the_history(sample_copy):
    s = Session.open(sample_copy)
    doc = s.document
    doc.history.push(edits.set_attributes(doc.version, doc.feature("post-morek"), name="مورك"))
    doc.history.push(edits.set_attributes(doc.version, doc.feature("post-morek"), name="Morek 2"))
    s.save()
    crash(s)
    c = only_candidate()
    assert (c.edits, c.history, c.file_changed) == (0, 2, False)
    r = Session.recover(c)
    assert r.document.history.labels == doc.history.labels
    assert not r.document.is_dirty
    r.document.history.undo()
    assert r.document.feature("post-morek").name == "مورك"
    r.close()


def test_file_changed_since_is_told_and_recovered_as_unsaved(sample_copy):
    s = Session.open(sample_copy)
    doc = s.document
    doc.history.push(edits.delete_features(doc.version, ["post-morek"]))
    crash(s)
    other = read_project(sample_copy)
    other.meta = other.meta.__class__(title="Changed elsewhere")
    write_project(other, sample_copy)
    c = only_candidate()
    assert c.file_changed
    r = Session.recover(c)
    assert r.document.feature("post-morek") is None
    assert r.document.is_dirty and r.document.history.clean_index is None
    r.close()


def test_save_cut_short_after_writing_is_recognised_as_clean(sample_copy):
    s = Session.open(sample_copy)
    doc = s.document
    doc.history.push(edits.delete_features(doc.version, ["post-morek"]))
    write_project(doc.project, sample_copy)  # the file was replaced, the journal not reset
    crash(s)
    c = only_candidate()
    assert c.file_changed
    r = Session.recover(c)
    assert not r.document.is_dirty and r.document.history.index == 1
    r.close()


def test_damaged_journal_is_set_aside_never_deleted(sample_copy):
    s = Session.open(sample_copy)
    doc = s.document
    doc.history.push(edits.delete_features(doc.version, ["post-morek"]))
    jpath = s.journal.path
    crash(s)
    con = sqlite3.connect(jpath)
    con.execute("UPDATE changes SET data = x'5a454a01ffff'")
    con.commit()
    con.close()
    c = only_candidate()
    with pytest.raises(recovery.RecoveryError, match="kept at") as err:
        Session.recover(c)
    assert not jpath.exists()
    kept = [p for p in jpath.parent.iterdir() if ".set-aside-" in p.name and
            not p.name.endswith("-wal")]
    assert len(kept) == 1 and str(kept[0]) in str(err.value)
    assert recovery.scan() == ([], [])
    Session.open(sample_copy).close()  # the project opens as saved


def test_replay_that_crashed_before_is_set_aside(sample_copy):
    s = Session.open(sample_copy)
    s.document.history.push(edits.delete_features(s.document.version, ["post-morek"]))
    jpath = s.journal.path
    crash(s)
    for _ in range(recovery.MAX_ATTEMPTS):
        recovery.begin_attempt(jpath).close()  # replay started, process died
    c = only_candidate()
    assert c.exhausted
    with pytest.raises(recovery.RecoveryError, match="failed before"):
        Session.recover(c)
    assert not jpath.exists()


def test_unsaved_sample_is_journaled_in_the_state_folder():
    s = Session.sample()
    assert s.journal.path.parent == recovery.journals_dir()
    doc = s.document
    doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"), name="X"))
    crash(s)
    c = only_candidate()
    assert c.project_path is None and c.source == "sample" and c.edits == 1
    assert c.name.startswith("Syria")
    r = Session.recover(c)
    assert r.needs_path and r.document.feature("zone-idlib").name == "X"
    r.close()
    assert recovery.scan() == ([], [])


def test_open_finds_pending_edits_and_offers_them(sample_copy):
    s = Session.open(sample_copy)
    s.document.history.push(edits.delete_features(s.document.version, ["post-morek"]))
    crash(s)
    with pytest.raises(LockedError) as locked:
        Session.open(sample_copy)  # the crashed editor's lock: the window asks first
    assert locked.value.stale
    with pytest.raises(RecoveryPending) as err:
        Session.open(sample_copy, take_over=True)
    assert err.value.candidate.edits == 1
    r = Session.open(sample_copy, take_over=True, pending="recover")
    assert r.document.feature("post-morek") is None
    crash(r)
    fresh = Session.open(sample_copy, take_over=True, pending="set_aside")
    assert fresh.document.feature("post-morek") is not None
    assert any(".set-aside-" in p.name for p in sample_copy.parent.iterdir())
    fresh.close()


def test_close_removes_journal_and_lock(sample_copy):
    s = Session.open(sample_copy)
    s.document.history.push(edits.delete_features(s.document.version, ["post-morek"]))
    jpath = journal_path_for(sample_copy.resolve())
    assert jpath.exists() and lock_path_for(sample_copy.resolve()).exists()
    s.close()
    assert not jpath.exists() and not lock_path_for(sample_copy.resolve()).exists()
    assert recovery.scan() == ([], [])


def test_save_as_moves_journal_and_lock(tmp_path):
    s = Session.sample()
    doc = s.document
    doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"), name="X"))
    old_journal = s.journal.path
    target = s.save(tmp_path / "mine.gpkg")
    assert not old_journal.exists()
    assert s.journal.path == journal_path_for(target)
    assert lock_path_for(target).exists()
    doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"), name="Y"))
    crash(s)
    c = only_candidate()
    assert c.project_path == target and (c.edits, c.history) == (1, 1)
    r = Session.recover(c)
    assert r.document.history.labels == doc.history.labels
    r.document.history.undo()
    assert not r.document.is_dirty
    r.close()


def test_a_file_is_open_once_per_process_unless_handed_over(sample_copy):
    a = Session.open(sample_copy)
    a.document.history.push(edits.delete_features(a.document.version, ["post-morek"]))
    a.save()
    with pytest.raises(LockedError) as err:
        Session.open(sample_copy)  # two sessions saving one file would overwrite each other
    assert err.value.mine and not err.value.stale
    assert "already open in this ZoneEditor" in str(err.value)
    b = Session.open(sample_copy, replacing=a)  # reopening: a's lock is handed over
    assert a.journal is None and a.lock is None
    assert b.document.feature("post-morek") is None  # re-read as saved
    b.document.history.push(edits.delete_features(b.document.version, ["post-jmc"]))
    assert b.journal.change_count() == 1
    assert b.journal.path == journal_path_for(sample_copy.resolve())
    b.close()
    assert not lock_path_for(sample_copy).exists()
    assert not journal_path_for(sample_copy).exists()


def test_a_failed_reopen_leaves_the_replaced_session_as_it_was(sample_copy):
    a = Session.open(sample_copy)
    a.document.history.push(edits.delete_features(a.document.version, ["post-morek"]))
    sample_copy.write_bytes(b"not a project any more")
    with pytest.raises(ZoneEditorError):
        Session.open(sample_copy, replacing=a)
    assert a.lock is not None and a.journal is not None
    a.document.history.push(edits.delete_features(a.document.version, ["post-jmc"]))
    assert a.journal.change_count() == 2
    a.close()


def test_open_without_durability_writes_nothing_beside(sample_copy):
    s = Session.open(sample_copy, durable=False)
    s.document.history.push(edits.delete_features(s.document.version, ["post-morek"]))
    assert sorted(p.name for p in sample_copy.parent.iterdir()) == [sample_copy.name]


def test_read_only_folder_keeps_the_journal_at_home(sample_copy, monkeypatch):
    """A project on a read-only medium: no lock possible, the journal goes to the state
    folder, and a crash is still recovered (and found when the file is opened again)."""
    from pathlib import Path

    from zoneeditor.io.lock import ProjectLock

    def read_only(*a, **k):
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(ProjectLock, "acquire", classmethod(lambda cls, *a, **k: read_only()))
    monkeypatch.setattr(session_mod, "journal_path_for",
                        lambda p: Path("/proc/zoneeditor-no-such-dir") / (p.name + ".zej"))
    s = Session.open(sample_copy)
    assert s.lock is None and s.journal.path.parent == recovery.journals_dir()
    s.document.history.push(edits.delete_features(s.document.version, ["post-morek"]))
    crash(s)
    with pytest.raises(RecoveryPending) as err:
        Session.open(sample_copy)
    assert err.value.candidate.project_path == sample_copy.resolve()
    r = Session.open(sample_copy, pending="recover")
    assert r.document.feature("post-morek") is None and r.path == sample_copy.resolve()
    r.close()


def test_unreadable_journal_beside_blocks_only_until_set_aside(sample_copy):
    journal_path_for(sample_copy).write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(recovery.RecoveryError, match="damaged"):
        Session.open(sample_copy)
    s = Session.open(sample_copy, pending="set_aside")
    assert any(".set-aside-" in p.name for p in sample_copy.parent.iterdir())
    s.close()


def test_stale_temporary_of_a_killed_save_is_cleaned_on_open(sample_copy):
    import os
    import time

    old = sample_copy.parent / f".{sample_copy.name}.abc123.tmp"
    fresh = sample_copy.parent / f".{sample_copy.name}.def456.tmp"
    for p in (old, fresh):
        p.write_bytes(b"half a save")
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    Session.open(sample_copy).close()
    assert not old.exists() and fresh.exists()  # a save in progress is never touched
