"""The incremental validity check agrees with GEOS's full check on drawn edits.

Zones are drawn as wobbly stars (with holes, several parts, parts and holes touching at a
vertex), then one vertex is moved (a little, far, or exactly onto another vertex or a segment),
inserted or deleted. The neighbourhood of the edit is found both ways: by scanning within the
longest segment's extent, and through the index of vertex runs edits use. Whatever the
local check proves must be what GEOS says: VALID only when
GEOS finds the result valid, INVALID only with GEOS's reason and at one of the points GEOS may
name. ``edit_problem`` (local check, GEOS when unsure) must give ``problem``'s answer.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely import MultiPolygon, Polygon

from zoneeditor.core import geompatch as gp
from zoneeditor.core import validity, vertex_runs
from zoneeditor.core import validity_local as local
from zoneeditor.core import vertices as vx
from zoneeditor.core.model import LayerKind
from zoneeditor.core.validity import edit_problem, problem


def star(cx: float, cy: float, r: float, radii: list[float], clockwise: bool = False):
    n = len(radii)
    pts = []
    for k, f in enumerate(radii):
        a = 2 * math.pi * k / n
        pts.append((cx + r * f * math.cos(a), cy + r * f * math.sin(a)))
    return pts[::-1] if clockwise else pts


radii = st.lists(st.floats(0.6, 1.0), min_size=6, max_size=40)


@st.composite
def zones(draw):
    """A valid zone: a star, maybe with holes, maybe a second part (touching or not)."""
    shape = draw(st.sampled_from(["star", "holes", "multi", "multi_touch", "hole_touch"]))
    shell = star(36.0, 35.0, 1.0, draw(radii), draw(st.booleans()))
    if shape == "star":
        geom = Polygon(shell)
    elif shape == "holes":
        holes = [star(36.0 + dx, 35.0 + dy, 0.2, draw(radii))
                 for dx, dy in draw(st.sampled_from([[(0, 0)], [(-0.25, 0), (0.25, 0)]]))]
        geom = Polygon(shell, holes)
    elif shape == "multi":
        geom = MultiPolygon([Polygon(shell), Polygon(star(39.0, 35.0, 1.0, draw(radii)))])
    elif shape == "multi_touch":
        # two squares-ish parts sharing one corner vertex
        a = [(35.0, 34.0), (36.0, 34.0), (36.0, 35.0), (35.5, 35.2), (35.0, 35.0)]
        b = [(36.0, 35.0), (37.0, 35.0), (37.2, 35.6), (36.0, 36.0), (36.1, 35.5)]
        geom = MultiPolygon([Polygon(a), Polygon(b)])
    else:
        # a triangular hole touching the shell at one vertex
        sq = [(35.0, 34.0), (37.0, 34.0), (37.0, 36.0), (35.0, 36.0)]
        hole = [(35.0, 35.0), (35.8, 34.8), (35.8, 35.3)]
        geom = Polygon(sq, [hole])
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    return geom


@st.composite
def edits(draw, geom):
    """One vertex edit of ``geom``: (kind, ref, xy)."""
    refs = [ref for ref, _ in vx.iter_vertices(geom)]
    ref = draw(st.sampled_from(refs))
    coords = shapely.get_coordinates(geom)
    minx, miny, maxx, maxy = geom.bounds
    here = vx.vertex(geom, ref)
    how = draw(st.sampled_from(["near", "far", "onto_vertex", "onto_segment"]))
    if how == "near":
        dx, dy = draw(st.floats(-0.05, 0.05)), draw(st.floats(-0.05, 0.05))
        xy = (here[0] + dx, here[1] + dy)
    elif how == "far":
        xy = (draw(st.floats(minx - 0.3, maxx + 0.3)), draw(st.floats(miny - 0.3, maxy + 0.3)))
    elif how == "onto_vertex":
        xy = tuple(coords[draw(st.integers(0, len(coords) - 1))].tolist())
    else:
        i = draw(st.integers(0, len(coords) - 2))
        t = draw(st.sampled_from([0.5, 0.25]))
        xy = tuple((coords[i] + t * (coords[i + 1] - coords[i])).tolist())
    kind = draw(st.sampled_from(["move", "insert", "delete"]))
    return kind, ref, xy


def apply_edit(geom, kind, ref, xy):
    if kind == "move":
        return vx.with_vertex_moved(geom, ref, xy)
    if kind == "insert":
        return vx.with_vertex_inserted(geom, ref, xy)
    if vx.ring_size(geom, ref) <= 3:
        return None
    return vx.with_vertex_deleted(geom, ref)


def geos_points(reason: str) -> tuple[float, float] | None:
    found = validity._WHERE.search(reason)
    return (float(found.group(1)), float(found.group(2))) if found else None


def _agree(before, after, run: int | None = None) -> local.Outcome:
    """The local verdict agrees with GEOS; with ``run``, the neighbourhood is found through
    an index of runs of ``run`` rows derived (as edits derive it) through the edit's patch."""
    old, new = gp.flatten(before), gp.flatten(after)
    if run is None:
        v = local.local_verdict(old, new, local.segment_extent(old))
    else:
        patch = gp.patch_between(before, after)  # the one the edit recorded
        runs = vertex_runs.updated(vertex_runs.build_runs(old, run=run), patch, new)
        v = local.local_verdict(old, new, patch=patch, runs=runs)
    reason = shapely.is_valid_reason(after)
    if v.outcome is local.Outcome.VALID:
        assert reason == "Valid Geometry", (before.wkt, after.wkt, reason)
    elif v.outcome is local.Outcome.INVALID:
        assert reason.startswith(v.reason + "["), (reason, v)
        where = geos_points(reason)
        assert any(abs(where[0] - x) < 1e-9 and abs(where[1] - y) < 1e-9
                   for x, y in v.points), (where, v.points)
    return v.outcome


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_local_verdict_agrees_with_geos(data):
    before = data.draw(zones())
    assert before.is_valid
    kind, ref, xy = data.draw(edits(before))
    after = apply_edit(before, kind, ref, xy)
    if after is None:
        return
    _agree(before, after)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_local_verdict_through_the_run_index_agrees_with_geos(data):
    """The same, with the neighbourhood found through the index of vertex runs that edits
    use (runs of 1 to 5 rows, so run boundaries fall everywhere near the edit)."""
    before = data.draw(zones())
    kind, ref, xy = data.draw(edits(before))
    after = apply_edit(before, kind, ref, xy)
    if after is None:
        return
    _agree(before, after, run=data.draw(st.integers(1, 5)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_edit_problem_equals_full_problem(monkeypatch_module, data):
    """Through ``edit_problem`` (threshold lowered so every zone takes the local path), the
    refusal reason is the full check's; the place is one GEOS could name."""
    before = data.draw(zones())
    kind, ref, xy = data.draw(edits(before))
    after = apply_edit(before, kind, ref, xy)
    if after is None:
        return
    # GEOS's answer first: ``problem`` remembers a large geometry found acceptable (also when
    # ``edit_problem`` proved it), so asked afterwards it would only repeat that proof
    want = problem(after, LayerKind.ZONES)
    assert (want is None) == (shapely.is_valid_reason(after) == "Valid Geometry")
    gp.facts(after).acceptable.clear()
    got = edit_problem(after, LayerKind.ZONES, before)
    assert (got is None) == (want is None), (got, want)
    if got is not None:
        assert got[0] == want[0]


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    mp.setattr(validity, "LOCAL_MIN_VERTICES", 0)
    yield mp
    mp.undo()


def test_an_invalid_zone_edited_far_from_its_problem_is_still_refused(monkeypatch):
    """The incremental path needs a valid start: a zone already crossing itself elsewhere is
    checked in full, so a harmless edit does not hide the old problem."""
    monkeypatch.setattr(validity, "LOCAL_MIN_VERTICES", 0)
    bow = Polygon([(0, 0), (2, 2), (2, 0), (0, 2), (-1, 1)])  # crosses itself at (1, 1)
    assert not bow.is_valid
    after = vx.with_vertex_moved(bow, vx.VertexRef(0, 0, 4), (-1.1, 1.0))
    found = edit_problem(after, LayerKind.ZONES, bow)
    assert found is not None and found[0] == "the boundary crosses itself"


def big_ring(n: int = 20_000) -> Polygon:
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 1 + 0.02 * np.sin(37 * t)
    return Polygon(np.c_[36 + r * np.cos(t), 35 + r * np.sin(t)])


def test_common_edits_are_decided_locally():
    """Not vacuous: ordinary moves, inserts and deletes are proven valid, and a vertex
    dragged across the far side of the zone is proven invalid, without GEOS."""
    poly = big_ring()
    c = shapely.get_coordinates(poly)
    old = gp.flatten(poly)
    ext = local.segment_extent(old)
    cases = [
        vx.with_vertex_moved(poly, vx.VertexRef(0, 0, 10), tuple(c[10] * 1.0000001)),
        vx.with_vertex_inserted(poly, vx.VertexRef(0, 0, 11), tuple((c[10] + c[11]) / 2)),
        vx.with_vertex_deleted(poly, vx.VertexRef(0, 0, 12)),
        vx.with_vertex_moved(poly, vx.VertexRef(0, 0, 0), tuple(c[0] + [0.001, 0.0])),
    ]
    for after in cases:
        assert local.local_verdict(old, gp.flatten(after), ext).outcome is local.Outcome.VALID
    across = vx.with_vertex_moved(poly, vx.VertexRef(0, 0, 5), (34.0, 35.0))
    v = local.local_verdict(old, gp.flatten(across), ext)
    assert v.outcome is local.Outcome.INVALID
    assert _agree(poly, across) is local.Outcome.INVALID
    # the same through the run index, as edits check them (``verdict``)
    for after in cases:
        assert _agree(poly, after, run=vertex_runs.RUN) is local.Outcome.VALID
        assert local.verdict(poly, after).outcome is local.Outcome.VALID
    assert _agree(poly, across, run=vertex_runs.RUN) is local.Outcome.INVALID
    assert local.verdict(poly, across).outcome is local.Outcome.INVALID


def test_a_hole_swept_out_of_its_zone_is_not_passed_as_valid():
    """Moving the shell inwards past a whole hole crosses nothing, yet leaves the hole
    outside: condition C5 catches it (GEOS then says why)."""
    shell = [(0, 0), (10, 0), (10, 10), (5, 10.5), (0, 10)]
    hole = [(4, 8), (6, 8), (6, 9), (4, 9)]
    before = Polygon(shell, [hole])
    after = vx.with_vertex_moved(before, vx.VertexRef(0, 0, 3), (5, 7))
    # the two new edges pass below the hole: no crossing
    old, new = gp.flatten(before), gp.flatten(after)
    v = local.local_verdict(old, new, local.segment_extent(old))
    assert v.outcome is not local.Outcome.VALID
    assert not after.is_valid


def test_a_large_zone_found_acceptable_is_not_checked_again(monkeypatch):
    """The Problems panel validates the version after every edit: a large zone checked once
    (or proven valid by the incremental check after an edit) is not walked by GEOS again."""
    from zoneeditor.core.model import Feature, Version
    from zoneeditor.core.validate import validate_version

    poly = big_ring()
    assert problem(poly, LayerKind.ZONES) is None  # GEOS, once
    after = vx.with_vertex_moved(poly, vx.VertexRef(0, 0, 10), (37.0001, 35.0))
    assert edit_problem(after, LayerKind.ZONES, poly) is None  # proven locally
    calls = []
    real = shapely.is_valid_reason
    monkeypatch.setattr(shapely, "is_valid_reason", lambda g: calls.append(g) or real(g))
    monkeypatch.setattr(type(after), "is_valid", property(lambda g: calls.append(g) or True))
    assert problem(after, LayerKind.ZONES) is None and problem(poly, LayerKind.ZONES) is None
    other = Feature.create("zones", shapely.box(40, 30, 40.1, 30.1), party="B")
    zone = Feature.create("zones", after, party="A")
    assert validate_version(Version("agreed", {zone.id: zone, other.id: other})) == []
    assert all(g is not after for g in calls)
    # another layer was never found acceptable: checked in full
    assert problem(after, LayerKind.LINES) is not None
