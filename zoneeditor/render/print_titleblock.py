"""Text blocks of the sheet: banner, title, identification (version, fingerprint, QR), footer.

Each block measures itself (``height(device, width)``) from real font metrics before it is
placed, so the layout can guarantee that nothing overlaps whatever the title's length,
the paper size or the language of the names.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter, QPen

from zoneeditor.core.naming import embedded, sentence
from zoneeditor.render.print_qr import paint_qr
from zoneeditor.render.print_text import draw_text, leading_split, sheet_font, text_size

BANNER_COLOUR = "#b00020"


def _tr(text: str) -> str:
    """The sheet's fixed texts in the interface language (English when none is installed)."""
    return QCoreApplication.translate("PrintLayout", text)


class BannerBlock:
    """A full-width strip such as 'DRAFT — for discussion — without prejudice'."""

    def __init__(self, text: str, font_scale: float) -> None:
        self.text = text
        self.font = sheet_font(9.5 * font_scale, bold=True)

    def height(self, device, width: float) -> float:
        """Block height in device pixels when ``width`` wide."""
        return text_size(self.font, self.text, device, width * 0.96).height() * 1.45

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw an outlined strip with the text centred in it."""
        painter.save()
        pen = QPen(QColor(BANNER_COLOUR), max(1.0, rect.height() / 18))
        painter.setPen(pen)
        painter.setBrush(QColor(255, 235, 238))
        painter.drawRect(rect)
        painter.restore()
        draw_text(painter, rect.adjusted(rect.width() * 0.02, 0, -rect.width() * 0.02, 0),
                  self.text, self.font, BANNER_COLOUR,
                  align=Qt.AlignmentFlag.AlignCenter, wrap=True)


class TitleBlock:
    """The sheet title (bold, large) and an optional subtitle under it."""

    def __init__(self, title: str, subtitle: str, font_scale: float) -> None:
        self.title = title
        self.subtitle = subtitle
        self.title_font = sheet_font(17 * font_scale, bold=True)
        self.sub_font = sheet_font(11 * font_scale)

    def _heights(self, device, width: float) -> tuple[float, float]:
        th = text_size(self.title_font, self.title, device, width).height()
        sh = text_size(self.sub_font, self.subtitle, device, width).height() if self.subtitle \
            else 0.0
        return th, sh

    def height(self, device, width: float) -> float:
        """Block height in device pixels when ``width`` wide."""
        th, sh = self._heights(device, width)
        return th + sh * 1.1

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw title then subtitle, left-aligned (right-aligned if they are Arabic)."""
        th, sh = self._heights(painter.device(), rect.width())
        draw_text(painter, QRectF(rect.left(), rect.top(), rect.width(), th), self.title,
                  self.title_font, wrap=True)
        if self.subtitle:
            draw_text(painter, QRectF(rect.left(), rect.top() + th, rect.width(), sh * 1.1),
                      self.subtitle, self.sub_font, "#333333", wrap=True)


@dataclass(frozen=True)
class Identification:
    """What identifies the printed content: version, its fingerprint, and the comparison."""

    version: str
    fingerprint: str
    fingerprint_short: str
    compared_with: str | None = None
    compared_short: str | None = None


class IdentificationBlock:
    """Version name, short fingerprint, comparison, date and author, and the QR code.

    Each row is "label: value" in the sheet's direction with the value isolated
    (``core.naming.embedded``): in an Arabic sheet the fingerprint and the date read as in
    the English one and as ``zoneeditor info`` prints them, which is what they are for.
    """

    def __init__(self, ident: Identification, date: str, author: str, show_qr: bool,
                 font_scale: float, px_per_mm: float,
                 direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> None:
        self.ident = ident
        self.show_qr = show_qr
        self.direction = direction
        self.font = sheet_font(8 * font_scale)
        self.bold = sheet_font(8 * font_scale, bold=True)
        self.fp_font = sheet_font(11 * font_scale, bold=True)
        self.qr_side = 22 * px_per_mm * font_scale if show_qr else 0.0
        self.gap = 2 * px_per_mm * font_scale
        # (label to translate, value); QT_TRANSLATE_NOOP returns the label, typed ``object``
        rows: list[tuple[object, str]] = [
            (QT_TRANSLATE_NOOP("PrintLayout", "Version"), embedded(ident.version))]
        rows.append((QT_TRANSLATE_NOOP("PrintLayout", "Fingerprint"),
                     embedded(ident.fingerprint_short)))
        if ident.compared_with:
            rows.append((QT_TRANSLATE_NOOP("PrintLayout", "Compared with"),
                         sentence("%1 (%2)", ident.compared_with, ident.compared_short or "")))
        if date:
            rows.append((QT_TRANSLATE_NOOP("PrintLayout", "Date"), embedded(date)))
        if author:
            rows.append((QT_TRANSLATE_NOOP("PrintLayout", "Prepared by"), embedded(author)))
        self.rows = rows

    def lines(self, device: QPaintDevice | None = None,
              width: float | None = None) -> list[tuple[str, QFont]]:
        """The rows as drawn, "Fingerprint: 28E8-62E2-AD83" (values isolated), with their
        fonts; laid out in ``self.direction``.

        The fingerprint is never broken: when its row is wider than ``width`` (device
        pixels), its label is a line of its own and the fingerprint the next. Wrapped at a
        hyphen it read "C365-" / "D2DA-5376", and on an Arabic sheet the halves changed
        places: a sheet that cannot be compared by its fingerprint at a glance."""
        out: list[tuple[str, QFont]] = []
        for k, v in self.rows:
            label = f"{_tr(str(k))}:"
            if k != "Fingerprint":
                out.append((f"{label} {v}", self.font))
            elif width is not None and text_size(self.fp_font, f"{label} {v}",
                                                 device).width() > width:
                out += [(label, self.fp_font), (v, self.fp_font)]
            else:
                out.append((f"{label} {v}", self.fp_font))
        return out

    def _text_width(self, width: float) -> float:
        return max(10.0, width - (self.qr_side + self.gap if self.show_qr else 0.0))

    def height(self, device, width: float) -> float:
        """Block height in device pixels when ``width`` wide."""
        tw = self._text_width(width)
        text_h = sum(text_size(f, t, device, tw).height() for t, f in self.lines(device, tw))
        note_h = text_size(self.font, self.note(), device, width).height()
        return max(text_h, self.qr_side) + note_h * 1.2

    def note(self) -> str:
        """What the fingerprint is for, under the rows."""
        text = _tr("Two sheets show the same content if and only if their fingerprints match.")
        if self.show_qr:
            text += " " + _tr("The QR code holds the full SHA-256.")
        return text

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the rows and the QR code of the full fingerprint beside them (the code at
        the right edge, the rows starting from the left; mirrored on a right-to-left
        sheet)."""
        device = painter.device()
        tw = self._text_width(rect.width())
        qr_rect, text_rect = leading_split(rect, self.qr_side, self.gap, _mirrored(
            self.direction))
        if not self.show_qr:
            text_rect = QRectF(rect)
        y = rect.top()
        for text, font in self.lines(device, tw):
            h = text_size(font, text, device, tw).height()
            draw_text(painter, QRectF(text_rect.left(), y, tw, h), text, font, wrap=True,
                      direction=self.direction)
            y += h
        if self.show_qr:
            paint_qr(painter, QRectF(qr_rect.left(), rect.top(), self.qr_side, self.qr_side),
                     self.ident.fingerprint)
            y = max(y, rect.top() + self.qr_side)
        note = self.note()
        nh = text_size(self.font, note, device, rect.width()).height()
        draw_text(painter, QRectF(rect.left(), y + nh * 0.2, rect.width(), nh), note,
                  self.font, "#444444", wrap=True, direction=self.direction)


def _mirrored(direction: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The other direction: the QR code ends the row (right in a left-to-right sheet)."""
    return (Qt.LayoutDirection.LeftToRight if direction == Qt.LayoutDirection.RightToLeft
            else Qt.LayoutDirection.RightToLeft)


class FooterBlock:
    """Small print along the bottom: attributions, projection, page number."""

    def __init__(self, text: str, font_scale: float,
                 direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight) -> None:
        self.text = text
        self.direction = direction
        self.font = sheet_font(6.5 * font_scale)

    def height(self, device, width: float) -> float:
        """Block height in device pixels when ``width`` wide."""
        return text_size(self.font, self.text, device, width).height()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the footer text, wrapped."""
        draw_text(painter, rect, self.text, self.font, "#333333", wrap=True,
                  direction=self.direction)
