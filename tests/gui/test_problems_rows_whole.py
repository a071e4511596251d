"""Every row of the Problems dock is shown whole: its lines wrapped at the list's width, as
many as it needs, never cut off with "…".

In the Arabic window at 1366×768 the overlap row ("ريف حماة الشمالي: يتداخل مع الغوطة
الشرقية … بمساحة 606.2 كم²") was one line high and ended in "…": the list's rows were as
high as Qt's estimate of their wrapped text, made at another width than the one they are
drawn at. ``support.item_rows.cut_rows`` lays each row out as the style draws it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.item_rows import cut_rows
from support.problems import dock_of, three_problems


@pytest.mark.parametrize("lang", [
    pytest.param("ar", marks=pytest.mark.zoneeditor_lang("ar")),
    pytest.param("ru", marks=pytest.mark.zoneeditor_lang("ru")),
    "en",
])
def test_long_rows_of_the_problems_list_are_shown_whole(editor, qtbot, lang):
    panel = three_problems(editor)
    dock = dock_of(panel)
    for width in (420, 360, 300, 250):
        editor.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        qtbot.waitUntil(lambda w=width: abs(dock.width() - w) < 40)
        qtbot.wait(50)
        assert panel.list.count() == 3
        assert cut_rows(panel.list) == [], (width, panel.list.viewport().width())
