"""A row of widgets that wraps onto the next line when its panel is narrow (``FlowLayout``).

The panels live in docks a user can narrow at will (``gui.dock_layout``): a row of buttons
or check boxes laid out by a ``QHBoxLayout`` holds the panel at the row's whole width, and
a narrower dock then cuts it off behind a scroll bar (the Layers panel's reference buttons,
318 px in Russian). A flow row keeps every widget whole at any width from its widest
widget's: what does not fit goes onto the next line, in the reading direction of the
interface (from the right in Arabic).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Widgets left to right (right to left in a right-to-left interface), wrapping to
    the next line when the width runs out; its height follows its width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's interface ------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        """Qt's door for every added widget (``addWidget`` comes through here)."""
        self._items.append(item)

    def count(self) -> int:
        """The number of widgets laid out."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at ``index``, or None past the end (Qt asks until None)."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at ``index`` (None past the end)."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """It takes no more room than its lines need."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Its height depends on its width (how many lines it wraps into)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height its lines take at ``width``."""
        return self._place(QRect(0, 0, width, 0), move=False)

    def minimumSize(self) -> QSize:
        """As wide as its widest widget: narrower, that widget would be cut."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        """Every widget on one line."""
        hints = [item.sizeHint() for item in self._shown()]
        width = sum(h.width() for h in hints) + self._gap() * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        """Place the widgets in ``rect``."""
        super().setGeometry(rect)
        self._place(rect, move=True)

    # -- placing ------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing) \
            if style is not None else 6

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the widgets out in ``rect`` (only measure unless ``move``): the height used."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(),
                              -margins.bottom())
        gap = self._gap()
        x, y, line = inner.x(), inner.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), inner.width())
            if x > inner.x() and x + width > inner.x() + inner.width():
                x, y, line = inner.x(), y + line + gap, 0
            if move:
                box = QRect(QPoint(x, y), QSize(width, hint.height()))
                # from the right in a right-to-left interface (Qt mirrors boxes it lays out)
                item.setGeometry(QStyle.visualRect(self._direction(), inner, box))
            x += width + gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight

