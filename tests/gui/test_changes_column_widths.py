"""A column of the Changes table the user widened by hand keeps its width when the dock is
resized (it was fitted again and lost it), until "Fit the columns to the panel" or until
other columns are shown; double-clicking an edge counts as setting it by hand too."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from support.changes_panel import shown_changes
from test_changes_columns_room import LAPTOP

from zoneeditor.gui.diff_panel import DiffPanel, DiffTableModel


def docked(editor, qtbot) -> DiffPanel:
    editor.reset_layout(LAPTOP)
    editor.resize(LAPTOP.width(), LAPTOP.height() - 30)
    return shown_changes(editor, qtbot)


def drag_edge(qtbot, panel: DiffPanel, column: str, by: int) -> None:
    """Drag the trailing edge of ``column``'s header by ``by`` pixels, as a user does."""
    header = panel.table.horizontalHeader()
    i = DiffTableModel.COLUMNS.index(column)
    edge = header.sectionViewportPosition(i) + header.sectionSize(i) - 1
    y = header.height() // 2
    viewport = header.viewport()
    qtbot.mouseMove(viewport, QPoint(edge, y))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    for step in range(1, 5):
        qtbot.mouseMove(viewport, QPoint(edge + by * step // 4, y))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(edge + by, y))


def resize_dock(editor, qtbot, panel: DiffPanel, by: int) -> None:
    dock = panel.parentWidget().parentWidget().parentWidget()
    width = panel.table.viewport().width()
    editor.resizeDocks([dock], [dock.width() + by], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: panel.table.viewport().width() != width, timeout=3000)
    qtbot.wait(50)


def test_a_width_set_by_hand_survives_resizing_the_dock(editor, qtbot):
    panel = docked(editor, qtbot)
    header = panel.table.horizontalHeader()
    change = DiffTableModel.COLUMNS.index("change")
    lost = DiffTableModel.COLUMNS.index("lost")
    fitted = header.sectionSize(change)
    drag_edge(qtbot, panel, "change", 40)
    wide = header.sectionSize(change)
    assert wide >= fitted + 30
    for by in (120, -80):  # wider, then narrower: fitted again, but not that column
        resize_dock(editor, qtbot, panel, by)
        assert header.sectionSize(change) == wide
    assert header.sectionSize(lost) >= panel.table.sizeHintForColumn(lost)  # others fitted
    panel.schedule(now=True)  # a new comparison (after an edit) keeps it too
    panel.wait()
    qtbot.wait(50)
    assert header.sectionSize(change) == wide
    panel.columns.refit_action.trigger()  # Columns ▸ Fit the columns to the panel
    assert header.sectionSize(change) < wide
    drag_edge(qtbot, panel, "change", 40)
    assert header.sectionSize(change) >= fitted + 30
    panel.show_column("after", True)  # other columns: every one fitted again
    assert header.sectionSize(change) < wide
