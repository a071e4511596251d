"""The print dialog's preview: one page of the sheet, scaled to fit, on a grey desk with a
drop shadow like a sheet of paper — or, instead of a page, why there is no sheet.

The image is painted by ``render.print_layout`` (``PrintJob.render_image``) at the preview's
resolution, so what the delegate sees is what the PDF, the PNG and the printer get
(``gui.print_dialog``).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


class PagePreview(QWidget):
    """Shows one page of a print job, scaled to fit, with a drop shadow like a sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(360, 300))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image: QImage | None = None
        self._message = ""
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#7a7a7a"))
        self.setPalette(pal)

    @property
    def image(self) -> QImage | None:
        """The page image shown (None while showing a message)."""
        return self._image

    def show_page(self, image: QImage) -> None:
        """Show a freshly painted page."""
        self._image, self._message = image, ""
        self.update()

    def show_message(self, text: str) -> None:
        """Show ``text`` instead of a page (why the sheet cannot be made)."""
        self._image, self._message = None, text
        self.update()

    @property
    def message(self) -> str:
        """The message shown, or ''."""
        return self._message

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the page image centred and scaled to fit, or the message."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # painted larger
        if self._image is not None and not self._image.isNull():
            iw, ih = self._image.width(), self._image.height()
            k = min((self.width() - 16) / iw, (self.height() - 16) / ih)
            w, h = iw * k, ih * k
            target = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
            painter.fillRect(target.translated(4, 4), QColor(0, 0, 0, 90))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, self._image)
        elif self._message:
            painter.setPen(QColor("#ffffff"))
            painter.drawText(self.rect().adjusted(20, 20, -20, -20),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._message)
        painter.end()
