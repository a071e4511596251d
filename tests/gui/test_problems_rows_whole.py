"""Every row of the Problems dock is shown whole: its lines wrapped at the list's width, as
many as it needs, never cut off with "…".

In the Arabic window at 1366×768 the overlap row ("ريف حماة الشمالي: يتداخل مع الغوطة
الشرقية … بمساحة 606.2 كم²") was one line high and ended in "…": the list's rows were as
high as Qt's estimate of their wrapped text, made at another width than the one they are
drawn at. ``support.item_rows.cut_rows`` lays each row out as the style draws it.
"""

from __future__ import annotations

import pytest
import shapely
from PySide6.QtCore import Qt
from support.item_rows import cut_rows

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.messages import Message
from zoneeditor.gui.tool_problems_panel import ProblemsPanel

ACROSS_HAMA = shapely.box(36.5, 35.1, 36.8, 35.3)


def _problems(window) -> ProblemsPanel:
    """Three problems in "Proposal B" (an overlap among them), the Problems dock in front."""
    window.map.version("Proposal B")
    doc = window.document
    ghouta, homs = doc.feature("zone-ghouta"), doc.feature("zone-homs")
    moved = ghouta.with_geometry(ACROSS_HAMA).with_attributes(status="pending")
    window.editor.push(ChangeSet(Message("Move %1", ghouta.label), "Proposal B",
                                 (Delta(ghouta, moved),
                                  Delta(homs, homs.with_attributes(party="")))))
    panel = window.findChild(ProblemsPanel)
    dock = panel.parentWidget()
    while dock is not None and not hasattr(dock, "toggleViewAction"):
        dock = dock.parentWidget()
    dock.show()
    dock.raise_()
    panel.refresh()
    return panel


@pytest.mark.parametrize("lang", [
    pytest.param("ar", marks=pytest.mark.zoneeditor_lang("ar")),
    pytest.param("ru", marks=pytest.mark.zoneeditor_lang("ru")),
    "en",
])
def test_long_rows_of_the_problems_list_are_shown_whole(editor, qtbot, lang):
    panel = _problems(editor)
    dock = panel.parentWidget()
    while not hasattr(dock, "toggleViewAction"):
        dock = dock.parentWidget()
    for width in (420, 360, 300, 250):
        editor.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda w=width: abs(dock.width() - w) < 40)
        qtbot.wait(50)
        assert panel.list.count() == 3
        assert cut_rows(panel.list) == [], (width, panel.list.viewport().width())
