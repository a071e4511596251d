"""The bundled sample's lines redrawn by another tool: densified, every vertex off by a few
tens of metres, the same vertex moved alike in every feature (shared borders stay shared),
optionally with the Idlib–Hama border really moved south. Features get new ids, as a file
from another tool has, so the diff pairs them by name."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import mapping

from zoneeditor.core.model import Feature, LayerKind, Version

#: The inner vertices of the Idlib–Hama border in the sample (shared by Idlib, Northern
#: Hama and the line of contact): moving them moves the border.
BORDER = ((36.48, 35.36), (36.6, 35.3), (36.8, 35.35), (36.9, 35.47))
#: The buffer zone's vertices between these longitudes lie along that border.
BUFFER_SPAN = (36.4, 36.93)
KM_PER_DEG_LAT = 110.574


def redraw(version: Version, *, jitter_m: float = 30.0, move_km: float = 0.0,
           step: float = 0.005, seed: int = 1, only: set[str] | None = None,
           name: str = "redrawn") -> Version:
    """``version`` as another tool drew it (see the module doc); ``only``: the ids of the
    features redrawn (the others are copied as they are)."""
    rng = np.random.default_rng(seed)
    moved: dict[tuple[float, float], tuple[float, float]] = {}

    def jitter(xy: np.ndarray) -> np.ndarray:
        out = xy.copy()
        for i, (x, y) in enumerate(xy):
            key = (round(float(x), 7), round(float(y), 7))
            if key not in moved:
                dx, dy = rng.uniform(-jitter_m, jitter_m, 2)
                moved[key] = (x + dx / (111_320.0 * math.cos(math.radians(y))),
                              y + dy / (KM_PER_DEG_LAT * 1000.0))
            out[i] = moved[key]
        return out

    def shift(buffer: bool):
        def push(xy: np.ndarray) -> np.ndarray:
            out = xy.copy()
            for i, (x, y) in enumerate(xy):
                on_border = any(abs(x - bx) < 1e-9 and abs(y - by) < 1e-9
                                for bx, by in BORDER)
                if on_border or (buffer and BUFFER_SPAN[0] < x < BUFFER_SPAN[1]):
                    out[i, 1] = y - move_km / KM_PER_DEG_LAT
            return out
        return push

    features = {}
    for n, f in enumerate(version):
        g = f.geometry
        if only is None or f.id in only:
            if move_km:
                g = shapely.transform(g, shift(f.attributes.get("kind") == "buffer"))
            if f.layer != LayerKind.POINTS:
                g = shapely.segmentize(g, step)
            if jitter_m:
                g = shapely.transform(g, jitter)
        fid = f"r{n}"
        features[fid] = Feature(fid, f.layer, g, dict(f.attributes))
    return Version(name, features)


def write_geojson(version: Version, path: Path) -> Path:
    """``version`` as a GeoJSON file without our ids (another tool's file)."""
    rows = [{"type": "Feature", "properties": {k: v for k, v in f.attributes.items()
                                               if v not in (None, "")},
             "geometry": mapping(f.geometry)} for f in version]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": rows},
                               ensure_ascii=False), encoding="utf-8")
    return path
