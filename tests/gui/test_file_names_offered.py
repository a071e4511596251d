"""The print and export dialogs offer file names that carry the project and the version's
name in its own script: an outside tester's "Предложение Д" was offered as
``syria-deescalation-version-2026-12-02.pdf``, ``syria-deescalation-v1.geojson`` and
``…-v1-shapefiles`` holding ``export_zones.shp``, and the wrong file was easily sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from zoneeditor.core import versions
from zoneeditor.gui.export_dialog import ExportDialog
from zoneeditor.gui.print_dialog import PrintDialog

NAME = "Предложение Д"


def _russian_version(editor) -> None:
    editor.editor.push(versions.duplicate(editor.document.project, "Proposal B", NAME))
    editor.editor.switch_version(NAME)


def test_print_offers_the_versions_name(editor, monkeypatch):
    _russian_version(editor)
    editor.addons.print_action.trigger()
    dialog = editor.findChild(PrintDialog)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, where, pattern: asked.append(where) or ("", ""))
    dialog.on_export_pdf()
    stem = editor.session.path.stem
    assert Path(asked[0]).name.startswith(f"{stem}-предложение_д-"), asked
    dialog.close()


def test_export_offers_the_versions_name_for_file_and_folder(editor):
    _russian_version(editor)
    editor.addons.export_action.trigger()
    dialog = editor.findChild(ExportDialog)
    for i in range(dialog.versions.count()):
        item = dialog.versions.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text() == NAME
                           else Qt.CheckState.Unchecked)
    stem = editor.session.path.stem
    assert Path(dialog.out_edit.text()).name == f"{stem}-предложение_д-shapefiles"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("geojson"))
    assert Path(dialog.out_edit.text()).name == f"{stem}-предложение_д.geojson"
    dialog.close()
