"""``MapDriver``: drive the editor's map as a user would, at map coordinates.

A test says *where on the map* (longitude, latitude) and the driver turns it into mouse events
on the canvas at the exact sub-pixel position of that place in the current view, so a click at
(36.2, 34.1) gives the tool a vertex at (36.2, 34.1), not one rounded to a pixel. Keys go
through Qt's shortcut system as if typed, so ``driver.tool("Z")`` tests the real shortcut.
What the test reads back (``features``, ``feature``, ``selection``, ``history``) comes from
the document, the single place the model lives.

>>> editor.map.tool("Z")                                   # doctest: +SKIP
>>> editor.map.click(36.1, 34.1); editor.map.click(36.3, 34.1)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QKeyCombination, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from zoneeditor.core.model import Feature, LayerKind
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.testing.answer import Answering
from zoneeditor.testing.changes import Changes, plain, read_changes
from zoneeditor.testing.errors import DriverError, OffMapError
from zoneeditor.testing.guard import DialogGuard, UnexpectedDialog, unexpected_text
from zoneeditor.testing.messages import MessageLog
from zoneeditor.testing.modal import blocking_dialog, describe
from zoneeditor.testing.shots import save_picture

if TYPE_CHECKING:
    from zoneeditor.core.document import Document
    from zoneeditor.core.tools.base import Tool
    from zoneeditor.core.undo import UndoStack

XY = tuple[float, float]

_BUTTONS = {
    "left": Qt.MouseButton.LeftButton,
    "right": Qt.MouseButton.RightButton,
    "middle": Qt.MouseButton.MiddleButton,
}
_MODIFIERS = {
    "shift": Qt.KeyboardModifier.ShiftModifier,
    "ctrl": Qt.KeyboardModifier.ControlModifier,
    "alt": Qt.KeyboardModifier.AltModifier,
    "meta": Qt.KeyboardModifier.MetaModifier,
}


def _modifiers(names: Iterable[str]) -> Qt.KeyboardModifier:
    flags = Qt.KeyboardModifier.NoModifier
    for name in names:
        try:
            flags |= _MODIFIERS[name.lower()]
        except KeyError:
            raise ValueError(f"unknown modifier {name!r}; use {sorted(_MODIFIERS)}") from None
    return flags


def _button(name: str) -> Qt.MouseButton:
    try:
        return _BUTTONS[name]
    except KeyError:
        raise ValueError(f"unknown button {name!r}; use {sorted(_BUTTONS)}") from None


class DrivenWindow(MainWindow):
    """The real editor window as the ``editor`` fixture opens it, with the kit's driver on it
    (``editor.map``). Only the attribute is added: the window itself knows nothing of tests."""

    map: MapDriver


class MapDriver:
    """Mouse and keyboard on the map of a ``MainWindow``, and what the document holds."""

    def __init__(self, window: MainWindow, qtbot: Any | None = None,
                 guard: DialogGuard | None = None, log: MessageLog | None = None) -> None:
        self.window = window
        self.qtbot = qtbot
        #: the static dialogs refused during the test (the ``editor`` fixture's), if any
        self.guard = guard
        self._log = log if log is not None else MessageLog(window.statusBar())

    # -- where things are ----------------------------------------------------------------------
    @property
    def canvas(self) -> QWidget:
        """The map widget events are sent to."""
        return self.window.canvas

    def position(self, lon: float, lat: float) -> QPointF:
        """The canvas position (sub-pixel) of a place; OffMapError when it is not in view."""
        x, y = self.window.canvas.viewport.to_screen(lon, lat)
        w, h = self.canvas.width(), self.canvas.height()
        if not (0 <= x <= w and 0 <= y <= h):
            west, south, east, north = self.bounds
            raise OffMapError(
                f"({lon}, {lat}) is outside the visible map ({west:.4f}..{east:.4f} E, "
                f"{south:.4f}..{north:.4f} N); call show(west, south, east, north) first")
        return QPointF(x, y)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """The visible map as (west, south, east, north)."""
        return self.window.canvas.viewport.bounds

    @property
    def pixel_degrees(self) -> float:
        """Degrees of latitude per screen pixel now (a tolerance for snapping tests)."""
        return self.window.canvas.viewport.pixel_degrees(1.0)

    def show(self, west: float, south: float, east: float, north: float) -> None:
        """Zoom and pan so the box is in view (like zooming with the mouse wheel)."""
        from zoneeditor.core.viewport import Viewport

        self._free(f"show({west}, {south}, {east}, {north})")

        canvas = self.window.canvas
        canvas.set_view(Viewport.fit((west, south, east, north), canvas.width(),
                                     canvas.height()), settle=False)
        self.idle()

    def fit(self) -> None:
        """Show the whole project (View > Fit to project)."""
        self._free("fit()")
        self.window.canvas.fit_to_project()
        self.idle()

    # -- mouse ---------------------------------------------------------------------------------
    def _send(self, kind: QEvent.Type, pos: QPointF, button: Qt.MouseButton,
              buttons: Qt.MouseButton, modifiers: Qt.KeyboardModifier) -> None:
        canvas = self.canvas
        event = QMouseEvent(kind, pos, canvas.mapToGlobal(pos), button, buttons, modifiers,
                            QPointingDevice.primaryPointingDevice())
        QApplication.sendEvent(canvas, event)

    def move(self, lon: float, lat: float, buttons: Sequence[str] = (),
             modifiers: Sequence[str] = ()) -> None:
        """Move the pointer to a place (with ``buttons`` held, as in a drag)."""
        self._free(f"move({lon}, {lat})")
        held = Qt.MouseButton.NoButton
        for name in buttons:
            held |= _button(name)
        self._send(QEvent.Type.MouseMove, self.position(lon, lat), Qt.MouseButton.NoButton,
                   held, _modifiers(modifiers))

    def press(self, lon: float, lat: float, button: str = "left",
              modifiers: Sequence[str] = ()) -> None:
        """Press a mouse button at a place (and hold it)."""
        self._free(f"press({lon}, {lat})")
        b = _button(button)
        self._send(QEvent.Type.MouseButtonPress, self.position(lon, lat), b, b,
                   _modifiers(modifiers))

    def release(self, lon: float, lat: float, button: str = "left",
                modifiers: Sequence[str] = ()) -> None:
        """Release a mouse button at a place."""
        self._free(f"release({lon}, {lat})")
        self._send(QEvent.Type.MouseButtonRelease, self.position(lon, lat), _button(button),
                   Qt.MouseButton.NoButton, _modifiers(modifiers))

    def click(self, lon: float, lat: float, button: str = "left",
              modifiers: Sequence[str] = ()) -> None:
        """Click at a place: move there, press, release."""
        self._free(f"click({lon}, {lat})")
        self.move(lon, lat, modifiers=modifiers)
        self.press(lon, lat, button, modifiers)
        self.release(lon, lat, button, modifiers)
        self.idle()

    def double_click(self, lon: float, lat: float, button: str = "left",
                     modifiers: Sequence[str] = ()) -> None:
        """Double-click at a place, with the events Qt 6 delivers for one:
        press, release, press, double-click, release."""
        self._free(f"double_click({lon}, {lat})")
        pos, b, mods = self.position(lon, lat), _button(button), _modifiers(modifiers)
        self.move(lon, lat, modifiers=modifiers)
        none = Qt.MouseButton.NoButton
        self._send(QEvent.Type.MouseButtonPress, pos, b, b, mods)
        self._send(QEvent.Type.MouseButtonRelease, pos, b, none, mods)
        self._send(QEvent.Type.MouseButtonPress, pos, b, b, mods)
        self._send(QEvent.Type.MouseButtonDblClick, pos, b, b, mods)
        self._send(QEvent.Type.MouseButtonRelease, pos, b, none, mods)
        self.idle()

    def drag(self, start: XY, end: XY, button: str = "left", steps: int = 8,
             modifiers: Sequence[str] = ()) -> None:
        """Press at ``start``, move in ``steps`` to ``end`` with the button held, release.

        Intermediate moves let tools that preview (move, reshape) see the pointer travel;
        a drag is one undo step however many moves it takes.
        """
        self._free(f"drag({start}, {end})")
        (x0, y0), (x1, y1) = start, end
        self.move(x0, y0, modifiers=modifiers)
        self.press(x0, y0, button, modifiers)
        for i in range(1, max(1, steps) + 1):
            t = i / max(1, steps)
            self.move(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, (button,), modifiers)
        self.release(x1, y1, button, modifiers)
        self.idle()

    def click_path(self, points: Sequence[XY], finish: str = "double_click") -> None:
        """Click each point in turn; finish on the last with a double-click, "enter", or
        "none" (leave the path open)."""
        if not points:
            raise ValueError("no points to click")
        self._free("click_path(...)")
        body = points[:-1] if finish == "double_click" else points
        for lon, lat in body:
            self.click(lon, lat)
        if finish == "double_click":
            self.double_click(*points[-1])
        elif finish == "enter":
            self.key("Return")
        elif finish != "none":
            raise ValueError(f"finish must be 'double_click', 'enter' or 'none', not {finish!r}")

    # -- keyboard ------------------------------------------------------------------------------
    def _focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not self.window:
            self.canvas.setFocus()
            widget = self.canvas
        return widget

    def key(self, sequence: str, widget: QWidget | None = None) -> None:
        """Type a key or shortcut as a user would: "Z", "Return", "Escape", "Ctrl+Z".

        Goes through Qt's shortcut system (menu and tool shortcuts fire) and then to the
        focused widget (the canvas unless something else has focus). While a modal dialog
        is open, a key for the editor fails naming it; give ``widget`` (a widget of the
        dialog, or ``self.dialog``) to press it in the dialog.
        """
        seq = QKeySequence(sequence)
        if seq.count() != 1:
            raise ValueError(f"not one key: {sequence!r}")
        # PySide6's stub lacks QKeySequence.__getitem__ (operator[] in C++, there at run time)
        combo: QKeyCombination = seq[0]  # type: ignore[index]  # PySide6 stub: see above
        if combo.key() == Qt.Key.Key_unknown:
            raise ValueError(f"not one key: {sequence!r}")
        in_dialog = widget is not None and widget.window() is self.dialog
        self._free(repr(sequence), widget)
        target = widget or self._focus()
        self._need_active(repr(sequence), target.window() if in_dialog else None)
        QTest.keyClick(target, combo.key(), combo.keyboardModifiers())
        self.idle()

    @property
    def dialog(self) -> QWidget | None:
        """The modal dialog open over the editor now (the one in front), or None: what a
        user must answer or close before the editor takes keys and clicks again."""
        return blocking_dialog(self.window)

    def _free(self, what: str, aim: QWidget | None = None) -> None:
        """DriverError naming the modal dialog open over the editor, unless there is none
        or ``aim`` is a widget of it: a user's key or click would not reach the editor
        then (Qt drops the key; a mouse event sent straight to the canvas would act where
        a user could not)."""
        dialog = self.dialog
        if dialog is None or (aim is not None and aim.window() is dialog):
            return
        raise DriverError(
            f"{what} is for the editor, but the modal dialog {describe(dialog)} is open "
            f"over it: close or answer it first, or act on it (drive.dialog is it: "
            f"drive.key('Escape', widget=drive.dialog), drive.type(text, widget=...))")

    def _need_active(self, what: str, window: QWidget | None = None) -> None:
        """Shortcuts reach only the active window: after a dialog (a question, a recovery
        offer) the editor (or ``window``, a dialog a key is aimed at) is activated again,
        as a user's click on it would; DriverError when it cannot be, rather than a key that
        silently does nothing."""
        window = window or self.window
        if window.isActiveWindow():
            return
        window.activateWindow()
        window.raise_()
        for _ in range(50):  # the platform activates asynchronously (offscreen: at once)
            self.idle()
            if window.isActiveWindow():
                return
            QTest.qWait(10)
        modal = QApplication.activeModalWidget()
        held = f" (a dialog is open: {describe(modal)})" if modal is not None else ""
        which = "the editor window" if window is self.window else describe(window)
        raise DriverError(f"{what} would go nowhere: {which} is not active{held}")

    def type(self, text: str, widget: QWidget | None = None) -> None:
        """Type text into the focused widget (a coordinate box, a name field...), in any
        script: "إدلب" and "Идлиб" are typed as a keyboard layout of that language would."""
        self._free(f"type({text!r})", widget)
        target = widget or self._focus()
        if text.isascii():
            QTest.keyClicks(target, text)
        else:  # QTest.keyClicks aborts the process on a letter outside Latin-1
            for ch in text:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(target, QKeyEvent(
                        kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        self.idle()

    def enter_coordinate(self, text: str) -> None:
        """Type a position in the coordinate box and press Return, as a user does for a
        vertex they read off a paper map: "34.2, 38.1" (latitude first), "34°12'N 38°6'E",
        UTM, MGRS or "@45 2.5km". An empty ``text`` finishes the drawing.

        Goes there with Ctrl+L like a user; DriverError when no coordinate box took focus.
        """
        self._free(f"enter_coordinate({text!r})")
        self.canvas.setFocus()
        self.key("Ctrl+L")
        box = QApplication.focusWidget()
        if not isinstance(box, QLineEdit) or box.objectName() != "coordinateEntry":
            now = box.objectName() if box is not None else "nothing"
            raise DriverError(f"Ctrl+L did not put the cursor in the coordinate box "
                              f"(focus: {now or type(box).__name__})")
        box.clear()
        if text:
            self.type(text, box)  # any script: "٣٤٫١، ٣٨٫١" as an Arabic keyboard types it
        QTest.keyClick(box, Qt.Key.Key_Return)
        self.idle()

    def tool(self, shortcut: str) -> Tool:
        """Press a tool's shortcut key and return the tool it activated.

        DriverError when no tool with that shortcut became active (the message lists them).
        """
        self._free(f"tool({shortcut!r})")
        self.canvas.setFocus()
        self.key(shortcut)
        active = self.window.editor.tool
        if active.shortcut.casefold() != shortcut.casefold():
            from zoneeditor.core.tools.registry import tool_classes

            known = ", ".join(f"{c.shortcut}={c.name}" for c in tool_classes() if c.shortcut)
            raise DriverError(f"pressing {shortcut!r} did not activate a tool (active: "
                              f"{active.name}; "
                              f"shortcuts: {known}). Is the window active?")
        return active

    def undo(self) -> None:
        """Undo with the keyboard (the platform's Undo shortcut)."""
        self._standard(QKeySequence.StandardKey.Undo)

    def redo(self) -> None:
        """Redo with the keyboard (the platform's Redo shortcut)."""
        self._standard(QKeySequence.StandardKey.Redo)

    def _standard(self, key: QKeySequence.StandardKey) -> None:
        bindings = QKeySequence.keyBindings(key)
        if not bindings:
            raise DriverError(f"this platform has no shortcut for {key.name}")
        self._free(f"{key.name.lower()}()")
        self.canvas.setFocus()
        self.key(bindings[0].toString(QKeySequence.SequenceFormat.PortableText))

    # -- versions ------------------------------------------------------------------------------
    def version(self, name: str) -> None:
        """Show and edit version ``name`` (as picking it in the toolbar's combo)."""
        self._free(f"version({name!r})")
        combo = self.window.window_actions.version_combo
        for i in range(combo.count()):
            if combo.itemData(i) == name:
                combo.setCurrentIndex(i)
                combo.activated.emit(i)
                self.idle()
                if self.window.document.current_version != name:
                    raise DriverError(f"picking {name!r} in the version box did not switch")
                return
        names = [combo.itemData(i) for i in range(combo.count())]
        shown = {combo.itemText(i): combo.itemData(i) for i in range(combo.count())}
        hint = f"; {name!r} is shown for {shown[name]!r}" if name in shown else ""
        raise DriverError(f"no version {name!r} in the version box (have {names}: versions "
                          f"go by their names in the project, not by what the box shows"
                          f"{hint})")

    # -- reading back --------------------------------------------------------------------------
    @property
    def document(self) -> Document:
        """The open Document."""
        return self.window.editor.document

    def features(self, layer: LayerKind | str | None = None,
                 version: str | None = None) -> list[Feature]:
        """Features of the shown version (or ``version``), of one layer ("zones",
        "lines", "points") or all."""
        v = self.document.project.version(version or self.document.current_version)
        if layer is None:
            return list(v)
        try:
            kind = LayerKind(layer)
        except ValueError:
            raise DriverError(f"no layer {layer!r}: the layers are "
                              f"{', '.join(repr(k.value) for k in LayerKind)}") from None
        return v.layer(kind)

    def feature(self, name: str | None = None, id: str | None = None,
                layer: LayerKind | str | None = None) -> Feature:
        """The one feature with this name (or id) in the shown version.

        DriverError when there is none or more than one, listing what there is.
        """
        if (name is None) == (id is None):
            raise ValueError("give exactly one of name= or id=")
        found = [f for f in self.features(layer)
                 if (id is not None and f.id == id) or (name is not None and f.name == name)]
        if len(found) != 1:
            if id is not None:  # asked by id: list ids, as the question was asked
                there = sorted(f.id for f in self.features(layer))
            else:
                there = sorted(f.name or f.id[:8] for f in self.features(layer))
            what = f"name {name!r}" if name is not None else f"id {id!r}"
            raise DriverError(f"{len(found)} features with {what} (there are: {there})")
        return found[0]

    @property
    def selection(self) -> frozenset[str]:
        """Ids of the selected features."""
        return frozenset(self.window.editor.selection.ids)

    @property
    def history(self) -> UndoStack:
        """The undo history (``labels``, ``index``, ``can_undo``...)."""
        return self.document.history

    @property
    def changes(self) -> Changes:
        """The Changes panel as plain text (``testing.changes.Changes``: ``status``,
        ``summary``, ``columns``, ``rows``, ``report``), after bringing its dock forward and
        waiting for its comparison; directional marks removed, no-break spaces made spaces."""
        return read_changes(self.window.addons.changes)

    @property
    def message(self) -> str:
        """The status bar's current message (tool hints, refusals) as plain text (``plain``:
        no directional isolates); '' once it has timed out (``messages`` keeps them all)."""
        return plain(self.window.statusBar().currentMessage())

    @property
    def messages(self) -> list[str]:
        """Every status-bar message shown since the window was built (or since
        ``clear_messages``), oldest first, as plain text: a message a step showed is here
        even after the bar cleared it a few seconds later."""
        return self._log.shown

    def clear_messages(self) -> None:
        """Forget the messages shown so far (``messages`` then holds only later ones)."""
        self._log.clear()

    @contextmanager
    def answering(self, button: str) -> Iterator[Answering]:
        """Within the block, press the button ``button`` (its text, any case, no ``&``) of
        the next modal dialog that opens: a question run with ``exec()``, a static
        ``QMessageBox`` function, or a dialog opened with ``open()``::

            with drive.answering("Delete"):
                delete_action.trigger()      # returns once "Delete" was pressed

        The yielded ``Answering`` has the dialog's ``title`` and ``text``. DriverError
        after the block when no dialog opened, or it had no such button (it is closed)."""
        answer = Answering(self.window, button)
        if self.guard is not None:
            self.guard.answering += 1
        answer.start()
        try:
            yield answer
        finally:
            answer.stop()
            if self.guard is not None:
                self.guard.answering -= 1
        answer.check()
        self.idle()

    # -- misc ----------------------------------------------------------------------------------
    def idle(self) -> None:
        """Let Qt deliver pending events and paint; DriverError (``UnexpectedDialog``) when
        the window opened a static dialog nobody had arranged to answer (``guard``)."""
        QApplication.processEvents()
        refused = self.guard.unreported() if self.guard is not None else []
        if refused:
            raise UnexpectedDialog(unexpected_text(refused[0]))

    def screenshot(self, path: Path | str) -> Path:
        """Save the window as a PNG, with the dialogs and other windows shown over it where
        they are (to look at a failing test); missing folders of ``path`` are made."""
        return save_picture(self.window, path)


__all__ = ["DrivenWindow", "DriverError", "MapDriver", "OffMapError", "UnexpectedDialog"]
