"""The state of a merge in progress, and what "the same feature" means to it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from shapely.geometry.base import BaseGeometry

from zoneeditor.core.diff_change import same_geometry
from zoneeditor.core.merge.attributes import AttributeMerge, same_attributes
from zoneeditor.core.merge.result import Conflict
from zoneeditor.core.merge.shapes import Shape, decompose
from zoneeditor.core.merge.units import Unit
from zoneeditor.core.model import Feature, LayerKind, Version

LAYER_RANK = {LayerKind.ZONES: 0, LayerKind.LINES: 1, LayerKind.POINTS: 2}


def same_feature(a: Feature | None, b: Feature | None) -> bool:
    """True when two states of a feature hold the same content (drawing order aside)."""
    if a is None or b is None:
        return a is None and b is None
    return (a.layer == b.layer and same_attributes(a.attributes, b.attributes)
            and same_geometry_drawn(a.geometry, b.geometry))


def same_geometry_drawn(a: BaseGeometry, b: BaseGeometry) -> bool:
    """True for the same shape, drawn the same way or in another order (quick exact test first)."""
    return (a.geom_type == b.geom_type and bool(a.equals_exact(b, 0))) or same_geometry(a, b)


def geometry_changed(base: Feature, side: Feature) -> bool:
    """True when ``side`` moved, reshaped or re-layered ``base``'s geometry."""
    return side.layer != base.layer or not same_geometry_drawn(base.geometry, side.geometry)


@dataclass
class Combined:
    """A feature both sides changed (differently): attributes merged, geometry pending."""

    attrs: AttributeMerge
    geometry: tuple[BaseGeometry, BaseGeometry] | None  # (ours choice, theirs choice) if known
    layers: tuple[LayerKind, LayerKind]


@dataclass
class MergeState:
    """The merge in progress."""

    base: Version
    ours: Version
    theirs: Version
    names: tuple[str, str]
    out_o: dict[str, Feature | None] = field(default_factory=dict)
    out_t: dict[str, Feature | None] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    kind: dict[str, str] = field(default_factory=dict)   # ours/theirs/same/unchanged/combined
    combined: dict[str, Combined] = field(default_factory=dict)
    shapes: dict[str, Shape | None] = field(default_factory=dict)
    units: dict[str, list[Unit]] = field(default_factory=dict)   # by feature
    mixed: set[str] = field(default_factory=set)   # merged geometry joins both sides

    def shape(self, fid: str) -> Shape | None:
        """The base geometry of ``fid`` split into rings (cached)."""
        if fid not in self.shapes:
            self.shapes[fid] = decompose(self.base.features[fid].geometry)
        return self.shapes[fid]

    def take(self, fid: str, feature: Feature | None, kind: str) -> None:
        """Decide a feature whole: the same state whichever side conflicts are taken from."""
        self.out_o[fid] = self.out_t[fid] = feature
        self.kind[fid] = kind


def ordered_ids(base: Version, ours: Version, theirs: Version) -> list[str]:
    ids = list(base.features)
    seen = set(ids)
    for v in (ours, theirs):
        for fid in v.features:
            if fid not in seen:
                seen.add(fid)
                ids.append(fid)
    return ids


def build(fid: str, layer: LayerKind, geometry: BaseGeometry, attrs: Mapping[str, Any],
           like: Feature) -> Feature:
    """A merged feature; ``like`` itself when it is exactly that (keeps side objects)."""
    f = Feature(fid, layer, geometry, attrs)
    return like if f == like else f
