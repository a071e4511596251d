"""The pytest plugin of the testers' kit (registered as ``zoneeditor`` via ``pytest11``).

Fixtures:

``editor``
    A ``MainWindow`` on a fresh, writable copy of the bundled sample project (or the file
    named by ``@pytest.mark.zoneeditor_project(path)``), started as ``zoneeditor`` starts it
    (``deferred_start``: the map's first frame, then the rest), shown offscreen, active,
    *interactive* (its start complete: every panel, add-on, menu entry and toolbar there),
    with the basemap loaded. ``editor.map`` is its ``MapDriver``. After the test it is
    closed without any "save changes?" question and discarded; its settings live in the
    test's tmp folder.
``map_driver``
    ``editor.map``, for tests that only drive the map.
``editor_project``
    The path of the project file the editor opened (a copy: the test may save over it).
``zoneeditor_dialogs``
    The static dialog guard ``editor`` installs (``testing.guard.DialogGuard``).

``@pytest.mark.zoneeditor_lang("ar")`` builds the window in Arabic (right to left) or Russian.

Safety nets, for a tester's folder without the project's conftest (``testing.guard``):
a static ``QMessageBox``/``QFileDialog`` function the test did not patch fails the test at
once instead of waiting forever; the offscreen platform's warnings are dropped from the Qt
messages pytest-qt captures; a test using ``editor`` gets a ``DEFAULT_TIMEOUT`` (thread
method) when pytest-timeout is installed and the run set no timeout. When such a test fails,
its report gets a "zoneeditor window" section (status bar, version, tool, modal dialog) and
a picture of the window and its dialogs, saved under the test's tmp path or
``--zoneeditor-shots``.

Nothing Qt is imported when pytest loads this plugin: the project's own conftest (and a
tester's) must be able to choose the Qt platform first. The fixtures need pytest-qt.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from zoneeditor.testing.driver import DrivenWindow, MapDriver
    from zoneeditor.testing.guard import DialogGuard

MARKER = "zoneeditor_project"
#: Seconds a test using ``editor`` may take when the run set no timeout: a dialog run with
#: ``exec()`` that nobody answers then fails the run with every thread's stack.
DEFAULT_TIMEOUT = 120
#: The failure report's section.
SECTION = "zoneeditor window"
#: The kit's offscreen screen: one 1280 x 900 screen at 96 dpi (``pytest_configure``).
SCREEN = Path(__file__).with_name("offscreen_screen.json")
LANG_MARKER = "zoneeditor_lang"


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers (the project runs with --strict-markers); headless by default.

    Qt reads QT_QPA_PLATFORM when pytest-qt creates the application, before any fixture
    runs, so the default is set here: offscreen, on a 1280 x 900 screen (``SCREEN``), unless
    the environment says otherwise (``QT_QPA_PLATFORM=xcb pytest`` to watch the tests on a
    display). Qt's own offscreen screen is 800 x 800, and the window arranges its docks for
    its screen: there the side docks got 240 pixels and the Changes panel scrolled sideways
    in a 1280-pixel window, where a user's 1280 x 800 screen shows it whole.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform())
    config.addinivalue_line(
        "markers", f"{MARKER}(path): open this project file (a copy) in the editor fixture "
                   "instead of the bundled sample")
    config.addinivalue_line(
        "markers", f"{LANG_MARKER}(lang): build the editor fixture's window in this interface "
                   "language ('ar' is right-to-left); English again after the test")


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--zoneeditor-shots DIR``: where a failed test's window picture goes."""
    parser.addoption("--zoneeditor-shots", metavar="DIR", default=None,
                     help="save the window picture of each failed editor test in DIR "
                          "(default: the test's tmp_path)")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Take Qt's static dialog functions as they are before any test patches one
    (``testing.guard.ORIGINALS``); pytest-qt has imported Qt by now, no application yet."""
    if session.config.pluginmanager.hasplugin("pytestqt"):
        import zoneeditor.testing.guard  # noqa: F401  # for its ORIGINALS, taken on import


def pytest_report_header(config: pytest.Config) -> str | None:
    """Say once when the window will get Qt's small 800 x 800 offscreen screen."""
    if os.environ.get("QT_QPA_PLATFORM", "") != "offscreen":
        return None
    return ("zoneeditor: QT_QPA_PLATFORM=offscreen gives Qt's 800x800 screen, on which the "
            "editor window arranges its docks narrower than on a laptop; unset it to get the "
            "kit's 1280x900 screen (docs/testing.md, \"The screen\")")


def _timeout_set(config: pytest.Config) -> bool:
    """True when the run chose a timeout itself (option, PYTEST_TIMEOUT or ini)."""
    return (config.getoption("timeout", None) is not None
            or bool(os.environ.get("PYTEST_TIMEOUT")) or bool(config.getini("timeout")))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A ``DEFAULT_TIMEOUT`` (thread method: a signal cannot interrupt Qt's event loop) for
    each test using ``editor``, when pytest-timeout is there and nothing set a timeout; a
    test's own ``@pytest.mark.timeout`` wins."""
    if not config.pluginmanager.hasplugin("timeout") or _timeout_set(config):
        return
    for item in items:
        if isinstance(item, pytest.Function) and "editor" in item.fixturenames and \
                item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(DEFAULT_TIMEOUT, method="thread"))


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Put a filter in front of pytest-qt's capture of Qt messages that drops the offscreen
    platform's warnings (``testing.guard.OFFSCREEN_NOISE``): they then neither fail a run
    with ``qt_log_level_fail = "WARNING"`` nor fill each failure's captured messages.

    pytest-qt's logging plugin, registered after this one, starts its capture before this
    runs (and the fixtures after it); its stop after the test restores the handler it
    found, which removes this filter with it."""
    # pytest-qt sets this attribute on the item while it captures (its only handle on it)
    if getattr(item, "qt_log_capture", None) is None:
        return
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    from zoneeditor.testing.guard import is_offscreen_noise

    forward: list[Callable[[QtMsgType, QMessageLogContext, str], object]] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if forward and not is_offscreen_noise(message):
            forward[0](kind, context, message)

    capture = qInstallMessageHandler(handler)
    if capture is None:  # nothing installed after all: leave Qt's own handler
        qInstallMessageHandler(None)
    else:
        forward.append(capture)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]
                              ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """A test whose window opened a static dialog nobody answered fails (when no driver
    step after it did already); on a failed editor test, the window's state and picture
    go into the report."""
    report = yield
    if call.when != "call" or not isinstance(item, pytest.Function):
        return report
    guard = item.funcargs.get("zoneeditor_dialogs")
    if guard is None:
        return report
    from zoneeditor.testing.guard import DialogGuard, unexpected_text

    refused = guard.unreported() if isinstance(guard, DialogGuard) else []
    if refused and report.passed:
        report.outcome = "failed"
        report.longrepr = "\n".join(unexpected_text(said) for said in refused)
    if report.failed:
        text = _window_report(item, refused)
        if text:
            report.sections.append((SECTION, text))
    return report


def _window_report(item: pytest.Function, refused: list[str]) -> str:
    """The failed test's window in words (with the static dialogs the kit cancelled that no
    step reported, ``refused``), and where its picture went ('' without a window)."""
    if "editor" not in item.funcargs:
        return ""
    from zoneeditor.testing.driver import DrivenWindow
    from zoneeditor.testing.shots import save_picture, window_state

    window, tmp_path = item.funcargs["editor"], item.funcargs["tmp_path"]
    if not isinstance(window, DrivenWindow) or not isinstance(tmp_path, Path):
        return ""  # a test's own fixture of that name: not the kit's window

    try:
        lines = window_state(window, window.map.messages)
    except Exception as exc:  # a report must not hide the test's failure
        lines = [f"(the window's state could not be read: {exc!r})"]
    lines += [f"unanswered dialog (cancelled by the kit): {said}" for said in refused]
    chosen = item.config.getoption("zoneeditor_shots")
    folder = Path(chosen) if chosen else tmp_path
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in item.name) + ".png"
    try:
        lines.append(f"screenshot: {save_picture(window, folder / name)}")
    except Exception as exc:  # as above
        lines.append(f"screenshot: not saved ({exc})")
    return "\n".join(lines)


def offscreen_platform() -> str:
    """Qt's offscreen platform on the kit's screen (``SCREEN``); Qt's own screen where the
    file's path holds a colon (a Windows drive), which Qt would take for an option's end."""
    return "offscreen" if ":" in str(SCREEN) else f"offscreen:configfile={SCREEN}"


@pytest.fixture
def editor_project(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A private, writable copy of the project the editor fixture opens."""
    marker = request.node.get_closest_marker(MARKER)
    if marker is not None:
        # a relative path is the test file's neighbour, not the folder pytest runs from
        source = Path(marker.args[0])
        if not source.is_absolute():
            source = request.path.parent / source
        if not source.is_file():
            pytest.fail(f"@pytest.mark.{MARKER}: no project file {source}", pytrace=False)
    else:
        from zoneeditor.io.session import sample_path

        source = sample_path()
    target = tmp_path / "editor" / source.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


@pytest.fixture
def zoneeditor_dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogGuard:
    """The static dialog guard (``testing.guard.DialogGuard``) of this test: every static
    ``QMessageBox``/``QFileDialog`` function not patched already is refused, and recorded in
    ``.opened``. A patch made earlier (a conftest's, a fixture listed before ``editor``) or
    later (in the test) wins."""
    from zoneeditor.testing.guard import DialogGuard

    guard = DialogGuard()
    guard.install(monkeypatch.setattr)
    return guard


@pytest.fixture
def editor(qtbot: QtBot, editor_project: Path, tmp_path: Path, request: pytest.FixtureRequest,
           zoneeditor_dialogs: DialogGuard) -> Iterator[DrivenWindow]:
    """The editor window on ``editor_project``, shown, active, map ready; ``.map`` drives it."""
    from PySide6.QtCore import QSettings

    from zoneeditor import i18n
    from zoneeditor.io.session import Session
    from zoneeditor.testing.driver import DrivenWindow, MapDriver
    from zoneeditor.testing.messages import MessageLog

    # The interface language is installed as `zoneeditor` installs it, English included:
    # English has a file too (the plural forms: "1 feature", "12 features"). A language
    # the test installed itself before asking for the window is left as it is.
    lang_marker = request.node.get_closest_marker(LANG_MARKER)
    app = request.getfixturevalue("qapp")  # pytest-qt's application
    if lang_marker is not None:
        lang = lang_marker.args[0]
        if i18n.install(app, lang) != lang:
            pytest.fail(f"interface language {lang!r} is not available")
        request.addfinalizer(lambda: i18n.install(app, "en"))
    elif not i18n.is_installed():
        i18n.install(app, "en")
    # The user's own state, settings and caches stay untouched: a journal pointer left in
    # their state folder by a test that died would offer the test's edits for recovery at
    # their next start (a tester found one). Linux reads these; the settings file is ours.
    monkeypatch = request.getfixturevalue("monkeypatch")
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "editor-home" / var.lower()))
    settings = QSettings(str(tmp_path / "editor-settings.ini"), QSettings.Format.IniFormat)
    session = Session.open(editor_project)
    # Started as `zoneeditor` starts it: built as far as the map's first frame needs, then
    # completed by the event loop after that frame (MainWindow, gui/window_start.py).
    window = DrivenWindow(session, settings=settings, deferred_start=True)
    log = MessageLog(window.statusBar())  # every message from here on (MapDriver.messages)
    # Not qtbot.addWidget: pytest-qt would close the window before this fixture's teardown,
    # with the test's edits unsaved, and the "save changes?" question would block the run.
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    # Interactive: the start completed by itself (after the first frame), as a user waits
    # for the window before using it. Tests of what happens *before* it completes build the
    # window themselves (tests/gui/test_window_start.py).
    qtbot.waitUntil(lambda: window.is_ready, timeout=10000)
    window.activateWindow()
    # Shortcuts need the active window. Offscreen and any desktop activate it at once; a bare
    # X server without a window manager may never do so, and then MapDriver.tool() says so.
    with contextlib.suppress(Exception):
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.wait_background()
    window.canvas.fit_to_project()
    window.canvas.setFocus()
    window.map = MapDriver(window, qtbot, guard=zoneeditor_dialogs, log=log)
    yield window
    # Discard the test's edits: no question, no save, no leftover journal or lock.
    with contextlib.suppress(Exception):  # a test may have broken the session on purpose
        window.document.history.set_clean()
    window.close()
    if window.isVisible():  # the window refused to close (a dialog): do not leave it up
        window.hide()
    window.deleteLater()
    with contextlib.suppress(Exception):  # closed with the window unless it refused to close
        window.session.close()


@pytest.fixture
def map_driver(editor: DrivenWindow) -> MapDriver:
    """The editor's MapDriver (``editor.map``)."""
    return editor.map
