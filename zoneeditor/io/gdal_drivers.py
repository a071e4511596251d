"""The GDAL drivers zoneeditor reads and writes through fiona and rasterio.

The bundle ships a GDAL built with these drivers and no others (packaging/slim_gdal.py: the
wheels' GDAL carries ~160, and the libraries of formats nobody opens here). So this list is a
promise both ways: the self-test fails when one of them is missing from the GDAL it runs
on, and a test fails when the code names a driver that is not listed here.
"""

from __future__ import annotations

#: Imagery and scans (rasterio): GeoTIFF and COG of any compression GDAL's own libtiff
#: knows, PNG/JPEG/JPEG 2000 scans and world files, WebP tiles of MBTiles and GeoPackage
#: tile sets; VRT and MEM carry rasterio's warping and in-memory datasets.
RASTER: frozenset[str] = frozenset({
    "GTiff", "COG", "PNG", "JPEG", "JP2OpenJPEG", "WEBP", "MBTiles", "GPKG", "VRT", "MEM",
})

#: Vector files (fiona): project files and exports in GeoPackage, shapefiles, GeoJSON
#: exports, OpenStreetMap extracts as reference layers (KML and GeoJSON are read by
#: zoneeditor's own readers, io/exchange).
VECTOR: frozenset[str] = frozenset({"GPKG", "ESRI Shapefile", "GeoJSON", "OSM"})

#: Every driver, raster or vector.
USED: frozenset[str] = RASTER | VECTOR


def available() -> tuple[frozenset[str], frozenset[str]]:
    """The drivers the GDAL in this process registers, as rasterio and as fiona see them."""
    import rasterio
    from fiona.env import Env as VectorEnv

    with rasterio.Env() as env:
        raster = frozenset(env.drivers())
    with VectorEnv() as env:
        vector = frozenset(env.drivers())
    return raster, vector


def missing(raster: frozenset[str], vector: frozenset[str]) -> list[str]:
    """The drivers of ``RASTER`` and ``VECTOR`` a GDAL registering ``raster`` and ``vector``
    (``available()``) lacks, sorted, the raster ones first: what the self-test and the
    bundle's build refuse."""
    return sorted(RASTER - raster) + sorted(VECTOR - vector)
