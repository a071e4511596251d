"""Start the editor: ``zoneeditor [PATH[:VERSION]] [--reference FILE ...]`` (no PATH opens the
bundled sample; a ``postgresql://USER@HOST/DATABASE/PROJECT`` address opens a team project's
working copy).

The window shows VERSION when given (``__main__`` checked it exists, before any window),
else the version of that project shown last on this computer, else the one shown when the
file was saved. ``--reference`` shows a reference layer for this run only: drawn, snapped to
and traced along, listed in the Layers panel, where Keep adds it to the project (it is not
saved unless kept).

``run(argv)`` parses the arguments, creates the QApplication and the window. Other modules
add options through ``build_parser`` (``--lang``, ``--self-test``...): unknown options are
left to Qt, so ``-platform offscreen`` and the like keep working.

``run`` shows the window first and builds it after (docs/window.md, "Start-up"): a shell
with the project's last view or "Opening …" (``MainWindow(opening=...)``), then, after its
first paint, the start-up check that offers the edits a crashed session left
(``recovery_dialog``, over the window), the project read and the map's part of the window
(``open_into``), then the rest. Nothing heavier than PySide6 is imported before the shell is
on screen.

While it runs: a quit the system asks for rather than the user — a plain SIGTERM or SIGHUP
(logout, shutdown), or the desktop session manager ending the session — is handled as a
normal quit without questions (``session_end``): unsaved edits stay in the journal, offered
at the next start, and the project's lock is released.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from zoneeditor.cli.window_target import WINDOW_HELP
from zoneeditor.core.messages import substitute
from zoneeditor.gui.startup_trace import StartupTrace

if TYPE_CHECKING:
    from zoneeditor.gui.main_window import MainWindow
    from zoneeditor.gui.session_end import SessionEnd
    from zoneeditor.io.session import Session


def build_parser() -> argparse.ArgumentParser:
    """The command-line options of the window (``zoneeditor --help`` for the CLI's)."""
    parser = argparse.ArgumentParser(
        prog="zoneeditor",
        description="Open the zone editor window (the bundled sample when no PATH is given).")
    parser.add_argument("path", nargs="?", help=WINDOW_HELP["path"])
    parser.add_argument("--reference", action="append", default=[], metavar="FILE",
                        help=WINDOW_HELP["--reference"])
    parser.add_argument("--lang", choices=("en", "ar", "ru"), help=WINDOW_HELP["--lang"])
    parser.add_argument("--self-test", action="store_true", help=WINDOW_HELP["--self-test"])
    return parser


def make_application(qt_args: list[str]) -> QApplication:
    """The QApplication (reused if one exists, as under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "zoneeditor", *qt_args])
    QCoreApplication.setOrganizationName("zoneeditor")
    QCoreApplication.setApplicationName("zoneeditor")
    assert isinstance(app, QApplication)  # the only application this process makes
    app.setApplicationDisplayName("ZoneEditor")
    return app


def create_window(path: str | None, version: str | None = None, *,
                  deferred_start: bool = False) -> tuple[MainWindow, BaseException | None]:
    """Make the window showing ``path`` (or the sample), on ``version`` when given (else the
    version last shown); a file that cannot be read is reported in a dialog once the window
    is shown, and the sample is shown instead. ``deferred_start``: the window completes
    itself after its map's first frame (``MainWindow``)."""
    from zoneeditor.gui.main_window import MainWindow

    session, error = read_session(None, path)
    window = MainWindow(session, deferred_start=deferred_start)
    opened(window, session, version)
    return window, error


def read_session(parent: QWidget | None, path: str | None
                 ) -> tuple[Session | None, BaseException | None]:
    """The session on ``path`` (None: the sample, made by the window), asking about a lock
    or edits left by a crash over ``parent``; or the reason it cannot be read."""
    if not path:
        return None, None
    from zoneeditor.core.errors import ZoneEditorError
    from zoneeditor.gui.recovery_dialog import open_session
    from zoneeditor.gui.team_open import is_team_address, open_team_project

    try:  # asks about a lock or edits left by a crash
        return (open_team_project(parent, path) if is_team_address(path)
                else open_session(parent, path)), None
    except (ZoneEditorError, OSError) as exc:
        return None, exc
    except Exception as exc:  # a bug: said like any reason, the sample shown, never a hang
        from zoneeditor.io.error_log import log_error

        log_error(exc)  # the traceback for a report; the window says it in one sentence
        return None, exc


def opened(window: MainWindow, session: Session | None, version: str | None) -> None:
    """A window just built on ``session`` read from a file: in the recent files, where the
    user last was in it, on ``version`` when given, else on the version shown last."""
    if session is None:
        return
    window.settings.add_recent(session.path)
    view = window.settings.last_view(session.path)
    if view is not None:
        window.canvas.set_view(view)
    window.files.show_last_version()
    if version is not None:
        window.editor.switch_version(version)


def window_for(recovered: Session, *, deferred_start: bool = False) -> MainWindow:
    """The window on a session the start-up check recovered: built on it directly (no
    sample opened and thrown away), where the user last was in that project."""
    from zoneeditor.gui.main_window import MainWindow

    # restores the project's last view, if any
    window = MainWindow(recovered, deferred_start=deferred_start)
    if recovered.path is not None:
        window.settings.add_recent(recovered.path)
    return window


def open_into(window: MainWindow, path: str | None, version: str | None) -> None:
    """The second step of ``zoneeditor``'s start: offer the edits a crashed session left
    (over the shown ``window``), read the project (or take the recovered one) and build the
    window's map part on it; a file that cannot be read is said in a dialog and the sample
    is shown instead."""
    from zoneeditor.gui.recovery_dialog import startup_check
    from zoneeditor.io.team.address import is_url

    opening = Path(path) if path and not is_url(path) else None  # a file, not a server
    # edits left by a session that crashed: offered first (those for ``opening`` when it is
    # opened, below: one question per file)
    recovered = startup_check(window, opening)
    if window.shell is not None and window.shell.cancelled:
        if recovered is not None:  # the window was closed meanwhile: nothing more is opened
            recovered.close(keep_unsaved=True)
        return
    if recovered is not None:
        window.build(recovered)
        if recovered.path is not None:
            window.settings.add_recent(recovered.path)
        return
    session, error = read_session(window, path)
    window.build(session)
    opened(window, session, version)
    if opening is not None and session is None and error is None:
        # the user declined to open it (edits left for later, a lock not taken over): the
        # sample is shown, which must never pass for their file
        from PySide6.QtWidgets import QMessageBox

        from zoneeditor.gui.recovery_dialog import not_opened_text

        QMessageBox.warning(window, QCoreApplication.translate("App", "Project not opened"),
                            not_opened_text(opening))
    if error is not None:
        from zoneeditor.core.naming import ltr  # here: core.naming imports shapely, numpy
        from zoneeditor.gui.project_files import error_reason

        window.show_error(
            QCoreApplication.translate("App", "Cannot open project"),
            substitute(QCoreApplication.translate("App", "The file %1 could not be opened.\n\n%2"),
                       (ltr(str(Path(path or ""))), error_reason(error))))


def start_window(args: argparse.Namespace, version: str | None, ending: SessionEnd,
                 trace: StartupTrace | None) -> MainWindow:
    """The window of ``zoneeditor [PATH]``, shown at once as a shell (the project's last
    view, or "Opening …") and built after its first paint (``open_into``)."""
    from zoneeditor.gui.main_window import MainWindow
    from zoneeditor.gui.window_shell import Opening

    team = bool(args.path) and "://" in args.path
    path = Path(args.path) if args.path and not team else None
    files = list(args.reference)

    def build(window: MainWindow) -> None:
        open_into(window, args.path, version)
        ending.attach(window)  # a logout during the questions ends it now
        bring_forward(window)
        if files:  # shown for this run; the Layers panel offers to keep them
            window.when_ready(lambda: window.editor.references.show_files(files))

    opening = Opening(path, version, build, snapshot=not team,
                      label=args.path.rstrip("/").rsplit("/", 1)[-1] if team else "")
    window = MainWindow(opening=opening)
    window.show()
    if trace is not None:  # bench/startup.py's milestones
        trace.follow(window)
    bring_forward(window)
    return window


#: Qt's own command-line options that take a value (``-geometry 800x600``): they must not be
#: mistaken for the project PATH.
_QT_VALUE_OPTIONS = frozenset({
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qmljsdebugger",
    "-style", "-stylesheet", "-session", "-geometry", "-display", "-title", "-qwindowgeometry",
    "-qwindowicon", "-qwindowtitle", "-name", "-font", "-fn", "-bg", "-fg",
})


def split_qt_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """Separate Qt's single-dash options (with their values) from ours."""
    ours: list[str] = []
    qt: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _QT_VALUE_OPTIONS:
            qt.extend(argv[i:i + 2])
            i += 2
            continue
        if arg.startswith("-") and not arg.startswith("--") and arg not in ("-h",):
            qt.append(arg)  # -reverse, -nograb, ...
        else:
            ours.append(arg)
        i += 1
    return ours, qt


def run(argv: list[str], version: str | None = None) -> int:
    """Open the editor window (on ``version`` of the project, when given: the VERSION of
    ``zoneeditor PATH:VERSION``, already checked); returns the process exit code."""
    ours, qt_args = split_qt_args(argv)
    args, unknown = build_parser().parse_known_args(ours)
    qt_args = qt_args + unknown
    if args.self_test:
        from zoneeditor.selftest import main as self_test

        code = self_test(qt_args)
        let_workers_finish()  # its window's threads too: a clean exit, whatever failed
        return code
    app = make_application(qt_args)
    from zoneeditor.i18n import install as install_language

    install_language(app, args.lang)
    from zoneeditor.gui.session_end import SessionEnd

    ending = SessionEnd(app)  # SIGTERM, SIGHUP, logout: a quit without questions
    # The window is shown first, then built: the project read after the recovery check,
    # the map, then the panels, add-ons and basemap (``start_window``, ``MainWindow``)
    start_window(args, version, ending, StartupTrace.from_environment())
    code = app.exec()
    ending.uninstall()
    let_workers_finish()
    return code


def let_workers_finish(timeout: float = 15.0) -> None:
    """Wait for background threads (the basemap loading, a diff being computed) before the
    interpreter exits. Native code still running in one of them while the libraries are
    torn down crashed the process at exit (status 134 or 139) when it was quit, or sent
    SIGTERM, in its first seconds; the project was already closed by then, but a logout must
    see a clean exit."""
    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        if thread is not threading.main_thread() and thread.is_alive():
            thread.join(max(0.0, deadline - time.monotonic()))


def bring_forward(window: QWidget) -> None:
    """Make the new window the active one with the map focused, so the map's keys (and the
    Edit menu's Ctrl+Z) reach it at once, also after a recovery dialog had the focus and on
    a desktop (or bare X server) that does not activate new windows by itself."""
    window.raise_()
    window.activateWindow()
    canvas = window.findChild(QWidget, "mapCanvas")
    if canvas is not None:
        canvas.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
