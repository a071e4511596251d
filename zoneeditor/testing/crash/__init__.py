"""Proof by killing it: the kill harness of the journal, recovery and atomic saves.

Not part of the product: it lives with the testers' kit and is used by ``bench/crash.py``
(hundreds of trials, figures) and the suite (``tests/e2e/test_crash_recovery.py``,
``tests/e2e/test_window_kill.py``). No Qt is imported here.

- ``script``: the seeded random editing script and the digest compared after recovery;
- ``children``: the processes that edit, save or export until killed
  (``python -m zoneeditor.testing.crash child-…``);
- ``trials``: one kill each, aimed at the window that matters, checked as the editor would;
- ``window``: the same through the real window under Xvfb (xdotool, screenshots).
"""

from zoneeditor.testing.crash.script import big_project, digest, script_step, simulate
from zoneeditor.testing.crash.trials import (
    AIM_KINDS,
    AIMS,
    SCENARIOS,
    WINDOWS,
    Child,
    EditTrial,
    SaveTrial,
    abandon,
    dead_pid,
    edit_trial,
    export_trial,
    integrity,
    save_trial,
)

__all__ = [
    "AIMS",
    "AIM_KINDS",
    "SCENARIOS",
    "WINDOWS",
    "Child",
    "EditTrial",
    "SaveTrial",
    "abandon",
    "big_project",
    "dead_pid",
    "digest",
    "edit_trial",
    "export_trial",
    "integrity",
    "save_trial",
    "script_step",
    "simulate",
]
