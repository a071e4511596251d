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
