"""Saving a georeferencing: where (``ask_output``), the GeoTIFF written off the UI thread,
then shown as a reference.

``GeorefSaver.save(georef, out)`` reads the scan, fits the points and writes the GeoTIFF
(``io.reference.scan.write_georeference``: control points kept in it and beside it), reads
it back as a reference (``new_reference``, in the reader child), and then, on the UI thread,
adds it to the project with the georeferencing's output path as **one undo step**. Saving
again to the same file refreshes the reference already there (its pixels changed) instead of
adding a second one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from zoneeditor.core.reference import Georeference, ReferenceLayer
from zoneeditor.core.reference_edits import set_georef_options
from zoneeditor.gui.background import BackgroundJobs, Progress, error_text
from zoneeditor.gui.editor import Editor
from zoneeditor.io.reference import LoadedReference, new_reference
from zoneeditor.io.reference.scan import write_georeference


def default_output(georef: Georeference) -> str:
    """Where the GeoTIFF goes unless the user says otherwise: the last output, else the
    scan's name with "-georef.tif" (and the PDF page) beside it."""
    if georef.output:
        return georef.output
    src = Path(georef.source)
    suffix = "" if georef.page == 0 else f"-p{georef.page + 1}"
    return str(src.with_name(f"{src.stem}{suffix}-georef.tif"))


def ask_output(parent: QWidget, georef: Georeference) -> str:
    """Ask where to write the GeoTIFF of ``georef`` (``default_output`` offered); the path,
    ending in .tif, or "" when the user cancelled. Its texts are the dialog's
    ("GeorefDialog" context)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("GeorefDialog", "Save georeferenced image"),
        default_output(georef), QCoreApplication.translate("GeorefDialog",
                                                           "GeoTIFF (*.tif *.tiff)"))
    if path and not path.lower().endswith((".tif", ".tiff")):
        path += ".tif"
    return path


class GeorefSaver(QObject):
    """Writes georeferenced scans and adds them as reference layers (one per dialog)."""

    #: The GeoTIFF at this path was written and is shown as a reference layer.
    saved = Signal(str)
    #: It could not be written or read back: the sentence to show.
    failed = Signal(str)

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._jobs = BackgroundJobs(self, "georef-writer")

    def is_busy(self) -> bool:
        """True while a GeoTIFF is being written or read back."""
        return self._jobs.is_busy()

    def wait(self, timeout_s: float = 60.0) -> bool:
        """Process events until the save is done (tests)."""
        return self._jobs.wait(timeout_s)

    def save(self, georef: Georeference, out: str | Path) -> None:
        """Write ``georef`` to ``out`` off the UI thread, then show it (``saved`` or
        ``failed`` follows)."""
        out = str(Path(out).absolute())

        def work(_progress: Progress) -> tuple[ReferenceLayer, LoadedReference]:
            written, _fit = write_georeference(georef, out)
            return new_reference(written)

        self._jobs.submit(work, on_done=lambda r: self._on_written(georef.id, out, r),
                          on_error=lambda exc: self.failed.emit(error_text(exc)))

    def _on_written(self, georef_id: str, out: str,
                    result: tuple[ReferenceLayer, LoadedReference]) -> None:
        layer, data = result
        editor = self._editor
        state = editor.references
        meta, version = editor.document.project.meta, editor.document.current_version
        g = meta.georeference(georef_id)
        before = None
        if g is not None and g.output != out:
            before = set_georef_options(meta, version, georef_id, output=out)
        known = next((r for r in state.layers() if Path(r.path) == Path(out)), None)
        if known is not None:  # written again: the same reference shows the new pixels
            state.replace_data(known.id, data)
            if before is not None:
                editor.push(before)
            if not known.visible:
                state.set_visible(known.id, True)
        elif not state.add_layer(layer, data, before):
            return  # refused: the editor said why in the status bar
        self.saved.emit(out)
