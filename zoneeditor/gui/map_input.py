"""The map's mouse, wheel and keys: an event filter on the canvas (``MapCanvas.input``).

Middle button or Space+left drag pans, the wheel zooms at the cursor, arrows pan and +/-
zoom; every other press, move, release and double click, and Escape, Enter, Backspace and
Delete, go to the current tool (translated by ``gui.canvas_input``). A key the map does not
use is left to the canvas, which passes it on to the window (menus' shortcuts).

The canvas's ``cursor_moved`` says which map point is under the pointer: on a move, and
when the view moves under a pointer that stays still (an arrow key, Fit, the locator's
jump); ``cursor_left`` says the pointer left the map, so the status bar never shows a
position that is no longer under it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent

from zoneeditor.core.tools.base import Button, PointerKind
from zoneeditor.gui.canvas_input import BUTTONS, held_button, key_event, pointer_event

if TYPE_CHECKING:
    from zoneeditor.gui.canvas import MapCanvas

#: Zoom factor of one wheel notch or one +/- key.
ZOOM_STEP = 1.25


class MapInput(QObject):
    """Turns the canvas's input events into pans, zooms and tool events."""

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self._canvas = canvas
        self._pan_anchor: QPointF | None = None
        self._space = False
        #: The pointer's last place over the map (the tool sees it again after an undo).
        self.cursor: QPointF | None = None
        #: The pointer moved over the map and has not left it since. Not set by entering:
        #: a window opening under a still pointer shows no position (as its start picture,
        #: ``gui.window_snapshot``, does not) until the pointer moves.
        self.over_map = False
        canvas.installEventFilter(self)
        canvas.view_changed.connect(self._view_moved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """True when the event was used here (the canvas does not see it)."""
        kind = event.type()
        if isinstance(event, QMouseEvent):
            if kind == QEvent.Type.MouseButtonPress:
                self._press(event)
            elif kind == QEvent.Type.MouseMove:
                self._move(event)
            elif kind == QEvent.Type.MouseButtonRelease:
                self._release(event)
            elif kind == QEvent.Type.MouseButtonDblClick:
                self._double_click(event)
            else:
                return False
            return True
        if isinstance(event, QWheelEvent):
            self._wheel(event)
            return True
        if kind == QEvent.Type.Leave:
            self.over_map = False
            self._canvas.cursor_left.emit()
            return False
        if isinstance(event, QKeyEvent):
            if kind == QEvent.Type.KeyPress:
                return self._key_press(event)
            if kind == QEvent.Type.KeyRelease:
                return self._key_release(event)
        return False

    # -- mouse ---------------------------------------------------------------------------------
    def _forward(self, kind: PointerKind, event: QMouseEvent, button: Button) -> None:
        canvas = self._canvas
        if canvas.tool is not None:
            canvas.apply_result(canvas.tool.pointer(
                pointer_event(kind, event, canvas.viewport, button, canvas.tolerance())))

    def _press(self, event: QMouseEvent) -> None:
        """Middle button or Space+left starts a pan; other presses go to the tool."""
        self._canvas.setFocus()
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space
        ):
            self._pan_anchor = event.position()
            self._canvas.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        button = BUTTONS.get(event.button())
        if button is not None:
            self._forward("press", event, button)

    def _pointer_at(self, pos: QPointF) -> None:
        """The pointer is at ``pos`` over the map: say which map point that is."""
        self.cursor = QPointF(pos)
        self._canvas.cursor_moved.emit(*self._canvas.viewport.to_map(pos.x(), pos.y()))

    def _view_moved(self) -> None:
        """The view changed under the pointer: the map point under it is another one (the
        status bar showed the old view's point after Fit or a jump to a place)."""
        if self.over_map and self.cursor is not None:
            self._pointer_at(self.cursor)

    def _move(self, event: QMouseEvent) -> None:
        """Pan while dragging; otherwise report the position and forward to the tool."""
        pos = event.position()
        self.over_map = True
        if self._pan_anchor is not None:
            delta = pos - self._pan_anchor
            self._pan_anchor = pos
            self.cursor = QPointF(pos)
            self._canvas.pan_by(delta.x(), delta.y())  # the position follows the view
            return
        self._pointer_at(pos)
        self._forward("move", event, held_button(event))

    def _release(self, event: QMouseEvent) -> None:
        """End a pan, or forward the release to the tool."""
        if self._pan_anchor is not None and event.button() in (
            Qt.MouseButton.MiddleButton, Qt.MouseButton.LeftButton
        ):
            self._pan_anchor = None
            self._canvas.setCursor(Qt.CursorShape.OpenHandCursor if self._space
                                   else Qt.CursorShape.ArrowCursor)
            return
        button = BUTTONS.get(event.button())
        if button is not None:
            self._forward("release", event, button)

    def _double_click(self, event: QMouseEvent) -> None:
        """Double clicks go to the tool (finishing a polygon, for instance)."""
        button = BUTTONS.get(event.button())
        if button is not None and self._pan_anchor is None:
            self._forward("double_click", event, button)

    def _wheel(self, event: QWheelEvent) -> None:
        """Zoom at the cursor: one notch (120 units) is a factor of ``ZOOM_STEP``."""
        steps = event.angleDelta().y() / 120.0
        if steps == 0:
            return
        pos = event.position()
        self.over_map, self.cursor = True, QPointF(pos)  # the view change reports it
        self._canvas.zoom_by(ZOOM_STEP ** steps, (pos.x(), pos.y()))
        event.accept()

    # -- keys ----------------------------------------------------------------------------------
    def _key_press(self, event: QKeyEvent) -> bool:
        """Arrows pan, +/- zoom, Space arms panning; Escape, Enter, Delete go to the tool.
        False for a key neither the map nor the tool uses."""
        canvas = self._canvas
        key = event.key()
        step_x, step_y = canvas.width() / 8.0, canvas.height() / 8.0
        pans: dict[int, tuple[float, float]] = {  # event.key() is an int
            Qt.Key.Key_Left: (step_x, 0), Qt.Key.Key_Right: (-step_x, 0),
            Qt.Key.Key_Up: (0, step_y), Qt.Key.Key_Down: (0, -step_y),
        }
        if key in pans:
            canvas.pan_by(*pans[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            canvas.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            canvas.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            canvas.setCursor(Qt.CursorShape.OpenHandCursor)
        elif (tool_key := key_event(event)) is not None and canvas.tool is not None:
            result = canvas.tool.key(tool_key)
            if not result.handled:
                return False
            canvas.apply_result(result)
        else:
            return False
        return True

    def _key_release(self, event: QKeyEvent) -> bool:
        """Releasing Space ends pan mode."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self._pan_anchor = None
            self._canvas.setCursor(Qt.CursorShape.ArrowCursor)
            return True
        return False
