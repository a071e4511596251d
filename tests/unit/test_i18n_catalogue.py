"""Every string the code marks for translation reaches the translation files, with plural
forms where the code gives a count.

pyside6-lupdate's Python parser silently drops some calls (``translate("Ctx", "…", None,
len(x))``) and files others without plural forms (``translate(…, None, n)``);
packaging/tr_aliases.py covers both. This reads the sources the way the application calls
Qt (class name for ``self.tr``, the literal context for ``translate`` and ``_tr`` helpers)
and looks each string up in zoneeditor_{ar,ru}.ts, so a string that would stay English at
run time fails here, naming the file and line.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import tr_aliases  # noqa: E402

#: Folders lupdate reads (packaging/update_translations.sh).
SOURCES = ["gui", "render", "i18n"]


def messages(lang: str) -> dict[tuple[str, str], bool]:
    """``(context, source) -> has plural forms`` of the live messages of one .ts file."""
    root = ET.parse(ROOT / "zoneeditor" / "i18n" / f"zoneeditor_{lang}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("translation").get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = message.get("numerus") == "yes"
    return found


def test_the_sources_mark_strings_with_and_without_counts():
    strings = tr_aliases.catalogue([str(ROOT / "zoneeditor" / s) for s in SOURCES])
    assert len(strings) > 700
    assert any(counted for *_, counted in strings)
    assert ("MergeDialog", "%n taken from ours") in {(c, t) for c, t, _, _ in strings}


@pytest.mark.parametrize("lang", ["ar", "ru"])
def test_every_marked_string_is_in_the_translation_file(lang):
    known = messages(lang)
    missing, no_plural = [], []
    for ctx, text, where, counted in tr_aliases.catalogue(
            [str(ROOT / "zoneeditor" / s) for s in SOURCES]):
        if (ctx, text) not in known:
            missing.append(f"{where}: {ctx} {text!r}")
        elif counted and not known[(ctx, text)]:
            no_plural.append(f"{where}: {ctx} {text!r}")
    assert missing == [], "not in the .ts (run packaging/update_translations.sh)"
    assert no_plural == [], "given a count but translated without plural forms"


def test_translate_helpers_are_found_however_they_pass_the_text(tmp_path):
    module = tmp_path / "panel.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n    return QCoreApplication.translate('Panel', text)\n"
        "def _tr2(text: object) -> str:\n"
        "    return QCoreApplication.translate('Sheet', str(text))\n"
        "A = _tr('Pan the map')\nB = _tr2('Other keys')\n"
        "C = QCoreApplication.translate('Sheet', '%n more', None, len([1]))\n",
        encoding="utf-8")
    found = {(ctx, text, counted) for ctx, text, _, counted in tr_aliases.catalogue([tmp_path])}
    assert found == {("Panel", "Pan the map", False), ("Sheet", "Other keys", False),
                     ("Sheet", "%n more", True)}


def test_arabic_names_menu_paths_in_words_not_with_arrows():
    """docs/i18n.md: in Arabic a menu path is said in words («استيراد…» في قائمة «ملف»);
    "ملف ▸ استيراد…" points the wrong way in right-to-left text."""
    root = ET.parse(ROOT / "zoneeditor" / "i18n" / "zoneeditor_ar.ts").getroot()
    arrows = [m.findtext("source") for m in root.iter("message")
              if m.find("translation").get("type") not in ("vanished", "obsolete")
              and "▸" in (m.findtext("translation") or "")]
    assert arrows == []
