"""Facts about a project for ``zoneeditor info`` and the window: counts, extents, areas, hash."""

from __future__ import annotations

from typing import Any

import shapely

from zoneeditor.core.fingerprint import fingerprint, short
from zoneeditor.core.geodesy import area_km2
from zoneeditor.core.model import LayerKind, Project, Version


def version_summary(version: Version) -> dict[str, Any]:
    """Counts per layer, bounding box, geodesic area of each zone, and the fingerprint."""
    geoms = [f.geometry for f in version if not f.geometry.is_empty]
    bbox = list(shapely.total_bounds(geoms).tolist()) if geoms else None
    digest = fingerprint(version)
    return {
        "name": version.name,
        "counts": {k.value: len(version.layer(k)) for k in LayerKind},
        "bbox": bbox,
        "zones": [
            {"id": f.id, "name": f.name, "party": f.party,
             "area_km2": round(area_km2(f.geometry), 3)}
            for f in version.layer(LayerKind.ZONES)
        ],
        "fingerprint": digest,
        "fingerprint_short": short(digest),
    }


def project_summary(project: Project) -> dict[str, Any]:
    """Everything ``info`` prints, as a JSON-ready dict."""
    m = project.meta
    return {
        "title": m.title,
        "author": m.author,
        "created": m.created,
        "modified": m.modified,
        "format_version": m.format_version,
        "crs": "EPSG:4326",
        "parties": [{"name": p.name, "colour": p.colour, "name_local": p.name_local}
                    for p in m.parties],
        "versions": [version_summary(v) for v in project.versions.values()],
    }
