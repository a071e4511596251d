"""What ``zoneeditor`` imports before its window is shown stays light (docs/window.md,
"Start-up"): no model, numpy, shapely, journal or recovery before the shell's first paint.

A session of issue #19 imported ``core.naming`` (and through it shapely and numpy) at the top
of ``gui.app`` for one error sentence: the window came up ~100 ms later (1.7× a bare window
became 2.4×, bench/startup.py), and nothing failed. This test fails instead."""

from __future__ import annotations

import subprocess
import sys

#: The modules ``python -m zoneeditor [PROJECT]`` imports before the shell is shown.
BEFORE_THE_SHELL = ("zoneeditor.__main__", "zoneeditor.cli", "zoneeditor.cli.window_target",
                    "zoneeditor.cli.team_window", "zoneeditor.gui.app",
                    "zoneeditor.gui.main_window", "zoneeditor.gui.window_shell",
                    "zoneeditor.gui.window_snapshot")
#: What they must not pull in (the map's part imports them after the first paint).
HEAVY = ("numpy", "shapely", "pyproj", "zoneeditor.core.model", "zoneeditor.cli.common",
         "zoneeditor.io.journal", "zoneeditor.io.recovery")


def imported_after(code: str, watched: tuple[str, ...]) -> list[str]:
    """Which of ``watched`` a fresh interpreter has imported after running ``code``."""
    code += f"\nimport sys\nprint(' '.join(m for m in {watched!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True)
    return out.stdout.split()


def test_the_shell_is_shown_before_the_model_numpy_and_shapely_are_imported():
    code = ("import importlib\n"
            f"for name in {BEFORE_THE_SHELL!r}:\n"
            "    importlib.import_module(name)")
    assert imported_after(code, HEAVY) == []


#: What ``zoneeditor diff`` of two versions of a project does not need: ``numpy.ma``
#: (``np.unique`` imports it on first use: ~12 ms of a ~220 ms command on the sample, issue
#: #19 item 3, for a helper that only marked rows).
NOT_FOR_A_PROJECT_DIFF = ("numpy.ma",)


def test_a_project_diff_does_not_import_numpy_ma():
    from zoneeditor.io.resources import resource_path

    sample = next(resource_path("sample").glob("*.gpkg"))
    code = ("import contextlib, io\n"
            "from zoneeditor.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
            f"    status = main(['diff', {f'{sample}:agreed'!r}, {f'{sample}:Proposal B'!r}])\n"
            "assert status == 0 and 'modified' in out.getvalue(), (status, out.getvalue())")
    assert imported_after(code, NOT_FOR_A_PROJECT_DIFF) == []
