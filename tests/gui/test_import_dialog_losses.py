"""The import dialog makes losses impossible to miss and leaving features out a choice; it
reads a Windows-1256 GeoJSON once its encoding is chosen; its proposal name follows the files;
its counts read as sentences ("Read 1 file.", never "file(s)")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from zoneeditor.core.document import Document
from zoneeditor.core.naming import isolate
from zoneeditor.gui.import_dialog import ImportDialog
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path

#: What the import says it keeps: the shapefile has no party, status or kind columns, so the
#: zone paired with the baseline's keeps the baseline's (``core.kept_attributes``).
KEPT = (f"kept from {isolate('Agreed baseline')} for 1 matched feature: party, status, kind, "
        "which the files have no column for (a missing column empties nothing; an empty "
        "value in a column does)")

BAD = Path(__file__).parents[1] / "data" / "bad"
TRUNCATED = BAD / "truncated_shp" / "zones.shp"  # 5 zones, 3 of them past the cut
ARABIC = ["إدلب", "ريف حماة الشمالي", "الغوطة الشرقية"]


@pytest.fixture
def document() -> Document:
    return Document(read_project(sample_path()))


def _wait(qtbot, dialog: ImportDialog) -> ImportDialog:
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results or dialog.read_errors),
                    timeout=60_000)
    return dialog


def _dialog(qtbot, document, *files: Path) -> ImportDialog:
    dialog = ImportDialog(document, None, [str(f) for f in files])
    qtbot.addWidget(dialog)
    return _wait(qtbot, dialog)


def _cp1256_geojson(path: Path) -> Path:
    features = [{"type": "Feature", "id": f"z-{i}",
                 "properties": {"name": f"Zone {i}", "name_local": name},
                 "geometry": {"type": "Point", "coordinates": [36 + i / 10, 35.5]}}
                for i, name in enumerate(ARABIC)]
    path.write_bytes(json.dumps({"type": "FeatureCollection", "features": features},
                                ensure_ascii=False).encode("cp1256"))
    return path


def test_a_truncated_file_opens_on_its_problems_and_says_what_is_left_out(qtbot, document):
    dialog = _dialog(qtbot, document, TRUNCATED)
    assert dialog.tabs.currentWidget() is dialog.problems
    # the truncation and each of the three zones left out: warnings count too
    assert dialog.tabs.tabText(1) == "Pro&blems (4)"
    assert dialog.left_out_row.isVisibleTo(dialog)
    assert dialog.left_out_label.text() == "3 features left out: no geometry — see Problems"
    # its readable Idlib pairs with the sample's: put into a copy of the baseline at first
    assert dialog.summary_label.text() == (
        "2 zones to import; into a copy of Agreed baseline: 1 replaced, 1 added, 11 kept "
        f"unchanged; {KEPT}")
    assert dialog.state_label.text() == "Read 1 file."
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Import 2, leave out 3"
    assert not dialog.import_button.isDefault() and not dialog.import_button.autoDefault()


def test_enter_does_not_leave_features_out_the_button_does(qtbot, document):
    dialog = _dialog(qtbot, document, TRUNCATED)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.proposal_name.setFocus()
    qtbot.keyClick(dialog.proposal_name, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Imported zones" not in document.project.versions
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    text, lost = signal.args
    assert lost == 3
    assert text == (f"Imported {isolate('zones.shp')}: 2 zones; {KEPT}; 3 features left out "
                    "(no geometry)")
    # the two readable zones put into a copy of the baseline (its default here): one
    # replaces the baseline's Idlib, one is added
    made = document.project.versions["Imported zones"]
    assert len(made) == len(document.project.agreed) + 1


def test_the_status_bar_keeps_what_was_left_out(qtbot, monkeypatch):
    from zoneeditor.gui.import_dialog import open_import_dialog
    from zoneeditor.gui.main_window import MainWindow
    from zoneeditor.io.session import Session

    window = MainWindow(Session.sample())
    qtbot.addWidget(window)
    window.wait_background()
    monkeypatch.setattr(window, "maybe_save", lambda: True)  # the import is unsaved
    dialog = _wait(qtbot, open_import_dialog(window.editor, window, [str(TRUNCATED)]))
    dialog.import_button.click()
    assert window.statusBar().currentMessage() == (
        f"Imported {isolate('zones.shp')}: 2 zones; {KEPT}; 3 features left out (no geometry)")
    qtbot.wait(50)
    assert "3 features left out" in window.statusBar().currentMessage()


def test_nothing_left_out_looks_as_before(qtbot, document):
    dialog = _dialog(qtbot, document, BAD / "good_arabic.kml")
    assert dialog.tabs.currentWidget() is dialog.mapping
    assert dialog.tabs.tabText(1) == "Pro&blems"
    assert not dialog.left_out_row.isVisibleTo(dialog)
    assert dialog.import_button.text() == "Import" and dialog.import_button.isDefault()
    assert dialog.summary_label.text() == "1 zone to import"
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.proposal_name, Qt.Key.Key_Return)  # Enter imports as it always did
    assert not dialog.isVisible() and "Imported good_arabic" in document.project.versions


def test_an_unreadable_file_is_not_called_a_decision(qtbot, document):
    dialog = _dialog(qtbot, document, BAD / "html_error_page.geojson")
    text = dialog.summary_label.text()
    assert text == ("1 file cannot be read — see Problems; nothing is imported while it is on "
                    "the list")
    assert "decision" not in text and "(s)" not in text
    assert dialog.tabs.tabText(1) == "Pro&blems (1)"


def test_a_decision_is_named_as_one(qtbot, document):
    dialog = _dialog(qtbot, document, BAD / "bowtie.geojson")
    assert dialog.summary_label.text() == ("no features to import; 1 problem needs a decision "
                                           "first — see Problems; 1 repair offered")
    assert not dialog.left_out_row.isVisibleTo(dialog)


def test_after_clear_the_name_follows_the_new_file_unless_typed(qtbot, document):
    dialog = _dialog(qtbot, document, BAD / "empty_layer.geojson")
    assert dialog.proposal_name.text() == "Imported empty_layer"
    dialog.clear_button.click()
    assert dialog.proposal_name.text() == ""
    assert dialog.tabs.tabText(1) == "Pro&blems" and not dialog.left_out_row.isVisibleTo(dialog)
    dialog.add_files([str(TRUNCATED)])
    _wait(qtbot, dialog)
    assert dialog.proposal_name.text() == "Imported zones"
    dialog.proposal_name.setText("Their truncated map")
    dialog.clear_button.click()
    dialog.add_files([str(BAD / "good_arabic.kml")])
    _wait(qtbot, dialog)
    assert dialog.proposal_name.text() == "Their truncated map"


def test_a_windows_1256_geojson_imports_once_its_encoding_is_chosen(qtbot, document,
                                                                     tmp_path):
    dialog = _dialog(qtbot, document, _cp1256_geojson(tmp_path / "arabic.geojson"))
    # the window isolates the values it puts in a sentence (bidi marks): read without them
    rows = [r.translate({c: None for c in range(0x2066, 0x206A)})
            for r in dialog.problem_texts()]
    assert any("the text is not UTF-8, as GeoJSON requires" in r and "Arabic in cp1256" in r
               for r in rows), rows
    assert dialog.tabs.currentWidget() is dialog.problems
    assert not dialog.import_button.isEnabled()
    assert dialog.suggested_encoding == "cp1256"
    assert dialog.suggest_button.text() == "Read the text as Windows-1256 (Arabic)"
    dialog.suggest_button.click()  # the encoding field, and the file is read again
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.import_button.isEnabled(),
                    timeout=60_000)
    assert dialog.encoding_box.currentData() == "cp1256"
    assert dialog.tabs.tabText(1) == "Pro&blems"
    dialog.import_button.click()
    imported = document.project.versions["Imported arabic"]
    assert [imported.get(f"z-{i}").attributes["name_local"] for i in range(3)] == ARABIC


def test_a_code_page_the_list_lacks_is_offered_all_the_same(qtbot, document, tmp_path):
    path = tmp_path / "greek.geojson"
    features = [{"type": "Feature", "properties": {"name": name},
                 "geometry": {"type": "Point", "coordinates": [36.5, 35.5]}}
                for name in ("Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο")]
    path.write_bytes(json.dumps({"type": "FeatureCollection", "features": features},
                                ensure_ascii=False).encode("cp1253"))
    dialog = _dialog(qtbot, document, path)
    assert dialog.suggested_encoding == "cp1253"
    assert dialog.encoding_box.findData("cp1253") >= 0
    dialog.suggest_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.import_button.isEnabled(),
                    timeout=60_000)
    assert {f.name for r in dialog.results for f in r.all_features} == {
        "Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο"}
