"""The land a comparison's overlay fills and hatches, found from a ``DiffReport`` on its own
(for tests that check the map's names leave it visible, on paper and in the window)."""

from __future__ import annotations

import shapely
from PySide6.QtCore import QRectF

from zoneeditor.core.model import LayerKind
from zoneeditor.core.viewport import Viewport


def hatched(report) -> list:
    """What the overlay fills and hatches: changed zones' lost and gained land, the land
    between a changed line's old and new course."""
    out = []
    for fd in report.features:
        if fd.change.value == "unchanged" or not fd.geometry_changed:
            continue
        m = fd.measures
        parts = ((m.between,) if fd.layer == LayerKind.LINES else
                 (m.lost, m.gained) if fd.layer == LayerKind.ZONES else ())
        out += [a for a in parts if a is not None and not a.is_empty]
    return out


def lonlat_box(rect: QRectF, view: Viewport):
    """``rect`` (screen pixels) as a lon/lat box."""
    lon0, lat1 = view.to_map(rect.left(), rect.top())
    lon1, lat0 = view.to_map(rect.right(), rect.bottom())
    return shapely.box(lon0, lat0, lon1, lat1)
