"""The "Changes" block of a sheet printed with a comparison: territory per party, land moving.

The figures are the diff engine's (``core.diff``: geodesic areas, party overlay, pieces
placed near a town); this block only sets them as text, so the sheet, the diff panel and
``zoneeditor diff`` can never disagree. Only the largest pieces are listed; the rest are
counted, so the block stays a predictable size on any paper.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from zoneeditor.core.diff_absent import absent_note
from zoneeditor.core.messages import Message, fill, is_counted, substitute
from zoneeditor.core.model import ProjectMeta
from zoneeditor.core.naming import sentence
from zoneeditor.core.viewport import Viewport
from zoneeditor.i18n.values import no_party, party_name
from zoneeditor.render.change_marks import MARK_FILL, MARK_TEXT, change_mark, paint_mark_box
from zoneeditor.render.labels import marker_square
from zoneeditor.render.print_text import (
    area_text,
    draw_text,
    leading_split,
    sheet_font,
    text_size,
)

if TYPE_CHECKING:
    from zoneeditor.core.diff import DiffReport
    from zoneeditor.core.diff_parties import Transfer
    from zoneeditor.core.diff_regions import Region

#: Pieces of land changing hands listed by name; smaller ones are summed up.
MAX_PIECES = 5


class ChangeRow(NamedTuple):
    """One row of the Changes block: its text, whether it is a heading, and the letter of
    the marker it starts with ("" for none): a piece of land changing hands is listed
    beside the same lettered square that marks it on the map (``render.change_marks``)."""

    text: str
    heading: bool = False
    mark: str = ""


def marked_pieces(pieces: list[tuple[Region, Transfer]]) -> int:
    """How many of ``pieces`` (``listed_pieces``) are marked on the map and listed one by
    one: ``MAX_PIECES``, or all of them when a single one would be left — summing up one
    piece takes the same line as naming it, and the sum said neither who gave it nor who
    took it (a delegate read "and 1 smaller piece, 57.2 km²")."""
    return len(pieces) if len(pieces) <= MAX_PIECES + 1 else MAX_PIECES


def listed_pieces(report: DiffReport) -> list[tuple[Region, Transfer]]:
    """(piece, transfer) of the land changing hands, largest first: lettered A, B, … on
    the sheet, in the Changes block and on the map, so one can be found from the other
    (letters: the zone key numbers its zones, ``render.change_marks``)."""
    pieces = sorted(((piece, t) for t in report.transfers for piece in t.pieces),
                    key=lambda pt: -pt[0].area_km2)
    return pieces


def _tr(text: str) -> str:
    """The sheet's fixed texts in the interface language (English when none is installed)."""
    return QCoreApplication.translate("PrintLayout", text)


def note_text(note: Message) -> str:
    """A core sentence (``core.messages.Message``) in the sheet's language, as the window
    translates it (``gui.tool_messages``, a floor above): its template translated, a
    counted one ("%1 and %n more column(s)") with the plural form of its count, and an
    argument that is a sentence of its own translated in turn; data isolated
    (``core.naming.sentence``)."""
    values = [note_text(a) if isinstance(a, Message) else a for a in note.args]
    template = QCoreApplication.translate("ToolMessages", note.template)
    if is_counted(note.template) and values:
        count = values.pop(0)
        template = QCoreApplication.translate("ToolMessages", note.template, None, int(count))
        if template == note.template.replace("%n", count):
            template = fill(note.template, (count,))  # no translation: English endings
    return sentence(template, *values)


def _transfer_template(frm: str | None, to: str | None) -> str:
    """The Changes panel's sentence of a piece changing hands; to or from no party its own
    one (%3 the one party), so Arabic need not say "to without-party"."""
    if frm and to:
        return _tr("%1 %2 passes from %3 to %4")
    if frm:
        return _tr("%1 %2 passes from %3 to no party")
    return _tr("%1 %2 passes from no party to %3")


def change_lines(report: DiffReport, meta: ProjectMeta | None = None,
                 place_label: Callable[[str], str] = str) -> list[ChangeRow]:
    """The rows for a ``core.diff.DiffReport``, in the interface language; each listed
    piece of land changing hands carries its marker's letter (``ChangeRow.mark``).

    ``meta`` gives the parties' names as the interface shows them (``party_name``: the
    Arabic name on an Arabic sheet), ``place_label`` a town's name (the gazetteer's name in
    the interface language). Figures and names are isolated (``core.naming.sentence``).
    """
    def party(name: str | None) -> str:
        if not name:
            return no_party()
        return party_name(name, meta) if meta is not None else name

    rows: list[ChangeRow] = []
    changed = report.changed
    counts = {k: sum(1 for f in changed if f.change.value == k)
              for k in ("modified", "added", "removed")}
    rows.append(ChangeRow(substitute(_tr("%1 modified, %2 added, %3 removed"),
                                     (str(counts["modified"]),
                                      str(counts["added"]),
                                      str(counts["removed"])))))
    if report.is_empty:
        rows.append(ChangeRow(_tr("The two versions hold the same map content.")))
        return rows
    for name in report.parties_missing_names[:1]:  # no totals, no transfers: say why
        rows.append(ChangeRow(sentence(_tr("%1 gives no party for any zone: party totals "
                                           "and land changing hands are not computed"),
                                       name)))
    # A side without kinds (or local names...): those are no changes, and its zones kept
    # their pair's kind, which the figures below depend on (core.diff_absent). The core's
    # sentence, as the Changes panel and ``zoneeditor diff`` say it.
    for note in absent_note(dict(report.attributes_missing), report.old_name,
                            report.new_name):
        rows.append(ChangeRow(note_text(note)))
    if report.parties:
        rows.append(ChangeRow(_tr("Territory per party"), True))
        for p in report.parties:
            net = p.net_km2
            # En dash as minus and words instead of arrows: the bundled Noto Sans has no
            # U+2212 or U+2192, and a glyph from a system font would break the PDF's
            # "bundled fonts only" promise.
            change = _tr("no change") if abs(net) < 0.05 else area_text(
                abs(net), 1, "+" if net > 0 else "–")
            rows.append(ChangeRow(sentence(_tr("%1: %2 before, %3 after (%4)"),
                                           party(p.name), area_text(p.area_before_km2, 1),
                                           area_text(p.area_after_km2, 1), change)))
    pieces = listed_pieces(report)
    if pieces:
        rows.append(ChangeRow(_tr("Land changing hands (letters as on the map)"), True))
        shown = marked_pieces(pieces)
        for i, (piece, t) in enumerate(pieces[:shown]):
            where = (sentence(_tr("near %1"), place_label(piece.near)) if piece.near else
                     sentence(_tr("at %1"), f"{piece.lat:.3f}°N {piece.lon:.3f}°E"))
            # The Changes panel's sentence, after the piece's lettered square
            rows.append(ChangeRow(sentence(_transfer_template(t.frm, t.to),
                                           area_text(piece.area_km2, 1), where,
                                           *[party(p) for p in (t.frm, t.to) if p]), False,
                                  change_mark(i)))
        rest = pieces[shown:]
        if rest:  # two or more (marked_pieces)
            total = area_text(sum(p.area_km2 for p, _ in rest), 1)
            more = QCoreApplication.translate("PrintLayout", "and %n smaller pieces, %1 in all",
                                              "", len(rest))
            rows.append(ChangeRow(sentence(more, total)))
    return rows


class ChangesBlock:
    """Sheet block listing the comparison's figures, in the sheet's direction."""

    def __init__(self, report: DiffReport, against: str, font_scale: float,
                 meta: ProjectMeta | None = None,
                 direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight,
                 place_label: Callable[[str], str] = str) -> None:
        self.rows = change_lines(report, meta, place_label)
        self.title = sentence(_tr("Changes against %1"), against)
        self.direction = direction
        self.title_font = sheet_font(10 * font_scale, bold=True)
        self.heading_font = sheet_font(8 * font_scale, bold=True)
        self.font = sheet_font(7.5 * font_scale)
        self.badge_font = sheet_font(6 * font_scale, bold=True)

    def _font(self, heading: bool):
        return self.heading_font if heading else self.font

    def _row_rects(self, row: ChangeRow, rect: QRectF,
                   device) -> tuple[QRectF | None, QRectF]:
        """(the marker's strip or None, the text's column) of ``row`` in ``rect``."""
        if not row.mark:
            return None, rect
        side = self._line(device)  # a square one line high
        return leading_split(rect, side, side * 0.4, self.direction)

    def _row_height(self, row: ChangeRow, device, width: float) -> float:
        _, column = self._row_rects(row, QRectF(0, 0, width, 1), device)
        return text_size(self._font(row.heading), row.text, device,
                         column.width()).height()

    def height(self, device, width: float) -> float:
        """Block height in device pixels when ``width`` wide."""
        h = text_size(self.title_font, self.title, device, width).height() * 1.15
        for row in self.rows:
            h += self._row_height(row, device, width) * (1.25 if row.heading else 1.0)
        return h

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the title and the rows, wrapped to the block's width; a listed piece starts
        with its lettered square, as on the map."""
        device = painter.device()
        th = text_size(self.title_font, self.title, device, rect.width()).height()
        draw_text(painter, QRectF(rect.left(), rect.top(), rect.width(), th), self.title,
                  self.title_font, wrap=True, direction=self.direction)
        y = rect.top() + th * 1.15
        for row in self.rows:
            h = self._row_height(row, device, rect.width())
            top = y + (h * 0.25 if row.heading else 0.0)
            strip, column = self._row_rects(row, QRectF(rect.left(), top, rect.width(), h),
                                            device)
            if strip is not None:
                side = strip.width()
                box = QRectF(strip.left(), strip.top() + (self._line(device) - side) / 2,
                             side, side)
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                paint_mark_box(painter, box, MARK_FILL, max(1.0, side * 0.06))
                painter.restore()
                draw_text(painter, box, row.mark, self.badge_font, MARK_TEXT,
                          align=Qt.AlignmentFlag.AlignCenter)
            draw_text(painter, column, row.text, self._font(row.heading), wrap=True,
                      direction=self.direction)
            y += h * (1.25 if row.heading else 1.0)

    def _line(self, device) -> float:
        """The height of one line of the rows' text (a marker is centred on the first)."""
        return text_size(self.font, "A", device).height()


def paint_change_markers(painter: QPainter, viewport: Viewport, report,
                         occupied: Sequence[QRectF], font_scale: float,
                         px_per_mm: float) -> list[QRectF]:
    """Lettered markers on the map at the listed pieces of land changing hands: the
    Changes block's letters in dark squares (``render.change_marks``), so none can be taken
    for a zone callout, a numbered white circle.

    ``occupied`` holds the rectangles of the map's own labels (map-frame pixels). A marker
    that would cover one, or an earlier marker, moves outward around its piece and a thin
    leader line points back to the piece; if no free place is found within a few marker
    sizes it stays on the piece. Returns the rectangles of the markers drawn.
    """
    font = sheet_font(7.5 * font_scale, bold=True)
    size = text_size(font, "00", painter.device()).height() * 1.25
    taken = list(occupied)
    placed: list[QRectF] = []
    frame = QRectF(0, 0, viewport.width, viewport.height)
    pieces = listed_pieces(report)
    for index, (piece, _) in enumerate(pieces[:marked_pieces(pieces)]):
        x, y = viewport.to_screen(piece.lon, piece.lat)
        anchor = QPointF(x, y)
        if not frame.contains(anchor):
            continue
        best = marker_square(x, y, size, 4, lambda rect: frame.contains(rect) and not any(
            rect.intersects(r) for r in taken), keep_clear=occupied)
        taken.append(best)
        placed.append(best)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        dark = QColor(MARK_FILL)
        if QLineF(anchor, best.center()).length() > size * 0.6:
            painter.setPen(QPen(dark, max(1.0, 0.2 * px_per_mm)))
            painter.drawLine(QLineF(anchor, best.center()))
            painter.setBrush(dark)
            r = max(1.0, 0.5 * px_per_mm)
            painter.drawEllipse(anchor, r, r)
        paint_mark_box(painter, best, MARK_FILL, max(1.0, 0.2 * px_per_mm))
        painter.restore()
        draw_text(painter, best, change_mark(index), font, MARK_TEXT,
                  align=Qt.AlignmentFlag.AlignCenter)
    return placed
