"""Colours, pens and sizes of the map, in one place, shared by the canvas and print.

Party colours come from the project (``Party.colour``). A feature's *status* changes how it
is drawn, so a delegate sees at a glance what is settled: agreed = solid outline,
proposed = dashed outline, disputed = hatched fill. The agreed baseline under a proposal is
a dashed grey outline with no fill.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from zoneeditor.core.model import ProjectMeta


@dataclass(frozen=True)
class MapStyle:
    """Every colour and size the renderer uses. Sizes are in device pixels at 96 dpi.

    ``scale`` multiplies line widths, symbol and font sizes: 1 on screen, dpi/96 in print.
    The ``*_font_pt`` sizes are points as the screen resolves them (96 dpi: 9 pt is 12 px),
    scaled like every other size: map text is measured and drawn by
    ``render.labels.TextPainter`` (outlines independent of the device in print), never by
    ``QPainter.drawText``, which resolves points at the device's own resolution and so
    applies ``scale`` twice (a zone's number came out 6x too large on the 600 dpi PDF).
    """

    sea: str = "#d7e6ef"
    land: str = "#f3f0e8"
    border: str = "#a49e94"
    border_width: float = 0.8
    town_dot: str = "#6b6b6b"
    town_label: str = "#555555"
    town_font_pt: float = 7.5
    country_label: str = "#8c857a"
    country_font_pt: float = 10.0
    feature_font_pt: float = 9.0
    halo: str = "#ffffff"
    #: Room kept between a town's or country's name (or a town's dot) and the map's edge:
    #: the name's halo (1 px) and, on paper, the inner half of the frame line (0.35 mm:
    #: 0.7 px) would otherwise cover its last pixels ("صلخد" printed half under the frame).
    edge_margin: float = 3.0
    default_party_colour: str = "#7f7f7f"
    zone_fill_alpha: int = 70  # of 255: the basemap stays readable through zones
    zone_width: float = 2.0
    line_width: float = 2.6
    point_radius: float = 5.0
    baseline_colour: str = "#5f5f5f"
    baseline_width: float = 1.4
    selection: str = "#ff9f00"
    selection_width: float = 4.0
    handle_size: float = 7.0
    handle_fill: str = "#ffffff"
    handle_edge: str = "#d35400"
    preview: str = "#e0006e"
    rubber_band: str = "#0078d7"
    scale: float = 1.0

    def px(self, value: float) -> float:
        """A size in pixels at this style's scale."""
        return value * self.scale

    def party_colour(self, meta: ProjectMeta, party: str) -> QColor:
        """The colour of ``party`` from the project, or the neutral grey."""
        found = meta.party(party) if party else None
        colour = QColor(found.colour if found else self.default_party_colour)
        if not colour.isValid():
            colour = QColor(self.default_party_colour)
        return colour

    def outline_pen(self, colour: QColor, width: float, status: str) -> QPen:
        """Cosmetic pen for a zone/line: solid when agreed, dashed when proposed."""
        pen = QPen(colour, self.px(width))
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if status == "proposed":
            pen.setStyle(Qt.PenStyle.DashLine)
        elif status == "disputed":
            pen.setStyle(Qt.PenStyle.DashDotLine)
        return pen

    def zone_brush(self, colour: QColor, status: str, opacity: float = 1.0) -> QBrush:
        """Translucent party colour; disputed zones are hatched so they stand out."""
        fill = QColor(colour)
        fill.setAlpha(int(self.zone_fill_alpha * opacity))
        if status == "disputed":
            hatch = QColor(colour)
            hatch.setAlpha(int(170 * opacity))
            return QBrush(hatch, Qt.BrushStyle.BDiagPattern)
        return QBrush(fill)

    def baseline_pen(self) -> QPen:
        """Dashed grey outline of the agreed baseline drawn beneath a proposal."""
        pen = QPen(QColor(self.baseline_colour), self.px(self.baseline_width))
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def cosmetic(self, colour: str | QColor, width: float) -> QPen:
        """A plain cosmetic pen of ``width`` pixels (scaled)."""
        pen = QPen(QColor(colour), self.px(width))
        pen.setCosmetic(True)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen


#: The style of the canvas.
SCREEN_STYLE = MapStyle()
