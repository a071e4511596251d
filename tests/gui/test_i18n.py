"""Arabic and Russian interface: --lang, right-to-left layout, translated menus, Qt's own texts.

Each test installs a language before building a window and restores English afterwards (the
QApplication is shared by the whole run).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication
from support.window import close_quietly

from zoneeditor import i18n
from zoneeditor.gui.app import build_parser
from zoneeditor.gui.main_window import MainWindow


@pytest.fixture
def language(qapp):
    """Install a language for one test: ``language("ar")``; English again afterwards."""

    def install(lang: str) -> str:
        return i18n.install(qapp, lang)

    yield install
    i18n.install(qapp, "en")


@pytest.fixture
def make_window(windows):
    def make() -> MainWindow:
        return windows.shown(QSize(1200, 800), background=False)

    return make


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_lang_option_is_parsed_by_the_window():
    args, _ = build_parser().parse_known_args(["--lang", "ar", "x.gpkg"])
    assert args.lang == "ar" and args.path == "x.gpkg"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "xx"])


def test_arabic_lays_the_window_out_right_to_left(language, make_window):
    assert language("ar") == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = make_window()
    assert window.isRightToLeft()
    assert window.menuBar().isRightToLeft()
    assert menu_titles(window)[:3] == ["ملف", "تحرير", "عرض"]
    # The first menu sits at the right edge of the menu bar, the next to its left.
    bar = window.menuBar()
    first, second = (bar.actionGeometry(a) for a in bar.actions()[:2])
    assert first.left() > second.left()
    assert first.right() > bar.width() * 0.8
    # The toolbar runs from the right too: Open is right of Save.
    bar = window.window_actions.toolbar
    open_button = bar.widgetForAction(window.window_actions.act_open)
    save_button = bar.widgetForAction(window.window_actions.act_save)
    assert open_button.geometry().left() > save_button.geometry().left()
    # Forms put their labels on the right of the fields.
    name_field = window.attributes_panel.name
    assert name_field.isRightToLeft()
    assert window.window_actions.act_undo.text().replace("&", "") == "تراجع"


def test_russian_menus_and_tools_are_translated(language, make_window):
    assert language("ru") == "ru"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window = make_window()
    # the standard menus, in order (add-ons' menus such as Layer come before Help)
    standard = ["Файл", "Правка", "Вид", "Инструменты", "Версия", "Справка"]
    assert [t for t in menu_titles(window) if t in standard] == standard
    assert menu_titles(window)[:5] == standard[:5] and menu_titles(window)[-1] == "Справка"
    tools = [a.text() for a in window.window_actions.tool_group.actions()]
    assert "Нарисовать зону" in tools and "Выбор" in tools
    assert window.map_status.tool.text() == "Выбор"


def test_english_is_the_default_and_left_to_right(language, make_window):
    assert language("en") == "en"
    window = make_window()
    assert not window.isRightToLeft()
    assert menu_titles(window)[:2] == ["File", "Edit"]


def test_qt_standard_buttons_follow_the_language(language):
    # Qt's own strings (message box buttons, file dialogs) come from qtbase_<lang>.qm.
    from PySide6.QtCore import QCoreApplication

    language("ru")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"
    language("ar")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


@pytest.mark.parametrize(("requested", "system", "expected"), [
    ("ar", "en_US", "ar"),
    ("ru_RU.UTF-8", "en_US", "ru"),
    ("xx", "ar_SY", "en"),       # asked for something untranslated: English, not a guess
    (None, "ar_SY", "ar"),
    (None, "ru_UA", "ru"),
    (None, "fr_FR", "en"),
])
def test_language_choice(requested, system, expected):
    assert i18n.choose_language(requested, QLocale(system)) == expected


@pytest.mark.parametrize("lang", ["ar", "ru"])
def test_every_string_is_translated_and_keeps_its_placeholders(lang):
    import re

    root = ET.parse(i18n.FOLDER / f"zoneeditor_{lang}.ts").getroot()
    assert root.get("language", "").startswith(lang)
    placeholder = re.compile(r"%(\d|n)")
    count = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        source = message.find("source").text or ""
        assert translation.get("type") != "unfinished", f"untranslated: {source!r}"
        texts = ([nf.text or "" for nf in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for text in texts:
            assert text.strip(), f"empty translation of {source!r}"
            if message.get("numerus") != "yes":
                assert sorted(placeholder.findall(text)) == sorted(
                    placeholder.findall(source)), f"{source!r} -> {text!r}"
        count += 1
    assert count > 250
    assert i18n.qm_path(lang).stat().st_mtime >= 0 and i18n.load_translator(lang) is not None


def test_english_has_both_forms_of_every_counted_string():
    """English is the source, but "%n features selected" is one source text: the English
    file gives each counted string its "one" and "other" forms, none with "(s)"."""
    import re

    ru = ET.parse(i18n.FOLDER / "zoneeditor_ru.ts").getroot()
    en = ET.parse(i18n.FOLDER / "zoneeditor_en.ts").getroot()

    def counted(root):
        out = {}
        for context in root.iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if (message.get("numerus") == "yes"
                        and translation.get("type") not in ("vanished", "obsolete")):
                    out[(context.findtext("name"), message.findtext("source"))] = translation
        return out

    english = counted(en)
    assert set(counted(ru)) <= set(english), "run packaging/update_translations.sh"
    assert len(english) > 40
    for (ctx, source), translation in english.items():
        assert translation.get("type") != "unfinished", f"no English forms: {ctx} {source!r}"
        one, other = (nf.text or "" for nf in translation.findall("numerusform"))
        for form in (one, other):
            assert "%n" in form and not re.search(r"(?<=[a-z])\(\w+\)", form), (
                f"{source!r} -> {form!r}")
    # the forms differ where English differs, e.g.
    one, other = (nf.text for nf in english[("AttributesPanel", "%n features selected")]
                  .findall("numerusform"))
    assert (one, other) == ("%n feature selected", "%n features selected")


def test_the_english_window_says_one_feature_and_two_features(language):
    from PySide6.QtCore import QCoreApplication

    language("ar")
    language("en")  # switching back to English loads English's plural forms again
    text = "Delete the proposal %1 and its %n feature(s)?"
    assert QCoreApplication.translate("VersionMenu", text, "", 1) == (
        "Delete the proposal %1 and its 1 feature?")
    assert QCoreApplication.translate("VersionMenu", text, "", 3) == (
        "Delete the proposal %1 and its 3 features?")
    assert QCoreApplication.translate("AttributesPanel", "%n features selected", "", 1) == (
        "1 feature selected")
    # Qt's own strings stay Qt's English: no Qt translation is installed for English
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_bilingual_names_render_in_qt_without_visible_marks(qapp):
    # core.naming isolates the Arabic part with FSI/PDI; Qt must lay them out as invisible
    # controls (no boxes, no width), in the editor's own fonts.
    from PySide6.QtGui import QFont, QFontMetricsF

    from zoneeditor.core.naming import display_name, plain_display_name
    from zoneeditor.render.fonts import register_fonts

    register_fonts()
    names = {"name": "Idlib", "name_local": "إدلب"}
    metrics = QFontMetricsF(QFont("Noto Sans", 12))
    shown, plain = display_name(names), plain_display_name(names)
    assert shown != plain
    assert metrics.horizontalAdvance(shown) == pytest.approx(metrics.horizontalAdvance(plain))


def test_zoneeditor_lang_ar_through_app_run(monkeypatch, qapp, qtbot):
    # The real start-up path: `zoneeditor --lang ar` parses, installs, shows, builds.
    import zoneeditor.gui.app as app_module

    built = []
    start = app_module.start_window

    def capture(*args, **options):
        window = start(*args, **options)
        built.append(window)
        return window

    def event_loop(*_args):  # the event loop, until the shown window is built
        (window,) = built
        qtbot.waitUntil(lambda: window.is_built, timeout=10000)
        return 0

    monkeypatch.setattr(app_module, "start_window", capture)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    try:
        assert app_module.run(["--lang", "ar"]) == 0
        (window,) = built
        assert window.isVisible() and window.isRightToLeft()
        assert menu_titles(window)[0] == "ملف"
        assert window.windowTitle()  # the title is set (project name, in any language)
    finally:
        for window in built:
            close_quietly(window)
        i18n.install(qapp, "en")


def test_a_kept_language_applies_when_none_is_asked_for(qapp, tmp_path, language):
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    assert i18n.preferred_language(settings) is None
    i18n.set_preferred_language("ru", settings)
    assert i18n.preferred_language(settings) == "ru"
    assert i18n.install(qapp, None, settings) == "ru"
    assert i18n.install(qapp, "ar", settings) == "ar"  # --lang still wins
    i18n.set_preferred_language(None, settings)
    assert i18n.preferred_language(settings) is None
    with pytest.raises(ValueError):
        i18n.set_preferred_language("xx", settings)


def _mnemonic_clashes(menu, where: str) -> list[str]:
    """Entries of ``menu`` (and its submenus) that share an Alt letter with another entry
    of the same menu: the key would reach only the first."""
    import re

    letters: dict[str, list[str]] = {}
    clashes = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.menu().title() if action.menu() is not None else action.text()
        m = re.search(r"&(?!&)(.)", text)
        if m:
            letters.setdefault(m.group(1).casefold(), []).append(text)
        if action.menu() is not None:
            clashes += _mnemonic_clashes(action.menu(), f"{where} ▸ {text}")
    return clashes + [f"{where}: {' / '.join(t)}" for t in letters.values() if len(t) > 1]


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_each_menu_gives_each_alt_letter_once(language, make_window, lang):
    assert language(lang) == lang
    window = make_window()
    clashes = []
    for top in window.menuBar().actions():
        clashes += _mnemonic_clashes(top.menu(), top.text())
    assert clashes == []
