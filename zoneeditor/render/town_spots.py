"""Where the name of a town that must be named may go, and the towns a comparison names.

A comparison's report says where land changes hands "near Mūrak"; staff then look for Mūrak
on the map. The town the report names sits by definition next to changed land, and the map's
rule for town names (keep off the hatched land: its dot's other side, else leave the town out)
left exactly those towns unnamed: at every zoom, in the window and on paper, neither Mūrak nor
An Nashābīyah, the two towns of the sample's summary, was labelled. These towns are named
first, whatever their population, and their name may go further from the dot than one
side or the other: above, below, on a diagonal, then up to nine name-heights further out
with a thin leader line, the first spot that covers neither another name nor a change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF

#: How many of a report's places (largest first) the map names at most.
MAX_NAMED = 24
#: How far out (in name-heights beyond the dot's side) a name may go, nearest first: a town
#: inside a wide band of changed land (Mūrak, in the land Idlib loses) needs several.
FURTHER = (0.0, 1.0, 2.0, 4.0, 6.0, 9.0)


class _Place(Protocol):
    """A report's changed piece: a point inside it and the town it is said to be near."""

    @property
    def lon(self) -> float: ...
    @property
    def lat(self) -> float: ...
    @property
    def near(self) -> str | None: ...
    @property
    def area_km2(self) -> float: ...


class _Nearest(Protocol):
    """What this needs of ``core.places.Gazetteer``."""

    def nearest(self, lon: float, lat: float) -> tuple[object, float]: ...


@dataclass(frozen=True)
class Spot:
    """One place for a name: its centre, and whether a leader line joins it to the dot."""

    centre: QPointF
    leader: bool


def named_towns(places: Iterable[_Place], gazetteer: _Nearest) -> list[object]:
    """The gazetteer's towns the report's ``places`` are "near", largest piece first, each
    once: the very town each was named after (the nearest to the piece's point, as the
    report found it), not another town of the same name."""
    out: list[object] = []
    seen: set[int] = set()
    ranked = sorted((p for p in places if p.near), key=lambda p: -p.area_km2)
    # a large comparison has thousands of pieces; the largest name the towns that matter
    for place in ranked[:MAX_NAMED * 4]:
        town, _ = gazetteer.nearest(place.lon, place.lat)
        if id(town) not in seen:
            seen.add(id(town))
            out.append(town)
        if len(out) >= MAX_NAMED:
            break
    return out


def town_spots(dot: QPointF, radius: float, size: QRectF, rtl: bool) -> list[Spot]:
    """Candidate places for a name of ``size`` beside a town's dot (screen pixels), best
    first: the side its script reads from, the other side, above, below, the four diagonals;
    then the same eight further out (``FURTHER``), joined by a leader."""
    w, h = size.width(), size.height()
    gap = radius + 3
    first, second = (-1, 1) if rtl else (1, -1)
    directions: Sequence[tuple[int, int]] = (
        (first, 0), (second, 0), (0, -1), (0, 1),
        (first, -1), (first, 1), (second, -1), (second, 1))
    spots = []
    for step, far in enumerate(FURTHER):
        extra = far * h
        for dx, dy in directions:
            cx = dot.x() + dx * (gap + extra + w / 2)
            cy = dot.y() + dy * (gap + extra + h / 2)
            spots.append(Spot(QPointF(cx, cy), leader=step > 0))
    return spots
