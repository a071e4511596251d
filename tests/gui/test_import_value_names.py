"""What the import says about party and status values shows the values it takes by their
display names, as the Attributes panel shows them, in every interface language.

The status bar after an import (whole on hover) and the dialog's footer said "status values
mapped as you chose: PROP → proposed" in an Arabic window: the stored status "proposed"
untranslated, and the party by its stored English name where the Attributes panel shows
"المعارضة". The values the file holds ("PROP", "OPP") are data and stay as the file has them.
"""

from __future__ import annotations

import pytest
from support.party_files import party_shapefile

from zoneeditor import i18n
from zoneeditor.core.messages import Message
from zoneeditor.core.party_values import Reading, readings_notes
from zoneeditor.gui.import_dialog import open_import_dialog
from zoneeditor.io.session import Session


def plain(text: str) -> str:
    """``text`` without the marks that isolate names in it."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")


@pytest.fixture(params=["ar", "ru"])
def language(request, qapp):
    assert i18n.install(qapp, request.param) == request.param
    yield request.param
    i18n.install(qapp, "en")


#: What each language shows: the chosen status and party, by their display names.
SHOWN = {
    "ar": {"status": "ok ← متفق عليه", "party": "OPP ← المعارضة", "none": "UN ← (لا شيء)",
           "case": "OPPOSITION ← المعارضة"},
    "ru": {"status": "ok → согласовано", "party": "OPP → Opposition", "none": "UN → (нет)",
           "case": "OPPOSITION → Opposition"},
}


def test_the_status_bar_after_an_import_names_the_values_as_the_panels_do(
        windows, qtbot, tmp_path, language):
    window = windows.shown(session=Session.sample())
    dialog = open_import_dialog(window.editor, window, [str(party_shapefile(tmp_path))])
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results), timeout=60_000)
    dialog.values.choose("party", "OPP", "Opposition")
    dialog.values.choose("party", "UN", "")
    dialog.values.choose("status", "ok", "agreed")
    shown = SHOWN[language]
    footer = plain(dialog.summary_label.text())
    for key in ("status", "party", "none"):
        assert shown[key] in footer, footer
    for english in ("agreed", "(none)"):
        assert english not in footer, footer
    dialog.import_button.click()
    said = plain(window.statusBar().currentMessage())
    for key in ("status", "party", "none", "case"):
        assert shown[key] in said, said
    assert "→ agreed" not in said and "→ Opposition" not in said.replace(shown["party"], "") \
        .replace(shown["case"], "")


def test_the_problems_list_names_a_status_read_up_to_case_as_the_panels_do(
        windows, qtbot, tmp_path, language):
    import fiona

    path = tmp_path / "zones.shp"
    schema = {"geometry": "Polygon", "properties": {"NAME": "str:20", "STATUS": "str:20"}}
    ring = [(36.0, 35.0), (36.1, 35.0), (36.1, 35.1), (36.0, 35.0)]
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=schema, crs="EPSG:4326") as out:
        out.write({"geometry": {"type": "Polygon", "coordinates": [ring]},
                   "properties": {"NAME": "Alpha", "STATUS": "PROPOSED"}})
    window = windows.shown(session=Session.sample())
    dialog = open_import_dialog(window.editor, window, [str(path)])
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.results), timeout=60_000)
    rows = [plain(r) for r in dialog.problem_texts()]
    taken = {"ar": "PROPOSED ← مقترح", "ru": "PROPOSED → предложено"}[language]
    assert any(taken in r for r in rows), rows
    dialog.reject()


def test_the_command_line_keeps_the_stored_values_in_english():
    notes = readings_notes([Reading("status", "PROP", "proposed", chosen=True),
                            Reading("status", "ok", "agreed", chosen=True),
                            Reading("party", "UN", "", chosen=True)])
    assert [str(n) for n in notes] == ["party values mapped as you chose: UN → (none)",
                                       "status values mapped as you chose: PROP → proposed, "
                                       "ok → agreed"]
    assert all(isinstance(n, Message) for n in notes)


def test_many_values_cross_from_the_sandboxed_reader_in_one_piece():
    """The reader's notes come from its child process as JSON data (``to_data``), which
    refuses Messages nested deeper than ``MAX_DEPTH``: the pairs are one level, however
    many."""
    from zoneeditor.core.messages import MAX_DEPTH, from_data, to_data

    readings = [Reading("party", f"P{i}", "Opposition", chosen=True)
                for i in range(MAX_DEPTH * 40)]
    (note,) = readings_notes(readings)
    back = from_data(to_data(note))
    assert back == note and back.args[0].args[-1] == f"P{MAX_DEPTH * 40 - 1} → Opposition"
