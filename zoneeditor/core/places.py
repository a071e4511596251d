"""Populated places: nearest town to a point, towns in a box, lookup by name.

No Qt and no files: ``zoneeditor.io.gazetteer`` loads the bundled GeoNames extract into a
:class:`Gazetteer`. Distances are geodesic on the WGS84 ellipsoid, because they end up in
negotiated texts ("3.2 km north-east of Khan Shaykhun") and must match what a surveyor's
tools would say.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from zoneeditor.core.geodesy import geod

# Ratio bound between the WGS84 geodesic distance and the great-circle distance on a sphere
# of the mean radius: the two differ by less than 0.6 % for any pair of points, so a town
# can only be the geodesic nearest if its spherical distance is within this factor of the
# spherical minimum. 2 % leaves a wide margin; the extra candidates cost next to nothing.
_SPHERE_SLACK = 1.02
# Absolute slack in radians (~6 m): arccos loses precision when the nearest town is
# centimetres away, so never let the candidate radius shrink below this.
_ANGLE_EPSILON = 1e-6


@dataclass(frozen=True, slots=True)
class Town:
    """A populated place from GeoNames.

    ``id`` is the GeoNames id, ``name`` the romanised GeoNames name (may carry diacritics,
    e.g. "Khān Shaykhūn"), ``name_ar``/``name_ru`` the Arabic-script and Russian names when
    known; ``lon``/``lat`` in WGS84 degrees; ``country`` the ISO 3166-1 alpha-2 code.
    """

    id: int
    name: str
    name_ar: str | None
    name_ru: str | None
    lon: float
    lat: float
    population: int
    country: str


def fold_name(name: str) -> str:
    """Normalise a place name for lookup: case, diacritics, Arabic vowel marks, spacing.

    NFKD splits accents (and Arabic hamza/madda marks) into combining characters that are
    then dropped, so "khan shaykhun" finds "Khān Shaykhūn", "ادلب" finds "إدلب" and
    "Идлиб" with or without "ё".
    """
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c != "\u0640")
    return " ".join(kept.replace("-", " ").casefold().split())


def _unit_vectors(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Unit vectors on the sphere for lon/lat degrees, shape (n, 3)."""
    lon_r = np.radians(lon)
    lat_r = np.radians(lat)
    cos_lat = np.cos(lat_r)
    return np.column_stack([cos_lat * np.cos(lon_r), cos_lat * np.sin(lon_r), np.sin(lat_r)])


class Gazetteer:
    """An immutable set of towns with fast nearest, box and name queries."""

    __slots__ = ("_by_name", "_lat", "_lon", "_pop", "_towns", "_xyz")

    def __init__(self, towns: Iterable[Town]) -> None:
        """Index ``towns``; they are kept sorted by population (largest first), then id."""
        ordered = sorted(towns, key=lambda t: (-t.population, t.id))
        self._towns: tuple[Town, ...] = tuple(ordered)
        self._lon = np.array([t.lon for t in ordered], dtype=np.float64)
        self._lat = np.array([t.lat for t in ordered], dtype=np.float64)
        self._pop = np.array([t.population for t in ordered], dtype=np.int64)
        # Nearest-neighbour prefilter: the angle between two points is monotonic in the dot
        # product of their unit vectors, so one matrix-vector product finds the spherical
        # nearest among all towns (~0.1 ms for 30,000) with no tree to build or tune.
        self._xyz = _unit_vectors(self._lon, self._lat)
        # The name index is made at the first ``by_name``: folding ~90,000 names took most
        # of the time to load the bundled towns, which the window's map needs at start-up
        # and only a search asks by name. (Two threads asking first both build the same
        # index; either one is kept.)
        self._by_name: dict[str, Town] | None = None

    @property
    def towns(self) -> tuple[Town, ...]:
        """All towns, most populous first."""
        return self._towns

    def __len__(self) -> int:
        """Number of towns."""
        return len(self._towns)

    def nearest(self, lon: float, lat: float) -> tuple[Town, float]:
        """Return the town geodesically nearest to (lon, lat) and its distance in km.

        Candidates are the towns whose great-circle distance is within the sphere/ellipsoid
        error bound of the spherical minimum; the exact WGS84 geodesic picks among them, so
        the answer is the true geodesic nearest, not a spherical approximation.
        """
        if not self._towns:
            raise LookupError("the gazetteer is empty")
        if not (math.isfinite(lon) and math.isfinite(lat)) or abs(lat) > 90:
            raise ValueError(f"not a WGS84 position: ({lon}, {lat})")
        query = _unit_vectors(np.array([lon]), np.array([lat]))[0]
        dots = self._xyz @ query
        best_angle = math.acos(min(1.0, float(dots.max())))
        limit = min(math.pi, best_angle * _SPHERE_SLACK + _ANGLE_EPSILON)
        candidates = np.flatnonzero(dots >= math.cos(limit))
        n = candidates.size
        _, _, dist_m = geod().inv(
            np.full(n, lon), np.full(n, lat), self._lon[candidates], self._lat[candidates]
        )
        dist_m = np.atleast_1d(dist_m)
        # Ties (same distance) go to the more populous town: candidates are in population
        # order and argmin returns the first minimum.
        best = int(np.argmin(dist_m))
        return self._towns[int(candidates[best])], float(dist_m[best]) / 1000.0

    def within(
        self,
        minx: float,
        miny: float,
        maxx: float,
        maxy: float,
        min_population: int = 0,
    ) -> list[Town]:
        """Return the towns inside the lon/lat box, most populous first.

        The canvas labels the first few and lowers ``min_population`` as the user zooms in.
        A box with ``minx > maxx`` crosses the antimeridian (e.g. 170..-170).
        """
        if miny > maxy:
            raise ValueError(f"inverted latitude range {miny}..{maxy}")
        in_lat = (self._lat >= miny) & (self._lat <= maxy)
        if minx <= maxx:
            in_lon = (self._lon >= minx) & (self._lon <= maxx)
        else:
            in_lon = (self._lon >= minx) | (self._lon <= maxx)
        mask = in_lat & in_lon
        if min_population > 0:
            mask &= self._pop >= min_population
        return [self._towns[i] for i in np.flatnonzero(mask)]

    def by_name(self, name: str) -> Town | None:
        """Find a town by its English, Arabic or Russian name, ignoring case and accents.

        When several towns share a name the most populous one is returned.
        """
        index = self._by_name
        if index is None:
            index = {}
            for town in self._towns:  # most populous first: it wins a shared name ("Tripoli")
                for label in (town.name, town.name_ar, town.name_ru):
                    if label:
                        index.setdefault(fold_name(label), town)
            self._by_name = index
        return index.get(fold_name(name))
