"""The Changes panel reads as clearly as ``zoneeditor diff``: the party totals under the
heading the command line gives them, what the buffer zones did, one figure for the largest
shift in the table, its details and the command line, features named as the map labels them
(Arabic names in an Arabic window), names that tell two observation posts apart in the
docked table at 1366×768 (Russian, where the columns' titles are widest) and in a narrower
dock, and a first order that is
what the sort indicator says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from zoneeditor import i18n
from zoneeditor.core.diff_report import summary_text as cli_summary
from zoneeditor.core.naming import SEPARATOR, strip_bidi, strip_isolates
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.diff_panel import DiffPanel, DiffTableModel
from zoneeditor.gui.diff_table import text_room
from zoneeditor.gui.main_window import MainWindow
from zoneeditor.gui.screen_fit import FRAME_ESTIMATE
from zoneeditor.io.session import Session
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.scene import Scene

LAPTOP = QSize(1366, 768)
FEATURE = DiffTableModel.COLUMNS.index("feature")


def plain(text: str) -> str:
    """What a reader sees: without the bidi marks, a no-break space as a space."""
    return strip_bidi(text).replace("\xa0", " ")


@pytest.fixture
def laptop(qtbot, qapp, tmp_path, sample_copy, request):
    """``laptop(lang)``: the window in ``lang`` at 1366×768 as a first start arranges it,
    its Changes panel in front comparing the baseline with Proposal B."""
    made: list[MainWindow] = []

    def make(lang: str) -> DiffPanel:
        assert i18n.install(qapp, lang) == lang
        request.addfinalizer(lambda: i18n.install(qapp, "en"))
        window = MainWindow(Session.open(sample_copy), settings=QSettings(
            str(tmp_path / f"settings-{lang}.ini"), QSettings.Format.IniFormat))
        made.append(window)
        window.reset_layout(LAPTOP)
        window.resize(LAPTOP.width(), LAPTOP.height() - FRAME_ESTIMATE)
        window.show()
        qtbot.waitExposed(window)
        panel = window.addons.changes
        panel.set_versions("agreed", "Proposal B")
        assert panel.wait() is not None
        panel.parentWidget().parentWidget().parentWidget().raise_()  # its tab in front
        qtbot.waitUntil(lambda: panel.table.isVisible()
                        and panel.table.viewport().height() > 50, timeout=3000)
        qtbot.wait(50)
        return panel

    yield make
    for window in made:
        window.wait_background()
        window.document.history.set_clean()
        window.close()
        window.deleteLater()


def feature_cells(panel: DiffPanel) -> list[str]:
    """The Feature column's texts, top to bottom."""
    return [panel.proxy.index(r, FEATURE).data() for r in range(panel.proxy.rowCount())]


def row_of(panel: DiffPanel, fid: str) -> int:
    """The table row (as sorted) of the change of feature ``fid``."""
    return next(r for r in range(panel.proxy.rowCount())
                if panel.model.row(panel.proxy.mapToSource(panel.proxy.index(r, 0)).row()).id
                == fid)


def shown_text(panel: DiffPanel, row: int) -> str:
    """The name as the docked table draws it in ``row``: the delegate's text for the cell's
    width, elided as the view elides it."""
    table = panel.table
    index = panel.proxy.index(row, FEATURE)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)  # as the view paints its cells
    option.rect = table.visualRect(index)
    delegate = table.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    return strip_isolates(option.fontMetrics.elidedText(option.text, option.textElideMode,
                                                       text_room(option)))


def test_party_totals_under_their_heading_and_what_the_buffer_zones_did(laptop):
    panel = laptop("en")
    lines = plain(panel.summary_label.text()).split("\n")
    heading = lines.index("Territory per party (buffer zones excluded):")
    assert lines[heading + 1].startswith("Opposition: 10,597.4 → 10,265.0 km² (−332.4 km²)")
    assert lines[heading + 2].startswith("Government: 2,347.5 → 2,622.7 km² (+275.2 km²)")
    # the Monitors' buffer zone shrank: said, and kept apart from the territory
    assert "Buffer zones of Monitors: 313.8 → 283.1 km² (−30.7 km²)" in lines
    # the command line says the same figures under the same heading
    text = cli_summary(panel.report)
    assert "Territory per party (buffer zones excluded)" in text
    assert "  Monitors: 313.8 → 283.1 km² (−30.7 km²)" in text


def test_the_largest_shift_reads_the_same_in_the_table_its_details_and_the_cli(laptop):
    panel = laptop("en")
    panel.show_column("shift", True)
    cli = cli_summary(panel.report)
    shift = DiffTableModel.COLUMNS.index("shift")
    ghouta = row_of(panel, "zone-ghouta")
    assert panel.proxy.index(ghouta, shift).data() == "4.4"  # not 4.433
    panel.table.setCurrentIndex(panel.proxy.index(ghouta, FEATURE))
    assert "largest shift 4.4 km" in plain(panel.details_label.text())
    assert "Eastern Ghouta (Opposition): modified — lost 57.2 km²" in cli
    assert "max shift 4.4 km" in cli
    for fd in panel.report.changed:  # every shift in the table is the command line's
        cell = panel.proxy.index(row_of(panel, fd.id), shift).data()
        if cell and fd.layer.value == "zones":
            assert f"max shift {cell} km" in cli, (fd.name, cell)


def test_the_table_starts_in_the_order_its_sort_indicator_shows(laptop):
    panel = laptop("en")
    header = panel.table.horizontalHeader()
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == FEATURE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    names = [strip_isolates(n) for n in feature_cells(panel)]
    assert names == sorted(names, key=str.casefold)
    assert names[0].startswith("Eastern Ghouta") and names[-1].startswith("Southern zone")


def test_features_are_named_as_the_map_labels_them(laptop):
    panel = laptop("en")
    window = panel.window()
    project = window.document.project

    def map_labels(language: str) -> dict[str, str]:
        scene = Scene(project=project, version="Proposal B", label_language=language)
        view = Viewport.fit((35.5, 32.5, 37.5, 36.5), 4000, 4000)
        return {lab.fid: lab.text for lab in MapPainter().feature_labels(view, scene)}

    labels = map_labels(window.canvas.label_language)
    named = 0
    for fd in panel.report.changed:
        if fd.id in labels:
            assert panel.proxy.index(row_of(panel, fd.id), FEATURE).data() == labels[fd.id]
            named += 1
    assert named >= 5
    assert panel.proxy.index(row_of(panel, "zone-idlib"), FEATURE).data() == \
        "Idlib · \u2068إدلب\u2069"
    # View ▸ Labels in local language: the map shows the Arabic names, and so does the table
    window.window_actions.act_local_labels.trigger()
    window.canvas.grab()  # the map draws its next frame
    local = map_labels("local")
    assert panel.proxy.index(row_of(panel, "zone-idlib"), FEATURE).data() == "إدلب" == \
        local["zone-idlib"]


def test_an_arabic_window_names_features_in_arabic(laptop):
    panel = laptop("ar")
    names = feature_cells(panel)
    assert "إدلب" in names and "الغوطة الشرقية" in names
    assert not any(n.isascii() for n in names), names  # not one romanised name
    header = panel.table.horizontalHeader()
    assert header.sortIndicatorSection() == FEATURE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    # the observation posts, told apart
    surman, khan = (shown_text(panel, row_of(panel, fid))
                    for fid in ("post-surman", "post-khan-shaykhun"))
    assert surman != khan


def test_the_docked_table_tells_the_observation_posts_apart_in_russian(qtbot, laptop):
    panel = laptop("ru")
    shown = {fid: shown_text(panel, row_of(panel, fid))
             for fid in ("post-surman", "post-khan-shaykhun")}
    # the figures' columns give the names their room: whole (without the Arabic part)
    assert shown == {"post-surman": "Observation post Surman",
                     "post-khan-shaykhun": "Observation post Khan Shaykhun"}, shown
    # a narrower dock: the names are cut, and still told apart
    dock = panel.parentWidget().parentWidget().parentWidget()
    window = panel.window()
    window.resizeDocks([dock], [dock.width() - 120], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: "…" in shown_text(panel, row_of(panel, "post-surman")),
                    timeout=3000)
    shown = {fid: shown_text(panel, row_of(panel, fid))
             for fid in ("post-surman", "post-khan-shaykhun")}
    assert shown["post-surman"] != shown["post-khan-shaykhun"], shown
    # the words that differ stay whole (not "Observ…aykhun")
    assert shown["post-surman"].endswith("…Surman"), shown
    assert shown["post-khan-shaykhun"].endswith("…Shaykhun"), shown
    assert all(text.startswith("Obs") for text in shown.values())
    # the whole name (both scripts) is the cell's tooltip
    tip = panel.proxy.index(row_of(panel, "post-surman"), FEATURE).data(
        Qt.ItemDataRole.ToolTipRole)
    assert strip_isolates(tip).startswith(
        f"Observation post Surman{SEPARATOR}نقطة مراقبة الصرمان")


def test_a_long_summary_takes_the_room_a_short_table_leaves(qtbot):
    """Two changes and a summary of many lines: the summary does not scroll while the
    table below it shows blank rows (it takes more than its usual share)."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

    from zoneeditor.gui.diff_split import SUMMARY_SHARE, SummarySplit

    host = QWidget()
    qtbot.addWidget(host)
    table = QTableView(host)
    model = QStandardItemModel(2, 3, host)
    table.setModel(model)
    split = SummarySplit(host, table)
    QVBoxLayout(host).addWidget(split.splitter)
    split.status_label.setText("Agreed baseline → Proposal C: 2 changed features")
    split.summary_label.setText("\n".join(f"Line {i} of the summary" for i in range(24)))
    host.resize(360, 600)
    host.show()
    qtbot.waitExposed(host)
    split.fit()
    summary, rest = split.splitter.sizes()
    assert summary > (summary + rest) * SUMMARY_SHARE
    rows = table.verticalHeader().length()
    assert table.viewport().height() >= rows  # every row still shown
    assert table.viewport().height() < rows + 3 * table.verticalHeader().defaultSectionSize()
