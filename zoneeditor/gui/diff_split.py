"""The Changes panel's middle: the summary above the table of changes, in a splitter.

The summary (a bold status line, then party totals, land changing hands, what was too small
to list) comes first: it is what a delegate reads first. It takes the height its text needs,
up to ``SUMMARY_SHARE`` of the splitter, or more when the table shows all its rows in less
(a few changes and a long summary: nothing scrolls that need not); it scrolls beyond. The
table and the selected change in words take the rest — until the user moves the splitter,
which then stays.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.gui.wrapped_label import WrappedLabel

#: Largest share of the panel's height the summary takes before it scrolls.
SUMMARY_SHARE = 0.45


def _selectable(parent: QWidget, name: str) -> QLabel:
    # the summary's Arabic last line lost the pixel row of its descenders
    label = WrappedLabel("", parent)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SummarySplit(QObject):
    """``status_label`` and ``summary_label`` above ``table`` and ``details_label``, in
    ``splitter``."""

    def __init__(self, parent: QWidget, table: QTableView) -> None:
        super().__init__(parent)
        self._table = table
        self.status_label = QLabel(parent)
        self.status_label.setObjectName("diffStatus")
        self.status_label.setWordWrap(True)
        bold = self.status_label.font()
        bold.setBold(True)
        self.status_label.setFont(bold)
        self.summary_label = _selectable(parent, "diffSummary")
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop
                                        | Qt.AlignmentFlag.AlignLeading)
        self.details_label = _selectable(parent, "diffDetails")
        summary = QWidget(parent)
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(self.status_label)
        summary_layout.addWidget(self.summary_label)
        summary_layout.addStretch(1)
        self._scroll = QScrollArea(parent)
        self._scroll.setObjectName("diffSummaryScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(summary)
        table_part = self._table_part = QWidget(parent)
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(table, 1)
        table_layout.addWidget(self.details_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, parent)
        self.splitter.setObjectName("diffSplitter")
        self.splitter.addWidget(self._scroll)
        self.splitter.addWidget(table_part)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self._by_user = False
        self.splitter.splitterMoved.connect(self._on_moved)

    def _on_moved(self, *_args: object) -> None:
        self._by_user = True

    def fit(self) -> None:
        """Give the summary the height its text needs, up to ``SUMMARY_SHARE`` of the
        splitter, the table the rest; not once the user moved the splitter."""
        total = sum(self.splitter.sizes())
        if self._by_user or total <= 0:
            return
        inner = self._scroll.widget()
        assert inner is not None  # the summary, set in __init__
        width = self._scroll.viewport().width()
        wanted = (inner.heightForWidth(width) if inner.hasHeightForWidth()
                  else inner.sizeHint().height()) + 4
        line = self.status_label.fontMetrics().height()
        room = max(round(total * SUMMARY_SHARE), total - self._table_wanted())
        summary = max(line * 2, min(wanted, room))
        self.splitter.setSizes([summary, total - summary])

    def _table_wanted(self) -> int:
        """The height that shows every row of the table and the change in words below it."""
        table = self._table
        header = table.horizontalHeader()
        bar = table.horizontalScrollBar()
        rows = table.verticalHeader().length() + (header.height() if header.isVisible() else 0)
        if bar.isVisible():
            rows += bar.height()
        rows += 2 * table.frameWidth()
        width = self._table_part.width()
        details = self.details_label
        said = details.heightForWidth(width) if details.hasHeightForWidth() else -1
        layout = self._table_part.layout()
        spacing = layout.spacing() if layout is not None else 0
        return rows + max(said, details.sizeHint().height()) + spacing
