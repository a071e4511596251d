"""Edits return change sets, and refuse every invalid result with a reason and a place."""

from __future__ import annotations

import pytest
from conftest import line, point, project_with, zone
from shapely import Point, Polygon

from zoneeditor.core import edits
from zoneeditor.core.document import Document
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.vertices import VertexRef, rings

SQUARE_WITH_HOLE = Polygon([(0, 0), (4, 0), (4, 4), (0, 4)], [[(1, 1), (2, 1), (2, 2), (1, 2)]])


@pytest.fixture
def doc() -> Document:
    return Document(project_with(agreed=[
        zone("z", SQUARE_WITH_HOLE, name="Holed", party="A"),
        zone("tri", "POLYGON ((10 10, 11 10, 10 11, 10 10))", name="Tri"),
        zone("sq", "POLYGON ((20 0, 21 0, 21 1, 20 1, 20 0))", name="Square"),
        line("l", "LINESTRING (0 0, 1 1)", name="Two-vertex line"),
        point("p", "POINT (5 5)", name="Post"),
    ]))


def apply(doc, cs):
    doc.history.push(cs)
    return cs


def test_move_vertex_on_exterior_keeps_ring_closed(doc):
    f = doc.feature("z")
    apply(doc, edits.move_vertex(doc.version, f, VertexRef(0, 0, 0), (-0.5, -0.5)))
    g = doc.feature("z").geometry
    assert g.exterior.coords[0] == g.exterior.coords[-1] == (-0.5, -0.5)
    assert doc.history.labels == ["Move vertex: Holed"]  # names what it moved


def test_move_insert_delete_vertex_on_a_hole(doc):
    f = doc.feature("z")
    apply(doc, edits.move_vertex(doc.version, f, VertexRef(0, 1, 2), (2.5, 2.5)))
    assert rings(doc.feature("z").geometry)[0][1][2] == (2.5, 2.5)
    apply(doc, edits.insert_vertex(doc.version, doc.feature("z"), VertexRef(0, 1, 1), (1.5, 0.8)))
    assert len(rings(doc.feature("z").geometry)[0][1]) == 5
    apply(doc, edits.delete_vertex(doc.version, doc.feature("z"), VertexRef(0, 1, 1)))
    assert len(rings(doc.feature("z").geometry)[0][1]) == 4
    doc.history.go_to(0)
    assert doc.feature("z").geometry.equals(SQUARE_WITH_HOLE)


def test_refuses_self_intersection_with_location(doc):
    f = doc.feature("sq")
    # Pulling corner (21,0) up past the top side to (20.5, 2) makes a bow-tie.
    with pytest.raises(EditRefused, match="crosses itself") as info:
        edits.move_vertex(doc.version, f, VertexRef(0, 0, 1), (20.5, 2))
    assert info.value.where is not None
    assert "°N" in str(info.value)


def test_refuses_hole_moved_outside(doc):
    with pytest.raises(EditRefused, match=r"hole|crosses|ring"):
        edits.move_vertex(doc.version, doc.feature("z"), VertexRef(0, 1, 2), (6, 6))


def test_refuses_too_few_vertices_for_ring_and_line(doc):
    with pytest.raises(EditRefused, match="at least 3"):
        edits.delete_vertex(doc.version, doc.feature("tri"), VertexRef(0, 0, 0))
    with pytest.raises(EditRefused, match="needs 2"):
        edits.delete_vertex(doc.version, doc.feature("l"), VertexRef(0, 0, 0))


def test_refuses_point_vertex_operations(doc):
    with pytest.raises(EditRefused, match="delete the point"):
        edits.delete_vertex(doc.version, doc.feature("p"), VertexRef(0, 0, 0))
    with pytest.raises(EditRefused, match="no segments"):
        edits.insert_vertex(doc.version, doc.feature("p"), VertexRef(0, 0, 0), (1, 1))


def test_refuses_missing_vertex_and_position(doc):
    with pytest.raises(EditRefused, match="no vertex"):
        edits.move_vertex(doc.version, doc.feature("tri"), VertexRef(0, 0, 7), (1, 1))
    with pytest.raises(EditRefused, match="no position"):
        edits.insert_vertex(doc.version, doc.feature("tri"), VertexRef(0, 0, 9), (1, 1))


def test_refuses_collapsed_line_and_out_of_range_coordinates(doc):
    with pytest.raises(EditRefused, match="two distinct"):
        edits.move_vertex(doc.version, doc.feature("l"), VertexRef(0, 0, 1), (0, 0))
    with pytest.raises(EditRefused, match="outside longitude/latitude"):
        edits.move_vertex(doc.version, doc.feature("p"), VertexRef(0, 0, 0), (200, 0))


def test_add_feature_refuses_wrong_type_empty_and_bad_status(doc):
    with pytest.raises(EditRefused, match="cannot go in the zones layer"):
        edits.add_feature(doc.version, "zones", Point(0, 0))
    with pytest.raises(EditRefused, match="empty"):
        edits.add_feature(doc.version, "zones", Polygon())
    with pytest.raises(EditRefused, match="status must be"):
        edits.add_feature(doc.version, "points", Point(0, 0), status="maybe")
    cs = edits.add_feature(doc.version, "zones", Polygon([(0, 0), (1, 0), (0, 1)]), name="New")
    assert cs.label == "Add zone New"


def test_set_attributes_and_delete(doc):
    apply(doc, edits.set_attributes(doc.version, doc.feature("z"), name="إدلب", notes="x"))
    assert doc.feature("z").name == "إدلب"
    assert doc.history.labels[-1] == "Edit name, notes of Holed"  # named as it was
    with pytest.raises(EditRefused, match="status must be"):
        edits.set_attributes(doc.version, doc.feature("z"), status="done")
    apply(doc, edits.delete_features(doc.version, ["z", "p"]))
    assert doc.feature("z") is None and doc.history.labels[-1] == "Delete 2 features"
    with pytest.raises(EditRefused, match="no feature"):
        edits.delete_features(doc.version, ["zzz"])
    with pytest.raises(EditRefused, match="nothing selected"):
        edits.delete_features(doc.version, [])


def test_new_proposal_copies_ids_and_drop_is_undoable(doc):
    apply(doc, edits.new_proposal(doc.project.agreed, "Proposal C"))
    assert set(doc.project.versions["Proposal C"].features) == set(doc.project.agreed.features)
    with pytest.raises(EditRefused, match="needs a name"):
        edits.new_proposal(doc.project.agreed, "  ")
    apply(doc, edits.drop_version(doc.project.versions["Proposal C"]))
    assert "Proposal C" not in doc.project.versions
    doc.history.undo()
    assert "Proposal C" in doc.project.versions
    with pytest.raises(EditRefused, match="cannot be removed"):
        edits.drop_version(doc.project.agreed)


def test_a_vertex_edits_label_names_what_it_changed_and_counts_many():
    from zoneeditor.core.edits import vertex_label
    from zoneeditor.core.messages import Message

    names = [zone(f"z{k}", "POLYGON ((0 0, 1 0, 1 1, 0 0))", name=n)
             for k, n in enumerate(["Idlib", "Northern Hama", "Homs", "Ghouta"])]
    assert vertex_label(Message("Move vertex"), names[:1]) == "Move vertex: Idlib"
    assert vertex_label(Message("Move vertex"), names[:3]) == \
        "Move vertex: Idlib, Northern Hama, Homs"
    four = vertex_label(Message("Delete vertex"), names)
    assert four == "Delete vertex: 4 features" and four.template == "%1: %2"
    assert vertex_label(Message("Move vertex"), []) == "Move vertex"
