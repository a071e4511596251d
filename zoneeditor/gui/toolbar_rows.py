"""Where a toolbar goes in the window: at the end of the first row (the main one) or on a
row of its own. Add-ons add their toolbars while the window is made; once the saved
arrangement is restored (``settled``) a new toolbar goes at the end of the last row, so the
rows the user arranged stay as they are."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QToolBar


class ToolbarRows:
    """The window's toolbar rows, in order, each a list of toolbars."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._rows: list[list[QToolBar]] = []
        #: True once the saved arrangement was restored (or made for the screen).
        self.settled = False

    def add(self, bar: QToolBar, new_row: bool = False) -> None:
        """Show ``bar`` at the end of the first row, or on a row of its own with
        ``new_row`` (its objectName must be set: the window remembers toolbars by name)."""
        if not bar.objectName():
            raise ValueError("give the toolbar an objectName: the window remembers toolbars "
                             "by name")
        window, rows = self._window, self._rows
        if self.settled or not rows or new_row:
            if rows and (new_row or not self.settled):
                window.addToolBarBreak()
            window.addToolBar(bar)
            if new_row or not rows:
                rows.append([bar])
            else:
                rows[-1].append(bar)
            return
        # Rows below the first are taken out and put back, so the bar joins the first row.
        for row in rows[1:]:
            for other in row:
                window.removeToolBar(other)
        window.addToolBar(bar)
        rows[0].append(bar)
        for row in rows[1:]:
            window.addToolBarBreak()
            for other in row:
                window.addToolBar(other)
                other.show()
