"""What a new proposal made by an import starts from: a copy of a version with the files'
features put in (``core.put_in``), or the files' features alone.

A delegate importing a colleague's file that holds only the two zones they redrew expects
the baseline with those two zones replaced, not a proposal of two zones that the Changes
panel reads as "every other zone removed". So when the files stand for only part of the
version (some of its features are paired with theirs, and some are not), putting them into a
copy is the default; when they stand for all of it, or for none of it (a map of its own),
the files' features alone are, as before.
A choice the user made is kept while the files are read again or mapped otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from zoneeditor.core.document import Document
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import AGREED, Feature
from zoneeditor.core.put_in import PutIn
from zoneeditor.i18n.values import version_title


class ProposalStart(QWidget):
    """Two choices, each with one sentence saying what it does: "Put the files' features
    into a copy of [version]" and "Only the files' features"."""

    #: The user changed the choice or the version (the dialog's summary follows).
    changed = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        #: What putting the current features into the chosen version would do (None: no
        #: features, or no version to copy).
        self.preview: PutIn | None = None
        self._features: list[Feature] = []
        self._user_chose = False
        self.copy_radio = QRadioButton(self.tr("P&ut the imported features into a copy of"))
        self.base_box = QComboBox()
        self.copy_text = QLabel(self.tr(
            "The imported features replace the ones they match (by id, code, name or shared "
            "area), new ones are added, and every other feature is kept."))
        self.only_radio = QRadioButton(self.tr("Only &the imported features"))
        self.only_text = QLabel(self.tr(
            "The proposal holds nothing else, so Changes lists every other feature as "
            "removed."))
        for text in (self.copy_text, self.only_text):
            text.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.copy_radio)
        self.group.addButton(self.only_radio)
        self.only_radio.setChecked(True)
        copy_row = QHBoxLayout()
        copy_row.setContentsMargins(0, 0, 0, 0)
        copy_row.addWidget(self.copy_radio)
        copy_row.addWidget(self.base_box)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(copy_row, 0, 0)
        grid.addWidget(self.copy_text, 0, 1)
        grid.addWidget(self.only_radio, 1, 0)
        grid.addWidget(self.only_text, 1, 1)
        grid.setColumnStretch(1, 1)
        self.fill_versions()
        self.copy_radio.clicked.connect(self._on_user_choice)
        self.only_radio.clicked.connect(self._on_user_choice)
        self.base_box.currentIndexChanged.connect(self._on_base_changed)

    def fill_versions(self) -> None:
        """List the project's versions to copy (the agreed baseline first, chosen)."""
        self.base_box.blockSignals(True)
        self.base_box.clear()
        for name in self.document.project.versions:
            self.base_box.addItem(version_title(name), name)
        index = self.base_box.findData(AGREED)
        self.base_box.setCurrentIndex(max(0, index))
        self.base_box.blockSignals(False)
        self.setVisible(self.base_box.count() > 0)

    def base(self) -> str | None:
        """The version to copy when the features are to be put into a copy of it, else
        None (only the files' features)."""
        if not self.copy_radio.isChecked() or self.base_box.count() == 0:
            return None
        return str(self.base_box.currentData())

    def set_features(self, features: Sequence[Feature]) -> None:
        """The features the files would bring in now: pair them with the chosen version's,
        and choose the default unless the user chose."""
        if [id(f) for f in features] == [id(f) for f in self._features]:
            return  # the same features (the dialog asks at every change of its state)
        self._features = list(features)
        self._preview()
        if not self._user_chose and self.preview is not None:
            # some of the version's features paired, not all: the files redraw part of it
            partial = bool(self.preview.replaced) and not self.preview.covers_all
            (self.copy_radio if partial else self.only_radio).setChecked(True)

    def summary(self) -> str:
        """What putting the features into the copy does, counted as the import command
        counts it (``PutIn.counts``; "" when not chosen)."""
        if self.base() is None or self.preview is None:
            return ""
        replaced, added, kept = self.preview.counts()
        return (substitute(self.tr("into a copy of %1: %2 replaced, %3 added, %4 kept unchanged"),
                           (self.base_box.currentText(), str(replaced), str(added), str(kept))))

    def _preview(self) -> None:
        from zoneeditor.io.exchange import put_in_preview

        name = self.base_box.currentData()
        self.preview = put_in_preview(self.document.project, self._features, str(name)) \
            if self._features and name in self.document.project.versions else None

    def _on_user_choice(self) -> None:
        self._user_chose = True
        self.changed.emit()

    def _on_base_changed(self, _index: int) -> None:
        self._preview()
        self.changed.emit()
