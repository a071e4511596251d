"""A small table's columns shared out over the table's width (``ColumnFit``).

The Layers panel's tables (project layers, reference layers) have check box columns whose
titles are longer than their check boxes ("Показать", "Блокировка"), a name column and an
opacity slider. Sized to their titles, the Russian columns needed 316 px and a narrower
dock cut the slider and the titles off. Here each column wants its title and contents
whole; when the table is narrower than that, the slider gets shorter first, then the
other columns give up width in proportion to what they can spare (a check box column down
to its box, a name column never below its names unless told); a title that no longer fits
is elided and its tooltip says it whole. The name column takes what width is left over.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget

#: Room (px) around a cell's contents (a check box, a name) beyond its own width.
PADDING = 10


def share(room: int, wanted: Sequence[int], least: Sequence[int], stretch: int,
          first: Sequence[int] = ()) -> list[int]:
    """Widths for columns that want ``wanted`` and need ``least``, in ``room`` pixels:
    everything wanted (the rest to column ``stretch``); else the columns ``first`` give
    way (a slider: nothing is lost but length), then the others, each short in proportion
    to what it can spare; else every column at its least."""
    widths = list(wanted)
    total = sum(widths)
    if total <= room:
        widths[stretch] += room - total
        return widths
    others = [c for c in range(len(widths)) if c not in first]
    for group in (list(first), others):
        widths = _give(widths, least, group, sum(widths) - room)
    return widths


def _give(widths: list[int], least: Sequence[int], group: Sequence[int],
          short: int) -> list[int]:
    """``widths`` with up to ``short`` pixels taken from the columns of ``group``, each in
    proportion to what it can spare above its least (the rounding's rest from the
    sparest)."""
    spare = {c: max(0, widths[c] - least[c]) for c in group}
    can = sum(spare.values())
    if short <= 0 or can == 0:
        return widths
    take = min(short, can)
    cut = {c: spare[c] * take // can for c in group}
    left = take - sum(cut.values())
    for c in sorted(group, key=lambda c: -spare[c]):
        extra = min(left, spare[c] - cut[c])
        cut[c] += extra
        left -= extra
    return [w - cut.get(c, 0) for c, w in enumerate(widths)]


class ColumnFit(QObject):
    """Keeps ``table``'s columns fitted to its width (on every resize, and on ``fit()``
    after its rows changed). ``least`` and ``wanted`` give a column's widths when its
    contents do not (a slider's); ``stretch`` is the names' column; the columns ``first``
    give way before the others (``share``)."""

    def __init__(self, table: QTableWidget, stretch: int,
                 least: Mapping[int, int] | None = None,
                 wanted: Mapping[int, int] | None = None, first: Sequence[int] = ()) -> None:
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        self._first = tuple(first)
        self._least = dict(least or {})
        self._wanted = dict(wanted or {})
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a title cut short says so
        header.setMinimumSectionSize(PADDING)  # Qt's default (a title's few letters) is ours
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again whenever the table's visible width changes."""
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Share the table's width out among its columns; titles get their tooltips."""
        table = self._table
        header = table.horizontalHeader()
        columns = range(table.columnCount())
        contents = [table.sizeHintForColumn(c) + PADDING for c in columns]
        titles = [header.sectionSizeHint(c) for c in columns]
        least = [self._least.get(c, contents[c]) for c in columns]
        wanted = [max(self._wanted.get(c, contents[c]), titles[c], least[c]) for c in columns]
        widths = share(table.viewport().width(), wanted, least, self._stretch, self._first)
        for c in columns:
            header.resizeSection(c, widths[c])
            item = table.horizontalHeaderItem(c)
            if item is not None:
                item.setToolTip(item.text())
