"""The editing tools' hints and refusals reach the status bar in the interface language.

Core makes them as ``core.messages.Message`` (English text that keeps its template); the
window shows them through ``gui.tool_messages.translated``. Here the testers' kit draws in an
Arabic and a Russian window: the hint, the count of vertices, and a refused zone (whose reason
is a Message inside the refusal) must read without an English word, only figures and keys.
"""

from __future__ import annotations

import pytest
from support.i18n_walk import english_words, has_letters

ARABIC = "\u0600-\u06ff"
CYRILLIC = "\u0400-\u04ff"

#: A zone whose boundary crosses itself (a bow tie): refused, a repair offered.
BOW_TIE = [(38.0, 34.0), (38.2, 34.2), (38.2, 34.0), (38.0, 34.2)]


def _in_language(text: str, lang: str) -> None:
    """``text`` holds words of ``lang``'s script and no English word besides keys/figures."""
    import re

    script = ARABIC if lang == "ar" else CYRILLIC
    assert has_letters(text) and re.search(f"[{script}]", text), text
    assert english_words(text, set()) == [], text


@pytest.mark.parametrize("lang", [
    pytest.param("ar", marks=pytest.mark.zoneeditor_lang("ar")),
    pytest.param("ru", marks=pytest.mark.zoneeditor_lang("ru")),
])
def test_drawing_hints_and_a_refusal_are_in_the_interface_language(editor, lang):
    drive = editor.map
    drive.version("Proposal B")
    drive.show(37.9, 33.9, 38.4, 34.4)
    zones = len(drive.features("zones"))
    drive.tool("Z")
    _in_language(drive.message, lang)  # "Draw zone: click the first vertex..."
    drive.click(38.0, 34.0)
    drive.click(38.2, 34.2)
    hint = drive.message  # "Draw zone, vertices: 2 — Enter or double-click to finish..."
    _in_language(hint, lang)
    assert "2" in hint and "Enter" in hint and "Esc" in hint
    for lon, lat in BOW_TIE[2:]:
        drive.click(lon, lat)
    drive.key("Return")
    refusal = drive.message  # "Adding a zone refused: the boundary crosses itself at ..."
    _in_language(refusal, lang)
    assert len(drive.features("zones")) == zones  # refused: nothing added
    word = {"ar": "تم رفض", "ru": "отклонено"}[lang]
    reason = {"ar": "الحدّ يتقاطع مع نفسه", "ru": "граница пересекает саму себя"}[lang]
    assert word in refusal and reason in refusal, refusal

    drive.key("Escape")
    drive.tool("X")  # Split: a line that cuts no zone is refused (an EditRefused's reason)
    _in_language(drive.message, lang)
    drive.click_path([(38.30, 34.30), (38.35, 34.35)], finish="enter")
    _in_language(drive.message, lang)
    cut = {"ar": "لا يقسم أي منطقة", "ru": "не делит ни одну зону"}[lang]
    assert cut in drive.message, drive.message


def test_in_english_the_same_messages_are_core_s_sentences(editor):
    drive = editor.map
    drive.version("Proposal B")
    drive.show(37.9, 33.9, 38.4, 34.4)
    drive.tool("Z")
    drive.click(38.0, 34.0)
    drive.click(38.2, 34.2)
    assert drive.message == ("Draw zone, vertices: 2 — Enter or double-click to finish, "
                             "Backspace removes the last, Esc cancels")
    for lon, lat in BOW_TIE[2:]:
        drive.click(lon, lat)
    drive.key("Return")
    assert drive.message.startswith("Adding a zone refused: the boundary crosses itself at ")
    assert english_words(drive.message, set())  # the check above can fail


@pytest.mark.zoneeditor_lang("ru")
def test_a_refusal_caught_around_an_edit_is_shown_translated(editor):
    from zoneeditor.core.errors import EditRefused, ZoneEditorError
    from zoneeditor.core.messages import Message
    from zoneeditor.gui.tool_messages import error_text

    refused = EditRefused(Message("%1 refused: %2", Message("Moving %1", "Idlib"),
                                  Message("%1 at %2°N %3°E",
                                          Message("the boundary crosses itself"),
                                          "35.90000", "36.60000")))
    text = error_text(refused)
    assert text.startswith("Перемещение") and "граница пересекает саму себя" in text, text
    assert "Idlib" in text and "35.90000° с. ш." in text
    assert error_text(ZoneEditorError("cannot read x.gpkg")) == "cannot read x.gpkg"


@pytest.mark.parametrize(("lang", "zone", "line"), [
    pytest.param("ar", "منطقة جديدة", "خط جديد", marks=pytest.mark.zoneeditor_lang("ar")),
    pytest.param("ru", "Новая зона", "Новая линия", marks=pytest.mark.zoneeditor_lang("ru")),
])
def test_new_features_are_named_in_the_interface_language(editor, lang, zone, line):
    """A tester drew a zone in the Arabic window and got "New zone 1" on the map, in the
    History panel and in the recovery dialog. The translated name goes into the language's
    own name column (``name_ar``, ``name_ru``): ``name`` is the shared English one that
    every other window, the sheet and the diff read (a later tester's report)."""
    drive = editor.map
    drive.version("Proposal B")
    drive.show(37.9, 33.9, 38.4, 34.4)
    before = {f.id for f in drive.features("zones")}
    drive.tool("Z")
    drive.click_path([(38.0, 34.0), (38.2, 34.0), (38.2, 34.2)], finish="enter")
    drive.tool("Z")
    drive.click_path([(38.25, 34.0), (38.35, 34.0), (38.35, 34.1)], finish="enter")
    own = f"name_{lang}"
    names = sorted((f.attributes[own], f.name) for f in drive.features("zones")
                   if f.id not in before)
    # numbered within the language's names
    assert names == [(f"{zone} 1", "New zone 1"), (f"{zone} 2", "New zone 2")]
    drive.tool("L")
    drive.click_path([(38.0, 34.3), (38.3, 34.3)], finish="enter")
    assert any(f.attributes.get(own) == f"{line} 1" and f.name == "New line 1"
               for f in drive.features("lines"))


@pytest.mark.parametrize("typed, number", [("95, 200", "-90"), ("30, 200", "-180")])
def test_a_negative_bound_reads_with_its_sign_in_arabic(qapp, typed, number):
    """A tester read "بين 90- و90": a left-to-right mark before "-90" does not keep the
    sign with the number in a right-to-left sentence; an isolate does."""
    from PySide6.QtCore import Qt
    from support.bidi import visual

    from zoneeditor import i18n
    from zoneeditor.core.coords import CoordinateError, parse
    from zoneeditor.gui.tool_messages import error_text

    i18n.install(qapp, "ar")
    try:
        with pytest.raises(CoordinateError) as refused:
            parse(typed)
        shown = visual(error_text(refused.value), Qt.LayoutDirection.RightToLeft)
        assert number in shown and f"{number[1:]}-" not in shown, shown
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize(("lang", "count", "expected"), [
    ("en", 1, "Proposal B still has 1 feature with open merge conflicts; resolve them"),
    ("en", 3, "Proposal B still has 3 features with open merge conflicts; resolve them"),
    ("ru", 1, "ещё 1 объект с открытыми"),
    ("ru", 3, "ещё 3 объекта с открытыми"),
    ("ru", 11, "ещё 11 объектов с открытыми"),
    ("ru", 21, "ещё 21 объект с открытыми"),
    ("ar", 5, "عدد 5 من العناصر"),
    # figures read grouped everywhere (core.figures), counts too; the plural by the count
    ("en", 300000, "Proposal B still has 300,000 features with open merge conflicts"),
    ("ru", 300000, "ещё 300,000 объектов с открытыми"),
    ("ru", 1001, "ещё 1,001 объект с открытыми"),
])
def test_a_counted_message_takes_the_languages_plural_form(qapp, lang, count, expected):
    """core.messages.counted: the window translates with the count, so Russian says
    "1 объект", "3 объекта", "11 объектов", and English "1 feature", "3 features"."""
    from zoneeditor import i18n
    from zoneeditor.core.messages import counted
    from zoneeditor.gui.tool_messages import translated

    message = counted("%1 still has %n feature(s) with open merge conflicts; resolve them "
                      "before merging it again", count, "Proposal B")
    try:
        i18n.install(qapp, lang)
        shown = translated(message)
    finally:
        i18n.install(qapp, "en")
    assert expected in shown.replace("\u2068", "").replace("\u2069", "")
    assert "%" not in shown and "(s)" not in shown
    assert "Proposal B" in shown  # the other argument is filled in too


@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_a_translated_sentence_fills_each_placeholder_once(qapp, lang):
    """A name holding a placeholder ("Zone %3", a file "plan%1.gpkg") is shown as it is:
    the translated template is filled in one pass (``core.messages.fill``), as Qt's
    ``arg(a, b, c)`` does, not one placeholder after the other."""
    from zoneeditor import i18n
    from zoneeditor.core.messages import Message
    from zoneeditor.gui.tool_messages import translated

    message = Message("%1 as opened in %2 on %3 UTC", "Zone %3", "plan%1.gpkg", "2026-12-03")
    try:
        i18n.install(qapp, lang)
        shown = translated(message).replace("\u2068", "").replace("\u2069", "")
    finally:
        i18n.install(qapp, "en")
    assert "Zone %3" in shown and "plan%1.gpkg" in shown and "2026-12-03" in shown, shown


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_window_title_keeps_names_holding_placeholders(qapp, lang):
    """The window's own sentences are filled in one pass too (``core.messages.substitute``):
    a project file "talks%2.gpkg" showing version "Plan %1" read "talksPlan talks%2.gpkg.gpkg"
    when "%1" then "%2" were replaced one after the other."""
    from zoneeditor import i18n
    from zoneeditor.gui.version_menu import window_title

    try:
        i18n.install(qapp, lang)
        title = window_title("talks%2.gpkg", "Plan %1")
    finally:
        i18n.install(qapp, "en")
    assert title.count("talks%2.gpkg") == 1 and title.count("Plan %1") == 1, title
    assert "ZoneEditor" in title or lang == "ar"
