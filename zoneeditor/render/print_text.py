"""Text on the printed sheet: bundled fonts only, sizes in points, right-to-left done by Qt.

Every string on a sheet is drawn through :func:`draw_text` / measured with
:func:`text_size`, so all of them use the bundled Noto fonts (Latin and Cyrillic from Noto
Sans, Arabic from Noto Naskh Arabic, picked per script by Qt's font fallback over the
family list). Data (a title, a name) gets its paragraph direction from its first strong
character; the sheet's own sentences and rows get the sheet's direction
(:func:`sheet_direction`: right to left for an Arabic sheet), and every figure, code or
name put into a sentence is isolated (``core.naming.sentence``). Shaping and bidi ordering
are Qt's (HarfBuzz + the Unicode bidi algorithm): nothing is reshaped or reversed by hand,
which is what goes wrong in tools that print Arabic backwards.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)

from zoneeditor.core.figures import area_figure
from zoneeditor.core.naming import figure
from zoneeditor.i18n import current_language
from zoneeditor.i18n import is_rtl as rtl_language
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


def sheet_direction() -> Qt.LayoutDirection:
    """The direction of the sheet's own sentences and rows: right to left when the sheet is
    printed in a right-to-left language (the language ``i18n.install`` installed, which
    also translates the sheet's words), else left to right."""
    return (Qt.LayoutDirection.RightToLeft if rtl_language(current_language())
            else Qt.LayoutDirection.LeftToRight)


def _tr(text: str) -> str:
    """The sheet's fixed texts in the interface language (English when none is installed)."""
    return QCoreApplication.translate("PrintLayout", text)


def area_text(km2: float, decimals: int = 0, sign: str = "") -> str:
    """An area as the sheet prints it: "6,951 km²", "6,951 كم²", "6,951 км²". Only the unit
    is translated; figures keep one format in every language, so two parties' sheets show
    the same digits. The number (with ``sign``) is isolated left to right and the unit
    follows in the sentence's direction (``core.naming.figure``, as the window writes
    units)."""
    return figure(sign + area_figure(km2, decimals), _tr("km²"))


def length_text(km: float) -> str:
    """A length as the sheet prints it: "500 m" under a kilometre, else "1 km", "2.5 km"
    (units translated, the number isolated as in ``area_text``)."""
    if km < 1:
        return figure(f"{round(km * 1000):g}", _tr("m"))
    return figure(f"{km:g}", _tr("km"))


def leading_split(rect: QRectF, width: float, gap: float,
                  direction: Qt.LayoutDirection) -> tuple[QRectF, QRectF]:
    """``rect`` cut into the strip ``width`` wide that a row starts with (a legend symbol,
    a zone's colour) and the text after it, ``gap`` apart: the strip at the left edge of a
    left-to-right sheet and at the right edge of a right-to-left one, where a row starts,
    so a symbol always sits beside its own text."""
    text_w = max(0.0, rect.width() - width - gap)
    if direction == Qt.LayoutDirection.RightToLeft:
        return (QRectF(rect.right() - width, rect.top(), width, rect.height()),
                QRectF(rect.left(), rect.top(), text_w, rect.height()))
    return (QRectF(rect.left(), rect.top(), width, rect.height()),
            QRectF(rect.left() + width + gap, rect.top(), text_w, rect.height()))


def text_option(text: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
                wrap: bool = False,
                direction: Qt.LayoutDirection | None = None) -> QTextOption:
    """A QTextOption with the given alignment and paragraph direction: ``direction`` when
    given (the sheet's own rows and sentences), else that of ``text``'s first strong
    character (data such as a title: an Arabic title reads from the right edge).

    A left alignment without ``AlignAbsolute`` is the leading edge: the right edge for a
    right-to-left paragraph."""
    option = QTextOption(align)
    if direction is None:
        direction = (Qt.LayoutDirection.RightToLeft if is_rtl(text)
                     else Qt.LayoutDirection.LeftToRight)
    option.setTextDirection(direction)
    # at word boundaries, and inside a word only when it is wider than the line (an
    # 80-letter name was cut at the zone key's column edge): ``text_size`` measures the same
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap
                       else QTextOption.WrapMode.NoWrap)
    return option


def text_size(font: QFont, text: str, device: QPaintDevice | None,
              max_width: float | None = None) -> QSizeF:
    """Size in device pixels of ``text`` set in ``font`` (wrapped to ``max_width`` if given)."""
    fm = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    if max_width is None:
        return QSizeF(fm.horizontalAdvance(text), fm.height())
    flags = int(Qt.TextFlag.TextWordWrap)
    r = fm.boundingRect(QRectF(0, 0, max_width, 1e6), flags, text)
    if r.width() > max_width + 0.5:  # a word wider than the line: broken inside it
        return QSizeF(max_width, _laid_out_height(font, text, device, max_width))
    return QSizeF(min(max_width, r.width()), max(fm.height(), r.height()))


def _laid_out_height(font: QFont, text: str, device: QPaintDevice | None,
                     width: float) -> float:
    """The height of ``text`` laid out as ``draw_text`` wraps it (``text_option``)."""
    layout = QTextLayout(text, font, device)
    layout.setTextOption(text_option(text, wrap=True))
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return height


def draw_text(painter: QPainter, rect: QRectF, text: str, font: QFont,
              colour: QColor | str = "#000000",
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
              wrap: bool = False, direction: Qt.LayoutDirection | None = None) -> None:
    """Draw ``text`` in ``rect`` with ``direction``, or by default its own paragraph
    direction (RTL strings right-aligned when the alignment is left: a lone Arabic line
    reads from the right edge)."""
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor(colour)))
    painter.drawText(rect, text, text_option(text, align, wrap, direction))
    painter.restore()
