"""The Layers panel stays readable when its dock is narrowed, in English, Arabic and
Russian at 1366×768: long check box texts wrap, rows of buttons and boxes flow onto a second
line, table columns give way with their titles elided and said whole in their tooltips,
and nothing needs the dock's sideways scroll bar (in Russian the panel was 322 px wide and a
narrower dock cut its columns and labels off)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDockWidget,
    QLabel,
    QScrollArea,
    QSlider,
    QTableWidget,
    QWidget,
)
from support.window import settle

from zoneeditor import i18n
from zoneeditor.gui.column_fit import share


@pytest.fixture
def laptop_window(windows, qapp, osm_xml):
    """``make(lang)``: the window at 1366×768 in ``lang``, with a reference layer."""

    def make(lang: str):
        assert i18n.install(qapp, lang) == lang
        window = windows.on_laptop()
        window.addons.references.add([str(osm_xml)])
        assert window.editor.references.wait(60)
        return window

    yield make
    windows.close_all()
    i18n.install(qapp, "en")


def dock_of(widget: QWidget) -> QDockWidget:
    parent = widget.parentWidget()
    while not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def in_table(widget: QWidget) -> bool:
    """True for a table's own parts and its cells' widgets (``table_problems``)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTableWidget):
            return True
        parent = parent.parentWidget()
    return False


def table_problems(table: QTableWidget, names: int | None) -> list[str]:
    """Columns wider than the table, a title cut short without its tooltip, a check box
    or slider squeezed, a name of column ``names`` cut."""
    header = table.horizontalHeader()
    problems = []
    widths = [header.sectionSize(c) for c in range(table.columnCount())]
    if sum(widths) > table.viewport().width():
        problems.append(f"{table.objectName()} columns {widths} wider than "
                        f"{table.viewport().width()}")
    for c in range(table.columnCount()):
        title = table.horizontalHeaderItem(c)
        if widths[c] < header.sectionSizeHint(c) and title.toolTip() != title.text():
            problems.append(f"title {title.text()!r} cut without a tooltip")
        for r in range(table.rowCount()):
            cell = table.cellWidget(r, c)
            if isinstance(cell, QCheckBox) and widths[c] < cell.sizeHint().width():
                problems.append(f"{title.text()!r}: check box squeezed to {widths[c]}")
            if isinstance(cell, QSlider) and widths[c] < 40:
                problems.append(f"{title.text()!r}: slider squeezed to {widths[c]}")
            item = table.item(r, c)
            if c == names and item is not None:
                need = table.fontMetrics().horizontalAdvance(item.text())
                if need > widths[c] - 6:
                    problems.append(f"name {item.text()!r} cut ({widths[c]} px)")
    return problems


def panel_problems(panel: QWidget) -> list[str]:
    """Texts of the panel not shown whole, and the dock's sideways scroll bar."""
    area = panel.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    problems = []
    if area.horizontalScrollBar().isVisible():
        problems.append(f"the dock scrolls sideways: {area.viewport().width()} px for "
                        f"{panel.minimumSizeHint().width()}")
    for w in panel.findChildren(QWidget):
        if not shown(w) or in_table(w):
            continue
        if isinstance(w, QLabel) and w.text():
            short = (w.heightForWidth(w.width()) > w.height() if w.wordWrap()
                     else w.width() < w.sizeHint().width())
            if short:
                problems.append(f"label {w.text()!r} cut ({w.size()})")
        elif isinstance(w, QAbstractButton) and w.text() and w.width() < w.sizeHint().width():
            problems.append(f"button {w.text()!r} cut ({w.width()} < {w.sizeHint().width()})")
        if not area.viewport().rect().contains(
                w.rect().translated(w.mapTo(area.viewport(), w.rect().topLeft()))):
            problems.append(f"{type(w).__name__} {w.objectName()!r} reaches out of the dock")
    problems += table_problems(panel.table, names=panel.COL_NAME)
    problems += table_problems(panel.references_view.table, names=None)
    return problems


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
@pytest.mark.parametrize("width", [None, 260, 220])
def test_the_layers_panel_is_readable_in_a_narrow_dock(laptop_window, lang, width):
    window = laptop_window(lang)
    panel = window.layers_panel
    dock = dock_of(panel)
    if width is not None:
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    settle(window)
    if width is not None:
        assert abs(dock.width() - width) <= 2, dock.width()
    assert panel_problems(panel) == []


def test_columns_give_way_the_slider_first_then_in_proportion():
    wanted, least = [60, 80, 70, 100], [24, 24, 50, 48]
    assert share(400, wanted, least, stretch=2) == [60, 80, 160, 100]
    # 30 px short: the slider (column 3) gives them all
    assert share(280, wanted, least, stretch=2, first=[3]) == [60, 80, 70, 70]
    # 110 px short, with 36 + 56 + 20 + 52 = 164 to spare: each gives 110/164 of its spare
    # (rounded down), the 2 px left over come from the sparest column
    assert share(200, wanted, least, stretch=2) == [36, 41, 57, 66]
    # the slider first (52 px), then the others share the 58 px still short (18, 29 and
    # 10 px, and the one left over from the sparest)
    assert share(200, wanted, least, stretch=2, first=[3]) == [42, 50, 60, 48]
    assert share(100, wanted, least, stretch=2) == [24, 24, 50, 48]
