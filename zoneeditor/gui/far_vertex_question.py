"""The question asked before a typed vertex far off the drawing is added
(``FarVertexQuestion``).

``core.far_vertex`` decides when a position typed in the coordinate box is far from what
the user is working on (the sketch, the features a tool acts on, else the map shown). The
window then asks, naming where the vertex would go and how far that is (geodesic km), with
"Add anyway" and "Do not add" (the default, also Escape: a Return typed by habit for the
next vertex changes nothing). When the two numbers read the other way round lie near, both
readings are named and each is a choice ("Add as latitude, longitude", "Add as longitude,
latitude"). Positions and figures are isolated left to right inside the sentence, the unit
follows it in the window's language (``core.naming.figure``); figures read as everywhere
else in the window (``core.figures``: Western digits, grouped thousands).

Tests answer it by a button's text: ``with drive.answering("Do not add"): ...``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from zoneeditor.core.coords import Coordinate
from zoneeditor.core.far_vertex import Around, FarVertex
from zoneeditor.core.figures import distance_figure
from zoneeditor.core.messages import substitute
from zoneeditor.core.naming import NBSP, figure, lat_lon, ltr

XY = tuple[float, float]


class FarVertexQuestion(QMessageBox):
    """Asks whether to add the typed vertex ``far`` (parsed as ``coord``): ``ask()`` runs
    it and returns the position to add, or None for "Do not add"."""

    def __init__(self, far: FarVertex, coord: Coordinate, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("farVertexQuestion")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Vertex far away"))
        self._far = far
        self._choices: dict[QPushButton, XY] = {}
        where = self._place(far.typed)
        distance = self._km(far.km)
        if far.other is None:
            self.setText(substitute(self._far_text(far.around), (where, distance)))
            lines = []
            if coord.reordered:
                lines.append(substitute(self.tr(
                    "%1 cannot be a latitude, so the numbers were read as longitude, "
                    "latitude."), (ltr(f"{coord.lon:g}"),)))
            lines.append(self.tr("Add it anyway?"))
            self.setInformativeText("\n\n".join(lines))
            self._offer(self.tr("Add anyway"), far.typed)
        else:
            assert far.other_km is not None  # given with ``other``
            self.setText(substitute(self._two_readings_text(far.around), (where, distance)))
            self.setInformativeText("\n\n".join((
                substitute(self.tr("Read as longitude, latitude, it is %1, %2 from it."),
                           (self._place(far.other), self._km(far.other_km))),
                self.tr("Add it in one of the two readings, or not at all?"))))
            self._offer(self.tr("Add as latitude, longitude"), far.typed)
            self._offer(self.tr("Add as longitude, latitude"), far.other)
        self._no = self.addButton(self.tr("Do not add"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self._no)
        self.setEscapeButton(self._no)

    def _offer(self, text: str, xy: XY) -> None:
        button = self.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        self._choices[button] = xy

    def _place(self, xy: XY) -> str:
        """A position isolated left to right, on one line: a line broken between its
        latitude and longitude would put them in the wrong order in Arabic."""
        return ltr(lat_lon(*xy).replace(" ", NBSP))

    def _km(self, km: float) -> str:
        return figure(distance_figure(km), self.tr("km"))

    def _far_text(self, around: Around) -> str:
        """The one-reading sentence for what the vertex is measured from (whole sentences:
        "from what you are drawing" takes another case in Russian than a noun would)."""
        if around is Around.DRAWING:
            return self.tr("The vertex typed, %1, lies %2 from what you are drawing.")
        if around is Around.FEATURES:
            return self.tr("The vertex typed, %1, lies %2 from the selected features.")
        return self.tr("The vertex typed, %1, lies %2 from the part of the map shown.")

    def _two_readings_text(self, around: Around) -> str:
        """The sentence naming the typed reading when the other one is offered too."""
        if around is Around.DRAWING:
            return self.tr("Read as latitude, longitude, the vertex typed is %1, %2 from "
                           "what you are drawing.")
        if around is Around.FEATURES:
            return self.tr("Read as latitude, longitude, the vertex typed is %1, %2 from "
                           "the selected features.")
        return self.tr("Read as latitude, longitude, the vertex typed is %1, %2 from the "
                       "part of the map shown.")

    def ask(self) -> XY | None:
        """Run the question; the position of the reading chosen, or None (not added)."""
        self.exec()
        clicked = self.clickedButton()
        for button, xy in self._choices.items():
            if clicked is button:
                return xy
        return None
