"""README's promises stay true: CI runs exactly the README's test command, and the CLI
commands the README lists exist."""

from __future__ import annotations

import re
from pathlib import Path

from zoneeditor.cli import command_names

ROOT = Path(__file__).resolve().parents[2]


def shell_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_exactly_two_setup_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = shell_blocks(readme)
    assert len(blocks) == 2, "README must show exactly two set-up commands"
    app, tests = blocks
    assert app.endswith("zoneeditor") and "pip install" in app
    # the whole suite, on every core (pytest-xdist, a test extra)
    assert tests.endswith("&& pytest -n auto") and ".[test]" in tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci, ".ci/run must call the README's test command verbatim"


def test_readme_cli_table_names_real_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `zoneeditor (\w+)", readme, flags=re.M))
    assert listed, "README lists the CLI commands"
    assert listed <= command_names()
