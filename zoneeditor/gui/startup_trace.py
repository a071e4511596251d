"""The start-up trace: when the window's milestones were reached, for ``bench/startup.py``.

Set ``ZONEEDITOR_STARTUP_TRACE=FILE`` and ``zoneeditor`` appends one line per milestone to
FILE, ``<name> <seconds>``, the seconds read from ``time.monotonic()`` (CLOCK_MONOTONIC, one
clock for every process of the machine, so the benchmark compares them with the moment it
started the process). The milestones, each written once:

``shown``
    the window's first paint: the shell of a three-step start (``MainWindow(opening=...)``),
    with what it showed after the time — ``shown <seconds> snapshot`` (the project's last
    view) or ``shown <seconds> plain`` (the line "Opening …"); for a window made otherwise,
    ``window.show()`` returned.
``first_frame``
    the map canvas finished its first ``paintEvent``: the window is on screen with the
    project drawn (the basemap and towns may not be there yet).
``interactive``
    every add-on is installed: menus, docks and toolbars are complete and every action
    works (``MainWindow.ready``).
``map_complete``
    a frame painted after the basemap and gazetteer arrived: the map as the user sees it
    from then on (country outlines, towns, names).

With ``ZONEEDITOR_STARTUP_TRACE=-`` the lines go to standard error instead, prefixed
``zoneeditor-startup:``, between the lines of ``python -X importtime`` (the benchmark splits
the imports by milestone that way). Without the variable nothing is recorded and nothing is
connected. A FILE that cannot be written ends the trace silently: a benchmark's hook must
never stop the window.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoneeditor.gui.main_window import MainWindow

#: The environment variable naming the trace file.
TRACE_ENV = "ZONEEDITOR_STARTUP_TRACE"
#: The prefix of a milestone's line on standard error (``ZONEEDITOR_STARTUP_TRACE=-``).
STDERR_PREFIX = "zoneeditor-startup:"
#: The milestones, in the order they are usually reached.
MILESTONES = ("shown", "first_frame", "interactive", "map_complete")


class StartupTrace:
    """Appends ``<milestone> <monotonic seconds>`` lines to a file, each milestone once."""

    def __init__(self, path: Path | None) -> None:
        #: The trace file; None writes to standard error.
        self.path = path
        self.reached: dict[str, float] = {}

    @classmethod
    def from_environment(cls) -> StartupTrace | None:
        """The trace asked for by ``ZONEEDITOR_STARTUP_TRACE``, or None."""
        value = os.environ.get(TRACE_ENV)
        if not value:
            return None
        return cls(None if value == "-" else Path(value))

    def mark(self, name: str, note: str = "") -> None:
        """Record that ``name`` was reached now (only its first time), with a ``note`` word
        after the time when given."""
        if name in self.reached:
            return
        now = time.monotonic()
        self.reached[name] = now
        line = f"{name} {now:.6f}{' ' + note if note else ''}\n"
        try:
            if self.path is None:
                sys.stderr.write(f"{STDERR_PREFIX} {line}")
                sys.stderr.flush()
            else:
                with self.path.open("a", encoding="utf-8") as out:
                    out.write(line)
        except OSError:
            pass  # a benchmark's file: never a reason to stop the window

    def follow(self, window: MainWindow) -> None:
        """Record ``window``'s milestones as they happen (call right after ``show()``)."""
        shell = window.shell
        if shell is not None and not window.is_built:
            shell.painted.connect(lambda: self.mark("shown", shell.kind))
            window.built.connect(lambda: self._follow_map(window))
        else:
            self.mark("shown")
            self._follow_map(window)
        window.map_complete.connect(lambda: self.mark("map_complete"))
        if window.is_ready:
            self.mark("interactive")
        else:
            window.ready.connect(lambda: self.mark("interactive"))

    def _follow_map(self, window: MainWindow) -> None:
        window.canvas.painted.connect(lambda: self.mark("first_frame"))
