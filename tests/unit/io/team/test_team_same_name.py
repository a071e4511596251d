"""A local version the server never took is not merged into another's version of the same
name (real server, tests/support/pg.py).

A tester, delegate of South, imported a file as "North proposal" and synced: the server
refused it (North had an untabled draft of that name, which South cannot see). North then
tabled hers, and the next sync mixed it into his feature by feature: his content plus one of
North's points, nine conflicts ("Ours and theirs both added Idlib (same id) …", "North of
Homs was changed here, but your role may not change version 'North proposal' …"), and not a
word saying that the server's "North proposal" was another delegation's. Now his is kept
apart under a new name he is told, North's arrives under its own, and nothing is lost.
"""

from __future__ import annotations

import pytest
from conftest import point, project_with, zone
from shapely import box

from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.model import Project, ProjectMeta, Version
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import Session
from zoneeditor.io.team.errors import NotAllowed
from zoneeditor.io.team.local_state import read_state
from zoneeditor.io.team.sync import decide, sync
from zoneeditor.io.team.workcopy import table

NP = "North proposal"
#: What the server's refusal of the first sync says (docs/team.md): rename yours.
RENAME_YOURS = "another delegation already has a draft called 'North proposal'"


def north_file() -> list:
    """North's import: Idlib and North of Homs, and a point only North has."""
    return [zone("idlib", box(36.5, 35.8, 36.7, 36.0), name="Idlib", party="A"),
            zone("homs-n", box(36.5, 35.6, 36.7, 35.8), name="North of Homs", party="A"),
            point("post", "POINT (36.95 35.9)", name="North post", party="A")]


def south_file() -> list:
    """South's import of the same places (same ids, other content) and one of its own."""
    return [zone("idlib", box(36.5, 35.8, 36.7, 36.0), name="Idlib", party="B",
                 notes="South's view"),
            zone("homs-n", box(36.5, 35.6, 36.7, 35.8), name="North of Homs", party="B"),
            zone("saraqib", box(36.7, 35.8, 36.9, 36.0), name="Saraqib", party="B")]


def create(path, name: str, features, extra=None) -> None:
    """A new version ``name`` in the working copy (as ``zoneeditor import --as proposal:``)."""
    with Session.open(path) as session:
        session.document.history.push(ChangeSet(
            "Import", name, tuple(Delta(None, f) for f in features),
            structure=Structure.CREATE))
        if extra is not None:
            session.document.history.push(extra)
        session.save()


def do_sync(path):
    with Session.open(path) as session:
        return sync(session)


@pytest.fixture
def talks(team_project):
    return team_project.publish(project_with(agreed=[
        zone("z1", box(36.0, 35.0, 36.2, 35.2), name="Base", party="A")]))


def features(path, name):
    return read_project(path).versions[name].features


def test_a_refused_proposal_stays_apart_from_another_delegations_of_its_name(talks):
    dana, sami = talks.clone("dana"), talks.clone("sami")
    create(dana, NP, north_file())
    assert do_sync(dana).sent == 1  # North's untabled draft
    create(sami, NP, south_file())
    with pytest.raises(NotAllowed, match=RENAME_YOURS):
        do_sync(sami)
    table(dana, NP)

    with Session.open(sami) as session:
        report = sync(session)
        # one undoable step in the history (journaled like any edit): undo gives his back
        history = session.document.history
        assert history.undo_label == ("Keep your 'North proposal' apart from the team "
                                      "server's, as 'North proposal (2)'")
        history.undo()
        project = session.document.project
        assert project.versions[NP].features == {f.id: f for f in south_file()}
        assert "North proposal (2)" not in project.versions
        history.redo()
    assert report.conflicts == () and report.kept_local == ()
    assert [str(n) for n in report.notes] == [
        "'North proposal' on the team server is another delegation's proposal that shares "
        "the name of yours: yours is kept here as 'North proposal (2)' and the server's "
        "arrives as 'North proposal'"]
    assert str(report.notes[0]) in report.lines()  # the command line prints it
    north = {f.id: f for f in north_file()}
    assert features(sami, NP) == north  # North's, whole and alone
    assert features(sami, "North proposal (2)") == {f.id: f for f in south_file()}
    assert talks.server_content("dana").versions[NP].features == north  # nothing of South's
    # his goes on as an ordinary new proposal: South's draft, which North does not see
    assert talks.server_content("sami").versions["North proposal (2)"].features == {
        f.id: f for f in south_file()}
    assert "North proposal (2)" not in talks.server_content("dana").versions
    assert do_sync(sami).notes == ()  # said once; the copy and the server now agree
    assert read_state(sami).conflicts == ()


def test_a_discarded_refused_creation_takes_the_servers_version_of_that_name(talks):
    dana, sami = talks.clone("dana"), talks.clone("sami")
    create(dana, NP, north_file())
    do_sync(dana)
    # something else goes with it, so the refusal is a record that can be discarded
    create(sami, NP, south_file(), extra=ChangeSet(
        "New", "South plan", (Delta(None, zone("s1", box(38, 35, 38.2, 35.2), name="S")),),
        structure=Structure.CREATE))
    [refused] = do_sync(sami).conflicts
    assert refused.structure == "create" and refused.version == NP
    with Session.open(sami) as session:
        assert decide(session, "theirs") == 1  # discard mine
    table(dana, NP)
    report = do_sync(sami)
    assert report.conflicts == () and report.notes == ()
    here = read_project(sami)
    assert here.versions[NP].features == talks.server_content("dana").versions[NP].features
    assert "North proposal (2)" not in here.versions


def test_an_observers_new_version_stays_here_apart_from_the_coordinators_of_that_name(talks):
    olga, cora = talks.clone("olga"), talks.clone("cora")
    create(olga, "Plan", [zone("o1", box(39, 35, 39.2, 35.2), name="Olga's")])
    [kept] = do_sync(olga).conflicts
    assert kept.structure == "create" and kept.version == "Plan"
    create(cora, "Plan", [zone("c1", box(40, 35, 40.2, 35.2), name="Cora's")])
    assert do_sync(cora).sent == 1
    report = do_sync(olga)
    assert [str(n) for n in report.notes] == [
        "'Plan' on the team server is the coordinators' proposal that shares the name of "
        "yours: yours is kept here as 'Plan (2)' and the server's arrives as 'Plan'"]
    [kept] = report.conflicts  # still hers only, and listed as such
    assert kept.structure == "create" and kept.version == "Plan (2)"
    assert set(features(olga, "Plan")) == {"c1"}
    assert set(features(olga, "Plan (2)")) == {"o1"}


def test_one_delegations_two_new_versions_of_a_name_are_still_merged(talks):
    """Both may write it: the same proposal made twice offline, merged as before."""
    dana, dave = talks.clone("dana"), talks.clone("dave")
    create(dana, NP, north_file()[:1])
    create(dave, NP, north_file()[1:])
    do_sync(dana)
    report = do_sync(dave)
    assert report.notes == () and report.conflicts == ()
    assert set(features(dave, NP)) == {"idlib", "homs-n", "post"}
    assert "North proposal (2)" not in read_project(dave).versions


def test_free_name_avoids_every_name_in_any_case():
    from zoneeditor.io.team.plan import free_name

    a = Project.from_versions(ProjectMeta(), [Version("Plan"), Version("plan (2)")])
    b = Project.from_versions(ProjectMeta(), [Version("Plan (3)")])
    assert free_name("Plan", a, b) == "Plan (4)"
    long = "x" * 80
    assert free_name(long, a) == "x" * 76 + " (2)"
