"""How much of a word-wrapped label's text is drawn outside its rectangle (the window would
cut it): ``gui.wrapped_label`` keeps room for it; a plain ``QLabel`` with word wrap lost the
end of an Arabic line that filled its width."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel, QStyle

#: Room around the label in the test image, to see ink the window would cut.
PAD = 20


def ink_outside(label: QLabel) -> dict[str, int]:
    """How many pixels of the label's text are drawn past each side of its rectangle
    (0 or less: none), the text drawn as ``QLabel.paintEvent`` draws it (its contents
    rectangle, its alignment made visual, word wrap) into an image with room around it."""
    image = QImage(label.width() + 2 * PAD, label.height() + 2 * PAD,
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(label.font())
    painter.setLayoutDirection(label.layoutDirection())
    painter.setPen(QColor("black"))
    inside = label.contentsRect().translated(PAD, PAD)
    align = QStyle.visualAlignment(label.layoutDirection(), label.alignment())
    painter.drawText(QRect(inside), int(align.value) | int(Qt.TextFlag.TextWordWrap.value),
                     label.text())
    painter.end()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4)[:, :image.width(), :3].min(axis=2)
    cols = np.flatnonzero(pixels.min(axis=0) < 250)
    rows = np.flatnonzero(pixels.min(axis=1) < 250)
    return {"left": int(PAD - cols[0]), "right": int(cols[-1] - (PAD + label.width() - 1)),
            "top": int(PAD - rows[0]), "bottom": int(rows[-1] - (PAD + label.height() - 1))}
