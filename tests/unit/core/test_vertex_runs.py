"""The index of vertex runs stays exact through any sequence of patches.

Flat forms are drawn (polygons with holes, several parts, lines; coordinates on a coarse
grid so vertices and boxes coincide often), cut into runs of a few rows (so run and ring
boundaries meet the patched rows), then patched again and again: the derived index must
partition the rows exactly as required (every ring's first row starts a run, no run
crosses a ring) with every box equal to the box of its rows and of the row after, and its
queries must find what a scan of every row finds.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zoneeditor.core import geompatch as gp
from zoneeditor.core import vertex_runs as vr
from zoneeditor.core import vertices as vx
from zoneeditor.core.flatgeom import Flat

grid = st.integers(-6, 6).map(lambda v: v / 2.0)


@st.composite
def flats(draw) -> Flat:
    kind = draw(st.sampled_from(["Polygon", "MultiPolygon", "LineString"]))
    if kind == "LineString":
        sizes = [draw(st.integers(2, 30))]
        parts = [1]
    else:
        parts = [draw(st.integers(1, 3)) for _ in range(1 if kind == "Polygon" else
                                                          draw(st.integers(1, 3)))]
        sizes = [draw(st.integers(3, 20)) for _ in range(sum(parts))]
    n = sum(sizes)
    coords = np.array([[draw(grid), draw(grid)] for _ in range(n)])
    return Flat(kind, coords, np.array(sizes, np.int64), np.array(parts, np.int64))


@st.composite
def patches(draw, flat: Flat) -> gp.Patch:
    """A patch of one stretch of one ring (what an edit makes), or of several rings at once
    (what ``diff`` makes of two far-apart changes)."""
    minimum = 3 if flat.closed else 2
    if draw(st.booleans()):
        ring = draw(st.integers(0, len(flat.sizes) - 1))
        r0, size = int(flat.offsets[ring]), int(flat.sizes[ring])
        start = r0 + draw(st.integers(0, size))
        stop = draw(st.integers(start, r0 + size))
        room = size - (stop - start)
        count = draw(st.integers(max(0, minimum - room), 4))
        rows = np.array([[draw(grid), draw(grid)] for _ in range(count)]).reshape(-1, 2)
        grown = () if count == stop - start else ((ring, room + count),)
        return gp.Patch(start, stop, rows, grown)
    coords = flat.coords.copy()
    for _ in range(draw(st.integers(1, 3))):
        coords[draw(st.integers(0, len(coords) - 1))] = [draw(grid), draw(grid)]
    patch = gp.diff(flat, Flat(flat.kind, coords, flat.sizes, flat.parts))
    assert patch is not None
    return patch


def check_index(index: vr.RunIndex) -> None:
    """The invariants, against a recomputation from the rows."""
    flat = index.flat
    n = len(flat.coords)
    starts = index.starts
    assert starts[0] == 0 and np.all(np.diff(starts) > 0) and starts[-1] < n
    assert set(flat.offsets[:-1].tolist()) <= set(starts.tolist())
    stops = index.stops
    assert np.all(stops - starts <= max(index.run, 1) * 2)
    for s, e in zip(starts.tolist(), stops.tolist(), strict=True):
        assert flat.ring_of(s) == flat.ring_of(e - 1)
    fresh = vr._boxes(flat, starts, stops)
    assert np.array_equal(index.boxes, fresh)


def check_queries(index: vr.RunIndex, x: float, y: float, tol: float) -> None:
    flat = index.flat
    c = flat.coords
    scan = np.flatnonzero((np.abs(c[:, 0] - x) <= tol) & (np.abs(c[:, 1] - y) <= tol))
    assert index.vertices_near(x, y, tol).tolist() == scan.tolist()
    box = (x - tol, y - tol, x + tol, y + tol)
    inside = np.flatnonzero((c[:, 0] >= box[0]) & (c[:, 0] <= box[2]) & (c[:, 1] >= box[1])
                            & (c[:, 1] <= box[3]))
    assert index.vertices_in(*box).tolist() == inside.tolist()
    rows = np.arange(len(c))
    nxt = vr.next_rows(flat, rows)
    if not flat.closed:
        rows, nxt = rows[nxt != rows], nxt[nxt != rows]
    a, b = c[rows], c[nxt]
    meets = ((np.minimum(a[:, 0], b[:, 0]) <= box[2]) & (np.maximum(a[:, 0], b[:, 0]) >= box[0])
             & (np.minimum(a[:, 1], b[:, 1]) <= box[3])
             & (np.maximum(a[:, 1], b[:, 1]) >= box[1]))
    got_rows, got_next = index.segments_meeting(*box)
    assert got_rows.tolist() == rows[meets].tolist()
    assert got_next.tolist() == nxt[meets].tolist()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_derived_index_is_the_index_of_the_patched_rows(data):
    flat = data.draw(flats())
    index = vr.build_runs(flat, run=data.draw(st.integers(1, 5)))
    check_index(index)
    for _ in range(data.draw(st.integers(1, 6))):
        patch = data.draw(patches(flat))
        flat = gp.apply(flat, patch)
        index = vr.updated(index, patch, flat)
        check_index(index)
        check_queries(index, data.draw(grid), data.draw(grid),
                      data.draw(st.sampled_from([0.0, 0.25, 0.5, 1.0, 3.0])))


def test_a_patch_of_another_geometry_is_refused():
    flat = Flat("Polygon", np.array([[0.0, 0], [1, 0], [1, 1]]), np.array([3]), np.array([1]))
    index = vr.build_runs(flat, run=2)
    with pytest.raises(ValueError):
        vr.updated(index, gp.Patch(0, 0, np.array([[5.0, 5.0]])), flat)


def big_zone(n: int = 30_000):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 1 + 0.02 * np.sin(37 * t)
    return shapely.Polygon(np.c_[36 + r * np.cos(t), 35 + r * np.sin(t)])


def test_edits_derive_the_index_instead_of_building_it(monkeypatch):
    """After the first index of a zone, vertex edits never build one from scratch: each is
    derived from the index of the geometry the edit started from, and stays exact."""
    geom = big_zone()
    first = vr.runs_of(geom)
    assert first is not None and len(first.starts) > 100

    def refuse(*_args, **_kwargs):
        raise AssertionError("the index was built from scratch")

    monkeypatch.setattr(vr, "build_runs", refuse)
    c = shapely.get_coordinates(geom)
    for k in range(12):
        ref = vx.VertexRef(0, 0, 1000 * k + 255)
        if k % 3 == 0:
            geom = vx.with_vertex_moved(geom, ref, tuple(c[1000 * k + 255] * 1.0000001))
        elif k % 3 == 1:
            geom = vx.with_vertex_inserted(geom, ref, tuple(c[1000 * k + 255] * 0.9999999))
        else:
            geom = vx.with_vertex_deleted(geom, ref)
        index = vr.runs_of(geom)
        assert index is not None and index.flat is gp.flat_of(geom)
        check_index(index)
    x, y = vx.vertex(geom, vx.VertexRef(0, 0, 2000))
    check_queries(index, x, y, 1e-3)


def test_patches_from_an_ancestor_compose_exactly():
    """A drag folds many moves into one step: the patch from where it began to where it is
    now is known without comparing the arrays, and it rebuilds the geometry bit for bit."""
    start = big_zone(5000)
    geom = start
    for k in range(6):
        geom = vx.with_vertex_moved(geom, vx.VertexRef(0, 0, 40 + (k % 2)),
                                    (36.5 + k * 1e-4, 35.0))
    geom = vx.with_vertex_inserted(geom, vx.VertexRef(0, 0, 4000), (35.2, 34.6))
    known = gp.facts(geom)
    assert any(a.ref() is start for a in known.lineage)
    patch = gp.patch_between(start, geom)
    assert patch is not None and patch.stop - patch.start < 4000
    rebuilt = gp.apply(gp.flatten(start), patch)
    assert np.array_equal(rebuilt.bits, gp.flatten(geom).bits)
    assert rebuilt.sizes.tolist() == gp.flatten(geom).sizes.tolist()
