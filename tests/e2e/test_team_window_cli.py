"""``zoneeditor postgresql://USER@HOST/DATABASE/PROJECT`` on the terminal, before any window.

What needs the server (making the working copy the first time) is done before a window
exists: a server that cannot be reached, a password in the address or an address naming no
project is one sentence and exit status 2. With a real server the working copy is made, and
the window's own start (``gui.app.create_window``) opens it (tests/gui/test_sync_window.py).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from zoneeditor.cli.team_window import team_window_target
from zoneeditor.io.team.local_state import read_state
from zoneeditor.io.team.workcopy import cache_path


def ze(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    # offscreen, so a window opened by mistake fails the test by timing out, never by
    # waiting for a display
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, env=environ, timeout=120, check=False)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nobody listens there once the socket is closed


def _one_sentence(run: subprocess.CompletedProcess) -> str:
    assert run.returncode == 2, (run.stdout, run.stderr)
    assert run.stdout == "" and "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1
    return run.stderr


def test_an_unreachable_server_is_one_sentence_and_exit_2_before_any_window(tmp_path):
    url = f"postgresql://dana@127.0.0.1:{_closed_port()}/team/Idlib%20talks"
    err = _one_sentence(ze(url, env={"XDG_STATE_HOME": str(tmp_path)}))
    assert "cannot reach the team server" in err and "dana@127.0.0.1" in err
    assert not any(tmp_path.rglob("*.gpkg"))  # no half-made working copy left behind


def test_a_password_in_the_address_is_refused(tmp_path):
    err = _one_sentence(ze("postgresql://dana:secret@127.0.0.1/team/talks",
                           env={"XDG_STATE_HOME": str(tmp_path)}))
    assert "~/.pgpass" in err and "secret" not in err


def test_an_address_naming_no_project_says_what_is_expected(tmp_path):
    err = _one_sentence(ze("postgresql://dana@127.0.0.1/team",
                           env={"XDG_STATE_HOME": str(tmp_path)}))
    assert "names no project" in err and "DATABASE/PROJECT" in err


def test_a_reachable_server_makes_the_working_copy_first(team_project):
    from conftest import project_with, zone
    from shapely import box

    talks = team_project.publish(project_with(agreed=[zone("z1", box(36, 35, 36.1, 35.1))]))
    url = f"{talks.url('dana')}/{talks.name}"
    target = team_window_target([url, "--lang", "en"])
    assert target is not None and target.path == cache_path(url)
    assert target.argv == (url, "--lang", "en")
    state = read_state(target.path)
    assert state is not None and state.project == "talks" and "dana" in state.remote
    # a second start reuses it: nothing asks the server
    assert team_window_target([url]).path == target.path


def test_an_address_of_another_kind_gets_the_address_sentence_not_a_mangled_path():
    """'zoneeditor http://dana@localhost:55434/team/X' said 'no such file: http:/dana@…'
    (a tester re-checking the team fixes)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run([sys.executable, "-m", "zoneeditor",
                        "http://dana@localhost:55434/team/Idlib%20talks"],
                       capture_output=True, text=True, timeout=60, env=env, check=False)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "not a PostgreSQL address: write it as" in r.stderr and "http:/dana" not in r.stderr
