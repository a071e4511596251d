"""Closing with unsaved changes: Save, Discard and Cancel each do the right thing, and a
closed window leaves no journal or lock behind (nothing to offer as a crash next time)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from zoneeditor.core import edits
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.io import recovery
from zoneeditor.io.journal import journal_path_for
from zoneeditor.io.lock import lock_path_for
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import Session


@pytest.fixture
def window(qtbot, sample_copy, tmp_path):
    w = MainWindow(Session.open(sample_copy),
                   settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    doc = w.document
    doc.current_version = "Proposal B"
    doc.history.push(edits.set_attributes(doc.version, doc.feature("post-morek"),
                                          name="نقطة مورك الجديدة"))
    yield w
    if w.isVisible():  # a test that left it open: close without the question
        w.document.history.set_clean()
        w.close()


def answer(monkeypatch, button):
    asked: list[str] = []

    def question(parent, title, text, *a, **k):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_cancel_keeps_the_window_the_edits_and_the_journal(window, monkeypatch, sample_copy):
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert "sample.gpkg" in asked[0] and "unsaved changes" in asked[0]
    assert window.document.feature("post-morek").name == "نقطة مورك الجديدة"
    assert journal_path_for(sample_copy).exists()  # still protected against a crash
    assert lock_path_for(sample_copy).exists()


def test_discard_closes_without_saving_and_leaves_nothing(window, monkeypatch, sample_copy):
    before = sample_copy.read_bytes()
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.close()
    assert sample_copy.read_bytes() == before
    assert not journal_path_for(sample_copy).exists()
    assert not lock_path_for(sample_copy).exists()
    assert recovery.scan() == ([], [])


def test_save_writes_the_file_then_closes(window, monkeypatch, sample_copy):
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert window.close()
    saved = read_project(sample_copy)
    assert saved.versions["Proposal B"].get("post-morek").name == "نقطة مورك الجديدة"
    assert not journal_path_for(sample_copy).exists()
    assert not lock_path_for(sample_copy).exists()


def test_no_question_when_nothing_changed(window, monkeypatch, sample_copy):
    window.document.history.undo()
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.close()
    assert asked == []
    assert not journal_path_for(sample_copy).exists()


def test_a_failed_save_keeps_the_window_open(window, monkeypatch, sample_copy):
    from zoneeditor.core.errors import WriteError

    answer(monkeypatch, QMessageBox.StandardButton.Save)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a, **k: errors.append(text))

    def full_disk(project, path, keep_backup=False, **kwargs):
        raise WriteError(str(path), "No space left on device")

    monkeypatch.setattr("zoneeditor.io.session.write_project", full_disk)
    assert not window.close()
    assert window.isVisible()
    assert "sample.gpkg" in errors[0] and "No space left" in errors[0]
    assert window.document.is_dirty
    assert journal_path_for(sample_copy).exists()  # the edits are still safe on disk
