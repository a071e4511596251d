"""The Changes panel as a test reads it (``MapDriver.changes``): its line, summary and table
as plain text, after the panel was brought forward and its comparison computed.

The panel writes for both directions of text: figures and names are wrapped in Unicode
directional isolates (U+2066 LRI, U+2068 FSI ... U+2069 PDI) and a number keeps its unit
with a no-break space (U+00A0: "275.2 km²"). A user never sees them; a test comparing
``"275.2 km² near Mūrak"`` with the label's text would fail on them, so ``plain`` removes
the marks and makes those spaces ordinary ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from zoneeditor.core.diff import DiffReport
from zoneeditor.core.naming import strip_bidi
from zoneeditor.gui.diff_panel import DiffPanel
from zoneeditor.gui.dock_layout import reveal_dock

#: Spaces that keep their neighbours on one line: no-break and narrow no-break space.
_NO_BREAK = str.maketrans({"\u00a0": " ", "\u202f": " "})


def plain(text: str) -> str:
    """``text`` without directional marks (U+2066–U+2069, U+200E/F, U+202A–E, U+061C),
    its no-break spaces made ordinary spaces."""
    return strip_bidi(text).translate(_NO_BREAK)


@dataclass(frozen=True)
class Changes:
    """What the Changes panel shows, as plain text (``plain``)."""

    #: The line above the summary: "Agreed baseline → Proposal B: 3 changed features".
    status: str
    #: The summary: territory per party, buffer zones, land changing hands (lines).
    summary: str
    #: The table's column titles, as shown (hidden columns left out).
    columns: list[str]
    #: The table's rows in the order shown (as sorted), each a list of its cells' texts.
    rows: list[list[str]]
    #: The comparison itself (``core.diff.DiffReport``); None when none could be computed.
    report: DiffReport | None

    def row(self, text: str) -> list[str]:
        """The one row with a cell containing ``text``; AssertionError listing the rows
        otherwise."""
        found = [r for r in self.rows if any(text in cell for cell in r)]
        if len(found) != 1:
            raise AssertionError(f"{len(found)} rows of the Changes table contain {text!r}; "
                                 f"the rows are {self.rows}")
        return found[0]


def read_changes(panel: DiffPanel, timeout_s: float = 30.0) -> Changes:
    """Bring the Changes dock forward, wait for its comparison, and read it."""
    reveal_dock(panel)
    panel.wait(timeout_s)  # an edit's pending comparison is started at once, then awaited
    table, proxy = panel.table, panel.table.model()
    header = table.horizontalHeader()
    shown = [header.logicalIndex(v) for v in range(header.count())]
    shown = [c for c in shown if not header.isSectionHidden(c)]
    horizontal = Qt.Orientation.Horizontal
    columns = [plain(str(proxy.headerData(c, horizontal) or "")) for c in shown]
    rows = [[plain(str(proxy.index(r, c).data() or "")) for c in shown]
            for r in range(proxy.rowCount())]
    return Changes(status=plain(panel.status_label.text()),
                   summary=plain(panel.summary_label.text()),
                   columns=columns, rows=rows, report=panel.report)


__all__ = ["Changes", "plain", "read_changes"]
