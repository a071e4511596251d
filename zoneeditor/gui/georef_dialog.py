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

Here: the dialog's behaviour (what a click, a key or a button does, what is shown). The
georeferencing worked on and its change sets are ``gui.georef_work``; the point being placed,
``gui.georef_entry``; what the views draw over the scan and the map, ``gui.georef_marks``;
the widgets, ``gui.georef_form``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.coords import CoordinateError
from zoneeditor.core.georef import GeorefFit
from zoneeditor.core.messages import substitute
from zoneeditor.core.naming import ltr, path_text
from zoneeditor.core.reference import ControlPoint, Georeference
from zoneeditor.core.reference_rows import GeorefSummary
from zoneeditor.gui.background import BackgroundJobs, Progress, error_text
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.georef_entry import PointEntry
from zoneeditor.gui.georef_form import GeorefForm
from zoneeditor.gui.georef_marks import point_marks, scan_outline
from zoneeditor.gui.georef_save import GeorefSaver, ask_output
from zoneeditor.gui.georef_views import scan_images
from zoneeditor.gui.georef_work import GeorefWork
from zoneeditor.gui.read_only import read_only_tip
from zoneeditor.gui.reference_files import ask_scan_file
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.tool_messages import translated
from zoneeditor.io.reference.scan import load_scan


class GeorefDialog(GeorefForm):
    """The georeferencing dialog (one per window, kept while the window lives)."""

    def __init__(self, editor: Editor, window: WindowServices, canvas: MapCanvas) -> None:
        self.canvas = canvas
        super().__init__(canvas.scene, window.main_widget)
        self.setObjectName("georefDialog")
        self.setWindowTitle(self.tr("Georeference image"))
        self.editor = editor
        self.window_services = window
        self.canvas = canvas
        #: The georeferencing shown (a draft until its first point) and its change sets.
        self.work = GeorefWork(editor)
        self._pages = 1
        #: The control point being placed (its scan half and its place).
        self.entry = PointEntry(self.px, self.py, self.coordinate)
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
        return self.work.georeference

    @property
    def in_project(self) -> bool:
        """True when the georeferencing shown is part of the project."""
        return self.work.in_project

    @property
    def summary(self) -> GeorefSummary | None:
        """The control-point table, RMS, or why there is no fit (None without a scan)."""
        return self._summary

    def start(self) -> None:
        """Show the dialog's work: the scan already open, else the project's last
        georeferencing, else ask for a scan."""
        if self.work.draft is not None:
            return
        kept = self.work.last_kept()
        if kept is not None:
            self.continue_georeference(kept)
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
        self.continue_georeference(self.work.for_scan(path, page, dpi))

    def continue_georeference(self, georef: Georeference) -> None:
        """Show ``georef`` (of the project, or a new draft) and read its scan."""
        self.work.draft = georef
        self.entry.forget()
        self.scan_view.set_image(None)
        self.scan_view.show_message(self.tr("Reading %1…").replace(
            "%1", path_text(Path(georef.source).name)))
        self.reload()
        source, page, dpi = georef.source, georef.page, georef.dpi

        def work(_progress: Progress):
            scan = load_scan(source, page, dpi)
            image, preview = scan_images(scan.pixels)
            return image, preview, scan.pages

        self._loader.submit(work, on_done=self._on_scan_loaded, on_error=self._on_scan_failed)
        if georef.points:
            self.map_view.show_places([(p.lon, p.lat) for p in georef.points], pad=0.01)
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
        self.work.session_changed()
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
                                substitute(self.tr("%1, page %2 of %3"),
                                           (name, str(g.page + 1), str(self._pages))))
        self.scan_label.setToolTip(g.source)
        self.page.blockSignals(True)
        self.page.setRange(1, self._pages)
        self.page.setValue(g.page + 1)
        self.page.blockSignals(False)
        self.page.setEnabled(self._pages > 1)
        self.method.setCurrentIndex(max(0, self.method.findData(g.method)))
        if not self.crs.hasFocus():
            self.crs.setText(g.crs)
        self._summary, self._fit = self.work.fitted()
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
            self.rms.setText(substitute(self.tr("RMS %1 m in %2"),
                                        (f"{summary.rms_m:.2f}", summary.crs)))

    def _update_hint(self) -> None:
        if self.scan_view.image is not None:
            self.hint.setText(self.entry.next_step())

    def _update_history_buttons(self) -> None:
        editor = self.editor
        h = editor.document.history
        undo_why = editor.history_refusal(h.index - 1) if h.can_undo else ""
        redo_why = editor.history_refusal(h.index + 1) if h.can_redo else ""
        self.undo_button.setEnabled(h.can_undo and not undo_why)
        self.redo_button.setEnabled(h.can_redo and not redo_why)
        for button, label, why in ((self.undo_button, h.undo_label, undo_why),
                                   (self.redo_button, h.redo_label, redo_why)):
            tip = translated(label)
            button.setToolTip(read_only_tip(tip, why) if why else tip)

    def _update_markers(self) -> None:
        entry = self.entry
        marks = point_marks(self.georeference, self._fit, self.table.selected_point(),
                            entry.scan, entry.place)
        self.scan_view.set_markers(marks.scan, entry.scan, marks.scan_guess)
        self.map_view.set_markers(marks.map, entry.place, marks.map_guess)
        image = self.scan_view.image
        self.map_view.set_outline([] if image is None else
                                  scan_outline(self._fit, image.width(), image.height()))

    # -- placing points ------------------------------------------------------------------------
    def on_scan_picked(self, px: float, py: float) -> None:
        """A click on the scan: the scan half of a point (added at once when the place is
        already chosen on the map)."""
        if self.entry.scan_picked(px, py):
            self.add_point()
            return
        self._update_markers()
        self._update_hint()
        self.entry.focus_place()

    def on_map_picked(self, lon: float, lat: float) -> None:
        """A click on the map: the place of a point (added at once when the scan position is
        already chosen)."""
        if self.entry.place_picked(lon, lat):
            self.add_point()
            return
        self._update_markers()
        self._update_hint()

    def add_point(self) -> bool:
        """Add the control point of the scan position and the place entered (one undo
        step); False, with the reason in the hint line, when something is missing."""
        if self.georeference is None or self.scan_view.image is None:
            return False
        try:
            px, py, lon, lat = self.entry.values()
        except CoordinateError as exc:
            self.hint.setText(self.tr("Not a place: %1").replace("%1", error_text(exc)))
            self.entry.focus_place()
            return False
        ok = self.work.add_point(ControlPoint.create(px, py, lon, lat))
        if ok:
            self.entry.clear()
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
        places = [(p.lon, p.lat) for p in g.points] if g is not None else [(lon, lat)]
        lons, lats = [x for x, _y in places], [y for _x, y in places]
        pad = max(0.005, (max(lons) - min(lons)) * 0.3, (max(lats) - min(lats)) * 0.3)
        self.map_view.show_places(places, pad, margin=0.0)

    def set_enabled(self, point_id: str, enabled: bool) -> bool:
        """Use a point for the fit, or leave it out (one undo step)."""
        return self.work.set_enabled(point_id, enabled)

    def delete_point(self, point_id: str | None = None) -> bool:
        """Delete a control point (the selected one by default; one undo step)."""
        pid = point_id if isinstance(point_id, str) else self.table.selected_point()
        return pid is not None and self.work.delete_point(pid)

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
        if self.work.set_options(method, crs):  # the draft changed: no document change
            self.reload()

    def on_page(self, page: int) -> None:
        """Another page of the PDF annex."""
        g = self.georeference
        if g is not None and page - 1 != g.page:
            self.open_scan(g.source, page - 1, g.dpi)

    # -- saving --------------------------------------------------------------------------------
    def ask_save(self) -> None:
        """Ask where to write the GeoTIFF, then write it and add it as a reference."""
        g = self.georeference
        path = ask_output(self, g) if g is not None else ""
        if path:
            self.save(path)

    def save(self, out: str | Path) -> None:
        """Write the GeoTIFF at ``out`` off the UI thread, read it back and show it as a
        reference layer (the output and the new reference are one undo step)."""
        g = self.georeference
        if g is None or not self.in_project:
            return
        self.save_button.setEnabled(False)
        self.hint.setText(self.tr("Writing %1…").replace("%1", ltr(Path(out).name)))
        self._saver.save(g, out)

    def _on_saved(self, out: str) -> None:
        self.reload()
        self.hint.setText(self.tr("Saved %1 and shown it as a reference layer").replace(
            "%1", ltr(Path(out).name)))

    def _on_save_failed(self, sentence: str) -> None:
        self.reload()
        self.hint.setText(sentence)
        self.window_services.show_error(self.tr("Cannot save the georeferenced image"),
                                        sentence)

    # -- shown and hidden ----------------------------------------------------------------------
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

