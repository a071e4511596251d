"""Editing state shared by every tool of one open document: snapping, avoid-overlap, defaults.

The foundation's ``ToolContext`` carries the document, the selection and the locks; the
settings a delegate toggles while drawing (snapping on/off with ``N``, "avoid overlap", the
party chosen for the drawing session, the basemap to snap to) live here, one ``EditState`` per
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
    from zoneeditor.core.tools.base import ToolContext

#: Snap radius in screen pixels; the canvas converts it to map units for each PointerEvent.
SNAP_PIXELS = 10


@dataclass(eq=False)
class EditState:
    """What the editing tools of one document share.

    ``snap_enabled`` is toggled with the snapping key; holding Ctrl suspends it for a click.
    ``avoid_overlap`` clips a new zone against other parties' zones (off by default).
    ``drawing_party`` is the party given to new zones and lines: the one the delegate chose
    for this drawing session (shown in the toolbar), empty by default. It is never guessed
    from other edits: a neutral tool does not pick a side, so without a choice new
    features have no party and validation lists the zones among them.
    ``basemap`` is an optional ``core.basemap_model.Basemap`` whose borders are snap targets.
    ``generation`` counts document changes, so caches (the snap index) know when to rebuild.
    """

    snap_enabled: bool = True
    avoid_overlap: bool = False
    drawing_party: str = ""
    basemap: Any = None
    snap_to_agreed: bool = True
    snap_to_basemap: bool = True
    generation: int = 0
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def last_party(self) -> str:
        """Former name of ``drawing_party`` (kept so older callers and tests still work)."""
        return self.drawing_party

    @last_party.setter
    def last_party(self, party: str) -> None:
        self.drawing_party = party

    def on_changed(self, changeset: ChangeSet | None = None) -> None:
        """The document changed: invalidate caches (the snap index)."""
        self.generation += 1
        self.cache.clear()

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
