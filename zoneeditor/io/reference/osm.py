"""OpenStreetMap extracts (.osm.pbf, .osm XML) as reference features, through GDAL's OSM driver.

Runs in the reader child (``io.reference.worker``): GDAL parses a file someone else made.
Only what a negotiator reads a boundary against is kept, sorted into the classes of
``core.reference``: roads by class, tracks, railways, rivers, canals and streams, water
bodies, built-up areas and places (city, town, village, hamlet) with their names in Latin
script, Arabic and Russian where the extract has ``name:en``, ``name:ar``, ``name:ru``.
Buildings, shops, power lines and the rest are left out: they would hide the ground.

The driver is given our own ``osmconf.ini`` (the keys as fields, no ``other_tags``), so no
tag string has to be parsed here.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from zoneeditor.core.naming import clean, has_rtl
from zoneeditor.core.reference import ReferenceFeatures

#: File name endings read as OpenStreetMap extracts.
OSM_SUFFIXES = (".osm.pbf", ".pbf", ".osm")

_NAMES = "name,name:en,name:ar,name:ru"
OSMCONF = f"""# zoneeditor: the OSM keys a reference layer uses, as fields
closed_ways_are_polygons=aeroway,amenity,boundary,building,craft,geological,historic,landuse,\
leisure,military,natural,office,place,shop,sport,tourism,water,waterway=riverbank
attribute_name_laundering=yes

[points]
osm_id=no
attributes={_NAMES},place,population
other_tags=no

[lines]
osm_id=no
attributes={_NAMES},highway,railway,waterway
other_tags=no

[multipolygons]
osm_id=no
attributes={_NAMES},natural,landuse,water,waterway,place,type
other_tags=no

[multilinestrings]
osm_id=no
attributes=name
other_tags=no

[other_relations]
osm_id=no
attributes=name
other_tags=no
"""

_HIGHWAY = {
    "motorway": "road.motorway", "motorway_link": "road.motorway",
    "trunk": "road.trunk", "trunk_link": "road.trunk",
    "primary": "road.primary", "primary_link": "road.primary",
    "secondary": "road.secondary", "secondary_link": "road.secondary",
    "tertiary": "road.tertiary", "tertiary_link": "road.tertiary",
    "unclassified": "road.minor", "residential": "road.minor", "living_street": "road.minor",
    "service": "road.minor", "road": "road.minor",
    "track": "track", "path": "track", "bridleway": "track",
}
_RAILWAY = {"rail", "narrow_gauge", "light_rail", "preserved"}
_WATERWAY = {"river": "river", "canal": "canal", "stream": "stream", "drain": "stream",
             "ditch": "stream", "wadi": "stream"}
_BUILTUP = {"residential", "commercial", "industrial", "retail"}
_WATER_LANDUSE = {"reservoir", "basin"}
_PLACES = {"city": "place.city", "town": "place.town", "village": "place.village",
           "hamlet": "place.hamlet"}


def is_osm(path: Path) -> bool:
    """True when ``path`` is named like an OpenStreetMap extract."""
    name = path.name.lower()
    return any(name.endswith(s) for s in OSM_SUFFIXES)


def _line_class(p: dict[str, Any]) -> str | None:
    if p.get("highway") in _HIGHWAY:
        return _HIGHWAY[p["highway"]]
    if p.get("railway") in _RAILWAY:
        return "railway"
    return _WATERWAY.get(p.get("waterway") or "")


def _area_class(p: dict[str, Any]) -> str | None:
    if p.get("natural") == "water" or p.get("water") or p.get("waterway") == "riverbank" \
            or p.get("landuse") in _WATER_LANDUSE:
        return "water"
    if p.get("landuse") in _BUILTUP or p.get("place") in ("city", "town", "village"):
        return "builtup"
    return None


def _population(text: Any) -> int:
    digits = "".join(ch for ch in str(text or "") if ch.isdigit())
    return int(digits[:12]) if digits else 0


def names_of(p: dict[str, Any]) -> tuple[str, str, str]:
    """(romanised or given name, local-script name, Russian name) of OSM tags.

    In Syria's OSM data ``name`` is usually Arabic: it becomes the local name, and
    ``name:en`` the name, so labels read "Idlib · إدلب" like the project's own features.
    """
    name = clean(str(p.get("name") or ""))
    en = clean(str(p.get("name_en") or ""))
    ar = clean(str(p.get("name_ar") or ""))
    ru = clean(str(p.get("name_ru") or ""))
    local = ar or (name if has_rtl(name) else "")
    romanised = en or (name if not has_rtl(name) else "")
    return romanised or local, local if local != (romanised or local) else "", ru


def _records(path: Path, layer: str) -> Iterator[tuple[Any, dict[str, Any]]]:
    import fiona

    with fiona.open(path, layer=layer, allow_unsupported_drivers=True) as src:
        for rec in src:
            if rec.geometry is not None:
                yield rec.geometry, dict(rec.properties)


def read_osm(path: Path) -> tuple[ReferenceFeatures, dict[str, Any]]:
    """The reference features of an OSM extract, and info (counts, attribution)."""
    import fiona

    geoms: list[Any] = []
    classes: list[str] = []
    names: list[str] = []
    locals_: list[str] = []
    russian: list[str] = []
    rank: list[int] = []

    def keep(geometry: Any, cls: str, props: dict[str, Any], population: int = 0) -> None:
        geoms.append(shapely.geometry.shape(geometry))
        classes.append(cls)
        n, local, ru = names_of(props)
        names.append(n)
        locals_.append(local)
        russian.append(ru)
        rank.append(population)

    with tempfile.TemporaryDirectory(prefix="zoneeditor-osm-") as tmp:
        conf = Path(tmp) / "osmconf.ini"
        conf.write_text(OSMCONF, encoding="utf-8")
        with fiona.Env(OSM_CONFIG_FILE=str(conf), OSM_MAX_TMPFILE_SIZE="1024"):
            for g, p in _records(path, "lines"):
                cls = _line_class(p)
                if cls is not None:
                    keep(g, cls, p)
            for g, p in _records(path, "multipolygons"):
                cls = _area_class(p)
                if cls is not None:
                    keep(g, cls, p)
            for g, p in _records(path, "points"):
                cls = _PLACES.get(p.get("place") or "")
                if cls is not None:
                    keep(g, cls, p, _population(p.get("population")))
    arr = np.empty(len(geoms), dtype=object)
    arr[:] = geoms
    features = ReferenceFeatures(arr, np.array(classes, dtype=object),
                                 tuple(names), tuple(locals_), tuple(russian),
                                 np.array(rank, dtype=np.int64))
    counts: dict[str, int] = {}
    for c in classes:
        counts[c] = counts.get(c, 0) + 1
    info = {"format": "OpenStreetMap", "counts": counts,
            "attribution": "© OpenStreetMap contributors (ODbL)"}
    return features, info

