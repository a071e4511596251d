"""The window's deferred start (``MainWindow(deferred_start=True)``, ``gui/window_start.py``):
``zoneeditor`` paints the map first and completes the window after that frame — panels,
add-ons, the saved arrangement, the basemap and towns. Nothing may be lost or refused on the
way: a shortcut typed or a menu opened before the start completed works, the towns appear
once loaded, a team working copy and ``--reference`` layers are shown, the saved
arrangement is restored and not overwritten by a window closed early.
"""

from __future__ import annotations

import shutil

import pytest
from conftest import project_with, zone
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget
from shapely import box
from support.window import close_quietly, run_app

from zoneeditor.gui import window_start
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.gui.startup_trace import MILESTONES, StartupTrace
from zoneeditor.io.session import Session, sample_path


@pytest.fixture
def make(windows, sample_copy):
    """``make(deferred=True, settings="settings.ini", session=None)``: a window on the sample
    copy (not shown), closed without questions after the test."""

    def build(deferred: bool = True, settings: str = "settings.ini",
              session: Session | None = None) -> MainWindow:
        return windows.make(session or Session.open(sample_copy), settings=settings,
                            deferred=deferred)

    return build


def shown(qtbot, window: MainWindow, paint: bool = True) -> MainWindow:
    """``window`` shown and active; with ``paint=False`` its map does not paint yet (the
    moment between the window appearing and its first frame)."""
    window.canvas.setUpdatesEnabled(paint)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


@pytest.fixture
def no_fallback(monkeypatch):
    """The start's fallback timer out of the way. These tests hold the moment between the
    window appearing and its first frame; on a loaded machine showing the window can take
    longer than ``FALLBACK_MS``, and the fallback would complete the start before the test
    looks (seen in a full run on a busy machine)."""
    monkeypatch.setattr(window_start, "FALLBACK_MS", 600_000)


def names(objects) -> list[str]:
    return [o.objectName() for o in objects]


def test_the_map_is_painted_before_the_panels_and_add_ons(make, qtbot, tmp_path, no_fallback):
    window = make()
    at_first_frame: list[tuple[bool, bool]] = []
    window.canvas.painted.connect(lambda: at_first_frame.append(
        (window.is_ready, window.findChild(QDockWidget, "dock_layersPanel") is None)))
    ready = []
    window.ready.connect(lambda: ready.append(window.canvas.last_frame_s))
    assert not window.is_ready
    assert window.findChild(QAction, "action_export") is None  # not installed yet
    assert window.window_actions.act_undo.shortcut().toString() == "Ctrl+Z"  # the core is
    shown(qtbot, window)
    qtbot.waitUntil(lambda: window.is_ready)
    assert at_first_frame[0] == (False, True)  # the map first, without panels or add-ons
    assert len(ready) == 1
    # complete now: the same menus, docks and toolbars as a window made complete at once
    other = tmp_path / "other.gpkg"
    shutil.copyfile(sample_path(), other)
    complete = make(deferred=False, settings="complete.ini", session=Session.open(other))
    assert complete.is_ready
    for menu in ("File", "Edit", "View", "Tools", "Version", "Help"):
        assert names(window.menu(menu).actions()) == names(complete.menu(menu).actions()), menu
    assert names(window.docks.docks) == names(complete.docks.docks)
    assert window.addons.export_action.objectName() == "action_export"


def test_a_shortcut_typed_before_the_start_completed_works(make, qtbot, no_fallback):
    from zoneeditor.gui.export_dialog import ExportDialog

    window = shown(qtbot, make(), paint=False)
    assert not window.is_ready  # shown, its first frame not painted yet
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.is_ready  # the key completed the start first...
    dialogs = window.findChildren(ExportDialog)
    assert len(dialogs) == 1  # ...and then reached File ▸ Export… (Ctrl+E)
    dialogs[0].close()
    window.canvas.setUpdatesEnabled(True)


# an open menu grabs the keyboard, which the offscreen platform cannot do
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_a_menu_opened_before_the_start_completed_is_complete(make, qtbot, no_fallback):
    window = shown(qtbot, make(), paint=False)
    assert not window.is_ready
    bar = window.menuBar()
    file_menu = window.menu("File")
    where = bar.actionGeometry(file_menu.menuAction()).center()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    qtbot.waitUntil(file_menu.isVisible)
    assert window.is_ready
    entries = names(file_menu.actions())
    for name in ("action_import", "action_export", "action_print"):
        assert name in entries
    file_menu.hide()
    window.canvas.setUpdatesEnabled(True)


def test_asking_for_what_the_start_makes_completes_it(make):
    window = make()  # never shown, never painted
    assert not window.is_ready
    assert window.layers_panel.objectName() == "layersPanel"
    assert window.is_ready
    assert window.addons.changes is not None
    assert window.findChild(QAction, "action_print") is not None


def test_towns_and_country_names_appear_once_loaded(make, qtbot):
    window = make()
    first: list[tuple[bool, int]] = []
    window.canvas.painted.connect(lambda: first.append(
        (window.editor.gazetteer is None, len(window.canvas.images.names_rects))))
    shown(qtbot, window)
    qtbot.waitUntil(lambda: window.is_ready)
    assert first[0] == (True, 0)  # the first frame: the project, no towns yet
    window.wait_background()
    assert window.editor.gazetteer is not None and window.editor.basemap is not None
    window.canvas.repaint()
    assert window.canvas.images.names_rects  # towns and country names are drawn now
    west, south, east, north = window.canvas.viewport.bounds
    assert window.editor.gazetteer.within(west, south, east, north)


def test_the_whole_project_is_shown_at_the_final_size(make, qtbot):
    window = shown(qtbot, make())  # no view saved: the whole project
    qtbot.waitUntil(lambda: window.is_ready)
    qtbot.wait(50)  # the toolbars fit themselves
    assert window.canvas.shows_whole_project()
    west, south, east, north = window.canvas.viewport.bounds
    x0, y0, x1, y1 = window.editor.version_bounds()
    assert west <= x0 and south <= y0 and east >= x1 and north >= y1


def test_the_saved_arrangement_is_restored_and_kept_by_a_window_closed_early(make, qtbot):
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    first = shown(qtbot, make(deferred=False, settings="moved.ini"))
    problems = first.findChild(QDockWidget, "dock_problemsPanel")
    first.addDockWidget(left, problems)
    qtbot.wait(30)
    first.close()  # saves the arrangement
    saved = first.settings.window_state()
    early = make(settings="moved.ini")  # closed before its start completed
    early.close()
    assert not early.is_ready
    assert early.settings.window_state() == saved
    again = shown(qtbot, make(settings="moved.ini"))
    qtbot.waitUntil(lambda: again.is_ready)
    problems = again.findChild(QDockWidget, "dock_problemsPanel")
    assert again.dockWidgetArea(problems) == left and problems.isVisible()


def test_the_trace_records_each_milestone_once_in_order(make, qtbot, tmp_path):
    trace = tmp_path / "start.trace"
    window = make()
    window.show()
    StartupTrace(trace).follow(window)
    qtbot.waitUntil(lambda: window.is_ready)
    window.wait_background()
    window.canvas.repaint()
    window.canvas.repaint()
    lines = [line.split() for line in trace.read_text().splitlines()]
    assert [name for name, _t in lines] == list(MILESTONES)
    times = [float(t) for _name, t in lines]
    assert times == sorted(times)


def test_run_with_a_reference_shows_it_once_the_window_is_ready(
        qtbot, monkeypatch, sample_copy, osm_xml):
    window = run_app(monkeypatch, qtbot, [str(sample_copy), "--reference", str(osm_xml)],
                     until=lambda w: w.editor.references.wait(60))
    try:
        state = window.editor.references
        (layer,) = state.layers()
        assert state.is_run_only(layer.id) and state.data(layer.id) is not None
        view = window.layers_panel.references_view
        assert view.table.item(0, view.COL_NAME).text() == "world"
    finally:
        close_quietly(window)


@pytest.fixture
def talks(team_project):
    return team_project.publish(project_with(agreed=[
        zone("z1", box(36.4, 35.4, 36.6, 35.6), name="Border zone", party="A"),
    ]))


def test_a_team_working_copy_opened_at_start_shows_its_sync_state(talks, qtbot):
    from zoneeditor.cli.team_window import team_window_target
    from zoneeditor.gui.app import create_window
    from zoneeditor.io.team.workcopy import cache_path

    url = f"{talks.url('dana')}/{talks.name}"
    assert team_window_target([url]) is not None  # what `zoneeditor URL` does first
    window, error = create_window(url, deferred_start=True)
    try:
        assert error is None and window.session.path == cache_path(url)
        window.show()
        qtbot.waitUntil(lambda: window.is_ready)
        team = window.addons.sync
        assert team.watcher.wait().to_receive == 0
        assert team.indicator.isVisible() and team.toolbar.isVisible()
        assert "z1" in window.document.version.features
    finally:
        close_quietly(window)


def test_the_saved_arrangement_is_read_by_the_next_process(tmp_path):
    """Window geometry and dock state are written as bytes another process reads (they were
    written as a wrapped Python object, which a new process could not always read back)."""
    import subprocess
    import sys

    from zoneeditor.gui.settings import Settings

    path = tmp_path / "settings.ini"
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.set_window_state(b"\x01geometry\x00", b"\x02state\xff")
    settings.q.sync()
    assert "@ByteArray(" in path.read_text(encoding="latin-1")
    read = subprocess.run(
        [sys.executable, "-c",
         "import sys; from PySide6.QtCore import QSettings; "
         "from zoneeditor.gui.settings import Settings; "
         "s = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat)); "
         "print(s.window_state())", str(path)],
        capture_output=True, text=True, check=True)
    assert read.stdout.strip() == repr((b"\x01geometry\x00", b"\x02state\xff"))


def test_an_unreadable_saved_arrangement_is_forgotten(tmp_path):
    """An entry an earlier version left as a Python object nobody can read: the window
    starts with the default arrangement, and the file is written without it."""
    from zoneeditor.gui.settings import Settings

    path = tmp_path / "settings.ini"
    path.write_text("[window]\ngeometry=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18"
                    "PySide::PyObjectWrapper\\0)\n", encoding="latin-1")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.window_state() == (None, None)
    settings.set_dms(True)
    settings.q.sync()
    assert "PyObjectWrapper" not in path.read_text(encoding="latin-1")
    assert settings.dms()
