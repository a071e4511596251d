"""The kill harness says why the editor's window never came when the process ended first
(its status and the last line of its log), instead of only timing out: a failed trial must
tell a display that could not be reached from a lost edit."""

from __future__ import annotations

import time

import pytest

from zoneeditor.testing.crash.xdesk import Desk, Editor, Xvfb, missing_tools

pytestmark = pytest.mark.skipif(
    bool(missing_tools()), reason=f"needs {', '.join(missing_tools())} (.ci/run installs them)")


def test_an_editor_that_ended_before_its_window_is_named(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    with Xvfb() as server:
        assert server.display is not None
        editor = Editor(Desk(server.display), tmp_path / "no-such-project.gpkg", home)
        editor.start()  # 'no such file': the command ends on the terminal, exit 2
        with pytest.raises(TimeoutError) as caught:
            editor.main_window(20)
    message = str(caught.value)
    assert "ended with status 2" in message
    assert "no such file" in message


def test_the_display_outlives_its_last_client():
    """Xvfb resets when its last client leaves, unless told not to; a client connecting
    during the reset is refused, and the editor restarted after a kill (the display's only
    client) found the display unreachable under load. A reset also puts the pointer back in
    the middle of the screen: where a client left it, it stays."""
    with Xvfb() as server:
        assert server.display is not None
        desk = Desk(server.display)
        desk.move(123, 45)  # one client, gone once xdotool exits
        for _ in range(5):  # each query is the only client again, and leaves
            assert desk.xdo("getmouselocation").split()[:2] == ["x:123", "y:45"]
            time.sleep(0.1)


def test_a_display_in_use_is_refused_at_once():
    """A configured display another server holds is an error, never that server."""
    with Xvfb() as server:
        assert server.display is not None
        with pytest.raises(RuntimeError, match=f"could not start on {server.display}"):
            Xvfb(server.display).start()
