"""A moved feature keeps its size on the ground (core/globe_move): shifting every vertex
by the same degrees made a zone dragged 19 km south 0.9 km² larger."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import LineString, Point, Polygon, box

from zoneeditor.core.geodesy import area_km2, distance_km
from zoneeditor.core.globe_move import _from_authalic, _to_authalic, rotated

#: A zone north of Homs drawn with long edges (~1,052 km²)
HOMS = Polygon([(36.45, 34.75), (36.9, 34.75), (36.95, 34.95), (36.6, 35.0), (36.45, 34.9)])


def test_a_zone_dragged_south_keeps_its_area_where_a_shift_in_degrees_grew_it():
    frm, to = (36.67, 34.86), (36.70, 34.70)  # 18 km south
    moved = rotated(HOMS, frm, to)
    shifted = shapely.affinity.translate(HOMS, to[0] - frm[0], to[1] - frm[1])
    assert area_km2(shifted) - area_km2(HOMS) > 0.4  # what the degrees did
    # to ~2e-6: edges are straight in lon/lat as drawn, and 0.45° ones turn a little
    assert area_km2(moved) == pytest.approx(area_km2(HOMS), rel=1e-5)
    # and it went where it was dragged: its vertices moved ~18 km, roughly south
    a, b = shapely.get_coordinates(HOMS)[0], shapely.get_coordinates(moved)[0]
    assert distance_km(*frm, *to) == pytest.approx(distance_km(*a, *b), rel=0.01)


@settings(max_examples=60, deadline=None)
@given(st.floats(-60, 60), st.floats(-3, 3), st.floats(-3, 3))
def test_any_move_keeps_areas_and_lengths(lat, dlon, dlat):
    zone = box(30.0, lat, 30.4, lat + 0.3)
    frm, to = (30.2, lat + 0.15), (30.2 + dlon, lat + 0.15 + dlat)
    moved = rotated(zone, frm, to)
    assert area_km2(moved) == pytest.approx(area_km2(zone), rel=2e-5)
    line = LineString([(30.0, lat), (30.4, lat + 0.3)])
    turned = rotated(line, frm, to)
    (x0, y0), (x1, y1) = shapely.get_coordinates(turned)
    assert distance_km(x0, y0, x1, y1) == pytest.approx(distance_km(30.0, lat, 30.4, lat + 0.3),
                                                        rel=2e-3)


def test_an_east_west_move_is_the_shift_in_longitude_it_always_was():
    moved = rotated(HOMS, (36.5, 34.8), (36.9, 34.8))
    assert shapely.get_coordinates(moved) == pytest.approx(
        shapely.get_coordinates(HOMS) + np.array([0.4, 0.0]), abs=1e-12)


def test_the_grabbed_vertex_lands_exactly_and_a_null_move_changes_nothing():
    corner = (36.9, 34.75)
    target = (36.8123456789, 34.6012345678)  # a neighbour's vertex it snapped onto
    moved = rotated(HOMS, corner, target)
    assert tuple(shapely.get_coordinates(moved)[1]) == target  # bit for bit
    assert rotated(HOMS, corner, corner) is HOMS
    assert rotated(Point(36.67, 34.86), (36.67, 34.86), (36.7, 34.7)).coords[0] == (36.7, 34.7)


def test_authalic_latitude_goes_there_and_back():
    lat = np.linspace(-89.9, 89.9, 2001)
    assert np.abs(_from_authalic(_to_authalic(lat)) - lat).max() < 1e-10
