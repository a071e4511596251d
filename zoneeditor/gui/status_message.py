"""The window's status bar, whose message (a tool's hint, what a step did) is elided with
an ellipsis where it does not fit, clear of the permanent widgets on its right (the cursor
position first), and shown whole in a tooltip.

``QStatusBar`` draws its message clipped at the first permanent widget, two pixels before
it: a long hint (Split zone's in Russian, at a 1366-pixel-wide window) stopped mid-word
and ran into the coordinates. Only the drawing changes here: ``currentMessage()``,
``showMessage`` and ``messageChanged`` are Qt's, so menus' status tips, timeouts and the
tests that read the message work as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QToolTip, QWidget

#: Room kept free between the message and the permanent widgets, in widths of "0": Qt's two
#: pixels let the last letter touch the position's first figure.
GAP_DIGITS = 2


class MessageBar(QStatusBar):
    """A ``QStatusBar`` that elides its message instead of cutting it (``message_text``),
    keeps it ``GAP_DIGITS`` away from the permanent widgets, and shows the whole message as
    the tooltip of its place when it was shortened."""

    def _items(self) -> list[QWidget]:
        """The widgets the bar lays out that are shown now (while a message is shown, only
        the permanent ones: Qt hides the others)."""
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        return [w for w in self.findChildren(QWidget, options=direct)
                if w.isVisible() and not isinstance(w, QSizeGrip) and not w.isWindow()]

    def message_rect(self) -> QRect:
        """Where the message is drawn: from the bar's leading edge to ``GAP_DIGITS`` before
        the nearest permanent widget (Qt's own margins otherwise)."""
        gap = GAP_DIGITS * self.fontMetrics().horizontalAdvance("0")
        left, right = 6, self.width() - 12
        items = self._items()
        if items:
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                left = max(left, max(w.geometry().right() + 1 for w in items) + gap)
            else:
                right = min(right, min(w.x() for w in items) - gap)
        return QRect(left, 0, max(0, right - left), self.height())

    def message_text(self) -> str:
        """The message as drawn: whole, or shortened with an ellipsis to its place."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideRight,
                                             self.message_rect().width())

    def is_elided(self) -> bool:
        """True when the message does not fit its place and is drawn shortened."""
        return self.message_text() != self.currentMessage()

    def paintEvent(self, event: QPaintEvent) -> None:
        """As ``QStatusBar.paintEvent`` (panel, the items' frames), with the message
        elided."""
        message = self.currentMessage()
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter,
                                   self)
        for widget in self._items():
            frame = widget.geometry().adjusted(-2, -1, 2, 1)
            if event.rect().intersects(frame):
                item = QStyleOption()
                item.rect = frame
                item.palette = self.palette()
                item.state = QStyle.StateFlag.State_None
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, item,
                                           painter, widget)
        if message:
            painter.setPen(self.palette().windowText().color())
            painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading
                             | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                             self.message_text())
        painter.end()

    def event(self, event: QEvent) -> bool:
        """A tooltip over a shortened message shows it whole."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if self.is_elided() and self.message_rect().contains(event.pos()):
                QToolTip.showText(event.globalPos(), self.currentMessage(), self,
                                  self.message_rect())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
