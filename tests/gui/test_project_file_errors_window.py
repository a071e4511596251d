"""File ▸ Open and Save as show why a file failed in the interface's words (the reader's and
writer's Messages, translated), never the system's strerror or a Python type name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from zoneeditor.core.messages import fill
from zoneeditor.core.naming import ltr


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    """(title, text) of every error box the window shows."""
    boxes: list[tuple[str, str]] = []

    def critical(_parent, title, text, *_args, **_kwargs):
        boxes.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return boxes


def test_opening_a_folder_says_so(editor, tmp_path, shown):
    folder = tmp_path / "maps.gpkg"
    folder.mkdir()
    assert not editor.files.open_path(folder)
    ((title, text),) = shown
    assert title == "Cannot open project"
    # the path is isolated left to right: an Arabic sentence does not move its "/" about
    assert text == f"The file {ltr(str(folder))} could not be opened.\n\nit is a folder, not a file"


def test_saving_under_a_file_names_it_without_the_systems_words(editor, tmp_path, shown,
                                                                 monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    blocker = tmp_path / "maps"
    blocker.write_text("a file where a folder was meant")
    target = blocker / "project.gpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not editor.files.save_as()
    ((title, text),) = shown
    assert title == "Cannot save project"
    text = "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")  # isolates
    assert f"{blocker} is a file, not a folder: choose another place; nothing was written" in text
    assert "Not a directory" not in text and "Errno" not in text


@pytest.mark.zoneeditor_lang("ru")
def test_the_reason_is_translated_in_a_russian_window(editor, tmp_path, shown):
    folder = tmp_path / "maps.gpkg"
    folder.mkdir()
    assert not editor.files.open_path(folder)
    ((_title, text),) = shown
    reason = QCoreApplication.translate("ToolMessages", "it is a folder, not a file")
    assert reason != "it is a folder, not a file", "needs the Russian translation"
    sentence = QCoreApplication.translate("MainWindow", "The file %1 could not be opened.\n\n%2")
    assert text == fill(sentence, (ltr(str(folder)), reason))


@pytest.mark.zoneeditor_lang("ar")
def test_a_path_in_an_arabic_sentence_reads_left_to_right(editor, tmp_path, shown,
                                                          monkeypatch):
    """"تعذر فتح الملف ‎/tmp/…/maps.gpkg" and not ".tmp/…/maps.gpkg/": the path is isolated
    left to right inside the right-to-left sentence, in the error box and the status bar."""
    folder = tmp_path / "maps.gpkg"
    folder.mkdir()
    assert not editor.files.open_path(folder)
    ((_title, text),) = shown
    assert ltr(str(folder)) in text
    from PySide6.QtWidgets import QFileDialog

    saved = tmp_path / "saved.gpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    assert editor.files.save_as()
    assert ltr(str(saved)) in editor.statusBar().currentMessage()


def test_saving_the_bundled_sample_offers_a_file_named_for_its_title(qtbot, tmp_path,
                                                                     monkeypatch):
    """The sample has no file of its own: Save as offered "project.gpkg" in the home folder
    (an outside tester), where Export and Print offer names built from the project."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QFileDialog

    from zoneeditor.gui.main_window import MainWindow
    from zoneeditor.io.session import Session

    monkeypatch.setenv("HOME", str(tmp_path))
    window = MainWindow(Session.sample(durable=False),
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    offered: list = []

    def ask(_parent, _caption, start, _filter):
        offered.append(start)
        return "", ""  # the user cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert not window.files.save_as()
    (start,) = offered
    assert start == str(tmp_path / "syria-de-escalation-zones-illustrative.gpkg")
