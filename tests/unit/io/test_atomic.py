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
