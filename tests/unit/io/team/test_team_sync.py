"""Sync between working copies and a real server: merge, conflicts, roles, status."""

from __future__ import annotations

import math

import pytest
import shapely
from conftest import point, project_with, zone
from support.pg import table_after_their_sync

from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.model import AGREED, Feature
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import Session
from zoneeditor.io.team.local_state import read_state
from zoneeditor.io.team.sync import decide, status, sync


def ring(cx: float, cy: float, r: float = 0.1, n: int = 40) -> shapely.Polygon:
    """A polygon of ``n`` vertices on a circle (counter-clockwise)."""
    pts = [(cx + r * math.cos(2 * math.pi * i / n), cy + r * math.sin(2 * math.pi * i / n))
           for i in range(n)]
    return shapely.Polygon(pts)


def moved(f: Feature, index: int, dx: float, dy: float) -> Feature:
    """``f`` with vertex ``index`` of its outer ring moved."""
    coords = list(f.geometry.exterior.coords)[:-1]
    x, y = coords[index]
    coords[index] = (x + dx, y + dy)
    return f.with_geometry(shapely.Polygon(coords))


def same(a: Feature, b: Feature) -> bool:
    """Equal features, ring starting points aside (the merge may start a ring elsewhere)."""
    return (a.id == b.id and dict(a.attributes) == dict(b.attributes)
            and shapely.normalize(a.geometry).equals_exact(shapely.normalize(b.geometry), 0))


def edit(path, *changes: tuple[str, str, object]) -> None:
    """Open the working copy, push one change set per (version, feature id, new), save."""
    with Session.open(path) as session:
        for version, fid, new in changes:
            old = session.document.feature(fid, version)
            session.document.history.push(ChangeSet("Edit", version, (Delta(old, new),)))
        session.save()


def do_sync(path):
    with Session.open(path) as session:
        return sync(session)


def content(path, version=AGREED):
    return read_project(path).versions[version].features


@pytest.fixture
def talks(team_project):
    return team_project.publish(project_with(agreed=[
        zone("z1", ring(36.5, 35.5), name="Border zone", party="A"),
        zone("z2", ring(37.0, 35.5), name="Second", party="B"),
    ]))


def test_two_stretches_of_one_boundary_edited_by_two_people_both_arrive(talks):
    cora, carl = talks.clone("cora"), talks.clone("carl")
    z1 = read_project(cora).agreed.get("z1")
    edit(cora, (AGREED, "z1", moved(z1, 2, 0.01, 0.0)))
    edit(carl, (AGREED, "z1", moved(z1, 22, -0.01, 0.0).with_attributes(notes="checked")))
    assert do_sync(cora).sent == 1
    report = do_sync(carl)
    assert report.received == 1 and report.sent == 1 and not report.conflicts
    assert do_sync(cora).received == 1
    both = moved(moved(z1, 2, 0.01, 0.0), 22, -0.01, 0.0).with_attributes(notes="checked")
    server = talks.server_content().agreed.get("z1")
    assert same(server, both)
    assert content(cora)["z1"] == content(carl)["z1"] == server
    assert read_state(cora).base.agreed.get("z1") == server


def test_the_same_stretch_edited_twice_is_a_conflict_kept_local_then_decided(talks):
    cora, carl = talks.clone("cora"), talks.clone("carl")
    z1 = read_project(cora).agreed.get("z1")
    z2 = read_project(cora).agreed.get("z2")
    cora_z1 = moved(z1, 5, 0.02, 0.0)
    edit(cora, (AGREED, "z1", cora_z1))
    edit(carl, (AGREED, "z1", moved(z1, 5, -0.02, 0.0)),
         (AGREED, "z2", z2.with_attributes(name="Renamed")))
    do_sync(cora)
    report = do_sync(carl)
    # The conflict stops only the conflicting change: the rename went through.
    assert [c.feature_id for c in report.conflicts] == ["z1"]
    assert report.conflicts[0].kind == "geometry" and report.conflicts[0].where is not None
    assert talks.server_content().agreed.get("z2").name == "Renamed"
    assert talks.server_content().agreed.get("z1") == cora_z1
    assert content(carl)["z1"] == moved(z1, 5, -0.02, 0.0)  # kept here until decided
    assert [c.feature_id for c in read_state(carl).conflicts] == ["z1"]
    again = do_sync(carl)  # not decided yet: reported again, still not sent
    assert [c.feature_id for c in again.conflicts] == ["z1"] and again.sent == 0
    with Session.open(carl) as session:
        assert decide(session, "theirs") == 1
    assert not do_sync(carl).conflicts
    assert content(carl)["z1"] == cora_z1 == talks.server_content().agreed.get("z1")
    assert read_state(carl).conflicts == ()


def test_send_mine_anyway(talks):
    cora, carl = talks.clone("cora"), talks.clone("carl")
    z1 = read_project(cora).agreed.get("z1")
    edit(cora, (AGREED, "z1", z1.with_attributes(name="Cora's name")))
    edit(carl, (AGREED, "z1", z1.with_attributes(name="Carl's name")))
    do_sync(cora)
    conflicts = do_sync(carl).conflicts
    assert conflicts[0].kind == "attribute" and conflicts[0].attribute == "name"
    with Session.open(carl) as session:
        decide(session, "ours", ["z1"])
    assert do_sync(carl).sent == 1
    assert talks.server_content().agreed.get("z1").name == "Carl's name"
    do_sync(cora)
    assert content(cora)["z1"].name == "Carl's name"


def test_a_new_proposal_is_its_delegations_draft_until_tabled(talks):
    dana, dave, sami = talks.clone("dana"), talks.clone("dave"), talks.clone("sami")
    with Session.open(dana) as session:
        session.document.history.push(ChangeSet(
            "New proposal", "North plan",
            (Delta(None, point("p1", "POINT (36.5 35.5)", name="Checkpoint")),),
            structure=Structure.CREATE))
        session.save()
    assert do_sync(dana).sent == 1
    do_sync(dave)
    assert "North plan" in read_project(dave).versions
    assert content(dave, "North plan")["p1"].name == "Checkpoint"
    do_sync(sami)
    assert "North plan" not in read_project(sami).versions
    from zoneeditor.io.team.workcopy import table

    table(dana, "North plan")
    do_sync(sami)  # tabled since sami's last sync: arrives whole
    assert content(sami, "North plan")["p1"].name == "Checkpoint"


def test_a_version_that_arrives_whole_is_counted_as_received(talks):
    """Not 'received 0 change sets' when a colleague's tabled proposal arrived whole: the
    sentence counts what did arrive, a version newly shared."""
    sami = table_after_their_sync(talks, "sami", "North plan")
    report = do_sync(sami)
    assert content(sami, "North plan")["p1"].name == "Checkpoint"
    assert report.received == 0 and report.received_versions == ("North plan",)
    assert report.lines()[0].startswith(
        "received 1 version newly shared with you ('North plan'), sent 0;"), report.lines()
    assert "0 change sets" not in report.lines()[0]
    again = do_sync(sami)
    assert again.received_versions == () and again.lines()[0].startswith(
        "received 0 change sets, sent 0;")


def test_what_a_role_may_not_send_stays_local_and_is_said(talks):
    dana, olga = talks.clone("dana"), talks.clone("olga")
    z2 = read_project(dana).agreed.get("z2")
    edit(dana, (AGREED, "z2", z2.with_attributes(notes="North's view")))
    edit(olga, (AGREED, "z2", z2.with_attributes(notes="observed")))
    for path in (dana, olga):
        report = do_sync(path)
        assert report.sent == 0
        assert [(c.kind, c.feature_id) for c in report.conflicts] == [("not-allowed", "z2")]
        assert ("your role may not change the agreed baseline"
                in report.conflicts[0].description)
    assert talks.server_content().agreed.get("z2").attributes["notes"] == ""
    assert content(dana)["z2"].attributes["notes"] == "North's view"  # nothing lost either
    assert do_sync(dana).conflicts[0].kind == "not-allowed"  # until decided
    with Session.open(dana) as session:
        decide(session, "theirs")
    assert not do_sync(dana).conflicts
    assert content(dana)["z2"] == talks.server_content().agreed.get("z2")


def test_status_line(talks):
    cora, carl = talks.clone("cora"), talks.clone("carl")
    z1 = read_project(cora).agreed.get("z1")
    edit(cora, (AGREED, "z1", z1.with_attributes(name="A")),
         (AGREED, "z2", read_project(cora).agreed.get("z2").with_attributes(name="B")))
    state = read_state(cora)
    assert status(read_project(cora), state).text() == "2 to send · 0 to receive"
    do_sync(cora)
    assert status(read_project(carl), read_state(carl)).text() == "0 to send · 1 to receive"
    edit(carl, (AGREED, "z1", z1.with_attributes(name="C")))
    do_sync(carl)
    assert status(read_project(carl), read_state(carl)).text() == \
        "0 to send · 0 to receive · 1 conflict"
    offline = read_state(carl).with_(remote="postgresql://x@127.0.0.1:1/none")
    assert status(read_project(carl), offline).to_receive is None


def test_open_a_server_project_by_url_and_sync_from_a_worker_thread(talks):
    """What the window will do: open postgresql://…/PROJECT, edit, sync off the GUI thread."""
    import threading

    from zoneeditor.io.team.address import project_url
    from zoneeditor.io.team.sync import SyncJob
    from zoneeditor.io.team.workcopy import cache_path, open_remote

    url = project_url(talks.url("cora"), talks.name)
    session = open_remote(url)
    try:
        assert session.path == cache_path(url).resolve() and session.journal is not None
        z1 = session.document.feature("z1")
        session.document.history.push(ChangeSet("Rename", AGREED,
                                                (Delta(z1, z1.with_attributes(name="Via URL")),)))
        assert session.journal.change_count() == 1  # journaled before it is shown
        carl = talks.clone("carl")
        edit(carl, (AGREED, "z2", read_project(carl).agreed.get("z2").with_attributes(
            name="From Carl")))
        do_sync(carl)
        # The slow half in a worker thread, on a copy; the document is not touched there.
        job = SyncJob.start(session)
        worker = threading.Thread(target=job.run)
        worker.start()
        worker.join(60)
        assert job.done is not None
        assert session.document.feature("z2").name == "Second"
        report = job.finish()  # on the thread that owns the document
        assert report.sent == 1 and report.received == 1
        assert session.document.feature("z2").name == "From Carl"
        assert session.document.history.can_undo and not session.document.is_dirty
    finally:
        session.close()
    assert talks.server_content().agreed.get("z1").name == "Via URL"
    again = open_remote(url)  # the same working copy, not a new clone
    try:
        assert again.document.feature("z1").name == "Via URL"
    finally:
        again.close()


def test_an_edit_during_a_sync_is_not_overwritten_and_the_next_sync_sends_it(talks):
    from zoneeditor.io.team.errors import TeamError
    from zoneeditor.io.team.sync import SyncJob

    cora = talks.clone("cora")
    edit(cora, (AGREED, "z1", read_project(cora).agreed.get("z1").with_attributes(name="One")))
    with Session.open(cora) as session:
        job = SyncJob.start(session)
        z2 = session.document.feature("z2")
        session.document.history.push(ChangeSet("Rename", AGREED,
                                                (Delta(z2, z2.with_attributes(name="Two")),)))
        job.run()
        with pytest.raises(TeamError, match="edited while it was syncing"):
            job.finish()
        assert session.document.feature("z2").name == "Two"
        report = sync(session)  # the push of "One" is recognised as already there
        assert report.sent == 1 and not report.conflicts
    server = talks.server_content().agreed
    assert (server.get("z1").name, server.get("z2").name) == ("One", "Two")


def test_a_proposal_name_taken_by_another_delegations_draft_is_refused_with_a_hint(talks):
    from zoneeditor.io.team.errors import NotAllowed

    dana, sami = talks.clone("dana"), talks.clone("sami")
    for path in (dana, sami):
        with Session.open(path) as session:
            session.document.history.push(ChangeSet("New", "Plan", structure=Structure.CREATE))
            session.save()
    do_sync(dana)
    with pytest.raises(NotAllowed, match="another delegation already has a draft called 'Plan'"):
        do_sync(sami)
    assert "Plan" in read_project(sami).versions  # nothing lost here


def test_send_mine_on_one_stretch_keeps_the_others_stretch_elsewhere(talks):
    """Both moved vertex 5; only cora moved vertex 15, only carl vertex 25. Carl sends his
    vertex 5: cora's vertex 15 stays on the server and in both copies, and one decision
    is enough. (A tester found the second "mine" reverting cora's untouched stretch, and the
    first one sending nothing.)"""
    cora, carl = talks.clone("cora"), talks.clone("carl")
    z1 = read_project(cora).agreed.get("z1")
    edit(cora, (AGREED, "z1", moved(moved(z1, 5, 0.02, 0.0), 15, 0.0, 0.02)))
    edit(carl, (AGREED, "z1", moved(moved(z1, 5, -0.02, 0.0), 25, 0.0, -0.02)))
    assert do_sync(cora).sent == 1
    first = do_sync(carl)
    assert [c.feature_id for c in first.conflicts] == ["z1"]
    with Session.open(carl) as session:
        assert decide(session, "ours", ["z1"]) == 1
    decided = do_sync(carl)
    assert not decided.conflicts and decided.sent == 1
    wanted = moved(moved(moved(z1, 5, -0.02, 0.0), 15, 0.0, 0.02), 25, 0.0, -0.02)
    assert same(talks.server_content().agreed.get("z1"), wanted)
    assert not do_sync(cora).conflicts
    assert same(content(cora)["z1"], wanted) and same(content(carl)["z1"], wanted)


NO_Z1 = """
CREATE POLICY no_z1 ON zoneeditor.changes AS RESTRICTIVE FOR INSERT
  WITH CHECK (NOT EXISTS (
    SELECT 1 FROM jsonb_array_elements(coalesce(change -> 'deltas', '[]')) AS d
     WHERE d ->> 'id' = 'z1'))
"""


def test_a_conflict_whose_push_was_refused_remembers_the_server_as_it_stayed(talks):
    """A reviewer's case: the conflict remembered the server as after the push, and the
    server refused that push: 'mine' would again look outdated. It remembers what the
    server kept, and one decision sends once the server allows it."""
    cora, carl = talks.clone("cora"), talks.clone("carl")
    z1 = read_project(cora).agreed.get("z1")
    edit(cora, (AGREED, "z1", moved(z1, 5, 0.02, 0.0)))
    assert do_sync(cora).sent == 1
    talks.db.sql(NO_Z1)
    carl_z1 = moved(moved(z1, 5, -0.02, 0.0), 25, 0.0, -0.02)
    edit(carl, (AGREED, "z1", carl_z1))
    report = do_sync(carl)
    assert {c.kind for c in report.conflicts} >= {"geometry"}
    server = talks.server_content().agreed.get("z1")
    for c in read_state(carl).conflicts:
        assert dict(c.theirs_states)["z1"] == server, c.kind
    talks.db.sql("DROP POLICY no_z1 ON zoneeditor.changes")
    with Session.open(carl) as session:
        decide(session, "ours", ["z1"])
    again = do_sync(carl)
    assert not [c for c in again.conflicts if c.kind == "geometry"] and again.sent == 1
    assert same(talks.server_content().agreed.get("z1"), carl_z1)


def test_the_role_is_recorded_at_the_clone_and_at_each_sync(talks):
    """The window mirrors the role (an observer's tools are off): the working copy keeps
    it as the server said, and a copy that has none learns it at its next sync."""
    from zoneeditor.io.team.local_state import state_writer

    assert read_state(talks.clone("olga")).role == "observer"
    dana = talks.clone("dana")
    state = read_state(dana)
    assert (state.role, state.delegation) == ("delegate", "North")
    with Session.open(dana) as session:  # as an older zoneeditor cloned it
        session.save(extra=[state_writer(state.with_(role="", delegation=""))])
    assert read_state(dana).role == ""
    do_sync(dana)  # nothing to exchange, but the role is news
    assert (read_state(dana).role, read_state(dana).delegation) == ("delegate", "North")
