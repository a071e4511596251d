"""Proposal B sent back by another party without its notes column, one vertex moved: the
import dialog says in one sentence that the notes were kept from Proposal B, and the
Changes panel then reports the moved zone only, not every noted feature as "changed
notes"."""

from __future__ import annotations

import json
from pathlib import Path

from support.import_dialog import read_in_dialog
from support.sent_back import sent_back as sent_back_data

from zoneeditor.core.diff_change import Change
from zoneeditor.core.model import AGREED
from zoneeditor.io.exchange import export_versions

B = "Proposal B"


def sent_back(document, tmp_path: Path) -> Path:
    """Proposal B as GeoJSON, without its notes, Northern Hama's second vertex moved."""
    export_versions(document.project, [B], "geojson", tmp_path / "b.geojson")
    data = sent_back_data(json.loads((tmp_path / "b.geojson").read_text(encoding="utf-8")))
    path = tmp_path / "back.geojson"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def plain(text: str) -> str:
    """``text`` without the bidi isolates around names."""
    return text.replace("\u2068", "").replace("\u2069", "")


def noted(version) -> dict[str, str]:
    return {f.id: f.attributes["notes"] for f in version if f.attributes["notes"]}


def test_a_copy_of_proposal_b_keeps_its_notes_and_changes_lists_the_moved_zone(
        editor, qtbot, tmp_path):
    before = noted(editor.document.project.versions[B])
    assert before  # the sample's delegation wrote notes in Proposal B
    dialog = read_in_dialog(qtbot, editor, sent_back(editor.document, tmp_path))
    dialog.where.proposal_name.setText("Back from them")
    dialog.start.copy_radio.click()
    dialog.start.base_box.setCurrentIndex(dialog.start.base_box.findData(B))
    dialog.update_state()
    assert dialog.base() == B
    assert (f"kept from Proposal B for {len(before)} matched feature: notes, which the files "
            "have no column for") in plain(dialog.summary_label.text())
    dialog.import_button.click()
    made = editor.document.project.versions["Back from them"]
    assert noted(made) == before
    panel = editor.addons.changes
    panel.set_versions(B, "Back from them")
    report = panel.wait()
    assert [(fd.feature.name, fd.change, fd.changed_attributes, fd.geometry_changed)
            for fd in report.changed] == [("Northern Hama", Change.MODIFIED, (), True)]
    editor.map.undo()  # one step
    assert "Back from them" not in editor.document.project.versions


def test_into_proposal_b_itself_changes_only_the_moved_vertex(editor, qtbot, tmp_path):
    project = editor.document.project
    before = noted(project.versions[B])
    panel = editor.addons.changes
    panel.set_versions(AGREED, B)
    was = {fd.id: fd.changed_attributes for fd in panel.wait().changed}
    hama = project.versions[B].features["zone-hama"].geometry
    dialog = read_in_dialog(qtbot, editor, sent_back(editor.document, tmp_path))
    dialog.where.proposal_name.setText(B)  # a version there is: into it, by id
    dialog.update_state()
    assert "kept from Proposal B for 1 matched feature: notes" in plain(dialog.summary_label.text())
    dialog.import_button.click()
    assert noted(project.versions[B]) == before
    assert project.versions[B].features["zone-hama"].geometry != hama
    panel.set_versions(AGREED, B)
    assert {fd.id: fd.changed_attributes for fd in panel.wait().changed} == was
