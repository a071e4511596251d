"""What the layers panel controls: visibility, locks, opacity, order, baseline options.

One small object shared by the panel (which edits it), the canvas (which draws with it) and
the tools (which must not edit locked layers). The agreed baseline is locked by default: a
delegate switches to a proposal, or unlocks it on purpose, to change anything.

Locks are one state, kept apart for the agreed baseline and for the proposals: "Agreed
baseline locked" is every layer of the baseline locked, and the panel's Lock column shows
the locks of the version shown. While the baseline is shown the two follow each other
(the column showed three open locks beside a ticked "Agreed baseline locked", on a
baseline nobody could edit); a proposal's layer locks hold for every proposal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from zoneeditor.core.model import AGREED, LayerKind

#: Top to bottom, as the panel lists them (the canvas draws them bottom to top).
DEFAULT_PANEL_ORDER = [LayerKind.POINTS, LayerKind.LINES, LayerKind.ZONES]


class LayerState(QObject):
    """Layer display and lock settings; ``changed`` fires after any change."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hidden: set[str] = set()
        #: Locked layers (LayerKind values) of the agreed baseline, and of the proposals
        self._locks: dict[bool, set[str]] = {True: {k.value for k in LayerKind}, False: set()}
        #: The version shown: the Lock column and ``locked`` are its locks (``show_version``)
        self.version = AGREED
        self.opacity: dict[str, float] = {k.value: 1.0 for k in LayerKind}
        self.panel_order: list[LayerKind] = list(DEFAULT_PANEL_ORDER)
        self.baseline_underlay = True
        self.show_basemap = True
        self.show_towns = True

    @property
    def draw_order(self) -> tuple[LayerKind, ...]:
        """Layers bottom to top, for the renderer."""
        return tuple(reversed(self.panel_order))

    @property
    def locked(self) -> frozenset[str]:
        """The locked layers (LayerKind values) of the version shown."""
        return self.locked_in(self.version)

    def locked_in(self, version: str) -> frozenset[str]:
        """The locked layers (LayerKind values) of ``version``."""
        return frozenset(self._locks[version == AGREED])

    @property
    def locks(self) -> tuple[frozenset[str], frozenset[str]]:
        """Every lock as it stands: the locked layers of the agreed baseline, then of the
        proposals (what undo and redo follow: ``Editor``)."""
        return frozenset(self._locks[True]), frozenset(self._locks[False])

    @property
    def baseline_locked(self) -> bool:
        """True when every layer of the agreed baseline is locked ("Agreed baseline
        locked"); ``baseline_partly_locked`` when some are."""
        return len(self._locks[True]) == len(LayerKind)

    @property
    def baseline_partly_locked(self) -> bool:
        """True when some layers of the agreed baseline are locked, but not all."""
        return 0 < len(self._locks[True]) < len(LayerKind)

    def show_version(self, version: str) -> None:
        """The window shows ``version`` now: the Lock column shows its locks."""
        if version != self.version:
            self.version = version
            self.changed.emit()

    def version_locked(self, version: str) -> bool:
        """True when ``version`` may not be edited (the agreed baseline while locked)."""
        return version == AGREED and self.baseline_locked

    def is_editable(self, version: str, layer: LayerKind | str) -> bool:
        """True when features of ``layer`` in ``version`` may be changed."""
        return LayerKind(layer).value not in self.locked_in(version)

    def set_visible(self, layer: LayerKind | str, visible: bool) -> None:
        """Show or hide a layer."""
        key = LayerKind(layer).value
        (self.hidden.discard if visible else self.hidden.add)(key)
        self.changed.emit()

    def set_locked(self, layer: LayerKind | str, locked: bool) -> None:
        """Lock or unlock a layer of the version shown against edits (of the agreed
        baseline when it is shown, else of the proposals)."""
        key = LayerKind(layer).value
        locks = self._locks[self.version == AGREED]
        (locks.add if locked else locks.discard)(key)
        self.changed.emit()

    def set_opacity(self, layer: LayerKind | str, opacity: float) -> None:
        """Set a layer's opacity, 0..1."""
        self.opacity[LayerKind(layer).value] = max(0.0, min(1.0, float(opacity)))
        self.changed.emit()

    def move(self, layer: LayerKind | str, step: int) -> None:
        """Move a layer up (step -1) or down (+1) in the panel order."""
        kind = LayerKind(layer)
        i = self.panel_order.index(kind)
        j = max(0, min(len(self.panel_order) - 1, i + step))
        if i != j:
            self.panel_order.insert(j, self.panel_order.pop(i))
            self.changed.emit()

    def set_flag(self, name: str, value: bool) -> None:
        """Set one of baseline_locked, baseline_underlay, show_basemap, show_towns."""
        if name not in ("baseline_locked", "baseline_underlay", "show_basemap", "show_towns"):
            raise AttributeError(name)
        if name == "baseline_locked":  # every layer of the baseline, as its Lock column shows
            self._locks[True] = {k.value for k in LayerKind} if value else set()
        else:
            setattr(self, name, bool(value))
        self.changed.emit()
