"""Main windows for GUI tests (a pytest plugin), and ``settle``: the event loop turned until
a window has laid itself out.

``windows`` makes windows for one test, each on a settings file in the test's folder, and
closes them after it without questions (``close_quietly``); ``windows.shown(size)`` is a
window shown at a size, its basemap loaded, as most window tests want it (``LAPTOP_SCREEN``:
the 1366×768 laptop the window must fit).

``settle`` waits for events, not for a time. A window lays itself out over several turns of
the event loop (a toolbar chooses its button style on the turn after a resize, the new style
asks for a layout on the next, the map is painted again at its new size in between); on a
loaded machine one such turn can take most of a second, so a settle bounded by one second of
wall time ran out before the window had finished (tests/gui/test_window_fit.py, in full-suite
runs). Here the window is settled when its background loading and its Changes panel's
comparison are done and then a few turns in a row bring none of its widgets a layout event
(a layout request, a move, a resize, shown or hidden, a style, font or language change)
while none of its single-shot timers (a debounce, a deferred fit) is pending. A window that
settles with something wrong is reported at once, however loaded the machine is.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, QSize, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # the window's modules are imported when a window is made
    from pytestqt.qtbot import QtBot

    from zoneeditor.gui.main_window import MainWindow
    from zoneeditor.io.session import Session

#: The laptop screen the window must fit (tests/gui/test_window_fit.py).
LAPTOP_SCREEN = QSize(1366, 768)
#: That laptop's room for windows: the screen less its desktop panel (as in test_window_fit).
LAPTOP = QSize(LAPTOP_SCREEN.width(), LAPTOP_SCREEN.height() - 28)


def run_app(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, argv: list[str],
            until: Callable[[MainWindow], bool] = lambda _w: True) -> MainWindow:
    """``zoneeditor ARGV`` as the program starts it (``gui.app.run``), its event loop
    turned until the window is ready and ``until(window)``; the window, left open (close
    it with ``close_quietly``)."""
    import zoneeditor.gui.app as app_module

    built: list[MainWindow] = []
    start = app_module.start_window

    def capture(*args, **kwargs):
        window = start(*args, **kwargs)
        built.append(window)
        return window

    def event_loop(*_args):
        (window,) = built
        qtbot.waitUntil(lambda: window.is_ready, timeout=20000)
        assert until(window)
        return 0

    monkeypatch.setattr(app_module, "start_window", capture)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    try:
        assert app_module.run(argv) == 0
    except BaseException:
        for window in built:
            close_quietly(window)
        raise
    (window,) = built
    return window


def close_quietly(window: MainWindow) -> None:
    """Close a test's window without questions: its background loading done first (a worker
    must not outlive it), its edits marked saved (an edited window would ask "save
    changes?" with nobody to answer), then deleted."""
    window.wait_background()
    window.document.history.set_clean()
    window.close()
    window.deleteLater()


class Windows:
    """The main windows of one test, closed without questions after it (``close_all``)."""

    def __init__(self, qtbot: QtBot, folder: Path) -> None:
        self._qtbot = qtbot
        self._folder = folder
        self.made: list[MainWindow] = []

    def make(self, session: Session | None = None, *, settings: str = "settings.ini",
             deferred: bool = False) -> MainWindow:
        """A window on ``session`` (None: the bundled sample) with the settings file
        ``settings`` in the test's folder; not shown. ``deferred``: built as ``zoneeditor``
        builds it, completed after its first frame (``MainWindow(deferred_start=True)``)."""
        from zoneeditor.gui.main_window import MainWindow

        store = QSettings(str(self._folder / settings), QSettings.Format.IniFormat)
        window = MainWindow(session, settings=store, deferred_start=deferred)
        self.made.append(window)
        return window

    def show(self, window: MainWindow, size: QSize, background: bool = True) -> MainWindow:
        """``window`` resized to ``size``, shown and exposed; with ``background`` its basemap
        and towns loaded too."""
        window.resize(size)
        window.show()
        self._qtbot.waitExposed(window)
        if background:
            window.wait_background()
        return window

    def shown(self, size: QSize = LAPTOP_SCREEN, session: Session | None = None, *,
              settings: str = "settings.ini", background: bool = True) -> MainWindow:
        """A window made (``make``) and shown (``show``)."""
        return self.show(self.make(session, settings=settings), size, background)

    def on_laptop(self, background: bool = False) -> MainWindow:
        """A window laid out for ``LAPTOP`` (``reset_layout``) and shown at its size less
        the window frame, as a delegate's 1366×768 laptop shows it."""
        from zoneeditor.gui.screen_fit import FRAME_ESTIMATE

        window = self.make()
        window.reset_layout(LAPTOP)
        return self.show(window, QSize(LAPTOP.width(), LAPTOP.height() - FRAME_ESTIMATE),
                         background=background)

    def close_all(self) -> None:
        """Close every window made here (``close_quietly``); again is nothing."""
        while self.made:
            close_quietly(self.made.pop(0))


@pytest.fixture
def windows(qtbot: QtBot, tmp_path: Path) -> Iterator[Windows]:
    """Main windows for this test (``Windows``), closed without questions after it; in
    English with its plural forms, as `zoneeditor` starts, unless the test installed a
    language itself."""
    from PySide6.QtCore import QCoreApplication

    from zoneeditor import i18n

    app = QCoreApplication.instance()
    if app is not None and not i18n.is_installed():
        i18n.install(app, "en")
    made = Windows(qtbot, tmp_path)
    yield made
    made.close_all()


#: Events that mean a widget's place, size or look is still being decided.
LAYOUT_EVENTS = frozenset({
    QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show,
    QEvent.Type.Hide, QEvent.Type.StyleChange, QEvent.Type.FontChange,
    QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange, QEvent.Type.PolishRequest,
    QEvent.Type.Polish,
})
#: Turns of the event loop in a row without a layout event that make a window settled.
QUIET_TURNS = 3
#: A window still laying itself out after this long never stops (a layout that undoes
#: itself): a bug, reported as such. Not the bound of an ordinary settle, which ends on
#: events however long each turn takes.
NEVER_SETTLES_S = 60.0


class LayoutActivity(QObject):
    """Counts the layout events that reach ``window`` or a widget in it (an event filter on
    the application, installed while the ``with`` block runs)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        self.count = 0

    def __enter__(self) -> LayoutActivity:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count, never consume."""
        if event.type() in LAYOUT_EVENTS and isinstance(watched, QWidget) and (
                watched is self._window or self._window.isAncestorOf(watched)):
            self.count += 1
        return False


def pending_timers(window: QWidget) -> list[QTimer]:
    """The window's single-shot timers that have not fired yet: work it has scheduled (a
    toolbar fit, the Problems panel's debounce, the map's full-detail frame)."""
    return [t for t in window.findChildren(QTimer) if t.isActive() and t.isSingleShot()]


def settle(window: MainWindow) -> None:
    """Turn the event loop until ``window`` has laid itself out (see the module's text):
    its background loading and its Changes panel's comparison done, then ``QUIET_TURNS``
    turns in a row without a layout event in it and without a pending single-shot timer.
    Raises AssertionError naming what was still moving if that never happens."""
    window.wait_background()
    window.addons.changes.wait()
    deadline = time.monotonic() + NEVER_SETTLES_S
    quiet = 0
    with LayoutActivity(window) as activity:
        while quiet < QUIET_TURNS:
            before = activity.count
            QTest.qWait(1)  # one turn: the posted events, the due timers
            busy = activity.count != before or pending_timers(window)
            quiet = 0 if busy else quiet + 1
            if time.monotonic() > deadline:
                timers = [t.parent().objectName() or type(t.parent()).__name__
                          for t in pending_timers(window)]
                raise AssertionError(
                    f"the window was still laying itself out after {NEVER_SETTLES_S:.0f} s "
                    f"({activity.count} layout events; timers pending in {timers})")
