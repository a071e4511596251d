"""A moved geometry's digest derived from the old one equals the digest computed afresh."""

from __future__ import annotations

import zlib

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from zoneeditor.core.crc_update import after_change
from zoneeditor.core.flatgeom import Flat

values = st.sampled_from([0.0, -0.0, 1.0, 36.25, -179.999, 1e-300, float("nan")])


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=1, max_size=300), st.data())
def test_crc_after_a_change_is_the_crc_of_the_changed_message(message, data):
    a = data.draw(st.integers(0, len(message) - 1))
    b = data.draw(st.integers(a, len(message)))
    window = data.draw(st.binary(min_size=b - a, max_size=b - a))
    changed = message[:a] + window + message[b:]
    seed = data.draw(st.integers(0, 2**32 - 1))
    assert after_change(zlib.crc32(message, seed), message[a:b], window,
                        len(message) - b) == zlib.crc32(changed, seed)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_moved_flat_digest_equals_the_fresh_digest(data):
    dims = data.draw(st.sampled_from([2, 3]))
    n = data.draw(st.integers(3, 40))
    coords = np.array([[data.draw(values) for _ in range(dims)] for _ in range(n)])
    kind = data.draw(st.sampled_from(["Polygon", "LineString"]))
    old = Flat(kind, coords, np.array([n]), np.array([1]))
    assert old.digest  # known, as the journal's base digest is
    start = data.draw(st.integers(0, n))
    stop = data.draw(st.integers(start, n))
    new_coords = coords.copy()
    new_coords[start:stop] = np.array([[data.draw(values) for _ in range(dims)]
                                       for _ in range(stop - start)]).reshape(-1, dims)
    new = Flat(kind, new_coords, np.array([n]), np.array([1]))
    derived = new.digest_if_moved(old, start, stop)
    fresh = Flat(kind, new_coords.copy(), np.array([n]), np.array([1])).digest
    assert derived == fresh


def test_no_derived_digest_without_the_old_one_or_for_another_layout():
    coords = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0]])
    old = Flat("Polygon", coords, np.array([3]), np.array([1]))
    new = Flat("Polygon", coords + 1, np.array([3]), np.array([1]))
    assert new.digest_if_moved(old, 0, 3) is None  # the old digest was never computed
    assert old.digest
    line = Flat("LineString", coords + 1, np.array([3]), np.array([1]))
    assert line.digest_if_moved(old, 0, 3) is None
