"""A removal, rename or new version that stays in the working copy can be discarded
(real server, tests/support/pg.py).

A tester, as an observer, deleted "Proposal B": sync said it stays here, and then nothing
could bring it back — ``--resolve theirs`` decided "0 conflicts", the Conflicts panel had no
row, and the local copy of the shared proposal was gone for good. Now each such change is
a record like a refused feature change: discarding it puts the server's version back (or
drops the new one) as an ordinary, undoable edit.
"""

from __future__ import annotations

import pytest
from conftest import project_with, zone
from shapely import box

from zoneeditor.core import versions
from zoneeditor.core.changes import ChangeSet, Structure
from zoneeditor.core.model import AGREED
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import Session
from zoneeditor.io.team.local_state import read_state
from zoneeditor.io.team.refusals import discard_changeset, is_discarded
from zoneeditor.io.team.sync import decide, sync

B = "Proposal B"
#: A site's own rule the client does not know: no version is ever removed.
NO_REMOVALS = """
CREATE POLICY no_removals ON zoneeditor.changes AS RESTRICTIVE FOR INSERT
  WITH CHECK (coalesce(change ->> 'structure', '') <> 'drop')
"""


@pytest.fixture
def talks(team_project):
    """The baseline and a coordinators' proposal, "Proposal B" (everyone reads it)."""
    project = project_with(
        agreed=[zone("z1", box(36.0, 35.0, 36.2, 35.2), name="Idlib", party="A")],
        proposals={B: [zone("b1", box(36.0, 35.0, 36.3, 35.2), name="Idlib", party="A"),
                       zone("b2", box(37.0, 35.0, 37.2, 35.2), name="East", party="B")]})
    project.versions[B].description = "the mediator's line"
    return team_project.publish(project)


def change(path, make) -> None:
    """One core edit of the working copy (``make(project) -> ChangeSet``), saved."""
    with Session.open(path) as session:
        session.document.history.push(make(session.document.project))
        session.save()


def do_sync(path):
    with Session.open(path) as session:
        return sync(session)


def test_a_removal_the_role_may_not_make_is_listed_and_discarded_in_one_undoable_step(talks):
    olga = talks.clone("olga")  # an observer
    server_b = talks.server_content().versions[B]
    change(olga, lambda p: versions.delete(p, B))
    report = do_sync(olga)
    assert report.kept_local == ()  # not a sentence only: a record that can be discarded
    [kept] = report.conflicts
    assert kept.kind == "refused" and kept.structure == "drop" and kept.version == B
    assert kept.refused_by == "role"  # the client's role rule stopped it: never sent
    assert str(kept.description) == ("the removal of version 'Proposal B' stays here: your "
                                      "role may not remove it on the server")
    assert read_state(olga).conflicts == (kept,)  # kept for the Conflicts panel
    with Session.open(olga) as session:
        doc = session.document
        assert not is_discarded(kept, doc.project)
        cs = discard_changeset(kept, doc.project)
        assert cs is not None and cs.structure == Structure.CREATE
        doc.history.push(cs)  # through Document.apply: journaled, one undo step
        back = doc.project.versions[B]
        assert back.features == server_b.features
        assert back.description == "the mediator's line"
        assert is_discarded(kept, doc.project) and discard_changeset(kept, doc.project) is None
        doc.history.undo()  # the removal comes back
        assert B not in doc.project.versions and not is_discarded(kept, doc.project)
        doc.history.redo()
        session.save()
    again = do_sync(olga)
    assert again.conflicts == () and again.sent == 0
    assert read_project(olga).versions[B].features == server_b.features
    assert B in talks.server_content().versions


def test_resolve_theirs_brings_a_removed_and_a_renamed_version_back(talks):
    """``zoneeditor sync --resolve theirs``: decided in the file, carried out by the sync."""
    olga = talks.clone("olga")
    server_b = talks.server_content().versions[B]
    change(olga, lambda p: versions.rename(p, B, "Proposal C"))
    report = do_sync(olga)
    assert sorted((c.structure, c.version) for c in report.conflicts) == [
        ("create", "Proposal C"), ("drop", B)]
    with Session.open(olga) as session:
        assert decide(session, "theirs") == 2
    report = do_sync(olga)
    assert report.conflicts == () and report.kept_local == ()
    here = read_project(olga)
    assert "Proposal C" not in here.versions
    assert here.versions[B].features == server_b.features
    assert here.versions[B].description == "the mediator's line"
    assert do_sync(olga).received == 0 and read_state(olga).conflicts == ()


def test_a_new_version_the_role_may_not_add_is_dropped_when_discarded(talks):
    olga = talks.clone("olga")
    change(olga, lambda p: ChangeSet("New", "Olga idea", structure=Structure.CREATE))
    [kept] = do_sync(olga).conflicts
    assert kept.structure == "create" and "'Olga idea' stays here" in kept.description
    with Session.open(olga) as session:  # the window's way: an undoable edit at once
        doc = session.document
        doc.history.push(discard_changeset(kept, doc.project))
        assert "Olga idea" not in doc.project.versions and is_discarded(kept, doc.project)
        doc.history.undo()
        assert "Olga idea" in doc.project.versions
        # keep mine (the panel names the record by its key), then the command line's way
        assert decide(session, "ours", keys=[kept.key]) == 1
    [again] = do_sync(olga).conflicts
    assert again.structure == "create" and not again.resolution
    with Session.open(olga) as session:
        assert decide(session, "theirs") == 1
    assert do_sync(olga).conflicts == ()
    assert "Olga idea" not in read_project(olga).versions


def test_a_removal_the_server_refuses_comes_back_when_discarded(talks):
    """A rule of the server the laptop did not know: the push is refused, not planned out."""
    cora = talks.clone("cora")  # a coordinator: may remove the proposal, says the client
    talks.db.sql(NO_REMOVALS)
    change(cora, lambda p: versions.delete(p, B))
    [kept] = do_sync(cora).conflicts
    assert kept.kind == "refused" and kept.structure == "drop" and kept.refused_by == "server"
    assert kept.description.template == "the removal of %1 stays here: the server refused it (%2)"
    assert [c.structure for c in do_sync(cora).conflicts] == ["drop"]  # tried again
    with Session.open(cora) as session:
        assert decide(session, "theirs") == 1
    assert do_sync(cora).conflicts == ()
    here = read_project(cora).versions[B]
    assert here.features == talks.server_content().versions[B].features
    assert AGREED in read_project(cora).versions
