"""Load the bundled Natural Earth country outlines into a :class:`Basemap`.

The data (``resources/basemap``, built by ``packaging/build_resources.py``) is a small JSON
of names plus one xz stream of delta-encoded int32 coordinates, decoded with a few numpy
operations and ``shapely.from_ragged_array``: the whole world (~550,000 vertices) loads in
about a tenth of a second, against several seconds for the original shapefile.
"""

from __future__ import annotations

import functools
import json
import lzma
from typing import Any

import numpy as np
import shapely

from zoneeditor.core.basemap_model import Basemap, Country
from zoneeditor.io.resources import resources_root

FORMAT_VERSION = 1
META_NAME = "countries.json"
GEOMETRY_NAME = "geometry.i32.xz"




def decode_basemap(meta: dict[str, Any], blob: bytes) -> Basemap:
    """Build a :class:`Basemap` from the decoded metadata and the decompressed int32 blob.

    Layout of ``blob`` (little-endian int32, back to back): polygons per country, rings
    per polygon, vertices per ring, then longitude deltas and latitude deltas in units of
    1/scale degree. The deltas wrap modulo 2**32, and an int32 cumulative sum wraps the
    same way, which restores the exact coordinates.
    """
    if meta.get("format") != FORMAT_VERSION:
        raise ValueError(f"unsupported basemap format {meta.get('format')!r}")
    counts = meta["counts"]
    sizes = (
        counts["countries"],
        counts["polygons"],
        counts["rings"],
        counts["vertices"],
        counts["vertices"],
    )
    ints = np.frombuffer(blob, dtype="<i4")
    if ints.size != sum(sizes):
        raise ValueError(f"basemap geometry has {ints.size} values, expected {sum(sizes)}")
    parts = np.split(ints, np.cumsum(sizes)[:-1])
    polys_per_country, rings_per_poly, verts_per_ring = (
        np.concatenate([[0], np.cumsum(p, dtype=np.int64)]) for p in parts[:3]
    )
    coords = np.empty((counts["vertices"], 2), dtype=np.float64)
    coords[:, 0] = np.cumsum(parts[3], dtype=np.int32)
    coords[:, 1] = np.cumsum(parts[4], dtype=np.int32)
    coords /= meta["scale"]
    geoms = shapely.from_ragged_array(
        shapely.GeometryType.MULTIPOLYGON,
        coords,
        (verts_per_ring, rings_per_poly, polys_per_country),
    )
    entries = meta["countries"]
    if len(entries) != len(geoms):
        raise ValueError("basemap names and geometries disagree in number")
    countries = []
    for entry, geom in zip(entries, geoms, strict=True):
        if entry["parts"] == 1:
            geom = shapely.get_geometry(geom, 0)  # stored as multi only for the ragged layout
        countries.append(
            Country(
                iso=entry["iso"],
                name=entry["name"],
                name_ar=entry.get("name_ar") or None,
                name_ru=entry.get("name_ru") or None,
                geometry=geom,
            )
        )
    return Basemap(countries)


@functools.lru_cache(maxsize=1)
def load_basemap() -> Basemap:
    """Load the bundled world country outlines (cached: the app decodes them once)."""
    folder = resources_root() / "basemap"
    meta = json.loads((folder / META_NAME).read_text(encoding="utf-8"))
    blob = lzma.decompress((folder / GEOMETRY_NAME).read_bytes())
    return decode_basemap(meta, blob)
