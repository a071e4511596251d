"""Import and export dialogs: problems shown, decisions taken, undo, and a crashing reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from shapely import Point

from zoneeditor.core.document import Document
from zoneeditor.core.edits import add_feature
from zoneeditor.core.file_names import export_stem
from zoneeditor.core.naming import strip_bidi
from zoneeditor.gui.export_dialog import ExportDialog
from zoneeditor.gui.import_dialog import ImportDialog
from zoneeditor.io.project_file import read_project
from zoneeditor.io.sandbox import FAULT_ENV
from zoneeditor.io.session import sample_path

BAD = Path(__file__).parents[1] / "data" / "bad"


@pytest.fixture
def document() -> Document:
    return Document(read_project(sample_path()))


def _import_dialog(qtbot, document, *files: Path) -> ImportDialog:
    dialog = ImportDialog(document, None, [str(f) for f in files])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results or dialog.read_errors),
                    timeout=60_000)
    return dialog


@pytest.mark.parametrize(("name", "message"), [
    ("html_error_page.geojson", "it is an HTML page, not GeoJSON"),
    ("billion_laughs.kml", "unsafe KML refused"),
    ("zip_slip.zip", "points outside its folder"),
    ("corrupt.gpkg", "the database is damaged"),
    ("truncated_shp/zones.shp", "the .shp file is truncated"),
])
def test_corpus_files_show_their_message(qtbot, document, name, message):
    dialog = _import_dialog(qtbot, document, BAD / name)
    assert any(message in row for row in dialog.problem_texts()), dialog.problem_texts()


def test_bow_tie_needs_the_repair_choice_and_import_is_undoable(qtbot, document):
    dialog = _import_dialog(qtbot, document, BAD / "bowtie.geojson")
    rows = dialog.problem_texts()
    assert any("the boundary crosses itself" in r and "Accept the offered repairs" in r
               for r in rows)
    assert not dialog.import_button.isEnabled()
    dialog.repair_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.agreed_radio.setChecked(True)
    dialog.import_button.click()
    assert document.project.agreed.get("z-bowtie").geometry.is_valid
    assert document.history.undo_label.startswith("Import bowtie.geojson")
    document.history.undo()
    assert document.project.agreed.get("z-bowtie") is None


def test_locked_baseline_refuses_the_import(qtbot, document):
    dialog = ImportDialog(document, None, [str(BAD / "good_arabic.kml")],
                          locked_in=lambda version: ({"zones", "lines", "points"}
                                                     if version == "agreed" else set()))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results), timeout=60_000)
    assert dialog.import_button.isEnabled()  # as a proposal: fine
    dialog.agreed_radio.setChecked(True)
    assert not dialog.import_button.isEnabled()
    assert "baseline is locked" in dialog.summary_label.text()


def test_import_as_a_new_proposal_switches_to_it(qtbot, document):
    dialog = _import_dialog(qtbot, document, BAD / "good_arabic.kml")
    dialog.proposal_name.setText("Their map")
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert document.current_version == "Their map"
    (feature,) = document.project.versions["Their map"]
    assert feature.name == "إدلب & حماة"


def test_garbled_text_offers_an_encoding(qtbot, document):
    dialog = _import_dialog(qtbot, document, BAD / "wrong_cpg" / "zones.shp")
    assert any("looks garbled" in r for r in dialog.problem_texts())
    assert dialog.suggest_button.isVisibleTo(dialog) and dialog.suggested_encoding == "utf-8"
    assert not dialog.import_button.isEnabled()
    dialog.suggest_button.click()  # reads again as UTF-8
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.import_button.isEnabled(),
                    timeout=60_000)
    names = {f.attributes["name_local"] for r in dialog.results for f in r.all_features}
    assert "إدلب" in names


def test_crashing_reader_leaves_the_editor_and_its_edits(qtbot, monkeypatch):
    from zoneeditor.gui.main_window import MainWindow
    from zoneeditor.io.session import Session

    window = MainWindow(Session.sample())
    qtbot.addWidget(window)
    window.wait_background()  # the basemap loader must not outlive the window
    # Closing would ask about the unsaved edit; answer "discard" for the test's teardown.
    monkeypatch.setattr(window, "maybe_save", lambda: True)
    doc = window.document
    doc.history.push(add_feature(doc.version, "points", Point(36.7, 35.6), name="Unsaved post"))
    assert doc.is_dirty
    monkeypatch.setenv(FAULT_ENV, "segv")
    dialog = _import_dialog(qtbot, doc, BAD / "good_arabic.kml")
    rows = dialog.problem_texts()
    assert any("crashed the file reader (SIGSEGV, signal 11)" in r for r in rows), rows
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    # The editor is untouched: same document, the unsaved edit still there and undoable.
    assert window.document is doc
    assert doc.is_dirty and any(f.name == "Unsaved post" for f in doc.version)
    assert doc.history.undo_label.startswith("Add point")
    # Reading works again once the reader behaves.
    monkeypatch.delenv(FAULT_ENV)
    dialog = _import_dialog(qtbot, doc, BAD / "good_arabic.kml")
    assert dialog.read_errors == [] and dialog.import_button.isEnabled()
    dialog.reject()


def test_file_menu_has_import_and_export(qtbot):
    from zoneeditor.gui.main_window import MainWindow
    from zoneeditor.io.session import Session

    window = MainWindow(Session.sample())
    qtbot.addWidget(window)
    window.wait_background()  # the basemap loader must not outlive the window
    names = [a.objectName() for a in window.menu("File").actions()]
    assert "action_import" in names and "action_export" in names
    assert names.index("action_import") < names.index("action_export")


def test_export_dialog_previews_field_names_and_exports(qtbot, tmp_path, document):
    dialog = ExportDialog(document.project, "agreed", None, str(tmp_path))
    qtbot.addWidget(dialog)
    mapping = dialog.field_mapping()
    assert mapping["agreed_zones.shp"]["width_right_km"] == "width_righ"
    dialog.encoding_box.setCurrentIndex(dialog.encoding_box.findData("cp1256"))
    # names and the encoding are isolated (FSI...PDI) for right-to-left languages
    assert "cp1256 cannot hold" in strip_bidi(dialog.problems_label.text())
    assert not dialog.export_button.isEnabled()
    dialog.encoding_box.setCurrentIndex(dialog.encoding_box.findData("utf-8"))
    dialog.out_edit.setText(str(tmp_path / "out"))
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        dialog.export_button.click()
    assert "read back and verified" in signal.args[0]
    assert (tmp_path / "out" / "agreed_zones.shp").exists()
    assert "6 features read back" in dialog.state_label.text()


def test_export_dialog_kml(qtbot, tmp_path, document):
    dialog = ExportDialog(document.project, "Proposal B", None, str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("kml"))
    # named for the project and the one version it holds (core.file_names.export_stem)
    name = export_stem(document.project.meta.title, ["Proposal B"], 2) + ".kml"
    assert name.endswith("-proposal_b.kml")
    assert dialog.out_edit.text() == str(tmp_path / name)
    assert not dialog.encoding_box.isEnabled()
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.export_button.click()
    assert (tmp_path / name).read_text(encoding="utf-8").count("<Placemark") == 12
