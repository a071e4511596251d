"""Shared borders: one move moves every feature sharing a vertex, in one undo step."""

from __future__ import annotations

import pytest
import shapely
from conftest import line, project_with, zone
from shapely import LineString

from zoneeditor.core.buffer import follows_line
from zoneeditor.core.document import Document
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.snapping import SnapIndex, SnapSource
from zoneeditor.core.topology import (
    SharedVertex,
    delete_shared,
    follow_snapped,
    insert_shared,
    move_shared,
    ring_path,
    shared_vertices,
)
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path

BORDER_VERTEX = (36.60, 35.30)  # on the agreed Idlib/Hama border and the line of contact


@pytest.fixture
def doc() -> Document:
    return Document(read_project(sample_path()))


def coords(f):
    return [tuple(c) for c in shapely.get_coordinates(f.geometry).tolist()]


def test_sample_border_vertex_is_shared_by_two_zones_and_the_line(doc):
    found = {s.feature_id for s in shared_vertices(doc.version, BORDER_VERTEX)}
    assert found == {"zone-idlib", "zone-hama", "line-idlib-hama"}


def test_moving_a_shared_vertex_is_one_changeset_and_one_undo(doc):
    sharing = ("zone-idlib", "zone-hama", "line-idlib-hama")
    before = {fid: doc.feature(fid) for fid in (*sharing, "zone-buffer-idlib")}
    sharers = shared_vertices(doc.version, BORDER_VERTEX)
    cs = move_shared(doc.version, sharers, (36.61, 35.27))
    # the two zones, the line of contact along their border, and the buffer made from it
    assert cs.label == "Move vertex: Idlib, Northern Hama, Idlib–Hama line of contact"
    assert len(cs.deltas) == 4
    doc.history.push(cs)
    for fid in sharing:
        assert (36.61, 35.27) in coords(doc.feature(fid))
        assert BORDER_VERTEX not in coords(doc.feature(fid))
    assert follows_line(doc.feature("zone-buffer-idlib"), doc.feature("line-idlib-hama"))
    # still no gap or overlap between the zones
    inter = shapely.intersection(doc.feature("zone-idlib").geometry,
                                 doc.feature("zone-hama").geometry)
    assert inter.area == pytest.approx(0, abs=1e-12)
    doc.history.undo()
    assert {fid: doc.feature(fid) for fid in before} == before


def test_move_refused_when_any_sharer_would_become_invalid(doc):
    sharers = shared_vertices(doc.version, BORDER_VERTEX)
    # pulled far north across Idlib's own northern edge: Idlib would cross itself
    with pytest.raises(EditRefused) as err:
        move_shared(doc.version, sharers, (36.60, 36.40))
    assert "Idlib" in str(err.value)


def test_ring_path_takes_the_shorter_way_in_walking_order():
    ring = LineString([(0, 0), (10, 0), (10, 1), (0, 1), (0, 0)])
    assert ring_path(ring, (2, 0), (10, 0.5)) == [(10.0, 0.0)]
    assert ring_path(ring, (2, 1), (2, 0)) == [(0.0, 1.0), (0.0, 0.0)]
    assert ring_path(ring, (2, 0), (2, 0)) == []


def test_follow_snapped_inserts_neighbour_vertices_between_snapped_clicks():
    nb = shapely.box(0, 0, 4, 4)
    idx = SnapIndex([SnapSource(nb, "nb")])
    a, b = idx.snap(4.0, 1.0, 0.1), idx.snap(1.0, 4.0, 0.1)
    pts = [a.xy, b.xy, (6.0, 6.0)]
    ring = follow_snapped(pts, [a, b, None], closed=True)
    assert ring == [(4.0, 1.0), (4.0, 4.0), (1.0, 4.0), (6.0, 6.0)]
    # unsnapped clicks are kept as they are
    assert follow_snapped(pts, [None, None, None], closed=True) == pts


def test_insert_on_a_shared_segment_goes_into_every_sharer():
    a = zone("a", "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))")
    b = zone("b", "POLYGON ((2 0, 4 0, 4 2, 2 2, 2 0))")
    ln = line("l", "LINESTRING (2 -1, 2 0, 2 2, 2 3)")
    doc = Document(project_with([a, b, ln]))
    ref = next(r for r in _segment_refs(a) if r[1] == ((2.0, 0.0), (2.0, 2.0)))[0]
    cs = insert_shared(doc.version, a, ref, (2.0, 1.0))
    assert {d.id for d in cs.deltas} == {"a", "b", "l"}
    doc.history.push(cs)
    for fid in "abl":
        assert (2.0, 1.0) in coords(doc.feature(fid))
    # and now the new vertex is shared
    assert len(shared_vertices(doc.version, (2.0, 1.0))) == 3


def _segment_refs(f):
    from zoneeditor.core import vertices as vx

    ring = vx.rings(f.geometry)[0][0]
    n = len(ring)
    return [(vx.VertexRef(0, 0, i + 1), (ring[i], ring[(i + 1) % n])) for i in range(n)]


def test_delete_shared_vertex_and_minimum_ring_refusal():
    a = zone("a", "POLYGON ((0 0, 2 0, 2 1, 2 2, 0 2, 0 0))")
    b = zone("b", "POLYGON ((2 0, 4 0, 4 2, 2 2, 2 1, 2 0))")
    tri = zone("t", "POLYGON ((10 10, 11 10, 10 11, 10 10))")
    doc = Document(project_with([a, b, tri]))
    cs = delete_shared(doc.version, shared_vertices(doc.version, (2.0, 1.0)))
    assert len(cs.deltas) == 2
    with pytest.raises(EditRefused, match="at least 3 vertices"):
        delete_shared(doc.version, [SharedVertex("t", shared_vertices(
            doc.version, (11.0, 10.0))[0].refs)])
