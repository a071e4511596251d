"""Reference layers as snap and trace targets: plain geometries handed to the editing tools.

A reference never enters the change model; what the tools get is this read-only object,
built from the visible, snappable vector references (``ReferenceTargets.build``) and set on
the document's editing state (``core.tools.state.EditState.references``). It answers:

- ``rings_near(x, y, tolerance)``: the lines and area outlines near the pointer, as snap
  candidates whose ``source`` is "reference" and which carry the reference layer's name and
  the feature's name (the snap tooltip says "river Nahr Test — reference Idlib OSM");
- ``route(a, b)``: the way along the reference lines between two snapped points (tracing),
  within one reference layer and one family of lines — water follows water, roads follow
  roads — so a boundary traced along a river never cuts across a bridge.

>>> import numpy as np
>>> from shapely import LineString
>>> from zoneeditor.core.reference import ReferenceFeatures
>>> feats = ReferenceFeatures(np.array([LineString([(0, 0), (1, 0)])], dtype=object),
...                           np.array(["river"], dtype=object), ("Nahr",))
>>> t = ReferenceTargets.build([("r1", "OSM", feats)])
>>> [(r.layer, r.label) for r in t.rings_near(0.5, 0.001, 0.01)]
[('OSM', 'river Nahr')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely import LinearRing, LineString
from shapely.geometry.base import BaseGeometry
from shapely.strtree import STRtree

from zoneeditor.core.reference import ReferenceFeatures
from zoneeditor.core.snapping import Snap, _Ring
from zoneeditor.core.tracing import TraceNetwork

XY = tuple[float, float]

#: Families of classes that tracing keeps to (a route never leaves its family).
FAMILIES = {
    "river": "water", "canal": "water", "stream": "water",
    "road.motorway": "road", "road.trunk": "road", "road.primary": "road",
    "road.secondary": "road", "road.tertiary": "road", "road.minor": "road", "track": "road",
    "railway": "rail", "line": "line",
    "water": "water-edge", "builtup": "builtup-edge", "area": "area-edge",
}
#: Source name of reference snap targets (ranked after the project's own targets).
SOURCE = "reference"

_CLASS_NOUN = {"river": "river", "canal": "canal", "stream": "stream", "railway": "railway",
               "water": "water edge", "builtup": "built-up edge", "track": "track",
               "road.motorway": "motorway", "road.trunk": "trunk road",
               "road.primary": "primary road", "road.secondary": "secondary road",
               "road.tertiary": "road", "road.minor": "street", "line": "line",
               "area": "outline"}


@dataclass(frozen=True)
class _Layer:
    id: str
    name: str
    features: ReferenceFeatures


class ReferenceTargets:
    """Snap candidates and trace routes of a set of vector references (read-only)."""

    def __init__(self, layers: Sequence[_Layer]) -> None:
        self._layers = list(layers)
        lines: list[LineString] = []
        owner: list[tuple[int, int]] = []  # (layer position, feature index)
        for li, layer in enumerate(self._layers):
            f = layer.features
            for cls in FAMILIES:
                idx = f.indices([cls])
                if not len(idx):
                    continue
                geoms = f.geometries[idx]
                parts: Iterable[BaseGeometry | None]
                which: Iterable[int]
                if cls in ("water", "builtup", "area"):
                    parts, which = _explode_rings(geoms)
                else:
                    parts, which = shapely.get_parts(geoms, return_index=True)
                for g, i in zip(parts, which, strict=True):
                    if g is None or g.is_empty or len(g.coords) < 2:
                        continue
                    lines.append(LineString(g.coords))
                    owner.append((li, int(idx[i])))
        self._lines = lines
        self._owner = owner
        self._tree = STRtree(lines) if lines else None
        self._networks: dict[tuple[int, str], TraceNetwork] = {}

    @classmethod
    def build(cls, layers: Sequence[tuple[str, str, ReferenceFeatures]]) -> ReferenceTargets:
        """Targets of ``(layer id, layer name, features)`` for each visible, snappable
        vector reference."""
        return cls([_Layer(i, n, f) for i, n, f in layers])

    def __len__(self) -> int:
        return len(self._lines)

    # -- snapping ------------------------------------------------------------------------------
    def _feature_id(self, k: int) -> str:
        li, fi = self._owner[k]
        return f"{self._layers[li].id}:{fi}"

    def rings_near(self, x: float, y: float, tolerance: float) -> list[_Ring]:
        """Reference lines and outlines within ``tolerance`` of (x, y), as snap candidates."""
        if self._tree is None or tolerance <= 0:
            return []
        box = shapely.box(x - tolerance, y - tolerance, x + tolerance, y + tolerance)
        out = []
        for k in np.sort(self._tree.query(box, predicate="intersects")).tolist():
            li, fi = self._owner[k]
            layer = self._layers[li]
            f = layer.features
            label = f.names[fi] or f.names_local[fi]
            noun = _CLASS_NOUN.get(str(f.classes[fi]), "line")
            out.append(_Ring(self._lines[k], self._feature_id(k), SOURCE, 0, 0,
                             layer=layer.name, label=f"{noun} {label}".strip()))
        return out

    # -- tracing -------------------------------------------------------------------------------
    def _which(self, snap: Snap) -> tuple[int, str] | None:
        if snap.source != SOURCE or snap.feature_id is None or ":" not in snap.feature_id:
            return None
        layer_id, _, index = snap.feature_id.rpartition(":")
        for li, layer in enumerate(self._layers):
            if layer.id == layer_id:
                cls = str(layer.features.classes[int(index)])
                return li, FAMILIES.get(cls, "line")
        return None

    def network(self, layer: int, family: str) -> TraceNetwork:
        """The trace network of one layer's family of lines (built on first use)."""
        key = (layer, family)
        net = self._networks.get(key)
        if net is None:
            lines = [g for g, (li, fi) in zip(self._lines, self._owner, strict=True)
                     if li == layer and FAMILIES.get(str(self._layers[li].features.classes[fi]),
                                                     "line") == family]
            net = TraceNetwork(lines)
            self._networks[key] = net
        return net

    def route(self, a: XY, sa: Snap | None, b: XY, sb: Snap | None) -> list[XY] | None:
        """The traced way from ``a`` to ``b`` (both ends included) when both snapped onto
        the same family of lines of one reference layer; None otherwise."""
        if sa is None or sb is None:
            return None
        wa, wb = self._which(sa), self._which(sb)
        if wa is None or wa != wb:
            return None
        return self.network(*wa).route(a, b, tolerance=1e-6)


def _explode_rings(geoms: np.ndarray) -> tuple[list[LinearRing], list[int]]:
    """Every ring (exterior and holes) of polygons, with the position of its polygon."""
    out: list[LinearRing] = []
    which: list[int] = []
    for i, g in enumerate(geoms):
        for poly in shapely.get_parts(g):
            if poly.geom_type != "Polygon":
                continue
            for ring in (poly.exterior, *poly.interiors):
                out.append(ring)
                which.append(i)
    return out, which
