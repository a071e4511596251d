"""The README's map keys in the real window on an X server, typed with xdotool: after a
version chosen with the mouse in the toolbar's switcher, Up pans the map (it never switches
the version back to the agreed baseline), - zooms out and Z chooses the Draw zone tool.

The window is the one ``zoneeditor PATH`` opens (``gui.app.create_window``), in a child
process on an Xvfb display of the test's own; the child reports what happened (versions
shown, views, tools) on its output, one line each.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from zoneeditor.io.session import sample_path
from zoneeditor.testing.crash.process import PipeLines
from zoneeditor.testing.crash.xdesk import Desk, Xvfb, configured_displays, missing_tools

pytestmark = pytest.mark.skipif(bool(missing_tools()),
                                reason=f"needs {', '.join(missing_tools())} (.ci/run)")

CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from zoneeditor import i18n
    from zoneeditor.gui.app import bring_forward, create_window, make_application

    app = make_application([])
    i18n.install(app, "en")
    window, error = create_window(sys.argv[1])
    assert error is None, error
    window.show()
    bring_forward(window)

    def say(*parts):
        print(*parts, flush=True)

    canvas = window.canvas
    window.editor.version_changed.connect(lambda name: say("VERSION", name))
    window.editor.tool_changed.connect(lambda tool: say("TOOL", tool.name))
    canvas.view_changed.connect(lambda: say("VIEW", canvas.viewport.cx, canvas.viewport.cy,
                                            canvas.viewport.ppd))

    def ready():
        combo = window.window_actions.version_combo
        at = combo.mapToGlobal(combo.rect().center())
        focus = QApplication.focusWidget()
        say("READY", at.x(), at.y(), focus.objectName() if focus else "-")

    window.wait_background()
    QTimer.singleShot(800, ready)
    app.exec()
""")


class Lines(PipeLines):
    """The child's output lines as they come (``seen``: every line read so far)."""

    @property
    def seen(self) -> list[str]:
        return self.lines

    def until(self, prefix: str, timeout: float = 60.0) -> list[str]:
        """Lines up to and including the first starting with ``prefix``."""
        got = []
        deadline = time.monotonic() + timeout
        while (line := self.next(max(0.0, deadline - time.monotonic()))) is not None:
            got.append(line)
            if line.startswith(prefix):
                return got
        raise AssertionError(f"no {prefix!r} line; the child said {self.seen[-8:]}")

    def during(self, seconds: float) -> list[str]:
        """Every line said within ``seconds``."""
        got = []
        deadline = time.monotonic() + seconds
        while (line := self.next(max(0.0, deadline - time.monotonic()))) is not None:
            got.append(line)
        return got


def views(lines: list[str]) -> list[tuple[float, float, float]]:
    return [tuple(map(float, line.split()[1:])) for line in lines if line.startswith("VIEW")]


@pytest.mark.timeout(300)
def test_map_keys_after_a_version_choice_on_a_real_display(tmp_path):
    project = tmp_path / "talks.gpkg"
    shutil.copyfile(sample_path(), project)
    displays = configured_displays()
    with Xvfb(displays[0] if displays else None) as server:
        desk = Desk(server.display)
        env = {**os.environ, "DISPLAY": server.display, "QT_QPA_PLATFORM": "xcb",
               "XDG_CONFIG_HOME": str(tmp_path / "config"),
               "XDG_STATE_HOME": str(tmp_path / "state")}
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(project)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            lines = Lines(proc)
            ready = lines.until("READY", 120)[-1].split()
            x, y = int(ready[1]), int(ready[2])
            window = desk.wait_window(proc.pid, "ZoneEditor", 30)
            desk.focus(window)  # no window manager on this display to do it
            desk.xdo("mousemove", "--sync", str(x), str(y), "click", "1")
            time.sleep(0.8)  # the list opens, the baseline highlighted
            desk.key("Down", "Return")
            assert lines.until("VERSION", 20)[-1] == "VERSION Proposal B"
            lines.during(0.5)  # the view settles
            before = views(lines.seen)[-1] if views(lines.seen) else None
            desk.key("Up")
            after = lines.during(1.5)
            assert not [line for line in after if line.startswith("VERSION")], after
            moved = views(after)
            assert moved, f"Up did not pan the map: {after}"
            if before is not None:
                assert moved[-1][1] > before[1]  # the view went north
            desk.key("minus")
            zoomed = views(lines.during(1.5))
            assert zoomed and zoomed[-1][2] < moved[-1][2]
            desk.key("z")
            assert lines.until("TOOL", 10)[-1] == "TOOL Draw zone"
        finally:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    assert Path(project).exists()
