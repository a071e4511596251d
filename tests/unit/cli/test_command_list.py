"""The CLI's written-out command list (``zoneeditor.cli.COMMANDS``) matches its package.

The names are listed by hand so that a start need not list the package (``pkgutil`` imports
``inspect``, ~8 ms of every start); this test is what keeps the list and the package in step.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

from zoneeditor import cli
from zoneeditor.cli import commands


def test_every_module_of_the_commands_package_is_a_listed_command():
    modules = {info.name.rstrip("_") for info in pkgutil.iter_modules(commands.__path__)}
    assert modules == set(cli.COMMANDS) == cli.command_names()


@pytest.mark.parametrize("name", cli.COMMANDS)
def test_each_name_imports_the_module_of_that_command(name):
    module = cli.command_module(name)
    assert name == module.NAME
    # import and print live in import_.py and print_.py
    assert module.__name__.rstrip("_") == f"zoneeditor.cli.commands.{name}"


def test_an_unknown_name_is_a_key_error():
    with pytest.raises(KeyError):
        cli.command_module("imprt")


def test_the_whole_help_lists_every_command_in_order():
    parser = cli.build_parser()
    text = parser.format_help()
    at = [text.index(f"    {name} ") for name in cli.COMMANDS]
    assert at == sorted(at)


def test_telling_a_command_from_a_file_imports_neither_pkgutil_nor_inspect():
    code = ("import sys; from zoneeditor.cli import command_names; command_names(); "
            "print(sorted({'pkgutil', 'inspect'} & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
