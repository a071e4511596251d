"""Qt input as the Qt-free tools understand it: mouse and key events to ``PointerEvent`` and
``KeyEvent`` (``core.tools.base``). The canvas calls these from its event handlers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from zoneeditor.core.tools.base import Button, KeyEvent, PointerEvent, PointerKind
from zoneeditor.core.viewport import Viewport

#: Qt keys a tool may act on, by the name tools know them by.
KEY_NAMES: dict[int, str] = {
    Qt.Key.Key_Escape: "Escape",
    Qt.Key.Key_Return: "Enter",
    Qt.Key.Key_Enter: "Enter",
    Qt.Key.Key_Backspace: "Backspace",
    Qt.Key.Key_Delete: "Delete",
}

#: Mouse buttons a tool may see (others are ignored).
BUTTONS: dict[Qt.MouseButton, Button] = {
    Qt.MouseButton.LeftButton: "left",
    Qt.MouseButton.MiddleButton: "middle",
    Qt.MouseButton.RightButton: "right",
}


def modifiers(mods: Qt.KeyboardModifier) -> frozenset[str]:
    """The held modifier keys as the tools name them: "shift", "ctrl", "alt"."""
    out = set()
    if mods & Qt.KeyboardModifier.ShiftModifier:
        out.add("shift")
    if mods & Qt.KeyboardModifier.ControlModifier:
        out.add("ctrl")
    if mods & Qt.KeyboardModifier.AltModifier:
        out.add("alt")
    return frozenset(out)


def held_button(event: QMouseEvent) -> Button:
    """The button held during a move: "left", "right" or "none"."""
    held = event.buttons()
    if held & Qt.MouseButton.LeftButton:
        return "left"
    return "right" if held & Qt.MouseButton.RightButton else "none"


def pointer_event(kind: PointerKind, event: QMouseEvent, viewport: Viewport, button: Button,
                  tolerance: float) -> PointerEvent:
    """``event`` at its map position (lon, lat) in ``viewport``, with the pick
    ``tolerance`` in degrees."""
    pos = event.position()
    lon, lat = viewport.to_map(pos.x(), pos.y())
    return PointerEvent(kind, lon, lat, button, modifiers(event.modifiers()), tolerance)


def key_event(event: QKeyEvent) -> KeyEvent | None:
    """The tool key ``event`` stands for, or None when tools do not use that key."""
    name = KEY_NAMES.get(event.key())  # an int; Qt.Key members hash as ints
    return KeyEvent(name, modifiers(event.modifiers())) if name is not None else None
