"""The Changes panel is read at its docked size on a laptop: the summary first (with what was
too small to list), the telling columns in full, the others on demand, the selected change
in words, and "Show large". On the map, the overlay's labels keep clear of the map's own
labels and names at the Idlib/Hama change (the canvas hands them over as ``avoid``)."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction
from support.changes_panel import shown_changes

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.naming import strip_bidi
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.diff_panel import DEFAULT_COLUMNS, DiffPanel, DiffTableModel
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.gui.screen_fit import FRAME_ESTIMATE
from zoneeditor.io.gazetteer import load_gazetteer
from zoneeditor.io.session import Session

LAPTOP = QSize(1366, 740)


def plain(text: str) -> str:
    """What a reader sees: the panel isolates names and numbers (bidi marks) and keeps a
    number with its unit (a no-break space)."""
    return strip_bidi(text).replace("\xa0", " ")
IDLIB_HAMA = (36.3, 35.0, 37.0, 35.6)


@pytest.fixture
def window(qtbot, tmp_path, sample_copy):
    w = MainWindow(Session.open(sample_copy), settings=QSettings(
        str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w.reset_layout(LAPTOP)
    w.resize(LAPTOP.width(), LAPTOP.height() - FRAME_ESTIMATE)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.wait_background()
    w.document.history.set_clean()
    w.close()
    w.deleteLater()


@pytest.fixture
def panel(qtbot, window) -> DiffPanel:
    return shown_changes(window, qtbot)


def shown_columns(panel: DiffPanel) -> list[str]:
    return [c for i, c in enumerate(DiffTableModel.COLUMNS) if not panel.table.isColumnHidden(i)]


def test_the_docked_panel_reads_summary_first_and_whole_columns(panel):
    table = panel.table
    assert panel.summary_label.mapTo(panel, panel.summary_label.rect().topLeft()).y() < \
        table.mapTo(panel, table.rect().topLeft()).y()
    assert "Opposition to Government" in plain(panel.summary_label.text())
    assert shown_columns(panel) == list(DEFAULT_COLUMNS)
    header = table.horizontalHeader()
    widths = sum(header.sectionSize(i) for i in range(header.count())
                 if not table.isColumnHidden(i))
    assert widths <= table.viewport().width()  # no column behind a horizontal scroll bar
    assert not table.horizontalScrollBar().isVisible()
    feature = header.sectionSize(DiffTableModel.COLUMNS.index("feature"))
    assert feature >= table.fontMetrics().horizontalAdvance("Eastern Ghouta")
    # every changed feature is on screen without scrolling (the tester saw one row)
    rows = panel.proxy.rowCount()
    assert rows == 8
    assert table.rowViewportPosition(rows - 1) + table.rowHeight(rows - 1) <= \
        table.viewport().height()


def test_the_other_columns_are_a_click_away(qtbot, panel):
    act = next(a for a in panel.column_menu.actions() if a.text() == "Max shift km")
    assert not act.isChecked()
    act.trigger()
    assert "shift" in shown_columns(panel)
    # the header's context menu is the same menu
    assert panel.table.horizontalHeader().contextMenuPolicy() == \
        Qt.ContextMenuPolicy.CustomContextMenu
    act.trigger()
    assert "shift" not in shown_columns(panel)
    # the selected change in words: what the hidden columns hold
    row = next(r for r in range(panel.proxy.rowCount())
               if plain(panel.proxy.index(r, 0).data()).startswith("Idlib buffer security zone"))
    panel.table.setCurrentIndex(panel.proxy.index(row, 0))
    details = plain(panel.details_label.text())
    for text in ("Monitors", "zone", "134.4 km²", "165.1 km²", "313.8 km²", "283.1 km²",
                 "10.1 km", "status"):  # the shift as the command line says it
        assert text in details, (text, details)


def test_show_large_floats_the_panel_with_every_column(qtbot, window, panel):
    dock = panel.parentWidget().parentWidget().parentWidget()
    panel.large_button.click()
    qtbot.waitUntil(dock.isFloating, timeout=2000)
    assert panel.large
    assert dock.width() >= window.width() * 0.7 and dock.height() >= window.height() * 0.7
    assert shown_columns(panel) == list(DiffTableModel.COLUMNS)
    assert panel.large_button.isChecked()
    panel.large_button.click()
    qtbot.waitUntil(lambda: not dock.isFloating(), timeout=2000)
    assert shown_columns(panel) == list(DEFAULT_COLUMNS)
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_the_summary_says_what_was_too_small_to_list(window, panel):
    report = panel.report
    assert report.slivers.regions.count == 8  # the sample's crumbs of a rebuilt buffer
    summary = plain(panel.summary_label.text())
    assert "8 smaller pieces, 0.00028 km² in all (under 0.001 km²)" in summary
    # land changing hands that is too small to list, per transfer (Transfer.smaller)
    project = window.document.project
    coarse = diff_versions(project.agreed, project.versions["Proposal B"], load_gazetteer(),
                           min_area_km2=100.0)
    to_nobody = next(t for t in coarse.transfers if t.to is None)
    assert to_nobody.smaller.count == 1 and not to_nobody.pieces
    panel.on_computed(coarse)
    summary = plain(panel.summary_label.text())
    assert "From Opposition to no party also: 1 smaller piece, 57.2 km²" in summary
    assert "275.2 km² near Mūrak passes from Opposition to Government" in summary


@pytest.mark.parametrize("size", [(760, 520), (560, 420)])
def test_overlay_labels_keep_clear_of_the_maps_labels(qtbot, window, panel, size):
    window.resize(window.width() - window.canvas.width() + size[0],
                  window.height() - window.canvas.height() + size[1])
    qtbot.waitUntil(lambda: window.canvas.width() == size[0], timeout=2000)
    window.wait_background()  # towns and country names on the map
    window.editor.switch_version("Proposal B")
    canvas = window.canvas
    canvas.set_view(Viewport.fit(IDLIB_HAMA, canvas.width(), canvas.height(), margin=0.1),
                    settle=False)
    action = window.findChild(QAction, "action_show_diff")
    action.setChecked(True)
    canvas.grab()  # one frame: map images, then the overlay
    avoid = canvas.label_rects()
    assert len(avoid) > 10  # feature labels, towns, names
    placed = panel.on_map.callouts
    assert len(placed) >= 4  # −275.2 km², +275.2 km², the shift, Eastern Ghouta…
    boxes = [c.rect for c in placed if c.number == 0] + [c.marker for c in placed if c.number]
    for box in boxes:
        hit = [r for r in avoid if box.intersects(r)]
        assert not hit, f"an overlay label {box} covers a map label {hit[0]}"
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b), f"overlay labels on top of each other: {a} {b}"
