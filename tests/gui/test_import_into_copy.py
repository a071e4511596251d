"""Importing, as a new proposal, a file that holds only the two zones a colleague redrew:
the dialog offers, by default, to put them into a copy of the baseline (the other choice,
the file's features alone, still there), each choice said in one sentence; the Changes
panel then lists the two zones, not every other zone as removed; one undo takes it back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.import_dialog import read_in_dialog

from zoneeditor.core.diff_change import Change
from zoneeditor.core.model import AGREED
from zoneeditor.gui.import_dialog import ImportDialog


def colleague_file(document, path: Path, names=("Idlib", "Eastern Ghouta"),
                   version="Proposal B") -> Path:
    """``version``'s features of ``names`` as another tool writes them (no ids, no party)."""
    features = [{"type": "Feature", "properties": {"ZONE_NM": f.name},
                 "geometry": f.geometry.__geo_interface__}
                for f in document.project.versions[version] if f.name in names]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")
    return path


def test_a_partial_file_goes_into_a_copy_of_the_baseline(editor, qtbot, tmp_path):
    agreed = editor.document.project.versions[AGREED]
    dialog = read_in_dialog(qtbot, editor,
                            colleague_file(editor.document, tmp_path / "colleague.geojson"))
    start = dialog.start
    assert start.isVisibleTo(dialog) and start.isEnabled()
    assert start.copy_radio.isChecked() and start.base_box.currentData() == AGREED
    assert "every other feature is kept" in start.copy_text.text()
    assert "every other feature as removed" in start.only_text.text()
    # the file gives names alone: the zones keep the baseline's other values, and say so
    summary = dialog.summary_label.text().replace("\u2068", "").replace("\u2069", "")
    assert summary == ("2 zones to import; into a copy of Agreed baseline: 2 replaced, 0 "
                       "added, 10 kept unchanged; kept from Agreed baseline for 2 matched "
                       "features: local name, party, status and 2 more columns, which the "
                       "files have no column for (a missing column empties nothing; an empty "
                       "value in a column does)")
    name = dialog.target()
    dialog.import_button.click()
    made = editor.document.project.versions[name]
    assert set(made.features) == set(agreed.features)
    panel = editor.addons.changes
    panel.set_versions(AGREED, name)
    report = panel.wait()
    assert {fd.feature.name: fd.change for fd in report.changed} == {
        "Idlib": Change.MODIFIED, "Eastern Ghouta": Change.MODIFIED}
    assert editor.document.history.undo_label == "Import colleague.geojson"
    editor.map.undo()
    assert name not in editor.document.project.versions


def test_only_the_files_features_is_still_a_choice(editor, qtbot, tmp_path):
    dialog = read_in_dialog(qtbot, editor,
                            colleague_file(editor.document, tmp_path / "colleague.geojson"))
    dialog.start.only_radio.click()
    dialog.update_state()  # the user's choice survives the dialog's own updates
    assert dialog.start.only_radio.isChecked() and dialog.base() is None
    name = dialog.target()
    dialog.import_button.click()
    assert len(editor.document.project.versions[name]) == 2


@pytest.mark.parametrize("version", [AGREED, "Proposal B"])
def test_a_file_of_every_feature_goes_into_a_copy_of_the_version_it_was_made_from(
        editor, qtbot, tmp_path, version):
    """A whole version sent back with names only: the copy of the version it pairs with best
    (every feature paired, most unchanged) keeps that version's parties, statuses and notes,
    which "only the imported features" would lose (until December 2026 that was the
    default here, copied from the baseline whichever version the file came from)."""
    source = editor.document.project.versions[version]
    every = {f.name for f in source}
    dialog = read_in_dialog(qtbot, editor, colleague_file(editor.document, tmp_path / "all.geojson",
                                                names=every, version=version))
    start = dialog.start
    assert start.copy_radio.isChecked() and start.base_box.currentData() == version
    assert start.preview is not None and start.preview.counts() == (0, 0, len(source))
    name = dialog.target()
    dialog.import_button.click()
    made = editor.document.project.versions[name]
    panel = editor.addons.changes
    panel.set_versions(version, name)
    assert panel.wait().changed == []  # the same map: nothing the file lacks was lost
    assert {f.id: f.party for f in made} == {f.id: f.party for f in source}


def test_into_an_existing_version_the_choice_does_not_apply(editor, qtbot, tmp_path):
    every = {f.name for f in editor.document.project.versions[AGREED]}
    dialog = read_in_dialog(qtbot, editor, colleague_file(editor.document, tmp_path / "all.geojson",
                                                names=every, version=AGREED))
    dialog.agreed_radio.click()
    assert not dialog.start.isEnabled() and dialog.base() is None


def test_a_map_of_its_own_is_imported_alone(editor, qtbot, tmp_path):
    path = tmp_path / "elsewhere.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"ZONE_NM": "Far away"},
         "geometry": {"type": "Polygon", "coordinates": [[[10, 10], [10.5, 10], [10.5, 10.5],
                                                         [10, 10.5], [10, 10]]]}}]}),
        encoding="utf-8")
    dialog = read_in_dialog(qtbot, editor, path)
    assert dialog.start.only_radio.isChecked() and dialog.base() is None


def test_the_dialog_and_the_command_count_an_unchanged_zone_alike(qtbot, sample_copy,
                                                                  tmp_path):
    """A file with one zone as the baseline has it and one redrawn: both say "1 replaced,
    0 added, 11 kept unchanged" (the dialog said "2 replaced" where the command said
    "kept": one count now, ``core.put_in.PutIn.counts``)."""
    import subprocess
    import sys

    from zoneeditor.core.document import Document
    from zoneeditor.io.project_file import read_project

    document = Document(read_project(sample_copy))
    path = tmp_path / "colleague.geojson"
    same = json.loads(colleague_file(document, path, ("Idlib",), AGREED).read_text())
    redrawn = json.loads(colleague_file(document, path, ("Eastern Ghouta",)).read_text())
    path.write_text(json.dumps({"type": "FeatureCollection",
                                "features": same["features"] + redrawn["features"]}),
                    encoding="utf-8")
    dialog = ImportDialog(document, None, [str(path)])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results), timeout=60_000)
    dialog.start.copy_radio.setChecked(True)
    dialog.update_state()
    assert "into a copy of Agreed baseline: 1 replaced, 0 added, 11 kept unchanged" \
        in dialog.summary_label.text()
    proc = subprocess.run([sys.executable, "-m", "zoneeditor", "import", str(path), "--into",
                           str(sample_copy), "--as", "proposal:Colleague", "--based-on",
                           "agreed"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "(a copy of 'agreed': 1 replaced, 0 added, 11 kept unchanged)" in proc.stdout
