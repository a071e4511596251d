"""Why a project cannot be opened or saved is a Message (translatable in the window) with the
file's details as arguments, never the system's or SQLite's own words."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from zoneeditor.core.errors import ReadError, WriteError
from zoneeditor.core.messages import Message
from zoneeditor.io import write_errors
from zoneeditor.io.project_file import read_project, write_project
from zoneeditor.io.session import Session, sample_path

SYSTEM_WORDS = ("Not a directory", "No such file", "Errno", "sqlite3", "OperationalError",
                "No space left", "Read-only file system", "Permission denied")


def _clean(text: str) -> None:
    assert not any(word in text for word in SYSTEM_WORDS), text


@pytest.mark.parametrize(("make", "template"), [
    (lambda p: p.mkdir(), "it is a folder, not a file"),
    (lambda p: p.write_bytes(b""), "the file is empty (0 bytes)"),
    (lambda p: p.write_text("<html>oops</html>"),
     "not a GeoPackage (it is not an SQLite database)"),
    (lambda p: None, "no such file"),
])
def test_a_file_that_is_no_project(tmp_path, make, template):
    path = tmp_path / "project.gpkg"
    make(path)
    with pytest.raises(ReadError) as caught:
        read_project(path)
    assert isinstance(caught.value.reason, Message) and caught.value.reason.template == template
    assert caught.value.message.args == (str(path), caught.value.reason)


def test_an_sqlite_file_that_is_no_zoneeditor_project(tmp_path):
    path = tmp_path / "other.gpkg"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE things (a)")
    con.commit()
    con.close()
    with pytest.raises(ReadError) as caught:
        read_project(path)
    assert caught.value.reason.template.startswith("not a zoneeditor project")


def test_saving_where_a_file_stands_in_for_the_folder(tmp_path):
    session = Session.sample()
    try:
        blocker = tmp_path / "maps"
        blocker.write_text("a file, not a folder")
        with pytest.raises(WriteError) as caught:
            session.save(blocker / "project.gpkg")
    finally:
        session.close()
    reason = caught.value.reason
    assert reason.template == "%1 is a file, not a folder: choose another place; %2"
    assert reason.args == (str(blocker), write_errors.NOTHING_WRITTEN)
    _clean(str(caught.value))


def test_writing_under_a_file_directly(tmp_path):
    blocker = tmp_path / "maps"
    blocker.write_text("x")
    with pytest.raises(WriteError) as caught:
        write_project(read_project(sample_path()), blocker / "project.gpkg")
    assert caught.value.reason.template == "%1 is a file, not a folder: choose another place; %2"
    _clean(str(caught.value))


def test_saving_over_the_bundled_sample_is_refused_in_words():
    session = Session.sample()
    try:
        with pytest.raises(WriteError) as caught:
            session.save(sample_path())
    finally:
        session.close()
    assert caught.value.reason.template == ("the bundled sample is read-only: save it under "
                                            "another name")


@pytest.mark.parametrize(("code", "template"), [
    (errno.ENOSPC, "the disk is full: free some space or choose another disk; %1"),
    (errno.EDQUOT, "the disk is full: free some space or choose another disk; %1"),
    (errno.EROFS, "the disk is read-only (write-protected, or mounted read-only): choose "
                  "another place; %1"),
    (errno.EACCES, "you are not allowed to write in the folder %1: choose another folder or "
                   "ask for write permission; %2"),
    (errno.ENOTDIR, "%1 is a file, not a folder: choose another place; %2"),
])
def test_disk_failures_are_explained_by_their_code(tmp_path, code, template):
    exc = OSError(code, "the system's own words", str(tmp_path / "x.gpkg"))
    reason = write_errors.explain(exc, tmp_path / "x.gpkg")
    assert isinstance(reason, Message) and reason.template == template
    assert reason.args[-1] is write_errors.KEPT_PREVIOUS
    assert "system's own words" not in reason


def test_a_library_failure_of_no_known_cause_is_said_in_our_words(tmp_path):
    gdal = RuntimeError("GDAL Error: sqlite3_exec(INSERT INTO gpkg_contents ...) failed: "
                        "Failed to write record: {'zid': 'x'}")
    reason = write_errors.explain(gdal, tmp_path / "x.gpkg", kept=write_errors.NOTHING_REPLACED)
    assert reason.template == "%1; %2"
    assert reason.args == ("the file could not be written", "nothing was replaced")
    assert reason.args[0].template == "the file could not be written"
    other = write_errors.explain(OSError(errno.EIO, "Input/output error"), tmp_path / "x.gpkg")
    assert other.args[0].template == ("the disk could not be read or written (input/output "
                                      "error)")


def test_a_journal_that_cannot_be_made_keeps_its_message(tmp_path):
    from zoneeditor.io.journal import Journal

    blocker = tmp_path / "journals"
    blocker.write_text("x")
    with pytest.raises(WriteError) as caught:
        Journal(blocker / "p.gpkg.zej")
    reason = caught.value.reason
    assert reason.template == "cannot open the edit journal — %1"
    assert isinstance(reason.args[0], Message)
    _clean(str(caught.value))


def test_the_reason_survives_a_read_in_the_sandbox(tmp_path):
    from zoneeditor.io.sandbox import read_project_untrusted

    path = tmp_path / "old.gpkg"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE zoneeditor_meta (key TEXT, value TEXT)")
    con.execute("CREATE TABLE zoneeditor_versions (name TEXT, slug TEXT, position INT)")
    con.execute("INSERT INTO zoneeditor_meta VALUES ('format_version', '99')")
    con.commit()
    con.close()
    with pytest.raises(ReadError) as caught:
        read_project_untrusted(path)
    reason = caught.value.reason
    assert isinstance(reason, Message)
    assert reason.template == "made by a newer zoneeditor (format %1); please upgrade"
    assert reason.args == ("99",)


def test_sentences_are_the_english_the_cli_prints(tmp_path):
    with pytest.raises(ReadError) as caught:
        read_project(tmp_path / "gone.gpkg")
    assert str(caught.value) == f"cannot read {tmp_path / 'gone.gpkg'}: no such file"
    assert Path(caught.value.path) == tmp_path / "gone.gpkg"
