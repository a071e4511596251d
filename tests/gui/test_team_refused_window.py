"""A change the server refuses, in the window (real server, tests/support/pg.py).

The sync sends what the server accepts; the refused change stays, listed in the Conflicts
panel with the server's reason; "Discard mine" puts the server's version back as one
undoable edit, and the next sync forgets the record.
"""

from __future__ import annotations

import pytest
from support.window import LAPTOP_SCREEN

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.model import AGREED
from zoneeditor.io.session import Session
from zoneeditor.io.team.local_state import read_state


@pytest.fixture
def window(windows, frozen_talks):
    return windows.shown(LAPTOP_SCREEN, Session.open(frozen_talks.clone("cora")))


def test_a_refused_change_is_listed_discarded_undone_and_forgotten(window, frozen_talks):
    doc = window.document
    signed, far = doc.feature("signed", AGREED), doc.feature("far", AGREED)
    window.editor.push(ChangeSet("Rename both", AGREED, (
        Delta(signed, signed.with_attributes(name="Signed (mine)")),
        Delta(far, far.with_attributes(name="Far (mine)")))))
    team, panel = window.addons.sync, window.addons.conflicts
    assert team.sync() and team.wait()
    assert "1 change refused by the server, kept here" in window.statusBar().currentMessage()
    assert frozen_talks.server_content().agreed.get("far").name == "Far (mine)"
    [entry] = panel.entries
    assert entry.is_refused and entry.feature_ids == ("signed",)
    assert panel.dock is not None and panel.dock.isVisible()
    item = panel.tree.topLevelItem(0)
    assert item.text(2) == "Refused by the server: kept here"
    # why, on hover, in our words (PostgreSQL's "row-level security" never reaches a user)
    assert "your role on the team server does not allow this change" in item.toolTip(2)
    assert "row-level security" not in item.toolTip(2)
    panel.select(0)
    assert panel.take_theirs.text() == "Discard mine" and panel.take_theirs.isEnabled()
    assert "tried again at every sync" in panel.hint.text()
    # The baseline is locked in the window (Layers): a discard waits until it is unlocked.
    assert not panel.take("theirs") and "locked" in window.statusBar().currentMessage()
    window.editor.layer_state.set_flag("baseline_locked", False)
    assert panel.take("theirs")
    assert doc.feature("signed", AGREED).name == "Signed"
    assert panel.open_count() == 0
    assert "discarded" in panel.tree.topLevelItem(0).text(3)
    assert window.editor.undo()  # the change comes back, and so does the row
    panel.refresh()
    assert doc.feature("signed", AGREED).name == "Signed (mine)" and panel.open_count() == 1
    assert window.editor.redo()
    assert team.sync() and team.wait()
    assert panel.entries == [] and read_state(window.session.path).conflicts == ()


def test_a_removal_the_role_may_not_make_has_a_row_and_discard_brings_it_back(windows,
                                                                             team_project):
    """An observer deleted "Proposal B": the window said it stays here, and no row of the
    Conflicts panel could bring the shared proposal back (a tester)."""
    from conftest import project_with, zone
    from shapely import box

    from zoneeditor.core import versions

    talks = team_project.publish(project_with(
        agreed=[zone("z1", box(36.0, 35.0, 36.2, 35.2), name="Idlib", party="A")],
        proposals={"Proposal B": [zone("b1", box(36.0, 35.0, 36.3, 35.2), name="Idlib",
                                       party="A")]}))
    window = windows.shown(LAPTOP_SCREEN, Session.open(talks.clone("olga")))
    doc = window.document
    assert window.editor.push(versions.delete(doc.project, "Proposal B"))
    team, panel = window.addons.sync, window.addons.conflicts
    assert team.sync() and team.wait()
    said = window.statusBar().currentMessage()
    assert "1 change your role may not make on the server, kept here" in said, said
    assert "refused by the server" not in said
    [entry] = panel.entries
    assert entry.is_refused and entry.is_version_change and entry.version == "Proposal B"
    item = panel.tree.topLevelItem(0)
    # named, and worded by who stopped it: the client, for the role (it was never sent);
    # the row had an empty Feature column and said "Refused by the server"
    assert "The version “" in item.text(0) and "Proposal B" in item.text(0)
    assert item.text(2) == "Removed here; your role may not remove it on the server"
    assert (item.text(3), item.text(4)) == ("removed the version", "keeps the version")
    assert "your role may not remove it on the server" in item.toolTip(2)
    panel.select(0)
    assert panel.hint.text().startswith("Your role on the team server may not make this "
                                        "change, so it was not sent.")
    assert panel.take_theirs.text() == "Discard mine" and panel.take_theirs.isEnabled()
    assert panel.take_ours.isEnabled()
    assert panel.take("theirs")  # one undoable edit: the server's version is back
    assert doc.project.versions["Proposal B"].get("b1").name == "Idlib"
    assert panel.open_count() == 0 and "discarded" in panel.tree.topLevelItem(0).text(3)
    assert window.editor.undo()
    panel.refresh()
    assert "Proposal B" not in doc.project.versions and panel.open_count() == 1
    panel.select(0)
    assert panel.take("ours")  # keep mine: recorded, tried again at the next sync
    assert read_state(window.session.path).conflicts[0].resolution == "ours"
    assert window.editor.redo()
    assert team.sync() and team.wait()
    assert panel.entries == [] and "Proposal B" in doc.project.versions


def test_what_a_sync_said_is_whole_in_the_indicators_tooltip(windows, team_project, qtbot):
    """The status bar cut the sync's sentence off ("…stays here: only coordinators chan");
    the sync indicator beside it keeps it whole on hover."""
    from dataclasses import replace

    from conftest import project_with, zone
    from shapely import box

    talks = team_project.publish(project_with(
        agreed=[zone("z1", box(36.0, 35.0, 36.2, 35.2), name="Idlib", party="A")]))
    window = windows.shown(LAPTOP_SCREEN, Session.open(talks.clone("dana")))  # a delegate
    meta = window.document.project.meta
    assert window.editor.push(ChangeSet("Title", AGREED,
                                        meta=(meta, replace(meta, title="Dana's title"))))
    team = window.addons.sync
    assert team.sync() and team.wait()
    said = window.statusBar().currentMessage()
    assert "only coordinators change them on the server" in said
    qtbot.waitUntil(lambda: said in team.indicator.toolTip())
    assert "The last sync said: " + said in team.indicator.toolTip()
    team.watcher.refresh()  # a later look at the server keeps it
    qtbot.waitUntil(lambda: team.watcher.figures is not None)
    qtbot.wait(200)
    assert said in team.indicator.toolTip()


def test_version_rows_name_the_version_and_say_who_refused(qapp):
    """Rows of a removal or new version that stays here had an empty Feature column and
    always said "Refused by the server", also when the client's own role rule stopped them."""
    from conftest import project_with

    from zoneeditor.core.messages import Message
    from zoneeditor.core.model import Version
    from zoneeditor.gui import conflict_text as say
    from zoneeditor.gui.conflict_book import _sync_entry
    from zoneeditor.io.team.version_refusals import (
        BY_ROLE,
        BY_SERVER,
        refused_creation,
        refused_removal,
    )

    here = project_with(proposals={"North plan": []})
    why = Message("why")
    rows = {
        ("drop", BY_ROLE): refused_removal(Version("Proposal B"), why, BY_ROLE),
        ("drop", BY_SERVER): refused_removal(Version("Proposal B"), why, BY_SERVER),
        ("create", BY_ROLE): refused_creation("North plan", why, BY_ROLE),
        ("create", BY_SERVER): refused_creation("North plan", why, BY_SERVER),
    }
    said = {k: (say.feature_text(e), say.kind_text(e), say.hint_text(e, True))
            for k, c in rows.items() for e in [_sync_entry(0, c, here)]}
    assert all(text[0].startswith("The version “") for text in said.values())
    assert "Proposal B" in said["drop", BY_ROLE][0] and "North plan" in said["create", BY_SERVER][0]
    assert said["drop", BY_ROLE][1] == "Removed here; your role may not remove it on the server"
    assert said["create", BY_ROLE][1] == "Added here; your role may not add versions on the server"
    assert said["drop", BY_SERVER][1] == "Removal refused by the server: kept here"
    assert said["create", BY_SERVER][1] == "New version refused by the server: kept here"
    assert said["drop", BY_ROLE][2].startswith("Your role on the team server may not make")
    assert said["drop", BY_SERVER][2].startswith("The server refused this change")
    # the record keeps who refused it across a save (older records: "", read as the server)
    from zoneeditor.io.team.local_state import _conflict_in, _conflict_out

    assert _conflict_in(_conflict_out(rows["create", BY_ROLE])).refused_by == BY_ROLE
