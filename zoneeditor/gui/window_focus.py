"""The keyboard's way between the map and the panels: F6, Ctrl+digit, Esc, and where the keys go.

A keyboard-only user had no way into the docks: Tab on the map goes to the coordinate box
(and back), and letters typed anywhere switched the map's tools. As in other desktop
applications with panes, ``PaneFocus`` gives the window:

- **F6 / Shift+F6** (View ▸ Keyboard focus ▸ Next / Previous panel): the focus goes round the
  map and every dock the user can see, in reading order (the docks of the leading side, the
  map, the docks of the other side, the bottom ones, floating ones last; right to left in
  Arabic). A dock hidden behind another's tab is not visited — its own key brings it;
- **Ctrl+1 … Ctrl+9**: show the n-th dock (in the order the window added them: Layers,
  History, Attributes, then the add-ons' panels), bring its tab forward, and put the focus
  in it; **Ctrl+0** goes back to the map;
- entering a dock puts the focus where it was last in that dock, else on its first field
  (a dock whose fields are all disabled — Attributes with nothing selected — is entered
  on its scrolling area, so its keys still work);
- **Esc** in a dock goes back to the map, when nothing in the dock used it (a combo box's
  list, an edited table cell close first);
- while the focus is in a dock, typed keys stay there: a plain letter, digit, Space, Delete
  or Backspace never triggers a window shortcut (the tools' letters, Delete selected), so
  typing in a list searches it and nothing on the map changes. Keys with Ctrl or Alt, and
  function keys (F1, F6), keep working everywhere;
- a visible mark — a frame in the highlight colour — around the pane the keys go to, shown
  once the keyboard moved the focus between panes (F6, a dock's key, Esc, Tab) and taken
  away when the mouse does it (as browsers show a focus ring for keyboard focus only).

The keys are actions in View ▸ Keyboard focus, so the shortcut sheet (Help ▸ Keyboard
shortcuts) lists them with the others.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QMenu, QWidget

#: Docks past this many get no Ctrl+digit key (Ctrl+0 is the map's).
DIGIT_KEYS = 9
#: Width (px) of the frame around the pane the keys go to.
MARK_WIDTH = 2

Area = Qt.DockWidgetArea
#: The order of the panes across the window in reading order: the docks on the side read
#: first (left in English, right in Arabic), the top ones, the map, the docks on the other
#: side, the bottom ones, the floating ones.
_FIRST_SIDE, _TOP, _MAP, _SECOND_SIDE, _BOTTOM, _FLOATING = range(6)


def is_typing_key(event: QKeyEvent) -> bool:
    """True for a key that types or edits text in the focused field — a letter, digit,
    punctuation, Space, Delete or Backspace, with at most Shift held — as opposed to a
    command (Ctrl, Alt or Meta held; a function key; Enter; Esc; Tab; the arrows)."""
    commands = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier)
    if event.modifiers() & commands:
        return False
    if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        return True
    text = event.text()
    return bool(text) and text.isprintable()


class PaneMark(QWidget):
    """The frame around the pane the keys go to: a child of that pane, above its widgets,
    letting the mouse through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("paneMark")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The frame, in the palette's highlight colour."""
        painter = QPainter(self)
        pen = QPen(self.palette().highlight().color(), MARK_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = MARK_WIDTH // 2
        painter.drawRect(QRect(self.rect()).adjusted(half, half, -half - MARK_WIDTH % 2,
                                                     -half - MARK_WIDTH % 2))


class PaneFocus(QObject):
    """F6 / Shift+F6, Ctrl+0 … Ctrl+9 and Esc between the map and the docks of ``window``;
    the typed keys of a dock kept in it; the mark of the pane the keys go to (see the
    module documentation). The window tells it each dock it adds (``dock_added``)."""

    def __init__(self, window: QMainWindow, canvas: QWidget, view_menu: QMenu,
                 after: QAction | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._canvas = canvas
        self._docks: list[QDockWidget] = []
        #: The widget that had the focus last in each dock (entering it goes back there).
        self._last: dict[QDockWidget, QWidget] = {}
        self._mark = PaneMark(canvas)
        self._marked: QWidget | None = None
        self.menu = QMenu(self.tr("&Keyboard focus"), window)
        self.menu.setObjectName("menuKeyboardFocus")
        actions = view_menu.actions()
        following = actions[actions.index(after) + 1] if after in actions and \
            actions.index(after) + 1 < len(actions) else None
        if following is not None:
            view_menu.insertMenu(following, self.menu)
        else:
            view_menu.addMenu(self.menu)
        self.act_map = self._action(self.tr("&Map"), "Ctrl+0", self.to_map, "focus_map")
        self.act_next = self._action(self.tr("&Next panel"), "F6", lambda: self.cycle(1),
                                     "focus_next")
        self.act_previous = self._action(self.tr("&Previous panel"), "Shift+F6",
                                         lambda: self.cycle(-1), "focus_previous")
        self.menu.addSeparator()
        #: The "show and focus" action of each dock, in the order added.
        self.dock_actions: dict[QDockWidget, QAction] = {}
        canvas.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _action(self, text: str, key: str, slot: object, name: str) -> QAction:
        act = QAction(text, self._window)
        act.setObjectName(f"action_{name}")
        act.setShortcut(QKeySequence(key))
        act.triggered.connect(slot)
        self.menu.addAction(act)
        return act

    # -- the docks ---------------------------------------------------------------------------
    def dock_added(self, dock: QDockWidget) -> None:
        """Take ``dock`` into the round: its Esc, its typed keys, its Ctrl+digit entry."""
        self._docks.append(dock)
        dock.installEventFilter(self)
        act = QAction(dock.windowTitle().replace("&", "&&"), self._window)
        act.setObjectName(f"action_focus_{dock.objectName()}")
        number = len(self._docks)
        if number <= DIGIT_KEYS:
            act.setShortcut(QKeySequence(f"Ctrl+{number}"))
        act.triggered.connect(lambda _checked=False, d=dock: self.show_dock(d))
        dock.windowTitleChanged.connect(lambda title, a=act: a.setText(title.replace("&", "&&")))
        self.menu.addAction(act)
        self.dock_actions[dock] = act

    def panes(self) -> list[QWidget]:
        """The map and the docks the user can see, in the order F6 visits them."""
        rtl = self._window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        shown: list[tuple[tuple[int, int, int], QWidget]] = []
        map_x = self._canvas.mapToGlobal(self._canvas.rect().center()).x()
        if self._canvas.isVisible():
            shown.append(((_MAP, 0, 0), self._canvas))
        for dock in self._docks:
            if not dock.isVisible() or dock.visibleRegion().isEmpty():
                continue  # closed, or behind another dock's tab
            centre = dock.mapToGlobal(dock.rect().center())
            area = self._window.dockWidgetArea(dock)
            if dock.isFloating():
                place = _FLOATING
            elif area == Area.TopDockWidgetArea:
                place = _TOP
            elif area == Area.BottomDockWidgetArea:
                place = _BOTTOM
            else:  # the side as it is on the screen (Qt may or may not mirror the areas)
                place = _FIRST_SIDE if (centre.x() > map_x) == rtl else _SECOND_SIDE
            shown.append(((place, centre.y(), -centre.x() if rtl else centre.x()), dock))
        return [pane for _key, pane in sorted(shown, key=lambda item: item[0])]

    def pane_of(self, widget: QWidget | None) -> QWidget | None:
        """The pane ``widget`` is in: the map, one of the docks, or None (a toolbar, the
        menu bar, another window)."""
        w = widget
        while w is not None:
            if w is self._canvas or w in self._docks:
                return w
            w = w.parentWidget()
        return None

    # -- moving the focus --------------------------------------------------------------------
    def cycle(self, step: int) -> None:
        """The next (``step`` 1) or previous (-1) pane of ``panes`` gets the focus."""
        panes = self.panes()
        if not panes:
            return
        here = self.pane_of(QApplication.focusWidget())
        index = panes.index(here) if here in panes else (-1 if step > 0 else 0)
        self.enter(panes[(index + step) % len(panes)])

    def to_map(self) -> None:
        """The map gets the focus (and the mark)."""
        self.enter(self._canvas)

    def show_dock(self, dock: QDockWidget) -> None:
        """Show ``dock`` (closed, or behind another's tab), then put the focus in it."""
        dock.show()
        dock.raise_()
        self.enter(dock)

    def enter(self, pane: QWidget) -> None:
        """Put the focus in ``pane``: the map, or a dock at the field it had last (else its
        first field, else its scrolling area); mark it."""
        if pane is self._canvas:
            target: QWidget = self._canvas
            if not self._window.isActiveWindow():  # from a floating dock
                self._window.activateWindow()
        else:
            assert isinstance(pane, QDockWidget)
            target = self._field_in(pane)
            if pane.isFloating():
                pane.activateWindow()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_mark(pane)

    def _field_in(self, dock: QDockWidget) -> QWidget:
        last = self._last.get(dock)
        if last is not None and shiboken6.isValid(last) and self._takes_focus(dock, last):
            return last
        inner = dock.widget()
        if inner is None:  # a dock without a panel: the dock itself
            return dock
        w = inner.nextInFocusChain()
        while w is not None and w is not inner and inner.isAncestorOf(w):
            if self._takes_focus(dock, w):
                return w
            w = w.nextInFocusChain()
        return inner  # nothing to type in (all disabled): the scrolling area

    @staticmethod
    def _takes_focus(dock: QDockWidget, widget: QWidget) -> bool:
        return (dock.isAncestorOf(widget) and widget.isVisibleTo(dock) and widget.isEnabled()
                and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))

    # -- the mark ------------------------------------------------------------------------------
    @property
    def marked(self) -> QWidget | None:
        """The pane the mark is on (None when it is not shown)."""
        return self._marked

    def _show_mark(self, pane: QWidget) -> None:
        if self._mark.parentWidget() is not pane:
            self._mark.setParent(pane)
        self._mark.setGeometry(pane.rect())
        self._mark.raise_()
        self._mark.show()
        self._marked = pane

    def _hide_mark(self) -> None:
        self._mark.hide()
        self._marked = None

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None or (new.window() is not self._window and self.pane_of(new) is None):
            return  # another window (a dialog, a menu): the mark stays for the return
        pane = self.pane_of(new)
        if isinstance(pane, QDockWidget) and new is not pane.widget():
            self._last[pane] = new
        if pane is self._marked:
            return
        # from another pane, with no mouse button down: Tab, F6, a dock's key, Esc
        came_by_keyboard = (self.pane_of(old) is not None
                            and QGuiApplication.mouseButtons() == Qt.MouseButton.NoButton)
        if pane is not None and came_by_keyboard:
            self._show_mark(pane)
        else:
            self._hide_mark()

    # -- the docks' keys -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc that nothing in a dock used goes back to the map; a dock's typed keys stay in
        it (no window shortcut); the mark follows its pane's size."""
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._marked:
            self._mark.setGeometry(self._marked.rect())
            return False
        if not isinstance(watched, QDockWidget) or not isinstance(event, QKeyEvent):
            return False
        if kind == QEvent.Type.ShortcutOverride and is_typing_key(event):
            event.accept()  # the focused field gets the key as a key press, not a shortcut
            return True
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.to_map()
            return True
        return False


__all__ = ["DIGIT_KEYS", "PaneFocus", "PaneMark", "is_typing_key"]
