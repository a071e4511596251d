"""The Changes dock: compare two versions, a sortable table of changes, the diff on the map.

Thin by design: the numbers come from ``core.diff.diff_versions`` and the drawing from
``render.diff_overlay``. The panel recomputes when the document changes (debounced, on a
background thread of ``gui.background.BackgroundJobs`` so a 100,000-vertex zone never freezes
the window; a stale result is dropped), a click on a row zooms to that change and flashes it,
and View ▸ Show changes on map toggles the overlay. Installed by ``gui/addons.py``.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
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
from zoneeditor.core.model import AGREED
from zoneeditor.core.naming import isolate
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.background import BackgroundJobs
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.diff_summary import details_text, summary_text
from zoneeditor.gui.diff_table import DEFAULT_COLUMNS, DiffTableModel, TitleHeader
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.services import WindowServices
from zoneeditor.i18n.values import party_name, place_name, version_title
from zoneeditor.render.diff_overlay import DEFAULT_STYLE, paint_diff, paint_flash
from zoneeditor.render.labels import Callout

#: Quiet time after the last edit before the diff is recomputed (typing, dragging).
DEBOUNCE_MS = 350
#: How long a clicked change flashes, and how fast.
FLASH_MS, FLASH_STEP_MS = 1800, 300
#: Characters of a feature's name the docked table shows at first.
FEATURE_CHARS = 16
#: Largest share of the panel's height the summary takes before it scrolls.
SUMMARY_SHARE = 0.45
#: "Show large" floats the panel over this share of the window's width and height.
LARGE_SHARE = 0.8


def chosen(box: QComboBox) -> str:
    """The version chosen in a From/To box (its name; the box shows its display name)."""
    return str(box.currentData() or "")


def choose(box: QComboBox, name: str) -> None:
    """Choose version ``name`` in a From/To box (nothing when it has no such version)."""
    index = box.findData(name)
    if index >= 0:
        box.setCurrentIndex(index)


class DiffPanel(QWidget):
    """The dock's widget: version choice, the summary (party totals, land changing hands,
    what was too small to list), the change table with the most telling columns (the rest
    on demand), the selected change in words, and "Show large"."""

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
        self._dock: QDockWidget | None = None
        self._docked_size: QSize | None = None
        self.overlay_visible = False
        #: The overlay's labels as last drawn (``render.diff_overlay.Callout``).
        self.callouts: list[Callout] = []
        #: Columns shown while docked; the others are a click away (``column_menu``).
        self.chosen_columns = set(DEFAULT_COLUMNS)

        self.from_box = QComboBox(self)
        self.from_box.setObjectName("diffFrom")
        self.to_box = QComboBox(self)
        self.to_box.setObjectName("diffTo")
        for box in (self.from_box, self.to_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        self.unchanged_check = QCheckBox(self.tr("List unchanged features too"), self)
        self.model = DiffTableModel(self, self.party_label)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = QTableView(self)
        self.table.setObjectName("diffTable")
        self.table.setHorizontalHeader(TitleHeader(self.table))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DiffTableModel.COLUMNS.index("feature"),
                                    QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("diffStatus")
        self.status_label.setWordWrap(True)
        bold = self.status_label.font()
        bold.setBold(True)
        self.status_label.setFont(bold)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("diffSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("diffDetails")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setText(self.tr("Click a change to see it on the map."))
        self.column_menu = QMenu(self.tr("Columns"), self)
        self.column_menu.setObjectName("diffColumnsMenu")
        self._column_actions: dict[str, QAction] = {}
        for column in DiffTableModel.COLUMNS:
            act = self.column_menu.addAction(self.model.title(column))
            act.setCheckable(True)
            act.setChecked(column in self.chosen_columns)
            act.toggled.connect(lambda on, c=column: self.show_column(c, on))
            self._column_actions[column] = act
        self.columns_button = QPushButton(self.tr("Columns"), self)
        self.columns_button.setObjectName("diffColumns")
        self.columns_button.setToolTip(self.tr("Choose the columns of the table"))
        self.columns_button.setMenu(self.column_menu)
        self.large_button = QPushButton(self)
        self.large_button.setObjectName("diffShowLarge")
        self.large_button.setCheckable(True)
        self.large_button.setText(self.tr("Show large"))
        self.large_button.setToolTip(self.tr("Show the changes in a large window of their own, "
                                             "with every column (again: back in the dock)"))

        versions = QHBoxLayout()
        versions.addWidget(QLabel(self.tr("From:"), self))
        versions.addWidget(self.from_box, 1)
        versions.addWidget(QLabel(self.tr("To:"), self))
        versions.addWidget(self.to_box, 1)
        summary = QWidget(self)
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(self.status_label)
        summary_layout.addWidget(self.summary_label)
        summary_layout.addStretch(1)
        summary_scroll = QScrollArea(self)
        summary_scroll.setObjectName("diffSummaryScroll")
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QFrame.Shape.NoFrame)
        summary_scroll.setWidget(summary)
        table_part = QWidget(self)
        table_layout = QVBoxLayout(table_part)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.details_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("diffSplitter")
        self.splitter.addWidget(summary_scroll)  # summary first: what a delegate reads first
        self.splitter.addWidget(table_part)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self._summary_scroll = summary_scroll
        self._split_by_user = False
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        buttons = QHBoxLayout()
        buttons.addWidget(self.columns_button)
        buttons.addStretch(1)
        buttons.addWidget(self.large_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(versions)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.unchanged_check)  # a row of its own: long in some languages
        layout.addLayout(buttons)
        self._apply_columns()

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
        self.table.activated.connect(self.on_row_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row)
        self.table.horizontalHeader().customContextMenuRequested.connect(
            lambda pos: self.column_menu.popup(self.table.horizontalHeader().mapToGlobal(pos)))
        self.large_button.toggled.connect(self.show_large)
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
        self._fit_columns()
        n = len(report.changed)
        old, new = (isolate(version_title(report.old_name)),
                    isolate(version_title(report.new_name)))
        self.status_label.setText(
            self.tr("%1 → %2: %3 changed features").replace("%1", old)
            .replace("%2", new).replace("%3", str(n))
            if n else self.tr("%1 and %2 hold the same map content").replace(
                "%1", old).replace("%2", new))
        self.summary_label.setText(summary_text(report, self.party_label, self.place_label))
        self.details_label.setText(self.tr("Click a change to see it on the map."))
        self.fit_summary()

    def _on_splitter_moved(self, *_args: object) -> None:
        self._split_by_user = True

    def fit_summary(self) -> None:
        """Give the summary the height its text needs, up to ``SUMMARY_SHARE`` of the
        panel (it scrolls beyond), the table the rest; not once the user moved the
        splitter."""
        total = sum(self.splitter.sizes())
        if self._split_by_user or total <= 0:
            return
        inner = self._summary_scroll.widget()
        assert inner is not None  # the summary, set in __init__
        width = self._summary_scroll.viewport().width()
        wanted = (inner.heightForWidth(width) if inner.hasHeightForWidth()
                  else inner.sizeHint().height()) + 4
        summary = max(self.fontMetrics().height() * 2, min(wanted, round(total * SUMMARY_SHARE)))
        self.splitter.setSizes([summary, total - summary])

    def party_label(self, name: str) -> str:
        """A party's name as shown: its name in the interface's script when it has one."""
        return party_name(name, self._editor.document.project.meta)

    def place_label(self, name: str) -> str:
        """A town the report names (in English) as shown: in the interface's language when
        the gazetteer has that name ("Mūrak" reads "مورك" in Arabic)."""
        gazetteer = self._editor.gazetteer or self._gazetteer
        town = gazetteer.by_name(name) if gazetteer is not None else None
        return place_name(town) if town is not None else name

    def sizeHint(self) -> QSize:
        """Wide enough for the default columns with a readable feature name (the window
        gives its side docks this width at first)."""
        hint = super().sizeHint()
        header = self.table.horizontalHeader()
        feature = DiffTableModel.COLUMNS.index("feature")
        columns = sum(header.sectionSizeHint(i) for i, c in enumerate(DiffTableModel.COLUMNS)
                      if c in DEFAULT_COLUMNS and i != feature)
        width = columns + self.fontMetrics().averageCharWidth() * FEATURE_CHARS + 40
        return QSize(max(hint.width(), width), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The summary keeps the height its text needs at the new width."""
        super().resizeEvent(event)
        self.fit_summary()

    # -- columns, details, shown large -----------------------------------------------------
    @property
    def large(self) -> bool:
        """True while the changes are shown large (the dock floats on its own)."""
        return self._dock is not None and self._dock.isFloating()

    def shown_columns(self) -> list[str]:
        """The columns the table shows now (every column while shown large)."""
        return [c for c in DiffTableModel.COLUMNS
                if self.large or c in self.chosen_columns]

    def show_column(self, column: str, shown: bool) -> None:
        """Show or hide ``column`` of the docked table (the Columns menu)."""
        if shown:
            self.chosen_columns.add(column)
        elif len(self.chosen_columns) > 1:  # never an empty table
            self.chosen_columns.discard(column)
        act = self._column_actions[column]
        act.blockSignals(True)
        act.setChecked(column in self.chosen_columns)
        act.blockSignals(False)
        self._apply_columns()

    def _apply_columns(self) -> None:
        shown = self.shown_columns()
        for i, column in enumerate(DiffTableModel.COLUMNS):
            self.table.setColumnHidden(i, column not in shown)
        self._fit_columns()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        feature = DiffTableModel.COLUMNS.index("feature")
        for i in range(len(DiffTableModel.COLUMNS)):
            if i != feature and not self.table.isColumnHidden(i):
                self.table.resizeColumnToContents(i)
        header.setMinimumSectionSize(max(40, self.fontMetrics().horizontalAdvance("0000")))

    def details(self, fd: FeatureDiff) -> str:
        """Every figure of one change in words (what the hidden columns hold)."""
        return details_text(self.model, fd)

    def on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The selected change, in words, below the table."""
        if current.isValid():
            fd = self.model.row(self.proxy.mapToSource(current).row())
            self.details_label.setText(self.details(fd))

    def set_dock(self, dock: QDockWidget) -> None:
        """The dock this panel lives in ("Show large" floats it)."""
        self._dock = dock
        dock.topLevelChanged.connect(self._on_floating)

    def show_large(self, on: bool) -> None:
        """Float the dock as a large window of its own over the map, with every column;
        off: back in its place in the window."""
        dock = self._dock
        if dock is None or on == self.large:
            return
        if not on:
            dock.setFloating(False)
            dock.raise_()  # in front of its tab group again
            return
        dock.setFloating(True)
        main = dock.parentWidget()
        frame = main.window().geometry() if main is not None else dock.geometry()
        width, height = round(frame.width() * LARGE_SHARE), round(frame.height() * LARGE_SHARE)
        dock.setGeometry(frame.x() + (frame.width() - width) // 2,
                         frame.y() + (frame.height() - height) // 2, width, height)
        dock.show()
        dock.raise_()

    def _on_floating(self, floating: bool) -> None:
        self.large_button.blockSignals(True)
        self.large_button.setChecked(floating)
        self.large_button.blockSignals(False)
        self.large_button.setText(self.tr("Back in the dock") if floating
                                  else self.tr("Show large"))
        self._apply_columns()

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
            # clear of the map's own labels and names (render.labels.CalloutLayout)
            self.callouts = paint_diff(painter, viewport, self._report, DEFAULT_STYLE,
                                       avoid=self._canvas.label_rects(viewport))

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
    panel.set_dock(window.add_dock(panel, QCoreApplication.translate("DiffPanel", "Changes")))
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
