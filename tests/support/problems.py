"""Three problems in the sample's "Proposal B", for tests of the Problems dock: Eastern
Ghouta redrawn across Northern Hama (a Government zone) and given a status no map knows,
North of Homs given no party."""

from __future__ import annotations

import shapely
from PySide6.QtWidgets import QDockWidget, QWidget

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.messages import Message
from zoneeditor.gui.tool_problems_panel import ProblemsPanel

ACROSS_HAMA = shapely.box(36.5, 35.1, 36.8, 35.3)


def three_problems(window) -> ProblemsPanel:
    """Make the three problems in ``window`` (a zoneeditor main window on the sample) and
    return the Problems panel, its dock shown in front and its list refreshed."""
    window.map.version("Proposal B")
    doc = window.document
    ghouta, homs = doc.feature("zone-ghouta"), doc.feature("zone-homs")
    moved = ghouta.with_geometry(ACROSS_HAMA).with_attributes(status="pending")
    window.editor.push(ChangeSet(Message("Move %1", ghouta.label), "Proposal B",
                                 (Delta(ghouta, moved),
                                  Delta(homs, homs.with_attributes(party="")))))
    panel = window.findChild(ProblemsPanel)
    dock = dock_of(panel)
    dock.show()
    dock.raise_()
    panel.refresh()
    return panel


def dock_of(widget: QWidget) -> QDockWidget:
    """The dock ``widget`` sits in."""
    parent = widget.parentWidget()
    while not isinstance(parent, QDockWidget):
        assert parent is not None, "not in a dock"
        parent = parent.parentWidget()
    return parent
