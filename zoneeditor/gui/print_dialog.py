"""The print dialog (File ▸ Print…, Ctrl+P: ``gui.print_action``): the sheet's options, a
live preview of it, and export to PDF or PNG or printing.

The preview (``gui.print_preview.PagePreview``) is the real sheet painted by
``render.print_layout`` into an image at the preview's resolution, so what the delegate sees
is what the PDF, the PNG and the printer get. Options changes restart a short timer, so
typing a title does not repaint on every key. Errors (a version without features, the diff
overlay missing, a disk full) are shown in the dialog with the file and the reason, never as
a traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import Project
from zoneeditor.core.naming import embedded, path_text, sentence
from zoneeditor.gui.elided_combo import ElidedComboBox
from zoneeditor.gui.print_preview import PagePreview
from zoneeditor.gui.tool_messages import error_text
from zoneeditor.i18n.lists import listed
from zoneeditor.i18n.values import version_title
from zoneeditor.render.print_layout import PrintJob
from zoneeditor.render.print_options import (
    DEFAULT_MAP_AREA,
    MAP_AREAS,
    PAPERS,
    PRESET_SCALES,
    MapLook,
    PrintOptions,
    default_banner,
    map_area_extent,
    suggested_file_name,
)

#: Extent choices of the dialog (``render.print_options.MAP_AREAS``).
EXTENT_VIEW, EXTENT_ALL, EXTENT_SCALE = "view", "all", "scale"
#: The preview's sheet is painted at this resolution at least, then scaled to fit.
PREVIEW_MIN_DPI = 72.0


class PrintDialog(QDialog):
    """Choose paper, extent, scale, texts and overlays; preview; export or print.

    ``view_extent`` is the lon/lat box the map window shows now ("current view"); without
    it the dialog offers the whole version and fixed scales only. The whole version is the
    default map area (``DEFAULT_MAP_AREA``). ``file_stem`` (the project file's stem) and
    ``folder`` make the file name the export offers (``suggested_file_name``).
    """

    #: Emitted after a file was written, with its path.
    exported = Signal(str)

    def chosen_version(self) -> str:
        """The name of the version chosen to print (the box shows display names)."""
        return str(self.version_box.currentData() or "")

    def __init__(self, project: Project, version: str,
                 view_extent: tuple[float, float, float, float] | None = None,
                 parent: QWidget | None = None, basemap=None, gazetteer=None,
                 look: MapLook | None = None, labels: str = "both",
                 references: tuple = (), file_stem: str = "", folder: str = ""
                 ) -> None:
        super().__init__(parent)
        #: Reference layers drawn under the project (``RenderReference``, bottom to top);
        #: their attributions go in the sheet's footer.
        self.references = tuple(references)
        self.setWindowTitle(self.tr("Print"))
        self.project = project
        #: What the suggested file names start with: the project file's stem (or title).
        self.file_stem = file_stem or project.meta.title
        self._folder = folder
        self.view_extent = view_extent
        self._basemap = basemap
        self._gazetteer = gazetteer
        self._job: PrintJob | None = None
        self.look = look or MapLook()
        self._initial_labels = labels
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._build(version)
        self._connect_signals()
        self.resize(1100, 700)
        self.refresh_now()

    # -- widgets ------------------------------------------------------------------------------
    def _build(self, version: str) -> None:
        self.version_box = ElidedComboBox()
        for name in self.project.versions:  # shown by display name, kept by name
            self.version_box.addItem(version_title(name), name)
        self.version_box.setCurrentIndex(max(0, self.version_box.findData(version)))
        self.paper_box = QComboBox()
        self.paper_box.addItems(list(PAPERS))
        self.paper_box.setCurrentText("A3")
        self.orientation_box = QComboBox()
        self.orientation_box.addItem(self.tr("Landscape"), True)
        self.orientation_box.addItem(self.tr("Portrait"), False)
        self.extent_box = QComboBox()
        titles = {EXTENT_ALL: self.tr("Whole version"), EXTENT_VIEW: self.tr("Current view"),
                  EXTENT_SCALE: self.tr("Fixed scale")}
        for area in MAP_AREAS:
            if area != EXTENT_VIEW or self.view_extent is not None:
                self.extent_box.addItem(titles[area], area)
        # The whole version by default: a sheet never cuts a zone off unless asked to
        self.extent_box.setCurrentIndex(max(0, self.extent_box.findData(DEFAULT_MAP_AREA)))
        self.scale_box = QComboBox()
        for n in PRESET_SCALES:
            self.scale_box.addItem(f"1:{n:,}", n)
        self.scale_box.setCurrentIndex(PRESET_SCALES.index(250_000))
        self.title_edit = QLineEdit(self.project.meta.title)
        self.subtitle_edit = QLineEdit()
        self.subtitle_edit.setPlaceholderText(self.tr("(version and comparison)"))
        self.banner_edit = QLineEdit(default_banner())  # in the interface language
        self.author_edit = QLineEdit(self.project.meta.author)
        self.author_edit.setPlaceholderText(self.tr("author or delegation"))
        self.diff_box = ElidedComboBox()
        self.labels_box = QComboBox()
        self.labels_box.addItem(self.tr("Both names side by side"), "both")
        self.labels_box.addItem(self.tr("Romanised names"), "en")
        self.labels_box.addItem(self.tr("Local (Arabic) names"), "local")
        self.labels_box.setCurrentIndex(max(0, self.labels_box.findData(self._initial_labels)))
        self.per_zone_check = QCheckBox(self.tr("One page per zone"))
        self.qr_check = QCheckBox(self.tr("QR code of the fingerprint"))
        self.qr_check.setChecked(True)
        self.grid_check = QCheckBox(self.tr("Latitude/longitude grid"))
        self.grid_check.setChecked(True)
        self.basemap_check = QCheckBox(self.tr("Countries and towns"))
        self.basemap_check.setChecked(True)
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(72, 600)
        self.dpi_spin.setValue(200)
        self.dpi_spin.setSuffix(self.tr(" dpi"))
        self._fill_diff_box()

        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version_box)
        form.addRow(self.tr("Paper:"), self.paper_box)
        form.addRow(self.tr("Orientation:"), self.orientation_box)
        form.addRow(self.tr("Map area:"), self.extent_box)
        form.addRow(self.tr("Scale:"), self.scale_box)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Subtitle:"), self.subtitle_edit)
        form.addRow(self.tr("Banner:"), self.banner_edit)
        form.addRow(self.tr("Prepared by:"), self.author_edit)
        form.addRow(self.tr("Show changes against:"), self.diff_box)
        form.addRow(self.tr("Map labels:"), self.labels_box)
        form.addRow(self.per_zone_check)
        form.addRow(self.qr_check)
        form.addRow(self.grid_check)
        form.addRow(self.basemap_check)
        form.addRow(self.tr("PNG resolution:"), self.dpi_spin)
        options_group = QGroupBox(self.tr("Sheet"))
        options_group.setLayout(form)

        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.png_button = QPushButton(self.tr("Export PNG…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for b in (self.pdf_button, self.png_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        self.preview = PagePreview()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.page_label = QLabel()
        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, 1)
        self.page_spin.setPrefix(self.tr("Page "))
        self.page_spin.setToolTip(self.tr("Page shown in the preview"))
        page_row = QHBoxLayout()
        page_row.addWidget(self.page_spin)
        page_row.addWidget(self.page_label, 1)
        left = QVBoxLayout()
        left.addWidget(options_group)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(page_row)
        right.addWidget(self.status)
        top = QHBoxLayout()
        top.addLayout(left, 0)
        top.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top, 1)
        outer.addLayout(buttons)
        self._update_scale_enabled()

    def _fill_diff_box(self) -> None:
        current = self.diff_box.currentData()
        self.diff_box.blockSignals(True)
        self.diff_box.clear()
        self.diff_box.addItem(self.tr("(none)"), None)
        for name in self.project.versions:
            if name != self.chosen_version():
                self.diff_box.addItem(version_title(name), name)  # the data: its real name
        index = self.diff_box.findData(current)
        self.diff_box.setCurrentIndex(max(0, index))
        self.diff_box.blockSignals(False)

    def _connect_signals(self) -> None:
        """Every option change schedules a preview refresh; buttons do their job."""
        for box in (self.paper_box, self.orientation_box, self.extent_box, self.scale_box,
                    self.diff_box, self.labels_box):
            box.currentIndexChanged.connect(self.on_options_changed)
        self.version_box.currentIndexChanged.connect(self.on_version_changed)
        for edit in (self.title_edit, self.subtitle_edit, self.banner_edit, self.author_edit):
            edit.textChanged.connect(self.on_options_changed)
        for check in (self.per_zone_check, self.qr_check, self.grid_check,
                      self.basemap_check):
            check.toggled.connect(self.on_options_changed)
        self.dpi_spin.valueChanged.connect(self.on_options_changed)
        self.page_spin.valueChanged.connect(self.on_options_changed)
        self.extent_box.currentIndexChanged.connect(self._update_scale_enabled)
        self._timer.timeout.connect(self.refresh_now)
        self.pdf_button.clicked.connect(self.on_export_pdf)
        self.png_button.clicked.connect(self.on_export_png)
        self.print_button.clicked.connect(self.on_print)
        self.close_button.clicked.connect(self.reject)

    def _update_scale_enabled(self) -> None:
        self.scale_box.setEnabled(self.extent_box.currentData() == EXTENT_SCALE)

    # -- options ------------------------------------------------------------------------------
    def options(self) -> PrintOptions:
        """The options the widgets describe (ValueError when they make no sheet)."""
        mode = self.extent_box.currentData()
        extent = map_area_extent(mode, self.view_extent)
        scale = self.scale_box.currentData() if mode == EXTENT_SCALE else None
        return PrintOptions(
            paper=self.paper_box.currentText(),
            landscape=bool(self.orientation_box.currentData()),
            title=self.title_edit.text().strip() or None,
            subtitle=self.subtitle_edit.text().strip(),
            banner=self.banner_edit.text().strip(),
            author=self.author_edit.text().strip(),
            extent=extent, scale=scale,
            diff_against=self.diff_box.currentData(),
            per_zone=self.per_zone_check.isChecked(),
            show_qr=self.qr_check.isChecked(),
            show_graticule=self.grid_check.isChecked(),
            show_basemap=self.basemap_check.isChecked(),
            labels=self.labels_box.currentData(),
            look=self.look,
            dpi=self.dpi_spin.value(),
        )

    def job(self) -> PrintJob:
        """A print job for the current options (ZoneEditorError/ValueError if impossible)."""
        options = self.options()
        if options.show_basemap and self._basemap is None:
            from zoneeditor.io.basemap import load_basemap
            from zoneeditor.io.gazetteer import load_gazetteer

            self._basemap, self._gazetteer = load_basemap(), load_gazetteer()
        return PrintJob(self.project, self.chosen_version(), options,
                        self._basemap, self._gazetteer, references=self.references)

    # -- slots --------------------------------------------------------------------------------
    def on_version_changed(self) -> None:
        """Another version: the comparison list changes too."""
        self._fill_diff_box()
        self.on_options_changed()

    def on_options_changed(self) -> None:
        """Restart the refresh timer."""
        self._timer.start()

    def refresh_now(self) -> None:
        """Paint the first page into the preview (or say why there is no sheet)."""
        self._timer.stop()
        try:
            job = self.job()
            pages = job.pages()
            options = job.options
            size = options.paper_size_mm()
            # Paint at twice the preview's own resolution, and never below PREVIEW_MIN_DPI,
            # then scale down: at the ~30 dpi an A3 sheet gets in a laptop's dialog, text a
            # few pixels high is measured unlike the PDF's and blocks ran into each other
            # (a tester saw a legend row over the fingerprint and no "Version:" line).
            fit = min(self.preview.width() / size.width(), self.preview.height() / size.height())
            dpi = max(PREVIEW_MIN_DPI, min(150.0, 2 * fit * 25.4 * self.devicePixelRatioF()))
            self.page_spin.blockSignals(True)
            self.page_spin.setRange(1, len(pages))
            self.page_spin.blockSignals(False)
            page = pages[self.page_spin.value() - 1]
            image, result = job.render_image(page, dpi)
        except (ZoneEditorError, ValueError) as exc:
            self._job = None
            self.preview.show_message(error_text(exc))
            self.status.setText(error_text(exc))
            self._set_outputs_enabled(False)
            return
        self._job = job
        self.preview.show_page(image)
        from zoneeditor.render.print_scalebar import format_scale

        scale = format_scale(result.scalebar.denominator) if result.scalebar else ""
        self.page_label.setText(sentence(self.tr("of %n, scale %1", "", len(pages)), scale)
                                + (" — " + embedded(job.zone_title(page)) if page.zone else ""))
        # isolated: in an Arabic sentence the groups of a fingerprint would read backwards
        self.status.setText(sentence(self.tr("Fingerprint %1"),
                                     job.identification().fingerprint_short))
        self._set_outputs_enabled(True)

    def _set_outputs_enabled(self, enabled: bool) -> None:
        for b in (self.pdf_button, self.png_button, self.print_button):
            b.setEnabled(enabled)

    def export_to(self, path: Path | str) -> list[Path]:
        """Write the sheet(s) to ``path`` (.pdf or .png); ZoneEditorError on failure."""
        path = Path(path)
        job = self._job or self.job()
        if path.suffix.lower() == ".png":
            return [p for p, _ in job.write_png(path)]
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        job.write_pdf(path)
        return [path]

    def suggested_path(self, suffix: str) -> str:
        """The file the save dialog offers: named for what the sheet shows
        (``suggested_file_name``), in the project's folder."""
        try:
            options = self.options()
        except ValueError:
            options = PrintOptions()
        name = suggested_file_name(self.file_stem, self.chosen_version(), options,
                                   suffix)
        return str(Path(self._folder) / name) if self._folder else name

    def _export(self, caption: str, pattern: str, suffix: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, caption, self.suggested_path(suffix),
                                              pattern)
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            written = self.export_to(path)
        except (ZoneEditorError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), error_text(exc))
            return
        # paths read left to right, listed as the interface language lists
        files = listed(path_text(p) for p in written)
        self.status.setText(substitute(self.tr("Wrote %1"), (files,)))
        self.exported.emit(str(written[0]))

    def on_export_pdf(self) -> None:
        """Ask for a file name and write the vector PDF."""
        self._export(self.tr("Export PDF"), self.tr("PDF documents (*.pdf)"), ".pdf")

    def on_export_png(self) -> None:
        """Ask for a file name and write the PNG image(s)."""
        self._export(self.tr("Export PNG"), self.tr("PNG images (*.png)"), ".png")

    def print_to(self, printer: QPrinter) -> None:
        """Paint every page on ``printer`` (its page layout set from the options)."""
        job = self._job or self.job()
        printer.setPageLayout(job.options.page_layout())
        painter = QPainter()
        if not painter.begin(printer):
            raise ZoneEditorError(self.tr("The printer could not be started."))
        try:
            for i, page in enumerate(job.pages()):
                if i:
                    printer.newPage()
                job.paint_page(painter, page)
        finally:
            painter.end()

    def on_print(self) -> None:
        """Qt's print dialog, then the pages to the chosen printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self._job is not None:
            printer.setPageLayout(self._job.options.page_layout())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except (ZoneEditorError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Printing failed"), error_text(exc))
