"""Version ▸ Rename…, Duplicate…, Delete…, Make this proposal the agreed baseline…: asked and
confirmed as a user would, each one undoable step; the title bar names the version shown;
``zoneeditor PATH:VERSION`` and a reopened project show the right version."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from support.window import close_quietly

from zoneeditor.core.model import AGREED
from zoneeditor.gui.version_menu import VersionNameDialog, name_problem

#: What the dialogs saw (texts), filled by ``answer``.
Seen = list[str]


def answer(handle: Callable[[QWidget], None], seen: Seen | None = None) -> None:
    """Handle the next modal dialog (a name dialog or a confirmation) when it shows."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, poll)
            return
        if seen is not None:
            if isinstance(box, QMessageBox):
                seen.append(f"{box.text()}\n{box.informativeText()}")
            elif isinstance(box, VersionNameDialog):
                seen.append(box.edit.text())
        handle(box)

    QTimer.singleShot(0, poll)


def type_name(name: str) -> Callable[[QWidget], None]:
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, VersionNameDialog)
        dialog.edit.setText(name)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return handle


def press(text: str) -> Callable[[QWidget], None]:
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
        button.click()
    return handle


def run(window, qtbot, action) -> None:
    """Choose a menu entry; once its dialogs are answered the window is active again, with
    the map focused (the keys that follow reach it)."""
    action.trigger()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert QApplication.focusWidget() is window.canvas


def versions(window) -> list[str]:
    return list(window.document.project.versions)


def combo(window) -> list[str]:
    box = window.window_actions.version_combo
    return [box.itemData(i) for i in range(box.count())]


def menu_texts(window) -> list[str]:
    return [("---" if a.isSeparator() else a.text().replace("&", ""))
            for a in window.menu("Version").actions()]


def test_the_version_menu_lists_the_entries_then_the_versions(editor, qtbot):
    assert menu_texts(editor) == [
        # Merge from file… and Table this proposal… come from the merge and sync add-ons
        "New proposal…", "Merge from file…", "Table this proposal…",
        "Rename…", "Duplicate…", "Delete…",
        "Make this proposal the agreed baseline…", "---", "Agreed baseline", "Proposal B"]
    menu = editor.addons.versions
    # The baseline is shown: it keeps its name, cannot be deleted nor promoted.
    assert [a.isEnabled() for a in menu.actions] == [False, True, False, False]
    editor.map.version("Proposal B")
    assert [a.isEnabled() for a in menu.actions] == [True, True, True, True]
    assert "Proposal B" in menu.act_delete.statusTip()


def test_the_title_bar_names_the_version_shown(editor, qtbot):
    assert editor.windowTitle() == "syria-deescalation.gpkg[*] — Agreed baseline — ZoneEditor"
    editor.map.version("Proposal B")
    assert "— Proposal B —" in editor.windowTitle()
    assert not editor.isWindowModified()  # switching is not an edit


def test_rename_is_one_undoable_step_and_the_title_follows(editor, qtbot):
    editor.map.version("Proposal B")
    seen: Seen = []
    answer(type_name("Proposal B2"), seen)
    run(editor, qtbot, editor.addons.versions.act_rename)
    assert seen == ["Proposal B"]  # the dialog offered the current name
    assert versions(editor) == [AGREED, "Proposal B2"] == combo(editor)
    assert editor.document.current_version == "Proposal B2"
    assert "— Proposal B2 —" in editor.windowTitle() and editor.isWindowModified()
    assert editor.document.history.labels[-1] == "Rename Proposal B to Proposal B2"
    editor.map.undo()
    assert versions(editor) == [AGREED, "Proposal B"]
    assert "— Proposal B —" in editor.windowTitle()
    editor.map.redo()
    assert versions(editor) == [AGREED, "Proposal B2"]


def test_the_name_dialog_says_why_a_name_cannot_be_used(qtbot):
    existing = [AGREED, "Proposal B"]
    dialog = VersionNameDialog("Rename", "New name:", "Proposal B", existing,
                               renaming="Proposal B")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # unchanged: nothing to do
    for text, says in (("", "needs a name"), ("AGREED", "name of the baseline"),
                       ("x" * 81, "at most 80"), (" Proposal  B ", None)):
        dialog.edit.setText(text)
        if says is None:
            assert not ok.isEnabled()  # the same name once cleaned: unchanged
        else:
            assert says in dialog.problem.text() and not ok.isEnabled()
    for text in ("Plan C", "proposal b"):  # a new name, or the case changed
        dialog.edit.setText(text)
        assert ok.isEnabled() and dialog.problem.text() == ""
    assert "already" in name_problem(existing, "proposal B")
    problem = name_problem([AGREED, "Agreed until 2025-03-14"], "agreed until 2025-03-14")
    assert "Agreed until 2025-03-14" in problem  # the version it clashes with, by its title


def test_duplicate_shows_the_copy_after_the_original(editor, qtbot):
    editor.map.version("Proposal B")
    seen: Seen = []
    answer(type_name("Proposal B, Idlib variant"), seen)
    run(editor, qtbot, editor.addons.versions.act_duplicate)
    assert seen == ["Proposal B (copy)"]
    assert versions(editor) == [AGREED, "Proposal B", "Proposal B, Idlib variant"]
    doc = editor.document
    assert doc.current_version == "Proposal B, Idlib variant"
    assert set(doc.version.features) == set(doc.project.version("Proposal B").features)
    assert doc.history.labels[-1] == "Duplicate Proposal B as Proposal B, Idlib variant"
    editor.map.undo()
    assert versions(editor) == [AGREED, "Proposal B"]


def test_duplicating_the_baseline_suggests_a_free_name(editor, qtbot):
    answer(type_name("Agreed baseline (copy)"))
    run(editor, qtbot, editor.addons.versions.act_duplicate)
    seen: Seen = []
    answer(lambda dialog: dialog.reject(), seen)
    editor.map.version(AGREED)
    run(editor, qtbot, editor.addons.versions.act_duplicate)
    assert seen == ["Agreed baseline (copy) 2"]
    assert versions(editor) == [AGREED, "Agreed baseline (copy)", "Proposal B"]


def test_delete_asks_first_and_undo_brings_it_back_in_its_place(editor, qtbot):
    doc = editor.document
    editor.map.version("Proposal B")
    features = set(doc.version.features)
    seen: Seen = []
    answer(press("Cancel"), seen)
    run(editor, qtbot, editor.addons.versions.act_delete)
    assert "Proposal B" in seen[0] and "12 features?" in seen[0] and "Undo" in seen[0]
    assert versions(editor) == [AGREED, "Proposal B"]  # cancelled: nothing happened
    answer(press("Delete"))
    run(editor, qtbot, editor.addons.versions.act_delete)
    assert versions(editor) == [AGREED] == combo(editor)
    assert doc.current_version == AGREED
    assert "Agreed baseline" in editor.windowTitle()
    editor.map.undo()
    assert versions(editor) == [AGREED, "Proposal B"]
    assert set(doc.project.version("Proposal B").features) == features


def test_promote_says_what_happens_to_the_old_baseline(editor, qtbot):
    doc = editor.document
    editor.map.version("Proposal B")
    old_agreed = dict(doc.project.version(AGREED).features)
    proposed = [f.id for f in doc.version if f.status == "proposed"]
    seen: Seen = []
    answer(press("Make agreed baseline"), seen)
    editor.addons.versions.on_promote(today="2025-03-14")
    qtbot.waitUntil(editor.isActiveWindow, timeout=3000)
    text = seen[0]
    assert "Make Proposal B the agreed baseline?" in text.replace("\u2068", "").replace(
        "\u2069", "")
    assert "Agreed until 2025-03-14" in text  # where the old baseline goes
    assert len(proposed) > 1
    assert f"{len(proposed)} features marked proposed will be marked agreed" in text
    assert "1 disputed feature stays disputed" in text  # English's plural forms
    assert versions(editor) == [AGREED, "Agreed until 2025-03-14"] == combo(editor)
    assert doc.current_version == AGREED
    assert "— Agreed baseline —" in editor.windowTitle()
    assert dict(doc.project.version("Agreed until 2025-03-14").features) == old_agreed
    assert all(doc.feature(i).status == "agreed" for i in proposed)
    assert doc.history.labels[-1] == "Make Proposal B the agreed baseline"
    assert "Agreed until 2025-03-14" in editor.statusBar().currentMessage()
    editor.map.undo()  # one step restores both versions
    assert versions(editor) == [AGREED, "Proposal B"]
    assert dict(doc.project.version(AGREED).features) == old_agreed
    assert all(doc.feature(i, "Proposal B").status == "proposed" for i in proposed)


def test_promote_cancelled_changes_nothing(editor, qtbot):
    editor.map.version("Proposal B")
    answer(press("Cancel"))
    run(editor, qtbot, editor.addons.versions.act_promote)
    assert versions(editor) == [AGREED, "Proposal B"]
    assert not editor.document.history.can_undo


# -- which version a window opens on -------------------------------------------------------------
@pytest.fixture
def start(qtbot, tmp_path, monkeypatch):
    """``start(path, version)``: the window ``zoneeditor PATH[:VERSION]`` opens."""
    from zoneeditor.gui import app, settings

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(settings, "QSettings", lambda *a: store)
    windows = []

    def make(path, version=None):
        window, error = app.create_window(str(path), version)
        assert error is None
        windows.append(window)
        return window

    yield make
    for w in windows:
        close_quietly(w)


def test_path_version_opens_on_that_version(start, sample_copy):
    window = start(sample_copy, "Proposal B")
    assert window.document.current_version == "Proposal B"
    assert "— Proposal B —" in window.windowTitle()
    assert window.window_actions.version_combo.currentData() == "Proposal B"


def test_a_project_reopens_on_the_version_last_shown(start, sample_copy):
    window = start(sample_copy)
    assert window.document.current_version == AGREED
    window.editor.switch_version("Proposal B")
    window.close()  # nothing was changed: nothing saved, no question
    again = start(sample_copy)
    assert again.document.current_version == "Proposal B"
    assert "— Proposal B —" in again.windowTitle()
    again.close()
    assert start(sample_copy, AGREED).document.current_version == AGREED  # PATH:VERSION wins


def test_the_file_keeps_the_version_shown_when_saved(start, sample_copy, tmp_path):
    from zoneeditor.io.project_file import read_project

    window = start(sample_copy)
    window.editor.switch_version("Proposal B")
    window.save()
    assert read_project(sample_copy).meta.shown_version == "Proposal B"


def test_zoneeditor_path_version_hands_the_version_to_the_window(monkeypatch, sample_copy):
    import zoneeditor.__main__ as entry
    from zoneeditor.gui import app

    calls = []
    monkeypatch.setattr(app, "run", lambda argv, version=None: calls.append((argv, version)))
    entry.main(["--lang", "ru", f"{sample_copy}:proposal b"])  # any case, as the CLI
    assert calls == [(["--lang", "ru", str(sample_copy)], "Proposal B")]
    entry.main([str(sample_copy)])
    assert calls[-1] == ([str(sample_copy)], None)  # no version: the one last shown
