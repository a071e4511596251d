"""GeoJSON export (RFC 7946): WGS84 longitude/latitude, right-hand rule, 7 decimals, no crs.

One FeatureCollection holds a version's zones, lines and points (GeoJSON has no layers;
the importer puts each geometry type back in its layer). GDAL's RFC 7946 mode orients
exterior rings counter-clockwise, drops the ``crs`` member and rounds coordinates.
"""

from __future__ import annotations

from pathlib import Path

import fiona
from fiona.crs import CRS

from zoneeditor.core.model import LayerKind, Version
from zoneeditor.io.exchange import about, records
from zoneeditor.io.fiona_geometry import fiona_geometry

#: Decimal places of a degree written (1e-7° is about 1 cm; the fingerprint uses the same).
PRECISION = 7


def write_geojson(version: Version, path: Path, title: str = "") -> list[Path]:
    """Write all features of ``version`` into one RFC 7946 GeoJSON file at ``path``.

    The FeatureCollection says which version it holds: a top-level ``name`` (GDAL's layer
    name: "Proposal B — <project ``title``>") and ``description`` (the version's name and
    fingerprint, ``about``), foreign members RFC 7946 allows and GDAL reads back as the
    layer's name and description.
    """
    # Zones, then lines, then points, as every other format writes them (and as the
    # read-back check expects): a version lists features in the order they were drawn.
    feats = [f for layer in LayerKind for f in version.layer(layer)]
    kinds = {k: records.field_type(
        [f.id if k == records.ID_FIELD else f.attributes.get(k) for f in feats])
        for k in records.field_order(feats)}
    schema = {"geometry": "Unknown", "properties": kinds}
    with fiona.open(path, "w", driver="GeoJSON", schema=schema, crs=CRS.from_epsg(4326),
                    encoding="utf-8", RFC7946="YES", COORDINATE_PRECISION=PRECISION,
                    layer=about.file_name(title, [version]),
                    DESCRIPTION=about.file_description(title, [version])) as sink:
        sink.writerecords({"geometry": fiona_geometry(f.geometry),
                           "properties": records.to_record(f, kinds)} for f in feats)
    return [path]
