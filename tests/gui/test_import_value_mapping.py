"""The import dialog maps party and status values as ``--map-values`` does: a file whose
party column says "OPP", "GOV" could only be imported with new, unknown parties. The values
the project does not know are listed with their counts; each can be read as a known party
(status), kept (a new party, as the command does) or emptied; the summary says what the
import will do, and the project ends as the command would leave it."""

from __future__ import annotations

import argparse

import pytest
from support.party_files import party_shapefile

from zoneeditor.cli.commands.import_ import add_reader_options
from zoneeditor.cli.commands.import_ import read_files as cli_read_files
from zoneeditor.core.document import Document
from zoneeditor.gui.import_dialog import ImportDialog
from zoneeditor.io.exchange import import_changeset
from zoneeditor.io.exchange.mapping import MappingStore
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path


@pytest.fixture
def dialog(qtbot, tmp_path):
    path = party_shapefile(tmp_path)
    d = ImportDialog(Document(read_project(sample_path())), None, [str(path)],
                     mappings=MappingStore(tmp_path / "mappings.json"))
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: not d.is_busy() and bool(d.results), timeout=60_000)
    return d


def test_the_unknown_values_are_listed_with_their_counts(dialog):
    # OPPOSITION is the project's Opposition up to case: not listed
    assert dialog.values.listed() == [("party", "OPP", 2), ("party", "GOV", 1),
                                      ("party", "UN", 1), ("status", "ok", 1)]
    assert dialog.tabs.tabText(2) == "Part&y and status values (4)"
    assert "3 new parties: " in dialog.summary_label.text()
    assert dialog.import_button.isEnabled()  # kept as new parties, as the command does


def test_mapped_values_are_imported_as_the_command_imports_them(dialog, tmp_path):
    dialog.values.choose("party", "OPP", "Opposition")
    dialog.values.choose("party", "GOV", "Government")
    dialog.values.choose("status", "ok", "agreed")
    summary = dialog.summary_label.text()
    assert "party values mapped as you chose: OPP → Opposition, GOV → Government" in summary
    assert "status values mapped as you chose: ok → agreed" in summary
    assert "1 new party: \u2068UN\u2069" in summary
    # the same as the command's reading with --map-values (one implementation)
    parser = argparse.ArgumentParser()
    add_reader_options(parser)
    args = parser.parse_args(["--map-values", "party=OPP:Opposition", "--map-values",
                              "party=GOV:Government", "--map-values", "status=ok:agreed"])
    (cli,) = cli_read_files([str(tmp_path / "zones.shp")], args)
    mine = [(f.name, f.party, f.status) for r in dialog.results for f in r.accepted(False)]
    assert mine == [(f.name, f.party, f.status) for f in cli.accepted(False)]
    project = read_project(sample_path())
    expected = import_changeset(project, cli.accepted(False), "Imported zones", "x")
    dialog.import_button.click()
    made = dialog.document.project.versions["Imported zones"]
    assert {f.name: (f.party, f.status) for f in made} == {
        f.name: (f.party, f.status) for d in expected.deltas for f in [d.new]}
    assert {f.name: f.party for f in made} == {"Alpha": "Opposition", "Beta": "Opposition",
                                              "Gamma": "Government", "Delta": "Opposition",
                                              "Epsilon": "UN"}
    parties = [p.name for p in dialog.document.project.meta.parties]
    assert "UN" in parties and "OPP" not in parties and "GOV" not in parties


def test_a_choice_stays_when_the_files_are_read_again_and_can_empty_a_party(dialog, qtbot):
    dialog.values.choose("party", "UN", "")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    assert dialog.values.values() == {"party": {"UN": ""}}
    parties = {f.name: f.party for r in dialog.results for f in r.all_features}
    assert parties["Epsilon"] == "" and parties["Alpha"] == "OPP"
    assert "party values mapped as you chose: UN → (none)" in dialog.summary_label.text()


def test_no_party_column_no_values_to_map(dialog):
    dialog.mapping.choose("party", "")
    assert [row[0] for row in dialog.values.listed()] == ["status"]
    assert dialog.tabs.tabText(2) == "Part&y and status values (1)"
    assert "new part" not in dialog.summary_label.text()


def test_in_arabic_the_parties_are_offered_by_their_arabic_names(qtbot, qapp, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    from zoneeditor import i18n

    assert i18n.install(qapp, "ar") == "ar"
    try:
        path = party_shapefile(tmp_path)
        d = ImportDialog(Document(read_project(sample_path())), None, [str(path)],
                         mappings=MappingStore(tmp_path / "mappings.json"))
        d.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        qtbot.addWidget(d)
        qtbot.waitUntil(lambda: not d.is_busy() and bool(d.results), timeout=60_000)
        combo = d.values.table.cellWidget(0, 3)
        assert isinstance(combo, QComboBox)
        shown = [combo.itemText(i) for i in range(combo.count())]
        assert "\u2068المعارضة\u2069" in shown and "(بلا طرف)" in shown
        d.values.choose("party", "OPP", "Opposition")  # the data stays the project's name
        assert d.values.values() == {"party": {"OPP": "Opposition"}}
        assert "3 أطراف جديدة" not in d.summary_label.text()
        assert "طرفان جديدان" in d.summary_label.text()  # GOV and UN: Arabic's dual
        assert d.tabs.tabText(2) == "قيم الأطرا&ف والحالات (4)"
    finally:
        i18n.install(qapp, "en")
