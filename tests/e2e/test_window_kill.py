"""Kill the real window, as a person would find it: zoneeditor under Xvfb, edited with the
README's keys through xdotool, SIGKILLed after an edit, 0–60 ms after Enter, mid-drag and
during Save; restarted, recovery accepted, every acknowledged (visible) edit checked on the
screen, Ctrl+Z checked to undo the last one; a SIGTERM (logout) per chain. How "visible" is
decided and why: zoneeditor/testing/crash/window.py. The long form: bench/window_kill.py.

Each test starts its own Xvfb (on the displays in ZONEEDITOR_TEST_DISPLAYS, e.g. ":12,:22",
else on free ones it picks).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from zoneeditor.io.journal import journal_path_for
from zoneeditor.io.lock import lock_path_for
from zoneeditor.io.session import sample_path
from zoneeditor.testing.crash import window

pytestmark = pytest.mark.slow


@pytest.mark.timeout(900)
@pytest.mark.skipif(bool(window.missing_tools()),
                    reason=f"needs {', '.join(window.missing_tools())} (.ci/run installs them)")
def test_killing_the_real_window_loses_no_acknowledged_edit(tmp_path):
    results = window.run_chains(20, 2, sample_path(), seed=2026, workdir=tmp_path)
    problems = [p for r in results for p in r.problems]
    assert problems == [], f"{problems} (screenshots under {tmp_path}/chain*/shots)"
    assert sum(r.trials for r in results) == 20
    moments: dict[str, int] = {}
    for r in results:
        for k, v in r.moments.items():
            moments[k] = moments.get(k, 0) + v
    assert set(moments) == set(window.MOMENTS)  # after an edit, after Enter, mid-drag, Save
    assert sum(r.acknowledged for r in results) >= 25
    assert sum(r.lost for r in results) == 0
    assert sum(r.undo_failed for r in results) == 0
    for r in results:
        assert r.sigterm.startswith("exit 0"), r.sigterm
        assert r.file_zones == r.expected_zones > 0


def test_sigterm_is_a_normal_quit_of_the_real_process(sample_copy, tmp_path):
    """Without a display server: the real program, offscreen, ended by SIGTERM as a logout
    does: exit status 0 at once, lock released, nothing left to recover (nothing was
    edited). With edits, the chains above check that they are kept."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    proc = subprocess.Popen([sys.executable, "-m", "zoneeditor", str(sample_copy), "--lang",
                             "en"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while not (lock_path_for(sample_copy).exists() and journal_path_for(sample_copy).exists()):
            assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
            assert time.monotonic() < deadline, "the window never opened the project"
            time.sleep(0.1)
        # At once: the handling is in place before the project is opened (and locked), so
        # even a logout during start-up ends cleanly.
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not lock_path_for(sample_copy).exists()
    assert not journal_path_for(sample_copy).exists()
