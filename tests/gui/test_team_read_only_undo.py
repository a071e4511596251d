"""Undo and Redo do not pretend on a version that is read-only in the window.

A delegate's window showed "Undo Received from the team server" on the agreed baseline
(read-only for her: the coordinators' to change), undid it here, said "Undone: …", and the
next sync turned it into a conflict, the server keeping the coordinators' change. Undo,
Redo and the History panel now stop at a step that changes a version read-only here, saying
why (``gui.history_rule``); her own steps stay undoable (real server, tests/support/pg.py).
"""

from __future__ import annotations

import pytest
from conftest import project_with, zone
from support.pg import propose
from support.window import LAPTOP_SCREEN

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.messages import Message
from zoneeditor.core.model import AGREED, Version
from zoneeditor.io.session import Session
from zoneeditor.io.team import admin
from zoneeditor.io.team.local_state import SyncConflict
from zoneeditor.io.team.refusals import DISCARD_TEMPLATES, discard_changeset, is_discard
from zoneeditor.io.team.server import TeamServer
from zoneeditor.io.team.sync import sync
from zoneeditor.io.team.version_refusals import (
    BY_ROLE,
    REFUSED,
    refused_creation,
    refused_removal,
)
from zoneeditor.testing.driver import MapDriver

NORTH = "North plan"
SQUARE = "POLYGON ((36 35, 36.5 35, 36.5 35.5, 36 35.5, 36 35))"
BASELINE = ("Read-only: the agreed baseline is the coordinators' to change: you cannot "
            "change it, but you can copy it into a proposal of your own")
STOP = "Undo and Redo stop at “Received from the team server”. " + BASELINE


@pytest.fixture
def talks(team_project):
    """The baseline (z1 "Idlib") and dana's own North draft."""
    team_project.publish(project_with(agreed=[zone("z1", SQUARE, name="Idlib", party="A")]))
    propose(team_project.clone("dana", "dana-first.gpkg"), NORTH)
    return team_project


def rename(path, version: str, name: str) -> None:
    """Rename zone z1 of ``version`` in the working copy at ``path`` and sync it."""
    with Session.open(path) as session:
        old = session.document.feature("z1", version)
        session.document.history.push(ChangeSet("Rename", version, (
            Delta(old, old.with_attributes(name=name)),)))
        sync(session)


def plain(text: str) -> str:
    """``text`` without the marks that isolate names in it."""
    return "".join(c for c in text if c not in "\u2066\u2067\u2068\u2069")


def test_a_received_step_on_the_baseline_is_not_undone_by_a_delegate(windows, talks, qtbot):
    window = windows.shown(LAPTOP_SCREEN, Session.open(talks.clone("dana")),
                           settings="settings-dana.ini")
    team, editor, acts = window.addons.sync, window.editor, window.window_actions
    team.watcher.wait()
    drive = MapDriver(window, qtbot)
    rename(talks.clone("cora"), AGREED, "Idlib (coordinators)")
    assert team.sync() and team.wait()
    doc = editor.document
    assert doc.history.labels == ["Received from the team server"]
    drive.version(NORTH)  # her own proposal: its tools are on, yet the step is the baseline's
    assert editor.read_only == ""
    assert not acts.act_undo.isEnabled()
    assert plain(acts.act_undo.statusTip()) == STOP
    assert plain(acts.act_undo.toolTip()) == "Undo Received from the team server\n" + STOP
    # her own edit is hers to undo and redo
    old = doc.feature("z1", NORTH)
    assert editor.push(ChangeSet("Rename in my plan", NORTH, (
        Delta(old, old.with_attributes(name="Idlib (North)")),)))
    assert acts.act_undo.isEnabled()
    acts.act_undo.trigger()
    assert doc.feature("z1", NORTH).name == "Idlib"
    assert acts.act_redo.isEnabled() and not acts.act_undo.isEnabled()
    # the shortcut and a direct call stop there, saying why; nothing changes
    drive.key("Ctrl+Z")
    assert not editor.undo()
    assert plain(drive.message) == STOP
    assert doc.feature("z1", AGREED).name == "Idlib (coordinators)"
    # the History panel: the opened project cannot be reached, the redo can
    rows = window.history_panel.list
    opened, received, mine = (rows.item(i) for i in range(3))
    assert not opened.flags() & opened.flags().ItemIsEnabled
    assert plain(opened.toolTip()) == STOP
    assert received.flags() & received.flags().ItemIsEnabled
    assert mine.flags() & mine.flags().ItemIsEnabled and mine.toolTip() == ""
    assert not editor.go_to(0) and doc.history.index == 1
    assert editor.go_to(2) and doc.feature("z1", NORTH).name == "Idlib (North)"
    # nothing was changed here that the server would refuse: the sync sends her edit only
    assert team.sync() and team.wait()
    assert window.addons.conflicts.entries == []
    assert talks.server_content().agreed.get("z1").name == "Idlib (coordinators)"


def test_undo_follows_a_role_made_observer_on_the_server(windows, talks, qtbot):
    window = windows.shown(LAPTOP_SCREEN, Session.open(talks.clone("dana")),
                           settings="settings-dana.ini")
    team, editor, acts = window.addons.sync, window.editor, window.window_actions
    team.watcher.wait()
    editor.switch_version(NORTH)
    old = editor.document.feature("z1", NORTH)
    assert editor.push(ChangeSet("Rename in my plan", NORTH, (
        Delta(old, old.with_attributes(name="Idlib (North)")),)))
    assert acts.act_undo.isEnabled()
    team.watcher.wait()  # the recount after the edit, before the server is asked
    with TeamServer.connect(talks.db.admin_url) as server:
        admin.add_member(server, talks.db.user("dana"), "observer", None)
    team.watcher.refresh()  # the window's regular check
    team.watcher.wait()
    qtbot.waitUntil(lambda: not acts.act_undo.isEnabled())
    assert "your role on the team server is observer" in acts.act_undo.toolTip()
    assert plain(acts.act_undo.statusTip()).startswith(
        "Undo and Redo stop at “Rename in my plan”. Read-only: your role")


def test_discard_steps_are_known_by_their_labels():
    """Discard mine's steps stay undoable on a read-only version (docs/team.md): the
    templates ``is_discard`` knows are the ones ``discard_changeset`` gives them."""
    why = Message("why")
    here = project_with(agreed=[zone("z1", SQUARE, name="Mine", party="A")],
                        proposals={"Proposal B": [], "New here": []})
    server_z1 = zone("z1", SQUARE, name="Theirs", party="A")
    refused = SyncConflict(AGREED, "z1", REFUSED, why, key="refused:z1",
                           theirs_states=(("z1", server_z1),))
    removal = refused_removal(Version("Gone"), why, BY_ROLE)
    creation = refused_creation("New here", why, BY_ROLE)
    labels = [discard_changeset(c, here).label for c in (refused, removal, creation)]
    assert {label.template for label in labels} == DISCARD_TEMPLATES
    assert all(is_discard(label) for label in labels)
    assert not is_discard(Message("Received from the team server"))
    assert not is_discard("Discard the change the server refused: z1")  # not a Message
