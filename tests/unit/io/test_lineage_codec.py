"""Revision deltas of the merge lineage: exact whatever changed, and cheap for one stretch."""

from __future__ import annotations

import io

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from zoneeditor.io.lineage import codec


def _ring(n: int, seed: int = 3) -> np.ndarray:
    rng = np.random.default_rng(seed)
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 1 + 0.05 * rng.random(n)
    xy = np.column_stack([36 + r * np.cos(t), 35 + r * np.sin(t)])
    return np.vstack([xy, xy[:1]])


def _ops(blob: bytes) -> np.ndarray:
    return np.load(io.BytesIO(blob))["ops"]


def _same(a, b) -> bool:
    return shapely.to_wkb(a) == shapely.to_wkb(b)


def test_one_moved_stretch_is_two_copies_and_the_new_rows():
    ring = _ring(20_000)
    moved = ring.copy()
    moved[7000:7010] += 1e-4
    before, after = shapely.Polygon(ring), shapely.Polygon(moved)
    blob = codec.encode_delta(after, before)
    assert blob is not None
    assert _ops(blob).tolist() == [[0, 7000], [-1, 10], [7010, 20_001 - 7010]]
    assert _same(codec.decode_delta(blob, before), after)


def test_edits_in_two_far_places_still_copy_what_they_share():
    ring = _ring(20_000)
    moved = ring.copy()
    moved[100] += 1e-4
    moved[19_000] -= 1e-4
    before, after = shapely.Polygon(ring), shapely.Polygon(moved)
    blob = codec.encode_delta(after, before)
    assert blob is not None
    ops = _ops(blob)  # copies (the closing repeat found as the first vertex) and two new rows
    assert ops[ops[:, 0] == -1, 1].tolist() == [1, 1]
    assert _same(codec.decode_delta(blob, before), after)


def test_moving_a_rings_first_vertex_moves_its_closing_repeat_too():
    ring = _ring(5000)
    moved = ring.copy()
    moved[0] += 1e-4
    moved[-1] = moved[0]
    before, after = shapely.Polygon(ring), shapely.Polygon(moved)
    blob = codec.encode_delta(after, before)
    assert blob is not None
    assert _same(codec.decode_delta(blob, before), after)


edits = st.lists(st.tuples(st.sampled_from(["move", "insert", "delete"]),
                           st.floats(0, 1), st.integers(1, 30)), min_size=1, max_size=3)


@settings(max_examples=150, deadline=None)
@given(edits, st.booleans(), st.integers(0, 3))
def test_any_edits_come_back_bit_for_bit(steps, line, seed):
    xy = _ring(3000, seed)[:-1]
    rng = np.random.default_rng(seed)
    new = xy.copy()
    for kind, where, length in steps:
        at = int(where * (len(new) - length - 1))
        if kind == "move":
            new[at:at + length] += rng.normal(scale=1e-4, size=(length, 2))
        elif kind == "insert":
            new = np.insert(new, at, rng.random((length, 2)) + np.array([36.0, 35.0]), axis=0)
        else:
            new = np.delete(new, slice(at, at + length), axis=0)
    if line:
        before, after = shapely.LineString(xy), shapely.LineString(new)
    else:
        before = shapely.Polygon(np.vstack([xy, xy[:1]]))
        after = shapely.Polygon(np.vstack([new, new[:1]]))
    blob = codec.encode_delta(after, before)
    assert blob is not None  # a few dozen changed rows of 3,000 are worth a delta
    assert _same(codec.decode_delta(blob, before), after)
