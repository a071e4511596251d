"""An unexpected error in the import dialog's reading step is said in the dialog, in one
translated sentence, and the dialog stays usable. A tester's dialog stayed empty after
File ▸ Import… (an ImportError in the reading step went to the log), and "Check again"
did nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from zoneeditor.core.document import Document
from zoneeditor.gui.import_dialog import ImportDialog
from zoneeditor.gui.import_dialog.reading import ExchangeReading
from zoneeditor.gui.tool_messages import error_text
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path

BAD = Path(__file__).parents[1] / "data" / "bad"
FILE = str(BAD / "swapped_latlon.geojson")


class FailingOnce(ExchangeReading):
    """Reads as the window does, but the first call of ``fails`` raises ``error``."""

    def __init__(self, fails: str, error: Exception) -> None:
        self.fails, self.error = fails, error

    def _fail_once(self, step: str) -> None:
        if step == self.fails and self.error is not None:
            error, self.error = self.error, None
            raise error

    def region(self, project):
        self._fail_once("region")
        return super().region(project)

    def read(self, path, reference, taken_ids, choices):
        self._fail_once("read")
        return super().read(path, reference, taken_ids, choices)


@pytest.mark.parametrize("step", ["region", "read"])
def test_an_unexpected_error_is_one_sentence_and_check_again_reads(qtbot, step):
    error = ImportError("cannot import name 'suggested_encoding'")
    dialog = ImportDialog(Document(read_project(sample_path())), None, [FILE],
                          reading=FailingOnce(step, error))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    sentence = error_text(error)
    assert sentence == "An unexpected error occurred: ImportError: cannot import name " \
                       "'suggested_encoding'"
    assert dialog.state_label.text() == sentence
    assert not dialog.progress.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.problem_texts() == []  # not a file that "cannot be read": our error
    assert dialog.check_button.isEnabled()

    dialog.check_button.click()  # "Check again": the dialog is still usable
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results), timeout=60_000)
    assert dialog.state_label.text() != sentence
    assert any("latitude and longitude look swapped" in row for row in dialog.problem_texts())


def test_the_sentence_is_in_the_interface_language(qtbot, qapp):
    from zoneeditor import i18n

    assert i18n.install(qapp, "ar") == "ar"
    try:
        dialog = ImportDialog(Document(read_project(sample_path())), None, [FILE],
                              reading=FailingOnce("read", ImportError("no module named x")))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
        assert dialog.state_label.text().startswith("حدث خطأ غير متوقع: ")
    finally:
        i18n.install(qapp, "en")


def test_the_traceback_goes_to_the_log_never_to_the_user(qtbot):
    """The sentence names the error; where it happened is in the application's error log
    (the one the command line writes, ``io.error_log``)."""
    from zoneeditor.io.error_log import error_log_path

    error = ImportError("no module named y")
    dialog = ImportDialog(Document(read_project(sample_path())), None, [FILE],
                          reading=FailingOnce("read", error))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    assert "Traceback" not in dialog.state_label.text()
    log = error_log_path().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "ImportError: no module named y" in log and "in _fail_once" in log


def test_a_refused_import_is_said_and_not_logged(qtbot):
    """A reason the user can act on (a ZoneEditorError) is no bug: nothing is logged."""
    from zoneeditor.io.error_log import error_log_path

    dialog = ImportDialog(Document(read_project(sample_path())), None, [FILE])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results), timeout=60_000)
    dialog.proposal_name.setText("Proposal B")  # exists: import into it, not a copy
    dialog.agreed_radio.setChecked(True)
    dialog.document.project.versions.pop("agreed")  # the baseline is gone meanwhile
    dialog.on_import()
    assert dialog.summary_label.text() == "the project has no agreed baseline"
    assert not error_log_path().exists()
