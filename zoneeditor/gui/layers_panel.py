"""The layers panel: visibility, lock, opacity and order of zones, lines and points.

Also the two baseline switches: "Agreed baseline locked" (on by default, so the agreed lines
are never changed by accident) and "Show agreed beneath proposals". The Lock column shows
the locks of the version shown; while the baseline is shown, "Agreed baseline locked" is
all of its boxes ticked, half ticked when some are (``gui.layer_state``). Background rows turn the
country basemap and the towns on and off. Under them, the reference layers (roads, rivers,
imagery, scans: ``gui.reference_panel``), drawn beneath the project layers.

A row's check boxes and slider have no text of their own (the column title and the layer's
name are in other cells), so each carries an accessible name and description in the
interface language that names its layer, and for a lock the versions it holds for ("Lock
layer Zones of every proposal"; ``_name_row_widgets``): a screen reader said "check box,
checked" three times in a row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.messages import substitute
from zoneeditor.core.model import AGREED, LayerKind
from zoneeditor.gui.column_fit import ColumnFit
from zoneeditor.gui.flow_layout import FlowLayout
from zoneeditor.gui.layer_state import LayerState
from zoneeditor.gui.reference_panel import ReferenceRowsView
from zoneeditor.gui.reference_state import ReferenceState
from zoneeditor.gui.wrapped_check import WrappedCheck
from zoneeditor.i18n.values import version_title


def layer_title(kind: LayerKind) -> str:
    """The layer's name as shown to users (translated)."""
    from PySide6.QtCore import QCoreApplication

    names = {  # spelled out so lupdate extracts each one
        LayerKind.ZONES: QCoreApplication.translate("LayersPanel", "Zones"),
        LayerKind.LINES: QCoreApplication.translate("LayersPanel", "Lines"),
        LayerKind.POINTS: QCoreApplication.translate("LayersPanel", "Points"),
    }
    return names[kind]


class LayersPanel(QWidget):
    """Edits a ``LayerState``; rows follow its panel order (top row drawn on top). With
    ``references``, the reference layers' rows follow below (``references_view``)."""

    COL_VISIBLE, COL_LOCK, COL_NAME, COL_OPACITY = range(4)

    def __init__(self, state: LayerState, parent: QWidget | None = None,
                 references: ReferenceState | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("layersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Show"), self.tr("Lock"), self.tr("Layer"), self.tr("Opacity")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.up = QToolButton(self)
        self.up.setText("▲")
        self.up.setToolTip(self.tr("Move the layer up (drawn above the others)"))
        self.down = QToolButton(self)
        self.down.setText("▼")
        self.down.setToolTip(self.tr("Move the layer down"))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        # the two long ones wrap in a narrow dock (310 px on one line in Russian)
        baseline = WrappedCheck(self.tr("Agreed baseline locked"), self)
        baseline.setToolTip(
            self.tr("While locked, the agreed baseline cannot be edited by mistake"))
        self.baseline_locked = baseline.box
        self.baseline_locked.setObjectName("baselineLocked")
        underlay = WrappedCheck(self.tr("Show agreed beneath proposals"), self)
        self.underlay = underlay.box
        self.basemap = QCheckBox(self.tr("Countries"), self)
        self.towns = QCheckBox(self.tr("Towns"), self)
        # checkStateChanged: from half ticked (some layers locked) a click ticks it, and
        # checked stays True, so toggled would not say so
        self.baseline_locked.checkStateChanged.connect(
            lambda v: self.state.set_flag("baseline_locked", v != Qt.CheckState.Unchecked))
        self.underlay.toggled.connect(lambda v: self.state.set_flag("baseline_underlay", v))
        self.basemap.toggled.connect(lambda v: self.state.set_flag("show_basemap", v))
        self.towns.toggled.connect(lambda v: self.state.set_flag("show_towns", v))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        background = FlowLayout()  # on two lines in a narrow dock
        background.addWidget(self.basemap)
        background.addWidget(self.towns)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(baseline)
        layout.addWidget(underlay)
        layout.addLayout(background)
        #: The reference layers' rows (None when the panel was made without references).
        self.references_view: ReferenceRowsView | None = None
        if references is not None:
            self.references_view = ReferenceRowsView(references, self)
            layout.addWidget(self.references_view)
        layout.addStretch(1)
        self.table.setMaximumHeight(140)
        self._built_order: list[LayerKind] = []
        # titles and slider give way in a narrow dock, the layers' names never do
        self._columns = ColumnFit(self.table, self.COL_NAME, least={self.COL_OPACITY: 48},
                                  wanted={self.COL_OPACITY: 100}, first=[self.COL_OPACITY])
        self.state.changed.connect(self.reload)
        self.reload()

    def _selected_kind(self) -> LayerKind | None:
        row = self.table.currentRow()
        if row < 0:
            return None
        return self.state.panel_order[row]

    def _move(self, step: int) -> None:
        kind = self._selected_kind()
        if kind is None:
            return
        self.state.move(kind, step)
        self.table.selectRow(self.state.panel_order.index(kind))

    def reload(self) -> None:
        """Sync rows and switches with the state (rows are rebuilt only when order changed)."""
        current = self._selected_kind()
        if self._built_order != self.state.panel_order:
            self._build_rows()
            self._columns.fit()
        for row, kind in enumerate(self.state.panel_order):
            values = (
                (self.COL_VISIBLE, kind.value not in self.state.hidden),
                (self.COL_LOCK, kind.value in self.state.locked),
            )
            for col, value in values:
                box = self.table.cellWidget(row, col)
                assert isinstance(box, QCheckBox)  # _build_rows put it there
                box.blockSignals(True)
                box.setChecked(value)
                box.blockSignals(False)
            slider = self.table.cellWidget(row, self.COL_OPACITY)
            assert isinstance(slider, QSlider)
            if not slider.isSliderDown():
                slider.blockSignals(True)
                slider.setValue(round(self.state.opacity.get(kind.value, 1.0) * 100))
                slider.blockSignals(False)
        if current is not None:
            self.table.selectRow(self.state.panel_order.index(current))
        self._show_baseline_lock()
        for box, value in ((self.underlay, self.state.baseline_underlay),
                           (self.basemap, self.state.show_basemap),
                           (self.towns, self.state.show_towns)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)

    def _show_baseline_lock(self) -> None:
        """"Agreed baseline locked": ticked when every layer of the baseline is locked,
        half ticked when some are; a click from half ticked locks them all (tristate only
        while half ticked, so a click never makes it half ticked)."""
        box, state = self.baseline_locked, self.state
        box.blockSignals(True)
        box.setTristate(state.baseline_partly_locked)
        box.setCheckState(Qt.CheckState.PartiallyChecked if state.baseline_partly_locked
                          else Qt.CheckState.Checked if state.baseline_locked
                          else Qt.CheckState.Unchecked)
        box.blockSignals(False)
        tip = (self.tr("Lock this layer of the agreed baseline against edits")
               if state.version == AGREED else
               self.tr("Lock this layer of every proposal against edits"))
        for row in range(self.table.rowCount()):
            lock = self.table.cellWidget(row, self.COL_LOCK)
            if lock is not None:
                lock.setToolTip(tip)
        self._name_row_widgets()

    def _name_row_widgets(self) -> None:
        """Each row's boxes and slider named for a screen reader: the layer, and for the
        lock the versions it holds for (the baseline's locks, or every proposal's, as the
        version shown decides: ``LayerState.show_version``), the version shown named in its
        description."""
        agreed = self.state.version == AGREED
        shown = version_title(self.state.version)
        for row, kind in enumerate(self._built_order):
            title = layer_title(kind)
            visible = self.table.cellWidget(row, self.COL_VISIBLE)
            lock = self.table.cellWidget(row, self.COL_LOCK)
            slider = self.table.cellWidget(row, self.COL_OPACITY)
            if visible is None or lock is None or slider is None:
                continue
            visible.setAccessibleName(self.tr("Show layer %1").replace("%1", title))
            visible.setAccessibleDescription(
                self.tr("Shows or hides layer %1 in every version").replace("%1", title))
            if agreed:
                lock.setAccessibleName(
                    self.tr("Lock layer %1 of the agreed baseline").replace("%1", title))
                lock.setAccessibleDescription(self.tr(
                    "While ticked, layer %1 of the agreed baseline cannot be edited")
                    .replace("%1", title))
            else:
                lock.setAccessibleName(
                    self.tr("Lock layer %1 of every proposal").replace("%1", title))
                # %1: the layer, %2: the proposal shown
                lock.setAccessibleDescription(substitute(self.tr(
                    "While ticked, layer %1 cannot be edited in %2 or in any other proposal"),
                    (title, shown)))
            slider.setAccessibleName(self.tr("Opacity of layer %1").replace("%1", title))

    def _build_rows(self) -> None:
        self._built_order = list(self.state.panel_order)
        self.table.setRowCount(len(self.state.panel_order))
        for row, kind in enumerate(self.state.panel_order):
            visible = QCheckBox(self.table)
            visible.setObjectName(f"visible_{kind.value}")
            visible.setToolTip(self.tr("Show or hide this layer"))
            visible.toggled.connect(lambda v, k=kind: self.state.set_visible(k, v))
            lock = QCheckBox(self.table)
            lock.setObjectName(f"lock_{kind.value}")
            lock.toggled.connect(lambda v, k=kind: self.state.set_locked(k, v))
            slider = QSlider(Qt.Orientation.Horizontal, self.table)
            slider.setObjectName(f"opacity_{kind.value}")
            slider.setRange(0, 100)
            slider.setToolTip(self.tr("Opacity"))
            slider.valueChanged.connect(lambda v, k=kind: self.state.set_opacity(k, v / 100))
            self.table.setCellWidget(row, self.COL_VISIBLE, visible)
            self.table.setCellWidget(row, self.COL_LOCK, lock)
            self.table.setItem(row, self.COL_NAME, QTableWidgetItem(layer_title(kind)))
            self.table.setCellWidget(row, self.COL_OPACITY, slider)
