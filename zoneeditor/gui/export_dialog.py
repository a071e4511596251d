"""File ▸ Export…: files for other parties, with the shapefile field names shown first.

The dialog previews what will be written (files, for shapefiles the shortened field names
and why, text that the chosen encoding cannot hold) before anything is written; the export
itself runs on a background thread (``gui.background.BackgroundJobs``) with progress, is
written privately, read back and compared, and only then reported as done.

Versions are listed by their display names ("Agreed baseline", ``i18n.values.version_title``,
as everywhere in the window) and kept by name. The target's name follows the format and the
versions ticked until the user types or browses one; after that a change of format only
changes its extension.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.file_names import export_stem
from zoneeditor.core.messages import fill
from zoneeditor.core.model import Project
from zoneeditor.core.naming import isolate, ltr
from zoneeditor.gui.background import BackgroundJobs, error_text
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.tool_messages import translated
from zoneeditor.i18n.values import version_title
from zoneeditor.io.exchange import FORMATS, ExportReport, plan_export

#: Extensions the dialog gives its targets (a shapefile export without .zip is a folder).
_EXTENSIONS = {".zip", *(ext for _name, ext in FORMATS.values() if ext)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def counts_text(counts: dict[str, int]) -> str:
    """ "7 zones, 3 lines, 1 point": each count in its plural form (one source string for
    one and one for many, as the rest of the window writes counts, so English needs no
    translation file; each language gives its own forms)."""
    parts = []
    zones, lines, points = counts.get("zones", 0), counts.get("lines", 0), counts.get("points", 0)
    if zones:
        parts.append(QCoreApplication.translate("ExportDialog", "%n zone", None, zones)
                     if zones == 1 else
                     QCoreApplication.translate("ExportDialog", "%n zones", None, zones))
    if lines:
        parts.append(QCoreApplication.translate("ExportDialog", "%n line", None, lines)
                     if lines == 1 else
                     QCoreApplication.translate("ExportDialog", "%n lines", None, lines))
    if points:
        parts.append(QCoreApplication.translate("ExportDialog", "%n point", None, points)
                     if points == 1 else
                     QCoreApplication.translate("ExportDialog", "%n points", None, points))
    return ", ".join(parts) or _tr("nothing")


def summary(report: ExportReport) -> str:
    """What was exported, in the interface language with each count's plural form (the
    report's own ``summary()`` is the terminal's English line)."""
    return fill(_tr("Exported %1 to %2 (%3); read back and verified"),
                (counts_text(report.counts),
                 ", ".join(isolate(place) for place in report.places()),
                 FORMATS[report.plan.fmt][0]))


class ExportDialog(QDialog):
    """Choose format, versions, encoding and target; preview; export with verification."""

    #: Emitted after a verified export, with its one-line summary.
    exported = Signal(str)

    def __init__(self, project: Project, version: str, parent: QWidget | None = None,
                 folder: str = "", stem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.project = project
        self.report = None
        self._jobs = BackgroundJobs(self, "export")
        self._folder = folder or str(Path.home())
        #: What the target's name starts with: the project file's stem (or its title).
        self.stem = stem or project.meta.title
        self._auto_target = True  # the target follows the choices until the user sets one
        self._build(version)
        self._connect_signals()
        self.resize(760, 560)
        self.update_preview()

    def _build(self, version: str) -> None:
        self.format_box = QComboBox()
        for code, (name, _ext) in FORMATS.items():
            self.format_box.addItem(self.tr(name), code)
        self.versions = QListWidget()
        self.versions.setMaximumHeight(90)
        for name in self.project.versions:
            item = QListWidgetItem(version_title(name))  # "Agreed baseline", kept by name
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name == version
                               else Qt.CheckState.Unchecked)
            self.versions.addItem(item)
        self.encoding_box = QComboBox()
        self.encoding_box.addItem(self.tr("UTF-8 (recommended)"), "utf-8")
        self.encoding_box.addItem(self.tr("Windows-1256 (Arabic, for old readers)"), "cp1256")
        # file extensions isolated left to right: an Arabic sentence showed "zip." (outside
        # tester)
        self.zip_check = QCheckBox(self.tr("Pack the shapefiles into one %1 file")
                                   .replace("%1", ltr(".zip")))
        self.out_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Browse…"))
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Versions:"), self.versions)
        form.addRow(self.tr("Shapefile text:"), self.encoding_box)
        form.addRow("", self.zip_check)
        form.addRow(self.tr("Save to:"), out_row)

        self.preview = QTreeWidget()
        self.preview.setHeaderLabels([self.tr("File"), self.tr("Full field name"),
                                      self.tr("Name in the file")])
        self.preview.setColumnWidth(0, 260)
        self.preview.setColumnWidth(1, 200)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b00020")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Names a test finds them by (docs/testing.md, "The Export dialog")
        for widget, name in ((self.format_box, "exportFormat"), (self.versions, "exportVersions"),
                             (self.encoding_box, "exportEncoding"), (self.zip_check, "exportZip"),
                             (self.out_edit, "exportTarget"),
                             (self.browse_button, "exportBrowse"),
                             (self.preview, "exportPreview"),
                             (self.problems_label, "exportProblems"),
                             (self.state_label, "exportState"),
                             (self.export_button, "exportButton")):
            widget.setObjectName(name)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        #: Above the preview: what it lists (the field names only for shapefiles).
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        layout.addWidget(self.preview_note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.state_label)
        layout.addWidget(self.buttons)
        self._default_target()
        self._show_preview_columns(self.fmt() == "shp")

    def _connect_signals(self) -> None:
        self.format_box.currentIndexChanged.connect(self.on_format_changed)
        self.versions.itemChanged.connect(self.on_versions_changed)
        self.out_edit.textEdited.connect(self.on_target_edited)
        self.encoding_box.currentIndexChanged.connect(self.update_preview)
        self.zip_check.toggled.connect(self.on_format_changed)
        self.out_edit.textChanged.connect(self.update_preview)
        self.browse_button.clicked.connect(self.on_browse)
        self.buttons.accepted.connect(self.on_export)
        self.buttons.rejected.connect(self.reject)

    # -- choices ------------------------------------------------------------------------------
    def fmt(self) -> str:
        """The chosen format code (shp, gpkg, geojson, kml)."""
        return self.format_box.currentData()

    def chosen_versions(self) -> list[str]:
        """Names of the ticked versions, in project order."""
        return [str(item.data(Qt.ItemDataRole.UserRole))
                for item in (self.versions.item(i) for i in range(self.versions.count()))
                if item.checkState() == Qt.CheckState.Checked]

    def _extension(self) -> str:
        """The chosen format's extension ("" for a folder of shapefiles)."""
        fmt = self.fmt()
        if fmt == "shp":
            return ".zip" if self.zip_check.isChecked() else ""
        return FORMATS[fmt][1]

    def _default_target(self) -> None:
        """Name the target for what it will hold (``core.file_names.export_stem``): one
        version's name, or the versions ticked, never one version for several."""
        stem = export_stem(self.stem, self.chosen_versions(), len(self.project.versions))
        ext = self._extension()
        name = stem + ext if ext or self.fmt() != "shp" else f"{stem}-shapefiles"
        self._set_target(str(Path(self._folder) / name))

    def _set_target(self, path: str) -> None:
        """Show ``path`` as the target (not as the user's own choice)."""
        self.out_edit.blockSignals(True)
        self.out_edit.setText(path)
        self.out_edit.blockSignals(False)

    def _user_target_for_format(self) -> None:
        """The user's own target, with the chosen format's extension instead of another
        of ours ("win-shp" -> "win-shp.kml" and back)."""
        text = self.out_edit.text().strip()
        if not text:
            return
        path = Path(text)
        if path.suffix.casefold() in _EXTENSIONS:
            path = path.with_suffix("")
        self._set_target(str(path) + self._extension())

    def on_format_changed(self) -> None:
        """Shapefile-only options follow the format, and so does the target: named anew
        while it is ours, only its extension changed once the user chose one."""
        shp = self.fmt() == "shp"
        self.encoding_box.setEnabled(shp)
        self.zip_check.setEnabled(shp)
        if self._auto_target:
            self._default_target()
        else:
            self._user_target_for_format()
        self._show_preview_columns(shp)
        self.update_preview()

    def _show_preview_columns(self, shp: bool) -> None:
        """The field-name columns and their note only for shapefiles (the other formats
        keep every name whole)."""
        self.preview.setColumnHidden(1, not shp)
        self.preview.setColumnHidden(2, not shp)
        self.preview_note.setText(
            self.tr("Will be written (shapefile field names are at most 10 bytes: 10 Latin "
                    "letters, 5 Arabic or Cyrillic ones in UTF-8; the full names are saved "
                    "beside the files in %1):").replace("%1", ltr(".fields.json"))
            if shp else self.tr("Will be written:"))

    def on_versions_changed(self) -> None:
        """Versions ticked or unticked: the target's name says which (unless the user
        typed or chose one)."""
        if self._auto_target:
            self._default_target()
        self.update_preview()

    def on_target_edited(self) -> None:
        """The user typed a target: it stays as typed."""
        self._auto_target = False

    def on_browse(self) -> None:
        """Ask where to write."""
        if self.fmt() == "shp" and not self.zip_check.isChecked():
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the shapefiles"),
                                                    self._folder)
        else:
            ext = ".zip" if self.fmt() == "shp" else FORMATS[self.fmt()][1]
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"),
                                                  self.out_edit.text(), f"*{ext}")
        if path:
            self._folder = str(Path(path).parent)
            self._auto_target = False
            self.out_edit.setText(path)

    # -- preview and export -------------------------------------------------------------------
    def update_preview(self) -> None:
        """Show the files, renamed fields and problems of the export as now chosen."""
        self.preview.clear()
        self.report = None
        versions = self.chosen_versions()
        out = self.out_edit.text().strip()
        problems: list[str] = []
        if not versions:
            problems.append(self.tr("Tick at least one version."))
        if not out:
            problems.append(self.tr("Choose where to save."))
        if versions and out:
            try:
                plan = plan_export(self.project, versions, self.fmt(), out,
                                   self.encoding_box.currentData(), self.zip_check.isChecked())
            except (ZoneEditorError, KeyError) as exc:
                problems.append(error_text(exc))
            else:
                for name in plan.files:
                    item = QTreeWidgetItem([name, "", ""])
                    for long, short in plan.field_names.get(name, {}).items():
                        item.addChild(QTreeWidgetItem(["", long, short]))
                    self.preview.addTopLevelItem(item)
                    item.setExpanded(True)
                problems += [translated(p) for p in plan.problems]
        self.problems_label.setText("\n".join(problems[:8]))
        self.export_button.setEnabled(not problems and not self.is_busy())

    def field_mapping(self) -> dict[str, dict[str, str]]:
        """What the preview shows: file -> {full name: name in the file}."""
        out = {}
        for i in range(self.preview.topLevelItemCount()):
            item = self.preview.topLevelItem(i)
            assert item is not None  # i < topLevelItemCount()
            children = [item.child(j) for j in range(item.childCount())]
            out[item.text(0)] = {c.text(1): c.text(2) for c in children if c is not None}
        return out

    def is_busy(self) -> bool:
        """True while an export runs."""
        return self._jobs.is_busy()

    def on_export(self) -> None:
        """Write, verify and move into place in a worker thread."""
        from zoneeditor.io.exchange import export_versions

        project, versions, fmt = self.project, self.chosen_versions(), self.fmt()
        out, enc, zipped = (self.out_edit.text().strip(), self.encoding_box.currentData(),
                            self.zip_check.isChecked())
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.state_label.setText(_tr("Exporting…"))
        self._jobs.submit(lambda progress: export_versions(project, versions, fmt, out, enc,
                                                           zipped, progress),
                          on_done=self.on_exported,
                          on_error=lambda exc: self.on_failed(error_text(exc)),
                          on_progress=lambda text: self.state_label.setText(translated(text)))

    def on_exported(self, report) -> None:
        """Say what was written and verified."""
        self.progress.setVisible(False)
        self.report = report
        said = summary(report)
        self.state_label.setText("\n".join([said, *(translated(c) for c in report.checks)]))
        self.problems_label.setText("")
        self.export_button.setEnabled(True)
        self.exported.emit(said)

    def on_failed(self, text: str) -> None:
        """Say why nothing was written."""
        self.progress.setVisible(False)
        self.problems_label.setText(text)
        self.state_label.setText(self.tr("Nothing was exported; existing files are unchanged."))
        self.export_button.setEnabled(True)

    def done(self, result: int) -> None:
        """Closing waits for a running export to finish (it is never left half-written)."""
        self._jobs.join()
        super().done(result)


def open_export_dialog(editor: Editor, window: WindowServices) -> ExportDialog:
    """Show the export dialog for the editor's project and current version."""
    path = editor.session.path
    folder = str(path.parent) if path else ""
    dialog = ExportDialog(editor.document.project, editor.document.current_version,
                          window.main_widget, folder, path.stem if path else "")
    dialog.exported.connect(lambda summary: window.status(summary))
    dialog.open()
    return dialog


def install(editor: Editor, window: WindowServices) -> QAction:
    """Add File ▸ Export… (Ctrl+E) to the main window; returns the action."""
    action = QAction(_tr("&Export…"), window.main_widget)
    action.setShortcut("Ctrl+E")
    action.setObjectName("action_export")
    action.setStatusTip(_tr("Export shapefiles, GeoPackage, GeoJSON or KML for another "
                             "party"))
    action.triggered.connect(lambda: open_export_dialog(editor, window))
    window.add_file_action(action)
    return action
