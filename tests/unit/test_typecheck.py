"""The type checker passes: mypy over the whole package with the project's configuration.

CI runs the README's two commands and nothing else, so mypy runs from the suite: this test
starts it in a subprocess with ``[tool.mypy]`` of pyproject.toml (strict everywhere but the
floors listed there) and fails with mypy's own report when it finds anything. Its cache goes
to a temporary folder, so every run checks from scratch, as CI does (about 20 s).

A second check keeps the rule for line-level exceptions: a ``# type: ignore`` must name its
error code (mypy enforces that too, ``ignore-without-code``) and say why on the same line,
after a second ``#`` (a wrong or incomplete third-party stub is the only accepted reason).
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

import zoneeditor

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(zoneeditor.__file__).resolve().parent

# "# type: ignore[code, code]  # why", the why being at least a word
_JUSTIFIED = re.compile(r"#\s*type:\s*ignore\[[a-z0-9-]+(?:,\s*[a-z0-9-]+)*\]\s*#\s*\w")


@pytest.mark.typecheck
def test_mypy_finds_no_error(tmp_path: Path) -> None:
    try:
        import mypy  # noqa: F401  (only to say what is missing)
    except ImportError:
        pytest.fail('mypy is not installed: pip install -e ".[test]"')
    assert PACKAGE.parent == ROOT, (
        f"the installed zoneeditor ({PACKAGE}) is not this checkout's: pip install -e .")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
         "--cache-dir", str(tmp_path / "mypy-cache")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    report = (run.stdout + run.stderr).strip()
    if run.returncode != 0 or "Success: no issues found" not in report:
        pytest.fail(f"mypy reports errors (exit {run.returncode}):\n{report}", pytrace=False)


def _ignores(path: Path) -> list[tuple[int, str]]:
    """(line, comment) of every type-ignore comment in a source file."""
    text = path.read_text(encoding="utf-8")
    return [(tok.start[0], tok.string)
            for tok in tokenize.generate_tokens(io.StringIO(text).readline)
            if tok.type == tokenize.COMMENT and re.match(r"#\s*type:\s*ignore", tok.string)]


def test_every_type_ignore_names_its_code_and_reason() -> None:
    found = [(path, line, comment) for path in sorted(PACKAGE.rglob("*.py"))
             for line, comment in _ignores(path)]
    bad = [f"{path.relative_to(ROOT)}:{line}: {comment}" for path, line, comment in found
           if not _JUSTIFIED.match(comment)]
    assert not bad, ("a type-ignore needs its error code and, after a second '#', why "
                     "(only a wrong third-party stub is a reason):\n" + "\n".join(bad))


def test_the_ignore_check_tells_justified_from_bare(tmp_path: Path) -> None:
    """The rule above accepts what it should and refuses the rest."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "a = f()  # type: ignore[call-arg]  # stub lacks the size argument\n"
        "b = g()  # type: ignore[index, arg-type]  # PySide6 stub\n"
        "c = h()  # type: ignore\n"
        "d = k()  # type: ignore[attr-defined]\n"
        "e = '# type: ignore in a string is no comment'\n", encoding="utf-8")
    verdicts = [bool(_JUSTIFIED.match(c)) for _, c in _ignores(sample)]
    assert verdicts == [True, True, False, False]
