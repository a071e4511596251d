"""A change of the Changes panel shown on the map: what to show of it, and its blinking
outline after a click (``ChangeFlash``, drawn as one of the canvas's overlays)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPainter
from shapely import union_all
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff import FeatureDiff
from zoneeditor.core.viewport import Viewport
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.render.diff_overlay import paint_flash

#: How long a clicked change flashes, and how fast.
FLASH_MS, FLASH_STEP_MS = 1800, 300


def change_geometry(fd: FeatureDiff) -> BaseGeometry | None:
    """What to show for a change: its gained/lost land, else the old and new shapes."""
    parts = [g for g in (fd.measures.gained, fd.measures.lost, fd.measures.between)
             if g is not None and not g.is_empty]
    if not parts:
        parts = [f.geometry for f in (fd.delta.old, fd.delta.new)
                 if f is not None and not f.geometry.is_empty]
    return union_all(parts) if parts else None


class ChangeFlash(QObject):
    """Blinks the outline of one geometry on ``canvas`` for ``FLASH_MS``."""

    def __init__(self, canvas: MapCanvas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._geometry: BaseGeometry | None = None
        self._until = 0.0
        self._on = False
        self._timer = QTimer(self)
        self._timer.setInterval(FLASH_STEP_MS)
        self._timer.timeout.connect(self.tick)

    def start(self, geometry: BaseGeometry) -> None:
        """Flash ``geometry`` from now (a flash under way gives way to it)."""
        self._geometry = geometry
        self._until = time.monotonic() + FLASH_MS / 1000
        self._on = True
        self._timer.start()
        self._canvas.update()

    def tick(self) -> None:
        """Blink the outline until its time is up."""
        self._on = not self._on
        if time.monotonic() >= self._until:
            self._on = False
            self._geometry = None
            self._timer.stop()
        self._canvas.update()

    @property
    def flashing(self) -> bool:
        """True while a geometry is being flashed."""
        return self._geometry is not None

    def paint(self, painter: QPainter, viewport: Viewport) -> None:
        """The blinking outline (a canvas overlay: ``overlay(painter, viewport)``)."""
        if self._geometry is not None and self._on:
            paint_flash(painter, viewport, self._geometry)
