"""Extension point: features added by other modules without editing the main window.

Each entry of ``INSTALLERS`` is ``"package.module:function"``; at the end of
``MainWindow.__init__`` every function is imported and called with the window. An
installer adds menus (``window.menu("View")``), docks (``window.add_dock``), overlays
(``window.canvas.add_overlay``) and listens to ``window.session_changed``.

A broken installer must not stop the editor from opening: its error is logged and shown in
the status bar, and the other installers still run.
"""

from __future__ import annotations

import importlib
import logging
import traceback

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

#: "module:function" strings, called in order with the MainWindow.
INSTALLERS: list[str] = [
    "zoneeditor.gui.import_dialog:install",
    "zoneeditor.gui.export_dialog:install",
    "zoneeditor.gui.print_dialog:install",
    "zoneeditor.gui.tool_manager:install",
    "zoneeditor.gui.diff_panel:install",
]


def install_all(window, installers: list[str] | None = None) -> list[str]:
    """Import and call every installer with ``window``; return the ones that failed."""
    failed: list[str] = []
    for spec in INSTALLERS if installers is None else installers:
        module_name, _, func_name = spec.partition(":")
        try:
            func = getattr(importlib.import_module(module_name), func_name or "install")
            func(window)
        except Exception:  # an add-on must never keep the editor from opening
            log.error("extension %s failed:\n%s", spec, traceback.format_exc())
            failed.append(spec)
    if failed:
        window.status(QCoreApplication.translate(
            "Extensions", "Some features could not be loaded: %1").replace("%1", ", ".join(failed)))
    return failed
