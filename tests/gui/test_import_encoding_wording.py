"""The import dialog's first text encoding says where the encoding comes from for the files
chosen: "From the file (.cpg)" only for a shapefile (or a zip, which usually holds one);
a GeoJSON file has no .cpg. The choice reads the files as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from zoneeditor import i18n
from zoneeditor.core.document import Document
from zoneeditor.gui.import_dialog import ImportDialog
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path

BAD = Path(__file__).parents[1] / "data" / "bad"


@pytest.fixture
def document() -> Document:
    return Document(read_project(sample_path()))


def first_choice(dialog: ImportDialog) -> str:
    box = dialog.encoding_box
    return box.itemText(box.findData(""))


def read(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results or dialog.read_errors),
                    timeout=60_000)


def test_the_file_encoding_choice_names_a_cpg_only_for_shapefiles(qtbot, document):
    dialog = ImportDialog(document, None, [str(BAD / "swapped_latlon.geojson")])
    qtbot.addWidget(dialog)
    read(qtbot, dialog)
    assert dialog.encoding_box.currentData() == ""  # the default choice, as before
    assert first_choice(dialog) == "From the file"
    assert dialog.encoding_box.currentText() == "From the file"
    assert dialog.choices()["encoding"] is None  # the file's own, as before
    dialog.add_files([str(BAD / "utf8_greek" / "zones.shp")])
    read(qtbot, dialog)
    assert first_choice(dialog) == "From the file (.cpg)"
    dialog.clear_button.click()
    assert first_choice(dialog) == "From the file"
    dialog.add_files([str(BAD / "zipped_shapefile.zip")])
    read(qtbot, dialog)
    assert first_choice(dialog) == "From the file (.cpg)"


def test_the_wording_is_translated(qtbot, qapp, request, document):
    assert i18n.install(qapp, "ru") == "ru"
    request.addfinalizer(lambda: i18n.install(qapp, "en"))
    dialog = ImportDialog(document, None, [str(BAD / "swapped_latlon.geojson")])
    qtbot.addWidget(dialog)
    read(qtbot, dialog)
    assert first_choice(dialog) == "Из файла"
    dialog.add_files([str(BAD / "utf8_greek" / "zones.shp")])
    read(qtbot, dialog)
    assert first_choice(dialog) == "Из файла (.cpg)"
