"""The Changes panel's table: how it is set up, and which of its columns it shows.

Docked, the table shows the most telling columns (``DEFAULT_COLUMNS``) and the others are a
click away in the Columns menu (also the header's context menu); shown large it shows every
column. The feature's name takes the width left (``NameDelegate`` keeps both ends of a name
that does not fit); the other columns fit their contents and titles, or, where that leaves
the names short of room, their contents alone (``ColumnChoice.fit``), fitted again whenever
the names or the table's room change. The names are given room for both their names
("Northern Hama · ريف حماة الشمالي") whenever the table is wide enough for that with the
other columns at their contents' width, else for their first names; ``wanted`` says how wide
the table would show everything whole ("Show large" asks for that much). A width the user
gives a column by hand (dragging or double-clicking its edge) is kept through those fits,
until "Fit the columns to the panel" in the Columns menu or until other columns are shown.
The table starts sorted by the features' names, A to Z, with the header's sort indicator
saying so.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from zoneeditor.core.naming import SEPARATOR
from zoneeditor.gui.diff_table import DEFAULT_COLUMNS, DiffTableModel, NameDelegate, TitleHeader

#: Rows whose names ``ColumnChoice.fit`` measures (Qt's own precision for fitting columns).
NAME_ROWS_MEASURED = 1000


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
        self.menu.addSeparator()
        self.refit_action = self.menu.addAction(_tr("Fit the columns to the panel"))
        self.refit_action.triggered.connect(self.refit)
        #: Widths the user gave columns by hand (column -> pixels), kept by ``fit``.
        self.by_hand: dict[str, int] = {}
        self._fitting = False
        self._pressed = False  # a mouse button is down on the header: the user resizes
        self._applied: list[str] = []
        header = table.horizontalHeader()  # its context menu is this one too
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.menu.popup(header.mapToGlobal(pos)))
        header.sectionResized.connect(self._on_section_resized)
        self._viewport = table.viewport()
        header.viewport().installEventFilter(self)  # presses: resizing by hand
        self._viewport.installEventFilter(self)  # a wider or narrower dock: fit again
        # the names shown otherwise (the map's label language): their room changes
        model.dataChanged.connect(lambda *_args: self.fit())

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
        """Hide the columns not shown now, and fit the others (other columns shown: the
        widths set by hand are forgotten)."""
        shown = self.shown()
        if shown != self._applied:
            self.by_hand.clear()
            self._applied = shown
        self._fitting = True
        try:
            for i, column in enumerate(DiffTableModel.COLUMNS):
                self._table.setColumnHidden(i, column not in shown)
        finally:
            self._fitting = False
        self.fit()

    def refit(self) -> None:
        """Forget the widths set by hand and fit every column again (the Columns menu)."""
        self.by_hand.clear()
        self.fit()

    def _on_section_resized(self, section: int, _old: int, new: int) -> None:
        """A column's edge dragged (or double-clicked) by the user: keep that width."""
        column = DiffTableModel.COLUMNS[section]
        if self._fitting or not self._pressed or column == "feature" or new <= 0 \
                or self._table.isColumnHidden(section):
            return
        self.by_hand[column] = new

    def fit(self) -> None:
        """Every shown column but the feature's name as wide as its contents and title;
        where the names would then be cut, those columns narrow towards their contents
        alone (their titles elided, whole in the header's tooltip) and the names take the
        room. A column the user sized by hand keeps its width. The name column stretches
        over what is left."""
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        table = self._table
        header = table.horizontalHeader()
        header.setMinimumSectionSize(max(40, table.fontMetrics().horizontalAdvance("0000")))
        feature = DiffTableModel.COLUMNS.index("feature")
        others = [i for i in range(len(DiffTableModel.COLUMNS))
                  if i != feature and not table.isColumnHidden(i)]
        by_hand = {i: self.by_hand[c] for i in others
                   if (c := DiffTableModel.COLUMNS[i]) in self.by_hand}
        free = [i for i in others if i not in by_hand]
        least = header.minimumSectionSize()
        # Russian titles ("Получено, км²") are twice as wide as the figures under them: sized
        # to their titles, the columns left "Observ…Shaykhun" in the docked panel
        bare = {i: max(least, table.sizeHintForColumn(i)) for i in free}
        full = {i: max(bare[i], header.sectionSizeHint(i)) for i in free}
        room = table.viewport().width() - sum(by_hand.values())
        # both names where the figures' contents leave room for them ("Show large" in
        # Russian showed "Northern Hama" alone, its titles whole), else the first names
        names = self._names_need(feature, whole=True)
        if names + sum(bare.values()) > room:
            names = self._names_need(feature)
        short = names + sum(full.values()) - room
        slack = sum(full[i] - bare[i] for i in free)
        share = min(1.0, max(0, short) / slack) if slack else 0.0  # each column a fair part
        for i in free:
            header.resizeSection(i, full[i] - math.ceil((full[i] - bare[i]) * share))
        for i, width in by_hand.items():  # also after the model was reset (a new diff)
            header.resizeSection(i, width)

    def _names_need(self, feature: int, whole: bool = False) -> int:
        """The name column's width that shows every row's first name whole ("Idlib" of
        "Idlib · إدلب", what ``NameDelegate`` falls back to), or with ``whole`` every name
        whole, with the cell's padding."""
        table = self._table
        model = table.model()
        rows = min(model.rowCount(), NAME_ROWS_MEASURED)
        if rows == 0:
            return 0
        metrics = table.fontMetrics()
        names = [str(model.index(r, feature).data() or "") for r in range(rows)]
        longest = max(metrics.horizontalAdvance(n) for n in names)
        padding = max(0, table.sizeHintForColumn(feature) - longest)
        if whole:
            return longest + padding
        return max(metrics.horizontalAdvance(n.split(SEPARATOR)[0]) for n in names) + padding

    def wanted(self, columns: list[str]) -> int:
        """The table's width that shows ``columns`` whole: every name with both its names,
        every other column as wide as its title and contents."""
        table = self._table
        header = table.horizontalHeader()
        least = header.minimumSectionSize()
        feature = DiffTableModel.COLUMNS.index("feature")
        others = [DiffTableModel.COLUMNS.index(c) for c in columns if c != "feature"]
        return self._names_need(feature, whole=True) + sum(
            max(least, table.sizeHintForColumn(i), header.sectionSizeHint(i)) for i in others)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The table's room changed: share it out again (``fit``); a button pressed on the
        header: what resizes a column now is the user's hand."""
        kind = event.type()
        if watched is self._viewport:
            if kind == QEvent.Type.Resize:
                self.fit()
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return False
