"""The basemap's land for one frame: the countries' polygons that reach into the view.

At the Syria extent thirteen countries' envelopes meet the view, among them the United
States, Norway and France (their islands and territories span the globe): 38,000 vertices
at that zoom, of which 4,500 are in polygons anywhere near the screen. ``LandPaths`` keeps,
per outline, its polygons and their bounds, and builds each frame's land as one path of
only the polygons whose envelope meets the view (``qpath.path_from_polygons``: no Python
loop per ring).

Leaving those polygons out changes no pixel: a polygon whose envelope lies off the view
(padded by the caller for the hairline border) covers no pixel of it, in the fill or the
border, and the polygons that are kept come in the same order with the same elements.
``tests/unit/render/test_render_land.py`` compares frames at several extents pixel by pixel with
paths of the whole outlines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import shapely
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainterPath
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.viewport import bucket_tolerance
from zoneeditor.render.lod import FULL_DETAIL_BUCKET, SMALL, LodCache
from zoneeditor.render.qpath import path_from_polygons

if TYPE_CHECKING:
    from zoneeditor.core.basemap_model import Basemap

#: Outlines whose polygons are kept before the table is emptied (countries x zoom levels).
MAX_OUTLINES = 4000


class GeomIndex:
    """Bounds of a fixed list of geometries, for a quick "what is in view" test."""

    def __init__(self, geoms: Sequence[BaseGeometry]) -> None:
        self.geoms = list(geoms)
        arr = np.array(self.geoms, dtype=object)
        self.bounds = shapely.bounds(arr) if len(arr) else np.zeros((0, 4))
        self.counts = shapely.get_num_coordinates(arr) if len(arr) else np.zeros(0, int)
        self.tree = shapely.STRtree(arr) if len(arr) > 64 else None

    def visible(self, box: tuple[float, float, float, float]) -> np.ndarray:
        """Indices of geometries whose envelope meets ``box``, in list order."""
        if self.tree is not None:
            return np.sort(self.tree.query(shapely.box(*box)))
        return meeting(self.bounds, box)


def meeting(bounds: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """Indices of the rows of ``bounds`` (minx, miny, maxx, maxy) that meet ``box``
    (empty geometries, whose bounds are NaN, never do)."""
    if not len(bounds):
        return np.zeros(0, dtype=int)
    mask = (bounds[:, 0] <= box[2]) & (bounds[:, 2] >= box[0]) & (bounds[:, 1] <= box[3]) & (
        bounds[:, 3] >= box[1]
    )
    return np.flatnonzero(mask)


class LandPaths:
    """Per outline (a country at one zoom level), its polygons and their bounds; per frame,
    one path of the polygons that reach into the view.

    The last path is kept with what it was made of: a frame that shows the same polygons
    (a settled pan that brings none in or out) reuses it.
    """

    def __init__(self) -> None:
        self._parts: dict[int, tuple[BaseGeometry, np.ndarray, np.ndarray]] = {}
        self._last: tuple[list[tuple[BaseGeometry, bytes]], QPainterPath] | None = None

    def _polygons(self, geom: BaseGeometry) -> tuple[np.ndarray, np.ndarray]:
        hit = self._parts.get(id(geom))
        if hit is not None and hit[0] is geom:
            return hit[1], hit[2]
        parts = shapely.get_parts(np.array([geom], dtype=object))
        bounds = shapely.bounds(parts) if len(parts) else np.zeros((0, 4))
        if len(self._parts) >= MAX_OUTLINES:
            self._parts.clear()
        self._parts[id(geom)] = (geom, parts, bounds)
        return parts, bounds

    def land(self, basemap: Basemap, index: GeomIndex, visible: np.ndarray,
             box: tuple[float, float, float, float], bucket: int, lod: LodCache) -> QPainterPath:
        """One odd-even path of the visible countries (``visible``: their places in
        ``index``) at zoom ``bucket``.

        Small outlines are drawn as they are. The others: the paths ``lod`` already has for
        the zoom (the window's loader thread warms them for the first view), else the
        basemap's own outlines simplified for the zoom (``Basemap.simplified``: kept with
        the basemap, so every renderer shares the work), of which only the polygons reaching
        into ``box`` are made into the path: the same pixels as the whole outlines' paths.
        """
        outlines = [index.geoms[i] for i in visible]
        large = [k for k, i in enumerate(visible) if index.counts[i] > SMALL]
        if bucket < FULL_DETAIL_BUCKET and large:
            warm = lod.cached([outlines[k] for k in large], bucket)
            if all(p is not None for p in warm):
                return _whole_paths(outlines, large, warm, lod, bucket)
            level = basemap.simplified(bucket_tolerance(bucket), [visible[k] for k in large])
            for k in large:
                outlines[k] = level[visible[k]]
        return self.path(outlines, box)

    def path(self, outlines: Sequence[BaseGeometry],
             box: tuple[float, float, float, float]) -> QPainterPath:
        """The odd-even path of the polygons of ``outlines`` (in order) whose envelope meets
        ``box``: the same elements as the outlines' whole paths added one after another,
        less the polygons that lie off ``box``."""
        chosen: list[np.ndarray] = []
        made_of: list[tuple[BaseGeometry, bytes]] = []
        for geom in outlines:
            parts, bounds = self._polygons(geom)
            keep = meeting(bounds, box)
            if len(keep):
                chosen.append(parts[keep])
                made_of.append((geom, keep.tobytes()))
        if self._last is not None and _same(self._last[0], made_of):
            return self._last[1]
        path = path_from_polygons(np.concatenate(chosen) if chosen else np.zeros(0, object))
        self._last = (made_of, path)
        return path


def _whole_paths(outlines: list[BaseGeometry], large: list[int], warm: list,
                 lod: LodCache, bucket: int) -> QPainterPath:
    """The land from the whole outlines' cached paths (``large``: their places in
    ``outlines``, ``warm`` their paths) and the small outlines' own."""
    paths: list = [None] * len(outlines)
    for k, p in zip(large, warm, strict=True):
        paths[k] = p
    small = [k for k in range(len(outlines)) if paths[k] is None]
    for k, p in zip(small, lod.paths([outlines[k] for k in small], bucket), strict=True):
        paths[k] = p
    land = QPainterPath()
    land.setFillRule(Qt.FillRule.OddEvenFill)
    for p in paths:
        if p is not None:
            land.addPath(p)
    return land


def _same(a: list[tuple[BaseGeometry, bytes]], b: list[tuple[BaseGeometry, bytes]]) -> bool:
    """The same outlines (the very objects) with the same polygons kept."""
    return len(a) == len(b) and all(x[0] is y[0] and x[1] == y[1]
                                    for x, y in zip(a, b, strict=True))


__all__ = ["GeomIndex", "LandPaths", "meeting"]
