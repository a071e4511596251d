"""The "Changes" block of a sheet printed with a comparison: territory per party, land moving.

The figures are the diff engine's (``core.diff``: geodesic areas, party overlay, pieces
placed near a town); this block only sets them as text, so the sheet, the diff panel and
``zoneeditor diff`` can never disagree. Only the largest pieces are listed; the rest are
counted, so the block stays a predictable size on any paper.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from zoneeditor.render.print_text import draw_text, sheet_font, text_size

#: Pieces of land changing hands listed by name; smaller ones are summed up.
MAX_PIECES = 5


def _km2(value: float) -> str:
    return f"{value:,.1f} km²"


def change_lines(report) -> list[tuple[str, bool]]:
    """(text, is_heading) rows for a ``core.diff.DiffReport``."""
    rows: list[tuple[str, bool]] = []
    changed = report.changed
    counts = {k: sum(1 for f in changed if f.change.value == k)
              for k in ("modified", "added", "removed")}
    rows.append((f"{counts['modified']} modified, {counts['added']} added, "
                 f"{counts['removed']} removed", False))
    if report.is_empty:
        rows.append(("The two versions hold the same map content.", False))
        return rows
    if report.parties:
        rows.append(("Territory per party", True))
        for p in report.parties:
            net = p.net_km2
            # En dash as minus and words instead of arrows: the bundled Noto Sans has no
            # U+2212 or U+2192, and a glyph from a system font would break the PDF's
            # "bundled fonts only" promise.
            change = "no change" if abs(net) < 0.05 else (
                f"{'+' if net > 0 else '–'}{_km2(abs(net))}")
            rows.append((f"{p.name}: {_km2(p.area_before_km2)} before, "
                         f"{_km2(p.area_after_km2)} after ({change})", False))
    pieces = sorted(((piece, t) for t in report.transfers for piece in t.pieces),
                    key=lambda pt: -pt[0].area_km2)
    if pieces:
        rows.append(("Land changing hands", True))
        for piece, t in pieces[:MAX_PIECES]:
            rows.append((f"{_km2(piece.area_km2)} {piece.where}, from {t.frm or 'no party'} "
                         f"to {t.to or 'no party'}", False))
        rest = pieces[MAX_PIECES:]
        if rest:
            total = sum(p.area_km2 for p, _ in rest)
            rows.append((f"and {len(rest)} smaller pieces, {_km2(total)} in all", False))
    return rows


class ChangesBlock:
    """Sheet block listing the comparison's figures."""

    def __init__(self, report, against: str, font_scale: float) -> None:
        self.rows = change_lines(report)
        self.title = f"Changes against {against}"
        self.title_font = sheet_font(10 * font_scale, bold=True)
        self.heading_font = sheet_font(8 * font_scale, bold=True)
        self.font = sheet_font(7.5 * font_scale)

    def _font(self, heading: bool):
        return self.heading_font if heading else self.font

    def height(self, device, width: float) -> float:
        """Block height in device pixels when ``width`` wide."""
        h = text_size(self.title_font, self.title, device, width).height() * 1.15
        for text, heading in self.rows:
            h += text_size(self._font(heading), text, device, width).height() * (
                1.25 if heading else 1.0)
        return h

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the title and the rows, wrapped to the block's width."""
        device = painter.device()
        th = text_size(self.title_font, self.title, device, rect.width()).height()
        draw_text(painter, QRectF(rect.left(), rect.top(), rect.width(), th), self.title,
                  self.title_font, wrap=True)
        y = rect.top() + th * 1.15
        for text, heading in self.rows:
            font = self._font(heading)
            h = text_size(font, text, device, rect.width()).height()
            top = y + (h * 0.25 if heading else 0.0)
            draw_text(painter, QRectF(rect.left(), top, rect.width(), h), text, font,
                      wrap=True)
            y += h * (1.25 if heading else 1.0)
