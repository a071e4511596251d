"""Load the bundled GeoNames populated places: all of them, or only those a diff needs.

The data (``resources/gazetteer/places.cells``, built by ``packaging/build_resources.py``)
is an indexed file, so that a command naming the towns near a few change regions reads a few
kilobytes instead of parsing every town (issue #19):

- line 1: ``zoneeditor-places 1``;
- line 2: a JSON header: ``fields`` (the column names), ``cell`` (the cell size in
  degrees) and ``cells``: ``"i,j"`` (``floor(lon / cell)``, ``floor(lat / cell)``) ->
  ``[offset, length, count]`` of that cell's block, offsets counted from the end of line 2;
- then one zlib-compressed block per cell: UTF-8 tab-separated lines in ``fields`` order
  (no header; empty name cells mean unknown).

``load_gazetteer`` reads every block (the window labels towns anywhere); ``LazyGazetteer``
answers ``nearest`` from the cells around the point, growing the searched square until no
unread cell can hold a nearer town, so it names exactly the towns the whole table would.
"""

from __future__ import annotations

import functools
import json
import math
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from zoneeditor.core.places import Gazetteer, Town
from zoneeditor.io.resources import resource_path

PLACES_NAME = "places.cells"
MAGIC = b"zoneeditor-places 1\n"
FIELDS = ("id", "name", "name_ar", "name_ru", "lon", "lat", "population", "country")
#: Cell size in degrees of the bundled index.
CELL_DEGREES = 2.0

# Mean Earth radius (km) and the slack between WGS84 geodesic and spherical distances (the
# same bound as ``core.places``: they differ by < 0.6 %; 2 % leaves a wide margin).
_RADIUS_KM = 6371.0088
_SLACK = 1.02


def parse_rows(text: str, first_line: int = 1) -> list[Town]:
    """Towns from tab-separated lines in ``FIELDS`` order (no header)."""
    towns = []
    for number, line in enumerate(text.splitlines(), start=first_line):
        cells = line.split("\t")
        if len(cells) != len(FIELDS):
            raise ValueError(f"gazetteer line {number}: {len(cells)} cells")
        gid, name, name_ar, name_ru, lon, lat, population, country = cells
        towns.append(Town(id=int(gid), name=name, name_ar=name_ar or None,
                          name_ru=name_ru or None, lon=float(lon), lat=float(lat),
                          population=int(population), country=country))
    return towns


def cell_of(lon: float, lat: float, cell: float = CELL_DEGREES) -> tuple[int, int]:
    """The index cell holding (lon, lat); longitudes wrap into -180..180."""
    lon = (lon + 180.0) % 360.0 - 180.0
    return math.floor(lon / cell), min(math.floor(lat / cell), math.floor(90 / cell) - 1)


def encode_places(rows: Iterable[Mapping[str, Any]], cell: float = CELL_DEGREES) -> bytes:
    """The indexed file for ``rows`` (dicts with ``FIELDS``), cells in a stable order."""
    blocks: dict[tuple[int, int], list[str]] = {}
    for r in rows:
        key = cell_of(float(r["lon"]), float(r["lat"]), cell)
        blocks.setdefault(key, []).append("\t".join(str(r[f]) for f in FIELDS))
    index, body, offset = {}, [], 0
    for key in sorted(blocks):
        data = zlib.compress(("\n".join(blocks[key]) + "\n").encode("utf-8"), 9)
        index[f"{key[0]},{key[1]}"] = [offset, len(data), len(blocks[key])]
        body.append(data)
        offset += len(data)
    header = json.dumps({"fields": list(FIELDS), "cell": cell, "cells": index},
                        separators=(",", ":")).encode("utf-8") + b"\n"
    return MAGIC + header + b"".join(body)


class PlacesFile:
    """The indexed places file: its header read at once, cells read on demand."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with self.path.open("rb") as fh:
            if fh.readline() != MAGIC:
                raise ValueError(f"{self.path.name} is not a zoneeditor places file")
            header = json.loads(fh.readline())
            self._start = fh.tell()
        if tuple(header.get("fields", ())) != FIELDS:
            raise ValueError(f"unexpected gazetteer fields {header.get('fields')!r}")
        self.cell = float(header["cell"])
        self.cells: dict[tuple[int, int], tuple[int, int, int]] = {}
        for key, (offset, size, count) in header["cells"].items():  # "x,y": [o, s, n]
            x, y = key.split(",")
            self.cells[(int(x), int(y))] = (offset, size, count)

    def read(self, keys: Iterable[tuple[int, int]]) -> list[Town]:
        """The towns of the cells ``keys`` (cells with no town are skipped)."""
        wanted = sorted(k for k in set(keys) if k in self.cells)
        towns: list[Town] = []
        with self.path.open("rb") as fh:
            for key in wanted:
                offset, length, _count = self.cells[key]
                fh.seek(self._start + offset)
                towns += parse_rows(zlib.decompress(fh.read(length)).decode("utf-8"))
        return towns

    def read_all(self) -> list[Town]:
        """Every town in the file."""
        return self.read(self.cells)


def places_path() -> Path:
    """The bundled places file."""
    return resource_path("gazetteer", PLACES_NAME)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load every bundled populated place (cached: the app parses them once)."""
    return Gazetteer(PlacesFile(places_path()).read_all())


class LazyGazetteer:
    """The bundled towns, read cell by cell as ``nearest`` needs them (``NearestTown``).

    For a point, the square of cells around it is read, growing (1, 2, 4, ... rings) until the
    nearest town found is nearer than any point outside the square can be (a lower bound
    on the sphere, shrunk by the sphere/ellipsoid slack); the exact geodesic choice is then
    ``core.places.Gazetteer``'s over every town read so far, so the answer is the one the
    whole table gives, ties included (the most populous of equally near towns).
    """

    def __init__(self, places: PlacesFile | None = None) -> None:
        self._file = places or PlacesFile(places_path())
        self._read: set[tuple[int, int]] = set()
        self._towns: list[Town] = []
        self._gazetteer: Gazetteer | None = None

    @property
    def cells_read(self) -> int:
        """How many cells have been read so far (the rest of the file never is)."""
        return len(self._read)

    def _ensure(self, keys: set[tuple[int, int]]) -> None:
        new = {k for k in keys if k not in self._read}
        if new:
            self._read |= new
            self._towns += self._file.read(new)
            self._gazetteer = None

    def nearest(self, lon: float, lat: float) -> tuple[Town, float]:
        """The town geodesically nearest to (lon, lat) and its distance in km."""
        if not (math.isfinite(lon) and math.isfinite(lat)) or abs(lat) > 90:
            raise ValueError(f"not a WGS84 position: ({lon}, {lat})")
        c = self._file.cell
        ci, cj = cell_of(lon, lat, c)
        columns, rows = round(360 / c), round(180 / c)
        ring = 0
        while True:
            width = 2 * ring + 1
            js = range(max(cj - ring, -rows // 2), min(cj + ring, rows // 2 - 1) + 1)
            if width >= columns:
                keys = {(i, j) for i in range(-columns // 2, columns // 2) for j in js}
            else:
                keys = {((ci + di + columns // 2) % columns - columns // 2, j)
                        for di in range(-ring, ring + 1) for j in js}
            self._ensure(keys)
            if self._towns:
                if self._gazetteer is None:
                    self._gazetteer = Gazetteer(self._towns)
                town, km = self._gazetteer.nearest(lon, lat)
                if km < self._outside_km(lon, lat, ci, cj, ring, width >= columns):
                    return town, km
            if width >= columns and js.start <= -rows // 2 and js.stop >= rows // 2:
                if self._gazetteer is None:
                    raise LookupError("the gazetteer is empty")
                return self._gazetteer.nearest(lon, lat)  # everything is read
            ring = max(1, 2 * ring)  # far from any town (oceans): few rounds of reading

    def by_name(self, name: str) -> Town | None:
        """A town read so far, by its English, Arabic or Russian name
        (``core.places.Gazetteer.by_name`` over those): every town ``nearest`` named is
        among them, so a report can show it in another language without reading the rest."""
        if not self._towns:
            return None
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(self._towns)
        return self._gazetteer.by_name(name)

    def _outside_km(self, lon: float, lat: float, ci: int, cj: int, ring: int,
                    all_longitudes: bool) -> float:
        """A lower bound (km) on the distance from (lon, lat) to any point outside the
        square of cells ``ring`` around cell (ci, cj)."""
        c = self._file.cell
        south, north = (cj - ring) * c, (cj + ring + 1) * c
        bounds = []
        if south > -90:
            bounds.append(math.radians(lat - south))
        if north < 90:
            bounds.append(math.radians(north - lat))
        if not all_longitudes:
            lon = (lon + 180.0) % 360.0 - 180.0
            west, east = (ci - ring) * c, (ci + ring + 1) * c
            b = math.radians(min(lon - west, east - lon))
            # Points at least b away in longitude lie beyond the meridian b away, whose
            # great circle is asin(sin b · cos φ) away on the sphere.
            bounds.append(math.asin(min(1.0, abs(math.sin(b)) * math.cos(math.radians(lat)))))
        if not bounds:
            return math.inf
        return max(0.0, min(bounds)) * _RADIUS_KM / _SLACK
