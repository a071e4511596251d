"""A typed vertex far off the drawing (``core.far_vertex``): the distance is geodesic, the
limit is the drawing's own size with a 50 km floor, and the numbers read the other way round
are offered only when that reading is a position near the drawing."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import Polygon
from support.sample import sample_document

from zoneeditor.core import far_vertex as module
from zoneeditor.core.coords import parse
from zoneeditor.core.far_vertex import (
    MIN_FAR_KM,
    Around,
    distance_to_km,
    far_limit_km,
    far_vertex,
    reference,
    size_km,
)
from zoneeditor.core.geodesy import destination, distance_km
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools.base import ToolContext
from zoneeditor.core.tools.draw import DrawZoneTool
from zoneeditor.core.tools.reshape import ReshapeTool
from zoneeditor.core.tools.split import SplitZoneTool

#: The view of the delegate's window, and the zone they were drawing east of Homs.
VIEW = (36.0, 34.0, 38.5, 36.0)
SKETCH = [(37.0, 35.0), (37.25, 35.02), (37.2, 35.2)]
NOWHERE = (0.0, 0.0, 1.0, 1.0)  # a view the tests never use


def test_95_38_east_of_homs_is_far_and_has_no_other_reading():
    """The incident: "95, 38" is read 38°N 95°E (95 cannot be a latitude), ~5,000 km off a
    sketch ~25 km across; read latitude first it would be latitude 95, no position."""
    far = far_vertex(parse("95, 38"), reference(SKETCH, [], VIEW))
    assert far is not None
    assert far.typed == (95.0, 38.0)
    assert far.around is Around.DRAWING
    assert far.limit_km == MIN_FAR_KM  # a 25 km sketch: the floor decides
    nearest = min(distance_km(x, y, 95.0, 38.0) for x, y in SKETCH)
    assert far.km == pytest.approx(nearest, rel=1e-3)  # to the sketch's path, geodesic
    assert 5000 < far.km < 5200
    assert far.other is None and far.other_km is None


def test_a_pair_typed_longitude_first_is_offered_the_other_way_round():
    typed = parse("37.1, 35.2")  # meant 35.2°N 37.1°E; read latitude first: 37.1°N 35.2°E
    far = far_vertex(typed, reference(SKETCH, [], VIEW))
    assert far is not None and far.typed == (35.2, 37.1)
    assert far.other == (37.1, 35.2)
    assert far.other_km == pytest.approx(distance_to_km((37.1, 35.2), reference(
        SKETCH, [], VIEW).geometry))
    assert far.other_km < far.limit_km < far.km


def test_a_vertex_near_the_drawing_is_not_asked_about():
    assert far_vertex(parse("35.1, 37.3"), reference(SKETCH, [], VIEW)) is None
    assert far_vertex(parse("35°06'N 37°18'E"), reference(SKETCH, [], VIEW)) is None


def test_letters_utm_and_bearings_have_no_other_reading():
    ref = reference(SKETCH, [], VIEW)
    for text in ("N37.1 E35.2", "37S 267000 3710000", "@270 400km"):
        coord = parse(text, SKETCH[-1])
        assert coord.other_reading() is None
        far = far_vertex(coord, ref)
        assert far is not None and far.other is None, text


def test_the_limit_grows_with_the_drawing():
    """A long line of contact may take its next vertex 200 km beyond its end; a small zone
    may not take one 60 km away."""
    line = [(36.0, 35.0), (38.5, 35.0)]  # ~228 km east-west
    assert far_limit_km(reference(line, [], NOWHERE).geometry) == pytest.approx(
        distance_km(36.0, 35.0, 38.5, 35.0))
    beyond = destination(38.5, 35.0, 90.0, 200.0)
    assert far_vertex(parse(f"{beyond[1]}, {beyond[0]}"), reference(line, [], NOWHERE)) is None
    small = [(37.0, 35.0), (37.1, 35.0), (37.05, 35.08)]
    sixty = destination(37.05, 35.08, 0.0, 60.0)
    far = far_vertex(parse(f"{sixty[1]}, {sixty[0]}"), reference(small, [], NOWHERE))
    assert far is not None and far.km == pytest.approx(60.0, abs=0.5)


def test_without_a_sketch_the_selected_feature_then_the_view_is_the_reference():
    zone = Polygon([(36.5, 34.5), (37.5, 34.5), (37.5, 35.5), (36.5, 35.5)])
    ref = reference([], [zone], VIEW)
    assert ref.around is Around.FEATURES
    assert distance_to_km((37.0, 35.0), ref.geometry) == 0.0  # inside the zone
    assert reference([(37.0, 35.0)], [zone], VIEW).around is Around.DRAWING
    view = reference([], [], VIEW)
    assert view.around is Around.VIEW
    assert far_vertex(parse("35.5, 38.4"), view) is None  # inside the view
    assert far_vertex(parse("95, 38"), view).around is Around.VIEW
    # just outside the view, by less than the view's own diagonal: not far
    assert far_vertex(parse("36.5, 38.9"), view) is None
    assert size_km(view.geometry) == pytest.approx(distance_km(36.0, 34.0, 38.5, 36.0))


def test_split_and_reshape_measure_from_the_selected_features():
    """A cut across a selected zone starts outside it and ends on its far side: the zone
    is part of what is worked on, so its far side is near."""
    doc = sample_document()
    selection = Selection()
    selection.set({"zone-idlib"})
    ctx = ToolContext(doc, selection)
    idlib = doc.feature("zone-idlib").geometry
    for tool in (SplitZoneTool(ctx), ReshapeTool(ctx)):
        assert [g.equals(idlib) for g in tool.acts_on()] == [True]
    assert DrawZoneTool(ctx).acts_on() == []  # a new zone acts on nothing yet
    split = SplitZoneTool(ctx)
    (west, south, east, north) = idlib.bounds
    start = (west - 0.05, (south + north) / 2)  # the cut's first vertex, west of Idlib
    beyond = (east + 0.05, (south + north) / 2)  # its last, east of Idlib: ~100 km away
    assert distance_km(*start, *beyond) > MIN_FAR_KM
    ref = reference([start], split.acts_on(), NOWHERE)
    assert far_vertex(parse(f"{beyond[1]}, {beyond[0]}"), ref) is None
    # without the selected zone the same vertex would be asked about
    assert far_vertex(parse(f"{beyond[1]}, {beyond[0]}"), reference([start], [], NOWHERE))


def test_the_module_examples_hold():
    assert doctest.testmod(module).failed == 0


# -- properties -------------------------------------------------------------------------------
lons = st.floats(25.0, 50.0)
lats = st.floats(12.0, 42.0)


@settings(max_examples=60, deadline=None)
@given(lon=lons, lat=lats, bearing=st.floats(0.0, 360.0), km=st.floats(0.5, 2000.0))
def test_around_one_vertex_far_means_beyond_50_km_geodesic(lon, lat, bearing, km):
    """Around a first vertex the question comes exactly beyond the floor, at the geodesic
    distance."""
    to = destination(lon, lat, bearing, km)
    coord = parse(f"{to[1]:.9f}, {to[0]:.9f}")  # latitude first
    far = far_vertex(coord, reference([(lon, lat)], [], NOWHERE))
    if km < MIN_FAR_KM - 0.01:
        assert far is None
    elif km > MIN_FAR_KM + 0.01:
        assert far is not None
        assert far.km == pytest.approx(km, rel=1e-5)


@settings(max_examples=60, deadline=None)
@given(a=st.floats(-89.0, 89.0), b=st.floats(-89.0, 89.0))
def test_the_other_reading_is_the_pair_typed_the_other_way_round(a, b):
    a, b = round(a, 4), round(b, 4)
    typed, turned = parse(f"{a}, {b}"), parse(f"{b}, {a}")
    if a == b:
        assert typed.other_reading() is None
    else:
        assert typed.other_reading() == turned.xy
        assert turned.other_reading() == typed.xy


@settings(max_examples=60, deadline=None)
@given(lon=lons, lat=lats, a=st.floats(-179.0, 179.0), b=st.floats(-89.0, 89.0))
def test_what_is_offered_is_a_position_near_the_drawing(lon, lat, a, b):
    """Whatever is typed, an offered reading is a valid position within the limit, and the
    typed one lies beyond it."""
    sketch = [(lon, lat), (lon + 0.2, lat + 0.1)]
    ref = reference(sketch, [], NOWHERE)
    far = far_vertex(parse(f"{a:.4f}, {b:.4f}"), ref)
    if far is None:
        return
    assert far.km > far.limit_km
    if far.other is not None:
        assert far.other_km is not None and far.other_km <= far.limit_km
        assert -180 <= far.other[0] <= 180 and -90 <= far.other[1] <= 90
