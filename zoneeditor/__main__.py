"""Entry point: ``zoneeditor [PATH[:VERSION]]`` opens the window; ``zoneeditor COMMAND ...``
runs the CLI. A word that is neither a command nor a file is an error on the terminal
(exit 2, with the closest command), never a window: with no display a window would block.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to a CLI command, or open the editor window (the default)."""
    # numpy's OpenBLAS starts a thread per core when it is loaded (~40 ms of every start on
    # this project's 2-core reference machine); zoneeditor's only linear algebra is the
    # georeferencing fit of a few control points, which one thread does as fast. Set before
    # numpy is first imported; a value the user set is kept. (docs/window.md, "Start-up")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--sandbox-worker"]:  # a frozen bundle re-entered as the file reader
        from zoneeditor.io.sandbox_worker import main as worker_main

        return worker_main(argv[1:])
    if argv[:1] == ["--reference-worker"]:  # the same, reading a reference layer file
        from zoneeditor.io.reference.worker import main as reference_worker_main

        return reference_worker_main(argv[1:])
    from zoneeditor.cli import command_names
    from zoneeditor.cli.window_target import window_positionals

    positionals = window_positionals(argv)  # words, not options nor their values
    if positionals and positionals[0][1] in command_names():
        from zoneeditor.cli import main as cli_main

        # "zoneeditor --lang ru print X": options written before the command are its own,
        # never a window's; put last, one the command does not have is named with its
        # value ("unrecognized arguments: --lang ru"), not taken for the command's file
        at, command = positionals[0]
        return cli_main([command, *argv[at + 1:], *argv[:at]])
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


if __name__ == "__main__":
    sys.exit(main())
