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


def names_cut(panel: DiffPanel) -> bool:
    """Whether the name column draws some name shorter than its first name."""
    return any(shown not in (whole, whole.split(SEPARATOR)[0])
               for shown, whole in drawn_names(panel))


def fitted_to_the_names(panel: DiffPanel) -> None:
    """Where a name is cut, every other shown column is as narrow as its contents allow
    (its title elided): none keeps room the names need."""
    table = panel.table
    header = table.horizontalHeader()
    if not names_cut(panel):
        return
    for i, column in enumerate(DiffTableModel.COLUMNS):
        if column != "feature" and not table.isColumnHidden(i):
            least = max(header.minimumSectionSize(), table.sizeHintForColumn(i))
            assert header.sectionSize(i) <= least, (column, header.sectionSize(i), least)


def test_the_names_get_the_room_again_when_the_map_names_them_otherwise(editor, qtbot):
    """With "Area after" shown, View ▸ Labels in local language on and off: the columns
    widened for the short local names give the long names their room back (they kept
    their titles' width, and "Idlib buffer security zone" read "Idlib bu…security zone")."""
    panel = docked_changes(editor, qtbot)
    panel.show_column("after", True)
    qtbot.wait(50)
    fitted_to_the_names(panel)
    after = DiffTableModel.COLUMNS.index("after")
    header = panel.table.horizontalHeader()
    narrow = header.sectionSize(after)
    assert narrow < header.sectionSizeHint(after)  # "Area …": the names need the room
    local = editor.window_actions.act_local_labels
    local.trigger()  # short Arabic names: the figures' columns take back room for titles
    qtbot.waitUntil(lambda: not any(SEPARATOR in whole for _, whole in drawn_names(panel)),
                    timeout=3000)
    qtbot.waitUntil(lambda: header.sectionSize(after) > narrow, timeout=3000)
    assert not names_cut(panel)
    local.trigger()  # the long names again: they get the room back
    qtbot.waitUntil(lambda: any(SEPARATOR in whole for _, whole in drawn_names(panel)),
                    timeout=3000)
    qtbot.wait(50)
    assert header.sectionSize(after) < header.sectionSizeHint(after)
    fitted_to_the_names(panel)
    assert [shown for shown, whole in drawn_names(panel)
            if whole.startswith("Idlib buffer")] == ["Idlib buffer security zone"]
