"""Shared borders include what follows them: a line of contact running along a border, the
buffer zone made from that line; what cannot follow is reported by validation."""

from __future__ import annotations

import pytest
import shapely
from conftest import line, project_with, zone

from zoneeditor.core.buffer import buffer_zone, derivation, follows_line, rebuild
from zoneeditor.core.document import Document
from zoneeditor.core.edits import set_attributes
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools.base import PointerEvent, ToolContext
from zoneeditor.core.tools.move import MoveFeatureTool
from zoneeditor.core.tools.vertex_edit import EditVerticesTool
from zoneeditor.core.topology import move_shared, shared_vertices
from zoneeditor.core.validate import validate_version
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path

TOL = 0.002


def ev(kind, x, y, modifiers=frozenset()):
    return PointerEvent(kind, x, y, "left" if kind != "move" else "none", modifiers, TOL)


def drag(tool, doc, start, end, steps=4, modifiers=frozenset({"ctrl"})):
    """Press, move in steps, release; every change set pushed as the canvas does."""
    events = [ev("press", *start, modifiers)]
    for k in range(1, steps + 1):
        t = k / steps
        xy = (start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t)
        events.append(ev("move" if k < steps else "release", *xy, modifiers))
    results = []
    for e in events:
        r = tool.pointer(e)
        if r.changeset is not None:
            doc.history.push(r.changeset)
        results.append(r)
    return results


def coords(f):
    return [tuple(c) for c in shapely.get_coordinates(f.geometry).tolist()]


def border_project():
    """Two zones sharing the border x=2 with a vertex at (2, 1); a line of contact along
    the border with vertices only at its ends (it runs through (2, 1) on a segment); a
    2 km buffer made from the line."""
    a = zone("a", "POLYGON ((0 0, 2 0, 2 1, 2 2, 0 2, 0 0))", party="A")
    b = zone("b", "POLYGON ((2 0, 4 0, 4 2, 2 2, 2 1, 2 0))", party="B")
    ln = line("l", "LINESTRING (2 0, 2 2)", kind="line of contact")
    buf = zone("buf", buffer_zone(ln.geometry, 2.0, 2.0), kind="buffer", source_line="l",
               width_left_km=2.0, width_right_km=2.0, party="")
    return project_with([a, b, ln, buf])


def test_a_line_running_along_the_border_shares_the_vertex():
    doc = Document(border_project())
    found = {s.feature_id: s.inserted for s in shared_vertices(doc.version, (2.0, 1.0))}
    assert found == {"a": False, "b": False, "l": True}  # the buffer is rebuilt, not bent
    cs = move_shared(doc.version, shared_vertices(doc.version, (2.0, 1.0)), (2.2, 1.0))
    assert {d.id for d in cs.deltas} == {"a", "b", "l", "buf"}
    doc.history.push(cs)
    assert coords(doc.feature("l")) == [(2.0, 0.0), (2.2, 1.0), (2.0, 2.0)]
    assert follows_line(doc.feature("buf"), doc.feature("l"))
    assert validate_version(doc.version, doc.project.meta) == []
    doc.history.undo()
    assert doc.project.versions["agreed"].features == border_project().agreed.features


def test_dragging_the_sample_border_moves_line_and_rebuilds_the_buffer():
    doc = Document(read_project(sample_path()))
    doc.current_version = "Proposal B"
    tool = EditVerticesTool(ToolContext(doc, Selection()))
    before = {f.id: f for f in doc.version}
    depth = len(doc.history.entries)
    drag(tool, doc, (36.62, 35.40), (36.66, 35.46))
    assert len(doc.history.entries) == depth + 1  # the whole drag is one step
    step = doc.history.entries[-1]
    assert step.feature_ids == {"zone-idlib", "zone-hama", "line-idlib-hama",
                                "zone-buffer-idlib"}
    assert (36.66, 35.46) in coords(doc.feature("line-idlib-hama"))
    assert follows_line(doc.feature("zone-buffer-idlib"), doc.feature("line-idlib-hama"))
    assert not [p for p in validate_version(doc.version, doc.project.meta)
                if "follow" in p.message]
    doc.history.undo()
    assert {f.id: f for f in doc.version} == before


def test_a_line_dragged_on_its_own_in_a_later_drag_moves_the_inserted_vertex():
    doc = Document(border_project())
    tool = EditVerticesTool(ToolContext(doc, Selection()))
    drag(tool, doc, (2.0, 1.0), (2.3, 1.1), steps=5)
    assert coords(doc.feature("l")) == [(2.0, 0.0), (2.3, 1.1), (2.0, 2.0)]  # one vertex


def test_a_locked_buffer_layer_is_left_behind_and_reported():
    doc = Document(read_project(sample_path()))
    ctx = ToolContext(doc, Selection())
    ctx.locked_layers = {"zones"}
    tool = EditVerticesTool(ctx)
    # drag the line's own vertex (zones are locked: only the line moves)
    results = drag(tool, doc, (36.60, 35.30), (36.62, 35.26))
    assert "layer locked" in results[0].message
    assert doc.feature("line-idlib-hama") != read_project(sample_path()).agreed.get(
        "line-idlib-hama")
    problems = validate_version(doc.version, doc.project.meta)
    stale = [p for p in problems if p.feature_id == "zone-buffer-idlib"]
    assert len(stale) == 1
    assert stale[0].message.startswith("no longer follows Idlib–Hama line of contact")
    assert stale[0].line().startswith(
        "agreed: Idlib buffer security zone (zone-buf): no longer follows")
    # the offered fix makes it follow again
    doc.history.push(rebuild(doc.version, doc.feature("zone-buffer-idlib")))
    assert not [p for p in validate_version(doc.version, doc.project.meta)
                if p.feature_id == "zone-buffer-idlib"]


def test_moving_a_line_moves_its_buffer_in_the_same_step():
    doc = Document(border_project())
    tool = MoveFeatureTool(ToolContext(doc, Selection()))
    drag(tool, doc, (2.0, 0.5), (2.5, 0.5), modifiers=frozenset({"ctrl"}))
    moved = doc.feature("l")
    assert coords(moved)[0] == pytest.approx((2.5, 0.0))
    assert follows_line(doc.feature("buf"), moved)
    assert doc.history.entries[-1].feature_ids == {"l", "buf"}


def test_a_buffer_whose_line_was_deleted_is_reported():
    doc = Document(border_project())
    from zoneeditor.core.edits import delete_features

    doc.history.push(delete_features(doc.version, ["l"]))
    msgs = [p.message for p in validate_version(doc.version, doc.project.meta)]
    assert any(m.startswith("was made from a line that is no longer") for m in msgs)


def test_derivation_is_read_from_plain_attributes():
    buf = border_project().agreed.get("buf")
    d = derivation(buf)
    assert (d.source_line, d.left_km, d.right_km) == ("l", 2.0, 2.0)
    assert derivation(buf.with_attributes(width_left_km="wide")) is None
    assert derivation(buf.with_attributes(kind="de-escalation")) is None


def test_zones_without_a_party_are_listed_but_buffers_lines_and_points_are_not():
    doc = Document(border_project())
    doc.history.push(set_attributes(doc.version, doc.feature("a"), party=""))
    problems = validate_version(doc.version, doc.project.meta)
    assert [(p.feature_id, p.message) for p in problems] == [
        ("a", "has no party (each zone belongs to a party: choose it in Attributes)")]
    assert problems[0].where is not None  # the panel can zoom to it
