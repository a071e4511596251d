"""Find user-facing strings that do not go through Qt's translation (tr / translate).

Run from the repository root:   python packaging/check_tr.py [PATH ...]
(default: zoneeditor/gui and the print modules of zoneeditor/render). Prints one line per
offender, ``file:line: call(...): 'text'``, and exits 1 when there is any.

It flags a plain string literal, or an f-string, given to a Qt call that shows text to a user
(setText, setToolTip, QAction(...), QMessageBox.warning(...), addAction, showMessage, ...)
and not wrapped in ``tr(...)``/``translate(...)``. It also flags ``obj.tr(...)`` where ``obj``
is not ``self``: lupdate files such strings under the *variable's* name as context
("window"), while at run time Qt looks them up under the object's class ("MainWindow"), so
they are never translated.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

#: Methods whose (first) string argument is shown to the user.
TEXT_METHODS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle",
    "setPlaceholderText", "setTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "showMessage", "addAction", "addMenu", "setHeaderLabels",
    "setHorizontalHeaderLabels", "addTab", "insertTab", "setTabText", "setPrefix",
    "setSuffix", "setSpecialValueText", "addItem", "addRow", "setWindowIconText",
    "status", "show_error", "setAccessibleName",
}
#: Constructors and static helpers whose string arguments are shown.
TEXT_CALLS = {
    "QAction", "QMenu", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QToolButton", "QDockWidget", "QToolBar", "QCommandLinkButton",
    "warning", "critical", "information", "question", "about", "getText", "getItem",
    "getSaveFileName", "getOpenFileName", "getExistingDirectory", "getInt", "getDouble",
}
TRANSLATORS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
DEFAULT_PATHS = ("zoneeditor/gui", "zoneeditor/render/print_*.py")


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_text(node: ast.expr) -> bool:
    """A literal with letters in it (not '', not '—', not a key like 'Ctrl+S'), or f-string."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and any(c.isalpha() for c in str(v.value))
                   for v in node.values)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        return (sum(c.isalpha() for c in text) >= 2 and " " in text) or (
            len(text) > 2 and text[:1].isupper() and text.isalpha())
    if isinstance(node, ast.BinOp):  # "a" + "b", "..." % x
        return _is_text(node.left) or _is_text(node.right)
    return False


class Finder(ast.NodeVisitor):
    """Collects offenders in one module."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: list[str] = []

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        if name in TRANSLATORS:
            if (name == "tr" and isinstance(node.func, ast.Attribute)
                    and not (isinstance(node.func.value, ast.Name)
                             and node.func.value.id in ("self", "cls"))):
                target = ast.unparse(node.func.value)
                self._add(node, f"{target}.tr(...) is filed under context {target!r} by "
                                f"lupdate, not the class: use QCoreApplication.translate("
                                f"'ClassName', ...)", node.args[0] if node.args else None)
            return  # what is inside tr() is fine
        if name in TEXT_METHODS or name in TEXT_CALLS:
            args = list(node.args) + [k.value for k in node.keywords if k.arg in (
                "text", "title", "label", "toolTip", "statusTip")]
            for arg in args:
                if isinstance(arg, ast.List):
                    for item in arg.elts:
                        if _is_text(item):
                            self._add(node, f"{name}(...)", item)
                elif _is_text(arg):
                    self._add(node, f"{name}(...)", arg)
        self.generic_visit(node)

    def _add(self, node: ast.Call, what: str, arg: ast.expr | None) -> None:
        text = ast.unparse(arg)[:70] if arg is not None else ""
        self.found.append(f"{self.path}:{node.lineno}: {what}: {text}")


def files(paths: list[str]) -> list[Path]:
    """The Python files named by ``paths`` (folders and globs expanded)."""
    out: list[Path] = []
    for spec in paths:
        p = Path(spec)
        if p.is_dir():
            out += sorted(p.rglob("*.py"))
        elif any(ch in spec for ch in "*?["):
            out += sorted(Path().glob(spec))
        elif p.is_file():
            out.append(p)
    return out


def main(argv: list[str]) -> int:
    """Print offenders; 1 when there are any."""
    found: list[str] = []
    for path in files(argv or list(DEFAULT_PATHS)):
        finder = Finder(path)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        found += finder.found
    for line in found:
        print(line)
    print(f"{len(found)} string(s) not translatable", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
