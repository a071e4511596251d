"""The map keeps the keyboard: the README's keys (arrows, + and -, tool letters) reach the map
whenever no text field has focus.

Three ways the focus used to get lost, and what ``MapFocus`` does about each:

- a control in a toolbar (the version switcher) kept the focus after a choice, so arrows
  went to it — and Up switched the version shown without a word. Toolbar controls the
  window makes are ``keep_off``: they never take the focus (a click still opens them; the
  Version menu is their keyboard way) and ignore the mouse wheel, so only a deliberate
  choice switches. Should any other control in a toolbar get the focus, it goes back to
  the map; a text field (the coordinate box) keeps it;
- a tool chosen from the toolbar or the Tools menu: the map gets the focus, so the tool's
  keys (Enter, Backspace, Escape) work at once (``tool_chosen``);
- a dialog closed: when the window is active again and its focus is nowhere, or on a
  toolbar, the map gets it. (The menu bar keeps the focus Alt gives it: the menus are
  walked with the keyboard.)

A panel the user clicked into (a list, a table) keeps the focus: its arrow keys move in it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)


def is_text_field(widget: QWidget | None) -> bool:
    """True for a widget that takes typed text (keys are its, not the map's)."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox))


def _in_toolbar(widget: QWidget) -> bool:
    """True when ``widget`` sits in a toolbar. (Not the menu bar: Alt gives it the focus for
    keyboard navigation of the menus, which must keep it.)"""
    w: QWidget | None = widget
    while w is not None and not w.isWindow():
        if isinstance(w, QToolBar):
            return True
        w = w.parentWidget()
    return False


class _WheelGuard(QObject):
    """Swallows wheel events: a toolbar switcher changes only by a deliberate choice."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Wheel


class MapFocus(QObject):
    """Gives the keyboard back to ``canvas`` after toolbar choices and closed dialogs."""

    def __init__(self, window: QMainWindow, canvas: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._canvas = canvas
        self._wheel_guard = _WheelGuard(self)
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def keep_off(self, widget: QWidget) -> None:
        """``widget`` (a toolbar combo) never takes the focus and ignores the mouse wheel."""
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.installEventFilter(self._wheel_guard)

    def to_map(self) -> None:
        """Give the map the keyboard focus (unless it is not shown)."""
        if self._canvas.isVisible():
            self._canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def tool_chosen(self, *_args: object) -> None:
        """A tool was chosen (toolbar, Tools menu, its key): its keys go to the map."""
        self.to_map()

    def _stray(self, widget: QWidget | None) -> bool:
        """True when the focus on ``widget`` belongs to the map: nowhere in this window, or
        on a toolbar control that is not a text field."""
        if widget is None:
            return True
        if widget.window() is not self._window:
            return False
        return _in_toolbar(widget) and not is_text_field(widget)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._stray(new) and new.window() is self._window:
            QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        if self._window.isActiveWindow() and self._stray(QApplication.focusWidget()):
            self.to_map()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window became active again (a dialog closed): the map gets stray focus."""
        if watched is self._window and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self._settle)
        return False
