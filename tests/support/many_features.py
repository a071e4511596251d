"""Files of N small square zones in every format the exchange readers take, for the tests
of a reading's feature limit (``ReadOptions.max_features``, ``io.exchange.feature_limit``),
and a way to count the features a reader pulled from GDAL."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: The formats ``write`` makes, by the name tests are parametrised with.
FORMATS = ("geojson", "shp", "gpkg", "kml", "zip")

#: A text value past the readers' 64 KB limit (``core.textlimits``): a file holding it is
#: refused, with another sentence, once it has been read whole.
TOO_LONG = "x" * 70_000


def _ring(i: int) -> list[tuple[float, float]]:
    x, y = 36.0 + 0.01 * (i % 50), 35.0 + 0.01 * (i // 50)
    return [(x, y), (x + 0.001, y), (x + 0.001, y + 0.001), (x, y + 0.001), (x, y)]


def write_geojson(path: Path, count: int, last_name: str | None = None) -> Path:
    """``count`` squares named "Square i" (the last one named ``last_name`` when given)."""
    features = [{"type": "Feature",
                 "properties": {"name": f"Square {i}", "party": "AB"[i % 2]},
                 "geometry": {"type": "Polygon", "coordinates": [_ring(i)]}}
                for i in range(count)]
    if last_name is not None:
        features[-1]["properties"]["name"] = last_name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")
    return path


def write_fiona(path: Path, count: int, driver: str) -> Path:
    """``count`` squares through fiona (``driver`` "ESRI Shapefile" or "GPKG")."""
    import fiona

    schema = {"geometry": "Polygon", "properties": {"name": "str:40", "party": "str:10"}}
    with fiona.open(path, "w", driver=driver, schema=schema, crs="EPSG:4326",
                    encoding="utf-8") as out:
        for i in range(count):
            out.write({"geometry": {"type": "Polygon", "coordinates": [_ring(i)]},
                       "properties": {"name": f"Square {i}", "party": "AB"[i % 2]}})
    return path


def write_kml(path: Path, count: int) -> Path:
    """``count`` square placemarks."""
    marks = "".join(
        f"<Placemark><name>Square {i}</name><Polygon><outerBoundaryIs><LinearRing>"
        f"<coordinates>{' '.join(f'{x},{y}' for x, y in _ring(i))}</coordinates>"
        "</LinearRing></outerBoundaryIs></Polygon></Placemark>" for i in range(count))
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>'
                    f'<kml xmlns="http://www.opengis.net/kml/2.2"><Document>{marks}'
                    "</Document></kml>", encoding="utf-8")
    return path


def write(folder: Path, fmt: str, count: int) -> Path:
    """A file of ``count`` squares in ``fmt`` (``FORMATS``; "zip": a zip of two GeoJSON
    files sharing them, the first holding the larger half) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "geojson":
        return write_geojson(folder / "many.geojson", count)
    if fmt == "shp":
        return write_fiona(folder / "many.shp", count, "ESRI Shapefile")
    if fmt == "gpkg":
        return write_fiona(folder / "many.gpkg", count, "GPKG")
    if fmt == "kml":
        return write_kml(folder / "many.kml", count)
    first = write_geojson(folder / "a.geojson", count - count // 2)
    second = write_geojson(folder / "b.geojson", count // 2)
    path = folder / "many.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.write(first, first.name)
        z.write(second, second.name)
    return path


def truncate_shp(path: Path, keep_records: int) -> Path:
    """Cut a shapefile's .shp after its first ``keep_records`` shapes (the header still
    declares them all: a truncated .shp, whose counts cannot be trusted)."""
    shx = path.with_suffix(".shx").read_bytes()
    entry = 100 + 8 * keep_records  # the .shx entry of the first shape cut off
    offset = int.from_bytes(shx[entry:entry + 4], "big") * 2  # in 16-bit words
    path.write_bytes(path.read_bytes()[:offset])
    return path


class CountingSource:
    """What a reader pulls from ``fiona.open``: a stand-in for it that counts the records
    iterated (``pulled``), so that a test can tell a reader that stopped from one that read
    the whole file — without timing anything."""

    def __init__(self, real_open: Any) -> None:
        self.real_open = real_open
        self.pulled = 0
        self.opened = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.opened += 1
        return _Counted(self, self.real_open(*args, **kwargs))


class _Counted:
    """A fiona collection whose iteration counts into its ``CountingSource``."""

    def __init__(self, owner: CountingSource, collection: Any) -> None:
        self._owner = owner
        self._collection = collection

    def __enter__(self) -> _Counted:
        self._collection.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        return self._collection.__exit__(*exc)

    def __iter__(self) -> Iterator[Any]:
        for rec in self._collection:
            self._owner.pulled += 1
            yield rec

    def __len__(self) -> int:
        return len(self._collection)

    @property
    def schema(self) -> Any:
        """The collection's schema, as the reader asks for it."""
        return self._collection.schema

    @property
    def crs(self) -> Any:
        """The collection's coordinate system, as the reader asks for it."""
        return self._collection.crs
