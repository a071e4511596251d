"""MapImageCache without a widget: an edit repaints its area in place with the pixels of a full
render, labels are placed again only when they can change, a moving view keeps its images,
and changed_tiles finds where two images differ."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
import shapely.affinity
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from zoneeditor.core import edits
from zoneeditor.core.document import Document
from zoneeditor.core.viewport import Viewport
from zoneeditor.io.gazetteer import load_gazetteer
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.render.fonts import register_fonts
from zoneeditor.render.map_cache import MapImageCache, changed_tiles
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.scene import Scene

W, H = 640, 480


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.fixture
def doc(qapp) -> Document:
    register_fonts()
    d = Document(read_project(sample_path()))
    d.current_version = "Proposal B"
    return d


def _scene(doc: Document, gazetteer, **kw) -> Scene:
    return Scene(doc.project, doc.current_version, gazetteer=gazetteer, **kw)


def _view(doc: Document) -> Viewport:
    bounds = shapely.total_bounds([f.geometry for f in doc.version])
    return Viewport.fit(tuple(bounds), W, H, margin=0.06)


def _pixels(cache: MapImageCache, vp: Viewport) -> np.ndarray:
    image = QImage(W, H, QImage.Format.Format_RGB32)
    image.fill(QColor("#a0c8f0"))
    p = QPainter(image)
    cache.draw(p, vp)
    p.end()
    return np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
        H, image.bytesPerLine() // 4, 4)[:, :W, :3].astype(int).copy()


def _full_render(doc: Document, gazetteer, vp: Viewport) -> np.ndarray:
    fresh = MapImageCache(MapPainter(raster_labels=True))
    fresh.update(vp, _scene(doc, gazetteer))
    return _pixels(fresh, vp)


def _assert_like_full_render(cache, doc, gazetteer, vp) -> None:
    diff = np.abs(_pixels(cache, vp) - _full_render(doc, gazetteer, vp)).max(axis=2)
    assert (diff > 8).sum() <= 20 and diff.mean() < 0.05  # antialiasing noise at most


@pytest.mark.parametrize("edit", ["move", "rename", "delete", "add"])
def test_an_edit_repaints_its_area_in_place(doc, gazetteer, edit):
    cache = MapImageCache(MapPainter(raster_labels=True))
    vp = _view(doc)
    cache.update(vp, _scene(doc, gazetteer))
    image = cache.layers_image
    before = _pixels(cache, vp)
    version = doc.version
    ghouta = version.get("zone-ghouta")
    if edit == "move":
        moved = shapely.affinity.translate(ghouta.geometry, 0.05, 0.02)
        cs = edits.set_geometry(version, ghouta, moved, "Move")
    elif edit == "rename":
        cs = edits.set_attributes(version, version.get("zone-idlib"), name="Idlib governorate")
    elif edit == "delete":
        cs = edits.delete_features(version, ["post-morek"])
    else:
        cs = edits.add_feature(version, "zones", shapely.box(36.9, 34.2, 37.2, 34.4),
                               name="New zone", party=ghouta.party)
    doc.history.push(cs)
    cache.invalidate()
    cache.update(vp, _scene(doc, gazetteer))
    assert cache.layers_image is image  # repainted in place, not re-rendered whole
    after = _pixels(cache, vp)
    changed = np.argwhere(np.abs(after - before).max(axis=2) > 0)
    assert 0 < len(changed) < 0.25 * W * H  # the edit's area, not the whole view
    _assert_like_full_render(cache, doc, gazetteer, vp)
    doc.history.undo()
    cache.invalidate()
    cache.update(vp, _scene(doc, gazetteer))
    _assert_like_full_render(cache, doc, gazetteer, vp)


def test_labels_are_placed_again_only_when_they_can_change(doc, gazetteer):
    cache = MapImageCache(MapPainter(raster_labels=True))
    vp = _view(doc)
    cache.update(vp, _scene(doc, gazetteer))
    placed = cache.labels
    assert placed, "the sample's zones are labelled at this view"
    version = doc.version
    doc.history.push(edits.set_attributes(version, version.get("zone-hama"), notes="quiet"))
    cache.invalidate()
    cache.update(vp, _scene(doc, gazetteer))
    assert all(a is b for a, b in zip(cache.labels, placed, strict=True))  # reused as they are
    doc.history.push(edits.set_attributes(version, version.get("zone-idlib"), name="Idlib X"))
    cache.invalidate()
    cache.update(vp, _scene(doc, gazetteer))
    assert any(lab.text.startswith("Idlib X") for lab in cache.labels)


def test_a_moving_view_keeps_its_images_until_it_is_still(doc, gazetteer):
    cache = MapImageCache(MapPainter(raster_labels=True))
    vp = _view(doc)
    scene = _scene(doc, gazetteer)
    cache.update(vp, scene)
    image = cache.layers_image
    assert cache.is_current(vp)
    panned = vp.panned(40, -25)
    cache.update(panned, scene, moving=True)
    assert cache.layers_image is image and not cache.is_current(panned)
    shifted = _pixels(cache, panned)
    assert (shifted[:25, :, :] != _pixels(cache, vp)[:25, :, :]).any()  # drawn shifted
    cache.update(panned, scene)
    assert cache.is_current(panned) and cache.layers_image is not image


def test_invalidating_everything_renders_afresh(doc, gazetteer):
    cache = MapImageCache(MapPainter(raster_labels=True))
    vp = _view(doc)
    cache.update(vp, _scene(doc, gazetteer))
    image = cache.layers_image
    cache.invalidate(everything=True)
    cache.update(vp, _scene(doc, gazetteer, hidden_layers=frozenset({"points"})))
    assert cache.layers_image is not image


def test_an_edit_over_most_of_the_view_renders_the_image_whole(doc, gazetteer):
    cache = MapImageCache(MapPainter(raster_labels=True))
    vp = _view(doc)
    cache.update(vp, _scene(doc, gazetteer))
    image = cache.layers_image
    x0, y0, x1, y1 = vp.bounds
    doc.history.push(edits.add_feature(doc.version, "zones",
                                       shapely.box(x0 + 0.01, y0 + 0.01, x1 - 0.01, y1 - 0.01),
                                       name="Everything"))
    cache.invalidate()
    cache.update(vp, _scene(doc, gazetteer))
    assert cache.layers_image is not image
    _assert_like_full_render(cache, doc, gazetteer, vp)


def test_changed_tiles_are_the_squares_that_differ(qapp):
    a = QPixmap(100, 70)
    a.fill(QColor("white"))
    b = QPixmap(a)
    p = QPainter(b)
    p.fillRect(QRect(40, 5, 1, 1), QColor("black"))
    p.end()
    region = changed_tiles(a, b, tile=32)
    assert region is not None and region.boundingRect() == QRect(32, 0, 32, 32)
    assert changed_tiles(a, QPixmap(a), tile=32).isEmpty()
    assert changed_tiles(None, b) is None
    assert changed_tiles(QPixmap(50, 50), b) is None
