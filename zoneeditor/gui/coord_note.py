"""Why the coordinate box did not take what was typed, said whole under the box
(``CoordinateNote``).

A refusal of a typed position ("a bearing and distance is written '@bearing distance', e.g.
… then the distance in km, m, nm, км, м, كم, م") is longer than the status bar's room at
1366×768 in every language: the bar cut it at "(degrees from true north, the…", and the
tooltip that said it whole went away after a few seconds. The note is a word-wrapping label
over the window, under the box, as wide as the box (or a readable width), that stays until
the text is edited, the box is left or a position is taken; the status bar gets a short
sentence pointing at it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

#: Narrowest the note is made (px), however narrow the box: a sentence of a few words a line.
NOTE_MIN_WIDTH = 360
#: Room kept between the note and the window's edges (px).
MARGIN = 8


class CoordinateNote(QLabel):
    """The note of the coordinate box ``box``: ``say(text)`` shows it, ``hide()`` ends it
    (also when the box loses the focus or is hidden)."""

    def __init__(self, box: QWidget) -> None:
        super().__init__(box.window())
        self.setObjectName("coordinateNote")
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFrameShape(QFrame.Shape.Box)
        self.setMargin(4)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        box.installEventFilter(self)

    def say(self, text: str) -> None:
        """Show ``text`` whole under the box, over whatever is there."""
        window = self.parentWidget()
        if window is not self._box.window():  # the toolbar was docked into a window
            self.setParent(self._box.window())
            window = self.parentWidget()
        assert window is not None  # a note is made for a box in a window
        self.setText(text)
        box = self._box
        width = min(max(box.width(), NOTE_MIN_WIDTH), window.width() - 2 * MARGIN)
        height = self.heightForWidth(width)
        under = box.mapTo(window, QPoint(0, box.height() + 2))
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = under.x() + box.width() - width  # its right edge under the box's
        else:
            x = under.x()
        x = max(MARGIN, min(x, window.width() - width - MARGIN))
        self.setGeometry(x, under.y(), width, height)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The box was left (focus elsewhere, Escape, Tab) or hidden: the note goes; it
        moved or changed size (its red frame, the toolbar laid out again): the note
        follows it."""
        kind = event.type()
        if kind in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self.hide()
        elif kind in (QEvent.Type.Move, QEvent.Type.Resize) and self.isVisible():
            self.say(self.text())
        return False
