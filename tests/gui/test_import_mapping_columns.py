"""The import dialog's table of columns reads at the dialog's size in Russian: "Примеры
значений" (sample values) was squeezed to a strip by a long "Распознан как" and its title
cut on both sides ("имеры значени", an outside tester at 1366 x 768)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from zoneeditor import i18n
from zoneeditor.core.document import Document
from zoneeditor.gui.import_dialog import ImportDialog
from zoneeditor.io.exchange.mapping import MappingStore
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path


@pytest.fixture
def other_file(tmp_path):
    """Another party's zones with columns of their own (the tester's other_party.geojson)."""
    features = [{"type": "Feature",
                 "properties": {"NAME_EN": name, "NAME_AR": local, "SIDE": "Opposition",
                                "STATUS_CODE": "PROP", "TYPE": "de-escalation"},
                 "geometry": {"type": "Polygon", "coordinates": [[
                     [36 + k, 35], [36.5 + k, 35], [36.5 + k, 35.5], [36 + k, 35]]]}}
                for k, (name, local) in enumerate([("Idlib", "إدلب"),
                                                   ("Northern Hama", "ريف حماة الشمالي")])]
    path = tmp_path / "other_party.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["ru", "en", "ar"])
def test_the_sample_values_column_has_room_for_its_title(qtbot, qapp, tmp_path, other_file,
                                                        lang, request):
    assert i18n.install(qapp, lang) == lang
    request.addfinalizer(lambda: i18n.install(qapp, "en"))
    dialog = ImportDialog(Document(read_project(sample_path())), None, [str(other_file)],
                          mappings=MappingStore(tmp_path / "m.json"))
    qtbot.addWidget(dialog)
    dialog.resize(1080, 680)  # the dialog on a 1366 x 768 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results), timeout=60_000)
    table = dialog.mapping.table
    header = table.horizontalHeader()
    title = table.horizontalHeaderItem(3).text()
    assert header.sectionSize(3) >= header.fontMetrics().horizontalAdvance(title)
    # a title squeezed after all (the user narrowed it) is elided from its start
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignLeading
