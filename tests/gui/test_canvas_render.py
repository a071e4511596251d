"""The shared renderer without a window: what print gets (no LOD cache), level of detail,
label placement without overlaps, right-to-left labels."""

from __future__ import annotations

import pytest
import shapely
from conftest import line, point, project_with, zone
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from zoneeditor.core.viewport import Viewport, zoom_bucket
from zoneeditor.render.labels import LabelSpace, TextPainter, is_rtl
from zoneeditor.render.lod import SMALL, LodCache
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.qpath import path_from_geometry
from zoneeditor.render.scene import Scene
from zoneeditor.render.style import MapStyle

BOX = "POLYGON ((36 35, 37 35, 37 36, 36 36, 36 35))"


def render(scene: Scene, vp: Viewport, painter: MapPainter | None = None) -> QImage:
    img = QImage(vp.width, vp.height, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(img)
    (painter or MapPainter()).paint(p, vp, scene)
    p.end()
    return img


def test_zone_is_filled_with_its_party_colour(qapp):
    project = project_with(agreed=[zone("z", BOX, party="A", name="Zone")])
    vp = Viewport.fit((35, 34, 38, 37), 300, 300)
    img = render(Scene(project), vp)
    inside = img.pixelColor(*[round(c) for c in vp.to_screen(36.2, 35.8)])
    outside = img.pixelColor(*[round(c) for c in vp.to_screen(35.2, 34.2)])
    party = QColor("#c0392b")  # party A in the builders
    assert inside != outside
    assert inside.red() > inside.blue()  # tinted red
    assert outside == QColor(MapStyle().sea)  # no basemap given: sea colour
    assert party.isValid()


def test_proposal_draws_the_agreed_baseline_beneath(qapp):
    agreed = zone("z", BOX, party="A", status="agreed")
    moved = zone("z", "POLYGON ((36.5 35, 37.5 35, 37.5 36, 36.5 36, 36.5 35))", party="A")
    project = project_with(agreed=[agreed], proposals={"P": [moved]})
    vp = Viewport.fit((35, 34, 38, 37), 400, 400)
    x, y = vp.to_screen(36, 35.5)  # on the agreed western edge, outside the proposal
    with_under = render(Scene(project, "P"), vp).pixelColor(round(x), round(y))
    without = render(Scene(project, "P", baseline_underlay=False), vp).pixelColor(round(x),
                                                                                  round(y))
    assert without == QColor(MapStyle().sea)
    assert with_under != without


def test_hidden_layer_and_selection(qapp):
    project = project_with(agreed=[zone("z", BOX, party="B"), point("p", "POINT (36.5 35.5)")])
    vp = Viewport.fit((35, 34, 38, 37), 300, 300)
    px = [round(c) for c in vp.to_screen(36.5, 35.5)]
    shown = render(Scene(project), vp).pixelColor(*px)
    hidden = render(Scene(project, hidden_layers=frozenset({"points"})), vp).pixelColor(*px)
    assert shown != hidden
    edge = [round(c) for c in vp.to_screen(36.0, 35.5)]
    plain = render(Scene(project), vp).pixelColor(*edge)
    selected = render(Scene(project, selection=frozenset({"z"})), vp).pixelColor(*edge)
    assert plain != selected


def test_lod_simplifies_large_geometries_and_keeps_small_ones(qapp):
    circle = shapely.Point(36, 35).buffer(1.0, quad_segs=2000)  # 8,000 vertices
    small = shapely.box(36, 35, 36.1, 35.1)
    lod = LodCache(threaded=False)
    coarse, tiny = lod.paths([circle, small], zoom_bucket(20.0))
    full = path_from_geometry(circle)
    assert coarse.elementCount() < full.elementCount() / 10
    assert tiny.elementCount() == path_from_geometry(small).elementCount() <= SMALL
    fine = lod.paths([circle], zoom_bucket(5000.0))[0]
    assert coarse.elementCount() < fine.elementCount()
    # cached: the same object comes back
    assert lod.paths([circle], zoom_bucket(20.0))[0] is coarse


def test_threaded_lod_serves_a_stand_in_then_the_right_bucket(qapp):
    big = shapely.MultiPolygon([shapely.Point(30 + i, 35).buffer(0.4, quad_segs=4000)
                                for i in range(6)])  # ~96,000 vertices: over the sync limit
    lod = LodCache(threaded=True)
    ready = []
    lod.on_ready = lambda: ready.append(True)
    assert lod.paths([big], 3)[0] is None  # never seen: left out, the worker computes it
    lod.wait()
    assert ready
    first = lod.paths([big], 3)[0]
    assert first is not None
    ready.clear()
    stand_in = lod.paths([big], 12)[0]  # another bucket: the cached one meanwhile
    assert stand_in is first
    lod.wait()
    assert ready
    proper = lod.paths([big], 12)[0]
    assert proper is not first and proper.elementCount() > first.elementCount()
    lod.retain([])
    assert lod.paths([big], 3)[0] is None  # forgotten: the worker recomputes it
    lod.close()
    sync = LodCache(threaded=False)  # print: always complete at once
    assert sync.paths([big], 3)[0] is not None


def test_labels_never_overlap(qapp):
    space = LabelSpace(padding=0)
    assert space.try_take(QRectF(0, 0, 50, 10))
    assert not space.try_take(QRectF(40, 5, 50, 10))
    assert space.try_take(QRectF(51, 0, 20, 10))
    assert not space.is_free(QRectF(-5, -5, 10, 10))


def test_feature_labels_are_placed_without_overlap(qapp):
    feats = [point(f"p{i}", f"POINT ({36 + i * 0.01} 35)", name=f"Observation post {i}")
             for i in range(10)]
    project = project_with(agreed=feats)
    vp = Viewport.fit((35.9, 34.9, 36.2, 35.1), 600, 400)
    labels = MapPainter().feature_labels(vp, Scene(project))
    assert 1 <= len(labels) < 10  # crowded: some are left out
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            assert not a.rect.intersects(b.rect)


def test_arabic_text_is_right_to_left_and_shaped(qapp):
    assert is_rtl("إدلب") and not is_rtl("Idlib") and is_rtl("  «حماة»")
    text = TextPainter()
    from zoneeditor.render.fonts import label_font, register_fonts

    assert any("Arabic" in f for f in register_fonts())
    _, joined = text.shaped("إدلب", label_font(12))
    _, spaced = text.shaped(" ".join("إدلب"), label_font(12))
    # shaping joins the letters: the word is narrower than its letters set apart
    assert joined.width() < spaced.width()


def test_print_style_scales_sizes(qapp):
    project = project_with(agreed=[line("l", "LINESTRING (36 35, 37 36)", party="A")])
    vp = Viewport.fit((35.5, 34.5, 37.5, 36.5), 200, 200)
    thin = render(Scene(project), vp)
    thick = render(Scene(project), vp, MapPainter(MapStyle(scale=4.0)))

    def painted(img):
        sea = QColor(MapStyle().sea)
        return sum(img.pixelColor(x, y) != sea for x in range(0, 200, 2) for y in range(0, 200, 2))

    assert painted(thick) > 2 * painted(thin)


# -- the canvas after an edit: only the changed part is repainted, with the same pixels ------


def _pixels(canvas):
    import numpy as np

    img = canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return np.frombuffer(img.constBits(), dtype=np.uint8).reshape(
        img.height(), img.bytesPerLine() // 4, 4)[:, :img.width(), :3].astype(int).copy()


def _assert_same_as_full_render(canvas):
    import numpy as np

    edited = _pixels(canvas)
    canvas.refresh(static=True)  # a fresh full render of the same state
    full = _pixels(canvas)
    diff = np.abs(edited - full).max(axis=2)
    # antialiasing noise at most: a handful of pixels, by a few levels
    assert (diff > 8).sum() <= 20, (diff > 8).sum()
    assert diff.mean() < 0.05


@pytest.fixture
def edit_window(windows):
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    w = windows.shown(QSize(1600, 1000), settings="s.ini")
    w.canvas.fit_to_project()
    w.canvas._settle.stop()  # the view is still: cached images are drawn unscaled
    w.selection.set(())
    for _ in range(3):  # settled full render, every LOD path the view needs delivered
        w.canvas.lod.wait()
        QApplication.processEvents()
        w.canvas.refresh(static=True)
        _pixels(w.canvas)
    w.canvas.lod.wait()
    QApplication.processEvents()
    return w


@pytest.mark.parametrize("edit", ["move", "rename", "notes", "delete", "add"])
def test_an_edit_repaints_only_its_area_with_the_pixels_of_a_full_render(edit_window, edit):
    import shapely.affinity

    from zoneeditor.core import edits

    w = edit_window
    canvas, doc = w.canvas, w.document
    cached = canvas.images.layers_image
    zone_f = doc.version.get("zone-hama")
    if edit == "move":
        moved = shapely.affinity.translate(zone_f.geometry, 0.15, -0.1)
        cs = edits.set_geometry(doc.version, zone_f, moved, "Move")
    elif edit == "rename":
        idlib = doc.version.get("zone-idlib")  # a zone whose label is shown
        cs = edits.set_attributes(doc.version, idlib, name="Idlib governorate")
    elif edit == "notes":
        cs = edits.set_attributes(doc.version, zone_f, notes="invisible")
    elif edit == "delete":
        cs = edits.delete_features(doc.version, ["line-idlib-hama"])
    else:
        cs = edits.add_feature(doc.version, "zones", shapely.box(36.9, 34.2, 37.4, 34.6),
                               name="New zone", party=zone_f.party, status="disputed")
    doc.history.push(cs)
    _pixels(canvas)
    if edit == "rename":
        shown = canvas.painter.feature_labels(canvas.viewport, canvas.scene())
        # labels show both names by default: "Idlib governorate · إدلب"
        assert any(lab.text.split(" · ")[0] == "Idlib governorate" for lab in shown)
    assert canvas.images.layers_image is cached  # repainted in place, not re-rendered whole
    _assert_same_as_full_render(canvas)
    doc.history.undo()
    _pixels(canvas)
    assert canvas.images.layers_image is not None
    _assert_same_as_full_render(canvas)
