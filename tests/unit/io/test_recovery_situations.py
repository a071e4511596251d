"""Recovery in the situations that lost work before (issue 13): a folder moved after the
crash, a file deleted before it, a disk still full, killed saves' debris; and what a session
ending without questions keeps."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from shapely.geometry import box

from zoneeditor.core import edits
from zoneeditor.core.errors import WriteError
from zoneeditor.core.model import LayerKind
from zoneeditor.io import recovery
from zoneeditor.io.atomic import remove_leftovers
from zoneeditor.io.journal import JournalReader, journal_path_for
from zoneeditor.io.lock import LockedError, lock_path_for
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import RecoveryPending, Session, sample_path
from zoneeditor.testing.crash import abandon, dead_pid


def draw_zones(session: Session, n: int) -> list[str]:
    """``n`` new zones in Proposal B, as the draw tool adds them; their ids."""
    doc = session.document
    doc.current_version = "Proposal B"
    ids = []
    for i in range(n):
        x = 38.0 + (i % 10) * 0.05
        y = 33.0 + (i // 10) * 0.05
        cs = edits.add_feature(doc.version, LayerKind.ZONES, box(x, y, x + 0.03, y + 0.03),
                               name=f"Zone {i}")
        doc.history.push(cs)
        ids.append(cs.deltas[0].new.id)
    return ids


def journal_bytes(jpath: Path) -> dict[str, str]:
    """The journal's files and a hash of each (to prove it was left untouched)."""
    out = {}
    for p in sorted(jpath.parent.glob(jpath.name + "*")):
        out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.fixture
def project_in_folder(tmp_path) -> Path:
    folder = tmp_path / "talks"
    folder.mkdir()
    target = folder / "talks.gpkg"
    shutil.copyfile(sample_path(), target)
    return target


# -- 1. the folder moved after the crash --------------------------------------------------------
def test_moved_folder_offers_every_edit_at_the_new_place(project_in_folder, tmp_path):
    s = Session.open(project_in_folder)
    ids = draw_zones(s, 40)
    abandon(s)
    moved = tmp_path / "elsewhere" / "talks-moved"
    moved.parent.mkdir()
    shutil.move(str(project_in_folder.parent), str(moved))  # project, journal and lock
    new_path = moved / project_in_folder.name
    assert recovery.scan() == ([], [])  # the start-up check cannot know where it went ...
    with pytest.raises(LockedError) as locked:
        Session.open(new_path)
    assert locked.value.stale  # ... the dead editor's lock travelled along
    with pytest.raises(RecoveryPending) as pending:  # ... and after taking it over, the edits
        Session.open(new_path, take_over=True)
    c = pending.value.candidate
    assert c.project_path == new_path.resolve() and c.moved and not c.file_changed
    assert c.recorded_path == project_in_folder.resolve()
    assert c.steps == 40
    r = Session.recover(c)
    assert r.path == new_path.resolve()
    assert all(r.document.feature(i, "Proposal B") is not None for i in ids)
    assert r.document.history.undo_label == "Add zone Zone 39"
    r.document.history.undo()
    assert r.document.feature(ids[-1], "Proposal B") is None
    r.save()
    r.close()
    saved = read_project(new_path)
    assert sum(1 for i in ids if i in saved.versions["Proposal B"].features) == 39


def test_a_journal_with_edits_is_never_deleted_by_opening_without_recovering(
        project_in_folder, tmp_path):
    s = Session.open(project_in_folder)
    draw_zones(s, 3)
    abandon(s)
    moved = tmp_path / "moved"
    shutil.move(str(project_in_folder.parent), str(moved))
    new_path = moved / project_in_folder.name
    jpath = journal_path_for(new_path)
    before = journal_bytes(jpath)
    for _ in range(2):  # "Decide later", twice: nothing happens to the journal
        with pytest.raises(RecoveryPending):
            Session.open(new_path, take_over=True)
    assert journal_bytes(jpath) == before
    # Choosing "set aside" keeps the edits in a file of their own; a normal session
    # afterwards (and its normal close) removes only its own journal.
    fresh = Session.open(new_path, take_over=True, pending="set_aside")
    fresh.close()
    kept = [p for p in moved.iterdir() if ".zej.set-aside-" in p.name and
            not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1
    with JournalReader(kept[0]) as reader:
        assert reader.summary().steps == 3


def test_a_new_session_never_writes_into_or_deletes_a_dead_sessions_journal(project_in_folder):
    s = Session.open(project_in_folder)
    draw_zones(s, 2)
    abandon(s)
    lock_path_for(project_in_folder).unlink()  # only the journal is left
    from zoneeditor.core.document import Document

    # A session made without the recovery check (an API user): the journal there is set
    # aside, untouched, and the new session starts a journal of its own.
    other = Session(Document(read_project(project_in_folder)), project_in_folder)
    assert other.journal.change_count() == 0
    other.close()
    kept = [p for p in project_in_folder.parent.iterdir() if ".set-aside-" in p.name
            and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1
    with JournalReader(kept[0]) as reader:
        assert reader.summary().steps == 2


def test_renamed_file_finds_its_journal_by_content(project_in_folder):
    s = Session.open(project_in_folder)
    s.save()  # the journal's base now names exactly this file's bytes
    ids = draw_zones(s, 2)
    abandon(s)
    renamed = project_in_folder.with_name("talks-final.gpkg")
    project_in_folder.rename(renamed)
    lock_path_for(project_in_folder).unlink()
    with pytest.raises(RecoveryPending) as pending:
        Session.open(renamed)
    c = pending.value.candidate
    assert c.project_path == renamed.resolve() and c.moved
    r = Session.recover(c)
    assert all(r.document.feature(i, "Proposal B") for i in ids)
    assert r.journal.info()["project_path"] == str(renamed.resolve())
    r.close()


def test_read_only_medium_moved_still_finds_the_journal_at_home(project_in_folder, tmp_path,
                                                                monkeypatch):
    """A project on a read-only medium keeps its journal in the state folder, recorded by
    path; mounted elsewhere after the crash, it is matched by the file's bytes."""
    from zoneeditor.io import session as session_mod

    monkeypatch.setattr(session_mod, "journal_path_for",
                        lambda p: Path("/proc/zoneeditor-no-such-dir") / (p.name + ".zej"))
    monkeypatch.setattr(session_mod, "_lock_if_possible", lambda *a, **k: None)
    s = Session.open(project_in_folder)
    assert s.journal.path.parent == recovery.journals_dir()
    s.save(project_in_folder)  # so the base records the file's bytes
    ids = draw_zones(s, 3)
    abandon(s)
    elsewhere = tmp_path / "mounted-elsewhere"
    shutil.move(str(project_in_folder.parent), str(elsewhere))
    new_path = elsewhere / project_in_folder.name
    with pytest.raises(RecoveryPending) as pending:
        Session.open(new_path)
    assert pending.value.candidate.project_path == new_path.resolve()
    r = Session.recover(pending.value.candidate)
    assert all(r.document.feature(i, "Proposal B") for i in ids)
    r.close()


# -- 2. the file deleted before the crash -----------------------------------------------------
def test_deleted_file_is_recovered_and_saved_back(project_in_folder):
    s = Session.open(project_in_folder)
    ids = draw_zones(s, 5)
    project_in_folder.unlink()  # a USB stick pulled, a colleague's cleanup
    draw_zones(s, 0)
    abandon(s)
    assert lock_path_for(project_in_folder).exists()  # the dead editor's lock is still there
    (c,), damaged = recovery.scan()
    assert damaged == [] and c.file_missing and c.file_changed
    r = Session.recover(c)  # not "already open ... no longer running" on every start
    assert r.path == project_in_folder.resolve()
    assert r.lock is not None and r.document.is_dirty
    assert all(r.document.feature(i, "Proposal B") for i in ids)
    r.save()
    r.close()
    assert set(ids) <= set(read_project(project_in_folder).versions["Proposal B"].features)
    assert not lock_path_for(project_in_folder).exists()
    assert recovery.scan() == ([], [])


def test_deleted_folder_recovers_to_a_project_that_asks_where_to_save(tmp_path, monkeypatch):
    # The journal of a project on a read-only medium lives at home: the medium may be gone.
    from zoneeditor.io import session as session_mod

    medium = tmp_path / "usb"
    medium.mkdir()
    target = medium / "talks.gpkg"
    shutil.copyfile(sample_path(), target)
    with monkeypatch.context() as m:
        m.setattr(session_mod, "journal_path_for",
                  lambda p: Path("/proc/zoneeditor-no-such-dir") / (p.name + ".zej"))
        m.setattr(session_mod, "_lock_if_possible", lambda *a, **k: None)
        s = Session.open(target)
        ids = draw_zones(s, 2)
        abandon(s)
    shutil.rmtree(medium)
    (c,), _ = recovery.scan()
    assert c.file_missing
    r = Session.recover(c)
    assert r.needs_path and r.lock is None and r.document.is_dirty
    saved = r.save(tmp_path / "rescued.gpkg")
    r.close()
    assert set(ids) <= set(read_project(saved).versions["Proposal B"].features)
    assert not medium.exists()  # its folder was not recreated behind the user's back


# -- 3. recovery on a disk that is still full ------------------------------------------------
def test_recovery_on_a_full_disk_says_so_touches_nothing_and_works_once_freed(small_disk):
    project = small_disk.path / "talks.gpkg"
    shutil.copyfile(sample_path(), project)
    s = Session.open(project)
    ids = draw_zones(s, 12)
    abandon(s)
    jpath = journal_path_for(project)
    small_disk.fill()
    before = journal_bytes(jpath)
    candidates, damaged = recovery.scan()
    assert damaged == []  # an intact journal is never called damaged
    (c,) = candidates
    assert c.steps == 12
    with pytest.raises(recovery.RecoveryBlocked) as blocked:
        Session.recover(c)
    text = str(blocked.value)
    assert "full" in text and "free some space" in text and str(jpath) in text
    assert "rollback" not in text and "damaged" not in text
    assert journal_bytes(jpath) == before  # untouched: not set aside, no attempt counted
    (c2,), _ = recovery.scan()
    assert c2.attempts == 0
    small_disk.free()
    r = Session.recover(c2)
    assert all(r.document.feature(i, "Proposal B") for i in ids)
    r.close()


def test_recovery_that_runs_out_of_space_midway_gives_its_attempt_back(small_disk,
                                                                     monkeypatch):
    """The disk fills up between the room check and the rewrite of the journal: the failure
    is a full disk, not a damaged journal, and it does not use up the journal's tries."""
    project = small_disk.path / "talks.gpkg"
    shutil.copyfile(sample_path(), project)
    s = Session.open(project)
    ids = draw_zones(s, 30)
    abandon(s)
    (c,), _ = recovery.scan()
    monkeypatch.setattr(recovery, "check_space", lambda _path: None)  # passed, then it filled
    small_disk.fill(leave=48 * 1024)  # room for the attempt counter, not for a new base
    with pytest.raises(recovery.RecoveryBlocked, match="is full"):
        Session.recover(c)
    small_disk.free()
    (again,), damaged = recovery.scan()
    assert damaged == [] and again.attempts == 0 and again.steps == 30
    r = Session.recover(again)
    assert all(r.document.feature(i, "Proposal B") for i in ids)
    r.close()


# -- 4. save failures say why in one sentence ------------------------------------------------
def test_saving_on_a_full_disk_is_one_sentence_and_keeps_the_old_file(small_disk):
    project = small_disk.path / "talks.gpkg"
    shutil.copyfile(sample_path(), project)
    s = Session.open(project)
    draw_zones(s, 3)
    s.save()
    old = project.read_bytes()
    draw_zones(s, 3)
    small_disk.fill(leave=20_000)  # room for the journal's next record, not for a save
    with pytest.raises(WriteError) as err:
        s.save()
    text = str(err.value)
    assert "the disk is full" in text and "the previous file was kept" in text
    assert "sqlite3_exec" not in text and "CREATE" not in text and "\n" not in text
    assert project.read_bytes() == old
    assert not [p for p in small_disk.path.iterdir() if p.name.startswith(".talks.gpkg.")]
    small_disk.free()
    s.save()  # space again: the same session saves
    s.close()


def test_saving_on_a_read_only_disk_says_read_only(small_disk):
    project = small_disk.path / "talks.gpkg"
    shutil.copyfile(sample_path(), project)
    small_disk.read_only()  # a write-protected stick: opened, edited, then saved
    s = Session.open(project)
    assert s.lock is None and s.journal.path.parent == recovery.journals_dir()
    draw_zones(s, 1)
    with pytest.raises(WriteError) as err:
        s.save()
    assert "the disk is read-only" in str(err.value)
    assert "the previous file was kept" in str(err.value)
    s.close()


def test_saving_where_writing_is_not_allowed_says_so(unwritable_folder, tmp_path):
    s = Session.sample()
    with pytest.raises(WriteError) as err:
        s.save(unwritable_folder / "talks.gpkg")
    assert "not allowed to write in the folder" in str(err.value)
    assert "nothing was written" in str(err.value)
    s.close()


def test_saving_into_a_folder_that_is_gone_says_so_and_creates_nothing(project_in_folder):
    s = Session.open(project_in_folder, durable=False)
    shutil.rmtree(project_in_folder.parent)  # the stick was pulled
    with pytest.raises(WriteError, match="is no longer there"):
        s.save()
    assert not project_in_folder.parent.exists()


def test_exporting_to_a_full_disk_is_one_sentence(small_disk):
    from zoneeditor.io.exchange.export import export_versions
    from zoneeditor.testing.crash import big_project

    small_disk.fill(leave=150_000)
    with pytest.raises(WriteError) as err:
        export_versions(big_project(1, zones=600), ["agreed"], "gpkg",
                        small_disk.path / "out.gpkg")
    text = str(err.value)
    assert "the disk is full" in text and "nothing was replaced" in text
    assert "sqlite3_exec" not in text and "\n" not in text
    assert not list(small_disk.path.glob(".zoneeditor-export-*"))


# -- 5. what killed saves and exports leave behind -------------------------------------------
def test_leftovers_of_dead_writers_go_on_open_and_on_recovery(project_in_folder):
    folder = project_in_folder.parent
    dead = dead_pid()
    name = project_in_folder.name
    leftovers = [folder / f".{name}.zoneeditor-{dead}-abc.tmp",
                 folder / f".{name}.zoneeditor-{dead}-abc.tmp-journal"]
    for p in leftovers:
        p.write_bytes(b"half a save")
    staging = folder / f".zoneeditor-export-{dead}-xyz"
    staging.mkdir()
    (staging / "out_zones.shp").write_bytes(b"half an export")
    alive = folder / f".{name}.zoneeditor-{os.getpid()}-live.tmp"  # a save in progress
    alive.write_bytes(b"being written")
    s = Session.open(project_in_folder)
    assert not any(p.exists() for p in leftovers) and not staging.exists()
    assert alive.exists()
    draw_zones(s, 1)
    abandon(s)
    again = folder / f".{name}.zoneeditor-{dead}-def.tmp"
    again.write_bytes(b"half a save")
    (c,), _ = recovery.scan()
    Session.recover(c).close()
    assert not again.exists() and alive.exists()
    alive.unlink()


def test_old_style_leftovers_only_when_old(tmp_path):
    fresh = tmp_path / ".p.gpkg.abc123.tmp"
    old = tmp_path / ".p.gpkg.def456.tmp"
    for p in (fresh, old):
        p.write_bytes(b"x")
    os.utime(old, (1, 1))
    assert remove_leftovers(tmp_path, "p.gpkg") == [old]
    assert fresh.exists()


# -- the journal as recovery reads it ---------------------------------------------------------
def test_reading_a_journal_changes_none_of_its_bytes(project_in_folder):
    s = Session.open(project_in_folder)
    draw_zones(s, 5)
    jpath = s.journal.path
    abandon(s)
    before = journal_bytes(jpath)
    for _ in range(2):
        recovery.scan()
        with JournalReader(jpath) as reader:
            summary = reader.summary()
            reader.changes()
    assert journal_bytes(jpath) == before
    assert summary.steps == 5 and summary.last_label == "Add zone Zone 4"


# -- ending without questions ----------------------------------------------------------------
def test_close_keeping_unsaved_edits_leaves_them_for_the_next_start(project_in_folder):
    s = Session.open(project_in_folder)
    ids = draw_zones(s, 2)
    s.close(keep_unsaved=True)  # logout: nobody to ask
    assert not lock_path_for(project_in_folder).exists()
    (c,), _ = recovery.scan()  # offered even by this very process: it let go of it
    assert c.steps == 2
    assert c.released  # a quit that could not ask, not a crash (the dialog says which)
    r = Session.recover(c)
    assert all(r.document.feature(i, "Proposal B") for i in ids)
    r.save()
    r.close(keep_unsaved=True)  # nothing unsaved: nothing kept
    assert not journal_path_for(project_in_folder).exists()
    assert recovery.scan() == ([], [])


def test_an_undone_edit_is_neither_counted_nor_named_as_the_last(project_in_folder):
    """A tester drew zones 4 and 5, undid 5, was killed: the dialog said "3 — last: Add zone
    New zone 5", and the recovery brought back 2 edits without zone 5 (rightly)."""
    s = Session.open(project_in_folder)
    draw_zones(s, 3)
    s.document.history.undo()
    abandon(s)
    (c,), _ = recovery.scan()
    assert c.unsaved == 2 and c.last_label == "Add zone Zone 1"
    r = Session.recover(c)
    try:
        assert r.document.history.index == 2
        assert sorted(f.name for f in r.document.project.version("Proposal B")
                      if f.name.startswith("Zone ")) == ["Zone 0", "Zone 1"]
    finally:
        r.close()


def test_an_edit_made_after_undoing_a_saved_one_is_counted(project_in_folder):
    """Draw two zones, save, undo one, draw another, killed: the first count said "none
    since the last save" (a reviewer's finding); the file differs by two steps (the undone
    zone and the new one), and the new one is the last."""
    s = Session.open(project_in_folder)
    draw_zones(s, 2)
    s.save()
    s.document.history.undo()
    doc = s.document
    doc.history.push(edits.add_feature(doc.version, LayerKind.ZONES,
                                       box(39.0, 33.0, 39.03, 33.03), name="Other"))
    abandon(s)
    (c,), _ = recovery.scan()
    assert c.unsaved == 2 and c.last_label == "Add zone Other"
    r = Session.recover(c)
    try:
        names = sorted(f.name for f in r.document.project.version("Proposal B")
                       if f.name in ("Zone 0", "Zone 1", "Other"))
        assert names == ["Other", "Zone 0"] and r.document.is_dirty
    finally:
        r.close()
