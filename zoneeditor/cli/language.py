"""The language of what a command writes for people: ``--lang``, chosen as the window's.

``zoneeditor print`` lays out a sheet and ``zoneeditor diff`` writes its text report in the
language the window would use, by the same rule (``zoneeditor.i18n.install``): ``--lang``
when given, else the language the user chose to keep in the window (its settings), else the
system's (``LC_ALL``, ``LANG``...), else English. Both commands add the option and install
the language here, so the rule and its settings are one.

Qt is imported only when a command asks for a language (``install_language``):
``zoneeditor --help`` and the machine formats of ``diff`` import none.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

#: The languages of ``--lang``: the window's (``zoneeditor.i18n.LANGUAGES``, repeated here
#: so that ``zoneeditor --help`` imports no Qt; tests/e2e/test_print_languages.py checks).
LANGUAGES = ("en", "ar", "ru")

#: How ``--lang``'s default is chosen, for the commands' help.
DEFAULT_RULE = ("default: as the window, the language chosen in it, else the system's, "
                "LANG/LC_ALL; else English")
#: The same for what a command writes to the terminal (``terminal_language``).
TERMINAL_RULE = ("default: the terminal's language, LANGUAGE/LC_ALL/LC_MESSAGES/LANG as "
                 "every command-line tool reads it; else English")

#: The environment variables that name the language of messages, in the order gettext
#: reads them (LANGUAGE a list, the others one locale each).
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def add_language_option(parser: argparse.ArgumentParser, what: str,
                        rule: str = DEFAULT_RULE) -> None:
    """``--lang {en,ar,ru}``; ``what`` says what it sets ("language of the sheet's
    words"), ``rule`` how its default is chosen."""
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=f"{what}: {', '.join(LANGUAGES)} ({rule})")


def terminal_language(lang: str | None, environ: dict[str, str] | None = None) -> str:
    """``lang`` when given, else the terminal's language as gettext finds it (the first
    of ``LANGUAGE``'s list, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set; "C" and
    "POSIX" are English), "en" for one zoneeditor does not speak.

    Text a command writes to the terminal follows the terminal, as every command-line
    tool's does, not the language kept in the window: reading that takes Qt's settings,
    and Qt's import would cost a comparison of the sample a fifth of its time
    (issue #19, item 3) for the English most terminals ask for.

    >>> terminal_language(None, {"LANG": "ru_RU.UTF-8"}), terminal_language("ar", {})
    ('ru', 'ar')
    >>> terminal_language(None, {"LANGUAGE": "de:ar", "LANG": "C.UTF-8"})
    'en'
    """
    if lang:
        return lang if lang in LANGUAGES else "en"
    env = os.environ if environ is None else environ
    for variable in _LOCALE_VARIABLES:
        value = env.get(variable, "")
        if not value:
            continue
        first = value.split(":")[0] if variable == "LANGUAGE" else value
        code = first.replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()
        return code if code in LANGUAGES else "en"
    return "en"


def install_language(lang: str | None, gui: bool = False) -> tuple[QCoreApplication, str]:
    """The application (created once; a QGuiApplication with ``gui``, offscreen when there
    is no display, as painting needs one) with the interface language installed into it as
    the window installs its own (``i18n.install``: the same settings, so a language chosen
    in the window applies here too). Returns the application, to keep a reference while it
    is used, and the language installed ("en" when ours is missing)."""
    if gui and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        if gui:
            from PySide6.QtGui import QGuiApplication

            app = QGuiApplication(["zoneeditor-print"])
        else:
            app = QCoreApplication(["zoneeditor"])
    # the window's names (gui.app.make_application): its settings hold the kept language
    QCoreApplication.setOrganizationName("zoneeditor")
    QCoreApplication.setApplicationName("zoneeditor")
    from zoneeditor.i18n import install

    return app, install(app, lang)


__all__ = ["DEFAULT_RULE", "LANGUAGES", "TERMINAL_RULE", "add_language_option",
           "install_language", "terminal_language"]
