"""Headless commands (``zoneeditor info|validate|diff|export|import|print|merge|sync|team``).

Each command is a module in ``zoneeditor.cli.commands`` that satisfies ``Command``:
``NAME``, ``HELP``, ``configure(parser)`` and ``run(args) -> int``. ``COMMANDS`` names them and
``command_module`` imports one; a new command is added to both (a test checks that every
module of the package is listed). No Qt is imported unless a command needs to paint.

Importing this package is light (``command_names`` is what ``python -m zoneeditor`` asks before
it opens the window): ``cli.common`` and the commands are imported only to run one. The names
are written out rather than found by listing the package: ``pkgutil.iter_modules`` imports
``inspect`` (with ``ast``, ``dis`` and ``tokenize``), ~8 ms of every start, the window's and
every command's (issue #19 items 2 and 3).
"""

from __future__ import annotations

import argparse
import sys
from typing import Protocol

from zoneeditor import __version__

#: Every command, in the order ``zoneeditor --help`` lists them.
COMMANDS = ("diff", "export", "import", "info", "merge", "print", "sync", "team", "validate")


class Command(Protocol):
    """What a command module provides (its module is the implementation)."""

    NAME: str
    HELP: str

    def configure(self, parser: argparse.ArgumentParser) -> None:
        """Add the command's arguments to its sub-parser."""

    def run(self, args: argparse.Namespace) -> int:
        """Run the command; the exit status (0 ok, 1 problems found, 2 unreadable)."""


def command_module(name: str) -> Command:
    """Command ``name``'s module, imported now: a command imports only what it needs
    (``import`` and ``print`` live in ``import_.py`` and ``print_.py``). KeyError for a name
    not in ``COMMANDS``."""
    match name:
        case "diff":
            from zoneeditor.cli.commands import diff
            return diff
        case "export":
            from zoneeditor.cli.commands import export
            return export
        case "import":
            from zoneeditor.cli.commands import import_
            return import_
        case "info":
            from zoneeditor.cli.commands import info
            return info
        case "merge":
            from zoneeditor.cli.commands import merge
            return merge
        case "print":
            from zoneeditor.cli.commands import print_
            return print_
        case "sync":
            from zoneeditor.cli.commands import sync
            return sync
        case "team":
            from zoneeditor.cli.commands import team
            return team
        case "validate":
            from zoneeditor.cli.commands import validate
            return validate
    raise KeyError(name)


def command_modules() -> dict[str, Command]:
    """Every command's module by its name (imports them all: for the whole ``--help``)."""
    return {name: command_module(name) for name in COMMANDS}


def command_names() -> set[str]:
    """Names of the commands, without importing them (used to tell a command from a file)."""
    return set(COMMANDS)


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
    modules = {only: command_module(only)} if only is not None else command_modules()
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
