"""A quit the system asks for (SIGTERM at logout or shutdown, the session manager's quit) is a
normal quit without questions: unsaved edits stay in the journal for the next start, the lock
is released. And the recovery dialog in issue 13's situations (missing file, moved folder,
full disk)."""

from __future__ import annotations

import os
import shutil
import signal

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from zoneeditor.core import edits
from zoneeditor.core.naming import path_text
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.gui.recovery_dialog import RecoveryDialog, recover
from zoneeditor.gui.session_end import SessionEnd
from zoneeditor.io import recovery
from zoneeditor.io.journal import journal_path_for
from zoneeditor.io.lock import lock_path_for
from zoneeditor.io.session import Session, sample_path
from zoneeditor.testing.crash import abandon


@pytest.fixture
def window(qtbot, sample_copy, tmp_path):
    w = MainWindow(Session.open(sample_copy),
                   settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w.show()
    qtbot.waitExposed(w)
    w.wait_background()
    yield w
    if w.isVisible():
        w.document.history.set_clean()
        w.close()
    w.deleteLater()


@pytest.fixture
def ending(qapp, window):
    e = SessionEnd(qapp, window)
    yield e
    e.uninstall()


def rename_idlib(window) -> None:
    doc = window.document
    doc.current_version = "Proposal B"
    doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"),
                                          name="Idlib (renamed before logout)"))


def test_sigterm_with_unsaved_edits_keeps_them_and_releases_the_lock(
        qtbot, window, ending, sample_copy, unexpected_dialogs):
    rename_idlib(window)
    assert window.isWindowModified()
    os.kill(os.getpid(), signal.SIGTERM)  # what a logout or shutdown sends
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert unexpected_dialogs == []  # no "Save changes?" holding up the logout
    assert not lock_path_for(sample_copy).exists()
    assert journal_path_for(sample_copy).exists()
    (c,), _ = recovery.scan()  # the next start offers the edit
    assert c.project_path == sample_copy.resolve() and c.steps == 1
    r = Session.recover(c)
    assert r.document.feature("zone-idlib", "Proposal B").name == \
        "Idlib (renamed before logout)"
    assert r.document.current_version == "Proposal B"
    r.close()


def test_sigterm_with_nothing_unsaved_is_a_plain_quit(qtbot, window, ending, sample_copy,
                                                      unexpected_dialogs):
    rename_idlib(window)
    window.save()
    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert unexpected_dialogs == []
    assert not lock_path_for(sample_copy).exists()
    assert not journal_path_for(sample_copy).exists()
    assert recovery.scan() == ([], [])


def test_session_manager_quit_closes_without_asking(qtbot, window, ending, sample_copy,
                                                    unexpected_dialogs):
    rename_idlib(window)
    ending.session_manager_quit()  # commitDataRequest ...
    window.close()  # ... then Qt's quit closes the windows
    assert not window.isVisible() and unexpected_dialogs == []
    assert not lock_path_for(sample_copy).exists()
    assert len(recovery.scan()[0]) == 1


def test_a_cancelled_logout_asks_again_on_the_next_quit(qtbot, window, ending, sample_copy,
                                                        unexpected_dialogs):
    from PySide6.QtWidgets import QWidget

    rename_idlib(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    ending.session_manager_quit()
    logout_screen = QWidget()  # the desktop's logout prompt takes the focus ...
    qtbot.addWidget(logout_screen)
    logout_screen.show()
    logout_screen.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=5000)
    logout_screen.close()
    window.activateWindow()  # ... the logout is cancelled; the user is back
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.close()  # a quit of the user's own: "Save changes?" (answered Discard here)
    assert unexpected_dialogs == [("question", "Unsaved changes")]
    assert not journal_path_for(sample_copy).exists()


def test_sigterm_while_a_dialog_is_open_still_ends(qtbot, window, ending, sample_copy):
    from PySide6.QtCore import QTimer

    rename_idlib(window)
    QTimer.singleShot(50, lambda: os.kill(os.getpid(), signal.SIGTERM))
    box = QMessageBox(QMessageBox.Icon.Question, "Something", "A question nobody answers",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                      window)
    box.exec()  # the signal arrives while this modal loop runs
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert not lock_path_for(sample_copy).exists() and journal_path_for(sample_copy).exists()


# -- the recovery dialog in issue 13's situations -------------------------------------------
def crashed(project, n: int = 2) -> recovery.Candidate:
    s = Session.open(project)
    doc = s.document
    doc.current_version = "Proposal B"
    for i in range(n):
        doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"),
                                              notes=f"note {i}"))
    abandon(s)
    return s


def test_dialog_says_the_file_is_gone(qtbot, sample_copy):
    crashed(sample_copy)
    sample_copy.unlink()
    (c,), _ = recovery.scan()
    dialog = RecoveryDialog(c)
    qtbot.addWidget(dialog)
    label = dialog.findChild(type(dialog.details), "fileMissingWarning")
    assert label is not None and "no longer there" in label.text()
    assert dialog.findChild(type(dialog.details), "fileChangedWarning") is None


def test_dialog_says_where_a_moved_project_now_is(qtbot, sample_copy, tmp_path):
    crashed(sample_copy)
    moved = tmp_path / "moved"
    moved.mkdir()
    for p in sample_copy.parent.glob(sample_copy.name + "*"):
        shutil.move(str(p), str(moved / p.name))
    c = recovery.find_for((moved / sample_copy.name).resolve())
    dialog = RecoveryDialog(c)
    qtbot.addWidget(dialog)
    note = dialog.findChild(type(dialog.details), "movedNote")
    assert note is not None and str(moved) in note.text()


def test_full_disk_offers_retry_and_recovers_once_space_is_free(qtbot, small_disk,
                                                                monkeypatch):
    project = small_disk.path / "talks.gpkg"
    shutil.copyfile(sample_path(), project)
    crashed(project, 3)
    (c,), _ = recovery.scan()
    small_disk.fill()
    asked: list[str] = []

    def answer(parent, title, text, buttons, default):
        asked.append(text)
        if len(asked) == 1:
            return QMessageBox.StandardButton.Retry  # still full: asked again
        small_disk.free()  # the user deleted something, then Retry
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "warning", answer)
    session = recover(None, c)
    assert session is not None and len(asked) == 2
    assert "disk holding" in asked[0] and "is full" in asked[0] and "Nothing was changed" in \
        asked[0]
    assert session.document.feature("zone-idlib", "Proposal B").attributes["notes"] == "note 2"
    session.close()


def test_full_disk_cancel_leaves_the_edits_for_the_next_start(qtbot, small_disk, monkeypatch):
    project = small_disk.path / "talks.gpkg"
    shutil.copyfile(sample_path(), project)
    crashed(project)
    (c,), _ = recovery.scan()
    small_disk.fill()
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert recover(None, c) is None
    small_disk.free()
    (again,), damaged = recovery.scan()
    assert damaged == [] and again.attempts == 0 and again.steps == 2


def test_lock_message_for_a_file_open_in_this_editor(qtbot, sample_copy):
    from zoneeditor.gui.lock_dialog import make_box
    from zoneeditor.io.lock import LockedError

    s = Session.open(sample_copy)
    try:
        with pytest.raises(LockedError) as err:
            Session.open(sample_copy)
        box = make_box(None, err.value)
        qtbot.addWidget(box)
        assert box.text() == path_text("sample.gpkg") + " is already open in this ZoneEditor."
        assert box.findChild(type(box.buttons()[0]), "takeOverButton") is None
    finally:
        s.close()
