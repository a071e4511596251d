"""The control point being placed in the georeferencing dialog (``gui.georef_dialog``), half
by half: its scan position — a click on the scan, or the x and y typed — and its place — a
click on the map, or a coordinate typed in any of the app's notations (decimal, DMS, UTM,
MGRS: ``core.coords``).

A click is remembered exactly (the boxes show it rounded) until the user types over it: then
what is typed counts. The dialog adds the point when a click completes a pair, or when Add
point (or Enter in the place field) is pressed; its hint line says what to do next
(``next_step``, in the dialog's translation context "GeorefDialog").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit

from zoneeditor.core.coords import parse_coordinate

XY = tuple[float, float]


def _tr(text: str) -> str:
    return QCoreApplication.translate("GeorefDialog", text)


class PointEntry:
    """The halves of the point being placed, and the entry fields that show them."""

    def __init__(self, px: QDoubleSpinBox, py: QDoubleSpinBox, place: QLineEdit) -> None:
        self._px, self._py, self._place = px, py, place
        #: The scan position clicked (x, y in scan pixels), until the boxes are typed in.
        self.scan: XY | None = None
        #: The place clicked on the map (lon, lat), until the field is typed in.
        self.place: XY | None = None
        px.valueChanged.connect(self._scan_typed)
        py.valueChanged.connect(self._scan_typed)
        place.textEdited.connect(self._place_typed)

    def scan_picked(self, x: float, y: float) -> bool:
        """A click on the scan at (``x``, ``y``); True when the place is chosen already
        (the point is complete), else the place field is emptied for the place to come."""
        for spin, value in ((self._px, x), (self._py, y)):
            spin.blockSignals(True)  # shown, not typed
            spin.setValue(value)
            spin.blockSignals(False)
        self.scan = (x, y)
        if self.place is not None:
            return True
        self._place.clear()
        return False

    def place_picked(self, lon: float, lat: float) -> bool:
        """A click on the map at (``lon``, ``lat``); True when the scan position is chosen
        already (the point is complete)."""
        self.place = (lon, lat)
        self._place.setText(f"{lat:.6f}, {lon:.6f}")
        return self.scan is not None

    def next_step(self) -> str:
        """What the user does next, for the dialog's hint line (translated)."""
        if self.scan is not None:
            return _tr("Now click the same place on the map, or type its coordinate and "
                       "press Enter")
        if self.place is not None:
            return _tr("Now click the same place on the scan (or type its x and y) and "
                       "press Add point")
        return _tr("Click a landmark on the scan (a grid crossing, a junction), then the "
                   "same place on the map")

    def values(self) -> tuple[float, float, float, float]:
        """The point entered: scan x, y and place lon, lat (the clicks, else what is typed;
        ``core.coords.CoordinateError`` when the typed place is not one)."""
        lon, lat = self.place if self.place is not None else parse_coordinate(self._place.text())
        x, y = self.scan if self.scan is not None else (self._px.value(), self._py.value())
        return x, y, lon, lat

    def forget(self) -> None:
        """Nothing is being placed any more (another scan is shown)."""
        self.scan = self.place = None

    def clear(self) -> None:
        """The point was added: ready for the next one."""
        self.forget()
        self._place.clear()

    def focus_place(self) -> None:
        """Put the keyboard in the place field (after a click on the scan, a mistyped
        place)."""
        self._place.setFocus(Qt.FocusReason.OtherFocusReason)

    def _scan_typed(self, _value: float) -> None:
        self.scan = None  # typed: the boxes are what counts

    def _place_typed(self, _text: str) -> None:
        self.place = None  # typed: the text is what counts
