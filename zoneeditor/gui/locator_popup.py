"""The locator's box (``gui.locator``): a text field over the top of the map and the list of
what it finds, each result on two lines (the name, then what and where it is), driven from
the keyboard: Up/Down and Page Up/Down choose, Enter goes, Escape closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the locator makes its box; the box calls back into it
    from zoneeditor.gui.locator import Locator

#: Item roles of a result row: the name shown (first line) and what it is (second line).
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2


class ResultDelegate(QStyledItemDelegate):
    """Draws a result on two lines: its name, and below it, smaller and lighter, what it is
    (long texts end in "…", at the reading end: right in English, left in Arabic)."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        detail = QFont(option.font)
        detail.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.85))
        return title, detail

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Two lines of text and a little room."""
        title, detail = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(detail).height() + 8
        return QSize(option.rect.width() or 300, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The row's background (selected or not), then its two lines."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        title_font, detail_font = self._fonts(opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        detail_colour = text_colour if selected else palette.color(
            QPalette.ColorRole.PlaceholderText)
        align = QStyle.visualAlignment(opt.direction, Qt.AlignmentFlag.AlignLeft)
        rect = opt.rect.adjusted(6, 3, -6, -3)
        painter.save()
        for text, font, colour in ((index.data(TITLE_ROLE), title_font, text_colour),
                                   (index.data(DETAIL_ROLE), detail_font, detail_colour)):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colour)
            line = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
            painter.drawText(line, int(align | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(str(text or ""), Qt.TextElideMode.ElideRight,
                                                rect.width()))
            rect.setTop(rect.top() + metrics.height() + 1)
        painter.restore()


class LocatorPopup(QFrame):
    """The box: a text field and the list of what it finds (keyboard-driven)."""

    def __init__(self, locator: Locator, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("locatorPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._locator = locator
        self.input = QLineEdit(self)
        self.input.setObjectName("locatorInput")
        self.input.setClearButtonEnabled(True)
        self.input.setPlaceholderText(self.tr(
            "Place or feature name (English, Arabic or Russian)"))
        self.results = QListWidget(self)
        self.results.setObjectName("locatorResults")
        self.results.setUniformItemSizes(True)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field
        self.hint = QLabel(self)
        self.hint.setObjectName("locatorHint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.input)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self.input.textChanged.connect(locator.search)
        self.input.installEventFilter(self)
        self.results.itemActivated.connect(self._activated)
        self.results.itemClicked.connect(self._activated)
        self._max_rows_height = 320
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down/Page keys move in the list, Enter goes, Escape closes (keys typed in the
        field)."""
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            moves: dict[int, int] = {  # event.key() is an int
                Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
                Qt.Key.Key_PageUp: -8}
            if key in moves:
                self.move_current(moves[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._locator.go_to_current()
                return True
            if key == Qt.Key.Key_Escape:
                self._locator.close()
                return True
        return super().eventFilter(watched, event)

    def move_current(self, step: int) -> None:
        """Choose the result ``step`` rows below (above, if negative) the current one."""
        count = self.results.count()
        if count:
            row = min(max(self.results.currentRow() + step, 0), count - 1)
            self.results.setCurrentRow(row)

    def _activated(self, item: QListWidgetItem) -> None:
        self.results.setCurrentItem(item)
        self._locator.go_to_current()

    def place_over(self, canvas: QWidget) -> None:
        """Put the box at the top of ``canvas``, centred, 60 % of its width (≤ 640 px)."""
        parent = self.parentWidget()
        if parent is None:
            return
        width = max(300, min(640, int(canvas.width() * 0.6)))
        top_left = canvas.mapTo(parent, canvas.rect().topLeft())
        x = top_left.x() + (canvas.width() - width) // 2
        self.setFixedWidth(width)
        self._max_rows_height = max(120, min(400, canvas.height() // 2))
        self.fit_rows()
        self.move(x, top_left.y() + 8)

    def fit_rows(self) -> None:
        """As tall as the results (one row at least), up to half the map's height."""
        rows = max(1, self.results.count())
        row = self.results.sizeHintForRow(0) if self.results.count() else 40
        frame = 2 * self.results.frameWidth()
        self.results.setFixedHeight(min(self._max_rows_height, rows * row + frame))
        self.adjustSize()
