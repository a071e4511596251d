"""View maths: transforms round-trip, zoom keeps the point under the cursor, fit, scale."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zoneeditor.core.geodesy import distance_km
from zoneeditor.core.positions import format_dms, format_position
from zoneeditor.core.viewport import (
    Viewport,
    bucket_tolerance,
    zoom_bucket,
)


def syria(width=800, height=600) -> Viewport:
    return Viewport.fit((35.5, 32.3, 42.4, 37.3), width, height, margin=0.0)


@given(st.floats(30, 45), st.floats(28, 40))
def test_round_trip(lon, lat):
    v = syria()
    x, y = v.to_screen(lon, lat)
    back = v.to_map(x, y)
    assert back == pytest.approx((lon, lat), abs=1e-9)


def test_centre_maps_to_middle_and_north_is_up():
    v = syria()
    assert v.to_screen(v.cx, v.cy) == pytest.approx((400, 300))
    _, y_north = v.to_screen(v.cx, v.cy + 1)
    x_east, _ = v.to_screen(v.cx + 1, v.cy)
    assert y_north < 300 and x_east > 400


def test_fit_shows_whole_bounds_and_touches_one_side():
    v = syria()
    x0, y0, x1, y1 = v.bounds
    assert x0 <= 35.5 + 1e-9 and x1 >= 42.4 - 1e-9 and y0 <= 32.3 + 1e-9 and y1 >= 37.3 - 1e-9
    # no margin: the limiting axis fills the widget exactly
    left, top = v.to_screen(35.5, 37.3)
    right, bottom = v.to_screen(42.4, 32.3)
    assert math.isclose(right - left, 800, abs_tol=1e-6) or math.isclose(bottom - top, 600,
                                                                          abs_tol=1e-6)


def test_equirectangular_keeps_proportions_at_the_centre():
    """1 km east and 1 km north are the same number of pixels at the centre (±1 %)."""
    v = syria()
    km_per_deg_lon = distance_km(v.cx, v.cy, v.cx + 0.01, v.cy) / 0.01
    km_per_deg_lat = distance_km(v.cx, v.cy, v.cx, v.cy + 0.01) / 0.01
    px_per_km_x = v.ppd_x / km_per_deg_lon
    px_per_km_y = v.ppd / km_per_deg_lat
    assert px_per_km_x == pytest.approx(px_per_km_y, rel=0.01)


@given(st.floats(0.2, 8.0), st.floats(0, 800), st.floats(0, 600))
def test_zoom_keeps_the_point_under_the_cursor(factor, x, y):
    v = syria()
    before = v.to_map(x, y)
    z = v.zoomed(factor, (x, y))
    assert z.to_map(x, y) == pytest.approx(before, abs=1e-9)
    assert z.ppd == pytest.approx(v.ppd * factor)


def test_pan_moves_the_map_with_the_cursor():
    v = syria()
    lon, lat = v.to_map(100, 100)
    p = v.panned(50, -20)
    assert p.to_screen(lon, lat) == pytest.approx((150, 80))
    assert p.ref_lat == v.ref_lat  # a pan is a pure translation


def test_scale_denominator_is_geodesic():
    v = syria()
    # 100 px at 96 dpi = 26.46 mm; the ground distance across them, measured independently
    lon0, lat = v.to_map(350, 300)
    lon1, _ = v.to_map(450, 300)
    ground_m = distance_km(lon0, lat, lon1, lat) * 1000
    expected = ground_m / (100 * 0.0254 / 96)
    assert v.scale_denominator() == pytest.approx(expected, rel=1e-9)
    assert 1e6 < v.scale_denominator() < 1e7  # Syria in 800 px: a few million
    # doubling the zoom halves N
    # (not exactly: the 100 px span covers another stretch of the parallel)
    assert v.zoomed(2).scale_denominator() == pytest.approx(v.scale_denominator() / 2, rel=1e-4)
    assert v.with_scale(250_000).scale_denominator() == pytest.approx(250_000, rel=1e-6)


def test_pixel_tolerance_in_degrees():
    v = syria()
    tol = v.pixel_degrees(10)
    lon, lat = v.to_map(400, 300)
    _, lat2 = v.to_map(400, 310)
    assert tol == pytest.approx(lat - lat2)
    lon2, _ = v.to_map(410, 300)
    assert tol <= (lon2 - lon) + 1e-12  # never wider than 10 px on either axis


def test_fit_of_a_single_point_is_finite():
    v = Viewport.fit((36.6, 35.4, 36.6, 35.4), 800, 600)
    assert math.isfinite(v.ppd) and 1000 < v.ppd < 100_000


def test_zoom_is_clamped():
    v = syria()
    assert v.zoomed(1e-9).ppd >= 0.5
    assert v.zoomed(1e12).ppd <= 5e7


def test_buckets_keep_tolerance_under_one_pixel():
    for ppd in (0.7, 3.0, 41.0, 1000.0, 123456.0):
        b = zoom_bucket(ppd)
        assert bucket_tolerance(b) * ppd <= 1.0 + 1e-12
        assert bucket_tolerance(b) * ppd > 0.5


def test_dms_formatting():
    assert format_dms(36.62, "E", "W") == "36°37′12.0″E"
    assert format_dms(-0.5, "N", "S") == "0°30′00.0″S"
    assert format_dms(35.99999999, "N", "S") == "36°00′00.0″N"
    assert format_position(36.5, 35.25) == "35.25000, 36.50000"
    assert format_position(36.5, 35.25, dms=True) == "35°15′00.0″N 36°30′00.0″E"
