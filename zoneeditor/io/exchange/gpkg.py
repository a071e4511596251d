"""GeoPackage export: ordinary feature layers any GIS opens, one per version and layer.

Unlike the project file (which also stores metadata tables for zoneeditor), this is meant
for other parties: plain layers named ``zones``, ``lines``, ``points`` (or
``<version>_<layer>`` when several versions go in one file), EPSG:4326, UTF-8, full field
names, and the stable id in a ``zid`` column.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import fiona
from fiona.crs import CRS

from zoneeditor.core.model import LayerKind, Version
from zoneeditor.io.exchange import records
from zoneeditor.io.fiona_geometry import fiona_geometry


def layer_names(versions: Sequence[Version]) -> dict[tuple[str, LayerKind], str]:
    """The table name each (version, layer) is written to."""
    from zoneeditor.io.project_file import slugs

    slug = slugs([v.name for v in versions])
    out: dict[tuple[str, LayerKind], str] = {}
    for v in versions:
        for layer in LayerKind:
            name = layer.value if len(versions) == 1 else f"{slug[v.name]}_{layer.value}"
            # GeoPackage reserves the gpkg_ prefix for its own tables, SQLite sqlite_, and
            # the R-tree index rtree_: a version named "GPKG draft" would be refused.
            if name.casefold().startswith(_RESERVED_PREFIXES):
                name = f"v_{name}"
            while name.casefold() in {n.casefold() for n in out.values()}:
                name = f"{name}_2"
            out[(v.name, layer)] = name
    return out


_RESERVED_PREFIXES = ("gpkg_", "sqlite_", "rtree_")


def write_gpkg(versions: Sequence[Version], path: Path) -> list[Path]:
    """Write every non-empty layer of ``versions`` into the GeoPackage ``path``."""
    names = layer_names(versions)
    for version in versions:
        for layer in LayerKind:
            feats = version.layer(layer)
            if not feats:
                continue
            kinds = {k: records.field_type(
                [f.id if k == records.ID_FIELD else f.attributes.get(k) for f in feats])
                for k in records.field_order(feats)}
            geom = {LayerKind.ZONES: "Unknown" if len({f.geometry.geom_type for f in feats}) > 1
                    else feats[0].geometry.geom_type,
                    LayerKind.LINES: "LineString", LayerKind.POINTS: "Point"}[layer]
            schema = {"geometry": geom, "properties": kinds}
            # The table's name is a slug ("v_gpkg_draft_zones", "x_zones" for "Проект 1"):
            # the version's own name goes into the GeoPackage's identifier of the layer,
            # which GIS tools show as its title, so a recipient can tell the versions apart.
            with fiona.open(path, "w", driver="GPKG", layer=names[(version.name, layer)],
                            schema=schema, crs=CRS.from_epsg(4326), encoding="utf-8",
                            IDENTIFIER=f"{version.name} — {layer.value}",
                            DESCRIPTION=f"{version.name}: {layer.value} "
                                        "(exported by zoneeditor)") as sink:
                sink.writerecords({"geometry": fiona_geometry(f.geometry),
                                   "properties": records.to_record(f, kinds)} for f in feats)
    return [path]
