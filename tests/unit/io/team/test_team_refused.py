"""A push the server partly refuses, against a real server (tests/support/pg.py).

What the server accepts goes through; what it refuses stays in the working copy, listed
with one sentence (which feature, the server's reason), tried again at the next sync, and
can be discarded as an ordinary undoable edit. Changes that touch on the map travel
together: one is never pushed without a neighbour it was edited with.

The refusal comes from the server alone: a site rule its administrator added (a restrictive
row-level security policy freezing every feature whose status is "agreed"), which the
client knows nothing about — as it would be with a membership changed while a laptop was
offline, or a newer server.
"""

from __future__ import annotations

import pytest
import shapely
from conftest import point, project_with, zone
from shapely import box
from support.pg import FREEZE_AGREED

from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.model import AGREED
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import Session
from zoneeditor.io.team import admin
from zoneeditor.io.team.local_state import read_state
from zoneeditor.io.team.pieces import pieces
from zoneeditor.io.team.refusals import discard_changeset, is_discarded
from zoneeditor.io.team.server import TeamServer
from zoneeditor.io.team.sync import status, sync

THAW = "DROP POLICY frozen_agreed ON zoneeditor.changes"


@pytest.fixture
def talks(team_project):
    """Four zones and a post: "Signed" is agreed (frozen by the site rule once it is on),
    "Neighbour" shares its eastern border, "Far" and the post are elsewhere."""
    talks = team_project.publish(project_with(agreed=[
        zone("signed", box(36.0, 35.0, 36.2, 35.2), name="Signed", party="A",
             status="agreed"),
        zone("neighbour", box(36.2, 35.0, 36.4, 35.2), name="Neighbour", party="B"),
        zone("far", box(38.0, 35.0, 38.2, 35.2), name="Far", party="B"),
        point("post", "POINT (39 36)", name="Post"),
    ]))
    talks.db.sql(FREEZE_AGREED)
    return talks


def edit(path, version: str, *changes: tuple[str, object]) -> None:
    """One change set of several features, as one edit (then saved)."""
    with Session.open(path) as session:
        doc = session.document
        deltas = tuple(Delta(doc.feature(fid, version), new(doc.feature(fid, version)))
                       for fid, new in changes)
        doc.history.push(ChangeSet("Edit", version, deltas))
        session.save()


def renamed(name: str):
    return lambda f: f.with_attributes(name=name)


def do_sync(path):
    with Session.open(path) as session:
        return sync(session)


def test_the_accepted_changes_go_and_the_refused_one_stays_reported(talks):
    cora, dana = talks.clone("cora"), talks.clone("dana")
    edit(cora, AGREED, ("signed", renamed("Signed (edited)")), ("far", renamed("Far away")),
         ("post", renamed("Post 7")))
    report = do_sync(cora)
    # Two of three went through, in one sync: the refused one did not block them.
    assert report.sent == 2
    server = talks.server_content().agreed
    assert server.get("far").name == "Far away" and server.get("post").name == "Post 7"
    assert server.get("signed").name == "Signed"
    # The refused change stays here, reported in one sentence naming it and the reason.
    assert read_project(cora).agreed.get("signed").name == "Signed (edited)"
    [refused] = report.conflicts
    assert refused.kind == "refused" and refused.ids == ("signed",)
    assert refused.description.startswith("Signed (edited): the server refused this change (")
    # the reason in our words (the window translates it); PostgreSQL's are never in it
    assert refused.description.template == ("%1: the server refused this change (%2); it "
                                            "stays here until the server allows it or you "
                                            "discard it")
    name, why = refused.description.args
    assert name == "Signed (edited)"
    assert why.template == "your role on the team server does not allow this change"
    assert "row-level security" not in refused.description
    [kept] = read_state(cora).conflicts  # kept for the Conflicts panel, template and all
    assert kept == refused and kept.description.template == refused.description.template
    assert kept.description.args[1].template == why.template
    assert status(read_project(cora), read_state(cora)).conflicts == 1
    # The other role sees what was accepted, and nothing of the refused change.
    assert do_sync(dana).received == 2  # the accepted pieces, one change set each
    dana_agreed = read_project(dana).agreed
    assert dana_agreed.get("far").name == "Far away"
    assert dana_agreed.get("signed").name == "Signed"
    # Tried again at the next sync: still refused, still reported, nothing else sent.
    again = do_sync(cora)
    assert again.sent == 0 and [c.kind for c in again.conflicts] == ["refused"]
    # `team init` run again (an upgrade) keeps the site's own rule.
    with TeamServer.connect(talks.db.admin_url) as server:
        admin.init(server)
    assert [c.kind for c in do_sync(cora).conflicts] == ["refused"]


def test_a_change_edited_with_a_refused_neighbour_is_not_pushed_half(talks):
    cora = talks.clone("cora")
    # The shared border moved east: both zones change together (one edit).
    move = [("signed", lambda f: f.with_geometry(box(36.0, 35.0, 36.25, 35.2))),
            ("neighbour", lambda f: f.with_geometry(box(36.25, 35.0, 36.4, 35.2))),
            ("far", renamed("Far away"))]
    edit(cora, AGREED, *move)
    report = do_sync(cora)
    assert report.sent == 1
    server = talks.server_content().agreed
    assert server.get("far").name == "Far away"
    # The neighbour was not sent without the zone it shares the border with: no gap and
    # no overlap on the server.
    assert server.get("neighbour").geometry.equals(box(36.2, 35.0, 36.4, 35.2))
    [refused] = report.conflicts
    assert set(refused.ids) == {"signed", "neighbour"}
    assert "and 1 feature changed with it" in refused.description
    here = read_project(cora).agreed
    assert here.get("neighbour").geometry.equals(box(36.25, 35.0, 36.4, 35.2))


def test_discarding_is_an_undoable_edit_and_the_record_goes_at_the_next_sync(talks):
    cora = talks.clone("cora")
    edit(cora, AGREED, ("signed", renamed("Signed (edited)")), ("far", renamed("Far away")))
    [refused] = do_sync(cora).conflicts
    with Session.open(cora) as session:
        doc = session.document
        cs = discard_changeset(refused, doc.project)
        assert cs is not None and cs.label == "Discard the change the server refused: " \
                                              "Signed (edited)"
        doc.history.push(cs)  # applied through Document.apply, as one undo step
        assert doc.feature("signed", AGREED).name == "Signed"
        assert is_discarded(refused, doc.project)
        doc.history.undo()  # undo brings the change back
        assert doc.feature("signed", AGREED).name == "Signed (edited)"
        assert not is_discarded(refused, doc.project)
        doc.history.redo()
        session.save()
    report = do_sync(cora)
    assert report.conflicts == () and report.sent == 0
    assert read_state(cora).conflicts == ()
    assert talks.server_content().agreed.get("signed").name == "Signed"


def test_once_the_server_allows_it_the_kept_change_goes(talks):
    dana = talks.clone("dana")
    # A delegate's draft: one of its features is an agreed line copied from the baseline.
    with Session.open(dana) as session:
        session.document.history.push(ChangeSet(
            "New proposal", "North plan",
            (Delta(None, point("a", "POINT (36.1 35.1)", name="A", status="agreed")),
             Delta(None, point("b", "POINT (37.5 35.5)", name="B"))),
            structure=Structure.CREATE))
        session.save()
    assert do_sync(dana).sent == 1  # a new draft: no old state, nothing frozen
    edit(dana, "North plan", ("a", renamed("A2")), ("b", renamed("B2")))
    report = do_sync(dana)
    assert report.sent == 1 and [c.ids for c in report.conflicts] == [("a",)]
    with TeamServer.connect(talks.url("dave")) as server:  # dana's colleague reads B2 only
        draft = server.fetch("talks")[0].versions["North plan"]
    assert draft.get("a").name == "A" and draft.get("b").name == "B2"
    talks.db.sql(THAW)  # the administrator lifts the rule: the kept change goes
    report = do_sync(dana)
    assert report.sent == 1 and report.conflicts == ()
    with TeamServer.connect(talks.url("dave")) as server:  # dana's colleague reads it
        draft = server.fetch("talks")[0].versions["North plan"]
    assert draft.get("a").name == "A2" and draft.get("b").name == "B2"


def test_pieces_keep_touching_and_linked_changes_together():
    a = zone("a", box(0, 0, 1, 1))
    b = zone("b", box(1, 0, 2, 1))  # shares an edge with a
    c = zone("c", box(5, 5, 6, 6))
    d = zone("d", box(9, 9, 9.5, 9.5), source_line="c")  # a buffer of c's line
    e = point("e", "POINT (20 20)")
    cs = ChangeSet("Edit", AGREED, tuple(Delta(f, f.with_attributes(notes="x"))
                                         for f in (a, b, c, d, e)))
    parts = pieces(cs)
    assert [sorted(d.id for d in p.deltas) for p in parts] == [["a", "b"], ["c", "d"], ["e"]]
    assert sorted(x.id for p in parts for x in p.deltas) == ["a", "b", "c", "d", "e"]
    created = ChangeSet("New", "P", cs.deltas, structure=Structure.CREATE)
    assert pieces(created) == [created]  # a new version is one piece
    assert shapely.box(0, 0, 1, 1).touches(shapely.box(1, 0, 2, 1))
