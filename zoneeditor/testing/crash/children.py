"""The processes the kill trials start and kill: they edit, save or export until killed.

Each prints one line before and one after every operation (``BEGIN n`` / ``ACK n kind``,
``SAVED n``, ``EXPORTED n``), flushed before the operation starts, so the parent knows from
the last line it received whether its SIGKILL landed inside an operation or between two.

``python -m zoneeditor.testing.crash child-edits PROJECT SEED LIMIT`` (and ``child-saves
TARGET SEED``, ``child-exports TARGET FORMAT``); no Qt is imported.
"""

from __future__ import annotations

import random
import sys
import time

from zoneeditor.core.model import Project
from zoneeditor.testing.crash.script import big_project, script_step

#: Between two saves or exports, as between a user's: room for a kill "after one finished".
PAUSE_S = 0.1
#: After each acknowledged edit (a user never edits back to back at machine speed): room for
#: a kill aimed "between" two steps to land there rather than in the next one.
THINK_S = 0.01


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def child_edits(project_file: str, seed: int, limit: int) -> None:
    """Open the project, then edit until killed, acknowledging each step on stdout."""
    from zoneeditor.io.session import Session

    session = Session.open(project_file)
    rng = random.Random(seed)
    _say("READY")
    for n in range(1, limit + 1):
        _say(f"BEGIN {n}")
        kind = script_step(session.document, rng, session.save)
        _say(f"ACK {n} {kind}")
        time.sleep(THINK_S)
    _say("DONE")
    time.sleep(60)  # wait to be killed: a finished editor would close and drop its journal


def child_saves(target: str, seed: int) -> None:
    """Save two large contents over ``target`` alternately until killed (save n writes
    content ``n % 2``: ``big_project(1)`` for odd n)."""
    # The writer imports fiona (GDAL) on first use: load it before READY, so the first save,
    # whose time the parent uses to aim its kills, is only a save.
    import fiona  # noqa: F401

    from zoneeditor.io.project_file import write_project

    projects = [big_project(2), big_project(1)]
    _say("READY")
    n = 0
    while True:
        n += 1
        _say(f"BEGIN {n}")
        write_project(projects[n % 2], target, keep_backup=bool(seed % 2))
        _say(f"SAVED {n}")
        time.sleep(PAUSE_S)


def export_contents() -> list[Project]:
    """The two contents the export child alternates (export n writes ``[n % 2]``)."""
    return [big_project(2, zones=300), big_project(1, zones=400)]


def child_exports(target: str, fmt: str) -> None:
    """Export two different large contents to ``target`` alternately until killed."""
    from zoneeditor.io.exchange.export import export_versions

    projects = export_contents()
    _say("READY")
    n = 0
    while True:
        n += 1
        _say(f"BEGIN {n}")
        export_versions(projects[n % 2], ["agreed"], fmt, target)
        _say(f"EXPORTED {n}")
        time.sleep(PAUSE_S)


def main(argv: list[str]) -> int:
    """Entry point of the child processes."""
    if not argv:
        print("usage: child-edits|child-saves|child-exports ...", file=sys.stderr)
        return 2
    if argv[0] == "child-edits":
        child_edits(argv[1], int(argv[2]), int(argv[3]))
    elif argv[0] == "child-saves":
        child_saves(argv[1], int(argv[2]))
    elif argv[0] == "child-exports":
        child_exports(argv[1], argv[2])
    else:
        print(f"unknown command {argv[0]!r}", file=sys.stderr)
        return 2
    return 0
