"""The window's map shows a comparison as the printed sheet does: with the Changes panel's
overlay on (Proposal B against the agreed lines), no town's name lies over the land that
changed — Dūmā, ʿIrbīn and Jaramānā lay over the land Eastern Ghouta lost — and the point
symbols are drawn over the overlay's hatching (Observation post Morek's triangle, on the land
Idlib loses, was tinted and hatched over)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QAction, QImage
from support.changed_land import hatched, lonlat_box

from zoneeditor.render.fonts import label_font
from zoneeditor.render.labels import is_rtl
from zoneeditor.render.map_names import place_label, town_threshold

#: Views (west, south, east, north) where, without the comparison, towns are named over the
#: changed land: Dūmā near Damascus; An Nashābīyah closer in; Mūrak's neighbours.
DAMASCUS = (35.6, 33.0, 37.2, 34.1)
EASTERN_GHOUTA = (36.22, 33.42, 36.58, 33.66)
MOREK = (36.40, 35.20, 36.95, 35.56)


def _named_towns(canvas) -> dict[str, QRectF]:
    """The towns the map names now, with the rectangle of each name: a town's name sits on
    one side of its dot or the other (``MapNames._paint_towns``), and the names image
    reports every rectangle it took (``images.names_rects``)."""
    painter, scene, view = canvas.painter, canvas.scene(), canvas.viewport
    taken = {(round(r.x(), 2), round(r.y(), 2), round(r.width(), 2), round(r.height(), 2))
             for r in canvas.images.names_rects}
    font = label_font(painter.style.town_font_pt * painter.style.scale)
    r = painter.style.px(2.0)
    x0, y0, x1, y1 = view.bounds
    out: dict[str, QRectF] = {}
    for town in scene.gazetteer.within(x0, y0, x1, y1, town_threshold(view.ppd)):
        name = place_label(town, scene)
        sx, sy = view.to_screen(town.lon, town.lat)
        for left in (is_rtl(name), not is_rtl(name)):
            anchor = QPointF(sx - r - 3, sy) if left else QPointF(sx + r + 3, sy)
            rect = painter.text.rect_at(name, font, anchor, "left" if left else "right")
            key = (round(rect.x(), 2), round(rect.y(), 2), round(rect.width(), 2),
                   round(rect.height(), 2))
            if key in taken:
                out[town.name] = rect
                break
    return out


def _show_changes(editor, on: bool = True):
    """Proposal B on the map and the Changes panel's comparison with the agreed lines."""
    editor.map.version("Proposal B")
    panel = editor.addons.changes
    panel.set_versions("agreed", "Proposal B")
    assert panel.wait() is not None
    editor.findChild(QAction, "action_show_diff").setChecked(on)
    return panel


@pytest.mark.parametrize("where", [DAMASCUS, EASTERN_GHOUTA, MOREK])
def test_no_town_is_named_over_the_land_that_changed(editor, where):
    drive = editor.map
    panel = _show_changes(editor, on=False)
    drive.show(*where)
    drive.idle()
    canvas = editor.canvas
    canvas.grab()
    view = canvas.viewport
    areas = [a for a in hatched(panel.report)
             if a.intersects(shapely.box(*view.bounds))]
    assert areas  # changed land is in sight
    before = _named_towns(canvas)
    # without the comparison the towns are named where they always are, some on it
    assert any(a.intersects(lonlat_box(rect, view)) for rect in before.values() for a in areas)

    editor.findChild(QAction, "action_show_diff").setChecked(True)
    canvas.grab()
    assert canvas.viewport == view
    named = _named_towns(canvas)
    assert len(named) >= 5, sorted(named)  # the towns elsewhere are still named
    for name, rect in named.items():
        hit = [a for a in areas if a.intersects(lonlat_box(rect, view))]
        assert not hit, f"{name}'s name lies over the land that changed"

    # the comparison is left: the towns are named as before
    editor.findChild(QAction, "action_show_diff").setChecked(False)
    canvas.grab()
    assert _named_towns(canvas) == before


def _symbol_pixels(image: QImage, x: float, y: float) -> np.ndarray:
    """The 3×3 pixels (RGB) at the centre of a point symbol."""
    out = np.zeros((3, 3, 3), dtype=int)
    for j in range(3):
        for i in range(3):
            c = image.pixelColor(round(x) - 1 + i, round(y) - 1 + j)
            out[j, i] = (c.red(), c.green(), c.blue())
    return out


def test_point_symbols_are_drawn_over_the_overlay(editor):
    drive = editor.map
    panel = _show_changes(editor, on=False)
    drive.show(*MOREK)
    drive.idle()
    canvas = editor.canvas
    morek = drive.feature(id="post-morek").geometry
    lost = panel.report.feature("zone-idlib").measures.lost
    assert lost.contains(morek)  # the post stands on the land Idlib loses
    plain = canvas.grab().toImage()
    x, y = canvas.viewport.to_screen(morek.x, morek.y)
    symbol = _symbol_pixels(plain, x, y)

    editor.findChild(QAction, "action_show_diff").setChecked(True)
    compared = canvas.grab().toImage()
    # the overlay is drawn around the post (its red tint and hatching) ...
    ring = _symbol_pixels(compared, x, y - 14) - _symbol_pixels(plain, x, y - 14)
    assert np.abs(ring).max() > 20
    # ... and the post's triangle over it, as without the overlay
    diff = np.abs(_symbol_pixels(compared, x, y) - symbol)
    assert diff.max() <= 4, diff.max()
