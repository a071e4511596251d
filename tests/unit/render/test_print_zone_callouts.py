"""A zone's numbered callout reads at every resolution a sheet is written at.

On the sample's A3 comparison and per-zone pages the Idlib buffer zone's circle printed as a
black blob: the number was drawn with ``QPainter.drawText``, which resolves the font's
points at the device's resolution, while the map's sizes (the circle measured by the
renderer's ``TextPainter`` included) are 96-dpi pixels scaled by ``dpi/96``: the scale
counted twice, the digit 6.25 times too large on the 600 dpi PDF, 1.6 times on a 150 dpi PNG.
Here the number's ink is measured against its circle on a window-like 96 dpi image, PNG
images and a PDF; a two-digit number (a key of ten zones or more) gets a circle wide
enough for it (it was sized for the digits' height alone and "12" crossed the ring).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import shapely
from conftest import project_with, zone
from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from zoneeditor.core.viewport import Viewport
from zoneeditor.render.map_labels import Callout
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.print_map import print_style
from zoneeditor.render.scene import Scene

#: The map drawn in the tests: two inches square.
_INCHES = 2.0


def _callouts(dpi: float, number: int) -> tuple[MapPainter, list[Callout]]:
    """The callout of a pocket whose name found no place (crowded out), numbered
    ``number``, on a map of ``dpi`` (the renderer and style print uses on such a device)."""
    pocket = zone("p", shapely.box(36.0, 35.0, 36.004, 35.004), name="Tiny pocket")
    project = project_with(agreed=[pocket])
    side = round(_INCHES * dpi)
    view = Viewport.fit((35.9, 34.9, 36.1, 35.1), side, side, dpi=dpi)
    painter = MapPainter(print_style(dpi))
    scene = Scene(project=project, version="agreed", show_vertices=False,
                  label_language="en")
    callouts = painter.zone_callouts(view, scene, [], {"p": number})
    assert [c.number for c in callouts] == [number]
    return painter, callouts


def _ink(image: QImage, circle: QRectF, ring: float) -> tuple[float, float, int]:
    """(height, width, pixels outside the circle) of the dark pixels around ``circle``
    (three of its sizes each way), its ring of width ``ring`` left out: the number's ink,
    wherever it went."""
    centre, radius = circle.center(), circle.width() / 2
    d = circle.width()
    x0, y0 = max(0, int(circle.left() - d)), max(0, int(circle.top() - d))
    x1 = min(image.width() - 1, int(circle.right() + d))
    y1 = min(image.height() - 1, int(circle.bottom() + d))
    xs, ys, outside = [], [], 0
    for y in range(y0, y1 + 1):
        for x in range(x0, x1 + 1):
            r = ((x + 0.5 - centre.x()) ** 2 + (y + 0.5 - centre.y()) ** 2) ** 0.5
            if abs(r - radius) <= ring:
                continue
            if QColor(image.pixel(x, y)).lightness() < 110:
                xs.append(x)
                ys.append(y)
                outside += r > radius
    if not xs:
        return 0.0, 0.0, 0
    return max(ys) - min(ys) + 1, max(xs) - min(xs) + 1, outside


def _check(height: float, width: float, outside: int, diameter: float) -> None:
    """The number is a legible glyph inside its circle: neither missing nor spilling out
    (at 96 dpi it measures 0.65 of the circle's height, a "12" 0.65 of its width)."""
    assert outside == 0
    assert 0.45 * diameter <= height <= 0.8 * diameter, (height, diameter)
    assert 0.3 * diameter <= width <= 0.8 * diameter, (width, diameter)


@pytest.mark.parametrize("number", [6, 12])
@pytest.mark.parametrize("dpi", [96, 150, 600])
def test_the_callout_number_fits_its_circle_on_an_image_of_any_resolution(qapp, dpi, number):
    painter, callouts = _callouts(dpi, number)
    side = round(_INCHES * dpi)
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))  # as the PNG export sets it
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#ffffff"))
    qp = QPainter(image)
    painter.draw_callouts(qp, callouts)
    qp.end()
    circle = callouts[0].rect
    _check(*_ink(image, circle, painter.style.px(1.0)), circle.width())


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_the_callout_number_fits_its_circle_in_a_pdf(qapp, tmp_path: Path):
    dpi = 600  # the PDF's resolution for coordinates (render.print_output.PDF_RESOLUTION)
    painter, callouts = _callouts(dpi, 6)
    pdf = tmp_path / "callout.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setResolution(dpi)
    inches = QSizeF(_INCHES * 25.4, _INCHES * 25.4)
    writer.setPageLayout(QPageLayout(QPageSize(inches, QPageSize.Unit.Millimeter),
                                     QPageLayout.Orientation.Portrait, QMarginsF()))
    qp = QPainter(writer)
    painter.draw_callouts(qp, callouts)
    qp.end()
    raster = 300  # the PDF read back at another resolution than it was written at
    subprocess.run(["pdftoppm", "-r", str(raster), "-png", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)
    image = QImage(str(tmp_path / "page.png"))
    k = raster / dpi
    c = callouts[0].rect
    circle = QRectF(QPointF(c.left() * k, c.top() * k), QSizeF(c.width() * k, c.height() * k))
    _check(*_ink(image, circle, painter.style.px(1.0) * k), circle.width())
