"""The canvas: wheel and drag move the view as expected, hidden layers vanish from the
pixels, the select tool works by click and rubber band, keys pan and zoom."""

from __future__ import annotations

import pytest
import shapely
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from zoneeditor.core.naming import ltr


@pytest.fixture
def window(windows):
    w = windows.shown(QSize(1200, 800), settings="s.ini", background=False)
    w.canvas.fit_to_project()
    return w


def screen_of(canvas, lon, lat) -> QPoint:
    x, y = canvas.viewport.to_screen(lon, lat)
    return QPoint(round(x), round(y))


def interior(window, fid):
    p = shapely.point_on_surface(window.document.feature(fid).geometry)
    return p.x, p.y


def wheel(canvas, pos: QPointF, notches: int) -> None:
    ev = QWheelEvent(pos, canvas.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120 * notches),
                     Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                     Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, ev)


def test_wheel_zooms_at_the_cursor(window):
    c = window.canvas
    pos = QPointF(300, 200)
    before = c.viewport
    under = before.to_map(pos.x(), pos.y())
    wheel(c, pos, 2)
    after = c.viewport
    assert after.ppd == pytest.approx(before.ppd * 1.25 ** 2)
    assert after.to_map(pos.x(), pos.y()) == pytest.approx(under, abs=1e-9)
    wheel(c, pos, -2)
    assert c.viewport.ppd == pytest.approx(before.ppd)


def test_middle_drag_pans_with_the_cursor(window, qtbot):
    c = window.canvas
    start, end = QPoint(400, 300), QPoint(520, 260)
    lonlat = c.viewport.to_map(400, 300)
    qtbot.mousePress(c, Qt.MouseButton.MiddleButton, pos=start)
    qtbot.mouseMove(c, QPoint(450, 280))
    qtbot.mouseMove(c, end)
    qtbot.mouseRelease(c, Qt.MouseButton.MiddleButton, pos=end)
    # the map point that was under the press is now under the release
    assert c.viewport.to_screen(*lonlat) == pytest.approx((520, 260), abs=1e-6)
    assert window.selection.ids == frozenset()  # a pan is not a click


def test_space_left_drag_pans(window, qtbot):
    c = window.canvas
    lonlat = c.viewport.to_map(300, 300)
    qtbot.keyPress(c, Qt.Key.Key_Space)
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    qtbot.mouseMove(c, QPoint(340, 330))
    qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=QPoint(340, 330))
    qtbot.keyRelease(c, Qt.Key.Key_Space)
    assert c.viewport.to_screen(*lonlat) == pytest.approx((340, 330), abs=1e-6)


def test_keys_pan_and_zoom(window, qtbot):
    c = window.canvas
    v0 = c.viewport
    c.setFocus()
    qtbot.keyClick(c, Qt.Key.Key_Right)
    assert c.viewport.cx > v0.cx and c.viewport.cy == pytest.approx(v0.cy)
    qtbot.keyClick(c, Qt.Key.Key_Up)
    assert c.viewport.cy > v0.cy
    qtbot.keyClick(c, Qt.Key.Key_Plus)
    assert c.viewport.ppd == pytest.approx(v0.ppd * 1.25)
    qtbot.keyClick(c, Qt.Key.Key_Minus)
    assert c.viewport.ppd == pytest.approx(v0.ppd)


def test_fit_to_project_after_zooming_away(window):
    c = window.canvas
    fitted = c.viewport
    c.zoom_by(20, (10, 10))
    window.window_actions.act_fit.trigger()
    assert c.viewport.cx == pytest.approx(fitted.cx) and c.viewport.ppd == pytest.approx(
        fitted.ppd)


def test_a_view_set_as_final_is_rendered_even_while_a_motion_settles(window):
    """A wheel zoom starts the settle timer (images are drawn scaled until it fires); a view
    set as final right after (the test kit's show(), the georeferencer's) is rendered at its
    next frame, not drawn from the motion's images. The CI once saw no town named after
    MapDriver.show() because the timer of the fixture's fit was still running."""
    c = window.canvas
    c.grab()
    wheel(c, QPointF(300, 200), 3)
    assert c._settle.isActive()
    target = c.viewport.zoomed(1.5, (100, 100))
    c.set_view(target, settle=False)
    c.grab()
    assert c.images.is_current(c.viewport)


def pixel(window, lon, lat) -> QColor:
    c = window.canvas
    img = c.grab().toImage()
    p = screen_of(c, lon, lat)
    return img.pixelColor(p.x(), p.y())


def test_hiding_a_layer_removes_it_from_the_picture(window):
    window.wait_background()
    window.editor.layer_state.set_flag("show_towns", False)  # no town dot under the probe
    window.window_actions.act_labels.trigger()  # nor a label
    assert not window.canvas.show_labels
    lon, lat = interior(window, "zone-ghouta")
    shown = pixel(window, lon, lat)
    window.layers_panel.table.cellWidget(
        window.editor.layer_state.panel_order.index(
            __import__("zoneeditor.core.model", fromlist=["LayerKind"]).LayerKind.ZONES),
        window.layers_panel.COL_VISIBLE).setChecked(False)
    assert "zones" in window.editor.layer_state.hidden
    hidden = pixel(window, lon, lat)
    assert hidden != shown
    # without the zone the pixel is the land colour of the basemap
    land = QColor(window.canvas.painter.style.land)
    assert abs(hidden.red() - land.red()) + abs(hidden.green() - land.green()) + abs(
        hidden.blue() - land.blue()) < 12
    # the zone is tinted with its party's colour (Opposition is blue)
    assert shown.blue() > shown.red()
    window.editor.layer_state.set_visible("zones", True)
    assert pixel(window, lon, lat) == shown


def test_opacity_zero_hides_and_selection_is_drawn(window):
    window.editor.layer_state.set_flag("show_towns", False)
    lon, lat = interior(window, "zone-south")
    shown = pixel(window, lon, lat)
    window.editor.layer_state.set_opacity("zones", 0.0)
    assert pixel(window, lon, lat) != shown
    window.editor.layer_state.set_opacity("zones", 1.0)
    # the selection outline changes the pixels on the zone's boundary
    g = window.document.feature("zone-south").geometry
    bx, by = g.exterior.coords[0]
    before = pixel(window, bx, by)
    window.selection.set({"zone-south"})
    after = pixel(window, bx, by)
    assert before != after


def test_click_selects_and_escape_clears(window, qtbot):
    c = window.canvas
    idlib = screen_of(c, *interior(window, "zone-idlib"))
    qtbot.mouseClick(c, Qt.MouseButton.LeftButton, pos=idlib)
    assert window.selection.ids == {"zone-idlib"}
    assert window.attributes_panel.name.text() == "Idlib"
    post = window.document.feature("post-morek").geometry
    p = screen_of(c, post.x + c.viewport.pixel_degrees(4), post.y)
    qtbot.mouseClick(c, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, pos=p)
    assert window.selection.ids == {"zone-idlib", "post-morek"}
    c.setFocus()
    qtbot.keyClick(c, Qt.Key.Key_Escape)
    assert window.selection.ids == frozenset()


def test_rubber_band_selects_what_it_touches(window, qtbot):
    c = window.canvas
    doc = window.document
    south = doc.feature("zone-south").geometry.bounds
    ghouta = doc.feature("zone-ghouta").geometry.bounds
    # a box from south-west of the southern zone to the middle of Eastern Ghouta
    a = screen_of(c, south[0] - 0.05, south[1] - 0.05)
    b = screen_of(c, (ghouta[0] + ghouta[2]) / 2, (ghouta[1] + ghouta[3]) / 2)
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(c, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(c, b)
    assert c.preview is not None and c.preview.rubber_band is not None
    qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=b)
    band = shapely.box(*c.viewport.to_map(a.x(), b.y()), *c.viewport.to_map(b.x(), a.y()))
    expected = {f.id for f in doc.version if f.geometry.intersects(band)}
    assert {"zone-south", "zone-ghouta"} <= expected
    assert window.selection.ids == expected
    assert c.preview is None


def test_tool_actions_have_single_key_shortcuts(window):
    from zoneeditor.core.tools.registry import tool_classes
    from zoneeditor.core.tools.select import SelectTool

    act = window.window_actions.tool_actions[SelectTool]
    assert act.shortcut().toString() == "S" and act.isChecked()
    assert window.menu("Tools").actions()[0].text() == "Select"
    assert len(window.window_actions.tool_actions) == len(tool_classes())


def test_status_bar_shows_position_and_scale(window, qtbot):
    c = window.canvas
    qtbot.mouseMove(c, QPoint(200, 150))
    lon, lat = c.viewport.to_map(200, 150)
    # isolated left to right: an Arabic status bar keeps "33.5, 36.3" in order
    assert window.map_status.position.text() == ltr(f"{lat:.5f}, {lon:.5f}")
    window.map_status.dms.setChecked(True)
    assert "″N" in window.map_status.position.text()
    old = window.map_status.scale.text()
    c.zoom_by(2)
    assert window.map_status.scale.text() != old


def test_overlays_are_called_with_the_viewport(window):
    calls = []
    window.canvas.add_overlay(lambda painter, viewport: calls.append(viewport))
    window.canvas.grab()
    assert calls and calls[-1] == window.canvas.viewport
