"""The land is drawn from only the polygons that reach into the view, built in one vectorised
pass: the same path elements as the whole outlines' paths, and the same pixels at every
extent (the world, the Syria frame, a coast, the far side of the map, full detail)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from zoneeditor.core.model import Project
from zoneeditor.core.viewport import Viewport, bucket_tolerance, zoom_bucket
from zoneeditor.io.basemap import load_basemap
from zoneeditor.render.land import LandPaths
from zoneeditor.render.lod import FULL_DETAIL_BUCKET, LodCache
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.qpath import path_from_geometry, path_from_polygons
from zoneeditor.render.scene import Scene
from zoneeditor.render.style import SCREEN_STYLE

W, H = 960, 540
EXTENTS = {
    "world": (-180.0, -85.0, 180.0, 85.0),
    "syria": (35.5, 32.3, 42.4, 37.3),
    "aegean": (22.0, 35.0, 29.0, 41.0),
    "fiji, by the date line": (172.0, -22.0, 180.0, -12.0),
    "norway's coast": (4.0, 58.0, 12.0, 64.0),
    "beirut, full detail": (35.471, 33.8925, 35.477, 33.8955),
    "open sea": (-30.0, -40.0, -20.0, -30.0),
}


@pytest.fixture(scope="module")
def basemap():
    return load_basemap()


def _serialised(path: QPainterPath) -> bytes:
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream << path
    return bytes(data.data())


def _whole(geoms) -> QPainterPath:
    """The land as it was built before: each outline's whole path added in turn."""
    land = QPainterPath()
    land.setFillRule(Qt.FillRule.OddEvenFill)
    for g in geoms:
        land.addPath(path_from_geometry(g))
    return land


@pytest.mark.parametrize("bucket", [2, 7, 11])
def test_vectorised_path_has_the_elements_of_the_ring_by_ring_one(qapp, basemap, bucket):
    level = basemap.simplified(bucket_tolerance(bucket))
    parts = shapely.get_parts(level)
    assert len(parts) > 500  # every polygon of every country, some empty at coarse zooms
    assert _serialised(path_from_polygons(parts)) == _serialised(_whole(level))


def test_vectorised_path_of_holes_and_nothing(qapp):
    ring = shapely.Polygon([(0, 0), (10, 0), (10, 10), (0, 10)],
                           [[(2, 2), (4, 2), (4, 4), (2, 4)], [(6, 6), (8, 6), (8, 8)]])
    parts = np.array([ring, shapely.Polygon(), shapely.box(20, 20, 21, 21)], dtype=object)
    assert _serialised(path_from_polygons(parts)) == _serialised(_whole(parts))
    empty = path_from_polygons(np.zeros(0, dtype=object))
    assert empty.isEmpty() and empty.fillRule() == Qt.FillRule.OddEvenFill


def test_only_polygons_meeting_the_box_are_kept(qapp):
    near, far = shapely.box(0, 0, 1, 1), shapely.box(100, 0, 101, 1)
    islands = shapely.MultiPolygon([near, far])
    land = LandPaths()
    path = land.path([islands], (-1.0, -1.0, 2.0, 2.0))
    assert _serialised(path) == _serialised(_whole([near]))
    assert land.path([islands], (-1.0, -1.0, 2.5, 2.0)) is path  # same polygons: reused
    assert land.path([islands], (-1.0, -1.0, 200.0, 2.0)) is not path
    assert land.path([islands], (40.0, 40.0, 50.0, 50.0)).isEmpty()


def _old_background(basemap, viewport: Viewport) -> QImage:
    """The background as the renderer drew it before: sea, then every visible country's
    whole outline (simplified for the zoom as the LOD cache does), filled and bordered."""
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(QRectF(0, 0, W, H), QColor(SCREEN_STYLE.sea))
    x0, y0, x1, y1 = viewport.bounds
    dx, dy = 2 / viewport.ppd_x, 2 / viewport.ppd
    geoms = np.array([c.geometry for c in basemap.countries], dtype=object)
    seen = np.sort(shapely.STRtree(geoms).query(shapely.box(x0 - dx, y0 - dy, x1 + dx, y1 + dy)))
    lod = LodCache(threaded=False)
    land = QPainterPath()
    land.setFillRule(Qt.FillRule.OddEvenFill)
    for p in lod.paths(list(geoms[seen]), zoom_bucket(viewport.ppd)):
        land.addPath(p)
    lod.close()
    sx, tx, sy, ty = viewport.affine()
    from PySide6.QtGui import QTransform

    painter.setTransform(QTransform(sx, 0.0, 0.0, sy, tx, ty), True)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(land, QColor(SCREEN_STYLE.land))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.strokePath(land, SCREEN_STYLE.cosmetic(SCREEN_STYLE.border, SCREEN_STYLE.border_width))
    painter.end()
    return image


@pytest.mark.parametrize("name", list(EXTENTS))
def test_culled_land_draws_the_pixels_of_the_whole_outlines(qapp, basemap, name):
    viewport = Viewport.fit(EXTENTS[name], W, H, margin=0.0)
    if name.endswith("full detail"):
        assert zoom_bucket(viewport.ppd) >= FULL_DETAIL_BUCKET
    image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    lod = LodCache(threaded=False)
    MapPainter().paint_background(painter, viewport, Scene(Project(), basemap=basemap, lod=lod))
    painter.end()
    lod.close()
    before = _old_background(basemap, viewport)
    assert image == before, name
    if name != "open sea":  # the comparison is not of two empty seas
        land = QColor(SCREEN_STYLE.land).rgb()
        assert any(image.pixel(x, y) == land for x in range(0, W, 7) for y in range(0, H, 7))
