"""The snap and trace targets of the reference layers (``gui.reference_state``): built from the
visible, snappable vector references off the UI thread (``core.reference_targets``), and set
on the editing state of the open document (``EditState.references``), where the drawing
tools snap to them and trace along them.

They are built again only when the set of such references or their data changed; a new
editing state (another project, or the same one reopened) gets the targets set again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from zoneeditor.core.reference import ReferenceFeatures
from zoneeditor.core.reference_targets import ReferenceTargets
from zoneeditor.gui.background import BackgroundJobs

if TYPE_CHECKING:
    from zoneeditor.gui.editor import Editor

#: A snappable vector reference: its id, its name and its features.
SnapLayer = tuple[str, str, ReferenceFeatures]


class SnapTargets(QObject):
    """Keeps the editing state's reference targets in step with the snappable references."""

    def __init__(self, parent: QObject, editor: Editor) -> None:
        super().__init__(parent)
        self._editor = editor
        self._jobs = BackgroundJobs(self, "reference-targets")
        self._targets: ReferenceTargets | None = None
        self._key: tuple | None = None  # None: not set on this editing state yet

    @property
    def targets(self) -> ReferenceTargets | None:
        """The targets now set on the editing state (None: no vector reference is visible
        and snappable)."""
        return self._targets

    def renew(self) -> None:
        """A new editing state: the targets are set on it at the next ``follow``."""
        self._key = None

    def follow(self, layers: list[SnapLayer]) -> None:
        """The snappable references are ``layers`` now: build their targets (off the UI
        thread) unless they are those built already, and set them on the editing state."""
        key = tuple((i, n, id(f)) for i, n, f in layers)
        if key == self._key:
            self._editor.edit_state.references = self._targets
            return
        self._key = key
        if not layers:
            self._jobs.cancel()
            self._set(None)
            return
        self._jobs.submit(lambda _p: ReferenceTargets.build(layers), on_done=self._set)

    def _set(self, targets: ReferenceTargets | None) -> None:
        self._targets = targets
        self._editor.edit_state.references = targets

    def is_busy(self) -> bool:
        """True while targets are being built."""
        return self._jobs.is_busy()

    def wait(self, timeout_s: float) -> None:
        """Process events until the targets being built were set, or ``timeout_s`` passed."""
        self._jobs.wait(timeout_s)
