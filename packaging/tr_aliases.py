"""Make the strings of ``_tr("...")`` helpers visible to pyside6-lupdate.

Several modules translate outside a QObject with a module helper::

    def _tr(text: str) -> str:
        return QCoreApplication.translate("ImportDialog", text)

lupdate only sees ``translate("Context", "text")`` and ``self.tr("text")``, so the strings of
``_tr("Reading %1…")`` would never reach the translators. This script finds such helpers
(any module-level function whose body returns ``QCoreApplication.translate("<context>",
<its parameter>)``) and every call of them with a literal, and prints a Python file of
``QT_TRANSLATE_NOOP("<context>", "<text>")`` lines for lupdate to read.

pyside6-lupdate's Python parser has two more blind spots this file covers:

- ``QCoreApplication.translate("Ctx", "%n pieces", None, len(pieces))``: a count that is not
  a bare name or number makes it drop the call altogether, and a count given as a name
  (``None, n``) files the string without plural forms. Every ``translate`` call with a count,
  and every ``self.tr("…", "", count)``, is printed as ``translate("Ctx", "…", "", 1)``,
  which lupdate files with plural forms (Arabic needs six, Russian three);
- any other ``translate("Ctx", "…")`` call is printed as ``QT_TRANSLATE_NOOP`` so that an
  argument lupdate cannot parse never loses a string.

update_translations.sh passes this file to lupdate *first*: where the same string is also
seen in the module, the first sighting decides whether it has plural forms.

Usage (packaging/update_translations.sh does this):
    python packaging/tr_aliases.py zoneeditor/gui zoneeditor/render zoneeditor/i18n \
        > build/i18n/tr_aliases.py
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path


def _helper_context(func: ast.FunctionDef) -> str | None:
    """The context of a ``def f(text): return QCoreApplication.translate("Ctx", text)``
    (or ``translate("Ctx", str(text))``)."""
    if len(func.args.args) != 1:
        return None
    param = func.args.args[0].arg
    body = [s for s in func.body if not (isinstance(s, ast.Expr)
                                          and isinstance(s.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate" and len(call.args) == 2):
        return None
    ctx, arg = call.args
    if (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "str"
            and len(arg.args) == 1):
        arg = arg.args[0]  # translate("Ctx", str(text)): a helper typed ``text: object``
    if (isinstance(ctx, ast.Constant) and isinstance(ctx.value, str)
            and isinstance(arg, ast.Name) and arg.id == param):
        return ctx.value
    return None


def strings_of(path: Path) -> list[tuple[str, str, int]]:
    """``(context, text, line)`` for every literal passed to a translate helper in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    helpers = {node.name: ctx for node in tree.body if isinstance(node, ast.FunctionDef)
               for ctx in [_helper_context(node)] if ctx is not None}
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in helpers and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            found.append((helpers[node.func.id], node.args[0].value, node.lineno))
    return found


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Calls(ast.NodeVisitor):
    """Collects ``self.tr("…")`` (under the enclosing class) and ``translate("Ctx", "…")``."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: list[tuple[str, str, int, bool]] = []
        #: Lines of the ``translate`` calls (``self.tr`` lupdate reads well without counts).
        self.direct: set[tuple[str, str, int]] = set()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        counted = any(k.arg == "n" for k in node.keywords)
        if (isinstance(func, ast.Attribute) and func.attr == "tr" and self.classes
                and isinstance(func.value, ast.Name) and func.value.id in ("self", "cls")):
            text = _literal(node.args[0]) if node.args else None
            if text is not None:
                self.found.append((self.classes[-1], text, node.lineno,
                                   counted or len(node.args) >= 3))
        elif isinstance(func, ast.Attribute) and func.attr == "translate" and len(node.args) >= 2:
            ctx, text = _literal(node.args[0]), _literal(node.args[1])
            if ctx is not None and text is not None:
                self.found.append((ctx, text, node.lineno, counted or len(node.args) >= 4))
                self.direct.add((ctx, text, node.lineno))
        self.generic_visit(node)


def _finder(path: Path) -> _Calls:
    finder = _Calls()
    finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return finder


def calls_of(path: Path) -> list[tuple[str, str, int, bool]]:
    """``(context, text, line, counted)`` for every ``self.tr`` and ``translate`` call with
    literal text in ``path``; ``counted`` when it is given a count (plural forms)."""
    return _finder(path).found


def catalogue(roots: list[str]) -> list[tuple[str, str, str, bool]]:
    """Every translatable string of the .py files under ``roots``: ``(context, text,
    where, counted)``, from translate helpers and from direct calls."""
    out: list[tuple[str, str, str, bool]] = []
    for root in roots:
        for path in sorted(Path(root).rglob("*.py")):
            out += [(ctx, text, f"{path}:{line}", False)
                    for ctx, text, line in strings_of(path)]
            out += [(ctx, text, f"{path}:{line}", counted)
                    for ctx, text, line, counted in calls_of(path)]
    return out


def main(argv: list[str]) -> int:
    """Print the file lupdate reads for every .py under the given folders."""
    print('"""Generated by packaging/tr_aliases.py for pyside6-lupdate; do not edit."""')
    print("from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication")
    for root in argv or ["zoneeditor"]:
        for path in sorted(Path(root).rglob("*.py")):
            for ctx, text, line in strings_of(path):
                print(f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})  # {path}:{line}")
            finder = _finder(path)
            for ctx, text, line, counted in finder.found:
                if counted:
                    print(f"QCoreApplication.translate({ctx!r}, {text!r}, '', 1)"
                          f"  # {path}:{line}")
                elif (ctx, text, line) in finder.direct:
                    print(f"QT_TRANSLATE_NOOP({ctx!r}, {text!r})  # {path}:{line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
