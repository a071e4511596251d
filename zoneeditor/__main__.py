"""Entry point: ``zoneeditor [PATH[:VERSION]]`` opens the window; ``zoneeditor COMMAND ...``
runs the CLI. A word that is neither a command nor a file is an error on the terminal
(exit 2, with the closest command), never a window: with no display a window would block.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def main(argv: list[str] | None = None, *,
         command_done: Callable[[int], None] | None = None) -> int:
    """Dispatch to a CLI command, or open the editor window (the default).

    ``command_done(status)`` is called when a command (or a file reader child of a frozen
    bundle) has finished, never after the window: the ``zoneeditor`` program passes
    ``io.process_end.end_process``, which may end the process there and then; a caller that
    keeps its process (tests, a program) passes nothing.
    """
    # numpy's OpenBLAS starts a thread per core when it is loaded (~40 ms of every start on
    # this project's 2-core reference machine); zoneeditor's only linear algebra is the
    # georeferencing fit of a few control points, which one thread does as fast. Set before
    # numpy is first imported; a value the user set is kept. (docs/window.md, "Start-up")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--sandbox-worker"]:  # a frozen bundle re-entered as the file reader
        from zoneeditor.io.sandbox_worker import main as worker_main

        return _finished(worker_main(argv[1:]), command_done)
    if argv[:1] == ["--reference-worker"]:  # the same, reading a reference layer file
        from zoneeditor.io.reference.worker import main as reference_worker_main

        return _finished(reference_worker_main(argv[1:]), command_done)
    from zoneeditor.cli import command_names
    from zoneeditor.cli.window_target import window_positionals

    positionals = window_positionals(argv)  # words, not options nor their values
    if positionals and positionals[0][1] in command_names():
        from zoneeditor.cli import main as cli_main

        # "zoneeditor --lang ru print X": options written before the command are its own,
        # never a window's; put last, one the command does not have is named with its
        # value ("unrecognized arguments: --lang ru"), not taken for the command's file
        at, command = positionals[0]
        return _finished(cli_main([command, *argv[at + 1:], *argv[:at]]), command_done)
    if argv and argv[0] in ("-h", "--help", "--version"):
        from zoneeditor.cli import main as cli_main

        return cli_main(argv)
    from zoneeditor.cli.team_window import team_window_target
    from zoneeditor.cli.window_target import (
        EXIT_UNREADABLE,
        display_problem,
        fail,
        window_target,
    )
    from zoneeditor.core.errors import ZoneEditorError

    try:  # a team project (postgresql://…/PROJECT) needs its working copy ready first
        target = team_window_target(argv) or window_target(argv, command_names())
    except ZoneEditorError as exc:
        fail(str(exc))
        return EXIT_UNREADABLE
    problem = display_problem(argv, os.environ)  # before Qt would abort the process
    if problem is not None:
        fail(problem)
        return EXIT_UNREADABLE
    from zoneeditor.gui.app import run  # Qt is imported only when a window is wanted

    # The window opens target.path on target.version (None: the version last shown).
    return run(list(target.argv), target.version)


def _finished(status: int, command_done: Callable[[int], None] | None) -> int:
    """``status``, after telling ``command_done`` (which may end the process) about it."""
    if command_done is not None:
        command_done(status)
    return status


def console() -> None:
    """The ``zoneeditor`` program (``python -m zoneeditor``, the installed command and the
    bundle's launcher): ``main`` in a process of its own, which a finished command ends
    without the interpreter's teardown when that is safe (``io/process_end.py``). A library
    of the machine that Qt cannot load is one sentence, not a traceback."""
    from zoneeditor.io.process_end import end_process

    try:
        status = main(command_done=end_process)
    except ImportError as exc:  # Qt or a library of the machine it links is not there
        # imported here, not at every start: only a failed import needs it
        from zoneeditor.cli.system_libraries import loader_problem

        missing = loader_problem(exc)
        if missing is None:
            raise
        print(f"zoneeditor: {missing}", file=sys.stderr)
        status = 2  # cli.window_target.EXIT_UNREADABLE: the machine, not the program
    sys.exit(status)


if __name__ == "__main__":
    console()
