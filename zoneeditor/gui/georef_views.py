"""The two views of the georeferencing dialog: the scan and the map, side by side.

Both zoom with the wheel (at the pointer), + and -, pan by dragging (any button; a left press
that does not move is a click) or with the arrow keys, and report a click as a position —
scan pixels (column, row; (0, 0) the top-left corner of the top-left pixel, as GDAL and
``core.reference.ControlPoint`` count) or lon/lat. They draw the control points (numbered;
left-out points grey, the selected one ringed), the position placed and waiting for its
partner, where the current fit puts it on the other side, and on the map each point's
residual (from where it was placed to where the fit puts its scan pixel) and the outline of
the scan as the fit places it.

The scan view draws a downscaled copy when zoomed out and only the visible part of the full
image when zoomed in, so a large scan pans smoothly. The map view is in
``gui.georef_map_view``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

#: Zoom factor of one wheel notch or one + / - key press.
ZOOM_STEP = 1.25
#: A left press that moves less than this (pixels) before release is a click.
CLICK_SLOP = 4
#: The longest side of the downscaled copy of a scan drawn when zoomed out.
PREVIEW_SIDE = 2048

POINT_COLOUR = QColor("#d00000")
OFF_COLOUR = QColor("#8a8a8a")
PENDING_COLOUR = QColor("#0060d0")
PREDICTED_COLOUR = QColor("#00a050")


@dataclass(frozen=True)
class Marker:
    """A control point drawn in a view: its number, where it is (scan px or lon/lat), whether
    it is used, whether it is selected, and (map) where the fit puts it."""

    number: int
    x: float
    y: float
    enabled: bool = True
    selected: bool = False
    fitted: tuple[float, float] | None = None


class PanZoomView(QWidget):
    """Wheel / key zoom, drag / key pan and click detection shared by both views."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(220, 180)
        self._press: QPointF | None = None
        self._last = QPointF()
        self._dragging = False
        self._button = Qt.MouseButton.NoButton
        self.markers: list[Marker] = []
        self.pending: tuple[float, float] | None = None
        self.predicted: tuple[float, float] | None = None

    # -- for subclasses ------------------------------------------------------------------------
    def pan(self, dx: float, dy: float) -> None:
        """Move the content by (dx, dy) screen pixels."""
        raise NotImplementedError

    def zoom_at(self, factor: float, x: float, y: float) -> None:
        """Zoom by ``factor`` keeping the point under (x, y) in place."""
        raise NotImplementedError

    def click(self, x: float, y: float) -> None:
        """A left click at (x, y) screen pixels."""

    def hover(self, x: float, y: float) -> None:
        """The pointer is at (x, y) screen pixels."""

    # -- markers -------------------------------------------------------------------------------
    def set_markers(self, markers: list[Marker], pending: tuple[float, float] | None,
                    predicted: tuple[float, float] | None) -> None:
        """The control points, the waiting position and the fit's guess to draw."""
        self.markers, self.pending, self.predicted = list(markers), pending, predicted
        self.update()

    def _draw_markers(self, p: QPainter, to_screen: Callable[[float, float],
                                                             tuple[float, float]]) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = QFont(p.font())
        font.setBold(True)
        p.setFont(font)
        for m in self.markers:
            x, y = to_screen(m.x, m.y)
            colour = POINT_COLOUR if m.enabled else OFF_COLOUR
            _cross(p, x, y, colour, 7, 2.0)
            if m.selected:
                p.setPen(QPen(QColor("#ffd000"), 3))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPointF(x, y), 11, 11)
            _label(p, x + 8, y - 8, str(m.number), colour)
        if self.predicted is not None:
            x, y = to_screen(*self.predicted)
            p.setPen(QPen(PREDICTED_COLOUR, 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(x, y), 9, 9)
        if self.pending is not None:
            x, y = to_screen(*self.pending)
            _cross(p, x, y, PENDING_COLOUR, 11, 2.5)

    # -- Qt events -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Any button starts a drag; a left press may turn out to be a click."""
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press = event.position()
        self._last = event.position()
        self._button = event.button()
        self._dragging = event.button() != Qt.MouseButton.LeftButton

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Pan while dragging; report the pointer otherwise."""
        pos = event.position()
        self.hover(pos.x(), pos.y())
        if self._press is None:
            return
        if not self._dragging and (pos - self._press).manhattanLength() > CLICK_SLOP:
            self._dragging = True
        if self._dragging:
            delta = pos - self._last
            self._last = pos
            self.pan(delta.x(), delta.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A left press released where it began is a click."""
        if self._press is not None and not self._dragging \
                and self._button == Qt.MouseButton.LeftButton:
            pos = event.position()
            self.click(pos.x(), pos.y())
        self._press = None
        self._dragging = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom at the pointer."""
        steps = event.angleDelta().y() / 120.0
        if steps:
            pos = event.position()
            self.zoom_at(ZOOM_STEP ** steps, pos.x(), pos.y())
            event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows pan, + and - zoom at the centre."""
        key = event.key()
        sx, sy = self.width() / 8.0, self.height() / 8.0
        pans: dict[int, tuple[float, float]] = {  # event.key() is an int
            Qt.Key.Key_Left: (sx, 0), Qt.Key.Key_Right: (-sx, 0),
            Qt.Key.Key_Up: (0, sy), Qt.Key.Key_Down: (0, -sy)}
        if key in pans:
            self.pan(*pans[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_at(ZOOM_STEP, self.width() / 2, self.height() / 2)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_at(1 / ZOOM_STEP, self.width() / 2, self.height() / 2)
        else:
            super().keyPressEvent(event)


def _cross(p: QPainter, x: float, y: float, colour: QColor, r: float, width: float) -> None:
    p.setPen(QPen(QColor(255, 255, 255, 220), width + 2.5))
    p.drawLine(QPointF(x - r, y), QPointF(x + r, y))
    p.drawLine(QPointF(x, y - r), QPointF(x, y + r))
    p.setPen(QPen(colour, width))
    p.drawLine(QPointF(x - r, y), QPointF(x + r, y))
    p.drawLine(QPointF(x, y - r), QPointF(x, y + r))


def _label(p: QPainter, x: float, y: float, text: str, colour: QColor) -> None:
    path = QPainterPath()
    path.addText(QPointF(x, y), p.font(), text)
    p.setPen(QPen(QColor(255, 255, 255, 230), 3))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.fillPath(path, colour)


class ScanView(PanZoomView):
    """The scan, zoomable; a click reports the scan pixel position (``picked``)."""

    #: A click at scan pixel position (column, row).
    picked = Signal(float, float)
    #: The pointer is over scan pixel position (column, row).
    hovered = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanView")
        self._image: QImage | None = None
        self._preview: QImage | None = None
        self._preview_factor = 1.0
        self._scale = 1.0  # screen pixels per scan pixel
        self._ox = 0.0
        self._oy = 0.0
        self.message = ""

    @property
    def image(self) -> QImage | None:
        """The scan shown (None before one is loaded)."""
        return self._image

    def set_image(self, image: QImage | None, preview: QImage | None = None) -> None:
        """Show ``image`` (with a downscaled ``preview`` for zoomed-out drawing), whole."""
        self._image = image
        self._preview = preview
        if image is not None and preview is not None and preview.width():
            self._preview_factor = image.width() / preview.width()
        else:
            self._preview_factor = 1.0
        self.fit_all()

    def show_message(self, text: str) -> None:
        """A line shown instead of the scan (loading, or why it cannot be shown)."""
        self.message = text
        self.update()

    def fit_all(self) -> None:
        """Show the whole scan."""
        if self._image is None or self._image.isNull():
            self.update()
            return
        w, h = max(1, self.width()), max(1, self.height())
        iw, ih = self._image.width(), self._image.height()
        self._scale = 0.96 * min(w / iw, h / ih)
        self._ox = (w - iw * self._scale) / 2
        self._oy = (h - ih * self._scale) / 2
        self.update()

    def to_scan(self, x: float, y: float) -> tuple[float, float]:
        """Scan pixel position under screen (x, y)."""
        return (x - self._ox) / self._scale, (y - self._oy) / self._scale

    def to_screen(self, px: float, py: float) -> tuple[float, float]:
        """Screen position of scan pixel position (px, py)."""
        return px * self._scale + self._ox, py * self._scale + self._oy

    def centre_on(self, px: float, py: float) -> None:
        """Pan so that scan position (px, py) is in the middle."""
        x, y = self.to_screen(px, py)
        self.pan(self.width() / 2 - x, self.height() / 2 - y)

    def pan(self, dx: float, dy: float) -> None:
        """Move the scan by (dx, dy) screen pixels."""
        self._ox += dx
        self._oy += dy
        self.update()

    def zoom_at(self, factor: float, x: float, y: float) -> None:
        """Zoom keeping the scan position under (x, y) in place (1/64 to 32 screen px per
        scan px)."""
        new = max(1 / 64, min(32.0, self._scale * factor))
        px, py = self.to_scan(x, y)
        self._scale = new
        self._ox = x - px * new
        self._oy = y - py * new
        self.update()

    def click(self, x: float, y: float) -> None:
        """Report a click on the scan (inside it) as a scan position."""
        if self._image is None:
            return
        px, py = self.to_scan(x, y)
        if 0 <= px <= self._image.width() and 0 <= py <= self._image.height():
            self.picked.emit(px, py)

    def hover(self, x: float, y: float) -> None:
        """Report the scan position under the pointer."""
        if self._image is not None:
            self.hovered.emit(*self.to_scan(x, y))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the whole scan in view when the view is resized before any zooming."""
        super().resizeEvent(event)
        if event.oldSize().width() <= 0:
            self.fit_all()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The visible part of the scan, then the markers."""
        p = QPainter(self)
        try:
            p.fillRect(self.rect(), QColor("#5a5a5a"))
            image = self._image
            if image is None or image.isNull():
                p.setPen(QColor("#ffffff"))
                p.drawText(self.rect().adjusted(12, 12, -12, -12),
                           Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                           self.message)
                return
            x0, y0 = self.to_scan(0, 0)
            x1, y1 = self.to_scan(self.width(), self.height())
            src = QRectF(QPointF(x0, y0), QPointF(x1, y1)).intersected(
                QRectF(0, 0, image.width(), image.height()))
            if not src.isEmpty():
                sx, sy = self.to_screen(src.left(), src.top())
                target = QRectF(sx, sy, src.width() * self._scale, src.height() * self._scale)
                preview = self._preview
                if preview is not None and self._scale * self._preview_factor <= 1.0:
                    f = self._preview_factor
                    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                    p.drawImage(target, preview, QRectF(src.left() / f, src.top() / f,
                                                        src.width() / f, src.height() / f))
                else:
                    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform,
                                    self._scale < 1.0)
                    p.drawImage(target, image, src)
            self._draw_markers(p, self.to_screen)
        finally:
            p.end()


def scan_images(pixels: np.ndarray) -> tuple[QImage, QImage]:
    """The scan as a QImage and a downscaled copy (longest side ``PREVIEW_SIDE``) to draw
    when zoomed out. Runs off the UI thread (QImage is not tied to it)."""
    h, w = int(pixels.shape[0]), int(pixels.shape[1])
    bands = int(pixels.shape[2])
    data = np.ascontiguousarray(pixels[..., :4] if bands >= 4 else pixels[..., :3])
    fmt = QImage.Format.Format_RGBA8888 if data.shape[2] == 4 else QImage.Format.Format_RGB888
    image = QImage(data.data, w, h, data.strides[0], fmt).copy()
    side = max(w, h)
    if side > PREVIEW_SIDE:
        preview = image.scaled(max(1, w * PREVIEW_SIDE // side), max(1, h * PREVIEW_SIDE // side),
                               Qt.AspectRatioMode.IgnoreAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
    else:
        preview = image
    return image, preview
