"""The Changes dock: compare two versions, a sortable table of changes, the diff on the map.

Thin by design: the numbers come from ``core.diff.diff_versions`` and the drawing from
``render.diff_overlay``. The panel recomputes when the document changes (debounced, on a
background thread of ``gui.background.BackgroundJobs`` so a 100,000-vertex zone never freezes
the window; a stale result is dropped), a click on a row zooms to that change and flashes it,
and View ▸ Show changes on map toggles the overlay (both ``gui.diff_map``). Features are
named as the map labels
them (``core.naming.label_name`` in the canvas's label language: "إدلب" in an Arabic
window), and follow the map when View ▸ Labels in local language is switched. Installed by
``gui/addons.py``.
"""

from __future__ import annotations

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
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.changes import ChangeSet, Structure
from zoneeditor.core.diff import DiffReport, FeatureDiff, diff_versions
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import Feature
from zoneeditor.core.naming import isolate, label_name
from zoneeditor.gui.background import BackgroundJobs, error_text
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.diff_columns import ColumnChoice, make_table
from zoneeditor.gui.diff_flash import change_geometry
from zoneeditor.gui.diff_large import LargeView
from zoneeditor.gui.diff_map import DiffOnMap, show_changes_action
from zoneeditor.gui.diff_pair import VersionPair
from zoneeditor.gui.diff_split import SummarySplit
from zoneeditor.gui.diff_summary import details_text, summary_text
from zoneeditor.gui.diff_table import DEFAULT_COLUMNS, DiffTableModel
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.services import WindowServices
from zoneeditor.i18n import current_language
from zoneeditor.i18n.values import party_name, place_name, version_title

#: Quiet time after the last edit before the diff is recomputed (typing, dragging).
DEBOUNCE_MS = 350
#: Characters of a feature's name the docked table would like to show at first (a longer
#: name keeps both its ends: ``gui.diff_table.NameDelegate``).
FEATURE_CHARS = 20


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
        self._gazetteer: Any = None  # loaded here when the window has none yet
        #: The report on the map: the overlay, the clicked change's flash (``gui.diff_map``).
        self.on_map = DiffOnMap(canvas, self)

        #: The compared versions (``from_box``, ``to_box``).
        self.pair = VersionPair(self)
        self.from_box, self.to_box = self.pair.from_box, self.pair.to_box
        self.unchanged_check = QCheckBox(self.tr("List unchanged features too"), self)
        #: The map's label language the feature names follow (``canvas.label_language``).
        self._label_language = canvas.label_language
        self.model = DiffTableModel(self, self.party_label, self.feature_label)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.table = make_table(self, self.proxy)
        #: Which columns the table shows; the others are a click away (``column_menu``).
        self.columns = ColumnChoice(self.table, self.model, lambda: self.large)
        self.column_menu = self.columns.menu
        #: The summary above the table (``status_label``, ``summary_label``, ``details_label``).
        self.split = SummarySplit(self, self.table)
        self.splitter = self.split.splitter
        self.status_label = self.split.status_label
        self.summary_label = self.split.summary_label
        self.details_label = self.split.details_label
        self.details_label.setText(self.tr("Click a change to see it on the map."))
        self.columns_button = QPushButton(self.tr("Columns"), self)
        self.columns_button.setObjectName("diffColumns")
        self.columns_button.setToolTip(self.tr("Choose the columns of the table"))
        self.columns_button.setMenu(self.column_menu)
        self.large_button = QPushButton(self)
        self.large_button.setObjectName("diffShowLarge")
        self._large = LargeView(self.large_button, lambda: self.columns.apply(), self.table,
                                lambda: self.columns.wanted(list(DiffTableModel.COLUMNS)))

        versions = QHBoxLayout()
        versions.addWidget(QLabel(self.tr("From:"), self))
        versions.addWidget(self.from_box, 1)
        versions.addWidget(QLabel(self.tr("To:"), self))
        versions.addWidget(self.to_box, 1)
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
        self.columns.apply()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
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
        self.unchanged_check.toggled.connect(self.on_unchanged_toggled)
        self.table.clicked.connect(self.on_row_clicked)
        self.table.activated.connect(self.on_row_clicked)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row)
        self._canvas.painted.connect(self.on_map_painted)

    def on_session_changed(self, _session: object = None) -> None:
        """Another project is open: compare its baseline with the version shown, afresh."""
        self._report = None
        self.on_map.show(None)
        self.pair.fill(self._editor.document, reset=True)
        self.schedule()

    @property
    def report(self) -> DiffReport | None:
        """The report shown now (None while the first computation runs)."""
        return self._report

    # -- versions --------------------------------------------------------------------------
    def set_versions(self, old: str, new: str) -> None:
        """Compare ``old`` with ``new`` (names of versions of the open project); the "To"
        version then stays put when the map switches versions."""
        self.pair.set(old, new)
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
        old_name, new_name = self.pair.names()
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
            self.pair.fill(self._editor.document)
        names = set(self.pair.names())
        if changeset.version in names or changeset.structure != Structure.NONE:
            self.schedule()

    def on_current_version_changed(self, name: str) -> None:
        """The map shows another version: compare it, unless the user chose one to compare."""
        self.pair.follow(name)

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
        self.on_map.show(report)

    def on_failed(self, exc: BaseException) -> None:
        """The latest comparison failed: say so in the panel (never a traceback)."""
        self.status_label.setText(self.tr("Cannot compare these versions: %1").replace(
            "%1", error_text(exc)))

    def _show(self, report: DiffReport | None) -> None:
        if report is None:
            self.model.set_rows([])
            return
        rows = list(report.features) if self.unchanged_check.isChecked() else report.changed
        self.model.set_rows(rows)
        self.columns.fit()
        n = len(report.changed)
        old, new = (isolate(version_title(report.old_name)),
                    isolate(version_title(report.new_name)))
        self.status_label.setText(
            substitute(self.tr("%1 → %2: %n changed feature(s)", "", n), (old, new))
            if n else substitute(self.tr("%1 and %2 hold the same map content"), (old, new)))
        self.summary_label.setText(summary_text(report, self.party_label, self.place_label))
        self.details_label.setText(self.tr("Click a change to see it on the map."))
        self.fit_summary()

    def fit_summary(self) -> None:
        """Give the summary the height its text needs (see ``gui.diff_split``)."""
        self.split.fit()

    def party_label(self, name: str) -> str:
        """A party's name as shown: its name in the interface's script when it has one."""
        return party_name(name, self._editor.document.project.meta)

    def feature_label(self, feature: Feature) -> str:
        """A feature's name as the map labels it now: both names side by side, or the
        local-script name in an Arabic window (``core.naming.label_name``)."""
        return label_name(feature, self._label_language, interface=current_language())

    def on_map_painted(self) -> None:
        """The map drew a frame: when it labels features otherwise now (View ▸ Labels in
        local language), the table names them so too."""
        language = self._canvas.label_language
        if language != self._label_language:
            self._label_language = language
            self.model.names_changed()

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
        return self._large.large

    def shown_columns(self) -> list[str]:
        """The columns the table shows now (every column while shown large)."""
        return self.columns.shown()

    def show_column(self, column: str, shown: bool) -> None:
        """Show or hide ``column`` of the docked table (the Columns menu)."""
        self.columns.show(column, shown)

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
        self._large.set_dock(dock)

    def show_large(self, on: bool) -> None:
        """Float the dock as a large window of its own over the map, with every column;
        off: back in its place in the window."""
        self._large.show(on)

    # -- zoom and flash --------------------------------------------------------------------
    def on_row_clicked(self, index: QModelIndex) -> None:
        """Zoom to the clicked change and flash it."""
        fd = self.model.row(self.proxy.mapToSource(index).row())
        self.zoom_to(fd)

    def zoom_to(self, fd: FeatureDiff) -> None:
        """Show the change of ``fd`` on the map with room around it, and flash it."""
        geom = change_geometry(fd)
        if geom is None:
            return
        self._editor.switch_version(self.pair.names()[1])
        self.on_map.zoom_to(geom)


def install(editor: Editor, window: WindowServices, canvas: MapCanvas) -> DiffPanel:
    """Add the Changes dock and View ▸ Show changes on map to the main window."""
    panel = DiffPanel(editor, canvas)
    panel.set_dock(window.add_dock(panel, QCoreApplication.translate("DiffPanel", "Changes")))
    show_changes_action(window, panel.on_map)
    canvas.add_overlay(panel.on_map.paint_flash)  # the diff itself: DiffOnMap.show
    return panel
