"""Why a shape is refused, in words that fit the shape (core.validity.problem)."""

from __future__ import annotations

import shapely

from zoneeditor.core.model import LayerKind
from zoneeditor.core.validity import problem


def test_parts_of_one_zone_that_share_an_edge_are_said_to_meet_not_to_cross():
    # another tool wrote two neighbouring zones as one MultiPolygon: each part is sound
    west = shapely.box(36.0, 33.0, 36.5, 33.5)
    east = shapely.box(36.5, 33.0, 37.0, 33.5)
    reason, where = problem(shapely.MultiPolygon([west, east]), LayerKind.ZONES)
    assert reason == "two of its parts overlap or share a stretch of boundary"
    assert where is not None and 36.0 <= where[0] <= 37.0
    overlapping = shapely.MultiPolygon([west, shapely.box(36.4, 33.1, 36.8, 33.4)])
    reason, _ = problem(overlapping, LayerKind.ZONES)
    assert reason == "two of its parts overlap or share a stretch of boundary"


def test_a_boundary_that_really_crosses_itself_is_still_said_to_cross():
    bow_tie = shapely.Polygon([(36.0, 33.0), (36.2, 33.2), (36.2, 33.0), (36.0, 33.2)])
    reason, _ = problem(bow_tie, LayerKind.ZONES)
    assert reason == "the boundary crosses itself"
    # a bow tie as one part of a MultiPolygon: the part itself is broken
    other = shapely.box(37.0, 33.0, 37.2, 33.2)
    reason, _ = problem(shapely.MultiPolygon([bow_tie, other]), LayerKind.ZONES)
    assert reason == "the boundary crosses itself"
