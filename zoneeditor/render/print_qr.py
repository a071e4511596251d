"""A QR code of the full fingerprint, painted as vector squares.

``segno`` computes the module matrix; we paint each dark run of modules as a rectangle, so
the code stays sharp at any zoom of the PDF and any printer resolution. Anyone with a phone
can read the full SHA-256 off the sheet and compare it with ``zoneeditor info``.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

#: Quiet zone around the code, in modules (what the QR standard asks for).
QUIET = 4


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR module matrix for ``text`` (True = dark), without quiet zone.

    Hex digests are encoded in upper case: QR's alphanumeric mode then applies, and a
    SHA-256 fits a version 4 code (33 modules) instead of version 5 in byte mode, so each
    module is larger on paper and scans more reliably.
    """
    if all(c in "0123456789abcdefABCDEF" for c in text):
        text = text.upper()
    code = segno.make(text, error="m", micro=False)
    return [[bool(v) for v in row] for row in code.matrix]


def paint_qr(painter: QPainter, rect: QRectF, text: str) -> float:
    """Paint the QR code of ``text`` in the largest square that fits ``rect`` (top-left).

    Returns the side of the square painted. Horizontal runs of dark modules become one
    rectangle each (fewer PDF objects, no hairline seams between neighbours).
    """
    matrix = qr_matrix(text)
    n = len(matrix) + 2 * QUIET
    side = min(rect.width(), rect.height())
    module = side / n
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(QRectF(rect.left(), rect.top(), side, side))
    painter.setBrush(QColor("#000000"))
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            painter.drawRect(QRectF(rect.left() + (QUIET + start) * module,
                                    rect.top() + (QUIET + r) * module,
                                    (c - start) * module, module))
    painter.restore()
    return side
