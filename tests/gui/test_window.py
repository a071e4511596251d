"""The main window: opens the sample, titles, attribute edits with undo, errors, versions."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu, QMessageBox

from zoneeditor.core.model import AGREED
from zoneeditor.gui import addons
from zoneeditor.gui.app import build_parser, create_window
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import Session


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    w = MainWindow(settings=settings)
    # pytest-qt closes widgets before fixture teardown: no "unsaved changes" question then
    qtbot.addWidget(w, before_close_func=lambda w: w.document.history.set_clean())
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def errors(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def test_opens_the_bundled_sample(window):
    doc = window.document
    assert window.session.path is None  # the sample is never saved over
    assert "zone-idlib" in doc.version.features
    assert "ILLUSTRATIVE" in window.windowTitle()
    assert not window.isWindowModified()
    combo = window.window_actions.version_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [AGREED, "Proposal B"]
    # the view shows the whole project
    x0, y0, x1, y1 = window.canvas.viewport.bounds
    for f in doc.version:
        b = f.geometry.bounds
        assert x0 <= b[0] and b[2] <= x1 and y0 <= b[1] and b[3] <= y1
    assert window.map_status.scale.text().startswith("\u20661:")  # left to right, isolated
    assert window.map_status.tool.text() == "Select"


def test_standard_shortcuts_are_used(window):
    from PySide6.QtGui import QKeySequence

    sk = QKeySequence.StandardKey
    acts = window.window_actions
    for act, key in ((acts.act_open, sk.Open), (acts.act_save, sk.Save),
                     (acts.act_save_as, sk.SaveAs), (acts.act_undo, sk.Undo),
                     (acts.act_redo, sk.Redo), (acts.act_zoom_in, sk.ZoomIn),
                     (acts.act_zoom_out, sk.ZoomOut)):
        assert act.shortcut() == QKeySequence(key).toString() or act.shortcut() == QKeySequence(
            key)


def test_attribute_edit_is_one_undoable_step(window, qtbot):
    window.editor.switch_version("Proposal B")
    window.selection.set({"zone-idlib"})
    panel = window.attributes_panel
    assert panel.name.text() == "Idlib" and not panel.name.isReadOnly()
    panel.name.setText("Idlib governorate")
    panel.name.editingFinished.emit()
    doc = window.document
    assert doc.feature("zone-idlib").name == "Idlib governorate"
    assert doc.history.labels[-1].startswith("Edit name")
    assert window.isWindowModified()
    assert window.history_panel.list.count() == 2
    # party through the combo of the project's parties
    i = panel.party.findData("Government")
    panel.party.setCurrentIndex(i)
    panel.party.activated.emit(i)
    assert doc.feature("zone-idlib").party == "Government"
    window.window_actions.act_undo.trigger()
    assert doc.feature("zone-idlib").party == "Opposition"
    window.window_actions.act_undo.trigger()
    assert doc.feature("zone-idlib").name == "Idlib"
    assert panel.name.text() == "Idlib"
    assert not window.isWindowModified()
    window.window_actions.act_redo.trigger()
    assert doc.feature("zone-idlib").name == "Idlib governorate"


def test_agreed_baseline_is_locked_by_default(window):
    assert window.document.current_version == AGREED
    window.selection.set({"zone-idlib"})
    panel = window.attributes_panel
    assert panel.name.isReadOnly() and not panel.party.isEnabled()
    panel.name.setText("Changed")
    panel.name.editingFinished.emit()
    assert window.document.feature("zone-idlib").name == "Idlib"
    assert window.document.history.labels == []
    window.layers_panel.baseline_locked.setChecked(False)
    assert not panel.name.isReadOnly()


def test_several_selected_features_edit_in_one_step(window):
    window.editor.switch_version("Proposal B")
    window.selection.set({"zone-idlib", "zone-hama"})
    panel = window.attributes_panel
    i = panel.status.findData("disputed")
    panel.status.setCurrentIndex(i)
    panel.status.activated.emit(i)
    doc = window.document
    assert doc.feature("zone-idlib").status == doc.feature("zone-hama").status == "disputed"
    assert len(doc.history.labels) == 1
    window.window_actions.act_undo.trigger()
    assert doc.feature("zone-idlib").status == "proposed"


def test_history_row_click_goes_to_that_step(window, qtbot):
    window.editor.switch_version("Proposal B")
    window.selection.set({"zone-idlib"})
    panel = window.attributes_panel
    for name in ("A", "B", "C"):
        panel.name.setText(name)
        panel.name.editingFinished.emit()
    hist = window.history_panel.list
    assert hist.count() == 4
    hist.itemClicked.emit(hist.item(1))
    assert window.document.history.index == 1
    assert window.document.feature("zone-idlib").name == "A"
    hist.itemClicked.emit(hist.item(0))
    assert window.document.feature("zone-idlib").name == "Idlib"


def test_broken_file_shows_an_error_and_keeps_the_window_usable(window, tmp_path, errors):
    bad = tmp_path / "garbage.gpkg"
    bad.write_bytes(os.urandom(4096))
    assert window.open_path(bad) is False
    assert len(errors) == 1
    _title, text = errors[0]
    assert "garbage.gpkg" in text and "Traceback" not in text
    assert "zone-idlib" in window.document.version.features  # still the sample
    before = window.canvas.viewport.ppd
    window.window_actions.act_zoom_in.trigger()
    assert window.canvas.viewport.ppd == pytest.approx(before * 2)


def test_broken_start_up_file_falls_back_to_the_sample(qtbot, tmp_path, errors):
    bad = tmp_path / "broken.gpkg"
    bad.write_bytes(b"not a geopackage at all")
    window, error = create_window(str(bad))
    qtbot.addWidget(window)
    assert error is not None and "broken.gpkg" in str(error)
    assert "zone-idlib" in window.document.version.features
    window.close()


def test_missing_file_is_reported(window, tmp_path, errors):
    assert window.open_path(tmp_path / "nope.gpkg") is False
    assert "nope.gpkg" in errors[0][1]


def test_open_and_save_round_trip(window, sample_copy, monkeypatch, tmp_path):
    assert window.open_path(sample_copy)
    assert window.session.path == sample_copy.resolve()
    assert window.windowTitle().startswith("sample.gpkg")
    window.editor.switch_version("Proposal B")
    window.selection.set({"post-morek"})
    window.attributes_panel.notes.setPlainText("moved 2 km north")
    window.attributes_panel._commit("notes", "moved 2 km north")
    assert window.isWindowModified()
    assert window.save()
    assert not window.isWindowModified()
    reread = read_project(sample_copy)
    assert reread.version("Proposal B").get("post-morek").attributes["notes"] == "moved 2 km north"
    assert str(sample_copy.resolve()) in window.settings.recent_files()


def test_first_save_of_the_sample_asks_where(window, monkeypatch, tmp_path):
    target = tmp_path / "my-copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "GeoPackage project (*.gpkg)"))
    assert window.save()
    assert window.session.path == (tmp_path / "my-copy.gpkg").resolve()
    assert (tmp_path / "my-copy.gpkg").exists()
    # read back independently (the window holds the file: a second Session is refused)
    assert read_project(tmp_path / "my-copy.gpkg").versions.keys() == {AGREED, "Proposal B"}


def test_close_with_unsaved_changes_can_be_cancelled(window, monkeypatch):
    window.editor.switch_version("Proposal B")
    window.selection.set({"zone-idlib"})
    window.attributes_panel._commit("name", "X")
    asked = []

    def answer(*a, **k):
        asked.append(a)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert window.close() is False
    assert asked and window.isVisible()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close() is True


def _new_proposal_named(window, text: str) -> tuple[str, bool]:
    """Version ▸ New proposal…, type ``text``: (the dialog's reason, OK enabled); OK is
    clicked when enabled, else the dialog is cancelled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from zoneeditor.gui.version_menu import VersionNameDialog

    seen: list[tuple[str, bool]] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, VersionNameDialog):
            QTimer.singleShot(20, handle)
            return
        dialog.edit.setText(text)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append((dialog.problem.text(), ok.isEnabled()))
        ok.click() if ok.isEnabled() else dialog.reject()

    QTimer.singleShot(0, handle)
    window.window_actions.act_new_proposal.trigger()
    return seen[0]


def test_new_proposal_and_version_switch(window):
    window.editor.switch_version("Proposal B")
    assert _new_proposal_named(window, "Proposal C") == ("", True)
    doc = window.document
    assert doc.current_version == "Proposal C"
    assert set(doc.version.features) == set(doc.project.version("Proposal B").features)
    combo = window.window_actions.version_combo
    assert combo.itemData(combo.currentIndex()) == "Proposal C"
    window.window_actions.act_undo.trigger()
    assert "Proposal C" not in doc.project.versions
    assert doc.current_version == AGREED
    assert [combo.itemData(i) for i in range(combo.count())] == [AGREED, "Proposal B"]


def test_delete_selected_respects_the_lock(window):
    window.selection.set({"post-morek"})
    window.window_actions.act_delete.trigger()
    assert window.document.feature("post-morek") is not None  # agreed is locked
    window.editor.switch_version("Proposal B")
    window.selection.set({"post-morek"})
    window.window_actions.act_delete.trigger()
    assert window.document.feature("post-morek") is None
    assert window.selection.ids == frozenset()
    window.window_actions.act_undo.trigger()
    assert window.document.feature("post-morek") is not None


def test_menus_for_addons(window):
    assert [window.menu(n).title().replace("&", "") for n in ("File", "Edit", "View")] == [
        "File", "Edit", "View"]
    extra = window.menu("Diff")
    actions = window.menuBar().actions()
    assert actions.index(extra.menuAction()) < actions.index(window.menu("Help").menuAction())
    assert window.menu("Diff") is extra


def test_every_addon_is_installed_in_its_place(window):
    """gui/addons.py installs each add-on by a direct import; File entries sit above Quit."""
    installed = window.addons
    file_actions = window.menu("File").actions()
    quit_at = file_actions.index(window.window_actions.act_quit)
    placed = [file_actions.index(a) for a in (installed.import_action, installed.export_action,
                                              installed.print_action)]
    assert placed == sorted(placed) and placed[-1] < quit_at
    assert file_actions[quit_at - 1].isSeparator()
    names = [d.objectName() for d in window.findChildren(QDockWidget)]
    assert len(names) == len(set(names)), names  # each dock once
    docks = set(names)
    assert {"dock_layersPanel", "dock_historyPanel", "dock_attributesPanel",
            "dock_problemsPanel", "dock_diffPanel"} <= docks
    assert installed.editing.problems.parent() is not None
    assert installed.changes.report is not None or installed.changes.wait() is not None


def test_a_failing_addon_is_an_error_not_a_status_line(qtbot, settings, monkeypatch):
    def broken(editor, window, canvas):
        raise RuntimeError("add-on bug")

    monkeypatch.setattr(addons.diff_panel, "install", broken)
    with pytest.raises(RuntimeError, match="add-on bug"):
        MainWindow(Session.sample(durable=False), settings=settings)


def test_a_dock_needs_a_name_to_be_remembered(window):
    from PySide6.QtWidgets import QLabel

    with pytest.raises(ValueError, match="objectName"):
        window.add_dock(QLabel("anonymous"), "Anonymous")
    named = QLabel("named")
    named.setObjectName("namedPanel")
    dock = window.add_dock(named, "Named")
    assert dock.objectName() == "dock_namedPanel"
    assert dock.toggleViewAction() in window.findChild(QMenu, "menuPanels").actions()


def test_session_changed_signal(window, sample_copy, qtbot):
    with qtbot.waitSignal(window.editor.session_changed) as blocker:
        window.open_path(sample_copy)
    assert blocker.args[0] is window.session


def test_last_view_is_remembered(qtbot, settings, sample_copy):
    w = MainWindow(Session.open(sample_copy), settings=settings)
    qtbot.addWidget(w, before_close_func=lambda w: w.document.history.set_clean())
    w.resize(900, 700)
    w.show()
    w.canvas.zoom_by(3.0)
    remembered = w.canvas.viewport
    w.close()
    w2 = MainWindow(settings=settings)
    qtbot.addWidget(w2)
    w2.open_path(sample_copy)
    assert w2.canvas.viewport.cx == pytest.approx(remembered.cx)
    assert w2.canvas.viewport.ppd == pytest.approx(remembered.ppd)
    w2.close()


def test_qt_options_with_values_are_not_taken_for_the_path():
    from zoneeditor.gui.app import split_qt_args

    ours, qt = split_qt_args(["-geometry", "1600x1000+0+0", "proj.gpkg", "-reverse", "--lang",
                              "ar"])
    assert ours == ["proj.gpkg", "--lang", "ar"]
    assert qt == ["-geometry", "1600x1000+0+0", "-reverse"]


def test_parser_leaves_room_for_other_options():
    args, rest = build_parser().parse_known_args(["proj.gpkg", "-platform", "offscreen"])
    assert args.path == "proj.gpkg" and rest == ["-platform", "offscreen"]


def test_redo_answers_every_platform_binding(window):
    """Redo keeps all of the platform's standard bindings, not only the first."""
    from PySide6.QtGui import QKeySequence

    bound = {s.toString() for s in window.window_actions.act_redo.shortcuts()}
    expected = {s.toString() for s in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)}
    assert bound == expected and len(bound) >= 1
    assert [s.toString() for s in window.window_actions.act_delete.shortcuts()] == ["Del"]


def test_an_edit_the_journal_cannot_keep_is_a_message_not_a_crash(window):
    """Disk full: the journal refuses, the edit is not applied, the user reads why."""
    from zoneeditor.core.errors import WriteError

    class FullDisk:
        def append(self, changeset, origin):
            raise WriteError("talks.gpkg.zej", "the edit could not be made safe on disk (full)")

    window.editor.switch_version("Proposal B")
    window.selection.set({"zone-idlib"})
    window.document.journal = FullDisk()
    panel = window.attributes_panel
    panel.name.setText("Idlib governorate")
    panel.name.editingFinished.emit()  # would raise out of the slot if not caught
    assert window.document.feature("zone-idlib").name == "Idlib"
    assert window.document.history.labels == []
    assert "made safe on disk" in window.statusBar().currentMessage()


@pytest.mark.parametrize("name", ["proposal b", "PROPOSAL B", "Agreed", "  "])
def test_a_new_proposal_may_not_take_a_name_in_use_in_other_letters(window, name):
    """A tester made "proposal b" beside "Proposal B" (two look-alike proposals at the
    table), and an empty name closed the dialog with an English status line."""
    before = list(window.document.project.versions)
    problem, ok = _new_proposal_named(window, name)
    assert problem and not ok
    assert list(window.document.project.versions) == before


def test_the_view_is_remembered_once_it_rests_without_a_close(qtbot, settings, sample_copy):
    """A tester killed the window (a crash) and, recovered, found the map elsewhere: the
    view was remembered only by a normal close."""
    from zoneeditor.gui.main_window import VIEW_REST_MS
    from zoneeditor.gui.settings import Settings

    w = MainWindow(Session.open(sample_copy), settings=settings)
    qtbot.addWidget(w, before_close_func=lambda w: w.document.history.set_clean())
    w.resize(900, 700)
    w.show()
    qtbot.waitUntil(lambda: w.is_ready, timeout=10_000)
    w.canvas.zoom_by(3.0)
    moved = w.canvas.viewport
    qtbot.wait(VIEW_REST_MS + 300)
    view = Settings(settings).last_view(w.session.path)  # no close: as after a crash
    assert view is not None and view.cx == pytest.approx(moved.cx)
    assert view.ppd == pytest.approx(moved.ppd)
