"""Tools ▸ Georeference image… in the real window (pytest-qt, offscreen): a scan with a known
affine transform placed by clicks on the scan and on the map and by typed coordinates, its
residuals ~0, every control-point action undoable, the methods, a PDF page, and "Save GeoTIFF
and add as reference" drawing the scan on the map where it belongs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from support.reference import SCAN_AFFINE, SCAN_SIZE, scan_lonlat

from zoneeditor.core.viewport import Viewport
from zoneeditor.gui import georef_dialog


def scan_pixel(lon: float, lat: float) -> tuple[float, float]:
    """The scan position of a place (the inverse of the known affine)."""
    a, b, c, d, e, f = SCAN_AFFINE
    det = b * f - c * e
    dx, dy = lon - a, lat - d
    return (f * dx - c * dy) / det, (-e * dx + b * dy) / det


@pytest.fixture
def dialog(editor, scan_png, monkeypatch):
    """The georeferencing dialog opened from the Tools menu on the test scan."""
    monkeypatch.setattr(georef_dialog, "ask_scan_file", lambda parent, folder="": str(scan_png))
    editor.addons.references.act_georef.trigger()
    dlg = editor.addons.references.georef_dialog
    assert dlg is not None and dlg.isVisible()
    assert dlg.wait(60)
    assert dlg.scan_view.image is not None
    w, s = scan_lonlat(0, SCAN_SIZE[0])
    e, n = scan_lonlat(SCAN_SIZE[1], 0)
    dlg.map_view.show_bounds((w, min(s, n), e, max(s, n)), margin=0.2)
    yield dlg
    dlg.close()


def click(view, x: float, y: float) -> None:
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(x), round(y)))
    QApplication.processEvents()


def set_grid(dlg, crs: str) -> None:
    dlg.crs.setFocus()
    dlg.crs.clear()
    QTest.keyClicks(dlg.crs, crs)
    QTest.keyClick(dlg.crs, Qt.Key.Key_Return)


def type_point(dlg, px: float, py: float, place: str) -> None:
    """The keyboard way: scan x and y, the place in any notation, Enter."""
    for spin, value in ((dlg.px, px), (dlg.py, py)):
        spin.setFocus()
        spin.selectAll()
        QTest.keyClicks(spin, f"{value:.1f}")
    dlg.coordinate.setFocus()
    if place:  # typed (QTest types ASCII only: DMS marks are pasted)
        dlg.coordinate.clear()
        if place.isascii():
            QTest.keyClicks(dlg.coordinate, place)
        else:
            dlg.coordinate.insert(place)
            dlg.coordinate.textEdited.emit(place)
    QTest.keyClick(dlg.coordinate, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_pure_affine_scan_fits_with_zero_residuals_and_becomes_a_reference(editor, dialog,
                                                                           tmp_path):
    history = editor.document.history
    start = history.index
    assert editor.document.project.meta.georeferences == ()  # looking changes nothing
    # the test scan is drawn on a latitude/longitude grid: say so (the default is its UTM
    # zone, where a lon/lat affine bends by ~1 m over the sheet)
    set_grid(dialog, "EPSG:4326")
    assert editor.document.project.meta.georeferences == ()  # still only a draft

    # 1: click the red cross on the scan, then type where it is (decimal, latitude first)
    sx, sy = dialog.scan_view.to_screen(100.5, 80.5)
    click(dialog.scan_view, sx, sy)
    px, py = dialog.entry.scan
    lon, lat = scan_lonlat(px, py)
    QTest.keyClicks(dialog.coordinate, f"{lat:.9f}, {lon:.9f}")
    QTest.keyClick(dialog.coordinate, Qt.Key.Key_Return)
    assert len(dialog.georeference.points) == 1
    assert dialog.in_project and history.index == start + 1

    # 2: click the map first, then type the scan position (to 0.1 px) and press Enter
    lon2, lat2 = scan_lonlat(400, 40)
    mx, my = dialog.map_view.viewport.to_screen(lon2, lat2)
    click(dialog.map_view, mx, my)
    assert dialog.entry.place is not None
    px2, py2 = scan_pixel(*dialog.entry.place)
    type_point(dialog, px2, py2, "")  # the place is the map click's
    assert len(dialog.georeference.points) == 2
    assert (dialog.georeference.points[1].lon, dialog.georeference.points[1].lat) == \
        pytest.approx(scan_lonlat(px2, py2), abs=1e-12)

    # 3, 4 and 5: typed in DMS, in UTM and in decimal degrees
    from zoneeditor.core.positions import format_dms

    lon3, lat3 = scan_lonlat(50, 250)
    type_point(dialog, 50, 250, f"{format_dms(lat3, 'N', 'S')} {format_dms(lon3, 'E', 'W')}")
    import pyproj

    lon4, lat4 = scan_lonlat(420, 280)
    x4, y4 = pyproj.Transformer.from_crs(4326, 32637, always_xy=True).transform(lon4, lat4)
    type_point(dialog, 420, 280, f"37S {x4:.4f} {y4:.4f}")
    lon5, lat5 = scan_lonlat(200, 200)
    type_point(dialog, 200, 200, f"{lat5:.10f} {lon5:.10f}")
    lon6, lat6 = scan_lonlat(300, 100)
    type_point(dialog, 300, 100, f"{lat6:.10f}N {lon6:.10f}E")
    assert len(dialog.georeference.points) == 6
    assert history.index == start + 6  # one undo step per point
    assert dialog.georeference.crs == "EPSG:4326"

    summary = dialog.summary
    assert summary.error == ""
    assert dialog.table.rowCount() == 6
    assert dialog.table.item(0, dialog.table.COL_RESIDUAL).text() != ""
    # the map click's point was typed to 0.1 px (~2 m) and the DMS one to 0.1" (~3 m)
    assert summary.rms_m < 3.0
    # leave those two out: the pure affine fit is exact (residuals ~0)
    dialog.table.cellWidget(1, dialog.table.COL_USE).click()
    dialog.table.cellWidget(2, dialog.table.COL_USE).click()
    assert [p.enabled for p in dialog.georeference.points] == [True, False, False, True, True,
                                                               True]
    assert dialog.summary.rms_m < 0.01
    assert all(r.residual_m < 0.01 for r in dialog.summary.rows if r.enabled)
    assert "RMS 0.00 m" in dialog.rms.text()

    # save the GeoTIFF and add it as a reference (one undo step with its output)
    out = tmp_path / "annex-georef.tif"
    steps = history.index
    dialog.save(out)
    assert dialog.wait(60)
    assert out.exists() and out.with_suffix(".tif.points").exists()
    refs = editor.document.project.meta.references
    assert len(refs) == 1 and refs[0].path == str(out) and refs[0].kind == "raster"
    assert editor.document.project.meta.georeferences[0].output == str(out)
    assert history.index == steps + 1
    # the scan is drawn on the main map where it belongs: a grid cell's paper colour
    canvas = editor.canvas
    layers = editor.editor.layer_state
    for kind in ("zones", "lines", "points"):
        layers.set_visible(kind, False)
    layers.set_flag("show_basemap", False)  # no country name over the cell
    lon_c, lat_c = scan_lonlat(125, 125)  # inside the cell between grid lines 100 and 150
    canvas.set_view(Viewport.fit((lon_c - 0.005, lat_c - 0.005, lon_c + 0.005,
                                  lat_c + 0.005), canvas.width(), canvas.height()),
                    settle=False)
    state = editor.editor.references
    for _ in range(3):
        canvas.grab()
        state.cache.wait()
        QApplication.processEvents()
    img = canvas.grab().toImage()
    x, y = canvas.viewport.to_screen(lon_c, lat_c)
    c = img.pixelColor(round(x), round(y))
    assert (c.red(), c.green(), c.blue()) == pytest.approx((235, 235, 235), abs=6)


def test_control_point_actions_are_undoable_and_the_methods_switch(editor, dialog):
    history = editor.document.history
    start = history.index
    set_grid(dialog, "EPSG:4326")
    for px, py in ((10, 10), (440, 20), (30, 290), (420, 280), (200, 150), (100, 250),
                   (300, 60)):
        lon, lat = scan_lonlat(px, py)
        type_point(dialog, px, py, f"{lat:.9f} {lon:.9f}")
    assert len(dialog.georeference.points) == 7
    assert dialog.summary.rms_m < 0.01
    # thin-plate spline: residuals zero by construction, leave-one-out errors shown
    dialog.method.setCurrentIndex(dialog.method.findData("tps"))
    dialog.method.activated.emit(dialog.method.currentIndex())
    assert dialog.georeference.method == "tps"
    assert all(r.leave_one_out_m is not None for r in dialog.summary.rows)
    assert dialog.table.item(0, dialog.table.COL_LOO).text() != ""
    assert history.undo_label == "Georeferencing method tps"
    # 2nd-order polynomial
    dialog.method.setCurrentIndex(dialog.method.findData("polynomial2"))
    dialog.method.activated.emit(dialog.method.currentIndex())
    assert dialog.summary.error == "" and dialog.summary.rms_m < 0.01
    # delete the selected point (Delete key on the table), disable another
    dialog.table.selectRow(6)
    dialog.table.setFocus()
    QTest.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert len(dialog.georeference.points) == 6
    assert dialog.summary.error == ""  # six points: enough for the polynomial
    dialog.table.cellWidget(0, dialog.table.COL_USE).click()
    assert "needs at least 6" in dialog.summary.error
    assert dialog.rms.text() == dialog.summary.error
    # every one of those was a step: undo them all with the dialog's Ctrl+Z
    steps = history.index - start
    assert steps == 7 + 2 + 2
    for _ in range(steps):
        QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert history.index == start
    assert editor.document.project.meta.georeferences == ()
    assert dialog.table.rowCount() == 0 and not dialog.in_project
    dialog.redo_button.click()
    assert len(dialog.georeference.points) == 1 and dialog.in_project


def test_a_pdf_page_is_chosen_and_the_georeferencing_is_saved_with_the_project(
        editor, scan_pdf, tmp_path, monkeypatch):
    monkeypatch.setattr(georef_dialog, "ask_scan_file", lambda parent, folder="": str(scan_pdf))
    editor.addons.references.act_georef.trigger()
    dlg = editor.addons.references.georef_dialog
    assert dlg.wait(60)
    assert dlg.page.isEnabled() and dlg.page.maximum() == 2
    dlg.page.setValue(2)
    assert dlg.wait(60)
    assert dlg.georeference.page == 1
    image = dlg.scan_view.image
    assert image.width() > SCAN_SIZE[1]  # rendered at 200 dpi from 72 dpi points
    for px, py in ((10, 10), (500, 30), (60, 400)):
        type_point(dlg, px, py, "35.9, 36.5" if px == 10 else
                   ("35.91, 36.6" if px == 500 else "35.85, 36.51"))
    kept = editor.document.project.meta.georeferences[0]
    assert kept.page == 1 and len(kept.points) == 3
    project = tmp_path / "georef.gpkg"
    editor.editor.save(project)
    dlg.close()
    assert editor.open_path(project)
    (again,) = editor.document.project.meta.georeferences
    assert again == kept
    editor.addons.references.act_georef.trigger()  # continues the project's georeferencing
    assert dlg.wait(60)
    assert dlg.georeference == kept and dlg.table.rowCount() == 3
    dlg.close()


def test_dialog_fits_a_small_screen_and_is_reachable_by_keyboard(editor, dialog):
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert dialog.minimumSizeHint().width() <= 1366
    assert dialog.minimumSizeHint().height() <= 700
    chain = []  # the widgets Tab visits, in order
    widget = dialog.open_button
    for _ in range(300):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is dialog.open_button:
            break
    for name in ("scanView", "georefMapView", "georefCoordinate", "addControlPoint",
                 "controlPoints", "saveGeoreference", "georefMethod"):
        assert name in chain
    # the scan comes before the map, the place before Add point
    assert chain.index("scanView") < chain.index("georefMapView")
    assert chain.index("georefCoordinate") < chain.index("addControlPoint")
