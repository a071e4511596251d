"""The Changes dock: compare two versions, a sortable table of changes, the diff on the map.

Thin by design: the numbers come from ``core.diff.diff_versions`` and the drawing from
``render.diff_overlay``. The panel recomputes when the document changes (debounced, on a
background thread of ``gui.background.BackgroundJobs`` so a 100,000-vertex zone never freezes
the window; a stale result is dropped), a click on a row zooms to that change and flashes it,
and View ▸ Show changes on map toggles the overlay. Installed by ``gui/addons.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shapely import union_all
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import ChangeSet, Structure
from zoneeditor.core.diff import DiffReport, FeatureDiff, diff_versions
from zoneeditor.core.diff_match import Change
from zoneeditor.core.model import AGREED, LayerKind
from zoneeditor.core.naming import display_position, isolate, ltr, with_unit
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.background import BackgroundJobs
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.services import WindowServices
from zoneeditor.i18n.values import attribute_name, party_name, version_title
from zoneeditor.render.diff_overlay import DEFAULT_STYLE, paint_diff, paint_flash

#: Quiet time after the last edit before the diff is recomputed (typing, dragging).
DEBOUNCE_MS = 350
#: How long a clicked change flashes, and how fast.
FLASH_MS, FLASH_STEP_MS = 1800, 300


def chosen(box: QComboBox) -> str:
    """The version chosen in a From/To box (its name; the box shows its display name)."""
    return str(box.currentData() or "")


def choose(box: QComboBox, name: str) -> None:
    """Choose version ``name`` in a From/To box (nothing when it has no such version)."""
    index = box.findData(name)
    if index >= 0:
        box.setCurrentIndex(index)


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
        if role == Qt.ItemDataRole.ToolTipRole:
            return fd.id
        return None


class DiffPanel(QWidget):
    """The dock's widget: version choice, change table, territory summary."""

    #: Emitted on the UI thread when a new report is shown.
    report_changed = Signal(object)

    def __init__(self, editor: Editor, canvas: MapCanvas) -> None:
        super().__init__()
        self.setObjectName("diffPanel")
        self.setWindowTitle(self.tr("Changes"))
        self._editor = editor
        self._canvas = canvas
        self._jobs = BackgroundJobs(self, "diff")
        self._report: DiffReport | None = None
        self._to_follows_current = True
        self._gazetteer: Any = None  # loaded here when the window has none yet
        self._flash_geometry: BaseGeometry | None = None
        self._flash_until = 0.0
        self._flash_on = False
        self.overlay_visible = False

        self.from_box = QComboBox(self)
        self.from_box.setObjectName("diffFrom")
        self.to_box = QComboBox(self)
        self.to_box.setObjectName("diffTo")
        self.unchanged_check = QCheckBox(self.tr("List unchanged features too"), self)
        self.model = DiffTableModel(self, lambda name: party_name(
            name, self._editor.document.project.meta))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setObjectName("diffTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("diffSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("From:"), self.from_box)
        form.addRow(self.tr("To:"), self.to_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.unchanged_check)
        summary_scroll = QScrollArea(self)
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QFrame.Shape.NoFrame)
        summary_scroll.setWidget(self.summary_label)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(summary_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        layout.addWidget(self.status_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_STEP_MS)
        self._connect_signals()
        self.on_session_changed()

    # -- wiring ----------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        self._debounce.timeout.connect(self.recompute)
        self._editor.session_changed.connect(self.on_session_changed)
        self._editor.document_changed.connect(self.on_document_changed)
        self._editor.version_changed.connect(self.on_current_version_changed)
        self.from_box.currentIndexChanged.connect(self.on_versions_chosen)
        self.to_box.currentIndexChanged.connect(self.on_versions_chosen)
        self.to_box.activated.connect(self.on_to_picked)
        self.unchanged_check.toggled.connect(self.on_unchanged_toggled)
        self.table.clicked.connect(self.on_row_clicked)
        self._flash_timer.timeout.connect(self.on_flash_tick)

    def on_session_changed(self, _session: object = None) -> None:
        """Another project is open: compare its baseline with the version shown, afresh."""
        self._to_follows_current = True
        self._report = None
        self._fill_versions(reset=True)
        self.schedule()

    @property
    def report(self) -> DiffReport | None:
        """The report shown now (None while the first computation runs)."""
        return self._report

    # -- versions --------------------------------------------------------------------------
    def _fill_versions(self, reset: bool = False) -> None:
        doc = self._editor.document
        names = list(doc.project.versions)
        old_from, old_to = chosen(self.from_box), chosen(self.to_box)
        if reset or old_from not in names or old_to not in names:
            current = doc.current_version
            old_from = AGREED
            old_to = current if current != AGREED else next(
                (n for n in names if n != AGREED), AGREED)
        for box, choice in ((self.from_box, old_from), (self.to_box, old_to)):
            box.blockSignals(True)
            box.clear()
            for name in names:  # shown by display name ("Agreed baseline"), kept by name
                box.addItem(version_title(name), name)
            box.setCurrentIndex(max(0, names.index(choice) if choice in names else 0))
            box.blockSignals(False)

    def set_versions(self, old: str, new: str) -> None:
        """Compare ``old`` with ``new`` (names of versions of the open project); the "To"
        version then stays put when the map switches versions."""
        self._to_follows_current = False
        self.from_box.blockSignals(True)
        choose(self.from_box, old)
        self.from_box.blockSignals(False)
        choose(self.to_box, new)
        self.schedule(now=True)

    # -- computing -------------------------------------------------------------------------
    def schedule(self, now: bool = False) -> None:
        """Recompute after the debounce delay (or at once)."""
        if now:
            self._debounce.stop()
            self.recompute()
        else:
            self._debounce.start()

    def recompute(self) -> None:
        """Start computing the chosen comparison on a background thread."""
        doc = self._editor.document
        old_name, new_name = chosen(self.from_box), chosen(self.to_box)
        if old_name not in doc.project.versions or new_name not in doc.project.versions:
            return
        # Versions are snapshotted here, on the UI thread: features are immutable, so a copy
        # of the dicts is a consistent picture even if the user edits on meanwhile.
        old = doc.project.versions[old_name].copy()
        new = doc.project.versions[new_name].copy()
        self.status_label.setText(self.tr("Comparing…"))
        loaded = self._editor.gazetteer

        def work(_progress: object) -> DiffReport:
            return diff_versions(old, new, loaded or self._find_gazetteer())

        self._jobs.submit(work, on_done=self.on_computed, on_error=self.on_failed)

    def _find_gazetteer(self) -> Any:
        """The gazetteer for naming regions, loaded here when the window has none yet (runs
        on the background thread)."""
        gaz = self._gazetteer
        if gaz is None:
            try:
                from zoneeditor.io.gazetteer import load_gazetteer

                gaz = self._gazetteer = load_gazetteer()
            except Exception:  # regions keep their coordinates without names
                gaz = None
        return gaz

    def wait(self, timeout_s: float = 30.0) -> DiffReport | None:
        """Block (processing events) until the latest computation is shown (tests, print)."""
        if self._debounce.isActive():
            self.schedule(now=True)
        self._jobs.wait(timeout_s)
        return self._report

    # -- slots -----------------------------------------------------------------------------
    def on_document_changed(self, changeset: ChangeSet) -> None:
        """An edit: versions may have appeared or gone; recompute once edits pause."""
        if changeset.structure != Structure.NONE:
            self._fill_versions()
        names = {chosen(self.from_box), chosen(self.to_box)}
        if changeset.version in names or changeset.structure != Structure.NONE:
            self.schedule()

    def on_to_picked(self, _index: int = 0) -> None:
        """The user picked the "To" version: stop following the edited version."""
        self._to_follows_current = False

    def on_current_version_changed(self, name: str) -> None:
        """The map shows another version: compare it, unless the user chose one to compare."""
        if self._to_follows_current and name != AGREED and name != chosen(self.to_box):
            choose(self.to_box, name)

    def on_versions_chosen(self, _index: int = 0) -> None:
        """Another pair of versions was chosen."""
        self.schedule(now=True)

    def on_unchanged_toggled(self, _on: bool) -> None:
        """Show or hide unchanged features in the table."""
        self._show(self._report)

    def on_computed(self, report: DiffReport) -> None:
        """The latest comparison finished: show its report (stale ones never arrive)."""
        self._report = report
        self._show(report)
        self.report_changed.emit(report)
        if self.overlay_visible:
            self._canvas.update()

    def on_failed(self, exc: BaseException) -> None:
        """The latest comparison failed: say so in the panel (never a traceback)."""
        self.status_label.setText(self.tr("Cannot compare these versions: %1").replace(
            "%1", str(exc) or type(exc).__name__))

    def _show(self, report: DiffReport | None) -> None:
        if report is None:
            self.model.set_rows([])
            return
        rows = list(report.features) if self.unchanged_check.isChecked() else report.changed
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        n = len(report.changed)
        old, new = (isolate(version_title(report.old_name)),
                    isolate(version_title(report.new_name)))
        self.status_label.setText(
            self.tr("%1 → %2: %3 changed features").replace("%1", old)
            .replace("%2", new).replace("%3", str(n))
            if n else self.tr("%1 and %2 hold the same map content").replace(
                "%1", old).replace("%2", new))
        self.summary_label.setText(self._summary(report))

    def _summary(self, report: DiffReport) -> str:
        meta = self._editor.document.project.meta

        def party(name: str | None) -> str:  # in the interface's script when it has one
            return isolate(party_name(name, meta)) if name else self.tr("no party")

        def area(value: float, sign: str = "") -> str:  # "275.2 km²" never split, read LTR
            return ltr(with_unit(f"{sign}{value:,.1f}", self.tr("km²")))

        lines = []
        for p in report.parties:
            if abs(p.net_km2) < 0.05:
                continue
            sign = "+" if p.net_km2 > 0 else "−"
            lines.append(self.tr("%1: %2 → %3 (%4)").replace("%1", party(p.name))
                         .replace("%2", ltr(f"{p.area_before_km2:,.1f}"))
                         .replace("%3", area(p.area_after_km2))
                         .replace("%4", area(abs(p.net_km2), sign)))
        for t in report.transfers:
            for piece in t.pieces[:3]:
                where = (self.tr("near %1").replace("%1", isolate(piece.near)) if piece.near
                         else display_position(piece.lon, piece.lat))
                lines.append(self.tr("%1 %2 passes from %3 to %4")
                             .replace("%1", area(piece.area_km2)).replace("%2", where)
                             .replace("%3", party(t.frm)).replace("%4", party(t.to)))
        return "\n".join(lines)

    # -- zoom and flash --------------------------------------------------------------------
    def on_row_clicked(self, index: QModelIndex) -> None:
        """Zoom to the clicked change and flash it."""
        fd = self.model.row(self.proxy.mapToSource(index).row())
        self.zoom_to(fd)

    def change_geometry(self, fd: FeatureDiff) -> BaseGeometry | None:
        """What to show for a change: its gained/lost land, else the old and new shapes."""
        parts = [g for g in (fd.measures.gained, fd.measures.lost, fd.measures.between)
                 if g is not None and not g.is_empty]
        if not parts:
            parts = [f.geometry for f in (fd.delta.old, fd.delta.new)
                     if f is not None and not f.geometry.is_empty]
        return union_all(parts) if parts else None

    def zoom_to(self, fd: FeatureDiff) -> None:
        """Show the change of ``fd`` on the map with room around it, and flash it."""
        geom = self.change_geometry(fd)
        if geom is None:
            return
        self._editor.switch_version(chosen(self.to_box))
        self._canvas.zoom_to_bounds(geom.bounds, margin=0.2)
        self._flash_geometry = geom
        self._flash_until = time.monotonic() + FLASH_MS / 1000
        self._flash_on = True
        self._flash_timer.start()
        self._canvas.update()

    def on_flash_tick(self) -> None:
        """Blink the flash outline until its time is up."""
        self._flash_on = not self._flash_on
        if time.monotonic() >= self._flash_until:
            self._flash_on = False
            self._flash_geometry = None
            self._flash_timer.stop()
        self._canvas.update()

    @property
    def flashing(self) -> bool:
        """True while a clicked change is being flashed."""
        return self._flash_geometry is not None

    # -- overlays (canvas contract: overlay(painter, viewport)) ---------------------------
    def paint_overlay(self, painter: QPainter, viewport: Viewport) -> None:
        """The diff drawn over the map while View ▸ Show changes on map is on."""
        if self.overlay_visible:
            paint_diff(painter, viewport, self._report, DEFAULT_STYLE)

    def paint_flash_overlay(self, painter: QPainter, viewport: Viewport) -> None:
        """The blinking outline of the clicked change."""
        if self._flash_geometry is not None and self._flash_on:
            paint_flash(painter, viewport, self._flash_geometry)

    def set_overlay_visible(self, on: bool) -> None:
        """Show or hide the diff on the map."""
        self.overlay_visible = bool(on)
        self._canvas.update()


def install(editor: Editor, window: WindowServices, canvas: MapCanvas) -> DiffPanel:
    """Add the Changes dock and View ▸ Show changes on map to the main window."""
    panel = DiffPanel(editor, canvas)
    window.add_dock(panel, QCoreApplication.translate("DiffPanel", "Changes"))
    action = QAction(QCoreApplication.translate("DiffPanel", "Show &changes on map"),
                     window.main_widget)
    action.setObjectName("action_show_diff")
    action.setCheckable(True)
    action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    action.setStatusTip(QCoreApplication.translate(
        "DiffPanel", "Hatch the land gained and lost against the compared version, "
        "dash the old boundaries and label the largest shifts"))
    action.toggled.connect(panel.set_overlay_visible)
    window.menu("View").addAction(action)
    canvas.add_overlay(panel.paint_overlay)
    canvas.add_overlay(panel.paint_flash_overlay)
    return panel
