"""Lists in the window are joined as the interface language joins them: "a, b" in English
and Russian, "a، b" in Arabic (``i18n.lists``); the Import dialog's counts were "6 مناطق,
خطان" with a Latin comma."""

from __future__ import annotations

import pytest
from conftest import line, zone

from zoneeditor import i18n
from zoneeditor.gui.import_dialog.problems import feature_counts
from zoneeditor.gui.import_dialog.words import left_out_status
from zoneeditor.i18n.lists import listed, separator


@pytest.fixture
def language(qapp):
    def use(lang: str) -> None:
        i18n.install(qapp, lang)
    yield use
    i18n.install(qapp, "en")


@pytest.mark.parametrize("lang,sep", [("en", ", "), ("ru", ", "), ("ar", "، ")])
def test_a_list_takes_the_languages_separator(language, lang, sep):
    language(lang)
    assert separator() == sep
    assert listed(["a", "b", "c"]) == f"a{sep}b{sep}c"
    assert listed([]) == ""


def test_the_import_dialogs_counts_and_reasons_are_arabic_lists(language):
    language("ar")
    square = "POLYGON((36 35, 36.1 35, 36.1 35.1, 36 35))"
    features = [zone("a", square), zone("b", square), line("l", "LINESTRING(36 35, 37 35)")]
    counts = feature_counts(features)
    assert "، " in counts and ", " not in counts
    status = left_out_status({"no-geometry": 2, "invalid": 1})
    assert "، " in status and ", " not in status
