"""The two versions the Changes panel compares: its From and To boxes.

The boxes show versions by display name ("Agreed baseline") and keep them by name. By
default From is the agreed baseline and To follows the version the map shows; once the user
picks a To version (or a caller sets the pair) it stays put.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QWidget

from zoneeditor.core.document import Document
from zoneeditor.core.model import AGREED
from zoneeditor.gui.elided_combo import ElidedComboBox
from zoneeditor.i18n.values import version_title


def chosen(box: QComboBox) -> str:
    """The version chosen in a From/To box (its name; the box shows its display name)."""
    return str(box.currentData() or "")


def choose(box: QComboBox, name: str) -> None:
    """Choose version ``name`` in a From/To box (nothing when it has no such version)."""
    index = box.findData(name)
    if index >= 0:
        box.setCurrentIndex(index)


class VersionPair(QObject):
    """The From and To boxes (``from_box``, ``to_box``) and whether To follows the map."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.from_box = ElidedComboBox(parent)
        self.from_box.setObjectName("diffFrom")
        self.to_box = ElidedComboBox(parent)
        self.to_box.setObjectName("diffTo")
        for box in (self.from_box, self.to_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        #: True while To follows the version the map shows.
        self.follows_current = True
        self.to_box.activated.connect(self._on_to_picked)

    def names(self) -> tuple[str, str]:
        """(From, To): the names of the chosen versions."""
        return chosen(self.from_box), chosen(self.to_box)

    def fill(self, document: Document, reset: bool = False) -> None:
        """List ``document``'s versions; keep the pair when both still exist (unless
        ``reset``), else the baseline against the version shown (or the first other)."""
        names = list(document.project.versions)
        old_from, old_to = self.names()
        if reset or old_from not in names or old_to not in names:
            current = document.current_version
            old_from = AGREED
            old_to = current if current != AGREED else next(
                (n for n in names if n != AGREED), AGREED)
        if reset:
            self.follows_current = True
        for box, choice in ((self.from_box, old_from), (self.to_box, old_to)):
            box.blockSignals(True)
            box.clear()
            for name in names:
                box.addItem(version_title(name), name)
            box.setCurrentIndex(max(0, names.index(choice) if choice in names else 0))
            box.blockSignals(False)

    def set(self, old: str, new: str) -> None:
        """Compare ``old`` with ``new``; To then stays put when the map switches versions.
        One change signal at most (To's), so the panel recomputes once."""
        self.follows_current = False
        self.from_box.blockSignals(True)
        choose(self.from_box, old)
        self.from_box.blockSignals(False)
        choose(self.to_box, new)

    def follow(self, shown: str) -> None:
        """The map shows version ``shown``: To follows it, unless the user chose To."""
        if self.follows_current and shown != AGREED and shown != chosen(self.to_box):
            choose(self.to_box, shown)

    def _on_to_picked(self, _index: int = 0) -> None:
        self.follows_current = False
