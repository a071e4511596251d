"""The diff's shortcuts for what two versions share (issue #19.3) give what the plain
computation gives: fingerprints with shared canonical forms, geometry identity before
canonising, party totals with the overlap test done once per pair of shapes and the union
taken once per cluster of overlapping shapes."""

from __future__ import annotations

import hashlib
import json
import math

import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from zoneeditor.core.diff_change import canonical_geometry as drawing_order
from zoneeditor.core.diff_change import same_geometry
from zoneeditor.core.fingerprint import (
    CRS,
    PRECISION,
    canonical_feature,
    fingerprint,
    fingerprints,
)
from zoneeditor.core.model import Feature


def plain_fingerprint(features) -> str:
    """The fingerprint as it was computed feature by feature."""
    payload = {"crs": CRS, "precision": PRECISION,
               "features": [canonical_feature(f) for f in sorted(features, key=lambda f: f.id)]}
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


coordinate = st.floats(-180, 180, allow_nan=False).map(lambda v: round(v, 9))


@st.composite
def geometries(draw: st.DrawFn) -> shapely.Geometry:
    kind = draw(st.sampled_from(["poly", "ring", "line", "point", "point3d", "multi", "empty"]))
    x, y = draw(coordinate), draw(st.floats(-80, 80).map(lambda v: round(v, 9)))
    d = draw(st.floats(1e-6, 1.0))
    square = [(x, y), (x + d, y), (x + d, y + d), (x, y + d), (x, y)]
    if kind == "poly":
        return shapely.Polygon(square)
    if kind == "ring":
        return shapely.LinearRing(square)
    if kind == "line":
        return shapely.LineString(square)
    if kind == "point":
        return shapely.Point(x, y)
    if kind == "point3d":
        return shapely.Point(x, y, d)
    if kind == "multi":
        return shapely.MultiPolygon([shapely.Polygon(square),
                                     shapely.box(x + 2 * d, y, x + 3 * d, y + d)])
    return shapely.Polygon()


@st.composite
def version_pairs(draw: st.DrawFn) -> tuple[list[Feature], list[Feature]]:
    shared = draw(st.lists(geometries(), min_size=1, max_size=8))
    old, new = [], []
    for i, g in enumerate(shared):
        layer = "points" if g.geom_type == "Point" else (
            "lines" if g.geom_type in ("LineString", "LinearRing") else "zones")
        old.append(Feature(f"f{i}", layer, g, {"name": f"F{i}"}))
        other = g if draw(st.booleans()) else draw(geometries())
        if other.geom_type != g.geom_type:
            other = g
        new.append(Feature(f"f{i}", layer, other, {"name": f"F{i}", "x": draw(st.integers())}))
    return old, new


@settings(max_examples=80, deadline=None)
@given(version_pairs())
def test_fingerprints_of_versions_sharing_shapes_equal_the_plain_ones(pair):
    old, new = pair
    assert fingerprints(old, new) == (plain_fingerprint(old), plain_fingerprint(new))
    assert fingerprint(new) == plain_fingerprint(new)


def test_a_ring_and_a_line_with_the_same_coordinates_keep_their_own_text():
    coords = [(0, 0), (1, 0), (1, 1), (0, 0)]
    ring = Feature("a", "lines", shapely.LinearRing(coords), {})
    line = Feature("b", "lines", shapely.LineString(coords), {})
    assert fingerprints([ring, line]) == (plain_fingerprint([ring, line]),)


@settings(max_examples=80, deadline=None)
@given(geometries(), st.booleans())
def test_identical_coordinates_are_the_same_geometry_as_the_canonical_test_says(g, copy):
    other = shapely.transform(g, lambda xy: xy + 0.0, include_z=g.has_z) if copy else g
    if g.is_empty:
        assert same_geometry(g, other)
        return
    by_canonical = drawing_order(g).equals_exact(drawing_order(other), 0.0)
    assert same_geometry(g, other) and by_canonical


def plain_union_area(zones) -> float:
    """The party total computed plainly: every intersecting pair asked, each group of zones
    joined by overlaps unioned on its own, the other zones' areas added."""
    from zoneeditor.core.diff_area import fast_area_km2

    if len(zones) <= 1:
        return sum(a for _, a in zones)
    geoms = [g for g, _ in zones]
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    overlaps = {k: set() for k in range(len(zones))}
    for i, j in zip(left.tolist(), right.tolist(), strict=True):
        if i < j and shapely.relate_pattern(geoms[i], geoms[j], "T********"):
            overlaps[i].add(j)
            overlaps[j].add(i)
    total, seen = 0.0, set()
    for start in range(len(zones)):
        if start in seen:
            continue
        group, todo = set(), [start]
        while todo:
            k = todo.pop()
            if k not in group:
                group.add(k)
                todo += overlaps[k]
        seen |= group
        total += zones[start][1] if len(group) == 1 else fast_area_km2(shapely.union_all(
            [shapely.make_valid(geoms[k]) for k in sorted(group)]))
    return total


@st.composite
def party_versions(draw: st.DrawFn):
    """Zones of two parties on a grid, some moved (overlapping a neighbour), some not."""
    from zoneeditor.core.changes import Delta
    from zoneeditor.core.diff_area import fast_area_km2
    from zoneeditor.core.diff_parties import FeatureInput

    items = []
    for i in range(draw(st.integers(1, 9))):
        x, y = 36 + 0.1 * (i % 3), 35 + 0.1 * (i // 3)
        old_g = shapely.box(x, y, x + 0.1, y + 0.1)
        moved = draw(st.sampled_from([0.0, 0.0, 1e-12, 0.02, -0.05]))
        new_g = shapely.box(x, y, x + 0.1 + moved, y + 0.1) if moved else old_g
        party = draw(st.sampled_from(["A", "B"]))
        new_party = draw(st.sampled_from([party, party, "B"]))
        old = Feature(f"z{i}", "zones", old_g, {"party": party})
        new = Feature(f"z{i}", "zones", new_g, {"party": new_party})
        items.append(FeatureInput(Delta(old, new), shapely.Polygon(), shapely.Polygon(),
                                  moved != 0, fast_area_km2(old_g), fast_area_km2(new_g)))
    return items


@settings(max_examples=60, deadline=None)
@given(party_versions())
def test_party_totals_equal_the_plain_union_of_each_party(items):
    from zoneeditor.core.diff_totals import party_totals, party_unions

    unions = party_unions([it.delta for it in items])
    totals = party_totals(unions, [it.area_before_km2 for it in items],
                          [it.area_after_km2 for it in items])
    got = {t.name: (t.area_before_km2, t.area_after_km2) for t in totals}
    for name, (before, after) in got.items():
        olds = [(it.delta.old.geometry, it.area_before_km2) for it in items
                if it.delta.old.party == name]
        news = [(it.delta.new.geometry, it.area_after_km2) for it in items
                if it.delta.new.party == name]
        # the same unions, summed in another order: only the last bits may differ
        assert math.isclose(before, plain_union_area(olds), rel_tol=1e-12, abs_tol=1e-9)
        assert math.isclose(after, plain_union_area(news), rel_tol=1e-12, abs_tol=1e-9)


def test_an_unchanged_cluster_is_unioned_once_for_both_versions(monkeypatch):
    """Two clusters of overlapping zones of one party (they touch each other): a proposal
    moves a zone of one; the other is unioned once for both versions, the totals are the
    plain unions'."""
    import zoneeditor.core.diff_totals as totals_module
    from zoneeditor.core.changes import Delta
    from zoneeditor.core.diff_area import fast_area_km2

    def zone(fid, x0, x1):
        return Feature(fid, "zones", shapely.box(x0, 35.0, x1, 35.2), {"party": "A"})

    old = [zone("a", 36.0, 36.3), zone("b", 36.2, 36.5),   # first cluster
           zone("c", 36.5, 36.8), zone("d", 36.7, 37.0),   # second, touching the first
           zone("e", 37.5, 37.6)]                          # alone
    new = [*old[:3], zone("d", 36.6, 37.1), old[4]]
    unions_taken = []
    real_union_all = shapely.union_all

    def counting_union_all(geometries, *args, **kwargs):
        unions_taken.append(len(geometries))
        return real_union_all(geometries, *args, **kwargs)

    monkeypatch.setattr(totals_module.shapely, "union_all", counting_union_all)
    unions = totals_module.party_unions([Delta(o, n) for o, n in zip(old, new, strict=True)])
    monkeypatch.undo()
    before, after = unions["A"]
    assert unions_taken == [2, 2, 2]  # a+b, c+d, then c+moved d; a+b again is known
    assert before.overlapping == after.overlapping == frozenset({0, 1, 2, 3})
    for union, zones in ((before, old), (after, new)):
        plain = plain_union_area([(z.geometry, fast_area_km2(z.geometry)) for z in zones[:4]])
        assert math.isclose(union.union_km2, plain, rel_tol=1e-12)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(*[st.sampled_from([0.0, -0.0, 1.0, 2.5, 1e300])] * 4), max_size=30),
       st.lists(st.tuples(*[st.sampled_from([0.0, -0.0, 1.0, 2.5, 1e300])] * 4), max_size=30))
def test_shared_segment_keys_are_found_as_isin_finds_them(a, b):
    import numpy as np

    from zoneeditor.core.diff_hausdorff import _member, _segment_keys

    def keys(rows):
        xy = np.array(rows, dtype=float).reshape(-1, 4)
        return _segment_keys(xy[:, :2], xy[:, 2:])

    assert (_member(keys(a), keys(b)) == np.isin(keys(a), keys(b))).all()


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(*[st.floats(-1e4, 1e4, allow_nan=False)] * 2), min_size=1, max_size=40),
       st.lists(st.tuples(*[st.floats(-1e4, 1e4, allow_nan=False)] * 4), min_size=1, max_size=30),
       st.booleans())
def test_the_brute_nearest_search_picks_what_the_array_projection_picked(points, segs, dup):
    import numpy as np

    from zoneeditor.core.diff_hausdorff import _brute_nearest, _project

    p = np.array(points, dtype=float)
    s = np.array(segs, dtype=float).reshape(-1, 2, 2)
    if dup:  # zero-length segments and repeated ones
        s = np.concatenate([s, s[:, :1].repeat(2, axis=1), s[::-1]])
    # the search as it was: (points, segments, 2) arrays through _project
    q = _project(p[:, None, :], s[None, :, 0], s[None, :, 1])
    dist = np.hypot(p[:, None, 0] - q[..., 0], p[:, None, 1] - q[..., 1])
    assert (_brute_nearest(p, s) == np.argmin(dist, axis=1)).all()


attribute_text = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["geometry", "\x00", '"geometry":"\x00"', "\\", '"', "\u2067عربي\u2069"]))


@settings(max_examples=80, deadline=None)
@given(version_pairs(),
       st.dictionaries(attribute_text, st.one_of(attribute_text, st.integers(), st.floats(
           allow_nan=False), st.booleans(), st.none()), max_size=4))
def test_fingerprints_with_any_attribute_text_equal_the_plain_ones(pair, extra):
    """Keys and values that read like the geometry's hole, quotes, backslashes, control
    characters and right-to-left text: the shortcut writes what json.dumps writes."""
    old, new = pair
    new = [f.with_attributes(**extra) for f in new]
    assert fingerprints(old, new) == (plain_fingerprint(old), plain_fingerprint(new))


def test_the_fingerprint_hashes_the_pieces_around_each_geometry():
    """Ordinary features leave exactly one hole per geometry in the written payload, so the
    shortcut is taken (were it not, the fingerprints would still be right, only slow)."""
    from zoneeditor.core.fingerprint import _HOLE, _HOLE_TEXT, _dumps, canonical_payload

    features = [Feature(f"f{i}", "zones", shapely.box(i, 0, i + 1, 1),
                        {"name": f"Zone {i}", "geometry": "polygon", "party": "A"})
                for i in range(5)]
    text = _dumps(canonical_payload(features, [_HOLE] * len(features)))
    assert text.count(_HOLE_TEXT) == len(features)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 400), st.integers(1, 300), st.integers(0, 2**32 - 1))
def test_the_nearest_segment_is_as_near_by_tree_as_by_brute_force(points, segments, seed):
    """Whichever search a batch takes (by its size), the nearest distance is the same."""
    import numpy as np

    from zoneeditor.core.diff_hausdorff import _Nearest

    rng = np.random.default_rng(seed)
    path = np.cumsum(rng.normal(0, 50, (segments + 1, 2)), axis=0)
    segs = np.stack([path[:-1], path[1:]], axis=1)
    p = path[rng.integers(0, segments + 1, points)] + rng.normal(0, 300, (points, 2))
    by_size = _Nearest(segs)
    brute, tree = _Nearest(segs), _Nearest(segs)
    brute.BRUTE_PAIRS, tree.BRUTE_PAIRS = 10**12, 0
    d_size, _, _ = by_size(p)
    d_brute, _, _ = brute(p)
    d_tree, _, _ = tree(p)
    assert np.allclose(d_tree, d_brute, rtol=0, atol=1e-9)
    assert np.array_equal(d_size, d_brute if points * segments <= by_size.BRUTE_PAIRS else d_tree)


@given(st.text(max_size=20))
def test_a_geometry_text_is_quoted_as_json_quotes_it(text):
    from zoneeditor.core.fingerprint import _quoted

    assert _quoted(text, {}) == json.dumps(text, ensure_ascii=False).encode("utf-8")
    assert _quoted(None, {}) == b"null"


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 300), st.integers(1, 300), st.integers(0, 2**32 - 1))
def test_the_nearest_vertex_bounds_the_distance_to_the_path_from_above(points, vertices,
                                                                       seed):
    """The shift search's window reaches as far as the farthest point's nearest vertex of
    the other stretch: never less than its distance to that stretch's path (so the window
    holds every nearest segment), never more than half the longest segment beyond it."""
    import numpy as np

    from zoneeditor.core.diff_hausdorff import nearest_on, segments
    from zoneeditor.core.diff_shift import farthest_nearest_vertex

    rng = np.random.default_rng(seed)
    other = np.cumsum(rng.normal(0, 80, (vertices, 2)), axis=0)
    path = other[rng.integers(0, vertices, points)] + rng.normal(0, 2000, (points, 2))
    to_path = float(nearest_on(path, segments([other]))[0].max())
    reach = farthest_nearest_vertex(path, other)
    half = float(np.hypot(*np.diff(other, axis=0).T).max()) / 2 if vertices > 1 else 0.0
    assert to_path - 1e-6 <= reach <= to_path + half + 1e-6
