"""A word-wrapping label whose lines are never cut at its edges (``WrappedLabel``).

Qt wraps a label's words at its width, measured by the glyphs' advances, then draws them;
what it draws can reach past that width. In Arabic the Layers panel's hint "لا شيء بعد:
«إضافة طبقة مرجعية…» من قائمة «طبقة»…" lost up to 5 px of its closing «» at the dock's
left edge (a reviewer saw 3 px on a 1366×768 laptop): a right-to-left line that fills the
width is drawn a space's width too far left, as if the space it was broken at still stood at
its end, and the label's rectangle cuts what lies outside it. Some letters also reach above
the font's ascent or below its descent (the Arabic ج of the last line, by a pixel).

``WrappedLabel`` keeps room for that ink inside its rectangle: one space at the end of its
lines (left in a right-to-left layout, right otherwise), a pixel at their start (a line's
first letter may reach one past it: the import's Arabic "copy of" sentence), and the text's
ink beyond the font's ascent and descent above and below. The room is contents margins, so
the words wrap inside it and the label's height for a width (``heightForWidth``) counts it,
as a layout asks.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A ``QLabel`` with word wrap on and room for its text's ink (see the module)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._keep_room()

    def setText(self, text: str) -> None:
        """Show ``text``, with room for its ink."""
        super().setText(text)
        self._keep_room()

    def changeEvent(self, event: QEvent) -> None:
        """Another font or layout direction needs other room."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._keep_room()

    def _keep_room(self) -> None:
        """Contents margins for the ink: a space's width at the lines' end, a pixel at their
        start, and what the text's ink reaches above the ascent and below the descent."""
        metrics = QFontMetricsF(self.font())
        end = math.ceil(metrics.horizontalAdvance(" ")) + 1  # and a pixel of antialiasing
        ink = metrics.boundingRect(self.text())  # the baseline at y = 0
        top = max(0, math.ceil(-ink.top() - metrics.ascent()))
        bottom = max(0, math.ceil(ink.bottom() - metrics.descent()))
        start = 1  # the first letter's antialiasing (Arabic «ت» reached a pixel past it)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self.setContentsMargins(end, top, start, bottom)
        else:
            self.setContentsMargins(start, top, end, bottom)


__all__ = ["WrappedLabel"]
