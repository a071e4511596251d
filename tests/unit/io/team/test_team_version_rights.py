"""Which versions a user may change, as the server decides it, kept in the working copy.

A delegate kept every editing tool on the baseline and on other delegations' proposals and
learnt only at the sync, after an hour offline, that the server refuses them. The working
copy now records what ``zoneeditor.my_versions`` reports (the policies' own functions) at
the clone, each sync and each check; here each answer is also tried against the server's
row-level security itself, so the report cannot drift from what the server does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import psycopg
import pytest
from psycopg.types.json import Jsonb
from support.pg import plans_of_each

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.model import AGREED
from zoneeditor.io.session import Session
from zoneeditor.io.team import admin
from zoneeditor.io.team.local_state import read_state
from zoneeditor.io.team.rights import OBSERVER
from zoneeditor.io.team.server import TeamServer
from zoneeditor.io.team.sync import remember_rights, status, sync
from zoneeditor.io.team.wire import changeset_to_json

COORDINATORS = "Plan C"
NORTH, SOUTH = "North plan", "South plan"


@pytest.fixture
def talks(team_project):
    """The baseline and the coordinators' Plan C; North's own draft; South's tabled."""
    return plans_of_each(team_project, north=NORTH)


def server_takes(team, who: str, version: str) -> bool:
    """Does the server take a change of ``version`` from ``who``? (Tried, then undone.)"""
    with TeamServer.connect(team.url(who)) as server:
        feature = server.fetch(team.name)[0].versions[version].get("z1")
    cs = ChangeSet("Try", version, (Delta(feature, feature.with_attributes(notes="x")),))
    with psycopg.connect(team.url(who)) as con:
        try:
            with con.transaction(force_rollback=True):
                con.execute("INSERT INTO zoneeditor.changes (project, version, changeset_id,"
                            " label, change) VALUES (%s, %s, %s, %s, %s)",
                            (team.name, version, str(uuid.uuid4()), "Try",
                             Jsonb(changeset_to_json(cs))))
        except psycopg.errors.InsufficientPrivilege:
            return False
    return True


def test_each_role_learns_at_the_clone_which_versions_it_may_change(talks):
    dana, cora, olga = (read_state(talks.clone(who)).rights
                        for who in ("dana", "cora", "olga"))
    # a delegate: the baseline and Plan C are the coordinators', South's tabled plan South's
    assert dana.role == "delegate" and dana.delegation == "North" and dana.may_propose
    assert dana.refusal(NORTH) is None
    assert dana.refusal(AGREED) == ("the agreed baseline is the coordinators' to change: you "
                                    "cannot change it, but you can copy it into a proposal "
                                    "of your own")
    assert "version 'Plan C' is the coordinators'" in dana.refusal(COORDINATORS)
    assert dana.refusal(SOUTH) == ("version 'South plan' belongs to the delegation South: you "
                                   "cannot change it, but you can copy it into a proposal of "
                                   "your own")
    assert dana.refusal("Not synced yet") is None  # made here: it will be hers
    assert dana.table_refusal(NORTH) is None
    assert dana.table_refusal(SOUTH) is not None and dana.table_refusal(AGREED) is not None
    # a coordinator: every coordinators' version, not a delegation's (nor North's draft,
    # which the server does not even show them)
    assert cora.refusal(AGREED) is None and cora.refusal(COORDINATORS) is None
    assert NORTH not in cora.versions
    assert "belongs to the delegation South" in cora.refusal(SOUTH)
    # tabling is the delegations' own (the server grants it to no coordinator)
    assert all(cora.table_refusal(v) for v in (AGREED, COORDINATORS, SOUTH))
    # an observer: nothing, not even a new proposal
    assert not olga.may_propose
    assert {olga.refusal(v) for v in (AGREED, COORDINATORS, SOUTH, "New")} == {OBSERVER}
    # and every answer is what the server's row-level security does
    for who, rights in (("dana", dana), ("cora", cora), ("olga", olga)):
        for name, right in rights.versions.items():
            assert right.may_change == server_takes(talks, who, name), (who, name)


def test_the_rights_hold_offline_and_follow_each_sync(talks):
    path = talks.clone("dave")  # North too, like dana
    assert read_state(path).rights.refusal(NORTH) is None
    with TeamServer.connect(talks.db.admin_url) as server:
        admin.add_member(server, talks.db.user("dave"), "delegate", "South")
    # offline, the copy keeps what it was told (the server will refuse, and say so)
    assert read_state(path).rights.refusal(SOUTH) is not None
    with Session.open(path) as session:
        sync(session)
    rights = read_state(path).rights
    assert rights.delegation == "South"
    assert rights.refusal(SOUTH) is None
    assert NORTH not in rights.versions  # North's untabled draft is not South's to read


def test_a_role_change_is_learnt_at_the_next_check(talks):
    path = talks.clone("dave")
    with TeamServer.connect(talks.db.admin_url) as server:
        admin.add_member(server, talks.db.user("dave"), "observer", None)
    state = read_state(path)
    with Session.open(path) as session:
        figures = status(session.document.project, state)
        assert figures.rights.role == "observer"
        assert figures.rights.refusal(NORTH) == OBSERVER
        assert remember_rights(session, figures.rights)  # nothing unsaved: written
        assert not remember_rights(session, figures.rights)  # and only once
    state = read_state(path)
    assert state.role == "observer" and state.rights.refusal(AGREED) == OBSERVER


def test_an_edit_the_server_would_refuse_is_not_written_by_the_command_line(talks, tmp_path):
    path = talks.clone("dana")
    data = tmp_path / "more.geojson"
    data.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"name": "Afrin"},
        "geometry": {"type": "Polygon", "coordinates": [[[36.6, 35], [36.8, 35], [36.8, 35.2],
                                                         [36.6, 35.2], [36.6, 35]]]}}]}))
    before = path.read_bytes()

    def ze(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                              text=True, env=os.environ.copy(), timeout=120, check=False)

    r = ze("import", str(data), "--into", str(path), "--as", "agreed")
    assert r.returncode == 2
    assert ("the agreed baseline is the coordinators' to change: you cannot change it, but "
            "you can copy it into a proposal of your own") in r.stderr
    r = ze("import", str(data), "--into", str(path), "--as", f"proposal:{SOUTH}")
    assert r.returncode == 2 and "belongs to the delegation South" in r.stderr
    assert path.read_bytes() == before
    r = ze("import", str(data), "--into", str(path), "--as", f"proposal:{NORTH}")
    assert r.returncode == 0, r.stderr
    # an observer makes no proposal either: neither by importing nor by merging
    olga = talks.clone("olga")
    before = olga.read_bytes()
    r = ze("import", str(data), "--into", str(olga), "--as", "proposal:Olga idea")
    assert r.returncode == 2 and str(OBSERVER) in r.stderr, r.stderr
    r = ze("merge", str(olga), str(path))
    assert r.returncode == 2 and str(OBSERVER) in r.stderr, r.stderr
    assert olga.read_bytes() == before


def test_a_server_not_upgraded_yet_leaves_the_judgement_to_itself(talks):
    # a server whose 'team init' was not run again since schema version 4
    talks.db.cluster.sql("DROP FUNCTION zoneeditor.may_propose(text);"
                         " DROP FUNCTION zoneeditor.my_versions(text)", database=talks.db.name)
    path = talks.clone("dana")
    state = read_state(path)
    assert state.rights is None and state.role == "delegate"  # nothing read-only here
    with Session.open(path) as session:
        assert status(session.document.project, state).rights is None
        sync(session)  # and syncing works as before
    # 'team init' brings it up to date, and the next sync learns the rights
    with TeamServer.connect(talks.db.admin_url) as server:
        admin.init(server)
    with Session.open(path) as session:
        sync(session)
    assert read_state(path).rights.refusal(AGREED) is not None
