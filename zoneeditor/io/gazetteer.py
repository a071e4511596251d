"""Load the bundled GeoNames populated places into a :class:`Gazetteer`.

The data (``resources/gazetteer/places.tsv.gz``, built by ``packaging/build_resources.py``)
is a gzip'd UTF-8 tab-separated table with a header line; empty name cells mean unknown.
"""

from __future__ import annotations

import functools
import gzip

from zoneeditor.core.places import Gazetteer, Town
from zoneeditor.io.resources import resources_root

PLACES_NAME = "places.tsv.gz"
FIELDS = ("id", "name", "name_ar", "name_ru", "lon", "lat", "population", "country")




def parse_places(text: str) -> list[Town]:
    """Parse the places table (header line + one tab-separated line per town)."""
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != FIELDS:
        raise ValueError(f"unexpected gazetteer header {lines[:1]!r}")
    towns = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(FIELDS):
            raise ValueError(f"gazetteer line {number}: {len(cells)} cells")
        gid, name, name_ar, name_ru, lon, lat, population, country = cells
        towns.append(
            Town(
                id=int(gid),
                name=name,
                name_ar=name_ar or None,
                name_ru=name_ru or None,
                lon=float(lon),
                lat=float(lat),
                population=int(population),
                country=country,
            )
        )
    return towns


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the bundled populated places (cached: the app parses them once)."""
    data = (resources_root() / "gazetteer" / PLACES_NAME).read_bytes()
    return Gazetteer(parse_places(gzip.decompress(data).decode("utf-8")))
