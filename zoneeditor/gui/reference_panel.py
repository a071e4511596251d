"""The reference rows of the Layers panel: roads, rivers, imagery and scans under the project.

One row per reference layer, top row drawn on top (``core.reference_rows``): a checkbox to
show it, its name (with a warning icon and the one-sentence reason when its file cannot be
read, a mark when it is shown from the copy carried in the project or only for this run),
a checkbox to snap and trace along it (vector references) and an opacity slider. Below: move
up / down, remove, keep in the project (references given on the command line), zoom to it,
and "Carry a copy inside the project". The same actions are in the rows' context menu.

Every click goes to ``gui.reference_state.ReferenceState``, which makes the undoable change
set; the rows follow its ``changed`` signal. Rows are rebuilt only when the list itself
changed (so an opacity drag keeps its slider), otherwise updated in place.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSlider,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.naming import path_text
from zoneeditor.core.reference import ReferenceKind
from zoneeditor.core.reference_rows import ReferenceRow
from zoneeditor.gui.column_fit import ColumnFit
from zoneeditor.gui.flow_layout import FlowLayout
from zoneeditor.gui.reference_files import ask_reference_files
from zoneeditor.gui.reference_state import ReferenceState
from zoneeditor.gui.wrapped_check import WrappedCheck
from zoneeditor.gui.wrapped_label import WrappedLabel

#: Rows shown before the reference table scrolls.
MAX_ROWS = 5


class ReferenceRowsView(QWidget):
    """The reference section of the Layers panel (object name ``referenceRows``)."""

    COL_VISIBLE, COL_NAME, COL_SNAP, COL_OPACITY = range(4)

    def __init__(self, state: ReferenceState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceRows")
        self.state = state
        self._folder = ""
        self._rows: list[ReferenceRow] = []
        self._built: tuple = ()
        title = QLabel(self.tr("Reference layers"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("addReference")
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add a reference layer: an OpenStreetMap extract, "
                                           "imagery or any map file"))
        self.add_button.clicked.connect(self.on_add)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("referenceTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Show"), self.tr("Layer"), self.tr("Snap"), self.tr("Opacity")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)  # a long name is elided (full name in its tooltip)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.on_context_menu)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # as tall as its rows (up to MAX_ROWS, then it scrolls): it never takes the room of
        # the project layers above it
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # titles and slider give way in a narrow dock; a long name is elided (in full in
        # its tooltip)
        self._columns = ColumnFit(self.table, self.COL_NAME,
                                  least={self.COL_NAME: 60, self.COL_OPACITY: 60},
                                  wanted={self.COL_OPACITY: 100}, first=[self.COL_OPACITY])
        # (room for the ink of its lines: Arabic lost the ends of its «» at the dock's edge)
        self.empty = WrappedLabel(self.tr("None yet: Layer ▸ Add reference layer… shows "
                                          "roads, rivers, imagery or a georeferenced scan "
                                          "under the project."), self)
        self.empty.setObjectName("referenceEmpty")
        self.act_up = self._action(self.tr("Move up"), self.tr("Move the reference layer up "
                                                               "(drawn above the others)"),
                                   lambda: self._move(1), "▲")
        self.act_down = self._action(self.tr("Move down"),
                                     self.tr("Move the reference layer down"),
                                     lambda: self._move(-1), "▼")
        self.act_remove = self._action(self.tr("Remove"),
                                       self.tr("Remove the reference layer (its file stays)"),
                                       self.on_remove)
        self.act_keep = self._action(self.tr("Keep in project"),
                                     self.tr("Keep this reference layer in the project (it "
                                             "is shown for this run only)"), self.on_keep,
                                     self.tr("Keep"))
        self.act_zoom = self._action(self.tr("Zoom to layer"),
                                     self.tr("Show the whole reference layer on the map"),
                                     self.on_zoom, self.tr("Zoom"))
        self.act_locate = self._action(self.tr("Locate file…"),
                                       self.tr("Tell where the missing file of this reference "
                                               "layer is now"), self.on_locate,
                                       self.tr("Locate…"))
        self.up, self.down, self.remove, self.keep, self.zoom, self.locate = (
            self._button(a) for a in (self.act_up, self.act_down, self.act_remove,
                                      self.act_keep, self.act_zoom, self.act_locate))
        self.run_only_note = WrappedLabel(self.tr("In italics: shown for this run only. Keep "
                                                  "adds it to the project."), self)
        self.run_only_note.setObjectName("referenceRunOnlyNote")
        self._carry_row = WrappedCheck(self.tr("Carry a copy inside the project"), self)
        self._carry_row.setToolTip(self.tr("Save a copy of the file inside the project, so "
                                           "the project shows it on a laptop without the "
                                           "file"))
        self.carry = self._carry_row.box
        self.carry.setObjectName("carryCopy")
        self.carry.toggled.connect(self.on_carry)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.add_button)
        buttons = FlowLayout()  # on two lines in a narrow dock (318 px in Russian)
        for b in (self.up, self.down, self.remove, self.keep, self.zoom, self.locate):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.run_only_note)
        layout.addWidget(self._carry_row)
        state.changed.connect(self.reload)
        self.reload()

    def _action(self, text: str, tip: str, slot, short: str = "") -> QAction:
        act = QAction(text, self)
        act.setToolTip(tip)
        if short:
            act.setIconText(short)
        act.triggered.connect(slot)
        return act

    def _button(self, action: QAction) -> QToolButton:
        b = QToolButton(self)
        b.setDefaultAction(action)
        return b

    # -- rows ----------------------------------------------------------------------------------
    @property
    def rows(self) -> list[ReferenceRow]:
        """The rows shown, top first."""
        return list(self._rows)

    def selected_id(self) -> str | None:
        """The id of the selected reference row, or None."""
        row = self.table.currentRow()
        if 0 <= row < len(self._rows) and self.table.selectionModel().hasSelection():
            return self._rows[row].id
        return None

    def select(self, reference_id: str) -> None:
        """Select the row of a reference."""
        for i, r in enumerate(self._rows):
            if r.id == reference_id:
                self.table.selectRow(i)
                return

    def reload(self) -> None:
        """Follow the state: rebuild rows when the list changed, else update them in place."""
        current = self.selected_id()
        self._rows = self.state.rows()
        shape = tuple((r.id, r.name, r.kind, r.state, r.detail,
                       self.state.is_run_only(r.id), self.state.is_loading(r.id))
                      for r in self._rows)
        if shape != self._built:
            self._build()
            self._built = shape
        for i, r in enumerate(self._rows):
            self._set_checked(self.table.cellWidget(i, self.COL_VISIBLE), r.visible)
            self._set_checked(self.table.cellWidget(i, self.COL_SNAP), r.snap)
            slider = self.table.cellWidget(i, self.COL_OPACITY)
            if isinstance(slider, QSlider) and not slider.isSliderDown():
                slider.blockSignals(True)
                slider.setValue(round(r.opacity * 100))
                slider.blockSignals(False)
        if current is not None:
            self.select(current)
        self.table.setVisible(bool(self._rows))
        self.empty.setVisible(not self._rows)
        self._update_buttons()

    @staticmethod
    def _set_checked(box: QWidget | None, value: bool) -> None:
        if isinstance(box, QCheckBox):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)

    def _build(self) -> None:
        style = self.style()
        self.table.setRowCount(len(self._rows))
        for i, r in enumerate(self._rows):
            visible = QCheckBox(self.table)
            visible.setObjectName(f"referenceVisible_{r.id}")
            visible.setToolTip(self.tr("Show or hide this reference layer"))
            visible.toggled.connect(lambda v, rid=r.id: self.state.set_visible(rid, v))
            item = QTableWidgetItem(r.name)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            if self.state.is_run_only(r.id):  # italic, as the note under the table says
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            if r.state == "missing":
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setToolTip(r.detail)
            elif self.state.is_loading(r.id):
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
                item.setToolTip(self.tr("Reading %1…").replace("%1", path_text(self._path(r.id))))
            else:
                item.setToolTip(self._tooltip(r))
            snap = QCheckBox(self.table)
            snap.setObjectName(f"referenceSnap_{r.id}")
            raster = r.kind == ReferenceKind.RASTER.value
            snap.setEnabled(not raster)
            snap.setToolTip(self.tr("Imagery cannot be snapped to") if raster else
                            self.tr("Snap to this layer's lines and trace along them"))
            snap.toggled.connect(lambda v, rid=r.id: self.state.set_snap(rid, v))
            slider = QSlider(Qt.Orientation.Horizontal, self.table)
            slider.setObjectName(f"referenceOpacity_{r.id}")
            slider.setRange(0, 100)
            slider.setPageStep(10)
            slider.setMinimumWidth(60)
            slider.setToolTip(self.tr("Opacity"))
            slider.sliderPressed.connect(self.state.begin_gesture)
            slider.valueChanged.connect(
                lambda v, rid=r.id, s=slider: self.state.set_opacity(rid, v / 100,
                                                                      gesture=s.isSliderDown()))
            self.table.setCellWidget(i, self.COL_VISIBLE, visible)
            self.table.setItem(i, self.COL_NAME, item)
            self.table.setCellWidget(i, self.COL_SNAP, snap)
            self.table.setCellWidget(i, self.COL_OPACITY, slider)
        self.table.resizeRowsToContents()
        self._fit_height()
        self._columns.fit()

    def _fit_height(self) -> None:
        table = self.table
        rows = min(max(1, table.rowCount()), MAX_ROWS)
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(i) for i in range(rows)) if table.rowCount() else 24
        table.setFixedHeight(height)

    def _path(self, reference_id: str) -> str:
        layer = self.state.layer(reference_id)
        return layer.path if layer is not None else ""

    def _tooltip(self, r: ReferenceRow) -> str:
        kinds = {ReferenceKind.OSM.value: self.tr("OpenStreetMap extract"),
                 ReferenceKind.RASTER.value: self.tr("Imagery"),
                 ReferenceKind.VECTOR.value: self.tr("Map file")}
        lines = [r.name, f"{kinds.get(r.kind, r.kind)}: {path_text(self._path(r.id))}"]
        if r.state == "copy":
            lines.append(self.tr("The file is missing: shown from the copy carried in the "
                                 "project"))
        layer = self.state.layer(r.id)
        if layer is not None and layer.attribution:
            lines.append(layer.attribution)
        if self.state.is_run_only(r.id):
            lines.append(self.tr("Shown for this run only: Keep adds it to the project"))
        return "\n".join(lines)

    def _update_buttons(self) -> None:
        rid = self.selected_id()
        layer = self.state.layer(rid) if rid is not None else None
        run_only = rid is not None and self.state.is_run_only(rid)
        in_project = layer is not None and not run_only
        ids = [r.id for r in self.state.project_layers]
        index = ids.index(rid) if in_project and rid in ids else -1
        self.act_up.setEnabled(in_project and index < len(ids) - 1)
        self.act_down.setEnabled(in_project and index > 0)
        self.act_remove.setEnabled(layer is not None)
        run_only_rows = any(self.state.is_run_only(r.id) for r in self._rows)
        self.act_keep.setVisible(run_only_rows)
        self.run_only_note.setVisible(run_only_rows)
        self.act_keep.setEnabled(run_only)
        self.act_zoom.setEnabled(rid is not None and self.state.bounds(rid) is not None)
        # in_project means a selected layer (rid and layer are not None), said again below
        # for the type checker
        missing = in_project and rid is not None and bool(self.state.problem_of(rid))
        self.act_locate.setVisible(any(r.state == "missing" for r in self._rows))
        self.act_locate.setEnabled(missing)
        self.carry.blockSignals(True)
        self.carry.setChecked(bool(layer is not None and layer.embedded))
        self.carry.blockSignals(False)
        copying = rid is not None and self.state.is_loading(rid)
        self.carry.setEnabled(in_project and not copying and rid is not None
                              and layer is not None
                              and (bool(layer.embedded) or self.state.data(rid) is not None))
        self._carry_row.setVisible(bool(self._rows))

    # -- actions -------------------------------------------------------------------------------
    def on_add(self) -> None:
        """Ask for reference files and add them to the project."""
        paths = ask_reference_files(self.window(), self._folder)
        if paths:
            from pathlib import Path

            self._folder = str(Path(paths[0]).parent)
            self.state.add_files(paths)

    def _move(self, step: int) -> None:
        rid = self.selected_id()
        if rid is not None and self.state.move(rid, step):
            self.select(rid)

    def on_remove(self) -> None:
        """Remove the selected reference (undoable)."""
        rid = self.selected_id()
        if rid is not None:
            self.state.remove(rid)

    def on_keep(self) -> None:
        """Keep the selected run-only reference in the project."""
        rid = self.selected_id()
        if rid is not None:
            self.state.keep(rid)
            self.select(rid)

    def on_zoom(self) -> None:
        """Show the selected reference's extent on the map."""
        rid = self.selected_id()
        if rid is not None:
            self.state.zoom_requested.emit(rid)

    def on_locate(self) -> None:
        """Ask where the missing file of the selected reference is now."""
        rid = self.selected_id()
        layer = self.state.layer(rid) if rid is not None else None
        if rid is None or layer is None:
            return
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from zoneeditor.gui.reference_files import reference_filters

        path, _ = QFileDialog.getOpenFileName(
            self.window(), self.tr("Where is %1 now?").replace("%1", Path(layer.path).name),
            self._folder, reference_filters())
        if path:
            self._folder = str(Path(path).parent)
            self.state.relink(rid, path)

    def on_carry(self, carry: bool) -> None:
        """Carry a copy of the selected reference's file in the project, or stop."""
        rid = self.selected_id()
        if rid is not None:
            self.state.carry_copy(rid, carry)

    def on_context_menu(self, pos: QPoint) -> None:
        """The row's actions in a menu."""
        row = self.table.rowAt(pos.y())
        if row < 0:
            return
        self.table.selectRow(row)
        menu = QMenu(self)
        for act in (self.act_up, self.act_down, self.act_zoom, self.act_locate, self.act_keep,
                    self.act_remove):
            if act.isVisible():
                menu.addAction(act)
        if self.carry.isVisible():
            act = menu.addAction(self._carry_row.label.text())
            act.setCheckable(True)
            act.setChecked(self.carry.isChecked())
            act.setEnabled(self.carry.isEnabled())
            act.toggled.connect(self.carry.setChecked)
        menu.popup(self.table.viewport().mapToGlobal(pos))
