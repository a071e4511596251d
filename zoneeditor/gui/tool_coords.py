"""The coordinate entry box: type the next vertex instead of clicking it.

Lives in the "Coordinates" toolbar; Ctrl+L (or Tab while the map has focus) puts the cursor
in it. Return feeds the position to the active drawing tool (draw zone/line, place point,
split, reshape, measure) as if clicked; with another tool active it centres the map there.
Accepted notations are those of ``core.coords`` (decimal, DMS, UTM, MGRS, ``@bearing
distance`` from the last vertex). Bad text turns the box red and says what was expected.
The cursor stays in the box for the next vertex; Return on an empty box finishes the
drawing; Escape or Tab goes back to the map.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from zoneeditor.core.coords import Coordinate, CoordinateError, parse

_BAD_STYLE = "QLineEdit { border: 2px solid #c0392b; }"


class CoordinateEntry(QLineEdit):
    """A line edit that parses coordinates; emits ``entered(Coordinate)`` or ``failed(str)``."""

    entered = Signal(object)
    failed = Signal(str)
    #: Return on an empty box: finish the drawing, as Enter on the map does.
    finish = Signal()
    #: Escape or Tab: back to the map.
    leave = Signal()

    def __init__(self, last_vertex=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coordinateEntry")
        self._last_vertex = last_vertex or (lambda: None)
        self.setPlaceholderText(self.tr("Next vertex: 33.51, 36.29 · 33°30'36\"N 36°17'29\"E · "
                                        "37S 267000 3710000 · 37SBT4827211116 · @45 2.5km"))
        self.setToolTip(self.tr(
            "Type the next vertex and press Return (Ctrl+L or Tab to come here).\n"
            "Decimal degrees: latitude first (33.51, 36.29) unless N/S/E/W letters say "
            "otherwise.\nDegrees, minutes, seconds: 33°30'36\"N 36°17'29\"E or 33 30 36 N 36 "
            "17 29 E.\nUTM: 37S 267000 3710000. MGRS: 37SBT4827211116.\n"
            "Bearing (degrees from true north) and distance from the last vertex: @45 2.5km "
            "(km, m or nm)."))
        self.setMinimumWidth(260)
        self.returnPressed.connect(self.on_return)
        self.textEdited.connect(self._clear_error)

    def on_return(self) -> None:
        """Parse the text; on success emit ``entered`` and clear the box (the cursor stays,
        ready for the next vertex). An empty box finishes the drawing."""
        if not self.text().strip():
            self.finish.emit()
            return
        try:
            coord: Coordinate = parse(self.text(), self._last_vertex())
        except CoordinateError as exc:
            self.setStyleSheet(_BAD_STYLE)
            self.setToolTip(str(exc))
            self.failed.emit(str(exc))
            return
        self._clear_error()
        self.entered.emit(coord)
        self.clear()

    def _clear_error(self, *_args) -> None:
        self.setStyleSheet("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape goes back to the map."""
        if event.key() == Qt.Key.Key_Escape:
            self._clear_error()
            self.leave.emit()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, _next: bool) -> bool:
        """Tab goes back to the map (Tab on the map comes here)."""
        self.leave.emit()
        return True
