"""A densified copy of a shape (vertices added on its straight edges) is the same shape."""

from __future__ import annotations

import numpy as np
import shapely
from shapely import LineString, MultiPolygon, Polygon

from zoneeditor.core.collinear import without_collinear
from zoneeditor.core.diff_change import DENSIFIED_CHECK_MAX_VERTICES, same_geometry

SQUARE = Polygon([(36.0, 35.0), (36.8, 35.0), (36.8, 35.8), (36.0, 35.8)],
                 [[(36.2, 35.2), (36.4, 35.2), (36.4, 35.4), (36.2, 35.4)]])


def densified(geometry, n: int = 3):
    """``geometry`` with ``n`` vertices interpolated on every edge (as another tool does)."""
    return shapely.segmentize(geometry, max_segment_length=0.8 / (n + 1))


def test_vertices_on_straight_edges_go_and_corners_stay():
    dense = densified(SQUARE)
    assert shapely.get_num_coordinates(dense) > shapely.get_num_coordinates(SQUARE)
    back = without_collinear(dense)
    assert shapely.get_num_coordinates(back) == shapely.get_num_coordinates(SQUARE)
    assert back.normalize().equals_exact(SQUARE.normalize(), 1e-12)
    line = LineString([(36, 35), (36.5, 35.5), (37, 36), (37, 35)])
    assert list(without_collinear(line).coords) == [(36, 35), (37, 36), (37, 35)]
    # a spike turning back along its edge is a shape of its own, not a densified edge
    spike = LineString([(36, 35), (37, 35), (36.5, 35)])
    assert list(without_collinear(spike).coords) == list(spike.coords)
    multi = MultiPolygon([SQUARE, Polygon([(38, 35), (39, 35), (39, 36)])])
    assert shapely.get_num_coordinates(without_collinear(densified(multi))) == \
        shapely.get_num_coordinates(multi)


def test_a_densified_copy_is_the_same_geometry_and_a_moved_vertex_is_not():
    assert same_geometry(SQUARE, densified(SQUARE))
    assert same_geometry(densified(SQUARE, 5), densified(SQUARE, 2))
    moved = Polygon([(36.0, 35.0), (36.8, 35.0), (36.8, 35.8), (36.0, 35.81)],
                    [[(36.2, 35.2), (36.4, 35.2), (36.4, 35.4), (36.2, 35.4)]])
    assert not same_geometry(SQUARE, densified(moved))
    # a vertex 1 m off the straight edge is a change, however small
    nudged = Polygon([(36.0, 35.0), (36.4, 35.00001), (36.8, 35.0), (36.8, 35.8),
                      (36.0, 35.8)], list(SQUARE.interiors))
    assert not same_geometry(SQUARE, nudged)


def test_very_large_shapes_are_not_searched_for_densified_edges():
    n = DENSIFIED_CHECK_MAX_VERTICES
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    ring = np.c_[36 + np.cos(t), 35 + np.sin(t)]
    big = Polygon(ring)
    extra = np.insert(ring, 1, (ring[0] + ring[1]) / 2, axis=0)  # one midpoint: same shape
    assert not same_geometry(big, Polygon(extra))  # reported as modified, as before
