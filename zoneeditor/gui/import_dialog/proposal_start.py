"""What a new proposal made by an import starts from: a copy of a version with the files'
features put in (``core.put_in``), or the files' features alone.

A delegate importing a colleague's file that holds only the two zones they redrew expects
the baseline with those two zones replaced, not a proposal of two zones that the Changes
panel reads as "every other zone removed". So when the files' features pair with features of
a version, putting them into a copy of a version is the default: of a version they stand
for whole (every feature paired), the one they hold most of unchanged, i.e. the one the file
was made from; the copy is then the files' features, each keeping that version's values for
the columns its file does not have (``core.kept_attributes``: a version sent back without
its notes column keeps its notes). Otherwise the version most of them pair with, the
baseline on a tie (a colleague's redrawn zones are unchanged in no version, so "unchanged"
cannot say which they started from). When they pair with nothing (a map of its own), the
files' features alone are the default.
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
    QRadioButton,
    QWidget,
)

from zoneeditor.core.document import Document
from zoneeditor.core.kept_attributes import Given
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import AGREED, Feature
from zoneeditor.core.put_in import PutIn
from zoneeditor.gui.wrapped_label import WrappedLabel
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
        #: The attributes each feature's file gives (``ImportResult.given``).
        self._given: Given = {}
        self._user_chose = False
        self.copy_radio = QRadioButton(self.tr("P&ut the imported features into a copy of"))
        self.base_box = QComboBox()
        # Arabic lines filling the width lost their end at the left edge (gui.wrapped_label)
        self.copy_text = WrappedLabel(self.tr(
            "The imported features replace the ones they match (by id, code, name or shared "
            "area), new ones are added, and every other feature is kept."))
        self.only_radio = QRadioButton(self.tr("Only &the imported features"))
        self.only_text = WrappedLabel(self.tr(
            "The proposal holds nothing else, so Changes lists every other feature as "
            "removed."))
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

    def set_features(self, features: Sequence[Feature], given: Given | None = None) -> None:
        """The features the files would bring in now (``given``: the attributes their
        files give, as the import puts them in): pair them with the chosen version's, and
        choose the default unless the user chose."""
        if [id(f) for f in features] == [id(f) for f in self._features]:
            return  # the same features (the dialog asks at every change of its state)
        self._features = list(features)
        self._given = dict(given or {})
        if self._user_chose:
            self._preview()
        else:
            self._choose_default()

    def _choose_default(self) -> None:
        """Copy the version the features pair with best, or none (module doc)."""
        from zoneeditor.io.exchange import put_in_preview

        best: tuple[int, int, int, int] | None = None
        for index in range(self.base_box.count()):
            name = str(self.base_box.itemData(index))
            if not self._features or name not in self.document.project.versions:
                continue
            preview = put_in_preview(self.document.project, self._features, name,
                                     self._given)
            # a version the files stand for whole, the one they hold most of unchanged (the
            # one they were made from); else the one most paired, the first listed (the
            # baseline) on a tie: a colleague's redrawn zones are unchanged in no version
            whole = preview.covers_all and bool(preview.replaced)
            score = (int(whole), len(preview.replaced), len(preview.same) if whole else 0,
                     -index)
            if best is None or score > best:
                best, self.preview = score, preview
                self.base_box.blockSignals(True)
                self.base_box.setCurrentIndex(index)
                self.base_box.blockSignals(False)
        if best is None:
            self.preview = None
        (self.copy_radio if best is not None and best[1] else self.only_radio).setChecked(True)

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
        self.preview = put_in_preview(self.document.project, self._features, str(name),
                                      self._given) \
            if self._features and name in self.document.project.versions else None

    def _on_user_choice(self) -> None:
        self._user_chose = True
        self.changed.emit()

    def _on_base_changed(self, _index: int) -> None:
        self._preview()
        self.changed.emit()
