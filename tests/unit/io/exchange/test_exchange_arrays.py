"""Geometries built from arrays (issue #19.3) are the geometries the position-by-position
way builds, and damaged coordinates still get the same answer (geometry, note or issue)."""

from __future__ import annotations

import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import shape

from zoneeditor.io.exchange import geojson_reader
from zoneeditor.io.exchange.arrays import fast_shape

number = st.one_of(st.floats(-200, 200, allow_nan=False), st.integers(-200, 200))
odd = st.one_of(st.booleans(), st.none(), st.text(max_size=3), st.just(float("nan")),
                st.just(float("inf")), st.just(10 ** 400), st.just([1.0, 2.0]))


@st.composite
def position(draw: st.DrawFn, damaged: bool) -> list:
    values = draw(st.lists(number, min_size=2, max_size=3))
    if damaged and draw(st.integers(0, 9)) == 0:
        values[draw(st.integers(0, len(values) - 1))] = draw(odd)
    if damaged and draw(st.integers(0, 30)) == 0:
        values = values[:1]
    return values


@st.composite
def ring(draw: st.DrawFn, damaged: bool) -> list:
    pts = draw(st.lists(position(damaged), min_size=0 if damaged else 3, max_size=7))
    if pts and draw(st.booleans()):
        pts = [*pts, list(pts[0])]  # closed, as a writer closes it
    if damaged and draw(st.integers(0, 20)) == 0:
        return draw(odd)
    return pts


@st.composite
def geometry(draw: st.DrawFn, damaged: bool = True) -> dict:
    kind = draw(st.sampled_from(["LineString", "MultiLineString", "Polygon", "MultiPolygon",
                                 "MultiPoint"]))
    if kind in ("LineString", "MultiPoint"):
        coords = draw(st.lists(position(damaged), min_size=0 if damaged else 2, max_size=6))
    elif kind in ("MultiLineString", "Polygon"):
        coords = draw(st.lists(ring(damaged), min_size=1, max_size=3))
    else:
        coords = draw(st.lists(st.lists(ring(damaged), min_size=1, max_size=2), min_size=1,
                               max_size=3))
    return {"type": kind, "coordinates": coords}


def outcome(build, ob):
    """What building gives: (WKB hex with type, notes) or the error's class and text."""
    try:
        g = build(ob)
    except Exception as exc:  # the error itself is what is compared
        return ("error", type(exc).__name__, str(exc), getattr(exc, "where", None))
    if isinstance(g, tuple):
        g, notes = g
    else:
        notes = None
    if g is None:
        return ("none", notes)
    return (g.geom_type, shapely.to_wkb(g, hex=True, output_dimension=3), notes)


@settings(max_examples=300, deadline=None)
@given(geometry(damaged=False))
def test_fast_shape_of_plain_coordinates_equals_shape(ob):
    assert outcome(fast_shape, ob) == outcome(shape, ob)


@settings(max_examples=300, deadline=None)
@given(geometry(damaged=True))
def test_fast_shape_of_damaged_coordinates_equals_shape(ob):
    assert outcome(fast_shape, ob) == outcome(shape, ob)


def _build(ob):
    notes: list = []
    return geojson_reader.build(ob, notes), notes


@settings(max_examples=300, deadline=None)
@given(geometry(damaged=True))
def test_the_geojson_reader_builds_what_it_built_position_by_position(ob):
    fast = outcome(_build, ob)
    plain = geojson_reader._plain
    geojson_reader._plain = lambda seq: None  # every position checked one by one
    try:
        slow = outcome(_build, ob)
    finally:
        geojson_reader._plain = plain
    assert fast == slow


def test_an_unclosed_ring_is_noted_and_closed_by_either_way():
    ob = {"type": "Polygon", "coordinates": [[[36, 35], [37, 35], [37, 36], [36, 36]]]}
    (poly, notes) = _build(ob)
    assert poly.equals(shapely.box(36, 35, 37, 36)) and notes[0][1] == (36.0, 35.0)
    assert "not closed" in notes[0][0]
