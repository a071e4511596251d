"""A word wider than its column (an 80-letter zone name, a long code) is broken inside it on
the sheet, never cut at the column's edge: measured and drawn the same way."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from zoneeditor.render.print_text import draw_text, sheet_font, text_size


def test_a_word_wider_than_its_column_wraps_inside_the_column(qapp):
    font = sheet_font(9)
    word = "X" * 80
    width = 200.0
    one_line = text_size(font, "X", None).height()
    size = text_size(font, word, None, width)
    assert size.width() <= width
    assert size.height() >= 3 * one_line  # 80 letters take several lines of 200 px
    image = QImage(400, int(size.height()) + 20, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        draw_text(painter, QRectF(0, 0, width, size.height()), word, font, wrap=True)
    finally:
        painter.end()
    inked = [x for x in range(image.width()) for y in range(0, image.height(), 2)
             if image.pixelColor(x, y).lightness() < 128]
    assert inked and max(inked) <= width + 1  # nothing drawn beyond the column
    bottom = max(y for y in range(image.height()) for x in range(0, int(width), 3)
                 if image.pixelColor(x, y).lightness() < 128)
    assert bottom >= 2 * one_line  # the later lines are drawn, inside the measured height


def test_ordinary_sentences_are_measured_as_before(qapp):
    font = sheet_font(9)
    text = "Two sheets show the same content if and only if their fingerprints match."
    size = text_size(font, text, None, 150.0)
    assert 150.0 * 0.6 < size.width() <= 150.0
    assert size.height() >= 2 * text_size(font, "X", None).height()
