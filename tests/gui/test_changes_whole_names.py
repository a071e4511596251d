"""The Changes panel's Feature column shows both names of a feature ("Northern Hama · ريف
حماة الشمالي") when the table has room for them with the figures at their own width, and
"Show large" gives it that room: it showed "Northern Hama" alone in Russian at 1366×768,
the large window's width going to the columns' titles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QDockWidget
from test_changes_columns_room import docked_changes, drawn_names

from zoneeditor.gui.diff_large import LARGE_SHARE
from zoneeditor.gui.diff_panel import DiffTableModel

LANGS = [pytest.param(lang, marks=pytest.mark.zoneeditor_lang(lang)) for lang in ("en", "ru", "ar")]


def names_cut(panel) -> list[tuple[str, str]]:
    return [(shown, whole) for shown, whole in drawn_names(panel) if shown != whole]


def dock_of(panel) -> QDockWidget:
    return panel.parentWidget().parentWidget().parentWidget()


def shown_large(panel, qtbot) -> QDockWidget:
    dock = dock_of(panel)
    panel.large_button.click()
    qtbot.waitUntil(dock.isFloating, timeout=2000)
    qtbot.waitUntil(lambda: not panel.table.isColumnHidden(len(DiffTableModel.COLUMNS) - 1),
                    timeout=2000)
    qtbot.wait(50)  # laid out at its size
    return dock


@pytest.mark.parametrize("lang", LANGS)
def test_show_large_shows_both_names_of_every_feature(editor, qtbot, lang):
    panel = docked_changes(editor, qtbot)
    shown_large(panel, qtbot)
    assert names_cut(panel) == []
    assert not panel.table.horizontalScrollBar().isVisible()


class WideScreen:
    """A 1366×740 screen's free area (the tests' own screen is Qt's 800×800)."""

    def availableGeometry(self) -> QRect:
        """The screen's room for windows."""
        return QRect(0, 0, 1366, 740)


@pytest.mark.parametrize("lang", LANGS)
def test_show_large_is_as_wide_as_the_whole_table_within_the_screen(editor, qtbot, lang,
                                                                     monkeypatch):
    monkeypatch.setattr(QDockWidget, "screen", lambda _dock: WideScreen())
    panel = docked_changes(editor, qtbot)
    dock = shown_large(panel, qtbot)
    assert dock.width() >= round(editor.width() * LARGE_SHARE) - 2
    assert QRect(0, 0, 1366, 740).contains(dock.geometry())  # on the screen
    table = panel.table
    header = table.horizontalHeader()
    assert names_cut(panel) == []
    cut = [c for i, c in enumerate(DiffTableModel.COLUMNS)
           if c != "feature" and header.sectionSize(i) < header.sectionSizeHint(i)]
    assert cut == []  # every title whole too: the window was made wide enough


def test_a_docked_table_with_room_for_both_names_shows_them(editor, qtbot):
    panel = docked_changes(editor, qtbot)
    assert names_cut(panel)  # 1366×768: the docked panel has room for the first names
    dock = dock_of(panel)
    # room for both names when the figures' columns are as wide as their figures (their
    # titles elided, whole in their tooltips), not with the titles whole
    editor.resizeDocks([dock], [dock.width() + 110], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: not names_cut(panel), timeout=3000)
    header = panel.table.horizontalHeader()
    for column in ("change", "gained", "lost"):
        i = DiffTableModel.COLUMNS.index(column)
        assert header.sectionSize(i) >= panel.table.sizeHintForColumn(i)  # figures whole


def test_back_in_the_dock_the_names_give_the_room_back(editor, qtbot):
    panel = docked_changes(editor, qtbot)
    docked = drawn_names(panel)
    header = panel.table.horizontalHeader()
    widths = [header.sectionSize(i) for i in range(len(DiffTableModel.COLUMNS))]
    shown_large(panel, qtbot)
    panel.large_button.click()
    dock = dock_of(panel)
    qtbot.waitUntil(lambda: not dock.isFloating(), timeout=2000)
    qtbot.waitUntil(lambda: drawn_names(panel) == docked, timeout=3000)
    assert [header.sectionSize(i) for i in range(len(DiffTableModel.COLUMNS))] == widths
