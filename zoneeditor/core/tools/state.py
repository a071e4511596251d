"""Editing state shared by every tool of one open document: snapping, avoid-overlap, defaults.

The foundation's ``ToolContext`` carries the document, the selection and the locks; the
settings a delegate toggles while drawing (snapping on/off with ``N``, "avoid overlap", the
party last used for a new feature, the basemap to snap to) live here, one ``EditState`` per
document, so every tool and the window's toggles see the same values without the tool
protocol having to change.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zoneeditor.core.changes import ChangeSet

if TYPE_CHECKING:
    from zoneeditor.core.document import Document
    from zoneeditor.core.reference_targets import ReferenceTargets
    from zoneeditor.core.tools.base import ToolContext

#: Snap radius in screen pixels; the canvas converts it to map units for each PointerEvent.
SNAP_PIXELS = 10


@dataclass(eq=False)
class EditState:
    """What the editing tools of one document share.

    ``snap_enabled`` is toggled with the snapping key; holding Ctrl suspends it for a click.
    ``avoid_overlap`` clips a new zone against other parties' zones (off by default).
    ``last_party`` is the party given to new features (the last one used: set when a tool
    creates a feature or when any edit changes a feature's party).
    ``basemap`` is an optional ``core.basemap_model.Basemap`` whose borders are snap targets.
    ``generation`` counts document changes, so caches (the snap index) know when to rebuild.
    ``references`` are the visible vector reference layers as snap targets (the window sets
    it when references are loaded, shown or hidden); ``trace`` makes the draw tools follow
    a reference line between two clicks snapped onto it (``core.reference_targets``).
    """

    snap_enabled: bool = True
    avoid_overlap: bool = False
    last_party: str = ""
    basemap: Any = None
    snap_to_agreed: bool = True
    snap_to_basemap: bool = True
    references: ReferenceTargets | None = None
    snap_to_references: bool = True
    trace: bool = False
    generation: int = 0
    cache: dict[str, Any] = field(default_factory=dict)

    def on_changed(self, changeset: ChangeSet | None = None) -> None:
        """The document changed: invalidate caches and remember a party the user chose."""
        self.generation += 1
        self.cache.clear()
        if isinstance(changeset, ChangeSet):
            for d in changeset.deltas:
                if d.old is not None and d.new is not None and d.new.party \
                        and d.old.party != d.new.party:
                    self.last_party = d.new.party

    def on_version_changed(self, _name: str = "") -> None:
        """Another version is edited now: the snap targets differ."""
        self.generation += 1
        self.cache.clear()


_STATES: weakref.WeakKeyDictionary[Any, EditState] = weakref.WeakKeyDictionary()


def edit_state(owner: ToolContext | Document) -> EditState:
    """The ``EditState`` of a document (pass the document or a ToolContext holding it)."""
    document = getattr(owner, "document", owner)
    state = _STATES.get(document)
    if state is None:
        state = EditState()
        _STATES[document] = state
        document.changed.connect(state.on_changed)
        document.current_version_changed.connect(state.on_version_changed)
    return state
