"""A file's path, a file name or a server's address inside a translated sentence reads left to
right in an Arabic window: isolated (LRI … PDI, ``core.naming.path_text``), or the sentence's
direction turns it round. The Arabic "set aside" message showed the journal's path as
"…T110123/" (its slashes moved to the other end); ``support.path_isolation.bare_paths``
finds any path left bare in a sentence.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from support.path_isolation import bare_paths

from zoneeditor import i18n
from zoneeditor.core import edits
from zoneeditor.core.messages import Message
from zoneeditor.core.naming import strip_bidi
from zoneeditor.gui.import_dialog.reading import read_files
from zoneeditor.gui.lock_dialog import lock_message
from zoneeditor.gui.recovery_dialog import (
    RecoveryDialog,
    not_opened_text,
    recovered_text,
    startup_check,
)
from zoneeditor.gui.team_login_text import problem_text
from zoneeditor.gui.tool_messages import translated
from zoneeditor.io.journal import journal_path_for
from zoneeditor.io.lock import LockedError, LockInfo
from zoneeditor.io.recovery.replay import MAX_ATTEMPTS
from zoneeditor.io.session import Session
from zoneeditor.io.team.errors import ServerUnreachable
from zoneeditor.testing import crash as harness


@pytest.fixture(params=["ar", "ru"])
def language(request, qapp) -> str:
    """The window's language for the test, English again after it."""
    assert i18n.install(qapp, request.param) == request.param
    request.addfinalizer(lambda: i18n.install(qapp, "en"))
    return request.param


def _crash(project: Path, unsaved: int = 1) -> None:
    s = Session.open(project)
    doc = s.document
    doc.current_version = "Proposal B"
    doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"),
                                          notes="saved"))
    s.save()
    for i in range(unsaved):
        doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"),
                                              notes=f"note {i}"))
    harness.abandon(s)


def _answer(qtbot, button: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def act() -> None:
        w = QApplication.activeModalWidget()
        if not isinstance(w, RecoveryDialog):
            QTimer.singleShot(20, act)
            return
        getattr(w, button).click()

    QTimer.singleShot(0, act)


def _kept(project: Path) -> Path:
    kept = [p for p in project.parent.iterdir() if ".set-aside-" in p.name
            and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1, kept
    return kept[0]


@pytest.mark.parametrize("unsaved", [1, 0])
def test_the_set_aside_message_isolates_the_journals_path(qtbot, sample_copy, messages,
                                                         language, unsaved):
    _crash(sample_copy, unsaved)
    _answer(qtbot, "aside_button")
    assert startup_check(None) is None
    (_kind, _title, text), = messages
    kept = _kept(sample_copy)
    assert str(kept) in strip_bidi(text)
    assert bare_paths(text) == [], text


def test_a_journal_that_stopped_the_editor_before_is_named_isolated(sample_copy, messages,
                                                                   language):
    _crash(sample_copy)
    con = sqlite3.connect(journal_path_for(sample_copy))
    con.execute("INSERT OR REPLACE INTO info VALUES ('attempts', ?)",
                (str(MAX_ATTEMPTS),))
    con.commit()
    con.close()
    assert startup_check(None) is None
    (_kind, _title, text), = messages
    assert str(_kept(sample_copy)) in strip_bidi(text)
    assert bare_paths(text) == [], text


def test_an_unreadable_journal_is_named_isolated(sample_copy, messages, language):
    _crash(sample_copy)
    journal = journal_path_for(sample_copy)
    for extra in ("-wal", "-shm"):
        Path(str(journal) + extra).unlink(missing_ok=True)
    journal.write_bytes(b"not a journal at all" * 100)
    assert startup_check(None) is None
    text = messages[0][2]
    assert bare_paths(text) == [], text


def test_what_the_window_says_about_files_isolates_them(sample_copy, language):
    _crash(sample_copy)
    session = Session.recover(_candidate(sample_copy))
    try:
        said = [recovered_text(session), not_opened_text(sample_copy)]
    finally:
        session.close()
    owner = LockInfo(999_999_9, LockInfo.mine().host, "delegate-a", "2026-01-02T03:04:05Z")
    said += [lock_message(LockedError(sample_copy, owner)),
             lock_message(LockedError(sample_copy, None)),
             problem_text(ServerUnreachable(Message("no answer")), "cora@localhost:5432/team")]
    progress: list[str] = []
    read_files(_NoReading(), [str(sample_copy.with_name("zones.geojson"))], (0, 0, 1, 1), {},
               progress.append)
    said += progress
    for text in said:
        assert any(name in strip_bidi(text) for name in ("sample.gpkg", "cora@", "zones")), \
            text
        assert bare_paths(text) == [], text


def test_a_path_given_to_a_core_sentence_reads_left_to_right(language):
    """Core's sentences name journals and files by their whole path: the window isolates a
    path left to right even when its first folder has an Arabic name (first-strong isolation
    would lay it out right to left)."""
    path = "/home/مفاوض/مشاريع/sample.gpkg.zej"
    text = translated(Message("the journal %1 is damaged (%2)", path, "no table"))
    assert "\u2066" + path + "\u2069" in text
    assert bare_paths(text) == [], text


def _candidate(project: Path):
    from zoneeditor.io import recovery

    found = recovery.find_for(project.resolve())
    assert found is not None
    return found


class _NoReading:
    """A reader that reads nothing (only the progress sentence is looked at)."""

    def read(self, path, reference, taken, choices):
        from zoneeditor.core.errors import ReadError

        raise ReadError(path, Message("no such file or folder"))
