"""Regression guard: PySide6 6.12.0 on Python 3.11 drops a reference from ``None`` on every
void Qt call (QPainter.setPen, drawLine, ...) and the interpreter aborts with
``none_dealloc`` after a few thousand paints. pyproject.toml bounds the version; this test
fails if an upgrade brings the fault back."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def paint_many(image: QImage, n: int) -> None:
    pen = QPen(QColor("#1f77b4"), 1.5)
    for i in range(n):
        p = QPainter(image)
        p.setPen(pen)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.drawLine(QLineF(0, i % 64, 63, 63 - i % 64))
        p.fillRect(0, 0, 2, 2, Qt.GlobalColor.white)
        p.end()


def test_void_qt_calls_do_not_leak_references_of_none(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    paint_many(image, 50)  # warm up caches that may legitimately hold None
    # Garbage left by earlier tests would release references to None while we count, so
    # collect it first and keep the collector out of the measured loop.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        paint_many(image, 3000)  # 15,000 void calls
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    # A faulty binding loses one reference per void call: 15,000 here. Threads of earlier
    # tests still finishing (a canvas's simplifier, a panel's worker) move it by a few hundred
    # at most, so a tenth of the calls separates the two cleanly.
    calls = 3000 * 5
    assert abs(after - before) < calls // 10, f"refcount of None moved by {after - before}"
