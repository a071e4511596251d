"""Editing state shared by every tool of one open document: snapping, avoid-overlap, defaults.

The foundation's ``ToolContext`` carries the document, the selection, the locks and one
``EditState``: the settings a delegate toggles while drawing (snapping on/off with ``N``,
"avoid overlap", the party chosen for the drawing session, the basemap to snap to) and the
caches built from the document (the snap index). Every tool made with the same context sees
the same values. The context keeps the state in step with its document (see
``ToolContext``); whoever opens another document makes a new context, carrying the user's
switches over with ``EditState.carried_over``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from zoneeditor.core.changes import ChangeSet

if TYPE_CHECKING:
    from zoneeditor.core.basemap_model import Basemap
    from zoneeditor.core.reference_targets import ReferenceTargets

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
    ``retired`` keeps what the caches held before the last change, for the next build to take
    over what still holds (the snap targets of geometries that did not change).
    ``references`` are the visible vector reference layers as snap targets (the window sets
    it when references are loaded, shown or hidden); ``trace`` makes the draw tools follow
    a reference line between two clicks snapped onto it (``core.reference_targets``).
    """

    snap_enabled: bool = True
    avoid_overlap: bool = False
    drawing_party: str = ""
    basemap: Basemap | None = None
    snap_to_agreed: bool = True
    snap_to_basemap: bool = True
    references: ReferenceTargets | None = None
    snap_to_references: bool = True
    trace: bool = False
    generation: int = 0
    cache: dict[str, Any] = field(default_factory=dict)
    retired: dict[str, Any] = field(default_factory=dict)

    def on_changed(self, changeset: ChangeSet | None = None) -> None:
        """The document changed: invalidate caches (the snap index)."""
        self.generation += 1
        self._retire()

    def on_version_changed(self, _name: str = "") -> None:
        """Another version is edited now: the snap targets differ."""
        self.generation += 1
        self._retire()

    def _retire(self) -> None:
        self.retired.update(self.cache)
        self.cache.clear()

    def carried_over(self) -> EditState:
        """A fresh state for another document that keeps the user's switches (snapping,
        avoid overlap, snap targets, tracing, the basemap) and forgets what belonged to this
        one (the drawing party, its reference layers, the caches)."""
        return EditState(snap_enabled=self.snap_enabled, avoid_overlap=self.avoid_overlap,
                         basemap=self.basemap, snap_to_agreed=self.snap_to_agreed,
                         snap_to_basemap=self.snap_to_basemap,
                         snap_to_references=self.snap_to_references, trace=self.trace)

