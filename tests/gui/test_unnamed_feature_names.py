"""A feature without a name is called by its layer's word and short id in the window's
language ("منطقة 1a2b3c4d", "зона 1a2b3c4d"), as the comparison's texts call it: the window's
messages and History said "zone 1a2b3c4d" in every language."""

from __future__ import annotations

import pytest
from conftest import zone

from zoneeditor import i18n
from zoneeditor.i18n.values import feature_name

SQUARE = "POLYGON((36 35, 36.1 35, 36.1 35.1, 36 35))"


@pytest.mark.parametrize("lang,word", [("en", "zone"), ("ar", "منطقة"), ("ru", "зона")])
def test_an_unnamed_feature_is_called_in_the_language(qapp, lang, word):
    unnamed = zone("1a2b3c4d5e6f", SQUARE)
    try:
        i18n.install(qapp, lang)
        assert feature_name(unnamed) == f"{word} 1a2b3c4d"
        # a named one keeps its name, a local name in the language's script is taken
        assert feature_name(zone("z2", SQUARE, name="Idlib")) == "Idlib"
        local = feature_name(zone("z3", SQUARE, name_local="إدلب"))
        assert local == {"ar": "إدلب", "en": "zone z3", "ru": "зона z3"}[lang]
    finally:
        i18n.install(qapp, "en")
