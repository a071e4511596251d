"""The Conflicts dock's list, as tall as its rows: the dock below the map takes no more
height than what it lists (at most ``FIT_ROWS`` rows; more scroll), so the map keeps the rest
(an outside tester's dock kept half a 1366x768 window when it said "No open conflict")."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTreeWidget

#: Most rows the dock is made tall enough for (more scroll): the map keeps the height.
FIT_ROWS = 6


class RowsTree(QTreeWidget):
    """The list of conflicts, wanting the height of its rows (at most FIT_ROWS; more
    scroll) rather than a list's default of a dozen, so the dock below the map is no taller
    than what it lists (the panel's word-wrapped labels make its height follow this hint)."""

    def sizeHint(self) -> QSize:
        """Header plus the listed rows (one at least), capped at FIT_ROWS."""
        hint = super().sizeHint()
        rows = min(max(self.topLevelItemCount(), 1), FIT_ROWS)
        row = self.sizeHintForRow(0) if self.topLevelItemCount() else -1
        row = row if row > 0 else self.fontMetrics().height() + 4
        return QSize(hint.width(), self.header().sizeHint().height() + rows * row
                     + 2 * self.frameWidth() + 4)

    def minimumSizeHint(self) -> QSize:
        """One row: the dock may be made shorter than the rows, the list then scrolls."""
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self.header().sizeHint().height()
                     + self.fontMetrics().height() + 8)


__all__ = ["FIT_ROWS", "RowsTree"]
