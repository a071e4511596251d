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


def add_language_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--lang {en,ar,ru}``; ``what`` says what it sets ("language of the sheet's
    words")."""
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=f"{what}: {', '.join(LANGUAGES)} ({DEFAULT_RULE})")


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


__all__ = ["DEFAULT_RULE", "LANGUAGES", "add_language_option", "install_language"]
