"""Pushing change sets: one transaction, exactly once, refused whole when stale or cut off."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest
from conftest import project_with, zone

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.io.team import admin
from zoneeditor.io.team.errors import ServerUnreachable, StaleBase
from zoneeditor.io.team.server import Outgoing, TeamServer

SQUARES = [f"POLYGON (({36 + i} 35, {36.5 + i} 35, {36.5 + i} 35.5, {36 + i} 35.5, {36 + i} 35))"
           for i in range(3)]


@pytest.fixture
def talks(team_db):
    """A published project with three zones and two coordinators."""
    with TeamServer.connect(team_db.admin_url) as server:
        admin.init(server)
        admin.add_member(server, team_db.user("cora"), "coordinator", None)
        admin.add_member(server, team_db.user("carl"), "coordinator", None)
    agreed = [zone(f"z{i}", wkt, name=f"Zone {i}") for i, wkt in enumerate(SQUARES)]
    with TeamServer.connect(team_db.url("cora")) as server:
        server.publish("talks", project_with(agreed=agreed))
    return team_db


def rename(server: TeamServer, fid: str, name: str) -> tuple[ChangeSet, int]:
    """A change set renaming one zone, against the server's current content; and its head."""
    pull = server.pull("talks", 0)
    feature = server.fetch("talks")[0].agreed.get(fid)
    return ChangeSet("Rename", "agreed", (Delta(feature, feature.with_attributes(name=name)),)
                     ), pull.head


def log(team_db) -> list[tuple]:
    return team_db.sql("SELECT revision, changeset_id::text, label FROM zoneeditor.changes"
                       " ORDER BY revision")


def names(team_db) -> dict[str, str]:
    return dict(team_db.sql("SELECT zid, name FROM zoneeditor.features"))


def test_a_retried_push_is_applied_exactly_once(talks):
    with TeamServer.connect(talks.url("cora")) as server:
        cs, head = rename(server, "z0", "First")
        out = Outgoing(cs)
        first = server.push("talks", [out], head)
        # The answer was lost; the client tries the very same push again.
        again = server.push("talks", [out], head)
        assert server.applied([out.id]) == {out.id: first[0]}
    assert again == first
    assert [r[1] for r in log(talks)].count(out.id) == 1
    assert names(talks)["z0"] == "First"


def test_a_push_after_someone_else_pushed_is_refused_whole(talks):
    with TeamServer.connect(talks.url("cora")) as cora, \
            TeamServer.connect(talks.url("carl")) as carl:
        mine, head = rename(cora, "z0", "Cora's")
        other, _ = rename(carl, "z1", "Carl's")
        carl.push("talks", [Outgoing(other)], head)
        before = log(talks)
        with pytest.raises(StaleBase):
            cora.push("talks", [Outgoing(mine)], head)
        assert log(talks) == before
        # Pulled again, the same edit goes through.
        mine, head = rename(cora, "z0", "Cora's")
        cora.push("talks", [Outgoing(mine)], head)
    assert names(talks) == {"z0": "Cora's", "z1": "Carl's", "z2": "Zone 2"}


def test_a_change_whose_old_feature_is_not_current_fails_the_whole_push(talks):
    with TeamServer.connect(talks.url("cora")) as server:
        good, head = rename(server, "z0", "Good")
        stale, _ = rename(server, "z1", "Stale")
        wrong = stale.deltas[0].old.with_attributes(name="not what the server has")
        stale = ChangeSet("Rename", "agreed", (Delta(wrong, stale.deltas[0].new),))
        before = log(talks)
        with pytest.raises(StaleBase):
            server.push("talks", [Outgoing(good), Outgoing(stale)], head)
    assert log(talks) == before
    assert names(talks)["z0"] == "Zone 0"  # the good one was not half-applied either


class BlockedPush:
    """A push that waits inside its transaction for the project's push lock, held here."""

    def __init__(self, team_db, cs: ChangeSet, head: int) -> None:
        self.team_db = team_db
        self.holder = psycopg.connect(team_db.admin_url, autocommit=True)
        self.holder.execute("SELECT pg_advisory_lock(hashtextextended('zoneeditor:talks', 0))")
        self.error: BaseException | None = None
        self.result: list[int] | None = None
        self.server = TeamServer.connect(team_db.url("cora"))
        self.out = Outgoing(cs)
        self.thread = threading.Thread(target=self._run, args=(head,), daemon=True)
        self.thread.start()
        self._wait_blocked()

    def _run(self, head: int) -> None:
        try:
            self.result = self.server.push("talks", [self.out], head)
        except BaseException as exc:
            self.error = exc

    def _wait_blocked(self) -> None:
        pid = self.server.backend_pid
        for _ in range(200):
            rows = self.team_db.cluster.sql(  # the superuser sees every session's wait
                f"SELECT wait_event FROM pg_stat_activity WHERE pid = {pid}")
            if rows and rows[0][0] == "advisory":
                return
            time.sleep(0.02)
        raise AssertionError("the push never reached the lock")

    def release(self) -> None:
        self.holder.close()  # closing the session releases its lock (if it still lives)
        self.thread.join(30)
        self.server.close()


def test_connection_terminated_mid_push_leaves_nothing_and_a_retry_goes_through(talks):
    with TeamServer.connect(talks.url("cora")) as server:
        cs, head = rename(server, "z2", "After the cut")
    before = log(talks)
    push = BlockedPush(talks, cs, head)
    talks.cluster.sql(f"SELECT pg_terminate_backend({push.server.backend_pid})")
    push.release()
    assert isinstance(push.error, ServerUnreachable), push.error
    assert log(talks) == before and names(talks)["z2"] == "Zone 2"
    with TeamServer.connect(talks.url("cora")) as server:
        assert server.applied([push.out.id]) == {}
        assert server.push("talks", [push.out], head)  # the same change set, once
    assert names(talks)["z2"] == "After the cut"


def test_server_restarted_mid_push_leaves_nothing_half_applied(talks, pg_cluster):
    with TeamServer.connect(talks.url("cora")) as server:
        a, head = rename(server, "z0", "A")
        b, _ = rename(server, "z1", "B")
    before = log(talks)
    push = BlockedPush(talks, a + ChangeSet("", "agreed", b.deltas), head)
    pg_cluster.restart()
    push.release()
    assert isinstance(push.error, ServerUnreachable), push.error
    assert log(talks) == before
    assert names(talks) == {"z0": "Zone 0", "z1": "Zone 1", "z2": "Zone 2"}
    with TeamServer.connect(talks.url("cora")) as server:
        server.push("talks", [push.out], head)
    assert names(talks) == {"z0": "A", "z1": "B", "z2": "Zone 2"}
