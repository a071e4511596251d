"""The print dialog: live preview follows the options, exports and printing write real files."""

from __future__ import annotations

import re
import subprocess

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter

from zoneeditor import i18n
from zoneeditor.core.model import AGREED
from zoneeditor.gui.print_dialog import EXTENT_SCALE, PrintDialog
from zoneeditor.i18n.values import version_title
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path

VIEW = (36.0, 34.6, 37.2, 35.6)  # around Idlib and Hama, as if the canvas showed that


@pytest.fixture(scope="module")
def project():
    return read_project(sample_path())


@pytest.fixture
def dialog(qtbot, project):
    d = PrintDialog(project, "Proposal B", VIEW)
    qtbot.addWidget(d)
    d.basemap_check.setChecked(False)  # faster; the basemap has its own tests
    d.refresh_now()
    return d


def _aspect(d) -> float:
    image = d.preview.image
    assert image is not None and not image.isNull(), d.preview.message
    return image.width() / image.height()


def test_preview_shows_the_page_and_follows_orientation(qtbot, dialog):
    assert dialog.orientation_box.currentData() is True
    assert _aspect(dialog) == pytest.approx(420 / 297, rel=0.02)
    dialog.orientation_box.setCurrentIndex(dialog.orientation_box.findData(False))
    qtbot.waitUntil(lambda: _aspect(dialog) < 1, timeout=5000)
    assert _aspect(dialog) == pytest.approx(297 / 420, rel=0.02)
    assert dialog.pdf_button.isEnabled() and dialog.print_button.isEnabled()
    assert "28E8-62E2-AD83" in dialog.status.text()


def test_typing_a_title_repaints_once_the_typing_pauses(qtbot, dialog):
    before = dialog.preview.image.copy()
    qtbot.keyClicks(dialog.title_edit, " - round 4")  # QtTest types ASCII only
    qtbot.waitUntil(lambda: dialog.preview.image != before, timeout=5000)
    assert dialog.options().title.endswith("round 4")


def test_fixed_scale_is_what_the_page_says(qtbot, dialog):
    assert not dialog.scale_box.isEnabled()
    dialog.extent_box.setCurrentIndex(dialog.extent_box.findData(EXTENT_SCALE))
    assert dialog.scale_box.isEnabled()
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData(500_000))
    qtbot.waitUntil(lambda: "1:500,000" in dialog.page_label.text(), timeout=5000)


def test_export_pdf_writes_the_sheet_with_the_typed_texts(tmp_path, dialog):
    dialog.title_edit.setText("Talks round 4 — northern sector")
    dialog.banner_edit.setText("DRAFT — not for distribution")
    dialog.refresh_now()
    written = dialog.export_to(tmp_path / "sheet.pdf")
    assert written == [tmp_path / "sheet.pdf"]
    text = subprocess.run(["pdftotext", str(written[0]), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Talks round 4 — northern sector" in text
    assert "DRAFT — not for distribution" in text
    info = subprocess.run(["pdfinfo", str(written[0])], capture_output=True, text=True).stdout
    w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert w == pytest.approx(1190.55, abs=0.5) and h == pytest.approx(841.89, abs=0.5)


def test_per_zone_png_export_writes_one_image_per_zone(tmp_path, dialog):
    dialog.per_zone_check.setChecked(True)
    dialog.dpi_spin.setValue(72)
    dialog.refresh_now()
    assert "of 6" in dialog.page_label.text()
    dialog.page_spin.setValue(4)
    dialog.refresh_now()
    assert "Eastern Ghouta" in dialog.page_label.text()
    written = dialog.export_to(tmp_path / "zones.png")
    assert [p.name for p in written] == [f"zones-{i}.png" for i in range(1, 7)]
    assert all(p.stat().st_size > 10_000 for p in written)


def test_printing_goes_through_qprinter(tmp_path, dialog):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    info = subprocess.run(["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True,
                          text=True).stdout
    assert re.search(r"Pages:\s+1\b", info)
    assert "(A3)" in info


def test_an_impossible_sheet_says_why_and_disables_output(qtbot, project):
    empty = project.copy()
    empty.versions["Empty"] = empty.versions[AGREED].copy("Empty")
    empty.versions["Empty"].features.clear()
    d = PrintDialog(empty, "Empty", None)
    qtbot.addWidget(d)
    assert d.preview.image is None
    assert "nothing to print" in d.preview.message
    assert not d.pdf_button.isEnabled() and not d.print_button.isEnabled()


def test_diff_overlay_is_printed_when_chosen(qtbot, tmp_path, dialog):
    dialog.diff_box.setCurrentIndex(dialog.diff_box.findData(AGREED))
    dialog.refresh_now()
    assert dialog.preview.image is not None, dialog.preview.message
    written = dialog.export_to(tmp_path / "diff.pdf")
    text = subprocess.run(["pdftotext", str(written[0]), "-"], capture_output=True,
                          text=True, check=True).stdout
    # the subtitle and the block, the baseline by its display name ("agreed" is data)
    assert "changes against Agreed baseline" in text
    assert "Changes against Agreed baseline" in text and "Territory per party" in text


def test_file_menu_print_opens_the_dialog_on_the_current_version_and_view(qtbot,
                                                                          sample_copy):
    from zoneeditor.gui.app import create_window

    window, error = create_window(str(sample_copy))
    assert error is None
    qtbot.addWidget(window)
    window.show()
    window.document.current_version = "Proposal B"
    window.editor.layer_state.set_visible("points", False)
    window.editor.layer_state.set_opacity("zones", 0.5)
    action = window.findChild(QAction, "action_print")
    assert action is not None, "the print installer did not run"
    assert action in window.menu("File").actions()
    assert action.shortcut().toString() == "Ctrl+P"
    action.trigger()
    dialogs = window.findChildren(PrintDialog)
    assert len(dialogs) == 1
    d = dialogs[0]
    assert d.version_box.currentText() == "Proposal B"
    # the whole version by default (no zone cut off); the current view is one choice away
    assert d.extent_box.currentData() == "all" and d.options().extent is None
    d.extent_box.setCurrentIndex(d.extent_box.findData("view"))
    assert d.options().extent == pytest.approx(window.canvas.viewport.bounds)
    look = d.options().look  # what the delegate sees is what is printed
    assert "points" in look.hidden_layers and ("zones", 0.5) in look.opacity
    d.refresh_now()
    assert d.preview.image is not None, d.preview.message
    d.close()
    window.close()


def test_the_preview_is_painted_at_a_resolution_text_can_be_measured_at(dialog, monkeypatch):
    """An A3 sheet in a laptop's dialog got ~30 dpi: text a few pixels high measured unlike
    the PDF's, and a tester saw a legend row over the fingerprint. Painted at 72 dpi at
    least, then scaled down."""
    from zoneeditor.gui import print_dialog as module
    from zoneeditor.render.print_layout import PrintJob

    asked: list[float] = []
    real = PrintJob.render_image

    def spy(self, page, dpi):
        asked.append(dpi)
        return real(self, page, dpi)

    monkeypatch.setattr(PrintJob, "render_image", spy)
    dialog.resize(700, 500)
    dialog.refresh_now()
    assert asked and min(asked) >= module.PREVIEW_MIN_DPI


@pytest.mark.parametrize("lang, title", [("en", "Agreed baseline"),
                                         ("ru", "Согласованная основа")])
def test_the_versions_to_compare_with_are_named_as_elsewhere(qtbot, qapp, project, request,
                                                             lang, title):
    assert i18n.install(qapp, lang) == lang
    request.addfinalizer(lambda: i18n.install(qapp, "en"))
    d = PrintDialog(project, "Proposal B", VIEW)
    qtbot.addWidget(d)
    index = d.diff_box.findData(AGREED)
    assert d.diff_box.itemText(index) == title == version_title(AGREED)
    d.diff_box.setCurrentIndex(index)
    assert d.options().diff_against == AGREED  # the real name is what is printed against


def test_the_files_written_are_listed_as_the_interface_language_lists(
        qtbot, qapp, project, request, tmp_path, monkeypatch):
    """Per-zone PNGs write several files: the dialog lists them with the language's own
    separator (the Arabic comma, not ", "), each path isolated left to right."""
    from PySide6.QtWidgets import QFileDialog

    from zoneeditor.core.naming import path_text

    assert i18n.install(qapp, "ar") == "ar"
    request.addfinalizer(lambda: i18n.install(qapp, "en"))
    d = PrintDialog(project, "Proposal B", VIEW)
    qtbot.addWidget(d)
    d.basemap_check.setChecked(False)
    d.per_zone_check.setChecked(True)
    d.dpi_spin.setValue(30)
    d.refresh_now()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "zones.png"), ""))
    d.on_export_png()
    files = [path_text(tmp_path / f"zones-{i}.png") for i in range(1, 7)]
    assert "، ".join(files) in d.status.text() and ", " not in d.status.text()
