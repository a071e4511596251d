"""MapImageCache while a comparison is shown (``update(..., comparison=)``): the point
symbols and feature labels go to an image of their own drawn over the comparison
(``draw_over``), an edit repaints both images in place with the pixels of a full render,
the same comparison re-renders nothing, and without one the images are as before."""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
import shapely.affinity
from PySide6.QtGui import QColor, QImage, QPainter
from support.sample import sample_document

from zoneeditor.core import edits
from zoneeditor.core.diff import diff_versions
from zoneeditor.core.document import Document
from zoneeditor.core.viewport import Viewport
from zoneeditor.io.gazetteer import load_gazetteer
from zoneeditor.render.fonts import register_fonts
from zoneeditor.render.labels import leader_end
from zoneeditor.render.map_cache import MapImageCache
from zoneeditor.render.map_comparison import WINDOW_LEADER_HEIGHTS, MapComparison
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.scene import Scene

W, H = 640, 480
IDLIB_HAMA = (36.3, 35.15, 37.05, 35.65)


@pytest.fixture(scope="module")
def gazetteer(qapp):
    """The bundled towns, read once (and the bundled fonts registered)."""
    register_fonts()
    return load_gazetteer()


def _comparison(doc: Document) -> MapComparison:
    project = doc.project
    return MapComparison(diff_versions(project.agreed, project.versions["Proposal B"]))


def _scene(doc: Document, gazetteer) -> Scene:
    return Scene(doc.project, doc.current_version, gazetteer=gazetteer)


def _pixels(cache: MapImageCache, vp: Viewport, over: bool = True) -> np.ndarray:
    image = QImage(W, H, QImage.Format.Format_RGB32)
    image.fill(QColor("#a0c8f0"))
    p = QPainter(image)
    cache.draw(p, vp)
    if over:
        cache.draw_over(p, vp)
    p.end()
    return np.frombuffer(image.constBits(), dtype=np.uint8).reshape(
        H, image.bytesPerLine() // 4, 4)[:, :W, :3].astype(int).copy()


def _like(a: np.ndarray, b: np.ndarray) -> bool:
    diff = np.abs(a - b).max(axis=2)
    return bool((diff > 8).sum() <= 20 and diff.mean() < 0.05)  # antialiasing noise at most


def test_points_and_labels_are_drawn_over_the_comparison(gazetteer):
    doc = sample_document()  # on Proposal B
    vp = Viewport.fit(IDLIB_HAMA, W, H, margin=0.0)
    cache = MapImageCache(MapPainter(raster_labels=True))
    comparison = _comparison(doc)
    cache.update(vp, _scene(doc, gazetteer), comparison=comparison)
    under = _pixels(cache, vp, over=False)
    both = _pixels(cache, vp)
    morek = doc.version.get("post-morek").geometry
    x, y = (round(v) for v in vp.to_screen(morek.x, morek.y))
    assert np.abs(both[y, x] - under[y, x]).max() > 50  # the post's triangle: over image
    # the labels are placed as print places them: clear of the arrows, off the changes;
    # a post's leader no longer than the window's (map_comparison.WINDOW_LEADER_HEIGHTS)
    placed = MapPainter(raster_labels=True).feature_labels(
        vp, _scene(doc, gazetteer), comparison.keep_clear(vp), comparison.keep_off(vp),
        WINDOW_LEADER_HEIGHTS)
    assert [(lab.fid, lab.rect, lab.leader) for lab in cache.labels] == [
        (lab.fid, lab.rect, lab.leader) for lab in placed]
    plain = MapPainter(raster_labels=True).feature_labels(vp, _scene(doc, gazetteer))
    assert [lab.rect for lab in placed] != [lab.rect for lab in plain]  # some moved
    image = cache.layers_image
    cache.update(vp, _scene(doc, gazetteer), comparison=comparison)
    assert cache.layers_image is image  # the same comparison: nothing re-rendered
    cache.update(vp, _scene(doc, gazetteer), comparison=_comparison(doc))
    assert cache.layers_image is not image  # another one: made afresh

    cache.update(vp, _scene(doc, gazetteer))  # the comparison is left: as before
    fresh = MapImageCache(MapPainter(raster_labels=True))
    fresh.update(vp, _scene(doc, gazetteer))
    assert _like(_pixels(cache, vp), _pixels(fresh, vp))
    assert cache.labels == fresh.labels


@pytest.mark.parametrize("edit", ["move-post", "rename-zone", "delete-post"])
def test_an_edit_repaints_both_images_in_place(gazetteer, edit):
    doc = sample_document()
    vp = Viewport.fit(IDLIB_HAMA, W, H, margin=0.0)
    comparison = _comparison(doc)  # the report of before the edit, as until it is renewed
    cache = MapImageCache(MapPainter(raster_labels=True))
    cache.update(vp, _scene(doc, gazetteer), comparison=comparison)
    image = cache.layers_image
    before = _pixels(cache, vp)
    version = doc.version
    if edit == "move-post":
        post = version.get("post-khan-shaykhun")
        cs = edits.set_geometry(version, post, shapely.affinity.translate(
            post.geometry, 0.03, -0.02), "Move")
    elif edit == "rename-zone":
        cs = edits.set_attributes(version, version.get("zone-idlib"), name="Idlib governorate")
    else:
        cs = edits.delete_features(version, ["post-morek"])
    doc.history.push(cs)
    cache.invalidate()
    cache.update(vp, _scene(doc, gazetteer), comparison=comparison)
    if edit == "move-post":  # (a zone renamed or a post's label gone: most of this view)
        assert cache.layers_image is image  # repainted in place
    after = _pixels(cache, vp)
    assert 0 < (np.abs(after - before).max(axis=2) > 0).sum() < 0.25 * W * H
    fresh = MapImageCache(MapPainter(raster_labels=True))
    fresh.update(vp, _scene(doc, gazetteer), comparison=comparison)
    assert _like(after, _pixels(fresh, vp))


def _leader_heights(label) -> float:
    """How long a label's leader line is, in the label's heights (0: beside its symbol)."""
    if label.leader is None:
        return 0.0
    end = leader_end(label.rect, label.leader)
    return math.hypot(end.x() - label.leader.x(), end.y() - label.leader.y()) / \
        label.rect.height()


def test_the_window_leaves_a_far_post_unnamed_until_zoomed_in(gazetteer):
    """At the window's full view of the sample (its map on a 1366×768 laptop) the posts by
    the changed line of contact were named with leaders across the Idlib zone, Khan
    Shaykhun's name ending over the sea; now a label that would need a leader longer than
    ``WINDOW_LEADER_HEIGHTS`` is left out, and is named once the view is zoomed in. Print,
    which cannot be zoomed, still names it away from its symbol."""
    doc = sample_document()
    comparison = _comparison(doc)
    scene = _scene(doc, gazetteer)
    extent = tuple(shapely.total_bounds([f.geometry for f in doc.version]).tolist())
    full = Viewport.fit(extent, 680, 579, margin=0.06)  # as canvas.fit_to_project
    cache = MapImageCache(MapPainter(raster_labels=True))
    cache.update(full, scene, comparison=comparison)
    assert all(_leader_heights(lab) <= WINDOW_LEADER_HEIGHTS for lab in cache.labels)
    assert "post-khan-shaykhun" not in {lab.fid for lab in cache.labels}
    assert {"post-rastan", "post-jmc"} <= {lab.fid for lab in cache.labels}
    # on paper (no cap) it is named there, away from its symbol
    printed = MapPainter(raster_labels=True).feature_labels(
        full, scene, comparison.keep_clear(full), comparison.keep_off(full))
    (far,) = [lab for lab in printed if lab.fid == "post-khan-shaykhun"]
    assert _leader_heights(far) > WINDOW_LEADER_HEIGHTS
    # zoomed in on it, the window names it
    post = doc.version.get("post-khan-shaykhun").geometry
    near = Viewport.fit((post.x - 0.4, post.y - 0.34, post.x + 0.4, post.y + 0.34), 680, 579,
                        margin=0.0)
    cache.update(near, scene, comparison=comparison)
    (named,) = [lab for lab in cache.labels if lab.fid == "post-khan-shaykhun"]
    assert _leader_heights(named) <= WINDOW_LEADER_HEIGHTS
