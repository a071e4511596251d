"""What a list view really draws of its rows' text, read back through an SVG recording.

Qt's style decides at paint time whether a row's text fits and ends the last line it shows
with "…"; nothing in the view's API tells. Rendering the view into ``QSvgGenerator`` records
every piece of text drawn as an SVG ``<text>`` element, so a test can read what a person
sees: ``cut_rows`` says what of the rows' text is not drawn, and an "…" their text does
not have.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from PySide6.QtCore import QBuffer, QIODevice, QRect
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QListWidget

from zoneeditor.core.naming import strip_bidi

_TEXT = re.compile(r"<text[^>]*>(.*?)</text>", re.S)


def drawn_text(view: QListWidget) -> str:
    """Every piece of text ``view``'s viewport draws, in drawing order, one per line."""
    viewport = view.viewport()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    svg = QSvgGenerator()
    svg.setOutputDevice(buffer)
    svg.setSize(viewport.size())
    svg.setViewBox(QRect(0, 0, viewport.width(), viewport.height()))
    viewport.render(svg)
    recorded = bytes(buffer.data().data()).decode("utf-8")
    return "\n".join(html.unescape(piece) for piece in _TEXT.findall(recorded))


def cut_rows(view: QListWidget) -> list[str]:
    """What of ``view``'s rows is not drawn: the letters, digits and signs of their texts
    that the drawing lacks (counted, as the style draws a line in pieces, by script and
    direction, in visual order), and an "…" drawn that no row's text has."""
    drawn = Counter(strip_bidi(drawn_text(view)).replace(" ", "").replace("\n", ""))
    texts = [strip_bidi(view.item(i).text()) for i in range(view.count())]
    wanted = Counter("".join(texts).replace(" ", "").replace("\n", ""))
    cut = [f"{ch!r} drawn {drawn[ch]} times of {n}" for ch, n in sorted(wanted.items())
           if drawn[ch] < n]
    if drawn["…"] > wanted["…"]:
        cut.append("an ellipsis was drawn")
    return [f"{texts}: " + "; ".join(cut)] if cut else []


__all__ = ["cut_rows", "drawn_text"]
