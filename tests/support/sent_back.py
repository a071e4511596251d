"""A version exported to GeoJSON and sent back by another party's tool: some properties
dropped, a vertex moved. Shared by the import's unit, command-line and dialog tests."""

from __future__ import annotations

from typing import Any

#: The zone whose boundary the other party moves.
MOVED = "zone-hama"


def edit_feature(feature: dict[str, Any], drop: tuple[str, ...] = ("notes",),
                 moved: str = MOVED, east: float = 0.02) -> None:
    """Edit one GeoJSON feature in place as the other party does: the properties ``drop``
    removed; if it is ``moved``, its ring's second vertex ``east`` degrees east (7 decimals,
    as GeoJSON files are written)."""
    for name in drop:
        feature["properties"].pop(name, None)
    if feature["properties"].get("zid") == moved:
        ring = feature["geometry"]["coordinates"][0]
        ring[1][0] = round(ring[1][0] + east, 7)


def sent_back(data: dict[str, Any], drop: tuple[str, ...] = ("notes",),
              moved: str = MOVED, east: float = 0.02) -> dict[str, Any]:
    """``data`` (a GeoJSON FeatureCollection) with every feature edited (``edit_feature``)."""
    for feature in data["features"]:
        edit_feature(feature, drop, moved, east)
    return data
