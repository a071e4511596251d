"""The system's refusals in our words (``io.os_errors``), and library texts never passed on
(``io.plain_errors``)."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from zoneeditor.core.messages import Message
from zoneeditor.io.os_errors import os_reason
from zoneeditor.io.plain_errors import plain_reason


@pytest.mark.parametrize(("code", "sentence"), [
    (errno.ENOSPC, "the disk is full"),
    (errno.EDQUOT, "your share of the disk (quota) is used up"),
    (errno.EACCES, "permission denied"),
    (errno.EPERM, "permission denied"),
    (errno.EROFS, "the disk is read-only"),
    (errno.ENOENT, "no such file or folder"),
    (errno.EISDIR, "it is a folder, not a file"),
    (errno.ENOTDIR, "a part of the path is a file, not a folder"),
    (errno.EEXIST, "a file of that name already exists"),
    (errno.EIO, "the disk could not be read or written (input/output error)"),
    (errno.EMFILE, "too many files are open at once"),
    (errno.ENAMETOOLONG, "the file name is too long"),
])
def test_common_codes_get_a_sentence_of_ours(code, sentence):
    reason = os_reason(OSError(code, os.strerror(code), "/data/x.gpkg"))
    assert isinstance(reason, Message) and reason == sentence and reason.template == sentence


def test_an_unknown_code_is_named_by_its_number_not_the_systems_words():
    reason = os_reason(OSError(errno.E2BIG, "Argument list too long"))
    assert reason.template == "the operating system refused (error %1)"
    assert reason.args == (str(errno.E2BIG),) and "Argument" not in reason


def test_subclasses_raised_without_a_code_still_say_what_they_mean():
    assert os_reason(FileNotFoundError("no journal at /x")) == "no such file or folder"
    assert os_reason(PermissionError("nope")) == "permission denied"
    assert os_reason(OSError("something")).template == "the file could not be used"


def test_real_failures_of_the_file_system(tmp_path):
    (tmp_path / "a file").write_text("x")
    with pytest.raises(OSError) as caught:
        (tmp_path / "a file" / "inside.gpkg").write_text("x")
    assert os_reason(caught.value) == "a part of the path is a file, not a folder"
    with pytest.raises(OSError) as caught:
        (tmp_path / ("n" * 300 + ".gpkg")).write_text("x")
    assert os_reason(caught.value) == "the file name is too long"
    with pytest.raises(OSError) as caught:
        (tmp_path / "a file").mkdir()
    assert os_reason(caught.value) == "a file of that name already exists"


def test_plain_reason_never_passes_a_library_text_on():
    gdal = RuntimeError("GDAL Error: sqlite3_exec(CREATE TABLE rtree_x ...) failed: some "
                        "words GDAL chose")
    reason = plain_reason(gdal)
    assert reason.template == "its contents cannot be read" and "GDAL" not in reason
    fallback = Message("it is malformed")
    assert plain_reason(ValueError("could not convert string to float: 'x'"), fallback) is fallback
    known = plain_reason(sqlite3.DatabaseError("database disk image is malformed"))
    assert known.template == "the database is damaged"
    full = plain_reason(OSError(errno.ENOSPC, "No space left on device"))
    assert full.template == "the disk is full"
    digits = plain_reason(ValueError("Exceeds the limit (4300 digits) for integer string "
                                     "conversion"))
    assert digits.template == "a number in it has more digits than any real value (over %1)"
    assert digits.args == ("4,300",)


def test_our_own_message_raised_inside_a_library_call_is_kept():
    ours = Message("a geometry is not stored as a GeoPackage geometry")
    assert plain_reason(ValueError(ours)) is ours
