"""Edges are measured as drawn: straight in longitude/latitude, as shapely, GDAL, QGIS and
other parties' files mean them (core/geodesy, docs/architecture.md).

Measured as geodesics between their vertices, a long edge and the same edge drawn with more
vertices lay up to ~85 m apart: a densified copy of a zone with one 11 m edit was "moved
73 m", and a border one party's tool had densified made km² change hands that nobody moved.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from conftest import line, quadrangle_km2, zone
from shapely import LineString, Polygon, box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_measures import line_change, zone_change
from zoneeditor.core.geodesy import DRAWN_STEP_DEG, MAX_ADDED, area_km2, as_drawn, length_km
from zoneeditor.core.model import AGREED, Version

#: A hand-drawn zone with 0.8° edges (~73 km east-west at 35°N), as delegates draw them.
SQUARE = Polygon([(36.0, 35.0), (36.8, 35.0), (36.8, 35.8), (36.0, 35.8)])


def v(name: str, *features) -> Version:
    return Version(name, {f.id: f for f in features})


def densified_with_an_edit(poly: Polygon, north_deg: float) -> Polygon:
    """``poly`` with a vertex every 0.01° along its edges (another tool's copy), one of
    them, in the middle of the southern edge, moved ``north_deg`` north."""
    xy = shapely.get_coordinates(shapely.segmentize(poly, 0.01))
    xy[40, 1] += north_deg
    return Polygon(xy)


@pytest.mark.parametrize("fast", [True, False])
def test_a_densified_copy_with_one_small_edit_moved_by_that_edit_only(fast):
    edited = densified_with_an_edit(SQUARE, 0.0001)  # 11.1 m north
    m = zone_change(SQUARE, edited, fast=fast)
    assert m.shift.km == pytest.approx(0.0111, abs=0.0005)  # was 0.073 km
    # the dent's own area: a triangle 11 m high on a ~1.8 km base (~0.01 km²), no more
    assert m.gained_km2 < 0.02 and m.lost_km2 < 0.02


def test_a_line_redrawn_with_more_vertices_and_one_edit_moved_by_that_edit_only():
    old = LineString([(36.0, 35.0), (36.8, 35.0), (37.6, 35.4)])
    xy = shapely.get_coordinates(shapely.segmentize(old, 0.01))
    xy[30, 1] -= 0.0002  # 22 m south
    for fast in (True, False):
        m = line_change(old, LineString(xy), fast=fast)
        assert m.shift.km == pytest.approx(0.0222, abs=0.001)
        assert m.area_between_km2 < 0.05


def test_a_border_one_tool_densified_makes_no_land_change_hands():
    # The agreed zone is split along its 1.1° diagonal: A keeps the south-east half, B takes
    # the north-west. B's file came from another tool, which wrote the diagonal with a
    # vertex every 0.01°; A's did not. Only B's half changes hands, to the last km².
    south_east = Polygon([(36.0, 35.0), (36.8, 35.0), (36.8, 35.8)])
    north_west = shapely.segmentize(Polygon([(36.0, 35.0), (36.8, 35.8), (36.0, 35.8)]), 0.01)
    r = diff_versions(v(AGREED, zone("z", SQUARE, party="A", name="Z")),
                      v("P", zone("z", south_east, party="A", name="Z"),
                        zone("y", north_west, party="B", name="Y")))
    (t,) = r.transfers
    assert (t.frm, t.to) == ("A", "B")
    assert t.area_km2 == pytest.approx(area_km2(north_west), abs=1e-3)
    # within what measuring ~1 km pieces as geodesics leaves (~1 cm of bow each: 115 m²
    # here; as geodesics between the drawn vertices, 10.7 km² came from nowhere)
    total = area_km2(south_east) + area_km2(north_west)
    assert total == pytest.approx(area_km2(SQUARE), abs=1e-3)
    nets = {p.name: p.net_km2 for p in r.parties}
    assert nets["A"] + nets["B"] == pytest.approx(0.0, abs=1e-3)


def test_an_area_does_not_depend_on_how_many_vertices_draw_its_edges():
    for poly in (SQUARE, box(-72, -60, -50, -40), Polygon([(10, 50), (30, 62), (14, 66)])):
        for step in (0.5, 0.05, 0.003):
            assert area_km2(shapely.segmentize(poly, step)) == pytest.approx(
                area_km2(poly), rel=1e-8)
    assert area_km2(box(-72, -60, -50, -40)) == pytest.approx(
        quadrangle_km2(-72, -60, -50, -40), rel=1e-7)


def test_a_line_along_a_parallel_is_as_long_as_the_parallel():
    # 10° of the 60th parallel: N(φ)·cos φ·Δλ in closed form (the geodesic is ~0.6 km shorter)
    a, f = 6378137.0, 1 / 298.257223563
    e2 = f * (2 - f)
    phi = math.radians(60)
    arc_km = a * math.cos(phi) / math.sqrt(1 - e2 * math.sin(phi) ** 2) * math.radians(10) / 1e3
    assert length_km(LineString([(0, 60), (10, 60)])) == pytest.approx(arc_km, abs=1e-3)
    assert length_km(line("l", "LINESTRING (0 60, 10 60)").geometry) == pytest.approx(arc_km,
                                                                                      abs=1e-3)
    assert length_km(box(0, 0, 1, 1)) > 0 and length_km(shapely.Point(0, 0)) == 0.0


def test_as_drawn_keeps_every_vertex_and_cuts_long_edges_into_short_pieces():
    xy = np.array([[36.0, 35.0], [36.8, 35.0], [36.8001, 35.0], [36.0, 35.8], [36.0, 35.0]])
    out = as_drawn(xy)
    pieces = np.hypot(*np.diff(out, axis=0).T)
    assert pieces.max() <= DRAWN_STEP_DEG * (1 + 1e-9)
    kept = [i for i, p in enumerate(out.tolist()) if p in xy.tolist()]
    assert [out[i].tolist() for i in kept] == xy.tolist()  # the vertices, bit for bit, in order
    short = np.array([[36.0, 35.0], [36.005, 35.0], [36.006, 35.001]])
    assert as_drawn(short) is short  # nothing to cut: no copy


def test_as_drawn_grows_a_hostile_path_by_a_bounded_number_of_points():
    # 2,000 edges each crossing 100° of longitude: at 0.01° that would be 20 million points
    zigzag = np.column_stack([np.where(np.arange(2001) % 2, 50.0, -50.0),
                              np.linspace(-60, 60, 2001)])
    out = as_drawn(zigzag)
    assert len(out) <= len(zigzag) + MAX_ADDED + len(zigzag)
    assert np.isin(zigzag, out).all()
    assert length_km(LineString(zigzag)) > 0
