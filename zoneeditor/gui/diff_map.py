"""The Changes panel's report on the map (``DiffOnMap``) and View ▸ Show changes on map.

While View ▸ Show changes on map (Ctrl+Shift+D) is on, the map draws the report the panel
shows (``render.diff_overlay``: land gained and lost hatched, old boundaries dashed, the
largest shifts labelled, clear of the map's own labels and names) and draws itself around it
(``render.map_comparison``: its names off the changed land, the posts over the hatching, as
on paper). A change clicked in the panel's table is zoomed to and its outline flashed
(``gui.diff_flash``). ``gui.diff_panel`` keeps the report current and shows it in words and
in its table; this module only puts it on the map.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QPainter
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff import DiffReport
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.diff_flash import ChangeFlash
from zoneeditor.gui.services import WindowServices
from zoneeditor.render.diff_overlay import DEFAULT_STYLE, paint_diff
from zoneeditor.render.labels import Callout
from zoneeditor.render.map_comparison import MapComparison


class DiffOnMap(QObject):
    """A report on ``canvas``: drawn over the map while ``visible``, and the clicked
    change's flash."""

    def __init__(self, canvas: MapCanvas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._flash = ChangeFlash(canvas, self)
        self._report: DiffReport | None = None
        #: True while View ▸ Show changes on map is on.
        self.visible = False
        #: The overlay's labels as last drawn (``render.diff_overlay.Callout``).
        self.callouts: list[Callout] = []

    def show(self, report: DiffReport | None) -> None:
        """Draw ``report`` while the overlay is on (None: no report yet)."""
        self._report = report
        self._update()

    def set_visible(self, on: bool) -> None:
        """Show or hide the report on the map."""
        self.visible = bool(on)
        self._update()

    def paint(self, painter: QPainter, viewport: Viewport) -> None:
        """The report drawn over the map while the overlay is on (the canvas's overlay
        contract: ``overlay(painter, viewport)``)."""
        if self.visible:
            # clear of the map's own labels and names (render.labels.CalloutLayout)
            self.callouts = paint_diff(painter, viewport, self._report, DEFAULT_STYLE,
                                       avoid=self._canvas.label_rects(viewport))

    def paint_flash(self, painter: QPainter, viewport: Viewport) -> None:
        """The blinking outline of the clicked change."""
        self._flash.paint(painter, viewport)

    def zoom_to(self, geometry: BaseGeometry) -> None:
        """Show ``geometry`` (a change) on the map with room around it, and flash it."""
        self._canvas.zoom_to_bounds(geometry.bounds, margin=0.2)
        self._flash.start(geometry)

    @property
    def flashing(self) -> bool:
        """True while a clicked change is being flashed."""
        return self._flash.flashing

    def _update(self) -> None:
        """The map draws the report's overlay while it is on, and draws itself around it
        (its names off the changed land, the posts over the hatching: as on paper)."""
        report = self._report if self.visible else None
        self._canvas.set_comparison(
            MapComparison(report, DEFAULT_STYLE) if report is not None else None,
            self.paint)
        self._canvas.update()


def show_changes_action(window: WindowServices, on_map: DiffOnMap) -> QAction:
    """View ▸ Show changes on map (Ctrl+Shift+D), switching ``on_map``'s overlay."""
    action = QAction(QCoreApplication.translate("DiffPanel", "Show &changes on map"),
                     window.main_widget)
    action.setObjectName("action_show_diff")
    action.setCheckable(True)
    action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    action.setStatusTip(QCoreApplication.translate(
        "DiffPanel", "Hatch the land gained and lost against the compared version, "
        "dash the old boundaries and label the largest shifts"))
    action.toggled.connect(on_map.set_visible)
    window.menu("View").addAction(action)
    return action


__all__ = ["DiffOnMap", "show_changes_action"]
