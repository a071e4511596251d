"""The user guide's pages: every language has every page, none speaks to developers, links
land on pages of the same language, and what the pages name is what the window shows —
menu paths exist in the window's menus, the terms quoted are the window's own words in that
language (its translation files), the keys named are keys of the window — and the guide is
installed and bundled with the resources."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from zoneeditor.core.naming import strip_bidi
from zoneeditor.gui.help_pages import PAGES, SHORTCUTS_MARK, SHORTCUTS_PAGE, page_title
from zoneeditor.gui.help_shortcuts import collect
from zoneeditor.io.resources import guide_root

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "ar", "ru")
LINK = re.compile(r"\]\(([^)\s]+)\)")
#: Words only a developer needs: none of them on a page for delegates and staff.
DEVELOPER_WORDS = ("pytest", "pip ", ".py", "tests/", "docs/", "python", "venv", "git ",
                   "github", "import-linter", "ruff", "qt_", "pyside", "traceback")
#: A menu path written in a page: **File ▸ Import…** (English and Russian pages).
MENU_PATH = re.compile(r"\*\*([^*]*?▸[^*]*?)\*\*")
#: A term of the window quoted in a page: “…” in English, «…» in Arabic and Russian.
QUOTED = {"en": re.compile(r"“([^”]+)”"), "ar": re.compile(r"«([^»]+)»"),
          "ru": re.compile(r"«([^»]+)»")}
#: Keys named in a page: Ctrl+L, Ctrl+Shift+F, Alt+Left; a tool's letter in code: (`Z`).
KEY_COMBO = re.compile(r"(?<![\w+])((?:Ctrl|Alt|Shift)\+(?:[A-Z][a-z]*|[A-Z0-9]|/|\+|-)"
                       r"(?:\+[A-Z][a-z]*|\+[A-Z0-9])*)")
TOOL_LETTER = re.compile(r"`([A-Z])`")
#: The guide window's own keys (not the editor's): find, back and forward, close.
GUIDE_KEYS = {"Ctrl+F", "Alt+Left", "Alt+Right", "Esc", "Ctrl+W"}


def page_files(lang: str) -> list[Path]:
    return [guide_root() / lang / page for page in PAGES]


def all_files() -> list[Path]:
    return sorted(p for p in guide_root().rglob("*") if p.is_file())


def catalogue(lang: str) -> set[str]:
    """The window's own words in ``lang``: the sources (English) or the translations of the
    translation file, without mnemonics and trailing colons."""
    if lang == "en":
        path = ROOT / "zoneeditor" / "i18n" / "zoneeditor_ar.ts"
    else:
        path = ROOT / "zoneeditor" / "i18n" / f"zoneeditor_{lang}.ts"
    words = set()
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        if lang == "en":
            texts = [message.findtext("source") or ""]
        else:
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        words |= {normal(t) for t in texts}
    # the Attributes panel shows the core fields' names capitalised ("local name" is the
    # field label "Local name": i18n.values.attribute_title)
    return words | {w[:1].upper() + w[1:] for w in words}


def normal(text: str) -> str:
    """A text as a page writes it: no mnemonic, one space between words (a page may break a
    line inside a term), no colon after it."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


# -- every page, in every language -----------------------------------------------------------------
def test_every_language_has_every_page_with_a_title_of_its_own():
    root = guide_root()
    assert root is not None
    assert sorted(p.name for p in (root / "en").iterdir()) == sorted(PAGES)
    english = {page_title(root / "en" / page) for page in PAGES}
    for lang in LANGUAGES:
        for path in page_files(lang):
            assert path.is_file(), f"{lang} has no {path.name}"
            title = page_title(path)
            assert title != path.name, f"{lang}/{path.name} has no # heading"
            if lang != "en":
                assert title not in english, f"{lang}/{path.name}: the title is English"
        script = {"ar": "[\u0600-\u06ff]", "ru": "[\u0400-\u04ff]"}.get(lang)
        if script:
            for path in page_files(lang):
                assert re.search(script, path.read_text(encoding="utf-8")), path


def test_no_page_speaks_to_developers():
    found = []
    for path in all_files():
        text = path.read_text(encoding="utf-8").casefold()
        found += [f"{path.parent.name}/{path.name}: {w!r}" for w in DEVELOPER_WORDS if w in text]
    assert found == []


def test_links_between_pages_land_on_pages_of_the_same_language():
    for path in all_files():
        for target in LINK.findall(path.read_text(encoding="utf-8")):
            assert not re.match(r"^[a-z]+:", target), f"{path}: a web link {target}"
            page = target.split("#")[0]
            assert page in PAGES, f"{path}: {target} is not a page of the guide"
            assert (path.parent / page).is_file()


def test_the_keyboard_page_asks_for_the_window_table_in_every_language():
    for lang in LANGUAGES:
        text = (guide_root() / lang / SHORTCUTS_PAGE).read_text(encoding="utf-8")
        assert text.count(SHORTCUTS_MARK) == 1, lang


# -- what the pages name is what the window shows --------------------------------------------------
def menu_entries(menu: QMenu, path: tuple[str, ...], found: set[tuple[str, ...]]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        text = normal(action.text())
        found.add((*path, text))
        if isinstance(action.menu(), QMenu):
            menu_entries(action.menu(), (*path, text), found)


def window_menus(window) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for top in window.menuBar().actions():
        title = normal(top.text())
        found.add((title,))
        menu_entries(top.menu(), (title,), found)
    return found


def path_exists(path: tuple[str, ...], menus: set[tuple[str, ...]]) -> bool:
    """A written path exists; an entry whose text grows with the state (Undo Move vertex)
    counts by its first words."""
    return any(len(m) == len(path) and all(
        have == want or have.startswith(want + " ") for have, want in zip(m, path, strict=True))
        for m in menus)


@pytest.mark.parametrize("lang", [pytest.param(lang, marks=pytest.mark.zoneeditor_lang(lang))
                                  for lang in ("en", "ru")])
def test_menu_paths_written_in_the_pages_are_the_window_menus(editor, lang):
    menus = window_menus(editor)
    missing, count = [], 0
    for path in page_files(lang):
        for written in MENU_PATH.findall(path.read_text(encoding="utf-8")):
            count += 1
            parts = tuple(normal(p) for p in written.split("▸"))
            if not path_exists(parts, menus):
                missing.append(f"{path.name}: {written}")
    assert count > 40
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_terms_quoted_in_the_pages_are_the_window_own_words(lang):
    words = catalogue(lang)
    missing, count = [], 0
    for path in page_files(lang):
        for term in QUOTED[lang].findall(path.read_text(encoding="utf-8")):
            count += 1
            if normal(strip_bidi(term)) not in words:
                missing.append(f"{path.name}: {term}")
    assert count > 25
    assert missing == []


@pytest.mark.parametrize("lang", [pytest.param(lang, marks=pytest.mark.zoneeditor_lang(lang))
                                  for lang in LANGUAGES])
def test_keys_named_in_the_pages_are_keys_of_the_window(editor, lang):
    keys = set(GUIDE_KEYS)
    for section in collect(editor):
        for line in section.shortcuts:
            keys |= {strip_bidi(k) for k in line.keys}
    letters = {k for k in keys if len(k) == 1}
    missing, count = [], 0
    for path in page_files(lang):
        text = strip_bidi(path.read_text(encoding="utf-8"))
        for key in KEY_COMBO.findall(text):
            count += 1
            if key not in keys:
                missing.append(f"{path.name}: {key}")
        missing += [f"{path.name}: `{k}`" for k in TOOL_LETTER.findall(text) if k not in letters]
    assert count > 20
    assert missing == []


# -- installed and bundled -------------------------------------------------------------------------
def test_the_guide_is_installed_and_bundled_with_the_resources():
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert setuptools["package-dir"]["zoneeditor.resources"] == "resources"
    assert "zoneeditor.resources" in setuptools["packages"]
    assert setuptools["package-data"]["zoneeditor.resources"] == ["**/*"]
    assert guide_root() == ROOT / "resources" / "guide"  # in this checkout
    for path in all_files():
        assert path.suffix == ".md", f"{path}: not a page (package it on purpose)"
    spec = (ROOT / "packaging" / "zoneeditor.spec").read_text()
    assert 'collect_data_files("zoneeditor.resources")' in spec
    assert '"guide"' in spec  # a bundle without the guide's pages is refused
