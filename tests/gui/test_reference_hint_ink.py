"""The reference layers' "None yet…" hint is drawn whole inside its label, in Arabic, Russian
and English, at 1366×768 and in narrower or wider docks: an Arabic line that filled the
label's width was drawn a space's width too far left, and the dock's edge cut 3 px off its
closing «» (a reviewer; ``gui.wrapped_label``)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel, QStyle

from zoneeditor import i18n

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


@pytest.fixture
def hint(windows, qapp):
    """``make(lang)``: the reference layers' empty hint of a window at 1366×768 in
    ``lang``."""

    def make(lang: str) -> QLabel:
        assert i18n.install(qapp, lang) == lang
        window = windows.on_laptop()
        label = window.findChild(QLabel, "referenceEmpty")
        assert label is not None and label.isVisible()
        return label

    yield make
    windows.close_all()
    i18n.install(qapp, "en")


@pytest.mark.parametrize("lang", ["ar", "ru", "en"])
def test_the_hint_is_drawn_whole_at_every_width(hint, lang):
    label = hint(lang)
    assert max(ink_outside(label).values()) <= 0, ink_outside(label)
    cut = {}
    for width in range(180, 400, 3):  # a narrower or wider dock
        label.setFixedSize(width, label.heightForWidth(width))
        outside = ink_outside(label)
        if max(outside.values()) > 0:
            cut[width] = outside
    assert not cut, f"ink cut off at widths {cut}"
