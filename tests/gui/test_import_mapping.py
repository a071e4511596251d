"""The import dialog's field-mapping step (issue #12 item 1): columns with sample values,
a column choice per attribute preselected from recognition or memory, a live preview, and
the choice remembered per schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support.realdata import unknown

from zoneeditor.core.document import Document
from zoneeditor.gui.import_dialog import ImportDialog
from zoneeditor.io.exchange.mapping import MappingStore
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path

_ISOLATES = str.maketrans("", "", "\u2068\u2069")

#: publisher -> (schema line, preselected name, name_local, code, first preview label)
EXPECTED = {
    "ocha": ("OCHA COD, level 1: names from ADM1_EN / ADM1_AR, codes from ADM1_PCODE "
             "(OCHA P-code)", "ADM1_EN", "ADM1_AR", "ADM1_PCODE", "Idlib"),
    "geoboundaries": ("geoBoundaries: names from shapeName, codes from shapeISO (ISO 3166-2)",
                      "shapeName", "", "shapeISO", "Idleb"),
    "gadm": ("GADM, level 1: names from NAME_1 / NL_NAME_1", "NAME_1", "NL_NAME_1", "GID_1",
             "Idleb"),
    "naturalearth": ("Natural Earth: names from NAME / NAME_AR", "NAME", "NAME_AR",
                     "ISO_3166_2", "Idlib"),
    "osm": ("OpenStreetMap: names from name:en / name", "name:en", "name", "ISO3166-2",
            "Idlib Governorate"),
}


@pytest.fixture
def document() -> Document:
    return Document(read_project(sample_path()))


@pytest.fixture
def store(tmp_path) -> MappingStore:
    return MappingStore(tmp_path / "mappings.json")


def _dialog(qtbot, document, store, *files: Path) -> ImportDialog:
    dialog = ImportDialog(document, None, [str(f) for f in files], mappings=store)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results or dialog.read_errors),
                    timeout=60_000)
    return dialog


def _plain(text: str) -> str:
    return text.translate(_ISOLATES)


def _preview(dialog: ImportDialog) -> list[str]:
    p = dialog.mapping.preview
    return [_plain(p.item(i).text()) for i in range(p.count())]


def _choice(dialog: ImportDialog, target: str) -> str:
    return dialog.mapping.combos[target].currentData() or ""


@pytest.mark.parametrize("publisher", list(EXPECTED))
def test_each_publishers_columns_are_shown_and_preselected(qtbot, document, store, realdata,
                                                         publisher):
    line, name, local, code, first = EXPECTED[publisher]
    dialog = _dialog(qtbot, document, store, realdata[publisher])
    step = dialog.mapping
    assert line in _plain(step.schema_label.text())
    assert (_choice(dialog, "name"), _choice(dialog, "name_local"),
            _choice(dialog, "code")) == (name, local, code)
    table = step.table
    columns = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert name in columns and code in columns
    row = columns.index(name)
    assert table.item(row, 1).text() == "text"
    assert table.item(row, 2).text() == "6/6"
    assert first in _plain(table.item(row, 3).text())  # sample values
    assert table.item(row, 4).text() == "name"
    assert _preview(dialog)[0].startswith(first)
    assert "recognised" in step.memory_label.text()
    assert dialog.import_button.isEnabled()


def test_unknown_schema_needs_a_mapping_the_preview_follows_and_it_is_remembered(
        qtbot, document, store, realdata, tmp_path):
    dialog = _dialog(qtbot, document, store, realdata["unknown"])
    step = dialog.mapping
    assert "no name column recognised" in step.schema_label.text()
    assert _choice(dialog, "name") == "" and _preview(dialog)[0].startswith("zone ")
    step.choose("name", "BEZEICHNUNG")
    assert _preview(dialog)[:2] == ["Idlib", "Aleppo"]  # at once, no second read
    assert not dialog.is_busy()
    step.choose("name_local", "ORTSNAME")
    step.choose("party", "SEITE")
    step.choose("code", "SCHLUESSEL")
    assert "names from BEZEICHNUNG / ORTSNAME, codes from SCHLUESSEL" in \
        _plain(step.schema_label.text())
    roles = {step.table.item(r, 0).text(): step.table.item(r, 4).text()
             for r in range(step.table.rowCount())}
    assert roles["BEZEICHNUNG"] == "name" and roles["SEITE"] == "party"
    assert "remembered for files with these columns" in step.memory_label.text()
    dialog.proposal_name.setText("From the Germans")
    dialog.import_button.click()
    version = document.project.versions["From the Germans"]
    idlib = next(f for f in version if f.name == "Idlib")
    assert idlib.attributes["name_local"] == "إدلب" and idlib.party == "Regierung"

    # Next month's file from the same source: the choice is offered at once.
    again = unknown(tmp_path / "next", "gebiete-2")
    second = _dialog(qtbot, document, store, again)
    assert (_choice(second, "name"), _choice(second, "party"), _choice(second, "code")) == \
        ("BEZEICHNUNG", "SEITE", "SCHLUESSEL")
    assert _preview(second)[0] == "Idlib"
    assert "chose before" in second.mapping.memory_label.text()
    second.mapping.reset()  # back to recognition: the file's own columns again
    assert _choice(second, "name") == "" and _preview(second)[0].startswith("zone ")


def test_a_choice_overrides_recognition_and_only_a_made_choice_is_remembered(
        qtbot, document, store, realdata):
    dialog = _dialog(qtbot, document, store, realdata["ocha"])
    dialog.import_button.click()  # recognition alone: nothing to remember
    columns = [c.name for c in next(iter(dialog.results[0].columns.values()))]
    assert store.recall(columns) is None
    dialog = _dialog(qtbot, document, store, realdata["ocha"])
    dialog.mapping.choose("name", "ADM1_REF")
    dialog.mapping.choose("party", "ADM0_EN")
    assert _preview(dialog)[0].startswith("Idlib")
    assert dialog.results[0].all_features[0].party == "Syrian Arab Republic"
    dialog.proposal_name.setText("OCHA mapped")
    dialog.import_button.click()
    assert store.recall(columns)["name"] == "ADM1_REF"


def test_two_files_each_keep_their_own_mapping(qtbot, document, store, realdata):
    dialog = _dialog(qtbot, document, store, realdata["unknown"], realdata["geoboundaries"])
    step = dialog.mapping
    assert step.file_box.isVisible() or not dialog.isVisible()
    assert step.file_box.count() == 2
    step.choose("name", "BEZEICHNUNG")
    step.file_box.setCurrentIndex(1)
    assert _choice(dialog, "name") == "shapeName"
    step.file_box.setCurrentIndex(0)
    assert _choice(dialog, "name") == "BEZEICHNUNG"
    names = {f.name for r in dialog.results for f in r.all_features}
    assert {"Idlib", "Idleb"} <= names


def test_choices_survive_reading_again_with_another_encoding(qtbot, document, store,
                                                             realdata):
    dialog = _dialog(qtbot, document, store, realdata["unknown"])
    dialog.mapping.choose("name", "BEZEICHNUNG")
    dialog.encoding_box.setCurrentIndex(dialog.encoding_box.findData("utf-8"))
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    assert _choice(dialog, "name") == "BEZEICHNUNG" and _preview(dialog)[0] == "Idlib"


def test_keyboard_reaches_every_choice(qtbot, document, store, realdata):
    dialog = _dialog(qtbot, document, store, realdata["ocha"])
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    step = dialog.mapping
    form = step.combos["name"].parentWidget()
    for target, combo in step.combos.items():
        label = next(w for w in form.findChildren(type(step.file_label))
                     if w.buddy() is combo)
        assert "&" in label.text(), target  # a mnemonic (Alt+letter) for each
        assert combo.focusPolicy() & Qt.FocusPolicy.TabFocus
    combo = step.combos["name"]
    following = combo.itemData(combo.findData("ADM1_EN") + 1)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next column, by keyboard
    assert _choice(dialog, "name") == following
    assert step.current().choice["name"] == following and step.current().touched


def test_right_to_left_text_is_isolated_and_the_dialog_fits_a_small_screen(
        qtbot, document, store, realdata):
    from zoneeditor.render.fonts import register_fonts

    register_fonts()  # the bundled fonts, as in the window (their metrics decide the size)
    dialog = _dialog(qtbot, document, store, realdata["ocha"])
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    line = dialog.mapping.schema_label.text()
    assert "\u2068ADM1_EN\u2069 / \u2068ADM1_AR\u2069" in line
    table = dialog.mapping.table
    ar_row = [table.item(r, 0).text() for r in range(table.rowCount())].index("ADM1_AR")
    assert "\u2068إدلب\u2069" in table.item(ar_row, 3).text()
    hint = dialog.minimumSizeHint()
    # 768 less a taskbar and a title bar (~40 + ~30), with room to spare
    assert hint.width() <= 1366 - 80 and hint.height() <= 768 - 100, hint


def test_mnemonics_are_unique_and_problems_come_first_when_there_are_any(
        qtbot, document, store, realdata):
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = _dialog(qtbot, document, store, realdata["ocha"])
    assert dialog.tabs.currentWidget() is dialog.mapping  # nothing to decide: the columns
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(
        QAbstractButton)] + [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    keys = [m.group(1).casefold() for t in texts for m in [re.search(r"&(\w)", t)] if m]
    assert len(keys) == len(set(keys)), keys
    bad = Path(__file__).parents[1] / "data" / "bad" / "bowtie.geojson"
    with_problems = _dialog(qtbot, document, store, bad)
    assert with_problems.tabs.currentWidget() is with_problems.problems


def test_columns_holding_the_projects_values_are_chosen_for_what_they_hold(
        qtbot, document, store, tmp_path):
    """An outside tester's GeoJSON with its party and status columns renamed ("camp",
    "etat") was imported as columns of its own, every zone of no party: the step now
    chooses them for what they hold, says so, and the user can still choose otherwise."""
    import json

    from zoneeditor.io.exchange.export import export_versions

    exported = tmp_path / "pb.geojson"
    export_versions(document.project, ["Proposal B"], "geojson", exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    for feature in data["features"]:
        props = feature["properties"]
        feature["properties"] = {"NOM": props["name"], "camp": props["party"].upper(),
                                 "etat": props["status"]}
    theirs = tmp_path / "theirs.geojson"
    theirs.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    dialog = _dialog(qtbot, document, store, theirs)
    entry = dialog.mapping.current()
    assert entry.guessed == {"party": "camp", "status": "etat"}
    assert dialog.mapping.combos["party"].currentData() == "camp"
    said = _plain(dialog.mapping.memory_label.text())
    assert "camp as Party" in said and "etat as Status" in said, said
    zones = [f for f in dialog.mapping.mapped()[0].all_features if f.layer.value == "zones"]
    assert {f.party.casefold() for f in zones} == {"opposition", "government", "monitors"}
    dialog.mapping.choose("party", "")  # the user's choice wins
    assert not any(f.party for f in dialog.mapping.mapped()[0].all_features)
