"""The control-point table of the georeferencing dialog.

One row per control point, numbered as the undo labels number them: Use (a checkbox: leave a
doubtful point out of the fit without deleting it), the scan position, the place, the
residual and the leave-one-out error in metres (``core.reference_rows.georef_summary``).
The table only shows and reports: ``use_toggled`` and ``delete_requested`` go to the dialog,
which makes the change sets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from zoneeditor.core.reference_rows import GeorefSummary


class ControlPointTable(QTableWidget):
    """The control points with their residuals (object name ``controlPoints``)."""

    COL_NUMBER, COL_USE, COL_PX, COL_PY, COL_LAT, COL_LON, COL_RESIDUAL, COL_LOO = range(8)

    #: The Use box of a point was ticked or unticked: (point id, use it).
    use_toggled = Signal(str, bool)
    #: Delete was pressed on the table (the selected point).
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 8, parent)
        self.setObjectName("controlPoints")
        self.setHorizontalHeaderLabels([
            "#", self.tr("Use"), self.tr("Scan x"), self.tr("Scan y"), self.tr("Latitude"),
            self.tr("Longitude"), self.tr("Residual (m)"), self.tr("Leave-one-out (m)")])
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (self.COL_NUMBER, self.COL_USE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self, self.delete_requested.emit)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def selected_point(self) -> str | None:
        """The id of the selected point, or None."""
        row = self.currentRow()
        item = self.item(row, self.COL_NUMBER) if row >= 0 else None
        if item is None or not self.selectionModel().hasSelection():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def show_summary(self, summary: GeorefSummary) -> None:
        """Fill the rows from ``summary`` (the selected point stays selected)."""
        current = self.selected_point()
        self.setRowCount(len(summary.rows))
        for i, r in enumerate(summary.rows):
            use = QCheckBox(self)
            use.setObjectName(f"usePoint_{r.number}")
            use.setChecked(r.enabled)
            use.setToolTip(self.tr("Use this point for the fit (untick to leave a doubtful "
                                   "point out without deleting it)"))
            use.toggled.connect(lambda on, pid=r.id: self.use_toggled.emit(pid, on))
            self.setCellWidget(i, self.COL_USE, use)
            residual = "" if r.residual_m is None else f"{r.residual_m:.2f}"
            loo = "" if r.leave_one_out_m is None else f"{r.leave_one_out_m:.2f}"
            values = {self.COL_NUMBER: str(r.number), self.COL_PX: f"{r.px:.1f}",
                      self.COL_PY: f"{r.py:.1f}", self.COL_LAT: f"{r.lat:.6f}",
                      self.COL_LON: f"{r.lon:.6f}", self.COL_RESIDUAL: residual,
                      self.COL_LOO: loo}
            for col, text in values.items():
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if col != self.COL_NUMBER:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(i, col, item)
        for i, r in enumerate(summary.rows):
            if r.id == current:
                self.selectRow(i)
