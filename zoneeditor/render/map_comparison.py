"""The map drawn around a comparison: what it leaves visible, and its layers below and above.

A comparison of two versions is drawn over the map (``render.diff_overlay``): lost and gained
land and the land between a line's old and new course filled and hatched, old boundaries
dashed, the largest shifts as arrows. The printed sheet and the window draw the map around it
by the same rules, with the same code:

- the feature labels keep off the changed areas and clear of the shift arrows
  (``MapComparison.keep_off``, ``keep_clear`` → ``MapPainter.feature_labels``);
- a town's name keeps off the changed areas too (``MapPainter.paint_names(keep_off=)``): its
  dot's other side, else the town is left out with its dot; the towns the report names
  ("near Mūrak", ``MapComparison.towns``) are named first, further out if need be
  (``render.town_spots``);
- the point symbols and the feature labels are drawn *over* the overlay (``paint_under``
  before it, ``paint_over`` after it): the hatching hid the triangle of a post standing on
  changed land.

Print (``render.print_map``) draws these passes into the sheet in one go; the window's
cached images (``render.map_cache``) keep ``paint_under``'s and ``paint_over``'s pixels as two
images while a comparison is shown, and the canvas draws the overlay between them.

One rule differs. Paper cannot be zoomed, so a sheet names every post, away from its symbol
with a leader line if need be. In the window, at the full Syria view, the posts standing by
the changed line of contact were named with leaders running across the Idlib zone, Khan
Shaykhun's name ending over the sea (a reviewer): the window draws a leader at most
``WINDOW_LEADER_HEIGHTS`` label heights long and leaves a label that would need a longer one
out until the user zooms in.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.model import LayerKind
from zoneeditor.core.viewport import Viewport
from zoneeditor.render.scene import Scene

if TYPE_CHECKING:
    from zoneeditor.core.diff import DiffReport
    from zoneeditor.render.diff_overlay import DiffStyle
    from zoneeditor.render.map_labels import PlacedLabel
    from zoneeditor.render.map_painter import MapPainter


#: The longest leader line from a post to its label the window draws while a comparison is
#: shown, in label heights (screen pixels). With the window's style the nearest place away
#: from a symbol is 1.54 label heights off (its clearance and one label height): the window
#: names a post beside its symbol, or not until the view is zoomed in.
WINDOW_LEADER_HEIGHTS = 1.5


def _default_style() -> DiffStyle:
    # imported when a comparison is made, not when the window starts (start-up imports)
    from zoneeditor.render.diff_overlay import DEFAULT_STYLE

    return DEFAULT_STYLE


@dataclass(frozen=True, eq=False)
class MapComparison:
    """A comparison drawn over the map, as the map's renderer needs to know it: what the
    map's names must leave visible on a view. Compared by identity: the window's cached
    images are made for one comparison (a new report is a new ``MapComparison``)."""

    report: DiffReport
    style: DiffStyle = field(default_factory=_default_style)

    def keep_clear(self, viewport: Viewport) -> list[QRectF]:
        """What the map's names must leave free on this view: the shift arrows (pixels)."""
        from zoneeditor.render.diff_overlay import shift_arrow_rects

        return shift_arrow_rects(viewport, self.report, self.style)

    _towns: dict[int, list[Any]] = field(default_factory=dict, repr=False)

    def towns(self, gazetteer: Any) -> list[Any]:
        """The ``gazetteer``'s towns the report names ("near Mūrak"), largest change first:
        the map names them before any other town (``render.town_spots``), so a reader finds
        the town the summary sends them to. Found once per comparison and gazetteer."""
        if gazetteer is None:
            return []
        found = self._towns.get(id(gazetteer))
        if found is None:
            from zoneeditor.render.town_spots import named_towns

            report = self.report
            places = [*report.regions, *(p for t in report.transfers for p in t.pieces)]
            found = self._towns[id(gazetteer)] = named_towns(places, gazetteer)
        return found

    def keep_off(self, viewport: Viewport) -> list[BaseGeometry]:
        """The areas (lon/lat) the overlay hatches on this view: lost, gained and
        in-between land, which the map's names leave visible."""
        from zoneeditor.render.diff_overlay import changed_areas

        return changed_areas(viewport, self.report)


def paint_under(map_painter: MapPainter, painter: QPainter, viewport: Viewport, scene: Scene,
                area: QRectF | None = None) -> None:
    """The project layers drawn *under* a comparison: what ``MapPainter.paint_layers``
    draws except the point symbols and the feature labels (``paint_over`` draws them).
    ``area`` as in ``paint_layers`` (a repaint of part of the window's image)."""
    map_painter.paint_layers(painter, viewport, replace(
        scene, show_labels=False,
        hidden_layers=scene.hidden_layers | {LayerKind.POINTS.value}), area=area)


def paint_over(map_painter: MapPainter, painter: QPainter, viewport: Viewport, scene: Scene,
               labels: list[PlacedLabel], area: QRectF | None = None) -> None:
    """The point symbols and the feature labels (``labels``, placed clear of the
    comparison), drawn *over* a comparison: hatching and dashed old lines never run over a
    post or a name. Together with ``paint_under`` the same pixels as ``paint_layers``
    where no comparison is drawn in between."""
    map_painter.paint_layers(painter, viewport, replace(
        scene, baseline_underlay=False, layer_order=(LayerKind.POINTS,)), labels, area=area)
