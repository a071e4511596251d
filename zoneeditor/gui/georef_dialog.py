"""Tools ▸ Georeference image…: put a scanned map or a page of a PDF annex on the map.

The scan is on the left, the window's map (project, countries, reference layers) on the
right. A control point is a scan position tied to a place: click on the scan, then on the map
(or the other way round), or type the scan position and the place — in any of the app's
notations (decimal, DMS, UTM, MGRS: ``core.coords``) — and press Add point. Choose the
transform (affine, 2nd-order polynomial, thin-plate spline) and, if the sheet is drawn in
another grid than its UTM zone, the map's coordinate system. The table shows each point's
residual in metres and its leave-one-out error (the fit without it: for a thin-plate spline,
which passes through every point, that is what shows a misplaced point) and the RMS; a point
can be left out (Use) or deleted. Once the fit is good, "Save GeoTIFF and add as reference"
writes the georeferenced image (control points kept in it and beside it) and shows it under
the project.

Everything the user does to the georeferencing is a change set on the project details
(``core.reference_edits``): undoable (the dialog's Undo/Redo, Ctrl+Z / Ctrl+Shift+Z, or the
window's), journaled and saved with the project. Opening a scan to look at it changes
nothing: the georeferencing enters the project with its first control point. Reading the scan,
writing the GeoTIFF and reading it back run off the UI thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
)

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.coords import CoordinateError, parse_coordinate
from zoneeditor.core.georef import GeorefError, GeorefFit, fit
from zoneeditor.core.reference import ControlPoint, Georeference
from zoneeditor.core.reference_edits import (
    add_control_point,
    add_georeference,
    remove_control_point,
    set_georef_options,
    update_control_point,
)
from zoneeditor.core.reference_rows import GeorefSummary, georef_summary
from zoneeditor.gui.background import BackgroundJobs, Progress, error_text
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.georef_form import GeorefForm
from zoneeditor.gui.georef_save import GeorefSaver, default_output
from zoneeditor.gui.georef_views import Marker, scan_images
from zoneeditor.gui.reference_files import ask_scan_file
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.tool_messages import translated
from zoneeditor.io.reference.scan import load_scan


def _tr(text: str) -> str:
    return QCoreApplication.translate("GeorefDialog", text)


class GeorefDialog(GeorefForm):
    """The georeferencing dialog (one per window, kept while the window lives)."""

    # the table's columns, by name (tests and readers)
    COL_NUMBER, COL_USE, COL_PX, COL_PY, COL_LAT, COL_LON, COL_RESIDUAL, COL_LOO = range(8)

    def __init__(self, editor: Editor, window: WindowServices, canvas: MapCanvas) -> None:
        self.canvas = canvas
        super().__init__(canvas.scene, window.main_widget)
        self.setObjectName("georefDialog")
        self.setWindowTitle(self.tr("Georeference image"))
        self.editor = editor
        self.window_services = window
        self.canvas = canvas
        self._draft: Georeference | None = None  # the scan shown; in the project once used
        self._pages = 1
        self._pending_px: tuple[float, float] | None = None
        self._pending_ll: tuple[float, float] | None = None
        self._fit: GeorefFit | None = None
        self._summary: GeorefSummary | None = None
        self._folder = ""
        self._loader = BackgroundJobs(self, "scan-reader")
        self._saver = GeorefSaver(editor, self)
        self._connect_signals()
        app = QCoreApplication.instance()
        if app is not None:  # however the program ends, the map view's workers stop
            app.aboutToQuit.connect(self.map_view.close_workers)
        self.reload()

    def _connect_signals(self) -> None:
        self.open_button.clicked.connect(self.ask_scan)
        self.page.valueChanged.connect(self.on_page)
        self.method.activated.connect(self.on_method)
        self.crs.editingFinished.connect(self.on_crs)
        self.scan_view.picked.connect(self.on_scan_picked)
        self.map_view.picked.connect(self.on_map_picked)
        self.coordinate.returnPressed.connect(self.add_point)
        self.coordinate.textEdited.connect(self._on_coordinate_edited)
        self.px.valueChanged.connect(self._on_spin_edited)
        self.py.valueChanged.connect(self._on_spin_edited)
        self.add_button.clicked.connect(self.add_point)
        self.delete_button.clicked.connect(self.delete_point)
        self.undo_button.clicked.connect(self.editor.undo)
        self.redo_button.clicked.connect(self.editor.redo)
        self.save_button.clicked.connect(self.ask_save)
        self.close_button.clicked.connect(self.close)
        self.table.itemSelectionChanged.connect(self._update_markers)
        self.table.use_toggled.connect(self.set_enabled)
        self.table.delete_requested.connect(self.delete_point)
        self._saver.saved.connect(self._on_saved)
        self._saver.failed.connect(self._on_save_failed)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.editor.undo),
                           (QKeySequence.StandardKey.Redo, self.editor.redo)):
            for seq in QKeySequence.keyBindings(keys):
                QShortcut(seq, self, slot)
        editor = self.editor
        editor.document_changed.connect(self.on_document_changed)
        editor.session_changed.connect(self.on_session_changed)
        editor.history_changed.connect(self._update_history_buttons)
        editor.references.changed.connect(self.map_view.refresh)
        editor.references.ready.connect(self.map_view.update)

    # -- what is shown -------------------------------------------------------------------------
    @property
    def georeference(self) -> Georeference | None:
        """The georeferencing shown: the project's (once it has a point) or the draft."""
        if self._draft is None:
            return None
        return self.editor.document.project.meta.georeference(self._draft.id) or self._draft

    @property
    def in_project(self) -> bool:
        """True when the georeferencing shown is part of the project."""
        return (self._draft is not None and
                self.editor.document.project.meta.georeference(self._draft.id) is not None)

    @property
    def summary(self) -> GeorefSummary | None:
        """The control-point table, RMS, or why there is no fit (None without a scan)."""
        return self._summary

    def start(self) -> None:
        """Show the dialog's work: the scan already open, else the project's last
        georeferencing, else ask for a scan."""
        if self._draft is not None:
            return
        kept = self.editor.document.project.meta.georeferences
        if kept:
            self.continue_georeference(kept[-1])
        else:
            self.ask_scan()

    def ask_scan(self) -> None:
        """Ask for a scan or PDF annex and open it."""
        path = ask_scan_file(self, self._folder)
        if path:
            self._folder = str(Path(path).parent)
            self.open_scan(path)

    def open_scan(self, path: str | Path, page: int = 0, dpi: float = 200.0) -> None:
        """Show ``path`` (page ``page`` of a PDF), continuing the project's georeferencing of
        it if there is one."""
        path = str(Path(path).absolute())
        kept = next((g for g in self.editor.document.project.meta.georeferences
                     if g.source == path and g.page == page), None)
        self.continue_georeference(kept or Georeference.create(path, page, dpi=dpi))

    def continue_georeference(self, georef: Georeference) -> None:
        """Show ``georef`` (of the project, or a new draft) and read its scan."""
        self._draft = georef
        self._pending_px = self._pending_ll = None
        self.scan_view.set_image(None)
        self.scan_view.show_message(self.tr("Reading %1…").replace("%1", Path(georef.source)
                                                                     .name))
        self.reload()
        source, page, dpi = georef.source, georef.page, georef.dpi

        def work(_progress: Progress):
            scan = load_scan(source, page, dpi)
            image, preview = scan_images(scan.pixels)
            return image, preview, scan.pages

        self._loader.submit(work, on_done=self._on_scan_loaded, on_error=self._on_scan_failed)
        if georef.points:
            lons = [p.lon for p in georef.points]
            lats = [p.lat for p in georef.points]
            pad = 0.01
            self.map_view.show_bounds((min(lons) - pad, min(lats) - pad, max(lons) + pad,
                                       max(lats) + pad))
        else:
            self.map_view.set_view(self.canvas.viewport, settle=False)

    def _on_scan_loaded(self, result) -> None:
        image, preview, pages = result
        self._pages = max(1, int(pages))
        self.scan_view.set_image(image, preview)
        self.reload()

    def _on_scan_failed(self, exc: BaseException) -> None:
        self.scan_view.show_message(error_text(exc))
        self.hint.setText(error_text(exc))

    def wait(self, timeout_s: float = 60.0) -> bool:
        """Process events until the scan was read and any GeoTIFF written (tests)."""
        return self._loader.wait(timeout_s) and self._saver.wait(timeout_s) \
            and self.editor.references.wait(timeout_s)

    # -- following the project -----------------------------------------------------------------
    def on_document_changed(self, changeset: ChangeSet) -> None:
        """An edit, undo or redo of the project details: the points may have changed."""
        if changeset.meta is not None:
            self.reload()

    def on_session_changed(self, _session: object = None) -> None:
        """Another project: its georeferencing of this scan, if any, else a draft again."""
        if self._draft is not None:
            kept = self.editor.document.project.meta.georeference(self._draft.id)
            if kept is None:
                self._draft = replace(self._draft, points=())
        self.reload()

    def reload(self) -> None:
        """Fit, table, markers, options and buttons from the georeferencing shown."""
        g = self.georeference
        has_scan = self.scan_view.image is not None
        self.open_button.setEnabled(True)
        for w in (self.method, self.crs, self.px, self.py, self.coordinate, self.add_button,
                  self.table):
            w.setEnabled(g is not None and has_scan)
        if g is None:
            self._summary, self._fit = None, None
            self.scan_label.setText(self.tr("No scan"))
            self.page.setEnabled(False)
            self.save_button.setEnabled(False)
            self.delete_button.setEnabled(False)
            self._update_history_buttons()
            return
        name = Path(g.source).name
        self.scan_label.setText(name if g.page == 0 and self._pages == 1 else
                                self.tr("%1, page %2 of %3").replace("%1", name).replace(
                                    "%2", str(g.page + 1)).replace("%3", str(self._pages)))
        self.scan_label.setToolTip(g.source)
        self.page.blockSignals(True)
        self.page.setRange(1, self._pages)
        self.page.setValue(g.page + 1)
        self.page.blockSignals(False)
        self.page.setEnabled(self._pages > 1)
        self.method.setCurrentIndex(max(0, self.method.findData(g.method)))
        if not self.crs.hasFocus():
            self.crs.setText(g.crs)
        self._summary = georef_summary(g)
        try:
            self._fit = fit(g.points, g.method, g.crs)
        except GeorefError:
            self._fit = None
        if self.scan_view.image is not None:
            self.px.setMaximum(float(self.scan_view.image.width()))
            self.py.setMaximum(float(self.scan_view.image.height()))
        self._fill_table()
        self._show_quality()
        self._update_markers()
        self._update_history_buttons()
        self.save_button.setEnabled(self.in_project and self._fit is not None and has_scan
                                    and not self._saver.is_busy())
        self._update_hint()

    def _fill_table(self) -> None:
        assert self._summary is not None
        self.table.show_summary(self._summary)
        self.delete_button.setEnabled(bool(self._summary.rows))

    def _show_quality(self) -> None:
        summary = self._summary
        assert summary is not None
        if summary.error:
            self.rms.setText(translated(summary.error))
        elif summary.rms_m is not None:
            self.rms.setText(self.tr("RMS %1 m in %2").replace("%1", f"{summary.rms_m:.2f}")
                             .replace("%2", summary.crs))

    def _update_hint(self) -> None:
        if self.scan_view.image is None:
            return
        if self._pending_px is not None:
            text = self.tr("Now click the same place on the map, or type its coordinate and "
                           "press Enter")
        elif self._pending_ll is not None:
            text = self.tr("Now click the same place on the scan (or type its x and y) and "
                           "press Add point")
        else:
            text = self.tr("Click a landmark on the scan (a grid crossing, a junction), then "
                           "the same place on the map")
        self.hint.setText(text)

    def _update_history_buttons(self) -> None:
        h = self.editor.document.history
        self.undo_button.setEnabled(h.can_undo)
        self.redo_button.setEnabled(h.can_redo)
        self.undo_button.setToolTip(translated(h.undo_label))
        self.redo_button.setToolTip(translated(h.redo_label))

    def _selected_point(self) -> str | None:
        return self.table.selected_point()

    def _update_markers(self) -> None:
        g = self.georeference
        selected = self._selected_point()
        scan_marks: list[Marker] = []
        map_marks: list[Marker] = []
        f = self._fit
        for i, p in enumerate(g.points if g is not None else ()):
            fitted = None
            if f is not None:
                fitted = f.to_lonlat(p.px, p.py)
            scan_marks.append(Marker(i + 1, p.px, p.py, p.enabled, p.id == selected))
            map_marks.append(Marker(i + 1, p.lon, p.lat, p.enabled, p.id == selected, fitted))
        scan_guess = map_guess = None
        if f is not None and self._pending_ll is not None:
            scan_guess = f.pixel_of(*self._pending_ll)
        if f is not None and self._pending_px is not None:
            map_guess = f.to_lonlat(*self._pending_px)
        self.scan_view.set_markers(scan_marks, self._pending_px, scan_guess)
        self.map_view.set_markers(map_marks, self._pending_ll, map_guess)
        self.map_view.set_outline(self._outline())

    def _outline(self) -> list[tuple[float, float]]:
        """The scan's edge as the fit places it (16 steps a side)."""
        image, f = self.scan_view.image, self._fit
        if image is None or f is None:
            return []
        w, h = image.width(), image.height()
        t = np.linspace(0.0, 1.0, 17)
        edge = np.concatenate([np.column_stack([t * w, np.zeros_like(t)]),
                               np.column_stack([np.full_like(t, w), t * h]),
                               np.column_stack([(1 - t) * w, np.full_like(t, h)]),
                               np.column_stack([np.zeros_like(t), (1 - t) * h])])
        return [f.to_lonlat(float(x), float(y)) for x, y in edge]

    # -- placing points ------------------------------------------------------------------------
    def on_scan_picked(self, px: float, py: float) -> None:
        """A click on the scan: the scan half of a point (added at once when the place is
        already chosen on the map)."""
        self._set_spins(px, py)
        self._pending_px = (px, py)
        if self._pending_ll is not None:
            self.add_point()
            return
        self.coordinate.clear()
        self._update_markers()
        self._update_hint()
        self.coordinate.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_map_picked(self, lon: float, lat: float) -> None:
        """A click on the map: the place of a point (added at once when the scan position is
        already chosen)."""
        self._pending_ll = (lon, lat)
        self.coordinate.setText(f"{lat:.6f}, {lon:.6f}")
        if self._pending_px is not None:
            self.add_point()
            return
        self._update_markers()
        self._update_hint()

    def _set_spins(self, px: float, py: float) -> None:
        for spin, value in ((self.px, px), (self.py, py)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)

    def _on_spin_edited(self, _value: float) -> None:
        self._pending_px = None  # typed: the boxes are what counts

    def _on_coordinate_edited(self, _text: str) -> None:
        self._pending_ll = None  # typed: the text is what counts

    def add_point(self) -> bool:
        """Add the control point of the scan position and the place entered (one undo
        step); False, with the reason in the hint line, when something is missing."""
        g = self.georeference
        if g is None or self.scan_view.image is None:
            return False
        if self._pending_ll is not None:
            lon, lat = self._pending_ll
        else:
            try:
                lon, lat = parse_coordinate(self.coordinate.text())
            except CoordinateError as exc:
                self.hint.setText(self.tr("Not a place: %1").replace("%1", error_text(exc)))
                self.coordinate.setFocus(Qt.FocusReason.OtherFocusReason)
                return False
        px, py = (self._pending_px if self._pending_px is not None
                   else (self.px.value(), self.py.value()))
        point = ControlPoint.create(px, py, lon, lat)
        meta, version = self._meta(), self._version()
        if self.in_project:
            ok = self.editor.push(add_control_point(meta, version, g.id, point))
        else:  # the first point brings the georeferencing into the project: one step
            start = add_georeference(meta, version, replace(g, points=()))
            # georeferencing edits always change the project details
            assert start.meta is not None
            cs = add_control_point(start.meta[1], version, g.id, point)
            assert cs.meta is not None
            ok = self.editor.push(ChangeSet(cs.label, version, (), meta=(meta, cs.meta[1])))
        if ok:
            self._pending_px = self._pending_ll = None
            self.coordinate.clear()
            self.reload()
            self.table.selectRow(self.table.rowCount() - 1)
            self._show_on_map(lon, lat)
        return ok

    def _show_on_map(self, lon: float, lat: float) -> None:
        """Bring a typed place into the map view (a click there is in view already)."""
        w, s, e, n = self.map_view.viewport.bounds
        if w <= lon <= e and s <= lat <= n:
            return
        g = self.georeference
        lons = [p.lon for p in g.points] if g is not None else [lon]
        lats = [p.lat for p in g.points] if g is not None else [lat]
        pad = max(0.005, (max(lons) - min(lons)) * 0.3, (max(lats) - min(lats)) * 0.3)
        self.map_view.show_bounds((min(lons) - pad, min(lats) - pad, max(lons) + pad,
                                   max(lats) + pad), margin=0.0)

    def set_enabled(self, point_id: str, enabled: bool) -> bool:
        """Use a point for the fit, or leave it out (one undo step)."""
        draft = self._draft
        if draft is None or not self.in_project:
            return False
        return self.editor.push(update_control_point(
            self._meta(), self._version(), draft.id, point_id, enabled=enabled))

    def delete_point(self, point_id: str | None = None) -> bool:
        """Delete a control point (the selected one by default; one undo step)."""
        pid = point_id if isinstance(point_id, str) else self._selected_point()
        draft = self._draft
        if pid is None or draft is None or not self.in_project:
            return False
        return self.editor.push(remove_control_point(self._meta(), self._version(),
                                                     draft.id, pid))

    # -- options -------------------------------------------------------------------------------
    def on_method(self, _index: int = 0) -> None:
        """Another transform (one undo step once the georeferencing is in the project)."""
        self.set_options(method=self.method.currentData())

    def on_crs(self) -> None:
        """Another map grid."""
        text = self.crs.text().strip()
        g = self.georeference
        if g is not None and text != g.crs:
            self.set_options(crs=text)

    def set_options(self, method: str | None = None, crs: str | None = None) -> None:
        """Change the transform or the map grid of the georeferencing shown."""
        g = self.georeference
        if g is None:
            return
        if self.in_project:
            self.editor.push(set_georef_options(self._meta(), self._version(), g.id,
                                                method=method, crs=crs))
        else:
            self._draft = replace(g, method=method or g.method,
                                  crs=g.crs if crs is None else crs)
            self.reload()

    def on_page(self, page: int) -> None:
        """Another page of the PDF annex."""
        g = self.georeference
        if g is not None and page - 1 != g.page:
            self.open_scan(g.source, page - 1, g.dpi)

    # -- saving --------------------------------------------------------------------------------
    def default_output(self) -> str:
        """Where the GeoTIFF goes unless the user says otherwise."""
        g = self.georeference
        assert g is not None
        return default_output(g)

    def ask_save(self) -> None:
        """Ask where to write the GeoTIFF, then write it and add it as a reference."""
        if self.georeference is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save georeferenced image"),
                                              self.default_output(),
                                              self.tr("GeoTIFF (*.tif *.tiff)"))
        if path:
            if not path.lower().endswith((".tif", ".tiff")):
                path += ".tif"
            self.save(path)

    def save(self, out: str | Path) -> None:
        """Write the GeoTIFF at ``out`` off the UI thread, read it back and show it as a
        reference layer (the output and the new reference are one undo step)."""
        g = self.georeference
        if g is None or not self.in_project:
            return
        self.save_button.setEnabled(False)
        self.hint.setText(self.tr("Writing %1…").replace("%1", Path(out).name))
        self._saver.save(g, out)

    def _on_saved(self, out: str) -> None:
        self.reload()
        self.hint.setText(self.tr("Saved %1 and shown it as a reference layer").replace(
            "%1", Path(out).name))

    def _on_save_failed(self, sentence: str) -> None:
        self.reload()
        self.hint.setText(sentence)
        self.window_services.show_error(self.tr("Cannot save the georeferenced image"),
                                        sentence)

    # -- helpers -------------------------------------------------------------------------------
    def _meta(self):
        return self.editor.document.project.meta

    def _version(self) -> str:
        return self.editor.document.current_version

    def showEvent(self, event) -> None:
        """Shown (again): the map view's workers run while the dialog is open."""
        self.map_view.start_workers()
        self.size_views_once()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        """Closed (Close, Escape): hidden, not destroyed — its work is in the project and
        reopening continues it; the map view's workers stop."""
        self.map_view.close_workers()
        super().hideEvent(event)

