"""The Changes panel as a person finds it (for GUI tests): comparing the sample's agreed
baseline with Proposal B, its tab in front, its table drawn."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from zoneeditor.gui.diff_panel import DiffPanel
from zoneeditor.gui.main_window import MainWindow


def shown_changes(window: MainWindow, qtbot: QtBot) -> DiffPanel:
    """``window``'s Changes panel comparing "agreed" with "Proposal B", computed, raised
    to the front of its tab group and its table laid out."""
    panel = window.addons.changes
    panel.set_versions("agreed", "Proposal B")
    assert panel.wait() is not None
    panel.parentWidget().parentWidget().parentWidget().raise_()  # its tab in front
    qtbot.waitUntil(lambda: panel.table.isVisible() and panel.table.viewport().height() > 50,
                    timeout=3000)
    qtbot.wait(50)
    return panel
