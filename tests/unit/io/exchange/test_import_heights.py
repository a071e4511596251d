"""Heights (Z) a project cannot hold are left out with a warning that counts them, never in
silence: a tester's PolygonZ shapefile (written by Debian's GDAL, in EPSG:4979) and a
GeoJSON zone with z=350 said nothing, and came back flat."""

from __future__ import annotations

import json

import fiona

from zoneeditor.io.exchange import read_any

RING = [(36.0, 35.0), (36.1, 35.0), (36.1, 35.1), (36.0, 35.1), (36.0, 35.0)]


def _heights_warning(result) -> str:
    (warning,) = [p for p in result.problems if p.code == "heights"]
    assert warning.severity == "warning"
    return str(warning.message)


def test_a_geojson_zone_with_heights_is_flattened_and_counted(tmp_path):
    path = tmp_path / "z.geojson"
    flat = {"type": "Polygon", "coordinates": [[list(p) for p in RING]]}
    high = {"type": "Polygon", "coordinates": [[[x, y, 350] for x, y in RING]]}
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Flat"}, "geometry": flat},
        {"type": "Feature", "properties": {"name": "High"}, "geometry": high}]}),
        encoding="utf-8")
    result = read_any(path)
    assert "the heights (Z) were left out of 1 feature:" in _heights_warning(result)
    assert not any(f.geometry.has_z for f in result.accepted())
    assert len(result.accepted()) == 2


def test_a_polygon_z_shapefile_is_flattened_and_counted(tmp_path):
    path = tmp_path / "z.shp"
    schema = {"geometry": "3D Polygon", "properties": {"name": "str"}}
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=schema, crs="EPSG:4326",
                    encoding="utf-8") as dst:
        for i in range(2):
            dst.write({"geometry": {"type": "Polygon",
                                    "coordinates": [[(x + i, y, 100.0) for x, y in RING]]},
                       "properties": {"name": f"Z{i}"}})
    result = read_any(path)
    assert "the heights (Z) were left out of 2 features:" in _heights_warning(result)
    assert [f.geometry.has_z for f in result.accepted()] == [False, False]


def test_a_flat_file_says_nothing_of_heights(tmp_path):
    path = tmp_path / "flat.geojson"
    path.write_text(json.dumps({"type": "Feature", "properties": {"name": "F"},
                                "geometry": {"type": "Polygon",
                                             "coordinates": [[list(p) for p in RING]]}}),
                    encoding="utf-8")
    assert not [p for p in read_any(path).problems if p.code == "heights"]


def test_kml_altitudes_are_counted_and_ground_level_is_not(tmp_path):
    """Google Earth writes ",0" for a point on the ground: that is no height. A real
    altitude is left out and counted, as in the other formats (a reviewer's finding)."""
    def placemark(name: str, alt: str) -> str:
        ring = " ".join(f"{x},{y},{alt}" for x, y in RING)
        return (f"<Placemark><name>{name}</name><Polygon><outerBoundaryIs><LinearRing>"
                f"<coordinates>{ring}</coordinates></LinearRing></outerBoundaryIs></Polygon>"
                "</Placemark>")

    path = tmp_path / "z.kml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net'
                    '/kml/2.2"><Document>' + placemark("Ground", "0") + placemark("High", "350")
                    + "</Document></kml>", encoding="utf-8")
    result = read_any(path)
    assert "the heights (Z) were left out of 1 feature:" in _heights_warning(result)
    assert len(result.accepted()) == 2
