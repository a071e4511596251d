"""Proof by killing it: the kill harness of the journal, recovery and atomic saves.

Not part of the product: it lives with the testers' kit and is used by ``bench/crash.py``
(hundreds of trials, figures) and the suite (``tests/e2e/test_crash_recovery.py``,
``tests/e2e/test_window_kill.py``). No Qt is imported here.

- ``script``: the seeded random editing script and the digest compared after recovery;
- ``children``: the processes that edit, save or export until killed
  (``python -m zoneeditor.testing.crash child-…``);
- ``process``: a child read line by line and killed; ``abandon`` (a kill, in one process);
- ``edit_trials``, ``write_trials``: one kill each, aimed at the window that matters, checked
  as the editor would;
- ``xdesk`` and ``window``: the same through the real window under Xvfb (xdotool, screenshots):
  ``chain`` runs one chain of kills on one display, ``chain_record`` is what it did and found.
"""

from zoneeditor.testing.crash.edit_trials import (
    AIM_KINDS,
    AIMS,
    SCENARIOS,
    EditTrial,
    edit_trial,
)
from zoneeditor.testing.crash.process import Child, abandon, dead_pid, integrity
from zoneeditor.testing.crash.script import big_project, digest, script_step, simulate
from zoneeditor.testing.crash.write_trials import (
    WINDOWS,
    SaveTrial,
    export_trial,
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
