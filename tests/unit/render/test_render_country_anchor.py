"""Country-name anchors belong to the basemap they were computed for.

The painter keeps each country's label point by the country's position in the basemap; a
painter given another basemap (another canvas scene, a print with its own copy) must not
place the new basemap's country names where the old one's were.
"""

from __future__ import annotations

import shapely

from zoneeditor.core.basemap_model import Basemap, Country
from zoneeditor.core.model import Project
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.scene import Scene

BOX = (30.0, 30.0, 50.0, 40.0)  # the view: both countries well inside it


def _anchor(painter: MapPainter, basemap: Basemap) -> tuple[float, float] | None:
    scene = Scene(Project(), basemap=basemap)
    index = painter._ensure_basemap_index(scene)
    return painter._country_anchor(0, index.geoms[0], BOX)


def test_a_new_basemap_gets_its_own_country_anchors():
    west = Basemap([Country("WWW", "West", None, None, shapely.box(34, 33, 37, 36))])
    east = Basemap([Country("EEE", "East", None, None, shapely.box(43, 33, 46, 36))])
    painter = MapPainter()
    first = _anchor(painter, west)
    assert first is not None and shapely.box(34, 33, 37, 36).contains(shapely.Point(first))
    second = _anchor(painter, east)
    assert second is not None and shapely.box(43, 33, 46, 36).contains(shapely.Point(second))
    assert _anchor(painter, west) == first  # and back: computed again, the same point
