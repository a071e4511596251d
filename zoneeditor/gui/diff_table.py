"""The Changes panel's table: ``DiffTableModel`` (one row per changed feature, named as the
map labels it, numbers that read as everywhere else and sort as numbers), ``NameDelegate``
(a name too long for its column keeps both its ends: "Observation…Surman") and
``TitleHeader`` (column titles on two lines when that makes a column narrower: "Gained" over
"km²"; elided, whole in their tooltips, when the names need the room).
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
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QWidget,
)

from zoneeditor.core.diff import FeatureDiff
from zoneeditor.core.diff_change import Change
from zoneeditor.core.figures import area_figure, distance_figure
from zoneeditor.core.model import Feature, LayerKind
from zoneeditor.core.naming import SEPARATOR, isolate, label_name
from zoneeditor.i18n.values import attribute_name

#: The measures' columns: numbers, right-aligned, sorted as numbers.
NUMBER_COLUMNS = ("gained", "lost", "shift", "before", "after")

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
                 party_label: Callable[[str], str] = str,
                 feature_label: Callable[[Feature], str] = label_name) -> None:
        """``party_label`` gives a party's name as shown (its name in the interface's
        script); ``feature_label`` a feature's name as the map labels it
        (``core.naming.label_name`` in the map's label language). Their columns sort by
        what they show."""
        super().__init__(parent)
        self._rows: list[FeatureDiff] = []
        self._party_label = party_label
        self._feature_label = feature_label
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

    def names_changed(self) -> None:
        """The features' names are shown otherwise now (the map's label language changed):
        repaint and re-sort their column."""
        if self._rows:
            column = self.COLUMNS.index("feature")
            self.dataChanged.emit(self.index(0, column),
                                  self.index(len(self._rows) - 1, column))

    def feature_name(self, fd: FeatureDiff) -> str:
        """The feature's name as the map labels it (its old name when the new version has
        none), else its short id."""
        for feature in (fd.feature, fd.delta.old):
            name = self._feature_label(feature) if feature is not None else ""
            if name:
                return name
        return fd.id[:8]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        """Number of rows (features)."""
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        """Number of columns."""
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (also their tooltips: a narrowed column elides its title)."""
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._titles[self.COLUMNS[section]]
        return None

    def value(self, fd: FeatureDiff, column: str) -> Any:
        """The raw value of a cell (float for measures, None where it does not apply)."""
        m = fd.measures
        zone = fd.layer == LayerKind.ZONES
        values = {
            "feature": self.feature_name(fd),
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
            if isinstance(value, float):  # as the status bar, summary and CLI say it
                return distance_figure(value) if column == "shift" else area_figure(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:  # sort key: numbers as numbers, blanks last
            if column in NUMBER_COLUMNS:
                return -1.0 if value is None else float(value)
            return str(value or "").casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:  # a name cut short in a narrow column, whole
            return f"{isolate(self.feature_name(fd))}\n{fd.id}" if column == "feature" \
                else fd.id
        return None


#: Share of a cell the last words of a cut name may take ("…Khan Shaykhun").
TAIL_SHARE = 0.6


def elide_name(text: str, metrics: QFontMetrics, room: int) -> str:
    """``text`` in ``room`` pixels, cut in the middle at a word so that its last words stay
    whole: names of one kind of feature differ at the end ("Observation post Surman",
    "Observation post Khan Shaykhun" -> "Observat…Surman", "Observ…Shaykhun"). A name of one
    word, or whose last word alone is too long, is cut in the middle of its letters."""
    if metrics.horizontalAdvance(text) <= room:
        return text
    words = text.split(" ")
    cut = len(words) - 1
    if cut < 1 or metrics.horizontalAdvance(words[-1]) > room * TAIL_SHARE:
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room)
    while cut > 1 and metrics.horizontalAdvance(" ".join(words[cut - 1:])) <= room * TAIL_SHARE:
        cut -= 1
    tail = " ".join(words[cut:])
    head = metrics.elidedText(" ".join(words[:cut]), Qt.TextElideMode.ElideRight,
                              room - metrics.horizontalAdvance(tail))
    if head.endswith("…"):  # "Observation …" -> "Observation…"
        return head[:-1].rstrip() + "…" + tail
    return f"{head} {tail}"


def text_room(option: QStyleOptionViewItem) -> int:
    """The width a cell's text is drawn in (where the style elides it): the cell's text
    rectangle less the style's text margins (as ``QCommonStyle`` draws an item's text)."""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, widget) + 1
    return rect.width() - 2 * margin


class NameDelegate(QStyledItemDelegate):
    """Draws the feature names: whole when they fit the column; else the first name alone
    (the one before " · ": the romanised name of "Idlib · إدلب"), and if that is still too
    long, cut in the middle with its last words whole (``elide_name``), so the observation
    posts Surman and Khan Shaykhun read "Observat…Surman" and "Observ…Shaykhun" rather than
    "Obser…" twice. The cell's tooltip has the whole name."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        """The cell's text, shortened to what tells it from the others."""
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
        if option.rect.width() <= 0:  # asked for a size hint: the whole name
            return
        room = text_room(option)
        metrics = option.fontMetrics
        if metrics.horizontalAdvance(option.text) <= room:
            return
        first = option.text.split(SEPARATOR)[0]
        option.text = elide_name(first, metrics, room)


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
        """The section as Qt draws it, with the two-line title, each line elided to the
        section's width (``ColumnChoice.fit`` narrows a column below its title when the
        names need the room)."""
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical_index)
        option.rect = rect
        style = self.style()
        room = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self).width() \
            - 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)
        metrics = self.fontMetrics()
        option.text = "\n".join(
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, max(0, room))
            for line in self._title(logical_index).split("\n"))
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
