"""The coordinate entry box: type the next vertex instead of clicking it.

Lives in the "Coordinates" toolbar; Ctrl+L (or Tab while the map has focus) puts the cursor
in it. Return feeds the position to the active drawing tool (draw zone/line, place point,
split, reshape, measure) as if clicked; with another tool active it centres the map there.
Accepted notations are those of ``core.coords`` (decimal, DMS, UTM, MGRS, ``@bearing
distance`` from the last vertex, its units also in Russian and Arabic). Bad text turns the
box red and says what was expected, whole, in a note under the box (``gui.coord_note``,
``show_problem``: a tool's refusal of the typed vertex goes there too). A position far off
the drawing is asked about before it is added (``gui.far_vertex_question``); declined, the
text stays in the box, selected (``keep_text``). The cursor stays in the box for the next
vertex; Return on an empty box finishes the drawing; Escape or Tab
goes back to the map.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from zoneeditor.core.coords import Coordinate, CoordinateError, distance_units, parse
from zoneeditor.core.messages import substitute
from zoneeditor.core.naming import ltr
from zoneeditor.gui.coord_note import CoordinateNote
from zoneeditor.gui.tool_messages import error_text

_BAD_STYLE = "QLineEdit { border: 2px solid #c0392b; }"
#: What can be typed, one example per notation (shown in the box and its tooltip).
EXAMPLES = ("33.51, 36.29", "33°30'36\"N 36°17'29\"E", "37S 267000 3710000", "37SBT4827211116",
            "@45 2.5km")
DMS_SPACED = "33 30 36 N 36 17 29 E"
#: A bearing and distance with a decimal comma and a space before the unit (the tooltip).
BEARING_COMMA = "@45 2,5 km"


class CoordinateEntry(QLineEdit):
    """A line edit that parses coordinates; emits ``entered(Coordinate)`` or ``failed(str)``
    (the whole sentence, also shown in ``note``)."""

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
        # Examples are notation, not words: never translated, and isolated left to right so
        # an Arabic placeholder does not turn 33°30'36"N into 2"36'30°33.
        examples = [ltr(e) for e in EXAMPLES]
        # Two notations in the box (all five in its tooltip): the five were cut off at
        # "36°1…" in every language; the box is as wide as these two need, within reason.
        self.setPlaceholderText(self.tr("Next vertex: %1").replace("%1",
                                                                   " · ".join(examples[:2])))
        self.setToolTip(self._help_tip())
        room = self.fontMetrics().horizontalAdvance(self.placeholderText()) + 24
        self.setMinimumWidth(max(260, min(440, room)))
        #: Why the last text was not taken, under the box (made with the box's window).
        self.note: CoordinateNote | None = None
        self._keep = False  # set by ``keep_text`` while ``entered`` is handled
        self.returnPressed.connect(self.on_return)
        self.textEdited.connect(self._clear_error)

    def _help_tip(self) -> str:
        examples = [ltr(e) for e in EXAMPLES]
        return substitute(self.tr(
            "Type the next vertex and press Return (Ctrl+L or Tab to come here).\n"
            "Decimal degrees: latitude first (%1) unless N/S/E/W letters say otherwise.\n"
            "Degrees, minutes, seconds: %2 or %3.\nUTM: %4. MGRS: %5.\n"
            "Bearing (degrees from true north) and distance from the last vertex: %6 or %7 "
            "(%8)."), (examples[0], examples[1], ltr(DMS_SPACED), examples[2], examples[3],
                       examples[4], ltr(BEARING_COMMA), distance_units()))

    def on_return(self) -> None:
        """Parse the text; on success emit ``entered`` and clear the box (the cursor stays,
        ready for the next vertex) unless what it fed refused it (``show_problem``). An
        empty box finishes the drawing."""
        if not self.text().strip():
            self.finish.emit()
            return
        try:
            coord: Coordinate = parse(self.text(), self._last_vertex())
        except CoordinateError as exc:
            self.show_problem(error_text(exc))
            self.failed.emit(error_text(exc))
            return
        self._clear_error()
        self._keep = False
        self.entered.emit(coord)
        if self._keep:  # declined (far off): kept, selected, to be corrected
            self.selectAll()
        elif self.styleSheet() != _BAD_STYLE:  # refused by the tool: kept, to be corrected
            self.clear()

    def keep_text(self) -> None:
        """Keep what was typed after ``entered`` (a far-off vertex the user declined): the
        text stays, selected, to be corrected or typed over."""
        self._keep = True

    def show_problem(self, text: str) -> None:
        """The box turns red and ``text`` (why what was typed was not taken) is shown whole
        under it until the text is edited or the box is left: the status bar cut it at the
        pointer's coordinates (at 1366×768 it ended in "3710000 (!"), and a tooltip went
        away after a few seconds."""
        self.setStyleSheet(_BAD_STYLE)
        self.setToolTip(text)
        if self.note is None:
            self.note = CoordinateNote(self)
        self.note.say(text)

    def _clear_error(self, *_args) -> None:
        self.setStyleSheet("")
        self.setToolTip(self._help_tip())
        if self.note is not None:
            self.note.hide()

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
