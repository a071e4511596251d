"""Status bar widgets: cursor position (decimal or DMS), map scale 1:N, current tool.

Positions and the scale are isolated left to right (``core.naming.display_position``,
``ltr``): in an Arabic interface a DMS position would otherwise read ``2"36'30°33``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton, QWidget

from zoneeditor.core.naming import display_position, ltr
from zoneeditor.core.viewport import Viewport


def format_scale(denominator: float) -> str:
    """1:N with N rounded to 3 significant digits and thousands separated: 1:250,000."""
    if denominator <= 0:
        return "1:?"
    digits = max(0, len(str(int(denominator))) - 3)
    n = int(round(denominator, -digits))
    return f"1:{n:,}"


class MapStatus:
    """Owns the permanent widgets of the window's status bar."""

    def __init__(self, bar: QStatusBar, parent: QWidget) -> None:
        self.bar = bar
        self.position = QLabel(parent)
        self.position.setObjectName("statusPosition")
        self.position.setMinimumWidth(230)
        self.dms = QToolButton(parent)
        self.dms.setObjectName("statusDms")
        self.dms.setText(QCoreApplication.translate("MapStatus", "DMS"))
        self.dms.setCheckable(True)
        self.dms.setToolTip(QCoreApplication.translate(
            "MapStatus", "Show the position in degrees, minutes and seconds"))
        self.scale = QLabel(parent)
        self.scale.setObjectName("statusScale")
        self.scale.setMinimumWidth(110)
        self.tool = QLabel(parent)
        self.tool.setObjectName("statusTool")
        for w in (self.position, self.dms, self.scale, self.tool):
            bar.addPermanentWidget(w)
        self._last: tuple[float, float] | None = None
        self.dms.toggled.connect(lambda _v: self._show_position())

    def set_position(self, lon: float, lat: float) -> None:
        """Show the cursor position."""
        self._last = (lon, lat)
        self._show_position()

    def clear_position(self) -> None:
        """Show no cursor position (the pointer left the map, or a start's first look)."""
        self._last = None
        self.position.clear()

    def _show_position(self) -> None:
        if self._last is not None:
            self.position.setText(display_position(*self._last, dms=self.dms.isChecked()))

    def set_view(self, viewport: Viewport) -> None:
        """Show the scale of ``viewport``."""
        self.scale.setText(ltr(format_scale(viewport.scale_denominator())))

    def set_tool(self, name: str) -> None:
        """Show the active tool's name."""
        self.tool.setText(name)
