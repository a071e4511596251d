"""A check box whose words wrap onto a second line in a narrow panel (``WrappedCheck``).

A ``QCheckBox`` draws its text on one line and is as wide as that line: "Показывать
согласованное под предложениями" held the Layers panel at 310 px, and a narrower dock cut
it off. Here the box is a ``QCheckBox`` without text and the words a word-wrapping label
beside it; a click on the words ticks the box, as a click on a check box's text does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStyle, QWidget


class WrappedCheck(QWidget):
    """``box`` (the check box: its signals, state and tooltip) and ``label`` (its words)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text)  # what a screen reader says for the box
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.installEventFilter(self)
        self.box.installEventFilter(self)  # the words are greyed with a disabled box
        # the box beside the first line of the words, whatever their number of lines
        self.box.setMinimumHeight(self.label.fontMetrics().height())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing))
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def setToolTip(self, text: str) -> None:
        """The tip of the box and of its words."""
        super().setToolTip(text)
        self.box.setToolTip(text)
        self.label.setToolTip(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A left click on the words clicks the box (its focus and signals included); the
        words are enabled with the box."""
        if watched is self.box and event.type() == QEvent.Type.EnabledChange:
            self.label.setEnabled(self.box.isEnabled())
            return False
        if (watched is self.label and event.type() == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
                and self.label.rect().contains(event.position().toPoint())
                and self.box.isEnabled()):
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.click()
            return True
        return False
