"""What a team role may do, mirrored in the window (real server, tests/support/pg.py).

An observer (read-only on the server) got enabled editing tools with no hint, and "Table
this proposal…" enabled (a tester): the window now turns off what the role cannot do and
says why; the server still refuses anything regardless. Other roles keep their tools.
"""

from __future__ import annotations

import pytest
from conftest import project_with, zone
from shapely import box
from support.window import LAPTOP_SCREEN

from zoneeditor.core.tools.base import PointerEvent
from zoneeditor.core.tools.draw import DrawZoneTool
from zoneeditor.core.tools.measure_tool import MeasureTool
from zoneeditor.core.tools.select import SelectTool
from zoneeditor.io.session import Session
from zoneeditor.io.team.local_state import read_state

PROPOSAL = "Proposal B"


@pytest.fixture
def talks(team_project):
    return team_project.publish(project_with(
        agreed=[zone("z1", box(36.0, 35.0, 36.2, 35.2), name="Idlib", party="A")],
        proposals={PROPOSAL: [zone("b1", box(36.0, 35.0, 36.3, 35.2), name="Idlib",
                                   party="A")]}))


def open_window(windows, talks, who: str):
    path = talks.clone(who)
    window = windows.shown(LAPTOP_SCREEN, Session.open(path),
                           settings=f"settings-{who}.ini")
    window.editor.switch_version(PROPOSAL)
    window.addons.sync.watcher.wait()
    return window


def edit_entries(window):
    """Every entry of the window that changes the project, by name."""
    acts = window.window_actions
    versions = window.addons.versions
    entries = {f"tool {cls.__name__}": act for cls, act in acts.tool_actions.items()
               if cls.edits}
    entries |= {"delete": acts.act_delete, "new proposal": acts.act_new_proposal,
                "rename": versions.act_rename, "duplicate": versions.act_duplicate,
                "delete version": versions.act_delete, "promote": versions.act_promote,
                "table": window.addons.sync.act_table, "merge": window.addons.merge.action,
                "import": window.addons.import_action}
    return entries


def test_an_observer_gets_a_read_only_window_that_says_why(windows, talks):
    window = open_window(windows, talks, "olga")
    assert read_state(window.session.path).role == "observer"  # recorded at the clone
    editor = window.editor
    assert "your role on the team server is observer" in editor.read_only
    on = sorted(name for name, act in edit_entries(window).items() if act.isEnabled())
    assert on == []
    for name, act in edit_entries(window).items():
        assert "observer" in act.toolTip(), name
    acts = window.window_actions
    # looking is still possible: select, measure, sync
    assert acts.tool_actions[SelectTool].isEnabled()
    assert acts.tool_actions[MeasureTool].isEnabled()
    assert window.addons.sync.act_sync.isEnabled()
    assert "observer" in window.statusBar().currentMessage()
    # the attributes are shown, not editable, and the panel says why
    feature = window.document.feature("b1")
    assert not editor.is_editable(feature)
    # a tool reached anyway (no action: the canvas) refuses with the same sentence
    editor.choose_tool(DrawZoneTool)
    result = editor.tool.pointer(PointerEvent("press", 36.1, 35.1))
    assert result.refused == editor.read_only
    assert window.addons.sync.table_refusal(PROPOSAL) == editor.read_only


def test_delegates_and_coordinators_keep_their_tools(windows, talks):
    # Proposal B is the coordinators' (published by cora): a delegate keeps their tools on a
    # proposal of their delegation's own (tests/gui/test_team_version_rights_window.py has
    # the versions they may not change). Tabling is the delegations' own: the server grants
    # it to no coordinator, so the window no longer offers it to cora.
    from zoneeditor.core import versions
    from zoneeditor.io.team.sync import sync

    with Session.open(talks.clone("dana", "dana-first.gpkg")) as session:
        session.document.history.push(versions.duplicate(session.document.project, PROPOSAL,
                                                         "North plan"))
        sync(session)
    for who, shown, table_off in (("dana", "North plan", []), ("cora", PROPOSAL, ["table"])):
        window = open_window(windows, talks, who)
        window.editor.switch_version(shown)
        assert window.editor.read_only == ""
        off = sorted(name for name, act in edit_entries(window).items()
                     if not act.isEnabled())
        assert off == table_off, who
        window.editor.choose_tool(DrawZoneTool)
        assert isinstance(window.editor.tool, DrawZoneTool)


def test_leaving_an_observers_project_gives_the_tools_back(windows, talks, tmp_path):
    window = open_window(windows, talks, "olga")
    window.window_actions.tool_actions[SelectTool].trigger()
    assert window.editor.read_only
    from zoneeditor.io.project_file import write_project

    plain = tmp_path / "plain.gpkg"
    write_project(project_with(proposals={PROPOSAL: []}), plain)
    window.editor.set_session(Session.open(plain))
    window.addons.sync.watcher.wait()
    assert window.editor.read_only == ""
    assert window.window_actions.tool_actions[DrawZoneTool].isEnabled()
    assert window.addons.versions.act_duplicate.isEnabled()
