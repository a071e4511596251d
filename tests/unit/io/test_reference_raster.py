"""Raster references without Qt: GeoPackage tiles and COG, the overview that fits, windows."""

from __future__ import annotations

import pytest
from support.reference import QUADRANTS, TIFF_BOX, write_gpkg_tiles

from zoneeditor.core.reference import ReferenceKind
from zoneeditor.io.reference import RasterData, detect_kind, new_reference


def _quadrant(rgba, name):
    h, w = rgba.shape[:2]
    r = h // 4 if name[0] == "n" else 3 * h // 4
    c = w // 4 if name[1] == "w" else 3 * w // 4
    return tuple(int(v) for v in rgba[r, c, :3])


@pytest.mark.parametrize("driver,suffix", [("GPKG", ".gpkg"), ("COG", ".tif")])
def test_geopackage_tiles_and_cog_are_raster_references(tmp_path, driver, suffix):
    path = write_gpkg_tiles(tmp_path / f"tiles{suffix}", driver)
    assert detect_kind(path) == ReferenceKind.RASTER
    layer, data = new_reference(path)
    assert layer.kind == "raster" and isinstance(data, RasterData)
    w, s, e, n = data.bounds
    assert (w, s, e, n) == pytest.approx(TIFF_BOX, abs=1e-6)
    rgba = data.source.render(TIFF_BOX, 40, 40)
    for name, rgb in QUADRANTS.items():
        assert _quadrant(rgba, name) == pytest.approx(rgb, abs=3), name


def test_a_geopackage_of_features_is_a_vector_reference(tmp_path, osm_xml):
    from conftest import project_with, zone

    from zoneeditor.io.project_file import write_project

    path = tmp_path / "zones.gpkg"
    write_project(project_with(agreed=[zone("z", "POLYGON ((36 35, 36.1 35, 36.1 35.1, "
                                                 "36 35))", name="Z")]), path)
    assert detect_kind(path) == ReferenceKind.VECTOR
    layer, data = new_reference(path)
    assert layer.kind == "vector" and list(data.features.classes) == ["area"]
    assert data.features.names == ("Z",)


def test_only_the_overview_that_fits_is_read(geotiff_4326):
    _layer, data = new_reference(geotiff_4326)
    source = data.source
    assert source.info.overviews == (2, 4)
    assert source._level_for(TIFF_BOX, 400) is None      # full resolution: 400 px wide
    assert source._level_for(TIFF_BOX, 200) == 0         # half: the 2x overview
    assert source._level_for(TIFF_BOX, 50) == 1          # the coarsest that is still fine
    west = (36.50, 35.93, 36.55, 35.96)                  # a window: its own pixels only
    rgba = source.render(west, 20, 12)
    assert tuple(rgba[6, 10, :3]) == QUADRANTS["nw"]
    assert source.render((37.0, 36.0, 37.1, 36.1), 10, 10) is None  # off the image
