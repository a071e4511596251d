"""The geometry dictionaries fiona writes: the same as shapely's ``mapping``, and the same files."""

from __future__ import annotations

import sqlite3

import fiona
import numpy as np
import shapely
from fiona.crs import CRS
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import mapping

from zoneeditor.io.fiona_geometry import fiona_geometry

coordinate = st.floats(min_value=-180, max_value=180, allow_nan=False, width=64)


@st.composite
def rings(draw, z: bool = False) -> np.ndarray:
    n = draw(st.integers(min_value=3, max_value=40))
    xy = np.array(draw(st.lists(st.tuples(*[coordinate] * (3 if z else 2)),
                                min_size=n, max_size=n)))
    return np.vstack([xy, xy[:1]])  # closed (validity does not matter to the encoding)


@st.composite
def geometries(draw):
    z = draw(st.booleans())
    kind = draw(st.sampled_from(["Polygon", "MultiPolygon", "LineString", "MultiLineString",
                                 "Point", "GeometryCollection"]))
    if kind == "Point":
        return shapely.Point(draw(st.tuples(*[coordinate] * (3 if z else 2))))
    if kind in ("LineString", "MultiLineString"):
        lines = [shapely.LineString(draw(rings(z))[:-1])
                 for _ in range(draw(st.integers(1, 3)) if kind[0] == "M" else 1)]
        return lines[0] if kind == "LineString" else shapely.MultiLineString(lines)
    polygons = [shapely.Polygon(draw(rings(z)), [draw(rings(z))
                                                 for _ in range(draw(st.integers(0, 2)))])
                for _ in range(draw(st.integers(1, 3)) if kind[0] == "M" else 1)]
    if kind == "GeometryCollection":
        return shapely.GeometryCollection(polygons)
    return polygons[0] if kind == "Polygon" else shapely.MultiPolygon(polygons)


def _lists(value):
    """Nested tuples and lists alike, so the two dictionaries compare by content."""
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    return value


@settings(max_examples=200, deadline=None)
@given(geometries())
def test_the_dictionary_is_shapelys_mapping(geometry):
    ours = fiona_geometry(geometry)
    assert _lists(ours) == _lists(dict(mapping(geometry)))
    # bit for bit, -0.0 included: the values are the very floats GEOS holds
    flat = np.array(_flatten(ours["coordinates"]), dtype=float) if ours["type"] != \
        "GeometryCollection" else None
    if flat is not None and flat.size:
        theirs = np.array(_flatten(_lists(dict(mapping(geometry))["coordinates"])), dtype=float)
        assert flat.tobytes() == theirs.tobytes()


def _flatten(value) -> list[float]:
    if isinstance(value, (list, tuple)):
        return [x for v in value for x in _flatten(v)]
    return [value]


def test_odd_shapes_are_left_to_mapping():
    for text in ("POLYGON EMPTY", "LINESTRING M (0 0 1, 1 1 2)", "POINT (1 2)",
                 "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), EMPTY)"):
        geometry = shapely.from_wkt(text)
        assert fiona_geometry(geometry) == dict(mapping(geometry))


def test_fiona_writes_the_same_bytes_as_from_mapping(tmp_path):
    ring = np.column_stack([np.cos(np.linspace(0, 6.28, 5000)) + 36.5,
                            np.sin(np.linspace(0, 6.28, 5000)) + 35.0])
    hole = (ring - [36.5, 35.0]) * 0.3 + [36.5, 35.0]
    shapes = [shapely.Polygon(ring, [hole[::-1]]),
              shapely.MultiLineString([ring[:100], ring[200:300] * -1.0]),
              shapely.LineString(np.column_stack([ring, np.arange(len(ring), dtype=float)]))]
    blobs = {}
    for name, build in (("ours", fiona_geometry), ("mapping", mapping)):
        path = tmp_path / f"{name}.gpkg"
        with fiona.open(path, "w", driver="GPKG", layer="t", crs=CRS.from_epsg(4326),
                        schema={"geometry": "Unknown", "properties": {"n": "int"}}) as sink:
            sink.writerecords({"geometry": build(g), "properties": {"n": i}}
                              for i, g in enumerate(shapes))
        with sqlite3.connect(path) as con:
            blobs[name] = con.execute("SELECT geom FROM t ORDER BY n").fetchall()
    assert blobs["ours"] == blobs["mapping"]
