"""The kill harness says why the editor's window never came when the process ended first
(its status and the last line of its log), instead of only timing out: a failed trial must
tell a display that could not be reached from a lost edit."""

from __future__ import annotations

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
