"""The export dialog speaks as the rest of the window: versions by their display names
("Agreed baseline", in Arabic too), the shapefile field-name note and columns only for
shapefiles, a target name that follows the choices until the user names it, and counts in
their plural forms ("7 zones, 1 line", never "zone(s)")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from zoneeditor import i18n
from zoneeditor.core.model import LayerKind
from zoneeditor.core.naming import ltr
from zoneeditor.gui.export_dialog import ExportDialog, counts_text
from zoneeditor.i18n.values import version_title
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path


@pytest.fixture
def project():
    return read_project(sample_path())


@pytest.fixture
def dialog(qtbot, tmp_path, project) -> ExportDialog:
    made = ExportDialog(project, "Proposal B", None, str(tmp_path), "edit")
    qtbot.addWidget(made)
    return made


def listed(dialog: ExportDialog) -> list[str]:
    return [dialog.versions.item(i).text() for i in range(dialog.versions.count())]


def tick(dialog: ExportDialog, row: int, on: bool = True) -> None:
    dialog.versions.item(row).setCheckState(Qt.CheckState.Checked if on
                                            else Qt.CheckState.Unchecked)


def choose_format(dialog: ExportDialog, code: str) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(code))


def test_versions_are_listed_by_their_display_names(dialog):
    assert listed(dialog) == ["Agreed baseline", "Proposal B"]
    assert dialog.chosen_versions() == ["Proposal B"]
    tick(dialog, 0)
    assert dialog.chosen_versions() == ["agreed", "Proposal B"]  # kept by name


def test_an_arabic_dialog_names_the_baseline_in_arabic(qtbot, qapp, tmp_path, project,
                                                       request):
    assert i18n.install(qapp, "ar") == "ar"
    request.addfinalizer(lambda: i18n.install(qapp, "en"))
    dialog = ExportDialog(project, "Proposal B", None, str(tmp_path), "edit")
    qtbot.addWidget(dialog)
    assert listed(dialog) == ["الأساس المتفق عليه", "Proposal B"] == \
        [version_title("agreed"), "Proposal B"]
    tick(dialog, 0)
    assert dialog.chosen_versions() == ["agreed", "Proposal B"]


def test_file_extensions_read_left_to_right_in_an_arabic_dialog(qtbot, qapp, tmp_path,
                                                                project, request):
    """".zip" and ".fields.json" inside an Arabic sentence showed as "zip." and
    "fields.json." (an outside tester): they are isolated left to right."""
    assert i18n.install(qapp, "ar") == "ar"
    request.addfinalizer(lambda: i18n.install(qapp, "en"))
    dialog = ExportDialog(project, "Proposal B", None, str(tmp_path), "edit")
    qtbot.addWidget(dialog)
    assert ltr(".zip") in dialog.zip_check.text()
    assert "Shapefile" in dialog.zip_check.text()  # the Arabic sentence, not the English
    assert ltr(".fields.json") in dialog.preview_note.text()
    assert ".fields.json" not in dialog.preview_note.text().replace(ltr(".fields.json"), "")


def test_the_field_name_note_is_for_shapefiles_only(dialog):
    assert "shapefile field names are at most 10 bytes" in dialog.preview_note.text()
    assert not dialog.preview.isColumnHidden(1) and not dialog.preview.isColumnHidden(2)
    for code in ("kml", "gpkg", "geojson"):
        choose_format(dialog, code)
        assert dialog.preview_note.text() == "Will be written:", code
        assert dialog.preview.isColumnHidden(1) and dialog.preview.isColumnHidden(2)
        assert dialog.field_mapping() == {Path(dialog.out_edit.text()).name: {}}
    choose_format(dialog, "shp")
    assert "shapefile field names" in dialog.preview_note.text()
    assert not dialog.preview.isColumnHidden(1)


def test_the_target_follows_the_choices_until_the_user_names_it(qtbot, dialog, tmp_path):
    choose_format(dialog, "kml")
    assert dialog.out_edit.text() == str(tmp_path / "edit-proposal_b.kml")
    tick(dialog, 0)
    assert dialog.out_edit.text() == str(tmp_path / "edit-all-versions.kml")
    tick(dialog, 1, False)
    assert dialog.out_edit.text() == str(tmp_path / "edit-agreed.kml")
    tick(dialog, 1)
    # the user names the target: kept when versions are ticked, its extension follows the
    # format (the tester's "win-shp" folder became "edit-proposal_b.kml" on choosing KML)
    choose_format(dialog, "shp")
    dialog.out_edit.selectAll()
    qtbot.keyClicks(dialog.out_edit, str(tmp_path / "win-shp"))
    assert dialog.out_edit.text() == str(tmp_path / "win-shp")
    choose_format(dialog, "kml")
    assert dialog.out_edit.text() == str(tmp_path / "win-shp.kml")
    tick(dialog, 0, False)
    assert dialog.out_edit.text() == str(tmp_path / "win-shp.kml")
    choose_format(dialog, "gpkg")
    assert dialog.out_edit.text() == str(tmp_path / "win-shp.gpkg")
    choose_format(dialog, "shp")
    assert dialog.out_edit.text() == str(tmp_path / "win-shp")
    dialog.zip_check.setChecked(True)
    assert dialog.out_edit.text() == str(tmp_path / "win-shp.zip")


def test_counts_are_said_in_their_plural_forms(qtbot, dialog, project):
    assert counts_text({"zones": 7, "lines": 3, "points": 5}) == "7 zones, 3 lines, 5 points"
    assert counts_text({"zones": 1, "lines": 1, "points": 1}) == "1 zone, 1 line, 1 point"
    assert counts_text({"zones": 2}) == "2 zones"
    assert counts_text({}) == "nothing"
    choose_format(dialog, "kml")
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        dialog.export_button.click()
    version = project.versions["Proposal B"]
    zones, lines, points = (len(version.layer(k)) for k in LayerKind)
    said = f"Exported {zones} zones, {lines} lines, {points} points to"
    assert signal.args[0].startswith(said), signal.args[0]
    assert "(s)" not in dialog.state_label.text()
