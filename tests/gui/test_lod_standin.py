"""An edited large geometry is drawn with the paths of the geometry it was edited from until
its own arrive from the worker: the zone never vanishes for a frame after a vertex move."""

from __future__ import annotations

import numpy as np
from shapely import Polygon

from zoneeditor.core import geompatch as gp
from zoneeditor.core import vertices as vx
from zoneeditor.render.lod import SYNC_VERTICES, LodCache


def test_edited_large_geometry_has_a_stand_in_path():
    t = np.linspace(0, 2 * np.pi, SYNC_VERTICES + 5000, endpoint=False)
    old = Polygon(np.c_[36 + np.cos(t), 35 + np.sin(t)])
    lod = LodCache(threaded=True)
    try:
        lod.prefetch([old], 6)
        lod.wait()
        [path] = lod.paths([old], 6)
        assert path is not None
        new = vx.with_vertex_moved(old, vx.VertexRef(0, 0, 10), (37.001, 35.0))
        assert gp.patch_between(old, new) is not None  # what the edit's check records
        lod.retain([new])  # after the edit: the old geometry is no longer in the document
        [stand_in] = lod.paths([new], 6)
        assert stand_in is path  # drawn at once, with the old shape
        lod.wait()
        [own] = lod.paths([new], 6)
        assert own is not None and own is not path  # then its own paths
        unrelated = Polygon(np.c_[30 + np.cos(t), 30 + np.sin(t)])
        assert lod.paths([unrelated], 6) == [None]  # nothing to stand in for a new shape
    finally:
        lod.close()


def test_basemap_levels_draw_the_same_pixels_as_the_lod_cache(qapp):
    """The countries drawn from the basemap's own per-zoom simplification (any renderer) and
    from a cache the loader warmed (the window's first frame) are the same image."""
    from PySide6.QtGui import QImage, QPainter

    from zoneeditor.core.model import Project
    from zoneeditor.core.viewport import Viewport, zoom_bucket
    from zoneeditor.io.basemap import load_basemap
    from zoneeditor.render.map_painter import MapPainter
    from zoneeditor.render.scene import Scene

    basemap = load_basemap()
    viewport = Viewport.fit((35.5, 32.3, 42.4, 37.3), 640, 360, margin=0.0)

    def frame(warm: bool) -> QImage:
        lod = LodCache(threaded=False)
        if warm:
            geoms = [c.geometry for c in basemap.countries]
            lod.pin(geoms)
            lod.paths(geoms, zoom_bucket(viewport.ppd))
        image = QImage(640, 360, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        MapPainter().paint(painter, viewport, Scene(Project(), basemap=basemap, lod=lod,
                                                    show_towns=False))
        painter.end()
        lod.close()
        return image

    assert frame(warm=True) == frame(warm=False)
