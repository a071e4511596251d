"""Packages the bundle ships as their pure-Python wheel (packaging/pure_python.py): only the
tested release, not compiled, is accepted, and the build installs it before PyInstaller runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import pure_python  # noqa: E402


def test_the_pure_build_of_the_tested_release_is_accepted():
    assert pure_python.problems("psygnal", "0.16.1", "0.16.1", False) == ""


@pytest.mark.parametrize(("installed", "is_compiled", "problem"), [
    ("0.16.1", True, "psygnal: it is still the compiled build"),
    ("0.17.0", False, "psygnal: 0.17.0 is installed, not 0.16.1"),
])
def test_each_defect_is_named(installed, is_compiled, problem):
    assert pure_python.problems("psygnal", "0.16.1", installed, is_compiled) == problem


def test_the_probe_tells_a_compiled_psygnal_from_a_pure_one_as_psygnal_itself_does():
    import psygnal

    assert pure_python.compiled("psygnal") is bool(psygnal._compiled)


def test_psygnal_is_what_the_core_signals_with():
    # the reason it is listed: a package no module uses would not be worth a build step
    users = [p for p in (ROOT / "zoneeditor" / "core").glob("*.py")
             if "from psygnal import" in p.read_text(encoding="utf-8")]
    assert users and set(pure_python.PURE) == {"psygnal"}


def test_build_script_installs_the_pure_wheels_before_pyinstaller():
    text = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    # the command itself, not the comment that names the script
    install = text.index('"$VENV/bin/python" "$ROOT/packaging/pure_python.py"')
    assert install < text.index("-m PyInstaller --noconfirm")
    # after the eager upgrade, which would otherwise put a newer compiled wheel in
    assert text.index("--upgrade-strategy eager") < install
    subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")], check=True)
