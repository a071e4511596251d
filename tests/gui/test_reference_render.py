"""Reference layers through the real renderer, offscreen: what is painted where.

Pixel colours are read at known lon/lat positions: the quadrants of GeoTIFFs in EPSG:4326
and in UTM (reprojected), the tiles of an MBTiles set, the river and lake of an OSM extract,
opacity, the order under the project layers, the threaded tile worker and its stand-ins.
"""

from __future__ import annotations

import math

import pyproj
import pytest
from conftest import project_with, zone
from PySide6.QtGui import QColor, QImage, QPainter
from support.reference import (
    LAKE_NODES,
    QUADRANTS,
    RIVER_NODES,
    TIFF_BOX,
    UTM_BOX,
)

from zoneeditor.core.model import Project
from zoneeditor.core.viewport import Viewport
from zoneeditor.io.reference import new_reference
from zoneeditor.render.map_painter import MapPainter
from zoneeditor.render.reference_painter import (
    ReferenceCache,
    RenderReference,
    attributions,
    scene_references,
)
from zoneeditor.render.reference_style import STYLES
from zoneeditor.render.scene import Scene


def render(scene: Scene, vp: Viewport) -> QImage:
    img = QImage(vp.width, vp.height, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(img)
    MapPainter().paint(p, vp, scene)
    p.end()
    return img


def colour_at(img: QImage, vp: Viewport, lon: float, lat: float) -> tuple[int, int, int]:
    x, y = vp.to_screen(lon, lat)
    c = img.pixelColor(round(x), round(y))
    return (c.red(), c.green(), c.blue())


def near(a, b, tol=6) -> bool:
    return all(abs(x - y) <= tol for x, y in zip(a, b, strict=True))


def ref(path, **changes) -> RenderReference:
    layer, data = new_reference(path)
    if changes:
        layer = layer.__class__(**{**layer.__dict__, **changes})
    return RenderReference(layer, data)


def test_geotiff_in_lonlat_shows_its_quadrants_where_they_are(qapp, geotiff_4326):
    w, s, e, n = TIFF_BOX
    vp = Viewport.fit((w - 0.02, s - 0.02, e + 0.02, n + 0.02), 400, 300)
    img = render(Scene(Project(), references=(ref(geotiff_4326),)), vp)
    dx, dy = (e - w) / 4, (n - s) / 4
    assert near(colour_at(img, vp, w + dx, n - dy), QUADRANTS["nw"])
    assert near(colour_at(img, vp, e - dx, n - dy), QUADRANTS["ne"])
    assert near(colour_at(img, vp, w + dx, s + dy), QUADRANTS["sw"])
    assert near(colour_at(img, vp, e - dx, s + dy), QUADRANTS["se"])
    sea = QColor(MapPainter().style.sea)
    assert colour_at(img, vp, w - 0.01, s - 0.01) == (sea.red(), sea.green(), sea.blue())


def test_geotiff_in_utm_is_reprojected(qapp, geotiff_utm):
    """The quadrant split is at the UTM box centre; in lon/lat it is slanted by the grid
    convergence, and the pixels follow it."""
    to_ll = pyproj.Transformer.from_crs(32637, 4326, always_xy=True)
    x0, y0, x1, y1 = UTM_BOX
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    w, s = to_ll.transform(x0, y0)
    e, n = to_ll.transform(x1, y1)
    vp = Viewport.fit((w - 0.01, s - 0.01, e + 0.01, n + 0.01), 500, 500)
    img = render(Scene(Project(), references=(ref(geotiff_utm),)), vp)
    for name, (fx, fy) in {"nw": (-1, 1), "ne": (1, 1), "sw": (-1, -1), "se": (1, -1)}.items():
        lon, lat = to_ll.transform(cx + fx * 2000, cy + fy * 2000)
        assert near(colour_at(img, vp, lon, lat), QUADRANTS[name]), name
    # just either side of the UTM north-south split, well north of the centre: in lon/lat
    # the split is not where the box's middle meridian is
    west = to_ll.transform(cx - 150, cy + 4500)
    east = to_ll.transform(cx + 150, cy + 4500)
    assert near(colour_at(img, vp, *west), QUADRANTS["nw"])
    assert near(colour_at(img, vp, *east), QUADRANTS["ne"])


def test_mbtiles_tiles_land_on_their_web_mercator_squares(qapp, mbtiles):
    path, colours = mbtiles
    reference = ref(path)
    assert reference.layer.attribution == "Tiles © Test Tiles Ltd"
    w, s, e, n = reference.data.bounds
    vp = Viewport.fit((w, s, e, n), 400, 400)
    img = render(Scene(Project(), references=(reference,)), vp)
    z = 10

    def tile_centre(x, y):
        lon = (x + 0.5) / 2 ** z * 360 - 180
        lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * (y + 0.5) / 2 ** z))))
        return lon, lat

    for (x, y), rgb in colours.items():
        assert near(colour_at(img, vp, *tile_centre(x, y)), rgb), (x, y)


def test_opacity_blends_the_reference_with_what_is_under_it(qapp, geotiff_4326):
    w, s, e, n = TIFF_BOX
    vp = Viewport.fit(TIFF_BOX, 300, 200)
    img = render(Scene(Project(), references=(ref(geotiff_4326, opacity=0.5),)), vp)
    got = colour_at(img, vp, w + (e - w) / 4, n - (n - s) / 4)
    sea = QColor(MapPainter().style.sea)
    expect = tuple((a + b) / 2 for a, b in zip(QUADRANTS["nw"], (sea.red(), sea.green(),
                                                                 sea.blue()), strict=True))
    assert near(got, expect, tol=4)


def test_osm_river_and_lake_in_their_style_under_the_project_zone(qapp, osm_xml):
    osm = ref(osm_xml)
    lake = [LAKE_NODES[i] for i in (71, 72, 73, 74)]
    zone_wkt = "POLYGON ((36.555 35.9, 36.6 35.9, 36.6 35.96, 36.555 35.96, 36.555 35.9))"
    project = project_with(agreed=[zone("z", zone_wkt, party="A")])
    vp = Viewport.fit((36.49, 35.9, 36.61, 35.96), 1200, 600)
    img = render(Scene(project, references=(osm,), show_labels=False), vp)
    river = QColor(STYLES["river"].colour)
    x, y = RIVER_NODES[2]
    assert near(colour_at(img, vp, x, y), (river.red(), river.green(), river.blue()), tol=20)
    cx = sum(p[0] for p in lake) / 4
    cy = sum(p[1] for p in lake) / 4
    lake_colour = colour_at(img, vp, cx, cy)  # the translucent water fill over the sea
    water = QColor(STYLES["water"].fill[:7])
    sea = QColor(MapPainter().style.sea)
    share = int(STYLES["water"].fill[7:], 16) / 255
    expect = tuple(share * a + (1 - share) * b for a, b in zip(
        (water.red(), water.green(), water.blue()), (sea.red(), sea.green(), sea.blue()),
        strict=True))
    assert near(lake_colour, expect, tol=4)
    # under the project's zone the river is tinted by the zone (drawn on top of it)
    xr, yr = RIVER_NODES[7]
    under = colour_at(img, vp, xr, yr)
    assert not near(under, (river.red(), river.green(), river.blue()), tol=20)
    assert under[2] > under[1]  # still recognisably blue-ish water under a red tint


def test_threaded_tiles_arrive_from_the_worker_and_coarser_ones_stand_in(qapp, geotiff_4326):
    cache = ReferenceCache(threaded=True)
    arrived = []
    cache.on_ready = lambda: arrived.append(1)
    try:
        reference = ref(geotiff_4326)
        scene = Scene(Project(), references=(reference,), reference_cache=cache)
        w, s, e, n = TIFF_BOX
        wide = Viewport.fit(TIFF_BOX, 300, 200)
        first = render(scene, wide)
        spot = (w + (e - w) / 4, n - (n - s) / 4)
        sea = QColor(MapPainter().style.sea)
        assert colour_at(first, wide, *spot) == (sea.red(), sea.green(), sea.blue())
        cache.wait()
        assert arrived
        assert near(colour_at(render(scene, wide), wide, *spot), QUADRANTS["nw"])
        # zoomed in 8x: the finer tiles are not read yet, the coarse ones stand in
        close = wide.zoomed(8, at=wide.to_screen(*spot))
        assert near(colour_at(render(scene, close), close, *spot), QUADRANTS["nw"])
        cache.wait()
        assert near(colour_at(render(scene, close), close, *spot), QUADRANTS["nw"])
    finally:
        cache.close()


def test_scene_references_keep_visible_layers_in_order_and_attributions(osm_xml,
                                                                        geotiff_4326):
    osm_layer, osm_data = new_reference(osm_xml)
    tif_layer, tif_data = new_reference(geotiff_4326)
    hidden = tif_layer.__class__(**{**tif_layer.__dict__, "visible": False})
    loaded = {osm_layer.id: osm_data, tif_layer.id: tif_data}
    assert [r.layer.id for r in scene_references((tif_layer, osm_layer), loaded)] == [
        tif_layer.id, osm_layer.id]
    assert [r.layer.id for r in scene_references((hidden, osm_layer), loaded)] == [
        osm_layer.id]
    refs = scene_references((tif_layer, osm_layer), loaded)
    assert attributions(refs) == ["Test imagery © Example Agency",
                                  "© OpenStreetMap contributors (ODbL)"]


@pytest.mark.parametrize("language,expected", [("en", "Testville"), ("local", "تست")])
def test_place_names_take_part_in_label_placement(qapp, osm_xml, language, expected):
    from zoneeditor.render.labels import LabelSpace

    osm = ref(osm_xml)
    vp = Viewport.fit((36.49, 35.9, 36.61, 35.96), 1200, 600)
    scene = Scene(Project(), references=(osm,), label_language=language)
    painter = MapPainter()
    drawn = []
    painter.references.text.draw = lambda p, text, *a, **k: drawn.append(text)
    img = QImage(vp.width, vp.height, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(img)
    space = LabelSpace()
    painter.references.paint_names(p, vp, scene, space)
    p.end()
    assert expected in drawn
