"""The testers' kit's safety nets and helpers, as a tester's own folder meets them: static
dialogs nobody answers fail at once, ``answering`` presses a dialog's button, status
messages are plain and kept, screenshots show the dialogs, the offscreen platform's noise is
dropped (docs/testing.md)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from zoneeditor.testing.driver import DriverError, UnexpectedDialog


def test_the_status_message_is_plain_text_and_every_message_is_kept(editor, qtbot):
    """A tester's `drive.message` kept U+2068/U+2069 where `drive.changes` strips them, and a
    slow test read '' once the message timed out."""
    drive = editor.map
    drive.version("Proposal B")
    assert drive.message == "Showing Proposal B"
    editor.statusBar().showMessage("Added zone \u2068New zone 1\u2069", 50)
    qtbot.waitUntil(lambda: drive.message == "")
    assert drive.messages[-2:] == ["Showing Proposal B", "Added zone New zone 1"]
    drive.clear_messages()
    assert drive.messages == []
    editor.statusBar().showMessage("later")
    assert drive.messages == ["later"]


def _delete_action(editor):
    return editor.findChild(type(editor.window_actions.act_undo), "action_delete_version")


def test_answering_presses_the_named_button_of_an_exec_question(editor):
    """Deleting a version took a tester 30 lines of QTimer polling."""
    drive = editor.map
    drive.version("Proposal B")
    with drive.answering("delete") as answer:  # any case; the button reads "Delete"
        _delete_action(editor).trigger()
    assert answer.title == "Delete version"
    assert "Proposal B" in answer.text
    assert "Proposal B" not in list(drive.document.project.versions)
    drive.undo()  # the editor has the keys again
    assert "Proposal B" in list(drive.document.project.versions)


def test_answering_a_button_the_dialog_lacks_names_its_buttons_and_closes_it(editor):
    drive = editor.map
    drive.version("Proposal B")
    lacks = r"no button 'Remove' \(its buttons: .*'Delete'"
    with pytest.raises(DriverError, match=lacks), drive.answering("Remove"):
        _delete_action(editor).trigger()
    assert drive.dialog is None
    assert "Proposal B" in list(drive.document.project.versions)


def test_answering_when_no_dialog_opens_says_so(editor):
    with pytest.raises(DriverError, match="no modal dialog opened"), editor.map.answering("OK"):
        editor.map.idle()


def test_an_unpatched_static_file_dialog_fails_at_once_naming_it(editor, qtbot):
    """File > Open without patching QFileDialog hung a tester's run until a timeout. The
    kit cancels it (nothing raised in the window's slot) and the step fails at once."""
    drive = editor.map
    with qtbot.capture_exceptions() as in_slots, pytest.raises(
            UnexpectedDialog, match=r"QFileDialog\.getOpenFileName\('Open project'"):
        drive.key("Ctrl+O")
    assert in_slots == []
    assert drive.dialog is None
    assert QApplication.activeModalWidget() is None


def test_a_patch_of_the_test_or_its_conftest_wins_over_the_guard(editor, monkeypatch,
                                                                unexpected_dialogs):
    """This project's conftest answers static message boxes in tests/gui; a test's own
    patch, made after the window, wins too."""
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: asked.append(a[1]) or ("", "")))
    editor.map.key("Ctrl+O")
    assert asked == ["Open project"]
    QMessageBox.question(editor, "Asked", "by the conftest's patch")
    assert unexpected_dialogs == [("question", "Asked")]
    assert editor.map.guard.opened == []


def test_answering_also_answers_a_static_box(editor):
    """Inside `answering`, a static function the guard stands in for opens for real."""
    drive = editor.map
    with drive.answering("Cancel") as answer:
        QFileDialog.getOpenFileName(editor, "Pick one", "")
    assert answer.title == "Pick one"
    assert drive.guard.opened == []


def test_a_screenshot_shows_the_dialogs_and_makes_its_folder(editor, tmp_path):
    """A tester's screenshot left the Export dialog out, and one into a missing folder
    failed with 'could not write …' alone."""
    drive = editor.map
    drive.key("Ctrl+E")  # File > Export…: window-modal, opened with open()
    export = drive.dialog
    assert export is not None
    path = drive.screenshot(tmp_path / "no" / "such" / "shot.png")
    shot = QImage(str(path))
    alone = editor.grab().toImage()
    assert shot.width() >= alone.width() and shot.height() >= alone.height()
    # where the dialog lies over the window, the picture shows the dialog, not the window
    inside = export.geometry().center() - editor.geometry().topLeft()
    dialog_pixels = export.grab().toImage()
    at = export.geometry().center() - export.geometry().topLeft()
    offset = editor.geometry().topLeft() - _union_top_left(editor, export)
    assert shot.pixel(inside + offset) == dialog_pixels.pixel(at)
    drive.key("Escape", widget=export)


def _union_top_left(*windows) -> QPoint:
    return QPoint(min(w.geometry().left() for w in windows),
                  min(w.geometry().top() for w in windows))


def test_the_offscreen_platforms_warnings_are_not_captured(editor, qtlog):
    """They failed the docs' example under qt_log_level_fail = WARNING in a tester's folder
    and filled every failure's captured messages."""
    editor.raise_()
    editor.setMinimumWidth(editor.minimumWidth() + 1)
    editor.map.idle()
    said = [r.message for r in qtlog.records]
    assert not [m for m in said if "This plugin does not support" in m], said


TESTERS_FOLDER = '''
def test_the_docs_example_under_warnings_fail(editor):
    editor.raise_()                      # offscreen: "This plugin does not support raise()"
    editor.map.version("Proposal B")


def test_a_timeout_is_given(editor, request):
    marker = request.node.get_closest_marker("timeout")
    assert (marker.args, marker.kwargs) == ((120,), {"method": "thread"})


def test_drawing_on_the_locked_baseline(editor):
    drive = editor.map
    drive.show(37.9, 33.9, 38.4, 34.4)
    drive.tool("Z")
    drive.click(38.0, 34.0)
    assert len(drive.features("zones")) == 99


def test_open_without_patching(editor):
    editor.map.key("Ctrl+O")


def test_open_triggered_without_the_driver(editor):
    editor.window_actions.act_open.trigger()   # no driver step after it


def test_open_triggered_then_an_assert(editor):
    editor.window_actions.act_open.trigger()
    assert editor.document.current_version == "Proposal B"
'''


def _run(folder, *args, env_extra=None):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=400)


def test_a_testers_folder_gets_the_safety_nets_and_a_report_of_the_window(tmp_path):
    """In a tester's folder (no conftest) a failure showed an assert and a long repr, while
    the cause was in the status bar; an unpatched File > Open hung the run; the offscreen
    platform's warnings failed the docs' example under qt_log_level_fail = WARNING."""
    (tmp_path / "pytest.ini").write_text("[pytest]\nqt_log_level_fail = WARNING\n")
    (tmp_path / "test_tester.py").write_text(TESTERS_FOLDER, encoding="utf-8")
    shots = tmp_path / "shots"
    run = _run(tmp_path, "test_tester.py", f"--zoneeditor-shots={shots}")
    out = run.stdout
    assert "4 failed, 2 passed" in out, out[-4000:] + run.stderr[-2000:]
    assert "This plugin does not support" not in out
    assert "800x800" not in out  # the kit's own screen: nothing to warn about
    locked = out.split("test_drawing_on_the_locked_baseline ___")[1].split("\n___")[0]
    report = locked.split(" zoneeditor window ")[1]
    assert "status bar: 'The agreed baseline is locked" in report
    assert "shown version: 'agreed'" in report
    assert "active tool: Draw zone" in report
    assert "modal dialog: none" in report
    assert (shots / "test_drawing_on_the_locked_baseline.png").is_file()
    assert f"screenshot: {shots / 'test_drawing_on_the_locked_baseline.png'}" in report
    opened = out.split("test_open_without_patching ___")[1].split("\n___")[0]
    refused = "the window opened QFileDialog.getOpenFileName('Open project'"
    assert f"UnexpectedDialog: {refused}" in opened
    assert "Exceptions caught in Qt event loop" not in out
    directly = out.split("test_open_triggered_without_the_driver ___")[1].split("\n___")[0]
    assert refused in directly
    then = out.split("test_open_triggered_then_an_assert ___")[1]
    assert ("unanswered dialog (cancelled by the kit): QFileDialog.getOpenFileName("
            "'Open project'") in then


def test_plain_offscreen_is_said_in_the_header(tmp_path):
    """Plain QT_QPA_PLATFORM=offscreen gives Qt's 800 x 800 screen without a word."""
    (tmp_path / "test_nothing.py").write_text("def test_nothing():\n    pass\n")
    run = _run(tmp_path, "--co", env_extra={"QT_QPA_PLATFORM": "offscreen"})
    assert "QT_QPA_PLATFORM=offscreen gives Qt's 800x800 screen" in run.stdout, run.stdout


def test_the_widgets_the_docs_name_are_there(editor, qtbot, tmp_path):
    """A tester found the Attributes, Layers and Export widgets by probing; the docs name
    them now, and the Export example of docs/testing.md runs as written."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QSlider

    for kind, name in ((QLineEdit, "attrName"), (QLineEdit, "attrNameLocal"),
                       (QComboBox, "attrKind"), (QComboBox, "attrParty"),
                       (QCheckBox, "baselineLocked"), (QCheckBox, "visible_zones"),
                       (QCheckBox, "lock_points"), (QSlider, "opacity_lines")):
        assert editor.findChild(kind, name) is not None, name
    drive = editor.map
    drive.version("Proposal B")
    assert {row[1] for row in drive.changes.rows} <= {"added", "modified", "removed"}
    drive.key("Ctrl+E")
    export = drive.dialog
    formats = export.findChild(QComboBox, "exportFormat")     # by code: shp gpkg geojson kml
    formats.setCurrentIndex(formats.findData("geojson"))
    export.findChild(QLineEdit, "exportTarget").setText(str(tmp_path / "out.geojson"))
    with qtbot.waitSignal(export.exported, timeout=30000):
        export.findChild(QPushButton, "exportButton").click()
    assert (tmp_path / "out.geojson").is_file()
    assert "verified" in drive.messages[-1]
    drive.key("Escape", widget=export)


def test_a_dialog_is_named_without_directional_marks(qapp):
    from zoneeditor.testing.modal import describe

    box = QMessageBox(QMessageBox.Icon.Warning, "Delete version",
                      "Delete the proposal \u2068Proposal B\u2069?")
    assert describe(box) == "QMessageBox 'Delete version' saying 'Delete the proposal Proposal B?'"
