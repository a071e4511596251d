"""Kill real editing processes with SIGKILL and prove no acknowledged edit is lost.

A short series of the trials bench/crash.py runs by the hundred (see zoneeditor/io/crashtest.py
for what a trial is). Files are checked with independent readers: the sqlite3 and ogrinfo
command-line tools.
"""

from __future__ import annotations

import random
import shutil
import subprocess

import pytest

from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.io import crashtest, recovery
from zoneeditor.io.session import Session, sample_path

pytestmark = pytest.mark.slow


def sqlite_integrity(path) -> str:
    if shutil.which("sqlite3") is None:
        return crashtest.integrity(path)
    out = subprocess.run(["sqlite3", str(path), "PRAGMA integrity_check;"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


@pytest.mark.parametrize("batch", range(4))
def test_killed_editor_loses_no_acknowledged_edit(tmp_path, batch):
    rng = random.Random(1000 + batch)
    results = []
    for i in range(5):
        r = crashtest.edit_trial(tmp_path / f"t{i}", rng.getrandbits(32), sample_path(),
                                 min_acks=5)
        results.append(r)
        assert r.acknowledged >= 5, r  # the kill came after real edits, not at start-up
        assert r.problem == "", r
        assert r.lost == 0 and r.integrity_ok, r
        assert r.recovered_step in (r.acknowledged, r.acknowledged + 1), r
        assert sqlite_integrity(tmp_path / f"t{i}" / "project.gpkg") == "ok"


def test_recovered_project_saves_and_reads_with_ogrinfo(tmp_path, monkeypatch):
    """After a kill: recover, undo one step, save; GDAL reads the result."""
    r = crashtest.edit_trial(tmp_path / "w", 41, sample_path(), max_delay=0.4, min_acks=6)
    assert r.acknowledged >= 6 and r.problem == "" and r.lost == 0, r
    # edit_trial recovered and closed; kill again, this time recover by hand as the app does.
    project = tmp_path / "w" / "project.gpkg"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "w" / "state"))
    proc = crashtest._spawn(["child-edits", str(project), "7", "40"],
                            {**__import__("os").environ})
    crashtest._wait_ready(proc)
    out = proc.stdout.readline()
    while out and out.strip() != "DONE":
        out = proc.stdout.readline()
    crashtest._kill(proc)
    candidates, damaged = recovery.scan()
    assert damaged == [] and len(candidates) == 1
    c = candidates[0]
    assert c.edits > 0 and c.project_path == project.resolve()
    s = Session.recover(c)
    assert s.document.history.can_undo
    s.document.history.undo()
    s.save()
    saved = fingerprint(s.document.project.agreed)
    s.close()
    assert sqlite_integrity(project) == "ok"
    if shutil.which("ogrinfo"):
        info = subprocess.run(["ogrinfo", "-ro", "-so", str(project)], capture_output=True,
                              text=True, check=True).stdout
        assert "zones__agreed" in info
    from zoneeditor.io.project_file import read_project

    assert fingerprint(read_project(project).agreed) == saved
    assert recovery.scan() == ([], [])


def test_killed_saves_leave_old_or_new_file(tmp_path):
    prints = {fingerprint(crashtest.big_project(i).agreed): i for i in (1, 2)}
    rng = random.Random(5)
    total = 0
    for i in range(3):
        r = crashtest.save_trial(tmp_path / f"s{i}", rng.getrandbits(32), prints, max_delay=1.5)
        total += r.saves
        assert r.readable and r.matches, r
        target = tmp_path / f"s{i}" / "big.gpkg"
        if target.exists():
            assert sqlite_integrity(target) == "ok"
    assert total >= 1  # at least one save completed, so later kills hit a replace of a file
