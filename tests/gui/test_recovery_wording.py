"""The recovery question says what is really at stake: unsaved edits, or only the undo history
of a session whose edits were all saved; its title fits; the window says what came back."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from zoneeditor import i18n
from zoneeditor.core import edits
from zoneeditor.core.naming import path_text
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.gui.recovery_dialog import RecoveryDialog, recovered_text, startup_check
from zoneeditor.io import recovery
from zoneeditor.io.session import Session
from zoneeditor.testing import crash as harness

#: The project's file name as a sentence names it: isolated left to right (``path_text``).
SAMPLE = path_text("sample.gpkg")


def crash_after(project, unsaved: int) -> None:
    """Open ``project``, edit, save, make ``unsaved`` more edits, and 'crash'."""
    s = Session.open(project)
    doc = s.document
    doc.current_version = "Proposal B"
    doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"),
                                          name_local="إدلب 2"))
    doc.history.push(edits.delete_features(doc.version, ["post-rastan"]))
    s.save()
    for i in range(unsaved):
        doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"),
                                              notes=f"note {i}"))
    harness.abandon(s)


def answer(qtbot, button: str, seen: list) -> None:
    """When the recovery dialog opens, keep it in ``seen`` and click ``button``."""

    def act() -> None:
        w = QApplication.activeModalWidget()
        if not isinstance(w, RecoveryDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(w)
        seen.append({label.objectName(): label.text() for label in w.findChildren(QLabel)})
        getattr(w, button).click()

    QTimer.singleShot(0, act)


def window_on(session, qtbot, tmp_path) -> MainWindow:
    window = MainWindow(session, settings=QSettings(str(tmp_path / "s.ini"),
                                                    QSettings.Format.IniFormat))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.history.set_clean())
    return window


def test_nothing_unsaved_offers_the_undo_history_not_lost_work(qtbot, sample_copy, tmp_path,
                                                               messages):
    crash_after(sample_copy, unsaved=0)
    seen: list = []
    answer(qtbot, "recover_button", seen)
    session = startup_check(None)
    dialog, texts = seen
    assert dialog.history_only
    assert dialog.windowTitle() == "Restore undo history"
    assert "Nothing was lost" in texts["recoveryHead"]
    assert "was kept and can be restored" not in texts["recoveryHead"]
    assert "none since the last save" in texts["recoveryDetails"]
    assert "2 steps, restored with the project" in texts["recoveryDetails"]
    assert dialog.recover_button.text() == "&Reopen with undo history"
    assert session is not None and messages == []
    window = window_on(session, qtbot, tmp_path)
    assert not window.isWindowModified()  # the file holds it all
    assert window.statusBar().currentMessage() == (
        "Reopened " + SAMPLE + " with its undo history (ZoneEditor did not close normally; "
        "nothing was lost)")
    window.window_actions.act_undo.trigger()  # the history came back: the save can be undone
    assert window.document.feature("post-rastan") is not None
    assert window.isWindowModified()


def test_starting_without_the_history_keeps_it_aside_and_says_so(qtbot, sample_copy, messages):
    crash_after(sample_copy, unsaved=0)
    seen: list = []
    answer(qtbot, "aside_button", seen)
    assert startup_check(None) is None
    assert seen[0].aside_button.text() == "Start &without it"
    (kind, title, text), = messages
    assert kind == "information" and title == "Undo history set aside"
    assert "undo history of " + SAMPLE + " was kept" in text and "unsaved edits" not in text
    assert recovery.scan() == ([], [])


def test_unsaved_edits_are_asked_for_and_counted_once_back(qtbot, sample_copy, tmp_path,
                                                          messages):
    crash_after(sample_copy, unsaved=2)
    seen: list = []
    answer(qtbot, "recover_button", seen)
    session = startup_check(None)
    dialog, texts = seen
    assert not dialog.history_only and dialog.windowTitle() == "Recover unsaved work"
    assert "was kept and can be restored" in texts["recoveryHead"]
    assert dialog.recover_button.text() == "&Recover"
    window = window_on(session, qtbot, tmp_path)
    assert window.isWindowModified()
    assert window.statusBar().currentMessage() == (
        "Recovered 2 unsaved edits of " + SAMPLE + " — save to keep them")


def test_a_logout_is_not_called_a_crash(qtbot, sample_copy, tmp_path, messages):
    """A logout or shutdown (SIGTERM) is a normal quit that could not ask: the unsaved edits
    wait in the journal, and the next start said "ZoneEditor did not close normally" as
    after a crash (an outside tester)."""
    s = Session.open(sample_copy)
    doc = s.document
    doc.current_version = "Proposal B"
    doc.history.push(edits.set_attributes(doc.version, doc.feature("zone-idlib"),
                                          notes="before the logout"))
    s.close(keep_unsaved=True)
    seen: list = []
    answer(qtbot, "recover_button", seen)
    session = startup_check(None)
    dialog, texts = seen
    assert dialog.windowTitle() == "Recover unsaved work"
    assert "did not close normally" not in texts["recoveryHead"]
    assert "logout or shutdown" in texts["recoveryHead"]
    assert "can be restored" in texts["recoveryHead"]
    assert session is not None
    assert session.document.feature("zone-idlib", "Proposal B").attributes["notes"] == \
        "before the logout"
    session.document.history.set_clean()
    session.close()
    # after a crash it still says so
    crash_after(sample_copy, unsaved=1)
    (candidate,), _ = recovery.scan()
    assert not candidate.released


def test_one_unsaved_edit_is_said_in_the_singular(sample_copy):
    crash_after(sample_copy, unsaved=1)
    (candidate,), _ = recovery.scan()
    session = Session.recover(candidate)
    try:
        assert recovered_text(session) == (
            "Recovered 1 unsaved edit of " + SAMPLE + " — save to keep it")
    finally:
        session.close()
    assert recovered_text(Session.sample(durable=False)) == ""  # not recovered: nothing said


def test_file_open_says_what_was_recovered(qtbot, sample_copy, tmp_path, messages):
    window = window_on(None, qtbot, tmp_path)
    crash_after(sample_copy, unsaved=2)

    # the dead editor's lock is taken without a question: the recovery question says why
    answer(qtbot, "recover_button", [])
    assert window.open_path(sample_copy)
    assert window.statusBar().currentMessage() == (
        "Recovered 2 unsaved edits of " + SAMPLE + " — save to keep them")


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
@pytest.mark.parametrize("unsaved", [0, 2])
def test_the_title_fits_the_title_bar(qtbot, qapp, sample_copy, unsaved, lang):
    assert i18n.install(qapp, lang) == lang
    try:
        _title_fits(qtbot, sample_copy, unsaved)
    finally:
        i18n.install(qapp, "en")


class LongButtons(QTranslator):
    """A language whose button words are long (as Russian's are beside English)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "RecoveryDialog" and source in ("&Recover", "&Reopen with undo history"):
            return "&Reopen the project together with everything it held"
        return None


def test_long_button_words_are_not_squeezed(qtbot, qapp, sample_copy):
    words = LongButtons()
    QCoreApplication.installTranslator(words)
    try:
        _title_fits(qtbot, sample_copy, 0)
    finally:
        QCoreApplication.removeTranslator(words)


def _title_fits(qtbot, sample_copy, unsaved: int) -> None:
    crash_after(sample_copy, unsaved=unsaved)
    (candidate,), _ = recovery.scan()
    dialog = RecoveryDialog(candidate)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    bold = QFont(dialog.font())
    bold.setBold(True)
    title = f"{dialog.windowTitle()} — {QGuiApplication.applicationDisplayName()}"
    assert dialog.width() >= QFontMetrics(bold).horizontalAdvance(title) + 100
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    for button in (dialog.recover_button, dialog.aside_button, dialog.later_button):
        assert button.width() >= button.sizeHint().width(), button.text()  # none squeezed


def test_edits_recovered_once_and_never_saved_are_still_unsaved(qtbot, sample_copy, tmp_path,
                                                                messages):
    # Recovered, not saved, and the editor died again before any new edit: the journal's
    # base now holds those edits. Nothing "had been saved": the question is about work.
    crash_after(sample_copy, unsaved=2)
    (candidate,), _ = recovery.scan()
    harness.abandon(Session.recover(candidate))
    (again,), _ = recovery.scan()
    assert again.edits == 0 and again.base_unsaved == 2 and not again.only_history
    seen: list = []
    answer(qtbot, "recover_button", seen)
    session = startup_check(None)
    dialog, texts = seen
    assert not dialog.history_only and dialog.windowTitle() == "Recover unsaved work"
    assert "<td>2</td>" in texts["recoveryDetails"]
    assert "none since the last save" not in texts["recoveryDetails"]
    window = window_on(session, qtbot, tmp_path)
    assert window.isWindowModified()
    assert window.statusBar().currentMessage() == (
        "Recovered 2 unsaved edits of " + SAMPLE + " — save to keep them")


@pytest.mark.parametrize("lang", ["ar", "ru"])
def test_the_last_edit_is_dated_as_in_english(qapp, lang, monkeypatch):
    """The date was the system's long format (English month names in an Arabic or Russian
    dialog); it is numeric now, digits 0-9, the same in every interface language."""
    from PySide6.QtCore import QLocale

    from zoneeditor.gui.recovery_dialog import local_time

    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.German))
    english = local_time("2026-12-01T21:09:41Z")
    assert i18n.install(qapp, lang) == lang
    try:
        assert local_time("2026-12-01T21:09:41Z") == english
    finally:
        i18n.install(qapp, "en")
    assert re.fullmatch(r"2026-12-0[12] [0-2][0-9]:[0-5][0-9]", english, flags=re.ASCII)
