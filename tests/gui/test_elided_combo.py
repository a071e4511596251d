"""Version boxes show a name too long for them with an ellipsis, never cut at the edge:
"Imported other_party_utm" read "Imported other_party_", and an Arabic window's box lost
the beginning of "Импортировано: other_party" (an outside tester)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from zoneeditor.gui.elided_combo import ElidedComboBox

LONG = "Imported other_party_utm from the delegation"


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_a_long_name_is_elided_in_the_middle_and_whole_in_the_tooltip(qtbot, direction):
    box = ElidedComboBox()
    qtbot.addWidget(box)
    box.setLayoutDirection(direction)
    box.setToolTip("Version shown and edited")
    box.addItems(["agreed", LONG])
    box.setCurrentIndex(1)
    box.setFixedWidth(150)
    box.show()
    qtbot.waitExposed(box)
    shown = box.shown_text()
    assert "…" in shown and shown != LONG
    head, tail = shown.split("…")
    assert LONG.startswith(head) and LONG.endswith(tail)  # both ends kept: "_utm" stays
    assert head and tail
    box.grab()  # painted with it
    assert box.toolTip() == f"Version shown and edited\n{LONG}"

    box.setFixedWidth(600)
    box.grab()
    assert box.shown_text() == LONG
    assert box.toolTip() == "Version shown and edited"
    box.setCurrentIndex(0)
    assert box.shown_text() == "agreed"
