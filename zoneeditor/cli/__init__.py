"""Headless commands (``zoneeditor info|validate|diff|export|import|print``).

Each command is a module in ``zoneeditor.cli.commands`` with ``NAME``, ``HELP``,
``configure(parser)`` and ``run(args) -> int``; they are found by listing that package, so
adding a command never edits this file. No Qt is imported unless a command needs to paint.

Importing this package is light (``command_names`` is what ``python -m zoneeditor`` asks before
it opens the window): ``cli.common`` and the commands are imported only to run one.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from types import ModuleType

from zoneeditor import __version__
from zoneeditor.cli import commands as _commands_pkg


def command_modules() -> dict[str, ModuleType]:
    """Every CLI command module by its command name."""
    out = {}
    for info in pkgutil.iter_modules(_commands_pkg.__path__):
        module = importlib.import_module(f"{_commands_pkg.__name__}.{info.name}")
        if hasattr(module, "NAME") and hasattr(module, "run"):
            out[module.NAME] = module
    return dict(sorted(out.items()))


def command_names() -> set[str]:
    """Names of the commands, without importing them (used to tell a command from a file)."""
    names = set()
    for info in pkgutil.iter_modules(_commands_pkg.__path__):
        names.add(info.name.rstrip("_"))  # import_.py is the 'import' command
    return names


def _module_file_name(command: str) -> str:
    """The module of a command name (``import`` lives in ``import_.py``)."""
    for info in pkgutil.iter_modules(_commands_pkg.__path__):
        if info.name.rstrip("_") == command:
            return info.name
    raise KeyError(command)


def _window_usage() -> str:
    """How the window is started, for ``zoneeditor --help`` (its options are gui.app's)."""
    from textwrap import fill

    from zoneeditor.cli.window_target import WINDOW_HELP

    lines = ["the editor window:",
             "  zoneeditor [PATH[:VERSION]] [--lang {en,ar,ru}] [--reference FILE] [--self-test]"]
    for name, text in WINDOW_HELP.items():
        label = "PATH" if name == "path" else name
        lines.append(fill(text, 96, initial_indent=f"    {label:<15}", subsequent_indent=" " * 19))
    lines += ["", "Run 'zoneeditor COMMAND --help' for a command's options."]
    return "\n".join(lines)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with one sub-command per command module.

    ``only`` (a command name) imports and configures that command alone: running
    ``zoneeditor diff`` need not import the merge engine, the team client or the printer
    (what every command imports costs every run; see ``python -X importtime``). The
    other commands are still listed, so a mistyped option gets argparse's usual message.
    """
    parser = argparse.ArgumentParser(
        prog="zoneeditor",
        description="Map editor for negotiating ceasefire and de-escalation zones. "
        "With no command it opens the editor window (on the bundled sample, or on PATH).",
        epilog=_window_usage() if only is None else None,  # the whole help only
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"zoneeditor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if only is not None:
        module = importlib.import_module(f"{_commands_pkg.__name__}.{_module_file_name(only)}")
        modules = {only: module}
    else:
        modules = command_modules()
    for name, module in modules.items():
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.configure(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status (0 ok, 1 problems found, 2 unreadable)."""
    from zoneeditor.core.pyproj_parts import defer_pyproj_init

    # before anything imports pyproj: a command loads only the parts it uses (~60 ms less
    # for a diff; core.pyproj_parts says why this is safe here and not everywhere)
    defer_pyproj_init()
    from zoneeditor.cli.common import run_guarded

    argv = list(sys.argv[1:] if argv is None else argv)
    first = argv[0] if argv else None
    parser = build_parser(first if first in command_names() else None)
    args = parser.parse_args(argv)
    if args.command is None:  # dest="command": None when no command was given
        parser.print_help()
        return 2
    return run_guarded(lambda: args._run(args))
