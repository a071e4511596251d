"""The Changes panel's table: how it is set up, and which of its columns it shows.

Docked, the table shows the most telling columns (``DEFAULT_COLUMNS``) and the others are a
click away in the Columns menu (also the header's context menu); shown large it shows every
column. The feature's name takes the width left (``NameDelegate`` keeps both ends of a name
that does not fit); the other columns fit their contents. The table starts sorted by the
features' names, A to Z, with the header's sort indicator saying so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from zoneeditor.gui.diff_table import DEFAULT_COLUMNS, DiffTableModel, NameDelegate, TitleHeader


def _tr(text: str) -> str:
    # the panel's context: these strings were the panel's and are translated under it
    return QCoreApplication.translate("DiffPanel", text)


def make_table(parent: QWidget, proxy: QSortFilterProxyModel) -> QTableView:
    """The sortable, single-row-selection, read-only table of changes over ``proxy``,
    sorted by name (A to Z) at first."""
    feature = DiffTableModel.COLUMNS.index("feature")
    table = QTableView(parent)
    table.setObjectName("diffTable")
    table.setHorizontalHeader(TitleHeader(table))
    table.setModel(proxy)
    proxy.setSortLocaleAware(True)  # names in the interface's alphabetical order
    table.setSortingEnabled(True)  # (sorts by the header's indicator: column 0, Z to A)
    table.sortByColumn(feature, Qt.SortOrder.AscendingOrder)
    table.setItemDelegateForColumn(feature, NameDelegate(table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(parent.fontMetrics().height() + 6)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(feature, QHeaderView.ResizeMode.Stretch)
    return table


class ColumnChoice(QObject):
    """Which columns ``table`` shows: the user's choice while docked (``menu``), every
    column while ``large()`` is true."""

    def __init__(self, table: QTableView, model: DiffTableModel,
                 large: Callable[[], bool]) -> None:
        super().__init__(table)
        self._table = table
        self._large = large
        #: Columns shown while docked.
        self.chosen = set(DEFAULT_COLUMNS)
        self.menu = QMenu(_tr("Columns"), table)
        self.menu.setObjectName("diffColumnsMenu")
        self._actions: dict[str, QAction] = {}
        for column in DiffTableModel.COLUMNS:
            act = self.menu.addAction(model.title(column))
            act.setCheckable(True)
            act.setChecked(column in self.chosen)
            act.toggled.connect(lambda on, c=column: self.show(c, on))
            self._actions[column] = act
        header = table.horizontalHeader()  # its context menu is this one too
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.menu.popup(header.mapToGlobal(pos)))

    def shown(self) -> list[str]:
        """The columns the table shows now (every column while shown large)."""
        return [c for c in DiffTableModel.COLUMNS if self._large() or c in self.chosen]

    def show(self, column: str, on: bool) -> None:
        """Show or hide ``column`` of the docked table (the Columns menu)."""
        if on:
            self.chosen.add(column)
        elif len(self.chosen) > 1:  # never an empty table
            self.chosen.discard(column)
        act = self._actions[column]
        act.blockSignals(True)
        act.setChecked(column in self.chosen)
        act.blockSignals(False)
        self.apply()

    def apply(self) -> None:
        """Hide the columns not shown now, and fit the others."""
        shown = self.shown()
        for i, column in enumerate(DiffTableModel.COLUMNS):
            self._table.setColumnHidden(i, column not in shown)
        self.fit()

    def fit(self) -> None:
        """Every shown column but the feature's name as wide as its contents."""
        table = self._table
        feature = DiffTableModel.COLUMNS.index("feature")
        for i in range(len(DiffTableModel.COLUMNS)):
            if i != feature and not table.isColumnHidden(i):
                table.resizeColumnToContents(i)
        table.horizontalHeader().setMinimumSectionSize(
            max(40, table.fontMetrics().horizontalAdvance("0000")))
