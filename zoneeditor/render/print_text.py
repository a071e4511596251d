"""Text on the printed sheet: bundled fonts only, sizes in points, right-to-left done by Qt.

Every string on a sheet is drawn through :func:`draw_text` / measured with
:func:`text_size`, so all of them use the bundled Noto fonts (Latin and Cyrillic from Noto
Sans, Arabic from Noto Naskh Arabic, picked per script by Qt's font fallback over the
family list) and get their paragraph direction from their first strong character. Shaping
and bidi ordering are Qt's (HarfBuzz + the Unicode bidi algorithm): nothing is reshaped or
reversed by hand, which is what goes wrong in tools that print Arabic backwards.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPen,
    QTextOption,
)

from zoneeditor.io.fonts import ARABIC_FAMILY, LATIN_FAMILY
from zoneeditor.render.fonts import register_fonts
from zoneeditor.render.labels import is_rtl


def sheet_families() -> list[str]:
    """The bundled families, Latin first then Arabic (registered once by render.fonts)."""
    return list(register_fonts()) or [LATIN_FAMILY, ARABIC_FAMILY]


def sheet_font(size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
    """A font of the bundled families at ``size_pt`` points (true points on paper).

    The family list makes Qt take Latin/Cyrillic glyphs from Noto Sans and Arabic from Noto
    Naskh Arabic; no system font is ever reached for the scripts we print.
    """
    font = QFont()
    font.setFamilies(sheet_families())
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setItalic(italic)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same metrics at any dpi
    return font


    return False


def text_option(text: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
                wrap: bool = False) -> QTextOption:
    """A QTextOption with the paragraph direction of ``text`` and the given alignment."""
    option = QTextOption(align)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if is_rtl(text)
                            else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
    return option


def text_size(font: QFont, text: str, device: QPaintDevice | None,
              max_width: float | None = None) -> QSizeF:
    """Size in device pixels of ``text`` set in ``font`` (wrapped to ``max_width`` if given)."""
    fm = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    if max_width is None:
        return QSizeF(fm.horizontalAdvance(text), fm.height())
    flags = int(Qt.TextFlag.TextWordWrap)
    r = fm.boundingRect(QRectF(0, 0, max_width, 1e6), flags, text)
    return QSizeF(min(max_width, r.width()), max(fm.height(), r.height()))


def draw_text(painter: QPainter, rect: QRectF, text: str, font: QFont,
              colour: QColor | str = "#000000",
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
              wrap: bool = False) -> None:
    """Draw ``text`` in ``rect`` with its own paragraph direction (RTL strings right-aligned
    when the alignment is left: a lone Arabic line reads from the right edge)."""
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor(colour)))
    painter.drawText(rect, text, text_option(text, align, wrap))
    painter.restore()
