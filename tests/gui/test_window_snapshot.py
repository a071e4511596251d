"""The window shown first (``MainWindow(opening=...)``, gui/window_start_steps.py): the last view
of the project when it is still true — and then it is true, pixel for pixel — else the line
"Opening …"; the last view never hides input: a click reaches the map through it, a key typed
before the window was built reaches its target; a broken snapshot file is simply not shown.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from zoneeditor import i18n
from zoneeditor.gui import window_start
from zoneeditor.gui.app import open_into
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.gui.window_shell import Opening
from zoneeditor.testing.driver import MapDriver

#: Channel difference (0–255) and share of pixels the live window may differ from its last
#: view by: none was seen (the same frames from the same caches); a little room is left for
#: antialiasing noise of a platform that renders text slightly differently between runs.
NOISE_LEVEL, NOISE_SHARE = 8, 0.001


@pytest.fixture
def starts(qtbot, tmp_path, sample_copy, monkeypatch):
    """``start()``: a window on the sample copy started as ``zoneeditor`` starts it (the
    shell, built by ``gui.app.open_into`` after its first paint), shown offscreen, with the
    test's own settings file; every window is closed without questions after the test."""
    made: list[MainWindow] = []
    errors: list[str] = []
    for kind in ("critical", "warning"):  # no error dialog may come, ever
        monkeypatch.setattr(QMessageBox, kind,
                            lambda *args, k=kind: errors.append(f"{k}: {args[1:3]}"))

    def start(path: Path = sample_copy, show: bool = True, active: bool = False) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        if active:  # held before its first paint: the start's fallback timer must not end
            # that moment on a machine so loaded that showing the window takes longer
            monkeypatch.setattr(window_start, "FALLBACK_MS", 600_000)
        opening = Opening(path, None, lambda w: open_into(w, str(path), None))
        window = MainWindow(settings=settings, opening=opening)
        made.append(window)
        if active:  # shown and made active, as ``gui.app.start_window`` does, but not painted
            # yet (so not built): the moment between the window appearing and its first paint
            for part in (window.shell.note, window.shell.overlay):
                if part is not None:
                    part.setUpdatesEnabled(False)
            window.show()
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        elif show:
            window.show()
        return window

    start.errors = errors  # type: ignore[attr-defined]
    yield start
    for window in made:
        if window.is_built:
            window.wait_background()
            window.document.history.set_clean()
        window.close()
        window.deleteLater()
    assert errors == []


def complete(qtbot, window: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: window.is_complete, timeout=30000)
    return window


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return data.reshape(image.height(), image.bytesPerLine())[:, :image.width() * 4].copy()


def close_complete(qtbot, start) -> Path:
    """A first start completed and closed: its snapshot written; returns the file."""
    window = complete(qtbot, start())
    shell = window.shell
    assert shell is not None and shell.kind == "plain"  # nothing kept yet
    window.close()
    assert shell.snapshot_path.is_file()
    return shell.snapshot_path


def test_the_last_view_is_shown_and_it_is_true(qtbot, starts):
    saved = close_complete(qtbot, starts)
    window = starts()
    shell = window.shell
    assert shell is not None and shell.kind == "snapshot"
    assert shell.showing_snapshot and not window.is_built
    title = window.windowTitle()
    assert "ZoneEditor" in title  # the title the built window will have, from the start
    complete(qtbot, window)
    assert not shell.showing_snapshot  # gone once the live window is complete
    assert window.windowTitle() == title
    live = pixels(window.grab().toImage())
    kept = pixels(QImage(str(saved)))
    assert live.shape == kept.shape
    differs = np.abs(live.astype(int) - kept.astype(int))
    changed = (differs > NOISE_LEVEL).reshape(live.shape[0], -1, 4).any(axis=2)
    assert changed.mean() <= NOISE_SHARE, f"{changed.sum()} pixels differ"


def _touch(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def _other_language(monkeypatch, qapp) -> None:
    i18n.install(qapp, "ru")


def _other_version(monkeypatch, qapp) -> None:
    import zoneeditor.gui.window_snapshot as snapshot

    monkeypatch.setattr(snapshot, "__version__", "99.0")


def _journal_waits(path: Path) -> None:
    path.with_name(path.name + ".zej").write_bytes(b"")  # beside the project: may wait


def _other_size(settings_file: Path) -> None:
    from zoneeditor.gui.settings import Settings

    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    _geometry, state = settings.window_state()
    other = QMainWindow()
    other.resize(700, 500)
    settings.set_window_state(bytes(other.saveGeometry().data()), state or b"")
    settings.q.sync()
    other.deleteLater()


@pytest.mark.parametrize("change", ["touched", "language", "version", "journal", "size"])
def test_what_makes_the_last_view_untrue_shows_the_plain_line(
        change, qtbot, starts, sample_copy, tmp_path, monkeypatch, qapp):
    saved = close_complete(qtbot, starts)
    if change == "touched":
        _touch(sample_copy)
    elif change == "language":
        _other_language(monkeypatch, qapp)
    elif change == "version":
        _other_version(monkeypatch, qapp)
    elif change == "journal":
        _journal_waits(sample_copy)
    else:
        _other_size(tmp_path / "settings.ini")
    try:
        window = starts(show=False)
        shell = window.shell
        assert shell is not None and shell.kind == "plain" and not shell.showing_snapshot
        assert window.centralWidget() is shell.note
        assert shell.note.text().endswith(f"{sample_copy.stem}…")
        assert saved.is_file()  # still there: another start may find it true again
        window.close()  # before it was built: nothing is opened
        assert not window.is_built
    finally:
        i18n.install(qapp, "en")
        sample_copy.with_name(sample_copy.name + ".zej").unlink(missing_ok=True)


def test_the_plain_line_names_the_project(qtbot, starts, sample_copy):
    window = starts(show=False)
    assert window.shell is not None and window.shell.kind == "plain"
    assert window.shell.note.text() == f"Opening {sample_copy.stem}…"
    window.close()


def test_a_click_on_the_last_view_reaches_the_map(qtbot, starts):
    close_complete(qtbot, starts)
    window = starts()
    shell = window.shell
    assert shell is not None and shell.kind == "snapshot"
    qtbot.waitUntil(lambda: window.is_ready, timeout=30000)
    if not shell.showing_snapshot:
        pytest.skip("the machine was too slow: the last view went before the click")
    zone = next(f for f in window.document.version if f.layer == "zones")
    point = zone.geometry.representative_point()
    at = MapDriver(window).position(point.x, point.y).toPoint()
    where = window.canvas.mapTo(window, at)
    overlay = shell.overlay
    assert overlay is not None and overlay.isVisible()
    assert overlay.geometry().contains(where)  # the last view covers the map there...
    assert window.childAt(where) is window.canvas  # ...and the mouse goes through it
    handle = window.windowHandle()
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(where))
    qtbot.waitUntil(lambda: zone.id in window.selection, timeout=5000)
    assert not shell.showing_snapshot  # the first input: the live window at once


@pytest.mark.parametrize("shown", ["plain", "snapshot"])
def test_a_key_typed_before_the_window_was_built_reaches_its_target(shown, qtbot, starts):
    from zoneeditor.gui.export_dialog import ExportDialog

    if shown == "snapshot":
        close_complete(qtbot, starts)
    window = starts(active=True)
    assert window.shell is not None and window.shell.kind == shown
    assert not window.is_built
    handle = window.windowHandle()
    # a map key: the tool it names is chosen
    QTest.keyClick(handle, Qt.Key.Key_Z)
    assert window.is_built and window.is_ready  # the key built the window first...
    qtbot.waitUntil(lambda: window.editor.tool.name == "Draw zone", timeout=5000)
    # ...and an add-on's shortcut works as soon as the window is there
    QTest.keyClick(handle, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(window.findChildren(ExportDialog)), timeout=5000)
    for dialog in window.findChildren(ExportDialog):
        dialog.close()


def test_a_shortcut_typed_before_the_window_was_built_works(qtbot, starts):
    from zoneeditor.gui.export_dialog import ExportDialog

    window = starts(active=True)
    assert not window.is_built
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.is_ready
    qtbot.waitUntil(lambda: bool(window.findChildren(ExportDialog)), timeout=5000)
    for dialog in window.findChildren(ExportDialog):
        dialog.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_a_broken_snapshot_is_ignored(damage, qtbot, starts):
    saved = close_complete(qtbot, starts)
    data = saved.read_bytes()
    saved.write_bytes({"garbage": b"\x89PNG not really" * 50, "truncated": data[:len(data) // 3],
                       "empty": b""}[damage])
    window = starts()
    assert window.shell is not None and window.shell.kind == "plain"
    complete(qtbot, window)  # and the start goes on as usual, without a word


def test_the_last_view_shows_no_pointer_position(qtbot, starts):
    """The pointer was over the map at the quit: the picture must not show its position,
    which the next start does not have (it differed from the live window by that text)."""
    window = complete(qtbot, starts())
    window.map_status.set_position(36.63, 35.93)
    assert window.map_status.position.text()
    shell = window.shell
    assert shell is not None
    window.close()
    again = complete(qtbot, starts())
    assert again.shell is not None and again.shell.kind == "snapshot"
    assert again.map_status.position.text() == ""
    live = pixels(again.grab().toImage())
    kept = pixels(QImage(str(shell.snapshot_path)))
    # the position label's own pixels, exactly: too few to count in the whole-window share
    label = again.map_status.position
    top_left = label.mapTo(again, label.rect().topLeft())
    rows = slice(top_left.y(), top_left.y() + label.height())
    cols = slice(top_left.x() * 4, (top_left.x() + label.width()) * 4)
    differs = np.abs(live[rows, cols].astype(int) - kept[rows, cols].astype(int))
    assert int((differs > NOISE_LEVEL).sum()) == 0
