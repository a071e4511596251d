"""``Widths.at_least``/``at_most`` (bounds first, exact width only when needed) give the
answer the exact width gives, for pieces near and far from the threshold (issue #19.3)."""

from __future__ import annotations

import math

import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from zoneeditor.core.diff_slivers import Widths


@st.composite
def pieces(draw: st.DrawFn) -> shapely.Polygon:
    """A thin strip, a blob or a crumb near Syria, possibly with a hole, a few km across."""
    lon = draw(st.floats(35.0, 42.0))
    lat = draw(st.floats(32.5, 37.0))
    length = draw(st.floats(1e-4, 0.2))
    width = draw(st.floats(1e-5, 0.05))
    wobble = draw(st.floats(0.0, 0.4))
    n = draw(st.integers(4, 40))
    top = [(lon + length * i / n, lat + width * (1 + wobble * math.sin(i * 1.7)))
           for i in range(n + 1)]
    bottom = [(lon + length * i / n, lat - width * wobble * math.cos(i * 2.3) / 2)
              for i in range(n, -1, -1)]
    poly = shapely.make_valid(shapely.Polygon(top + bottom))
    parts = [p for p in shapely.get_parts(poly) if p.geom_type == "Polygon"]
    return max(parts, key=lambda p: p.area) if parts else shapely.box(lon, lat, lon + length,
                                                                         lat + width)


@settings(max_examples=60, deadline=None)
@given(st.lists(pieces(), min_size=1, max_size=4), st.floats(0.0, 3.0),
       st.sampled_from([0.0, 1e-9, -1e-9, 3e-4, -3e-4, 0.05]))
def test_bounded_answers_equal_the_exact_width(polys, factor, nudge):
    exact = Widths(polys)
    widths = [exact(i) for i in range(len(polys))]
    for i, w in enumerate(widths):
        # thresholds far away, and right at the exact width (the hardest case for bounds)
        for km in (w * factor + nudge, w + nudge, w * (1 + nudge)):
            if km <= 0:
                continue
            assert Widths(polys).at_least(i, km) == (w >= km)
            assert Widths(polys).at_most(i, km) == (w <= km)


def test_far_pieces_are_decided_without_the_exact_search():
    strip = shapely.box(36.0, 35.0, 36.3, 35.05)  # ~27 km by 5.5 km
    crumb = shapely.box(36.5, 35.0, 36.5005, 35.0005)  # ~45 m square
    widths = Widths([strip, crumb])
    assert widths.at_least(0, 1.0) and not widths.at_least(1, 1.0)
    assert widths.at_most(1, 1.0) and not widths.at_most(0, 1.0)
    assert widths._cache == {}  # neither needed the exact width
    assert widths.at_least(0, 5.0) == (Widths([strip, crumb])(0) >= 5.0)
