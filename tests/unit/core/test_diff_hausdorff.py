"""The coarse-to-fine largest-shift search finds what the exact search finds, at any size;
and at sizes where it is used, the fast (changed stretches) and full diff paths agree."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import Polygon

from zoneeditor.core import diff_hausdorff as dh
from zoneeditor.core.diff_measures import zone_change, zone_full


def wiggly_path(n: int, seed: int, amplitude: float, offset: float) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x = np.linspace(0, 50_000, n)
    y = offset + amplitude * np.sin(x / 3_000.0 + rng.random()) + rng.normal(0, 5, n)
    return np.column_stack([x, y])


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(n=st.integers(300, 3000), m=st.integers(300, 3000), seed=st.integers(0, 10_000),
       amp=st.floats(0, 4000), off=st.floats(-3000, 3000), pieces=st.integers(1, 3))
def test_coarse_search_agrees_with_exact_search(monkeypatch_coarse, n, m, seed, amp, off,
                                                 pieces):
    paths = [wiggly_path(n, seed + k, amp, off + 700 * k) for k in range(pieces)]
    other = wiggly_path(m, seed + 99, amp / 2, 0.0)
    segs = dh.segments([other])
    exact = dh.directed_exact(paths, segs)
    coarse = dh.directed(paths, segs)
    assert abs(coarse.d - exact.d) <= dh.TOLERANCE_M
    # the witness is a real measurement: its point is that far from the segments
    d, _ = dh.nearest_on(coarse.p[None, :], segs)
    assert d[0] == pytest.approx(coarse.d, abs=1e-6)


@pytest.fixture
def monkeypatch_coarse(monkeypatch):
    """Use the coarse search from small sizes on, so hypothesis can afford many examples
    (the same setting for every example: one fixture for all of them is what is meant)."""
    monkeypatch.setattr(dh, "COARSE_MIN", 100)
    return monkeypatch


def test_simplified_segments_stay_within_tolerance():
    path = wiggly_path(5000, 3, 800.0, 0.0)
    segs = dh.segments([path, path[::-1] + np.array([0.0, 5000.0])])
    simple = dh.simplified_segments(segs, 0.0625)
    assert len(simple) < len(segs)
    d_to_simple, _ = dh.nearest_on(segs.reshape(-1, 2), simple)
    d_to_orig, _ = dh.nearest_on(simple.reshape(-1, 2), segs)
    assert d_to_simple.max() <= 0.0625 + 1e-9 and d_to_orig.max() <= 0.0625 + 1e-9


def _syria_like(n: int) -> tuple[Polygon, Polygon]:
    """A wobbly ring of ``n`` vertices and a proposal moving three stretches (scaled with n)."""
    t = np.linspace(0, 2 * math.pi, n, endpoint=False)
    r = 2.0 * (1 + 0.1 * np.sin(5 * t) + 0.03 * np.sin(23 * t))
    ring = np.column_stack([38.5 + 1.2 * r * np.cos(t), 35.0 + r * np.sin(t)])
    moved = ring.copy()
    for start, length, amp in ((n // 10, 15 * n // 1000, 0.04), (n // 2, 8 * n // 1000, -0.03),
                               (int(n * 0.8), 3 * n // 1000, 0.01)):
        idx = np.arange(start + 1, start + length)
        bump = amp * np.sin(np.linspace(0, math.pi, length + 1)[1:-1])
        out = ring[idx] - [38.5, 35.0]
        out /= np.hypot(out[:, 0], out[:, 1])[:, None]
        moved[idx] = ring[idx] + bump[:, None] * out
    return Polygon(ring), Polygon(moved)


@pytest.mark.parametrize("n", [30_000, 120_000])
def test_fast_and_full_paths_agree_at_size(n):
    old, new = _syria_like(n)
    fast = zone_change(old, new, fast=True)
    full = zone_full(old, new)
    assert fast.fast and not full.fast
    assert abs(fast.shift.km - full.shift.km) <= 1e-6  # a millimetre
    for name in ("gained_km2", "lost_km2", "area_after_km2"):
        a, b = getattr(fast, name), getattr(full, name)
        assert abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0), name
