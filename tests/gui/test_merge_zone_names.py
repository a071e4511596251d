"""A merge of three or more zones names each zone in the window's language.

The merge's undo label was ``Message("Merge zones %1 and %2", "Idlib, North of Homs",
"Eastern Ghouta")``: every zone but the last in one argument, joined by an English comma, so
an Arabic window could neither call those zones by their Arabic names nor join them with its
own comma (an outside pass). Now the zones are a list (``core.messages.listing``), one
argument each, which the window names and joins as its language does: Arabic «أ، ب وج»,
Russian «а, б и в» (the translations of "%1, %2" and "%1 and %2").
"""

from __future__ import annotations

import pytest

from zoneeditor.testing.changes import plain

#: Inside the three Opposition zones of "Proposal B", largest first (the merge's order).
ZONES = {"Idlib": (36.55, 35.85), "North of Homs": (36.67, 34.87),
         "Eastern Ghouta": (36.41, 33.54)}

#: How each window lists them (feature names: the Arabic local names; in Russian only Eastern
#: Ghouta has a Russian name, the others keep their stored one).
LISTED = {"ar": "إدلب، شمال حمص والغوطة الشرقية",
          "ru": "Idlib, North of Homs и Восточная Гута",
          "en": "Idlib, North of Homs and Eastern Ghouta"}


def _merge_three(window) -> str:
    """Merge the three zones with the merge tool (click each, Enter); the status bar."""
    drive = window.map
    drive.version("Proposal B")
    drive.show(35.6, 33.2, 37.6, 36.4)
    drive.tool("G")
    for lon, lat in ZONES.values():
        drive.click(lon, lat)
    drive.key("Return")
    assert set(ZONES) - {f.label for f in drive.features("zones")} == {
        "North of Homs", "Eastern Ghouta"}  # merged into Idlib
    return drive.message


def _rows(window) -> list[str]:
    rows = window.history_panel.list
    return [plain(rows.item(i).text()) for i in range(rows.count())]


@pytest.mark.parametrize("lang", [
    pytest.param("ar", marks=pytest.mark.zoneeditor_lang("ar")),
    pytest.param("ru", marks=pytest.mark.zoneeditor_lang("ru")),
    "en",
])
def test_a_merge_of_three_zones_names_each_in_the_windows_language(editor, lang):
    said = _merge_three(editor)
    listed = LISTED[lang]
    assert listed in said, said
    undo = plain(editor.window_actions.act_undo.text())
    assert listed in undo, undo
    assert listed in _rows(editor)[-1], _rows(editor)
    if lang != "en":
        for text in (said, undo):
            assert "Eastern Ghouta" not in text and "and" not in text, text
            assert ", " not in text or lang == "ru", text  # Arabic writes «،»
    editor.window_actions.act_undo.trigger()
    assert len(editor.map.features("zones")) == 6  # one step: all three back
    redo = plain(editor.window_actions.act_redo.text())
    assert listed in redo, redo


@pytest.mark.parametrize(("lang", "expected"), [
    ("ar", "دمج المناطق أ، ب، ج، د وه"),
    ("ru", "Объединение зон а, б, в, г и д"),
    ("en", "Merge zones a, b, c, d and e"),
])
def test_a_list_of_any_length_is_joined_as_the_language_joins_one(qapp, lang, expected):
    """``core.messages.listing``: every item but the last two joined by the language's
    comma, the last two by its "and"; items holding a placeholder stay as they are."""
    from zoneeditor import i18n
    from zoneeditor.core.messages import Message, from_data, listing, to_data
    from zoneeditor.gui.tool_messages import translated

    items = {"ar": "أ ب ج د ه", "ru": "а б в г д", "en": "a b c d e"}[lang].split()
    message = Message("Merge zones %1", listing(items))
    assert message == "Merge zones " + ", ".join(items[:-1]) + " and " + items[-1]
    try:
        i18n.install(qapp, lang)
        shown = plain(translated(message))
        again = plain(translated(from_data(to_data(message))))  # journaled, recovered
        placeholders = plain(translated(listing(["Zone %2", "%1", "x"])))
    finally:
        i18n.install(qapp, "en")
    assert shown == again == expected, shown
    assert placeholders.startswith("Zone %2") and "%1" in placeholders, placeholders


@pytest.mark.parametrize(("lang", "parties"), [
    pytest.param("ar", "الحكومة والمعارضة", marks=pytest.mark.zoneeditor_lang("ar")),
    pytest.param("ru", "(Government и Opposition)", marks=pytest.mark.zoneeditor_lang("ru")),
    ("en", "(Government and Opposition)"),
])
def test_a_refused_merge_lists_the_parties_in_the_windows_language(editor, lang, parties):
    """Zones of two parties are not merged; the refusal names the parties as the window
    does (Arabic: the parties' local names), joined as its language joins a list."""
    drive = editor.map
    drive.version("Proposal B")
    drive.show(35.6, 33.2, 37.6, 36.4)
    drive.tool("G")
    drive.click(*ZONES["Idlib"])
    drive.click(36.85, 35.2)  # Northern Hama, Government
    drive.key("Return")
    said = drive.message
    assert parties in said, said
    assert len(drive.features("zones")) == 6  # nothing merged
