"""The Conflicts dock: every open conflict of merge proposals and of the last team sync.

Each row says which feature, what kind of conflict, what each side did and where (in the
interface language, ``gui.conflict_text``). Selecting a row switches to its version, zooms to
it, selects its feature and draws base, ours and theirs over the map in three styles with a
legend (``render.conflict_overlay``). A merge conflict is resolved by taking ours or theirs
or by editing the stretch by hand and then "Mark resolved" — each an ordinary change set
pushed through the editor: journaled, undoable, and undo brings the conflict back, because
whether a conflict is open is read from the proposal's own markers. A sync conflict is
decided for the next sync. What each decision does is ``gui.conflict_decisions``.

Installed by ``gui/addons.py``; the merge dialog hands it the conflicts of a merge it made
(``add_merge``), the sync add-on tells it when a sync brought new ones (``refresh``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.merge.result import ConflictKind, MergeResult
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui import conflict_text as say
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.conflict_book import ConflictBook, ConflictEntry
from zoneeditor.gui.conflict_decisions import ConflictDecisions, Outcome
from zoneeditor.gui.conflict_rows import RowsTree
from zoneeditor.gui.dock_drag import DockDrag
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.tool_messages import translated
from zoneeditor.render.conflict_overlay import ConflictPicture, paint_conflict

#: Smallest box (degrees) shown around a conflict: a moved post is not zoomed to a street.
MIN_SPAN_DEG = 0.02
#: Kinds the merge engine reports: the columns say them; a sync's own kinds (refused, not
#: allowed, a version removed...) also have their sentence on hover.
MERGE_KINDS = frozenset(k.value for k in ConflictKind)
class ConflictsPanel(QWidget):
    """The dock's widget; see the module documentation."""

    #: The list was rebuilt (its number of open conflicts may have changed).
    changed = Signal()
    #: A sync conflict was decided (the team sync indicator recounts).
    decided = Signal()

    COLUMNS = ("feature", "version", "kind", "ours", "theirs", "where")

    def __init__(self, editor: Editor, window: WindowServices, canvas: MapCanvas) -> None:
        super().__init__()
        self.setObjectName("conflictsPanel")
        self.setWindowTitle(self.tr("Conflicts"))
        self._editor, self._window, self._canvas = editor, window, canvas
        #: What is known about the open project's conflicts.
        self.book = ConflictBook()
        #: What Take ours / Take theirs / Mark resolved do.
        self.decisions = ConflictDecisions(editor, window)
        #: The dock holding the panel (set by ``install``), shown by ``reveal``.
        self.dock: QDockWidget | None = None
        #: Notices the user dragging the dock's height (set by ``install``): the fit then
        #: keeps their height.
        self.drag: DockDrag | None = None
        self._entries: list[ConflictEntry] = []
        self._picture: ConflictPicture | None = None
        #: Rows the dock's height was last fitted to (None: not yet).
        self._fitted_rows: int | None = None

        self.header = QLabel(self)
        self.header.setObjectName("conflictsHeader")
        self.header.setWordWrap(True)
        self.tree = RowsTree(self)
        self.tree.setObjectName("conflictsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._show_columns(sync=False)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.take_ours = QPushButton(self.tr("Take ours"), self)
        self.take_ours.setObjectName("conflictTakeOurs")
        self.take_theirs = QPushButton(self.tr("Take theirs"), self)
        self.take_theirs.setObjectName("conflictTakeTheirs")
        self.mark = QPushButton(self.tr("Mark resolved"), self)
        self.mark.setObjectName("conflictMarkResolved")
        self.mark.setToolTip(self.tr("Keep the stretch as you redrew it by hand and close "
                                     "the conflict"))
        self.show_on_map = QCheckBox(say.overlay_text(sync=False), self)
        self.show_on_map.setChecked(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("conflictsHint")
        self.hint.setWordWrap(True)

        buttons = QHBoxLayout()
        for b in (self.take_ours, self.take_theirs, self.mark):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.show_on_map)
        layout.addWidget(self.hint)

        self._pending = QTimer(self)  # many signals in one event-loop turn: one rebuild
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        editor = self._editor
        editor.session_changed.connect(self.on_session_changed)
        editor.document_changed.connect(self.schedule)
        editor.version_changed.connect(self.schedule)
        editor.clean_changed.connect(self.schedule)
        editor.background_changed.connect(self.schedule)  # the gazetteer names places
        self.tree.itemSelectionChanged.connect(self.on_selection_changed)
        self.take_ours.clicked.connect(lambda: self.take("ours"))
        self.take_theirs.clicked.connect(lambda: self.take("theirs"))
        self.mark.clicked.connect(self.mark_resolved)
        self.show_on_map.toggled.connect(lambda _on: self._canvas.update())

    # -- what is listed --------------------------------------------------------------------
    @property
    def entries(self) -> list[ConflictEntry]:
        """The conflicts listed now, in row order."""
        return list(self._entries)

    def open_count(self, version: str | None = None) -> int:
        """Open conflicts listed (of ``version`` only, when given); decided sync conflicts
        do not count."""
        return sum(1 for e in self._entries if not e.decided
                   and (version is None or e.version == version))

    def on_session_changed(self, _session: object = None) -> None:
        """Another project: forget the old one's conflicts; show the panel when the new one
        has open conflicts."""
        self.book.forget()
        self.refresh()
        if self.open_count():
            self.reveal()

    def schedule(self, *_args: object) -> None:
        """Rebuild the list once the current burst of signals is over."""
        self._pending.start()

    def add_merge(self, version: str, result: MergeResult) -> None:
        """A merge made in this window wrote proposal ``version``: list its conflicts and,
        when there are any, show the panel on the first one."""
        self.book.add_merge(version, result)
        self.refresh()
        if result.conflicts:
            self.reveal()
            for row, e in enumerate(self._entries):
                if e.version == version and not e.is_sync:
                    item = self.tree.topLevelItem(row)
                    assert item is not None  # refresh() made one row per entry
                    self.tree.setCurrentItem(item)
                    break

    def reveal(self) -> None:
        """Show the dock (it may have been closed) and bring it to the front."""
        if self.dock is not None:
            self.dock.show()
            self.dock.raise_()
            QTimer.singleShot(0, self, self.fit_dock)  # once the window has laid the dock out

    def wanted_height(self) -> int:
        """The panel's height for its rows at its width (none when there is no conflict):
        the dock below the map takes no more, so the map keeps the rest."""
        self.tree.updateGeometry()
        layout = self.layout()
        width = self.width()
        if layout is not None and layout.hasHeightForWidth() and width > 0:
            return layout.totalHeightForWidth(width)
        return self.sizeHint().height()

    def fit_dock(self) -> None:
        """Give the dock the height of its rows: after a merge the list is as tall as its
        conflicts, and once the last is resolved the dock shrinks to its one-line header, so
        the map gets the room back. Once the user dragged the dock's height themselves, it
        keeps theirs for the session (``gui.dock_drag``): the fit no longer overrides it."""
        if self.drag is not None and self.drag.fit(self.wanted_height):
            self._fitted_rows = len(self._entries)

    def refresh(self) -> None:
        """Rebuild the list from the open project (keeping the selected conflict)."""
        self._pending.stop()
        editor = self._editor
        doc, path = editor.document, editor.session.path
        keep = self.selected()
        kept_item = self.tree.currentItem()
        keep_row = self.tree.indexOfTopLevelItem(kept_item) if kept_item is not None else -1
        current = doc.current_version
        entries: list[ConflictEntry] = []
        names = [current, *(n for n in doc.project.versions if n != current)]
        for name in names:
            entries += self.book.merge_entries(doc.project.versions[name], path)
        entries += self.book.sync_entries(path, doc.project)
        self._entries = entries
        meta = doc.project.meta
        gazetteer = editor.gazetteer
        self.tree.blockSignals(True)
        self.tree.clear()
        for e in entries:
            ours_name, theirs_name = say.side_names(e)
            decided = say.decided_text(e)
            item = QTreeWidgetItem([
                say.feature_text(e), say.version_text(e.version), say.kind_text(e),
                decided or say.did_text(e, "ours", meta),
                "" if decided else say.did_text(e, "theirs", meta),
                say.where_text(e, gazetteer)])
            item.setToolTip(3, f"{ours_name}: {item.text(3)}")
            item.setToolTip(4, f"{theirs_name}: {item.text(4)}")
            if e.sync is not None and e.kind not in MERGE_KINDS:  # why, in full, on hover
                item.setToolTip(2, translated(e.sync.description))
            if decided:
                item.setForeground(0, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
        for column in range(len(self.COLUMNS)):
            self.tree.resizeColumnToContents(column)
        row = -1
        if keep is not None:
            row = next((i for i, e in enumerate(entries)
                        if (e.version, e.key) == (keep.version, keep.key)), -1)
            if row < 0 and entries:  # resolved: go on with the next one
                row = min(max(keep_row, 0), len(entries) - 1)
        if row >= 0:
            chosen = self.tree.topLevelItem(row)
            assert chosen is not None  # row < len(entries), one row per entry
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        listed = bool(entries)  # "No open conflict": the header alone, not an empty list
        for widget in (self.tree, self.take_ours, self.take_theirs, self.show_on_map):
            widget.setVisible(listed)
        self._show_header(current)
        self._update_selected(zoom=False)
        if len(entries) != self._fitted_rows:
            QTimer.singleShot(0, self, self.fit_dock)  # once the layout knows the shown widgets
        self.changed.emit()

    def _show_header(self, current: str) -> None:
        n = self.open_count(current)
        title = say.version_text(current)
        others = self.open_count() - n
        if self.book.sync_error:
            text = self.tr("The team sync record of this file cannot be read: %1").replace(
                "%1", self.book.sync_error)
        elif n == 1:
            text = self.tr("One open conflict in %1: it cannot be promoted or tabled until "
                           "it is resolved.").replace("%1", title)
        elif n:
            text = QCoreApplication.translate(
                "ConflictsPanel", "%n open conflicts in %1: it cannot be promoted or tabled "
                "until each is resolved.", None, n).replace("%1", title)
        else:
            text = self.tr("No open conflict in %1.").replace("%1", title)
        if others:
            text += " " + QCoreApplication.translate(
                "ConflictsPanel", "%n more in other versions (listed below).", None, others)
        self.header.setText(text)

    # -- selection -------------------------------------------------------------------------
    def selected(self) -> ConflictEntry | None:
        """The conflict selected in the list (None when none)."""
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        row = self.tree.indexOfTopLevelItem(item)
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def select(self, row: int) -> None:
        """Select the conflict in ``row`` (as a click would: zooms to it)."""
        item = self.tree.topLevelItem(row)
        if item is None:  # no such row: nothing current, as Qt does with a null item
            self.tree.setCurrentIndex(QModelIndex())
            return
        self.tree.setCurrentItem(item)

    def on_selection_changed(self) -> None:
        """A row was chosen: show it on the map."""
        self._update_selected(zoom=True)

    def _show_columns(self, sync: bool) -> None:
        """The list's headings; the sides' columns in the pair of words of the selected
        conflict (a merge's ours/theirs, a sync's mine/the server's)."""
        ours, theirs = say.side_names_of(sync)
        self.tree.setHeaderLabels([self.tr("Feature"), self.tr("Version"), self.tr("Conflict"),
                                   ours, theirs, self.tr("Where")])

    def _update_selected(self, zoom: bool) -> None:
        entry = self.selected()
        sync = entry is not None and entry.is_sync
        if entry is None and self._entries:  # nothing selected: the words of the first row
            sync = self._entries[0].is_sync
        self._show_columns(sync)
        self.show_on_map.setText(say.overlay_text(sync))
        refused = entry is not None and entry.is_refused
        self.take_ours.setText(self.tr("Keep mine") if sync else self.tr("Take ours"))
        self.take_theirs.setText(self.tr("Discard mine") if refused else
                                 self.tr("Take the server's") if sync else self.tr("Take theirs"))
        can_choose = entry is not None and not entry.decided and (
            entry.merge is not None
            or (sync and (bool(entry.feature_ids) or entry.is_version_change)))
        self.take_ours.setEnabled(can_choose)
        self.take_theirs.setEnabled(can_choose)
        self.mark.setVisible(not sync and bool(self._entries))
        self.mark.setEnabled(entry is not None and not sync and self.decisions.edited(entry))
        self._show_hint(entry)
        self._picture = self._picture_of(entry)
        if entry is not None and zoom:
            self._go_to(entry)
        self._canvas.update()

    def _show_hint(self, entry: ConflictEntry | None) -> None:
        self.hint.setText(say.hint_text(entry, bool(self._entries)))

    def _picture_of(self, entry: ConflictEntry | None) -> ConflictPicture | None:
        if entry is None:
            return None
        base, ours, theirs = entry.geometries()
        return ConflictPicture(base, ours, theirs, entry.where, say.picture_labels(entry),
                               entry.bounds())

    def _go_to(self, entry: ConflictEntry) -> None:
        editor = self._editor
        if entry.version != editor.document.current_version:
            editor.switch_version(entry.version)  # rebuilds the list: selection is kept
        doc = editor.document
        present = [fid for fid in entry.feature_ids if doc.feature(fid) is not None]
        editor.selection.set(present[:1])
        bounds = entry.bounds()
        if bounds is None:
            return
        x0, y0, x1, y1 = bounds
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        half_w, half_h = max(x1 - x0, MIN_SPAN_DEG) / 2, max(y1 - y0, MIN_SPAN_DEG) / 2
        self._canvas.zoom_to_bounds((cx - half_w, cy - half_h, cx + half_w, cy + half_h),
                                    margin=0.3)

    # -- deciding (``gui.conflict_decisions``) -----------------------------------------------
    def take(self, side: str) -> bool:
        """Decide the selected conflict for ``side`` ("ours" or "theirs"); True when done."""
        entry = self.selected()
        return entry is not None and self._done(self.decisions.take(entry, side))

    def mark_resolved(self) -> bool:
        """Close the selected conflict as decided by hand (after its stretch was edited)."""
        entry = self.selected()
        return entry is not None and self._done(self.decisions.mark_resolved(entry))

    def _done(self, outcome: Outcome) -> bool:
        """Show the list without the decided conflict at once, and go to the conflict now
        selected in its place as a click on its row would (map, feature selection and so
        the Attributes panel follow it), so what is shown is what the buttons act on."""
        if outcome is None:
            return False
        decided = self.selected()
        self.refresh()
        following = self.selected()
        if following is not None and decided is not None and following.key != decided.key:
            self._go_to(following)
        if outcome == "sync":
            self.decided.emit()
        return True

    # -- the map ---------------------------------------------------------------------------
    @property
    def picture(self) -> ConflictPicture | None:
        """What the overlay draws now (None when nothing is selected or it is switched off)."""
        return self._picture if self.show_on_map.isChecked() else None

    def paint_overlay(self, painter: QPainter, viewport: Viewport) -> None:
        """The selected conflict's base, ours and theirs, with a legend (canvas overlay)."""
        paint_conflict(painter, viewport, self.picture)


def install(editor: Editor, window: WindowServices, canvas: MapCanvas) -> ConflictsPanel:
    """Add the Conflicts dock (below the map: its rows are wide) and its map overlay. The
    dock stays hidden until there is a conflict to show (View ▸ Panels shows it any time)."""
    panel = ConflictsPanel(editor, window, canvas)
    panel.dock = window.add_dock(panel, QCoreApplication.translate("ConflictsPanel",
                                                                   "Conflicts"),
                                 Qt.DockWidgetArea.BottomDockWidgetArea, on_demand=True)
    panel.dock.setVisible(panel.open_count() > 0)
    main = panel.dock.parentWidget()
    if isinstance(main, QMainWindow):
        panel.drag = DockDrag(panel.dock, main)
    # shown (by the window's first layout, a restore or View's Panels menu): fit its rows
    panel.dock.visibilityChanged.connect(
        lambda shown: shown and QTimer.singleShot(0, panel, panel.fit_dock))
    canvas.add_overlay(panel.paint_overlay)
    return panel
