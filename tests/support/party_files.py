"""A shapefile whose party column says "OPP", "GOV", "UN" (another tool's abbreviations):
what the import's value mapping is for (``--map-values``, the dialog's values step)."""

from __future__ import annotations

from pathlib import Path

#: (name, party, status) of each zone, near the sample project's region.
ROWS = [("Alpha", "OPP", "agreed"), ("Beta", "OPP", "ok"), ("Gamma", "GOV", "proposed"),
        ("Delta", "OPPOSITION", ""), ("Epsilon", "UN", "")]


def party_shapefile(folder: Path) -> Path:
    """Write ``zones.shp`` (one square zone per row of ``ROWS``) in ``folder``."""
    import fiona

    path = folder / "zones.shp"
    schema = {"geometry": "Polygon",
              "properties": {"NAME": "str:40", "PARTY": "str:20", "STATUS": "str:20"}}
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=schema, crs="EPSG:4326",
                    encoding="utf-8") as out:
        for n, (name, party, status) in enumerate(ROWS):
            x, y = 36.0 + 0.2 * n, 35.0
            ring = [(x, y), (x + 0.1, y), (x + 0.1, y + 0.1), (x, y + 0.1), (x, y)]
            out.write({"geometry": {"type": "Polygon", "coordinates": [ring]},
                       "properties": {"NAME": name, "PARTY": party, "STATUS": status}})
    return path
