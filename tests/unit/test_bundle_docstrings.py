"""The bundle's modules compiled without module and function docstrings
(packaging/docstrings.py): the docstrings go, class docstrings, asserts and line numbers stay,
and PyInstaller is handed ``.pyc`` files it reads as compiled-only modules."""

from __future__ import annotations

import importlib.util
import marshal
import sys
import traceback
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))

import docstrings  # noqa: E402

SOURCE = b'''"""The module's docstring."""
import dataclasses


def documented(x):
    """A function's docstring."""
    assert x > 0, "x must be positive"
    return 1 / (x - 1)


def only_a_docstring():
    """Nothing else."""


class Kept:
    """A class's docstring stays."""

    def method(self):
        """A method's docstring."""
        return "m"


@dataclasses.dataclass
class Point:
    """A point."""
    x: float = 0.0
'''


def _run(code) -> dict:
    namespace: dict = {"__name__": "sample"}
    exec(code, namespace)
    return namespace


def test_module_and_function_docstrings_go_class_ones_stay():
    code, count = docstrings.compiled_without_docstrings(SOURCE, "sample.py")
    assert count == 4  # module, documented, only_a_docstring, method
    ns = _run(code)
    assert ns.get("__doc__") is None
    assert ns["documented"].__doc__ is None
    assert ns["only_a_docstring"].__doc__ is None and ns["only_a_docstring"]() is None
    assert ns["Kept"].__doc__ == "A class's docstring stays."
    assert ns["Kept"]().method.__doc__ is None and ns["Kept"]().method() == "m"
    assert ns["Point"].__doc__ == "A point."  # dataclasses computes none
    # the bytes did shrink
    plain = compile(SOURCE, "sample.py", "exec")
    assert len(marshal.dumps(code)) < len(marshal.dumps(plain))


def test_asserts_and_line_numbers_stay():
    code, _ = docstrings.compiled_without_docstrings(SOURCE, "sample.py")
    documented = _run(code)["documented"]
    with pytest.raises(AssertionError, match="x must be positive"):
        documented(0)
    with pytest.raises(ZeroDivisionError) as caught:
        documented(1)
    line = traceback.extract_tb(caught.value.__traceback__)[-1].lineno
    assert line == SOURCE.decode().splitlines().index("    return 1 / (x - 1)") + 1


def test_pyinstaller_s_entries_point_at_pyc_files_it_can_read(tmp_path):
    package = tmp_path / "src" / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_bytes(SOURCE)
    (package / "mod.py").write_bytes(SOURCE)
    (package / "broken.py").write_text("def (:\n")
    library = tmp_path / "src" / "lib.py"
    library.write_bytes(SOURCE)
    pure = [("pkg", str(package / "__init__.py"), "PYMODULE"),
            ("pkg.mod", str(package / "mod.py"), "PYMODULE"),
            ("pkg.broken", str(package / "broken.py"), "PYMODULE"),
            ("nspkg", "-", "PYMODULE"),
            ("lib", str(library), "PYMODULE")]
    lines: list[str] = []
    out = docstrings.without_docstrings(pure, tmp_path / "nodoc", log=lines.append,
                                        own=("pkg",))
    assert [entry[0] for entry in out] == ["pkg", "pkg.mod", "pkg.broken", "nspkg", "lib"]
    assert out[0][1] == str(tmp_path / "nodoc" / "pkg" / "__init__.pyc")
    assert out[1][1] == str(tmp_path / "nodoc" / "pkg" / "mod.pyc")
    assert out[2:4] == pure[2:4]  # what does not compile is PyInstaller's to report
    # a library's module: PyInstaller compiles it at level 2, as python -OO would
    assert out[4] == ("lib", str(library), "PYMODULE-2")
    assert lines == ["docstrings: 8 module and function docstrings left out of 2 modules "
                     "of pkg (asserts and class docstrings kept); 1 modules of the libraries "
                     "compiled as -OO does"]
    # read as PyInstaller reads a compiled-only module (building/utils.get_code_object):
    # the code object after the 16-byte header of this Python's magic number
    data = Path(out[1][1]).read_bytes()
    assert data[:4] == importlib.util.MAGIC_NUMBER
    assert _run(marshal.loads(data[16:]))["documented"].__doc__ is None


def test_zoneeditor_itself_keeps_its_asserts():
    assert docstrings.OWN_PACKAGES == ("zoneeditor",)
