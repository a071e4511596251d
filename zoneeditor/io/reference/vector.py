"""Vector references: any file zoneeditor imports, and OpenStreetMap extracts.

Both go through a limited child process: a shapefile, GeoPackage, GeoJSON or KML through the
import reader (``io.exchange.read_any``, sandboxed, reprojected to WGS84, attributes mapped
to name / name_local); an OSM extract through ``io.reference.worker`` (GDAL's OSM driver).
What they yield is kept in the user's cache folder as a reference feature file, keyed by the
file's path, size and modification time, so reopening a project with a governorate's OSM
extract does not parse it again.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path
from typing import Any

import numpy as np
import platformdirs
import shapely

from zoneeditor.core.errors import ReadError
from zoneeditor.core.messages import Message
from zoneeditor.core.model import LayerKind
from zoneeditor.core.reference import ReferenceFeatures
from zoneeditor.io.reference.featurefile import FeatureFileError, read_features, write_features
from zoneeditor.io.reference.osm import is_osm

#: Bumped when what is cached changes (classification, format).
CACHE_VERSION = 1

_GENERIC_CLASS = {LayerKind.ZONES: "area", LayerKind.LINES: "line", LayerKind.POINTS: "point"}


def cache_dir() -> Path:
    """Where parsed reference features are kept between sessions."""
    return Path(platformdirs.user_cache_dir("zoneeditor")) / "references"


def _cache_file(path: Path) -> Path:
    st = path.stat()
    key = f"{CACHE_VERSION}|{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    return cache_dir() / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + ".zrf")


def read_vector(path: Path | str, sandbox: bool = True) -> tuple[ReferenceFeatures, dict[str, Any]]:
    """The features of a vector reference file and info about it (format, attribution,
    counts, notes); ReadError naming the file when it cannot be read."""
    path = Path(path)
    if not path.exists():
        raise ReadError(str(path), Message("no such file"))
    cached = _cache_file(path)
    if cached.exists():
        try:
            return read_features(cached)
        except (FeatureFileError, OSError):
            cached.unlink(missing_ok=True)  # damaged cache: read the file again
    if is_osm(path):
        from zoneeditor.io.reference.child import run_job

        cached.parent.mkdir(parents=True, exist_ok=True)
        run_job("osm", path, out=cached)
        try:
            return read_features(cached)
        except FeatureFileError as exc:
            raise ReadError(str(path), Message("the file reader returned damaged data")
                            ) from exc
    features, info = _read_exchange(path, sandbox)
    cached.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # no cache this time; the features are here
        write_features(features, cached, info)
    return features, info


def _read_exchange(path: Path, sandbox: bool) -> tuple[ReferenceFeatures, dict[str, Any]]:
    from zoneeditor.io.exchange import read_any

    result = read_any(path, reference=None, sandbox=sandbox)
    blocking = [p for p in result.errors if p.code.startswith("crs")]
    if blocking:
        raise ReadError(str(path), blocking[0].message)
    geoms: list[Any] = []
    classes: list[str] = []
    names: list[str] = []
    locals_: list[str] = []
    for layer in LayerKind:
        for f in result.features.get(layer, []):
            if f.geometry is None or f.geometry.is_empty:
                continue
            geoms.append(f.geometry)
            classes.append(_GENERIC_CLASS[layer])
            names.append(f.name)
            locals_.append(str(f.attributes.get("name_local") or ""))
    arr = np.empty(len(geoms), dtype=object)
    arr[:] = geoms
    if len(arr):
        arr = shapely.force_2d(arr)
    features = ReferenceFeatures(arr, np.array(classes, dtype=object), tuple(names),
                                 tuple(locals_))
    info = {"format": result.format, "crs": result.crs,
            "notes": [p.line() for p in result.problems[:10]]}
    return features, info
