"""The Changes panel's name column gets the room in every language: the figures' columns
are as wide as their figures when their titles ("Получено, км²") would leave the names cut
("Observ…Shaykhun"); a title narrowed so is elided, whole in the header's tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from support.changes_panel import shown_changes

from zoneeditor.core.naming import SEPARATOR
from zoneeditor.gui.diff_panel import DiffPanel, DiffTableModel

LAPTOP = QSize(1366, 740)


def docked_changes(editor, qtbot) -> DiffPanel:
    """The Changes panel docked in a laptop-sized window, comparing the sample's versions."""
    editor.reset_layout(LAPTOP)
    editor.resize(LAPTOP.width(), LAPTOP.height() - 30)
    return shown_changes(editor, qtbot)


def drawn_names(panel: DiffPanel) -> list[tuple[str, str]]:
    """Each row's name as the name column draws it now, with the whole name."""
    table = panel.table
    feature = DiffTableModel.COLUMNS.index("feature")
    delegate = table.itemDelegateForColumn(feature)
    names = []
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, feature)
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.rect = table.visualRect(index)
        delegate.initStyleOption(option, index)
        names.append((option.text, index.data()))
    return names


@pytest.mark.parametrize("lang", [pytest.param(lang, marks=pytest.mark.zoneeditor_lang(lang))
                                  for lang in ("ru", "en", "ar")])
def test_the_names_get_the_room_and_the_figures_their_width(editor, qtbot, lang):
    panel = docked_changes(editor, qtbot)
    table = panel.table
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    drawn = drawn_names(panel)
    assert len(drawn) == 8
    for shown, whole in drawn:  # at least the first name, never "Observ…Shaykhun"
        assert shown in (whole, whole.split(SEPARATOR)[0]), (shown, whole)
    for column in ("change", "gained", "lost"):
        i = DiffTableModel.COLUMNS.index(column)
        assert header.sectionSize(i) >= table.sizeHintForColumn(i)  # the figures whole
        assert header.model().headerData(i, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.ToolTipRole) == panel.model.title(column)


@pytest.mark.zoneeditor_lang("ru")
def test_a_wider_dock_gives_the_titles_their_room_again(editor, qtbot):
    panel = docked_changes(editor, qtbot)
    header = panel.table.horizontalHeader()
    gained = DiffTableModel.COLUMNS.index("gained")
    assert header.sectionSize(gained) < header.sectionSizeHint(gained)  # "Получ…" at first
    dock = panel.parentWidget().parentWidget().parentWidget()
    editor.resizeDocks([dock], [dock.width() + 250], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: header.sectionSize(gained) >= header.sectionSizeHint(gained),
                    timeout=3000)
