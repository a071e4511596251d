"""The Changes panel's table: ``DiffTableModel`` (one row per changed feature, numbers that
sort as numbers) and ``TitleHeader`` (column titles on two lines when that makes a column
narrower: "Gained" over "km²", so the docked panel shows its columns whole in every
language).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from zoneeditor.core.diff import FeatureDiff
from zoneeditor.core.diff_match import Change
from zoneeditor.core.model import LayerKind
from zoneeditor.i18n.values import attribute_name

#: Columns the docked table shows at first: what changed and how much land; the others
#: (party, layer, largest shift, areas before and after, attributes) are in the Columns
#: menu, in the selected change's details and in "Show large" (the parties' totals and the
#: land changing hands are in the summary above the table).
DEFAULT_COLUMNS = ("feature", "change", "gained", "lost")


class DiffTableModel(QAbstractTableModel):
    """One row per feature of a DiffReport; numbers sort as numbers (UserRole)."""

    COLUMNS = ("feature", "party", "layer", "change", "gained", "lost", "shift",
               "before", "after", "attributes")

    def __init__(self, parent: QObject | None = None,
                 party_label: Callable[[str], str] = str) -> None:
        """``party_label`` gives a party's name as shown (its name in the interface's
        script); the party column sorts by it too."""
        super().__init__(parent)
        self._rows: list[FeatureDiff] = []
        self._party_label = party_label
        self._titles = {
            "feature": self.tr("Feature"), "party": self.tr("Party"), "layer": self.tr("Layer"),
            "change": self.tr("Change"), "gained": self.tr("Gained km²"),
            "lost": self.tr("Lost km²"), "shift": self.tr("Max shift km"),
            "before": self.tr("Area before km²"), "after": self.tr("Area after km²"),
            "attributes": self.tr("Attributes changed"),
        }
        self._changes = {Change.ADDED: self.tr("added"), Change.REMOVED: self.tr("removed"),
                         Change.MODIFIED: self.tr("modified"),
                         Change.UNCHANGED: self.tr("unchanged")}
        self._layers = {LayerKind.ZONES: self.tr("zone"), LayerKind.LINES: self.tr("line"),
                        LayerKind.POINTS: self.tr("point")}

    def title(self, column: str) -> str:
        """The translated title of ``column`` (one of ``COLUMNS``)."""
        return self._titles[column]

    def set_rows(self, rows: list[FeatureDiff]) -> None:
        """Show these feature diffs."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> FeatureDiff:
        """The feature diff shown in source row ``index``."""
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        """Number of rows (features)."""
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        """Number of columns."""
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[self.COLUMNS[section]]
        return None

    def value(self, fd: FeatureDiff, column: str) -> Any:
        """The raw value of a cell (float for measures, None where it does not apply)."""
        m = fd.measures
        zone = fd.layer == LayerKind.ZONES
        values = {
            "feature": fd.name or fd.id[:8],
            "party": self._party_label(fd.party) if fd.party else "",
            "layer": self._layers[fd.layer],
            "change": self._changes[fd.change],
            "gained": m.gained_km2 if zone else None,
            "lost": m.lost_km2 if zone else None,
            "shift": m.shift.km if fd.change == Change.MODIFIED and fd.geometry_changed
            else None,
            "before": m.area_before_km2 if zone else None,
            "after": m.area_after_km2 if zone else None,
            "attributes": ", ".join(attribute_name(a) for a in fd.changed_attributes),
        }
        return values[column]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, sort keys, alignment and tooltips of the cells."""
        if not index.isValid():
            return None
        fd = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        value = self.value(fd, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, float):
                return f"{value:,.3f}" if column == "shift" else f"{value:,.1f}"
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:  # sort key: numbers as numbers, blanks last
            if column in ("gained", "lost", "shift", "before", "after"):
                return -1.0 if value is None else float(value)
            return str(value or "").casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:  # a name cut short in a narrow column, whole
            return f"{fd.name} ({fd.id})" if column == "feature" and fd.name else fd.id
        return None


def two_lines(title: str) -> str:
    """``title`` broken before its last word ("Gained km²" -> "Gained\nkm²"); one word
    stays as it is."""
    head, _, tail = title.rpartition(" ")
    return f"{head}\n{tail}" if head and tail else title


class TitleHeader(QHeaderView):
    """A horizontal header that writes each title on two lines (``two_lines``) when its
    first line is then narrower: a column of short numbers is not as wide as its title.
    The model's titles stay one line (what is copied, read out, tested)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def _title(self, section: int) -> str:
        model = self.model()
        text = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole) \
            if model is not None else ""
        return two_lines(str(text or ""))

    def sectionSizeFromContents(self, logical_index: int) -> QSize:
        """Room for the title's longer line (and two lines of height)."""
        size = super().sectionSizeFromContents(logical_index)
        model = self.model()
        if model is None:
            return size
        one = str(model.headerData(logical_index, self.orientation(),
                                   Qt.ItemDataRole.DisplayRole) or "")
        lines = self._title(logical_index).split("\n")
        metrics = self.fontMetrics()
        saved = metrics.horizontalAdvance(one) - max(metrics.horizontalAdvance(x)
                                                     for x in lines)
        return QSize(size.width() - max(0, saved),
                     size.height() + metrics.lineSpacing() * (len(lines) - 1))

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        """The section as Qt draws it, with the two-line title."""
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical_index)
        option.rect = rect
        option.text = self._title(logical_index)
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
