"""Georeferencing maths: exact residuals for a pure affine case, polynomial and TPS, errors."""

from __future__ import annotations

import numpy as np
import pyproj
import pytest

from zoneeditor.core.coords import parse_coordinate
from zoneeditor.core.georef import GeorefError, fit, utm_crs
from zoneeditor.core.reference import ControlPoint

_TO_WGS = pyproj.Transformer.from_crs(32637, 4326, always_xy=True)


def _utm_sheet(col: float, row: float) -> tuple[float, float]:
    """A 1:50,000-like scan: 2.5 m per pixel, rotated a little, in UTM 37N."""
    return 250_000 + 2.5 * col + 0.08 * row, 3_900_000 - 0.08 * col - 2.5 * row


def _points(n: int, warp=None, seed: int = 3) -> list[ControlPoint]:
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        col, row = rng.uniform(0, 6000, 2)
        x, y = _utm_sheet(col, row)
        if warp is not None:
            x, y = warp(x, y)
        lon, lat = _TO_WGS.transform(x, y)
        out.append(ControlPoint(f"p{i}", float(col), float(row), float(lon), float(lat)))
    return out


def test_affine_scan_fits_exactly_in_its_own_crs():
    pts = _points(6)
    result = fit(pts, "affine", "EPSG:32637")
    assert result.rms_m < 1e-6
    assert all(r.residual_m < 1e-6 for r in result.residuals)
    assert all(r.leave_one_out_m is not None and r.leave_one_out_m < 1e-6
               for r in result.residuals)
    x0, a, b, y0, d, e = result.affine
    assert (x0, a, b, y0, d, e) == pytest.approx((250_000, 2.5, 0.08, 3_900_000, -0.08, -2.5),
                                                 abs=1e-6)
    # a pixel that is not a control point lands where the sheet says
    lon, lat = result.to_lonlat(1234.5, 4321.0)
    expect = _TO_WGS.transform(*_utm_sheet(1234.5, 4321.0))
    assert (lon, lat) == pytest.approx(expect, abs=1e-9)
    assert result.pixel_of(*expect) == pytest.approx((1234.5, 4321.0), abs=1e-6)


def test_default_crs_is_the_utm_zone_of_the_points():
    pts = _points(4)
    assert fit(pts, "affine").crs == "EPSG:32637" == utm_crs(pts[0].lon, pts[0].lat)
    assert fit(pts, "affine").rms_m < 1e-6


def test_a_misplaced_point_shows_in_its_residual_and_leave_one_out():
    pts = _points(7)
    bad = pts[3]
    pts[3] = ControlPoint(bad.id, bad.px, bad.py, bad.lon + 0.002, bad.lat)  # ~180 m east
    result = fit(pts, "affine", "EPSG:32637")
    by_id = {r.point_id: r for r in result.residuals}
    assert by_id["p3"].residual_m == max(r.residual_m for r in result.residuals)
    assert by_id["p3"].leave_one_out_m == pytest.approx(180, rel=0.05)
    assert result.rms_m == pytest.approx(
        np.sqrt(np.mean([r.residual_m ** 2 for r in result.residuals])))
    # leaving the point out of the fit restores an exact fit
    pts[3] = ControlPoint(bad.id, bad.px, bad.py, bad.lon + 0.002, bad.lat, enabled=False)
    assert fit(pts, "affine", "EPSG:32637").rms_m < 1e-6


def test_polynomial_absorbs_a_bent_sheet_and_tps_passes_through_every_point():
    def bend(x, y):  # paper bent: a quadratic drift of up to ~200 m
        return x + 1e-6 * (x - 250_000) ** 2, y + 5e-7 * (x - 250_000) * (3_900_000 - y)

    pts = _points(12, warp=bend)
    affine = fit(pts, "affine", "EPSG:32637")
    poly = fit(pts, "polynomial2", "EPSG:32637")
    tps = fit(pts, "tps", "EPSG:32637")
    assert affine.rms_m > 5
    assert poly.rms_m < 1e-3
    assert tps.rms_m < 1e-6
    assert all(r.leave_one_out_m is not None for r in tps.residuals)


@pytest.mark.parametrize(("method", "n"), [("affine", 2), ("polynomial2", 5), ("tps", 2)])
def test_too_few_points_is_a_clear_error(method, n):
    with pytest.raises(GeorefError, match="needs at least"):
        fit(_points(n), method, "EPSG:32637")


def test_points_on_one_line_are_refused():
    pts = [ControlPoint(str(i), 100.0 * i, 100.0 * i, 36 + 0.01 * i, 35 - 0.01 * i)
           for i in range(4)]
    with pytest.raises(GeorefError, match="one line"):
        fit(pts, "affine", "EPSG:4326")


def test_control_point_typed_in_any_notation():
    """Coordinates come from core.coords: decimal, DMS, UTM and MGRS give one place."""
    typed = ["35.25, 36.75", "35°15'0\"N 36°45'0\"E", "37S 250000 3904000", "37SBV5000004000"]
    places = [parse_coordinate(t) for t in typed]
    assert places[0] == pytest.approx(places[1])
    assert places[2] == pytest.approx(places[3], abs=1e-5)  # MGRS: the 1 m square
    cps = [ControlPoint.create(i * 10, i * 7 % 5, *p) for i, p in enumerate(places)]
    assert len({p.id for p in cps}) == 4


def test_summary_tabulates_residuals_and_says_why_there_is_no_fit():
    from zoneeditor.core.reference import Georeference
    from zoneeditor.core.reference_rows import georef_summary

    g = Georeference.create("/scans/annex.png", crs="EPSG:32637", points=tuple(_points(3)))
    table = georef_summary(g)
    assert table.error == "" and table.rms_m < 1e-6
    assert [r.number for r in table.rows] == [1, 2, 3]
    assert all(r.residual_m is not None and r.leave_one_out_m is None for r in table.rows)
    g2 = Georeference.create("/scans/annex.png", method="polynomial2", points=g.points)
    table = georef_summary(g2)
    assert table.rms_m is None and table.rows[0].residual_m is None
    assert table.error == "a 2nd-order polynomial needs at least 6 control points (3 in use)"
