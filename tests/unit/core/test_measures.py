"""Geodesy, fingerprints, validation and buffers against hand-computed truths."""

from __future__ import annotations

import pytest
from conftest import line, project_with, quadrangle_km2, zone
from pyproj import Geod
from shapely import LineString, Point, Polygon, box

from zoneeditor.core.buffer import buffer_zone
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.fingerprint import fingerprint, short
from zoneeditor.core.geodesy import area_km2, destination, distance_km, length_km
from zoneeditor.core.model import Feature
from zoneeditor.core.validate import validate_project, validate_version


def test_areas_match_wgs84_truths():
    # A lon/lat box is bounded by meridians and parallels, as every GIS draws it: its area
    # has a closed form (12,308.46 km² at the equator; as geodesics its edges gave 12,308.8)
    assert area_km2(box(0, 0, 1, 1)) == pytest.approx(quadrangle_km2(0, 0, 1, 1), abs=1e-3)
    assert area_km2(box(35, 36, 36, 37)) == pytest.approx(quadrangle_km2(35, 36, 36, 37),
                                                          abs=1e-3)
    assert area_km2(box(-72, -60, -50, -40)) == pytest.approx(
        quadrangle_km2(-72, -60, -50, -40), rel=1e-7)  # 22° wide, far south: 1.9 M km²
    # Orientation does not matter; holes are subtracted.
    cw = Polygon([(35, 36), (35, 37), (36, 37), (36, 36)])
    assert area_km2(cw) == pytest.approx(quadrangle_km2(35, 36, 36, 37), abs=1e-3)
    hole = box(35.25, 36.25, 35.75, 36.75).exterior.coords
    holed = Polygon(box(35, 36, 36, 37).exterior.coords, [hole])
    inner = area_km2(box(35.25, 36.25, 35.75, 36.75))
    assert area_km2(holed) == pytest.approx(area_km2(box(35, 36, 36, 37)) - inner, rel=1e-9)
    assert area_km2(LineString([(0, 0), (1, 1)])) == 0.0


def test_distances_and_destination():
    # One degree of latitude at the equator: 110.574 km on WGS84.
    assert distance_km(0, 0, 0, 1) == pytest.approx(110.574, abs=0.001)
    lon, lat = destination(36.3, 33.5, 90, 10)
    assert distance_km(36.3, 33.5, lon, lat) == pytest.approx(10, abs=1e-6)
    assert length_km(LineString([(0, 0), (0, 1)])) == pytest.approx(110.574, abs=0.001)


def test_buffer_width_is_geodesic_anywhere():
    geod = Geod(ellps="WGS84")
    for lat in (0.0, 35.0, 60.0):
        axis = LineString([(36.0, lat), (36.2, lat)])
        band = buffer_zone(axis, 2.0, 0.5)
        _, miny, _, maxy = band.bounds
        # Northern edge (left of an eastward line) 2 km away, southern 0.5 km.
        _, _, north = geod.inv(36.1, lat, 36.1, maxy)
        _, _, south = geod.inv(36.1, lat, 36.1, miny)
        assert north / 1000 == pytest.approx(2.0, rel=0.005)
        assert south / 1000 == pytest.approx(0.5, rel=0.005)
    with pytest.raises(EditRefused, match="negative"):
        buffer_zone(LineString([(0, 0), (1, 0)]), -1, 1)
    with pytest.raises(EditRefused, match="at least one side"):
        buffer_zone(LineString([(0, 0), (1, 0)]), 0, 0)


def test_fingerprint_ignores_ring_start_and_orientation_but_not_content():
    a = Feature("z", "zones", Polygon([(0, 0), (1, 0), (1, 1), (0, 1)]), {"name": "A"})
    restarted = a.with_geometry(Polygon([(1, 1), (0, 1), (0, 0), (1, 0)]))
    reversed_ = a.with_geometry(Polygon([(0, 0), (0, 1), (1, 1), (1, 0)]))
    assert fingerprint([a]) == fingerprint([restarted]) == fingerprint([reversed_])
    assert fingerprint([a]) != fingerprint([a.with_attributes(name="B")])
    assert fingerprint([a]) != fingerprint([a.with_geometry(box(0, 0, 1, 1.0001))])
    # Order of features does not matter; 1e-9° noise does not either.
    b = Feature("y", "points", Point(5, 5))
    assert fingerprint([a, b]) == fingerprint([b, a])
    assert fingerprint([b]) == fingerprint([b.with_geometry(Point(5 + 1e-9, 5))])
    s = short(fingerprint([a]))
    assert len(s) == 14 and s.count("-") == 2 and s == s.upper()


def test_fingerprint_exists_for_invalid_geometry():
    bowtie = Feature("b", "zones", Polygon([(0, 0), (1, 1), (1, 0), (0, 1)]))
    assert len(fingerprint([bowtie])) == 64


def test_validation_reports_what_where_and_overlaps():
    p = project_with(agreed=[
        zone("bow", "POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))", name="Bow", party="A"),
        zone("a", box(10, 10, 11, 11), name="Za", party="A"),
        zone("b", box(10.5, 10.5, 11.5, 11.5), name="Zb", party="B"),
        zone("buf", box(10, 10, 12, 12), name="Buffer", party="B", kind="buffer"),
        zone("same", box(10.2, 10.2, 10.4, 10.4), name="Same party", party="A"),
        line("swapped", "LINESTRING (33.5 36.3, 33.6 136.4)", name="Swapped"),
        zone("odd", box(20, 20, 21, 21), name="Odd", party="Nobody", status="done"),
    ])
    problems = validate_project(p)
    text = "\n".join(x.line() for x in problems)
    assert "Bow (bow): the boundary crosses itself at 0.50000°N 0.50000°E" in text
    assert "Za (a" in text and "overlaps Zb of B by" in text
    overlap = next(x for x in problems if "overlaps" in x.message)
    assert overlap.area_km2 == pytest.approx(area_km2(box(10.5, 10.5, 11, 11)), rel=1e-6)
    assert "Buffer" not in text and "Same party" not in text
    assert "outside longitude/latitude range" in text
    assert "party 'Nobody' is not a party" in text and "status 'done'" in text
    assert validate_version(project_with(agreed=[zone("ok", box(0, 0, 1, 1), party="A")]).agreed,
                            p.meta) == []


def test_a_coordinate_far_out_of_range_reads_in_a_few_characters():
    """A hostile file's 1e308 was written out in 309 digits, three times in one sentence."""
    from shapely import Polygon

    from zoneeditor.core.validity import describe, problem

    reason, where = problem(Polygon([(1e308, 1e308), (0, 0), (1, 1)]), None)
    text = str(describe(reason, where))
    assert "1e+308" in text and len(text) < 160, text
    assert "36.500000" in str(problem(Polygon([(36.5, 95), (36, 35), (37, 35)]), None)[0])
