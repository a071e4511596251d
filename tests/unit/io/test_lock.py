"""One editor per file: the lock beside the project, stale locks, taking over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from dataclasses import asdict

import pytest

from zoneeditor.io.lock import LockedError, LockInfo, ProjectLock, lock_path_for, read_lock


def dead_pid() -> int:
    """The pid of a process that has finished (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def write_lock(project, **changes):
    info = {**asdict(LockInfo.mine()), **changes}
    lock_path_for(project).write_text(json.dumps(info))
    return info


@pytest.fixture
def project(tmp_path):
    p = tmp_path / "talks.gpkg"
    p.write_bytes(b"")
    return p


def test_acquire_writes_who_and_release_removes(project):
    lock = ProjectLock.acquire(project)
    info = read_lock(lock_path_for(project))
    assert info.pid == os.getpid()
    assert info.host == socket.gethostname()
    assert info.since and info.is_mine and not info.is_stale
    lock.release()
    assert not lock_path_for(project).exists()


def test_one_holder_even_within_a_process(project):
    # No process-wide table of held locks: a second acquire here is refused like any other
    # (a session that replaces another is handed its ProjectLock instead, io.session).
    a = ProjectLock.acquire(project)
    with pytest.raises(LockedError) as err:
        ProjectLock.acquire(project)
    assert err.value.mine and not err.value.stale
    with pytest.raises(LockedError):
        ProjectLock.acquire(project, take_over=True)  # never taken from a live holder
    assert read_lock(lock_path_for(project)).is_mine
    a.release()
    assert not lock_path_for(project).exists()


def test_a_lock_that_cannot_be_written_leaves_no_empty_file(project, monkeypatch):
    # A full disk: creating the file works, writing its content does not. An empty lock file
    # would later read as "locked by a program that cannot be identified".
    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("zoneeditor.io.lock.os.fsync", full)
    with pytest.raises(OSError):
        ProjectLock.acquire(project)
    assert not lock_path_for(project).exists()


def test_live_editor_blocks_and_cannot_be_taken_over(project):
    # pid 1 (init) is alive on every Linux host: another editor still running.
    write_lock(project, pid=1, start="", user="delegate")
    with pytest.raises(LockedError) as err:
        ProjectLock.acquire(project)
    assert err.value.owner.pid == 1 and not err.value.stale
    assert "delegate" in str(err.value) and "talks.gpkg" in str(err.value)
    with pytest.raises(LockedError):
        ProjectLock.acquire(project, take_over=True)
    assert read_lock(lock_path_for(project)).pid == 1  # untouched


def test_dead_editor_is_stale_and_taken_over_on_request(project):
    write_lock(project, pid=dead_pid(), start="")
    with pytest.raises(LockedError) as err:
        ProjectLock.acquire(project)
    assert err.value.stale
    assert "no longer running" in str(err.value)
    lock = ProjectLock.acquire(project, take_over=True)
    assert read_lock(lock_path_for(project)).pid == os.getpid()
    lock.release()


def test_reused_pid_is_recognised_by_start_time(project):
    # Our own pid, but "started" at another time: the editor died and the pid was reused.
    write_lock(project, pid=os.getpid(), start="1")
    with pytest.raises(LockedError) as err:
        ProjectLock.acquire(project)
    assert err.value.stale


def test_other_host_is_never_called_stale(project):
    write_lock(project, pid=dead_pid(), host="another-laptop")
    with pytest.raises(LockedError) as err:
        ProjectLock.acquire(project, take_over=True)
    assert not err.value.stale
    assert "another-laptop" in str(err.value)


def test_unreadable_lock_is_reported_and_can_be_replaced(project):
    lock_path_for(project).write_text("{not json")
    with pytest.raises(LockedError) as err:
        ProjectLock.acquire(project)
    assert err.value.owner is None
    ProjectLock.acquire(project, take_over=True).release()


def test_release_leaves_someone_elses_lock(project):
    lock = ProjectLock.acquire(project)
    write_lock(project, pid=1, start="")
    lock.release()
    assert read_lock(lock_path_for(project)).pid == 1


def test_two_processes_racing_get_exactly_one_lock(project):
    code = ("import sys; from zoneeditor.io.lock import ProjectLock, LockedError\n"
            "try:\n    ProjectLock.acquire(sys.argv[1]); print('got')\n"
            "except LockedError:\n    print('refused')\n")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(project)],
                              stdout=subprocess.PIPE, text=True) for _ in range(4)]
    results = sorted(p.communicate()[0].strip() for p in procs)
    assert results.count("got") == 1, results
