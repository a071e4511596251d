"""Output of a print job: an image (PNG, preview), a vector PDF, or PNG files.

Only the device differs between them; every page is painted by ``PrintJob.paint_page``.
Files are replaced atomically (``io.atomic``): a failed export leaves the previous file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

from zoneeditor import __version__
from zoneeditor.core.errors import WriteError
from zoneeditor.core.messages import Message
from zoneeditor.io.atomic import atomic_path
from zoneeditor.io.os_errors import os_reason

if TYPE_CHECKING:
    from zoneeditor.render.print_layout import PageResult, PrintJob
    from zoneeditor.render.print_sheet import Page

#: PDF coordinate resolution (dots per inch). Output is vector; this only sets the
#: precision of coordinates and the pixel size the map style is scaled to.
PDF_RESOLUTION = 600


def metrics_device() -> QPdfWriter:
    """A PDF device of ``PDF_RESOLUTION`` that is never painted on (so it never opens its
    file): every sheet is laid out with its text measured here (``PrintJob.layout``),
    whatever device it is then painted on."""
    writer = QPdfWriter(os.devnull)
    writer.setResolution(PDF_RESOLUTION)
    return writer


def render_image(job: PrintJob, page: Page, dpi: float) -> tuple[QImage, PageResult]:
    """The page as an RGB image at ``dpi`` (PNG export, dialog preview)."""
    size = job.options.paper_size_mm()
    w = max(1, round(size.width() / 25.4 * dpi))
    h = max(1, round(size.height() / 25.4 * dpi))
    image = QImage(w, h, QImage.Format.Format_RGB32)
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        result = job.paint_page(painter, page)
    finally:
        painter.end()
    return image, result


def write_pdf(job: PrintJob, path: Path | str) -> list[PageResult]:
    """Write all pages to one vector PDF, atomically; WriteError when it cannot."""
    target = Path(path)
    results = []
    try:
        with atomic_path(target) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setPageLayout(job.options.page_layout())
            writer.setResolution(PDF_RESOLUTION)
            writer.setTitle(job.title())
            writer.setCreator(f"zoneeditor {__version__}")
            painter = QPainter()
            if not painter.begin(writer):
                raise WriteError(str(target), Message("the PDF could not be started"))
            try:
                for i, page in enumerate(job.pages()):
                    if i:
                        writer.newPage()
                    results.append(job.paint_page(painter, page))
            finally:
                painter.end()
    except OSError as exc:  # the system's refusal in our words, never its strerror
        raise WriteError(str(target), os_reason(exc)) from None
    return results

def write_png(job: PrintJob, path: Path | str) -> list[tuple[Path, PageResult]]:
    """Write each page as a PNG at the options' dpi, atomically; (file, result) each.

    One page goes to ``path``; per-zone pages go to ``<stem>-<n>.png`` beside it.
    """
    target = Path(path)
    pages = job.pages()
    written = []
    for page in pages:
        out = target if len(pages) == 1 else target.with_name(
            f"{target.stem}-{page.number}{target.suffix}")
        image, result = job.render_image(page, job.options.dpi)
        try:
            with atomic_path(out) as tmp:
                # PySide6's stub types the format as bytes; at run time only str is taken
                if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]  # stub
                    raise WriteError(str(out), Message("the image could not be encoded"))
        except OSError as exc:
            raise WriteError(str(out), os_reason(exc)) from None
        written.append((out, result))
    return written
