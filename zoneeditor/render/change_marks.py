"""Markers of changes on the map: letters in dark squares, never numbers in circles.

A compared map carries two kinds of markers that send the reader to a list: the zone key's
numbers (a zone whose name has no room gets a white circle with its number in the key,
``render.map_labels``) and the changes (on paper the pieces of land changing hands listed
in the Changes block, ``render.print_changes``; in the window and on paper the overlay's
figures that found no room and went into its key, ``render.diff_overlay``). Both were
circled numbers: a circled "2" on Eastern Ghouta was read as the key's zone 2 (Northern
Hama), a circled "1" on Idlib's edge as "1 Idlib". So a change is marked otherwise in every
way a reader can see: a square (not a circle), filled dark or in the overlay's colour with
a white letter (not white with a dark digit: the difference survives a grey photocopy),
and a letter (not a number). The list next to the map shows the same square.

The letters are the interface language's own, in the order its lists use (a translation
of ``LETTERS``): A B C … on an English sheet, А Б В … (ГОСТ 2.105's list letters) on a
Russian one, أ ب ج د … (the abjad order Arabic lists use) on an Arabic one. Each sequence
leaves out letters that look like digits, since digits are the other kind of marker: I and
O; З, О and Ч; ا (bare alif, written أ) and ه (written هـ, apart from ٥). See
docs/printing.md, "Markers: zones numbered, changes lettered".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

#: The English sequence (the source text of the translation ``mark_letters`` reads):
#: capital letters without I and O, which read as 1 and 0 next to the zone key's numbers.
#: A translation lists its language's letters in the order its lists use, space-separated,
#: leaving out any that looks like a digit.
LETTERS = str(QT_TRANSLATE_NOOP("ChangeMarks",
                                "A B C D E F G H J K L M N P Q R S T U V W X Y Z"))

#: A printed piece of land changing hands: dark square, white letter.
MARK_FILL = "#202020"
MARK_TEXT = "#ffffff"


def mark_letters() -> tuple[str, ...]:
    """The letters that mark changes, in order, in the interface language (``LETTERS``
    translated; English when no translation is installed or it is empty)."""
    text = QCoreApplication.translate("ChangeMarks", LETTERS)
    return tuple(text.split()) or tuple(LETTERS.split())


def change_mark(index: int) -> str:
    """The mark of the ``index``-th change (0-based): A, B, …, Z, then AA, AB, … (as a
    spreadsheet names columns), so marks never run out and never repeat."""
    if index < 0:
        raise ValueError(f"a change mark's index is 0 or more, not {index}")
    letters = mark_letters()
    out = ""
    i = index + 1
    while i > 0:
        i, r = divmod(i - 1, len(letters))
        out = letters[r] + out
    return out


def mark_path(rect: QRectF) -> QPainterPath:
    """The outline of a change marker filling ``rect``: a square with slightly rounded
    corners (a zone callout is a circle)."""
    path = QPainterPath()
    radius = min(rect.width(), rect.height()) * 0.12
    path.addRoundedRect(rect, radius, radius)
    return path


def mark_rect(centre_x: float, centre_y: float, text_width: float,
              text_height: float) -> QRectF:
    """The box of a marker around a letter of ``text_width`` × ``text_height`` (its ink or
    line height): square, or wider for a wide mark ("Ш", "AB"), centred on the point."""
    side = text_height * 1.15
    width = max(side, text_width + text_height * 0.5)
    return QRectF(centre_x - width / 2, centre_y - side / 2, width, side)


def paint_mark_box(painter: QPainter, rect: QRectF, fill: QColor | str,
                   outline_width: float) -> None:
    """Draw a change marker's square in ``fill`` with a thin white edge (so it stands out
    of dark hatching); the caller draws the letter in ``MARK_TEXT`` on it."""
    painter.save()
    painter.setPen(QPen(QColor(MARK_TEXT), outline_width))
    painter.setBrush(QColor(fill))
    painter.drawPath(mark_path(rect))
    painter.restore()


def mark_font(font: QFont, mark: str, rect: QRectF) -> QFont:
    """``font`` resized so the ink of ``mark`` fills its square ``rect`` (62 % of its height,
    at most 75 % of its width): the window's markers are a few pixels high, and an Arabic
    letter at the Latin letters' size lost its marks (أ read as a bare alif, a "1")."""
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, mark)
    ink = path.boundingRect()
    out = QFont(font)
    if ink.isEmpty() or font.pixelSize() <= 0:
        return out
    scale = min(0.62 * rect.height() / ink.height(), 0.75 * rect.width() / ink.width())
    out.setPixelSize(max(5, round(font.pixelSize() * scale)))
    return out
