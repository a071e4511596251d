"""Atomic replacement: a failed or interrupted write leaves the old file whole.

The kill-while-saving proof is in tests/e2e/test_crash_recovery.py; these check the contract.
"""

from __future__ import annotations

import pytest
from conftest import point, project_with

from zoneeditor.core.errors import WriteError
from zoneeditor.io.atomic import atomic_path
from zoneeditor.io.project_file import read_project, write_project


def test_success_replaces_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp != target
        tmp.write_text("new")
        assert target.read_text() == "old"  # nobody sees the new file before it is whole
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_failure_keeps_old_file_and_cleans_up(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_nothing_written_is_an_error_not_an_empty_file(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    with pytest.raises(FileNotFoundError), atomic_path(target):
        pass
    assert target.read_text() == "old"


def test_keep_backup_holds_the_previous_version(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("v1")
    with atomic_path(target, keep_backup=True) as tmp:
        tmp.write_text("v2")
    with atomic_path(target, keep_backup=True) as tmp:
        tmp.write_text("v3")
    assert target.read_text() == "v3"
    assert (tmp_path / "a.txt.bak").read_text() == "v2"


def test_failed_project_write_keeps_the_old_project(tmp_path, monkeypatch):
    target = tmp_path / "p.gpkg"
    write_project(project_with(agreed=[point("p", "POINT (1 2)", name="Old")]), target)
    before = target.read_bytes()

    def broken(project, tmp):
        tmp.write_bytes(b"SQLite format 3\x00 half written")
        raise OSError("No space left on device")

    monkeypatch.setattr("zoneeditor.io.project_file._write", broken)
    with pytest.raises(WriteError, match=r"the disk is full: free some space or choose another "
                                         r"disk; the previous file was kept$"):
        write_project(project_with(agreed=[point("p", "POINT (1 2)", name="New")]), target)
    assert target.read_bytes() == before
    assert read_project(target).agreed.get("p").name == "Old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.gpkg"]


def test_a_set_moved_into_place_is_never_an_openable_mix_and_a_cut_move_is_finished(tmp_path):
    """A shapefile set cannot be renamed in one step. Killed in the middle of the move, the
    old set has already lost its .shp (nothing opens a mix of old and new), and the next
    clean-up finishes the move from the manifest."""
    import json
    import shutil

    import fiona

    from zoneeditor.io.atomic import MANIFEST, remove_leftovers
    from zoneeditor.io.exchange.export import export_versions
    from zoneeditor.testing.crash import big_project, dead_pid

    def names(folder):
        with fiona.open(folder / "out_zones.shp") as src:
            return sorted((r.properties["zid"], r.properties["name"]) for r in src)

    old, new = tmp_path / "old", tmp_path / "new"
    export_versions(big_project(1, zones=30), ["agreed"], "shp", old / "out.shp")
    export_versions(big_project(2, zones=20), ["agreed"], "shp", new / "out.shp")
    want = names(new)
    folder = tmp_path / "target"
    shutil.copytree(old, folder)
    staging = folder / f".zoneeditor-export-{dead_pid()}-abc"
    shutil.copytree(new, staging)
    order = sorted((p.name for p in staging.iterdir()), key=lambda n: n.endswith(".shp"))
    (staging / MANIFEST).write_text(json.dumps(order))
    # the kill came after the old .shp went and the new .dbf moved in, before the rest
    (folder / "out_zones.shp").unlink()
    (staging / "out_zones.dbf").replace(folder / "out_zones.dbf")
    with pytest.raises(Exception):  # noqa: B017 (any failure to open: nothing to open)
        names(folder)
    remove_leftovers(folder)
    assert names(folder) == want and not staging.exists()
