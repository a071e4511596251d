"""Rows of a list that wrap their text at the list's width and are always as high as their
lines: never cut off with "…" (``WrappedRows``).

A ``QListWidget`` with word wrap asks its delegate how big a row is, and the style answers
with one layout of the text; when it draws the row it lays the text out again and ends the
last line that does not fit with "…". The two did not agree: in the Arabic window at
1366×768 the Problems dock's overlap row read «ريف حماة الشمالي: يتداخل مع … بمساحة …», one
line high, its area gone, although measured at the row's width the whole sentence needs two
lines. ``WrappedRows`` lays a row's text out once, by one rule, for both: the height it asks
for is that of the lines it then draws (the style still draws the row's background,
selection and focus). The lines break at the list's width less the style's text margins
and a space kept free at their end, as ``WrappedLabel`` does (a right-to-left line is drawn
a space's width further than it measures).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

#: Pixels above and below a row's lines: room for ink past the font's ascent and descent.
PAD = 1


def laid_out(text: str, option: QStyleOptionViewItem, width: float) -> QTextLayout:
    """``text`` in ``option``'s font and direction, wrapped at word breaks at ``width``,
    each line under the one before (the caller reads the lines and draws them)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), option.font)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    text_option.setTextDirection(option.direction)
    right = option.direction == Qt.LayoutDirection.RightToLeft
    text_option.setAlignment(Qt.AlignmentFlag.AlignRight if right
                             else Qt.AlignmentFlag.AlignLeft)
    layout.setTextOption(text_option)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0.0, height))
        height += line.height()
    layout.endLayout()
    return layout


def layout_height(layout: QTextLayout) -> float:
    """The height of all of ``layout``'s lines."""
    return sum(layout.lineAt(i).height() for i in range(layout.lineCount()))


class WrappedRows(QStyledItemDelegate):
    """Lays each row's text out at the list's width and draws it as laid out (see the
    module), so a row is always as high as its lines."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self, option: QStyleOptionViewItem) -> float:
        """Where the lines break: the list's viewport less the style's margins and a space."""
        view = self._view
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                          view) + 1
        space = QFontMetricsF(option.font).horizontalAdvance(" ")
        return view.viewport().width() - 2 * margin - math.ceil(space) - 1

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """As wide as the list, as high as the row's lines at that width."""
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        lines = laid_out(shown.text, shown, self._text_width(shown))
        return QSize(self._view.viewport().width(),
                     math.ceil(layout_height(lines)) + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The style's row without its text, then the text's lines as ``sizeHint``
        measured them."""
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        text, shown.text = shown.text, ""
        view = self._view
        view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, view)
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                          view) + 1
        width = self._text_width(shown)
        lines = laid_out(text, shown, width)
        rect = QRect(shown.rect)
        left = float(rect.left() + margin)
        if shown.direction == Qt.LayoutDirection.RightToLeft:
            left = rect.right() - margin - width  # the free space at the lines' end: left
        top = rect.top() + max(0.0, (rect.height() - layout_height(lines)) / 2)
        selected = bool(shown.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Normal if shown.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(shown.palette.color(group, role))
        lines.draw(painter, QPointF(left, top))
        painter.restore()


def wrap_rows(view: QListView) -> None:
    """Make ``view``'s rows wrap at its width and show their whole text (``WrappedRows``),
    laid out again whenever its width changes."""
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setItemDelegate(WrappedRows(view))


__all__ = ["WrappedRows", "laid_out", "layout_height", "wrap_rows"]
