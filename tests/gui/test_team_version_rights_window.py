"""A version the server would refuse from this user is read-only in the window, saying why.

A delegate kept every editing tool on the agreed baseline and on other delegations' and the
coordinators' proposals, and learnt at the sync that the server refuses all of it; Table
this proposal… was on for coordinators, whom the server never lets table. The window now
follows what the server reported (``io.team.rights``, kept in the working copy) per version
shown, with one sentence and the way out (a copy in a proposal of one's own). Driven with
the testers' kit (``zoneeditor.testing.driver.MapDriver``) on a real server.
"""

from __future__ import annotations

import pytest
from support.pg import plans_of_each, propose
from support.window import LAPTOP_SCREEN

from zoneeditor.core import versions
from zoneeditor.core.model import AGREED
from zoneeditor.core.tools.draw import DrawZoneTool
from zoneeditor.io.session import Session
from zoneeditor.io.team import admin
from zoneeditor.io.team.local_state import read_state
from zoneeditor.io.team.server import TeamServer
from zoneeditor.testing.driver import MapDriver

COORDINATORS, NORTH, SOUTH = "Plan C", "North plan", "South plan"
BASELINE_SENTENCE = ("Read-only: the agreed baseline is the coordinators' to change: you "
                     "cannot change it, but you can copy it into a proposal of your own")


@pytest.fixture
def talks(team_project):
    """The baseline and the coordinators' Plan C; South's tabled proposal."""
    return plans_of_each(team_project, north=None)


def open_window(windows, team, who: str, qtbot):
    path = team.clone(who)
    window = windows.shown(LAPTOP_SCREEN, Session.open(path), settings=f"settings-{who}.ini")
    window.addons.sync.watcher.wait()
    return window, MapDriver(window, qtbot)


def editing(window) -> dict[str, bool]:
    """Whether each entry that changes the version shown is on (renaming and deleting the
    version: for a proposal only)."""
    acts, menu = window.window_actions, window.addons.versions
    entries = {"draw": acts.tool_actions[DrawZoneTool].isEnabled(),
               "delete": acts.act_delete.isEnabled()}
    if window.document.current_version != AGREED:
        entries |= {"rename": menu.act_rename.isEnabled(),
                    "delete version": menu.act_delete.isEnabled()}
    return entries


def read_only(window) -> str:
    """The window's sentence, without the marks that isolate the names in it."""
    return "".join(c for c in window.editor.read_only if c not in "\u2066\u2067\u2068\u2069")


def test_a_delegate_edits_their_own_proposal_and_copies_the_others(windows, talks, qtbot):
    propose(talks.clone("dana", "dana-first.gpkg"), NORTH)
    window, drive = open_window(windows, talks, "dana", qtbot)
    editor, sync_addon = window.editor, window.addons.sync
    new_proposal = window.window_actions.act_new_proposal
    duplicate = window.addons.versions.act_duplicate
    # the baseline: read-only, one sentence, and the way out stays on
    drive.version(AGREED)
    assert editor.read_only == BASELINE_SENTENCE
    assert not editor.is_editable(drive.feature("Idlib"))
    assert editing(window)["draw"] is False
    assert BASELINE_SENTENCE in window.window_actions.tool_actions[DrawZoneTool].toolTip()
    assert BASELINE_SENTENCE in drive.message
    assert new_proposal.isEnabled() and duplicate.isEnabled()
    assert window.addons.merge.action.isEnabled()  # it writes a new proposal
    # a tool reached anyway (its shortcut) is not taken, the canvas refuses nothing new
    drive.key("Z")
    assert not isinstance(editor.tool, DrawZoneTool)
    # the coordinators' proposal and South's tabled one: whose they are
    drive.version(COORDINATORS)
    assert "version 'Plan C' is the coordinators' to change" in editor.read_only
    drive.version(SOUTH)
    assert "version 'South plan' belongs to the delegation South" in read_only(window)
    assert not sync_addon.act_table.isEnabled()
    # her own: every tool back, and tabling is hers
    drive.version(NORTH)
    assert editor.read_only == ""
    assert all(editing(window).values()), editing(window)
    assert sync_addon.act_table.isEnabled()
    drive.show(35.9, 34.9, 37.0, 35.6)
    drive.tool("Z")
    drive.click_path([(36.6, 35.0), (36.8, 35.0), (36.8, 35.2)])
    assert len(drive.features("zones")) == 2
    # the way out: a copy of the baseline is a proposal of her own, editable at once
    drive.version(AGREED)
    made = versions.duplicate(editor.document.project, AGREED, "Dana's baseline")
    assert editor.push(made)
    drive.version("Dana's baseline")
    assert editor.read_only == "" and editing(window)["draw"]


def test_a_coordinator_edits_the_coordinators_versions_and_tables_nothing(windows, talks,
                                                                          qtbot):
    window, drive = open_window(windows, talks, "cora", qtbot)
    editor, table_action = window.editor, window.addons.sync.act_table
    for name in (AGREED, COORDINATORS):
        drive.version(name)
        assert editor.read_only == "", name
        assert all(editing(window).values()), (name, editing(window))
        assert not table_action.isEnabled()  # the server lets no coordinator table
        assert "already shown to every member of the team" in table_action.toolTip()
    drive.version(SOUTH)
    assert "belongs to the delegation South" in read_only(window)
    assert window.addons.versions.act_duplicate.isEnabled()


def test_a_role_change_reaches_the_window_at_its_next_check(windows, talks, qtbot):
    propose(talks.clone("dave", "dave-first.gpkg"), NORTH)
    window, drive = open_window(windows, talks, "dave", qtbot)
    drive.version(NORTH)
    assert window.editor.read_only == ""
    with TeamServer.connect(talks.db.admin_url) as server:
        admin.add_member(server, talks.db.user("dave"), "observer", None)
    window.addons.sync.watcher.refresh()  # what the window's timer does every minute
    window.addons.sync.watcher.wait()
    assert "your role on the team server is observer" in window.editor.read_only
    assert not window.window_actions.act_new_proposal.isEnabled()
    assert not window.addons.versions.act_duplicate.isEnabled()
    assert not window.addons.merge.action.isEnabled()
    # kept in the working copy, so it holds offline and at the next start
    assert read_state(window.session.path).role == "observer"
    # and back: a delegate of South now, North's plan is not theirs to change
    with TeamServer.connect(talks.db.admin_url) as server:
        admin.add_member(server, talks.db.user("dave"), "delegate", "South")
    window.addons.sync.watcher.refresh()
    window.addons.sync.watcher.wait()
    drive.version(SOUTH)
    assert window.editor.read_only == ""
    drive.version(AGREED)
    assert window.editor.read_only == BASELINE_SENTENCE
