"""The README's map keys reach the map whenever no text field has focus: after a version
chosen in the toolbar (and Up never switches the version back), after a tool button, after
a dialog closed. Keys are real key events sent where Qt sends typed keys: to the widget
that has the keyboard focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from zoneeditor.core.model import AGREED
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.gui.print_dialog import PrintDialog

# A combo's list is a popup that grabs the keyboard; the offscreen platform of the tests
# cannot, and says so (on a display it is never printed).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"),
                                      QSettings.Format.IniFormat))
    w.resize(1300, 860)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    w.canvas.setFocus()
    yield w
    w.wait_background()
    w.document.history.set_clean()
    w.close()
    w.deleteLater()


def typed(qtbot, key: Qt.Key, text: str = "") -> QWidget:
    """Press ``key`` as typed on the keyboard: the event goes to the focused widget."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key)
    qtbot.wait(20)
    return target


def choose_in_combo(qtbot, combo: QComboBox, text: str) -> None:
    """Click the combo open, go to ``text`` with the arrow keys and press Return, as a user
    does with the toolbar's version switcher."""
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=2000)
    view = combo.view()
    target = combo.findText(text)
    while view.currentIndex().row() != target:
        QTest.keyClick(view, Qt.Key.Key_Down if view.currentIndex().row() < target
                       else Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not combo.view().isVisible(), timeout=2000)
    # An X server gives the window its activation back when a popup closes; the offscreen
    # platform of the tests does not, so it is done here as the desktop would.
    combo.window().activateWindow()
    qtbot.waitUntil(combo.window().isActiveWindow, timeout=2000)
    qtbot.wait(20)


def test_arrows_pan_after_a_version_choice_and_never_switch_back(qtbot, window):
    combo = window.window_actions.version_combo
    choose_in_combo(qtbot, combo, "Proposal B")
    assert window.document.current_version == "Proposal B"
    centre = window.canvas.viewport.cy
    target = typed(qtbot, Qt.Key.Key_Up)
    assert target is window.canvas
    assert window.document.current_version == "Proposal B"  # not back to the baseline
    assert window.canvas.viewport.cy > centre  # panned north
    zoom = window.canvas.viewport.ppd
    typed(qtbot, Qt.Key.Key_Plus)
    assert window.canvas.viewport.ppd > zoom
    typed(qtbot, Qt.Key.Key_Z)  # a tool letter
    assert window.editor.tool.name == "Draw zone"


def test_the_version_switcher_takes_no_keys_and_no_wheel(qtbot, window):
    combo = window.window_actions.version_combo
    assert combo.focusPolicy() == Qt.FocusPolicy.NoFocus
    combo.setFocus()  # even given the focus by code, it hands it back to the map
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.canvas, timeout=2000)
    wheel = QWheelEvent(QPointF(10, 10), QPointF(combo.mapToGlobal(QPoint(10, 10))),
                        QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert window.document.current_version == AGREED
    party = window.window_actions.party_combo
    assert party.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_tool_button_gives_the_keys_to_the_map(qtbot, window):
    history = window.history_panel.list
    QTest.mouseClick(history.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert QApplication.focusWidget() is history  # a list keeps its own arrow keys
    bar = window.window_actions.tools_toolbar
    act = next(a for a in bar.actions() if a.text() == "Draw zone")
    QTest.mouseClick(bar.widgetForAction(act), Qt.MouseButton.LeftButton)
    assert window.editor.tool.name == "Draw zone"
    zoom = window.canvas.viewport.ppd
    assert typed(qtbot, Qt.Key.Key_Minus) is window.canvas
    assert window.canvas.viewport.ppd < zoom


def test_keys_go_to_the_map_after_a_dialog_closed(qtbot, window):
    choose_in_combo(qtbot, window.window_actions.version_combo, "Proposal B")
    window.addons.print_action.trigger()  # Ctrl+P
    dialog = window.findChild(PrintDialog)
    qtbot.waitExposed(dialog)
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    window.activateWindow()  # what the desktop does when the dialog goes
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    centre = window.canvas.viewport.cy
    assert typed(qtbot, Qt.Key.Key_Down) is window.canvas
    assert window.canvas.viewport.cy < centre
    assert window.document.current_version == "Proposal B"


def test_alt_still_walks_the_menus_with_the_keyboard(qtbot, window):
    """The map takes back a toolbar's focus, never the menu bar's: Alt, arrows and Down
    open the Version menu, as the kill chains drive the real window."""
    typed(qtbot, Qt.Key.Key_Alt)
    qtbot.wait(50)  # the map would have taken the focus back by now
    assert QApplication.focusWidget() is window.menuBar()
    for _ in range(4):
        typed(qtbot, Qt.Key.Key_Right)
    typed(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.menu("Version"),
                    timeout=2000)
    QTest.keyClick(window.menu("Version"), Qt.Key.Key_Escape)
    QTest.keyClick(window.menuBar(), Qt.Key.Key_Escape)
