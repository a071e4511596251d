"""Nothing in gui/ uses a private name (leading underscore) of another package.

The GUI floor talks to core, io and render through their public surface only: a name with a
leading underscore may change without notice, and a widget that reaches for one ties the
lower floor's insides to the window (as the canvas once did with a private method of
render/map_labels.py). Checked on the source with ``ast``, so no Qt is needed:

- ``from zoneeditor.io.x import _name`` and ``import zoneeditor.render._x``;
- ``thing._private`` for anything but ``self``/``cls``: ``recovery._journals()`` or
  ``self.painter._label_text(...)`` (a type checker would know what ``thing`` is; this
  check does not, so in gui/ a private attribute is only ever reached on ``self``).

Dunder names (``__version__``, ``__future__``) are public. Within gui/ itself, modules may
import each other's private helpers.
"""

from __future__ import annotations

import ast
from pathlib import Path

import zoneeditor

GUI = Path(zoneeditor.__file__).resolve().parent / "gui"


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _absolute(module: str | None, level: int, here: str) -> str:
    if level == 0:
        return module or ""
    base = here.split(".")[:-level]
    return ".".join([*base, module] if module else base)


def _foreign(module: str) -> bool:
    """A module of another package of ours (zoneeditor.core, .io, .render...)."""
    return module.startswith("zoneeditor.") and not module.startswith("zoneeditor.gui")


def private_uses(path: Path) -> list[str]:
    """``file:line: what`` for every private name of another package that ``path`` uses."""
    here = "zoneeditor.gui." + path.stem
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = _absolute(node.module, node.level, here)
            if not _foreign(module):
                continue
            if any(_private(part) for part in module.split(".")):
                found.append(f"{path.name}:{node.lineno}: from {module} import ...")
            for alias in node.names:
                if _private(alias.name):
                    found.append(f"{path.name}:{node.lineno}: from {module} import "
                                 f"{alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if not _foreign(alias.name):
                    continue
                if any(_private(part) for part in alias.name.split(".")):
                    found.append(f"{path.name}:{node.lineno}: import {alias.name}")
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and _private(node.attr)
                and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_gui_uses_no_private_name_of_another_package():
    offenders = [hit for path in sorted(GUI.glob("*.py")) for hit in private_uses(path)]
    assert offenders == []


def test_the_check_finds_what_it_is_meant_to(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from zoneeditor.render.map_labels import _town_threshold\n"
        "from zoneeditor.io import recovery\n"
        "import zoneeditor.core._hidden\n"
        "from zoneeditor.gui.canvas import _private_but_ours\n"
        "from zoneeditor.core.model import __doc__\n"
        "recovery._journals()\n"
        "class Panel:\n"
        "    def paint(self):\n"
        "        self._mine = self.painter._label_text(1, 2)\n", encoding="utf-8")
    hits = private_uses(probe)
    assert [h.split(": ", 1)[1] for h in hits] == [
        "from zoneeditor.render.map_labels import _town_threshold",
        "import zoneeditor.core._hidden",
        "recovery._journals",
        "self.painter._label_text",
    ]
