"""The bundle's Python modules compiled without their docstrings.

Docstrings are a fifth of the bundle's compressed module archive (1.6 of 8.4 MB): zoneeditor
documents every function, numpy and shapely their whole API. Nothing in the running editor
reads them; its help texts are its own translated strings. Two ways, by whose module it is:

* The libraries' and the standard library's modules are compiled as ``python -OO`` compiles
  them (PyInstaller's optimisation level 2, asked for per module by the typecode
  ``PYMODULE-2``): docstrings and asserts gone, the configuration each of them supports and
  numpy tests. Half of it is not: numpy.ma checks, with an ``assert``, the docstrings numpy
  builds from others, so asserts kept without docstrings fail at import (seen in the
  self-test; ``-OO`` drops both together).
* zoneeditor's own modules keep their asserts (they check invariants, and the frozen editor
  must fail as the tested one does, not carry on): each source is parsed, the docstrings of
  the module and of each function are taken out of the tree, and the tree is compiled at
  level 0, every other statement on its own line (tracebacks in bug reports point at the
  real lines). Class docstrings stay: ``dataclasses`` computes one with
  ``inspect.signature`` for every class without one (time at each start for a few bytes).
  The result is written as ``.pyc`` files, which PyInstaller takes as it takes a package
  that ships only compiled modules (``PyInstaller.building.utils.get_code_object``).
"""

from __future__ import annotations

import ast
import importlib.util
import marshal
import os
from collections.abc import Callable
from pathlib import Path
from types import CodeType

#: Nodes whose docstring goes: the module's and every function's (not classes': above).
_STRIPPED = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef)


def strip_docstrings(tree: ast.Module) -> int:
    """Take the docstrings of the module and its functions out of ``tree`` (in place); a
    body left empty gets a ``pass`` on the docstring's line. Returns how many went."""
    count = 0
    for node in ast.walk(tree):
        if not isinstance(node, _STRIPPED) or not node.body:
            continue
        first = node.body[0]
        if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)):
            if len(node.body) == 1:
                node.body[0] = ast.copy_location(ast.Pass(), first)
            else:
                del node.body[0]
            count += 1
    return count


def compiled_without_docstrings(source: bytes, filename: str) -> tuple[CodeType, int]:
    """The module ``source`` compiled with its module and function docstrings left out and
    its asserts kept (optimisation level 0), and how many docstrings went. SyntaxError as
    ``compile`` raises it."""
    tree = ast.parse(source, filename)
    count = strip_docstrings(tree)
    return compile(tree, filename, "exec", optimize=0, dont_inherit=True), count


def write_pyc(code: CodeType, path: Path) -> None:
    """``code`` as a ``.pyc`` file of the running Python: magic number, flags for an
    unchecked hash-based file (PEP 552; the source is not in the bundle), a zero hash."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(importlib.util.MAGIC_NUMBER + (0b01).to_bytes(4, "little")
                     + bytes(8) + marshal.dumps(code))


#: Top-level packages compiled here with their asserts kept (the others as ``-OO`` would).
OWN_PACKAGES = ("zoneeditor",)


def without_docstrings(pure: list, folder: Path, log: Callable[[str], None] = print,
                       own: tuple[str, ...] = OWN_PACKAGES) -> list:
    """PyInstaller's ``a.pure`` entries (name, source, typecode) for an archive without
    docstrings: a module of ``own`` with a ``.py`` source pointed at a ``.pyc`` in ``folder``
    compiled without its module and function docstrings (asserts kept); any other module
    with a source marked ``PYMODULE-2`` (``-OO``). Namespace packages, compiled-only modules
    and a source that does not parse with this Python (PyInstaller's to report) unchanged."""
    out, stripped, modules, optimised = [], 0, 0, 0
    for name, src, typecode in pure:
        if typecode != "PYMODULE" or not src or not str(src).endswith(".py"):
            out.append((name, src, typecode))
            continue
        if name.split(".", 1)[0] not in own:
            out.append((name, src, "PYMODULE-2"))
            optimised += 1
            continue
        try:
            code, count = compiled_without_docstrings(Path(src).read_bytes(), src)
        except (SyntaxError, ValueError, OSError):
            out.append((name, src, typecode))
            continue
        leaf = "__init__" if os.path.basename(src) == "__init__.py" else name.rsplit(".", 1)[-1]
        parents = name.split(".") if leaf == "__init__" else name.split(".")[:-1]
        target = folder.joinpath(*parents, leaf + ".pyc")
        write_pyc(code, target)
        out.append((name, str(target), typecode))
        stripped += count
        modules += 1
    log(f"docstrings: {stripped} module and function docstrings left out of {modules} "
        f"modules of {', '.join(own)} (asserts and class docstrings kept); {optimised} "
        "modules of the libraries compiled as -OO does")
    return out
