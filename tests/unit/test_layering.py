"""The Qt-free floors stay Qt-free: core and io import with PySide6 made unimportable, and
the import-linter contracts in pyproject.toml hold."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import zoneeditor

ROOT = Path(__file__).resolve().parents[2]

BLOCK_QT = """
import importlib, pkgutil, sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt is forbidden in ' + repr(sys.argv[1]))
        return None
sys.meta_path.insert(0, BlockQt())
import zoneeditor
pkg = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(pkg.__path__, sys.argv[1] + '.'):
    importlib.import_module(info.name)
print('ok')
"""


@pytest.mark.parametrize("package", ["zoneeditor.core", "zoneeditor.io"])
def test_core_and_io_import_without_qt(package):
    result = subprocess.run([sys.executable, "-c", BLOCK_QT, package], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_cli_info_and_validate_do_not_import_qt(sample_copy):
    code = ("import sys\nfrom zoneeditor.cli import main\n"
            f"main(['info', {str(sample_copy)!r}])\nmain(['validate', {str(sample_copy)!r}])\n"
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_import_linter_contracts_hold():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
        "lint-imports")
    if exe is None:
        pytest.skip("import-linter not installed (it is in the test extra)")
    result = subprocess.run([exe], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_subpackage_is_listed_for_installation():
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"])
    found = {"zoneeditor"} | {
        info.name for info in pkgutil.walk_packages(zoneeditor.__path__, "zoneeditor.")
        if info.ispkg
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
