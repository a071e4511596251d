"""The country basemap as plain objects: country outlines with their names, and a bbox query.

No Qt and no files here: ``zoneeditor.io.basemap`` builds a :class:`Basemap` from the bundled
data, and the canvas asks it which countries fall in the visible area.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry


@dataclass(frozen=True, slots=True)
class Country:
    """One admin-0 unit of the basemap.

    ``iso`` is the ISO 3166-1 alpha-3 code where the unit has one, else Natural Earth's own
    3-letter code (e.g. ``KOS``); ``geometry`` is a (Multi)Polygon in lon/lat degrees, WGS84.
    The Arabic and Russian names are ``None`` when the source had none.
    """

    iso: str
    name: str
    name_ar: str | None
    name_ru: str | None
    geometry: BaseGeometry


class Basemap:
    """An immutable collection of countries with a spatial index for viewport queries."""

    __slots__ = ("_by_iso", "_countries", "_geoms", "_levels", "_lock", "_tree",
                 "_vertex_count")

    def __init__(self, countries: Iterable[Country]) -> None:
        """Index ``countries`` (order is kept: it is the order :meth:`query` returns)."""
        self._countries: tuple[Country, ...] = tuple(countries)
        self._geoms = np.array([c.geometry for c in self._countries], dtype=object)
        # An STRtree over ~250 envelopes costs microseconds to build and turns a viewport
        # query into a few envelope tests instead of 250 full intersection tests.
        self._tree = shapely.STRtree(self._geoms)
        self._by_iso = {c.iso: c for c in self._countries}
        self._vertex_count = (
            int(shapely.get_num_coordinates(self._geoms).sum()) if len(self._geoms) else 0
        )
        self._levels: dict[float, np.ndarray] = {}
        self._lock = threading.Lock()

    def simplified(self, tolerance: float, indices: Sequence[int] | None = None) -> np.ndarray:
        """The outlines simplified with ``tolerance`` degrees (Douglas-Peucker, no topology
        repair: what a renderer draws at the zoom where that is a pixel), aligned with
        ``countries``; only ``indices`` are guaranteed filled (None: all).

        Computed once per tolerance and country and kept: the outlines never change, so every
        renderer (the canvas, each print, a new canvas) shares the work, and a loader thread
        can prepare the level of the first view before it is drawn.
        """
        wanted = np.arange(len(self._geoms)) if indices is None else np.asarray(indices,
                                                                                 dtype=int)
        with self._lock:
            level = self._levels.get(tolerance)
            if level is None:
                level = self._levels[tolerance] = np.full(len(self._geoms), None, dtype=object)
            todo = wanted[np.fromiter((g is None for g in level[wanted]), bool, len(wanted))]
            if len(todo):
                level[todo] = shapely.simplify(self._geoms[todo], tolerance,
                                               preserve_topology=False)
            return level

    @property
    def countries(self) -> tuple[Country, ...]:
        """All countries, in the order they were given."""
        return self._countries

    def __len__(self) -> int:
        """Number of countries."""
        return len(self._countries)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(minx, miny, maxx, maxy) of all outlines together, in degrees."""
        if not self._countries:
            raise ValueError("an empty basemap has no bounds")
        b = shapely.total_bounds(self._geoms)
        return (float(b[0]), float(b[1]), float(b[2]), float(b[3]))

    @property
    def vertex_count(self) -> int:
        """Total number of vertices of all outlines (rings repeat their first vertex)."""
        return self._vertex_count

    def by_iso(self, iso: str) -> Country | None:
        """Return the country with code ``iso`` (case-insensitive), or ``None``."""
        return self._by_iso.get(iso.upper())

    def query(self, minx: float, miny: float, maxx: float, maxy: float) -> list[Country]:
        """Return the countries whose outline intersects the box, in basemap order.

        Uses the STRtree for candidates, then an exact intersects test, so a country whose
        envelope overlaps the box but whose land does not (e.g. across a bay) is left out.
        """
        if minx > maxx or miny > maxy:
            raise ValueError(f"inverted box ({minx}, {miny}, {maxx}, {maxy})")
        hits = self._tree.query(shapely.box(minx, miny, maxx, maxy), predicate="intersects")
        return [self._countries[i] for i in np.sort(hits)]
