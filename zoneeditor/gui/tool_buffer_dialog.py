"""The buffer-width dialog: width in km on each side of a line of contact, equal or not."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.gui.wrapped_label import WrappedLabel

#: Width offered the first time (km): the 2017 memoranda spoke of a few km.
DEFAULT_KM = 2.0


class BufferDialog(QDialog):
    """Ask the left and right widths (km) of a buffer security zone around ``line_name``.

    Left and right are as seen walking the line from its first vertex to its last; the
    "same width on both sides" box (on by default) keeps them equal.
    """

    def __init__(self, line_name: str, parent: QWidget | None = None,
                 left_km: float = DEFAULT_KM, right_km: float = DEFAULT_KM) -> None:
        super().__init__(parent)
        self.setObjectName("bufferDialog")
        self.setWindowTitle(self.tr("Buffer security zone"))
        # a right-to-left line filling the width lost its end at the left edge
        intro = WrappedLabel(self.tr("Buffer zone around “%1”.\nLeft and right as seen walking the "
                               "line from its first vertex to its last.").replace("%1",
                                                                                 line_name))
        self.equal = QCheckBox(self.tr("Same width on both sides"))
        self.equal.setChecked(abs(left_km - right_km) < 1e-9)
        self.left = self._spin(left_km, "leftWidth")
        self.right = self._spin(right_km, "rightWidth")
        form = QFormLayout()
        form.addRow(self.equal)
        form.addRow(self.tr("Width on the left (km):"), self.left)
        form.addRow(self.tr("Width on the right (km):"), self.right)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.equal.toggled.connect(self.on_equal_toggled)
        self.left.valueChanged.connect(self.on_left_changed)
        self.left.valueChanged.connect(self._check)
        self.right.valueChanged.connect(self._check)
        self.on_equal_toggled(self.equal.isChecked())

    def _spin(self, value: float, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setDecimals(2)
        spin.setRange(0.0, 100.0)
        spin.setSingleStep(0.5)
        spin.setSuffix(self.tr(" km"))
        spin.setValue(value)
        return spin

    def on_equal_toggled(self, equal: bool) -> None:
        """Equal widths: the right follows the left and cannot be edited."""
        self.right.setEnabled(not equal)
        if equal:
            self.right.setValue(self.left.value())

    def on_left_changed(self, value: float) -> None:
        """Keep the right width equal while the box is checked."""
        if self.equal.isChecked():
            self.right.setValue(value)

    def _check(self) -> None:
        self.ok_button.setEnabled(self.left.value() > 0 or self.right.value() > 0)

    def widths(self) -> tuple[float, float]:
        """(left_km, right_km) as entered."""
        return self.left.value(), self.right.value()
