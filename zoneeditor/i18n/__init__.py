"""Interface languages: English (the source), Arabic and Russian.

The translations are Qt files beside this module: ``zoneeditor_<lang>.ts`` (the editable XML,
made from the sources by ``pyside6-lupdate``) and ``zoneeditor_<lang>.qm`` (compiled by
``pyside6-lrelease``); ``packaging/update_translations.sh`` refreshes both. ``install`` loads
ours and Qt's own (button texts of standard dialogs) into the application, and turns the whole
interface right-to-left for Arabic.

The language is the one asked for (``zoneeditor --lang ar``), else the one the user chose to
keep (``set_preferred_language``, for a Language menu), else the system's (``LANG`` / the
desktop's setting, via ``QLocale.system()``), else English.

This module uses QtCore and QtGui only (no widgets), so the print layout can use it too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

#: Languages the interface is translated to, English first (its file: plural forms only).
LANGUAGES = ("en", "ar", "ru")
#: The language names as their speakers write them (for a language menu).
NATIVE_NAMES = {"en": "English", "ar": "العربية", "ru": "Русский"}
#: Languages written right to left.
RTL_LANGUAGES = frozenset({"ar"})

FOLDER = Path(__file__).resolve().parent

# The translators live as long as the application: Qt keeps only a pointer to them.
_installed: list[QTranslator] = []
_current = "en"


def qm_path(lang: str) -> Path:
    """The compiled translation file of ``lang`` (English's holds only plural forms)."""
    return FOLDER / f"zoneeditor_{lang}.qm"


def choose_language(requested: str | None = None, system: QLocale | None = None) -> str:
    """The interface language: ``requested`` when given, else the system's, else "en".

    ``requested`` may be a code ("ar") or a locale name ("ru_RU.UTF-8"); anything not
    translated falls back to English.
    """
    if requested:
        code = _code(requested)
        return code if code in LANGUAGES else "en"
    locale = system if system is not None else QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = _code(name)
        if code in LANGUAGES:
            return code
    return "en"


def _code(name: str) -> str:
    """"ar_SY.UTF-8", "ar-SY", "AR" -> "ar"."""
    return name.replace("-", "_").split("_")[0].split(".")[0].strip().lower()


def is_rtl(lang: str) -> bool:
    """True for a language written right to left."""
    return lang in RTL_LANGUAGES


def load_translator(lang: str) -> QTranslator | None:
    """A QTranslator with zoneeditor's strings in ``lang`` (None if its file is missing).

    English is the source language, so its file holds only the strings with a count
    (``self.tr("%n features selected", "", n)``): one source text, and English's "one" and
    "other" forms ("1 feature selected", "2 features selected")."""
    translator = QTranslator()
    if not translator.load(str(qm_path(lang))):
        return None
    return translator


def qt_translator(lang: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, file and print dialogs) in ``lang``."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if translator.load(f"qtbase_{lang}", folder) or translator.load(f"qt_{lang}", folder):
        return translator
    return None


#: QSettings key of a language the user chose in the interface (None: follow the system).
PREFERENCE_KEY = "interface/language"


def preferred_language(settings: QSettings | None = None) -> str | None:
    """The language the user chose to keep (``set_preferred_language``), or None."""
    value = (settings or QSettings()).value(PREFERENCE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def set_preferred_language(lang: str | None, settings: QSettings | None = None) -> None:
    """Remember ``lang`` for the next start (None: follow the system again).

    A window's Language menu calls this; the choice applies at the next start, since
    strings already shown keep their language.
    """
    settings = settings or QSettings()
    if lang is None:
        settings.remove(PREFERENCE_KEY)
    elif lang in LANGUAGES:
        settings.setValue(PREFERENCE_KEY, lang)
    else:
        raise ValueError(f"no interface language {lang!r}; choose from {LANGUAGES}")
    settings.sync()


def install(app: QCoreApplication, requested: str | None = None,
            settings: QSettings | None = None) -> str:
    """Load the interface language into ``app``; returns the language code used.

    The language is ``requested`` (``--lang``), else the one the user chose to keep
    (``preferred_language``), else the system's.

    Removes translators an earlier call installed (so tests can switch languages), installs
    Qt's and ours, and sets the layout direction: right-to-left for Arabic (menus, docks,
    dialogs and the status bar all mirror), left-to-right otherwise. Strings created before
    this call keep their language: call it before building windows.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = choose_language(requested or preferred_language(settings))
    ours = load_translator(lang)
    if ours is None and lang != "en":
        lang = "en"  # our file is missing: stay coherent in English
        ours = load_translator(lang)
    # Qt's own strings are English already; English needs only our plural forms.
    qt_own = qt_translator(lang) if lang != "en" else None
    for translator in (qt_own, ours):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    if hasattr(app, "setLayoutDirection"):
        direction = (Qt.LayoutDirection.RightToLeft if is_rtl(lang)
                     else Qt.LayoutDirection.LeftToRight)
        app.setLayoutDirection(direction)
    # QLocale's default is left alone: numbers, dates and coordinates keep one format
    # whatever the interface language, so a printed sheet reads the same for every party.
    global _current
    _current = lang
    return lang


def is_installed() -> bool:
    """True once ``install`` has put our translations into the application (English's
    plural forms included): a test kit leaves a language its test chose alone."""
    return bool(_installed)


def current_language() -> str:
    """The language installed by the last ``install`` ("en" before any)."""
    return _current
