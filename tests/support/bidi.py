"""What a laid-out line looks like, glyph by glyph, for right-to-left checks (print, window)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout

from zoneeditor.render.print_text import sheet_font, text_option


def visual(text: str, direction: Qt.LayoutDirection | None = None) -> str:
    """The characters of ``text`` in the order Qt paints their glyphs, left to right on
    the page, laid out as the sheet lays a line out (``print_text.text_option``). Glyphs
    of the Arabic face that are no single character of ``text`` (joined letters) read
    "ع"; spaces are left out (HarfBuzz may draw the invisible isolates with the face's space
    glyph, so a space cannot be told from an isolate): compare without spaces."""
    layout = QTextLayout(text, sheet_font(10))
    layout.setTextOption(text_option(text, direction=direction))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs: list[tuple[float, str]] = []
    for run in layout.glyphRuns():
        raw = run.rawFont()
        arabic = "Arabic" in raw.familyName()
        table: dict[int, str] = {}
        for ch in set(text.replace("\xa0", " ")):
            if ch.isprintable():
                index = raw.glyphIndexesForString(ch)
                if index and index[0]:
                    table.setdefault(index[0], ch)
        for g, pos in zip(run.glyphIndexes(), run.positions(), strict=True):
            ch = table.get(g, "ع" if arabic else "")
            if ch == " ":
                continue  # shaping may draw an isolate with the space glyph: spaces left out
            if ch:
                glyphs.append((pos.x(), ch))
    return "".join(ch for _, ch in sorted(glyphs, key=lambda item: item[0]))
