"""The locator (Ctrl+K): typed from the keyboard alone, it finds towns of the bundled
gazetteer and the project's features in English, Arabic and Russian, and goes there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from zoneeditor.core.naming import strip_bidi
from zoneeditor.core.place_search import PlaceKind


def open_locator(editor):
    """Ctrl+K from the map, as a user; returns the locator with its box focused."""
    locator = editor.addons.locator
    assert locator.wait_ready(), "towns and countries were not indexed"
    editor.map.key("Ctrl+K")
    assert locator.popup.isVisible()
    assert QApplication.focusWidget() is locator.popup.input
    return locator


def rows(locator) -> list[str]:
    results = locator.popup.results
    return [strip_bidi(results.item(i).text()) for i in range(results.count())]


def centre(editor) -> tuple[float, float]:
    w, s, e, n = editor.canvas.viewport.bounds
    return (w + e) / 2, (s + n) / 2


def test_ctrl_k_finds_the_idlib_zone_first_and_the_town_after(editor):
    locator = open_locator(editor)
    editor.map.type("Idlib")
    kinds = [m.place.kind for m in locator.matches]
    assert kinds[0] == PlaceKind.FEATURE and locator.matches[0].place.name == "Idlib"
    town = next(m for m in locator.matches if m.place.kind == PlaceKind.TOWN)
    assert town.place.name == "Idlib" and locator.matches.index(town) == 1
    assert rows(locator)[1].startswith("Idlib") and "town in Syria" in rows(locator)[1]
    editor.map.key("Return")
    idlib = editor.map.feature("Idlib")
    assert editor.map.selection == {idlib.id}
    assert not locator.popup.isVisible()
    assert QApplication.focusWidget() is editor.canvas  # the map keys work at once
    x, y = centre(editor)
    west, south, east, north = idlib.geometry.bounds
    assert west <= x <= east and south <= y <= north


@pytest.mark.parametrize("typed", ["إدلب", "ادلب", "Идлиб", "idleb"])
def test_the_town_is_found_in_arabic_russian_and_another_spelling(editor, typed):
    locator = open_locator(editor)
    editor.map.type(typed)
    towns = [m for m in locator.matches if m.place.kind == PlaceKind.TOWN]
    assert towns and towns[0].place.name == "Idlib"


def test_keyboard_only_choose_a_town_and_go(editor):
    locator = open_locator(editor)
    editor.map.type("إدلب")
    # The project's zone "Idlib" (local name إدلب) comes first; Down chooses the town.
    assert locator.matches[0].place.kind == PlaceKind.FEATURE
    editor.map.key("Down")
    assert locator.popup.results.currentRow() == 1
    assert locator.matches[1].place.kind == PlaceKind.TOWN
    editor.map.key("Return")
    town = locator.matches[1].place
    x, y = centre(editor)
    assert abs(x - town.position[0]) < 0.01 and abs(y - town.position[1]) < 0.01
    assert 100_000 < editor.canvas.viewport.scale_denominator() < 2_000_000
    assert editor.map.selection == frozenset()  # a town selects nothing
    assert "إدلب" in editor.statusBar().currentMessage()
    assert locator._mark[:2] == town.position  # marked for a moment, and named: a tester
    assert locator._mark[2] == "Idlib"  # found Tadmur under "SYRIA", its name nowhere
    image = editor.canvas.grab().toImage()
    sx, sy = editor.canvas.viewport.to_screen(*town.position)
    named = [(px, py) for px in range(int(sx) + 20, min(image.width(), int(sx) + 90))
             for py in range(int(sy) - 8, int(sy) + 8)
             if image.pixelColor(px, py).name() == "#1f4e9e"]
    assert len(named) > 20, "the town's name is drawn beside its mark"


def test_a_point_feature_and_a_country(editor):
    locator = open_locator(editor)
    editor.map.type("morek")
    assert locator.matches[0].place.name == "Observation post Morek"
    editor.map.key("Return")
    assert editor.map.selection == {editor.map.feature("Observation post Morek").id}
    editor.map.key("Ctrl+K")
    QTest.keyClick(locator.popup.input, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    editor.map.type("Сирия")
    assert locator.matches[0].place.kind == PlaceKind.COUNTRY
    editor.map.key("Return")
    w, s, e, n = editor.canvas.viewport.bounds
    assert w < 36.0 < e and s < 34.0 < n and e - w < 15


def test_escape_closes_and_gives_the_map_its_keys_back(editor):
    locator = open_locator(editor)
    editor.map.type("Ham")
    before = editor.canvas.viewport
    editor.map.key("Escape")
    assert not locator.popup.isVisible()
    assert QApplication.focusWidget() is editor.canvas
    assert editor.canvas.viewport == before  # nothing was gone to
    editor.map.key("Left")  # the map pans at once
    assert editor.canvas.viewport != before


def test_nothing_found_says_so_and_enter_does_nothing(editor):
    locator = open_locator(editor)
    before = editor.canvas.viewport
    editor.map.type("7777")
    assert locator.matches == [] and "7777" in locator.popup.hint.text()
    editor.map.key("Return")
    assert locator.popup.isVisible() and editor.canvas.viewport == before


def test_a_renamed_zone_is_found_by_its_new_name_at_once(editor):
    from zoneeditor.core.edits import set_attributes

    doc = editor.document
    editor.map.version("Proposal B")
    idlib = editor.map.feature("Idlib")
    editor.editor.push(set_attributes(doc.version, idlib, name="Greater Idlib"))
    locator = open_locator(editor)
    editor.map.type("greater")
    assert locator.matches[0].place.key == idlib.id  # (then towns: Greater Noida...)


def test_clicking_elsewhere_closes_the_box(editor):
    locator = open_locator(editor)
    editor.canvas.setFocus()  # a click on the map
    QApplication.processEvents()
    assert not locator.popup.isVisible()


@pytest.mark.zoneeditor_lang("ar")
def test_arabic_interface_shows_arabic_names(editor):
    locator = open_locator(editor)
    editor.map.type("Idlib")
    town_row = rows(locator)[1]
    assert town_row.startswith("إدلب")  # the town's Arabic name in an Arabic interface
    assert "Idlib" in town_row  # and the spelling that was typed
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
