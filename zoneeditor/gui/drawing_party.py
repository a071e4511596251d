"""The toolbar's "Party: none ▾": the party given to the zones and lines the delegate draws.

A neutral tool never picks a side on its own (``EditState.drawing_party`` is empty by
default, and new features then have no party); a delegate drawing their own side's proposal
chooses it here once for the session, and sees the choice at all times. The choice lives in
the editor's ``edit_state`` (carried over to the next project opened, where it is dropped
if that project has no such party).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPaintEvent, QPixmap
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from zoneeditor.core.model import Party
from zoneeditor.gui.editor import Editor
from zoneeditor.i18n.values import no_party, party_name


def swatch(colour: str, size: int = 12) -> QIcon:
    """A small square of a party's colour (the list and the closed combo)."""
    pix = QPixmap(size, size)
    pix.fill(QColor(colour) if QColor.isValidColorName(colour) else QColor("#888888"))
    return QIcon(pix)


class DrawingPartyCombo(QComboBox):
    """Shows and chooses ``editor.edit_state.drawing_party``: closed it reads
    "Party: none" (or the party's name), open it lists "no party" and the project's
    parties with their colours."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawingParty")
        self._editor = editor
        self._parties: tuple[Party, ...] | None = None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setToolTip(self.tr("Party given to the zones and lines you draw. None: they get "
                                "no party (choose one in Attributes later)."))
        self.activated.connect(self._on_activated)
        editor.session_changed.connect(self.reload)
        editor.document_changed.connect(self._on_document_changed)
        self.reload()

    @property
    def party(self) -> str:
        """The party chosen for drawing ('' for none)."""
        return self._editor.edit_state.drawing_party

    def choose(self, name: str) -> None:
        """Draw new features for party ``name`` ('' for no party)."""
        self._editor.edit_state.drawing_party = name
        self._show()

    def shown_text(self) -> str:
        """What the closed combo reads: "Party: none", "Party: Opposition"."""
        meta = self._editor.document.project.meta
        party = self.party
        shown = party_name(party, meta) if party else self.tr("none")
        return self.tr("Party: %1").replace("%1", shown)

    def reload(self, *_args: object) -> None:
        """The project's parties, in the list; a choice the project has no party for is
        dropped (never carried into a project where it would be a new, unknown party)."""
        meta = self._editor.document.project.meta
        self._parties = tuple(meta.parties)
        if self.party and self.party not in [p.name for p in meta.parties]:
            self._editor.edit_state.drawing_party = ""
        self.blockSignals(True)
        self.clear()
        self.addItem(no_party(), "")
        for p in meta.parties:
            self.addItem(swatch(p.colour), party_name(p.name, meta), p.name)
        self.blockSignals(False)
        self._show()

    def _on_document_changed(self, *_args: object) -> None:
        if tuple(self._editor.document.project.meta.parties) != self._parties:
            self.reload()

    def _on_activated(self, index: int) -> None:
        self.choose(self.itemData(index) or "")

    def _show(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(self.party)))
        self.blockSignals(False)
        self.updateGeometry()
        self.update()

    # -- the closed combo reads "Party: …" ----------------------------------------------------
    def sizeHint(self) -> QSize:
        """As wide as what it shows now, "Party: none" (a toolbar lays it out again when
        another party is chosen)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.shown_text())
        if not self.itemIcon(self.currentIndex()).isNull():
            width += self.iconSize().width() + 4
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                             QSize(width, metrics.height()), self)
        return QSize(size.width(), max(size.height(), super().sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        """Never narrower than its text: "Party: …" is never cut."""
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A combo box whose text is "Party: " and the current choice."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.currentText = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
