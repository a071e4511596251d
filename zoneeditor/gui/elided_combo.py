"""A combo box that shows a name too long for it with an ellipsis, never cut.

Qt's combo box clips its current text at the box's edge: "Imported other_party_utm" read
"Imported other_party_", and in an Arabic window, whose boxes are laid out right to left,
"Импортировано: other_party" lost its beginning ("тировано: other_party"); both read as
another version's name (an outside tester). ``ElidedComboBox`` draws the current text cut
in the middle of the logical string with "…" where it does not fit, and gives the whole name
as the tooltip then; the list that drops down shows every name whole, as before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from zoneeditor.core.naming import isolate


class ElidedComboBox(QComboBox):
    """A ``QComboBox`` whose current text is elided to the box's width (see module doc)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tooltip = ""  # the tooltip the box was given, shown when nothing is elided

    def setToolTip(self, text: str) -> None:
        """Keep the box's own tooltip; the whole name is added while it is elided."""
        self._tooltip = text
        super().setToolTip(text)

    def shown_text(self) -> str:
        """The current text as the box draws it: whole, or elided with "…"."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - (self.iconSize().width() + 4 if not opt.currentIcon.isNull()
                                else 0)
        return self.fontMetrics().elidedText(opt.currentText, Qt.TextElideMode.ElideMiddle,
                                             max(room, 0))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the box as the style does, with ``shown_text`` for its label."""
        if self.isEditable():  # an editable box shows a line edit, which scrolls instead
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        whole = opt.currentText
        shown = self.shown_text()
        elided = shown != whole
        # isolated by its own first letter: a Russian name in an Arabic window kept its
        # closing bracket at the wrong end ("(Импортировано: … copy")
        opt.currentText = isolate(shown)
        tip = "\n".join(t for t in (self._tooltip, whole if elided else "") if t)
        if tip != super().toolTip():
            super().setToolTip(tip)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)


__all__ = ["ElidedComboBox"]
