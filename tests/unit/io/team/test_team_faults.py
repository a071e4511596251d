"""Faults during a sync, with a real server: dropped connection, restart, killed client.

Afterwards nothing is half-applied, nothing acknowledged is lost, and another sync converges.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import psycopg
from conftest import project_with, zone

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.model import AGREED
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import Session
from zoneeditor.io.team import admin
from zoneeditor.io.team.errors import ServerUnreachable
from zoneeditor.io.team.loadtest import load_project, run_load
from zoneeditor.io.team.outbox import Outbox
from zoneeditor.io.team.server import TeamServer
from zoneeditor.io.team.sync import sync

SQUARES = [f"POLYGON (({36 + i} 35, {36.5 + i} 35, {36.5 + i} 35.5, {36 + i} 35.5, {36 + i} 35))"
           for i in range(3)]


def publish(team_project):
    return team_project.publish(project_with(agreed=[
        zone(f"z{i}", wkt, name=f"Zone {i}") for i, wkt in enumerate(SQUARES)]))


def rename(path, fid: str, name: str) -> None:
    with Session.open(path) as session:
        old = session.document.feature(fid, AGREED)
        session.document.history.push(ChangeSet("Rename", AGREED,
                                                (Delta(old, old.with_attributes(name=name)),)))
        session.save()


def do_sync(path):
    with Session.open(path) as session:
        return sync(session)


def names(team) -> dict[str, str]:
    return {f.id: f.name for f in team.server_content().agreed}


def log_size(team) -> int:
    return team.db.sql("SELECT count(*) FROM zoneeditor.changes")[0][0]


class PushLock:
    """Holds the project's push lock, so a sync waits inside its push transaction."""

    def __init__(self, team) -> None:
        self.team = team
        self.con = psycopg.connect(team.db.admin_url, autocommit=True)
        self.con.execute("SELECT pg_advisory_lock(hashtextextended('zoneeditor:talks', 0))")

    def waiting_pids(self) -> list[int]:
        rows = self.team.db.cluster.sql("SELECT pid FROM pg_stat_activity"
                                        " WHERE wait_event = 'advisory'")
        return [r[0] for r in rows]

    def wait_for_waiter(self, timeout: float = 60) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pids = self.waiting_pids()
            if pids:
                return pids[0]
            time.sleep(0.02)
        raise AssertionError("no sync reached the push")

    def release(self) -> None:
        self.con.close()


def run_in_thread(fn):
    out: dict = {}

    def body():
        try:
            out["result"] = fn()
        except BaseException as exc:
            out["error"] = exc

    t = threading.Thread(target=body, daemon=True)
    t.start()
    return t, out


def test_connection_dropped_mid_push_the_sync_reconnects_and_sends_once(team_project):
    team = publish(team_project)
    cora = team.clone("cora")
    rename(cora, "z0", "Sent once")
    lock = PushLock(team)
    thread, out = run_in_thread(lambda: do_sync(cora))
    pid = lock.wait_for_waiter()
    team.db.cluster.sql(f"SELECT pg_terminate_backend({pid})")
    lock.release()
    thread.join(60)
    assert "error" not in out, out.get("error")
    report = out["result"]
    assert report.sent == 1 and report.attempts >= 2
    assert names(team)["z0"] == "Sent once"
    assert log_size(team) == 2  # the publish and this one change set: applied exactly once
    assert not Outbox(cora).path.exists()
    assert do_sync(cora).sent == 0


def test_server_restarted_mid_sync_then_a_second_sync_converges(team_project):
    team = publish(team_project)
    cora, carl = team.clone("cora"), team.clone("carl")
    rename(cora, "z1", "Cora")
    rename(carl, "z2", "Carl")
    lock = PushLock(team)
    thread, out = run_in_thread(lambda: do_sync(cora))
    lock.wait_for_waiter()
    before = log_size(team)
    team.db.cluster.stop()  # every connection is cut, the lock with them
    thread.join(60)
    team.db.cluster.start()
    # Cut off mid-push: either the sync gave up (offline) or it reconnected and finished.
    assert "result" in out or isinstance(out.get("error"), ServerUnreachable), out
    assert log_size(team) in (before, before + 1)
    if "error" in out:
        assert log_size(team) == before and names(team)["z1"] == "Zone 1"
    do_sync(cora)
    do_sync(carl)
    do_sync(cora)
    assert names(team) == {"z0": "Zone 0", "z1": "Cora", "z2": "Carl"}
    for path in (cora, carl):
        assert {f.id: f.name for f in read_project(path).agreed} == names(team)


CHILD = textwrap.dedent("""
    import os, signal, sys
    from zoneeditor.io.session import Session
    from zoneeditor.io.team.local_state import require_state
    from zoneeditor.io.team.outbox import Outbox
    from zoneeditor.io.team.sync import exchange
    path = sys.argv[1]
    session = Session.open(path)
    state = require_state(session.path)
    exchange(state, session.document.project.copy(), Outbox(session.path))
    # The push committed; the client dies before it saves what it learned.
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_client_killed_after_its_push_committed_recognises_its_own_changes(team_project):
    team = publish(team_project)
    cora, carl = team.clone("cora"), team.clone("carl")
    rename(cora, "z0", "Cora's")
    child = subprocess.run([sys.executable, "-c", CHILD, str(cora)], env=os.environ.copy(),
                           capture_output=True, text=True, timeout=120, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert names(team)["z0"] == "Cora's"
    assert Outbox(cora).ids()  # it knew what it was sending
    # Meanwhile someone else renames the same zone again.
    do_sync(carl)
    rename(carl, "z0", "Carl's, later")
    do_sync(carl)
    # Cora's next sync (recovering the journal the dead process left) sees her own change in
    # the log: no conflict with herself, and Carl's later name arrives.
    with Session.open(cora, pending="recover", take_over=True) as session:
        report = sync(session)
    assert report.conflicts == () and report.sent == 0
    assert read_project(cora).agreed.get("z0").name == "Carl's, later"
    assert not Outbox(cora).path.exists()


def test_client_killed_while_waiting_in_its_push_leaves_nothing_half_done(team_project):
    team = publish(team_project)
    cora = team.clone("cora")
    rename(cora, "z0", "A")
    rename(cora, "z1", "B")
    lock = PushLock(team)
    before = log_size(team)
    child = subprocess.Popen([sys.executable, "-m", "zoneeditor", "sync", str(cora)],
                             env=os.environ.copy(), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    try:
        lock.wait_for_waiter()
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    finally:
        lock.release()
    time.sleep(0.3)  # the server notices the dead client and rolls its transaction back
    assert log_size(team) == before
    assert names(team) == {"z0": "Zone 0", "z1": "Zone 1", "z2": "Zone 2"}
    again = subprocess.run([sys.executable, "-m", "zoneeditor", "sync", str(cora)],
                           env=os.environ.copy(), capture_output=True, text=True,
                           timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    assert names(team) == {"z0": "A", "z1": "B", "z2": "Zone 2"}


def test_small_load_every_client_converges_and_no_edit_is_lost(team_project):
    team = team_project.publish(load_project())
    users = ["cora", "carl", "cleo", "cyd"]
    with TeamServer.connect(team.db.admin_url) as server:
        for extra in users[2:]:
            admin.add_member(server, team.db.user(extra), "coordinator", None)
    result = run_load([team.url(u) for u in users], [team.db.user(u) for u in users],
                      team.folder / "load", team.name, edits=12, sync_chance=0.3, seed=3)
    assert result.problems == []
    assert len(result.sync_times) >= len(users)
