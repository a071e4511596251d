"""The editing state a ToolContext carries: kept in step with its document, one per context,
the user's switches carried to the next document. No process-wide registry holds it."""

from __future__ import annotations

import shapely

from zoneeditor.core import edits
from zoneeditor.core.document import Document
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools import state as state_module
from zoneeditor.core.tools.base import PointerEvent, ToolContext
from zoneeditor.core.tools.editing import snap_event, snap_index
from zoneeditor.core.tools.state import EditState
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path


def _doc() -> Document:
    doc = Document(read_project(sample_path()))
    doc.current_version = "Proposal B"
    return doc


def test_an_edit_rebuilds_the_snap_index_of_the_context():
    doc = _doc()
    ctx = ToolContext(doc, Selection())
    before = snap_index(ctx)
    assert snap_index(ctx) is before  # cached while the document stays as it is
    far = (40.5, 31.5)  # empty desert: nothing to snap to yet
    ev = PointerEvent("move", far[0] + 0.002, far[1], tolerance=0.01)
    assert snap_event(ctx, ev)[1] is None
    doc.history.push(edits.add_feature(doc.version, "zones",
                                       shapely.box(far[0], far[1], far[0] + 0.3, far[1] + 0.3),
                                       name="New"))
    assert snap_index(ctx) is not before
    xy, snap = snap_event(ctx, ev)
    assert snap is not None and snap.kind == "vertex" and xy == far
    generation = ctx.edit_state.generation
    doc.current_version = "agreed"
    assert ctx.edit_state.generation == generation + 1 and not ctx.edit_state.cache


def test_each_context_has_its_own_state_unless_given_one():
    doc = _doc()
    a, b = ToolContext(doc, Selection()), ToolContext(doc, Selection())
    a.edit_state.snap_enabled = False
    assert b.edit_state.snap_enabled  # no registry shares state behind the contexts' backs
    shared = EditState(avoid_overlap=True)
    c = ToolContext(doc, Selection(), edit_state=shared)
    assert c.edit_state is shared


def test_carried_over_keeps_the_switches_and_forgets_the_document():
    old = EditState(snap_enabled=False, avoid_overlap=True, drawing_party="Government",
                    snap_to_agreed=False, snap_to_basemap=False, basemap="countries")
    old.cache["snap:x"] = object()
    new = old.carried_over()
    assert (new.snap_enabled, new.avoid_overlap, new.snap_to_agreed, new.snap_to_basemap,
            new.basemap) == (False, True, False, False, "countries")
    assert new.drawing_party == "" and not new.cache and new is not old


def test_no_module_level_registry_in_the_state_module():
    mutable = {name: value for name, value in vars(state_module).items()
               if not name.startswith("__")
               and isinstance(value, dict | list | set)}
    assert mutable == {}
