"""Comparing two versions: what changed, by how much, where, and between which parties.

``diff_versions(old, new, gazetteer)`` matches features (``diff_match``), measures every
changed geometry (``diff_measures``, with its fast path over changed stretches), cuts the
gained and lost land into regions placed near a town (``diff_regions``) and overlays party
territory (``diff_parties``). The result, a ``DiffReport``, speaks the same vocabulary as
undo: each feature's change is a ``Delta(old, new)``; the writers for text, JSON, CSV
(``diff_report``) and GeoPackage (``io.diff_export``) live apart from it.

>>> from shapely import box
>>> from zoneeditor.core.model import Feature, Version
>>> a = Version("agreed", {"z": Feature("z", "zones", box(35, 36, 36, 37), {"party": "A"})})
>>> b = Version("P", {"z": Feature("z", "zones", box(35, 36, 35.5, 37), {"party": "A"})})
>>> r = diff_versions(a, b)
>>> r.features[0].change.value, round(r.features[0].measures.lost_km2, 1)
('modified', 4970.8)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from zoneeditor.core.changes import Delta
from zoneeditor.core.diff_area import fast_area_km2
from zoneeditor.core.diff_match import Change, classify, match_features
from zoneeditor.core.diff_measures import GeometryChange, line_change, zone_change
from zoneeditor.core.diff_parties import (
    FeatureInput,
    PartyTotals,
    Transfer,
    party_overlay,
)
from zoneeditor.core.diff_regions import NearestTown, Region, make_regions
from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.core.model import Feature, LayerKind, Version


@dataclass(frozen=True)
class FeatureDiff:
    """One feature's change between the two versions, with its measures.

    ``delta`` is the undo vocabulary's ``Delta(old, new)``; ``old_id`` is set when the
    feature was matched by name (its old id differed).
    """

    delta: Delta
    change: Change
    changed_attributes: tuple[str, ...]
    geometry_changed: bool
    measures: GeometryChange
    old_id: str | None = None

    @property
    def feature(self) -> Feature:
        """The new feature, or the old one when it was removed."""
        return self.delta.new or self.delta.old  # type: ignore[return-value]

    @property
    def id(self) -> str:
        """The feature's id (the new id for a feature matched by name)."""
        return self.delta.id

    @property
    def name(self) -> str:
        """The feature's name (new name, else old)."""
        return self.feature.name or (self.delta.old.name if self.delta.old else "")

    @property
    def party(self) -> str:
        """The party (new, else old); see ``party_before`` for a handed-over zone."""
        return self.feature.party

    @property
    def party_before(self) -> str:
        """The party in the old version ('' when added)."""
        return self.delta.old.party if self.delta.old else ""

    @property
    def layer(self) -> LayerKind:
        """The feature's layer."""
        return self.feature.layer

    @property
    def kind(self) -> str:
        """The feature's ``kind`` attribute (de-escalation, buffer, line of contact...)."""
        return str(self.feature.attributes.get("kind") or "")

    @property
    def is_buffer(self) -> bool:
        """True for a buffer security zone (not territory of any party)."""
        return self.layer == LayerKind.ZONES and self.kind.strip().casefold() == "buffer"


@dataclass(frozen=True)
class DiffReport:
    """Everything the diff found; writers turn it into text, JSON, CSV or a GeoPackage."""

    old: Version
    new: Version
    features: tuple[FeatureDiff, ...]
    regions: tuple[Region, ...]
    parties: tuple[PartyTotals, ...]
    transfers: tuple[Transfer, ...]

    @property
    def old_name(self) -> str:
        """Name of the version compared from."""
        return self.old.name

    @property
    def new_name(self) -> str:
        """Name of the version compared to."""
        return self.new.name

    @cached_property
    def old_fingerprint(self) -> str:
        """Fingerprint of the old version (computed on first use)."""
        return fingerprint(self.old)

    @cached_property
    def new_fingerprint(self) -> str:
        """Fingerprint of the new version (computed on first use)."""
        return fingerprint(self.new)

    @property
    def changed(self) -> list[FeatureDiff]:
        """The features that are not unchanged."""
        return [f for f in self.features if f.change != Change.UNCHANGED]

    @property
    def is_empty(self) -> bool:
        """True when the two versions hold the same content."""
        return not self.changed

    def feature(self, feature_id: str) -> FeatureDiff | None:
        """The diff of one feature by (new) id."""
        return next((f for f in self.features if f.id == feature_id), None)

    def regions_of(self, feature_id: str) -> list[Region]:
        """The change regions of one feature, largest first."""
        return [r for r in self.regions if r.feature_id == feature_id]

    def deltas(self) -> tuple[Delta, ...]:
        """The changed features as Deltas: applying them to ``old`` gives ``new``."""
        return tuple(f.delta for f in self.changed)


def measure(delta: Delta, change: Change, geometry_changed: bool,
            fast: bool = True) -> GeometryChange:
    """The measures of one matched pair."""
    old, new = delta.old, delta.new
    layer = (new or old).layer  # type: ignore[union-attr]
    if layer == LayerKind.ZONES:
        if change == Change.ADDED:
            area = fast_area_km2(new.geometry)  # type: ignore[union-attr]
            return GeometryChange(0.0, area, new.geometry, gained_km2=area)  # type: ignore[union-attr]
        if change == Change.REMOVED:
            area = fast_area_km2(old.geometry)  # type: ignore[union-attr]
            return GeometryChange(area, 0.0, lost=old.geometry, lost_km2=area)  # type: ignore[union-attr]
        if not geometry_changed:
            area = fast_area_km2(old.geometry)  # type: ignore[union-attr]
            return GeometryChange(area, area)
        return zone_change(old.geometry, new.geometry, fast)  # type: ignore[union-attr]
    if layer == LayerKind.LINES and change == Change.MODIFIED and geometry_changed:
        return line_change(old.geometry, new.geometry, fast)  # type: ignore[union-attr]
    return GeometryChange()


def _point_shift(delta: Delta) -> GeometryChange:
    """A moved point: its displacement as the shift."""
    from zoneeditor.core.diff_shift import Shift
    from zoneeditor.core.geodesy import distance_km

    a, b = delta.old.geometry, delta.new.geometry  # type: ignore[union-attr]
    if a.is_empty or b.is_empty:
        return GeometryChange()
    return GeometryChange(shift=Shift(distance_km(a.x, a.y, b.x, b.y), (a.x, a.y), (b.x, b.y)))


def diff_versions(
    old: Version,
    new: Version,
    gazetteer: NearestTown | None = None,
    fast: bool = True,
) -> DiffReport:
    """Compare ``old`` (e.g. the agreed baseline) with ``new`` (e.g. a proposal).

    ``gazetteer`` (``core.places.Gazetteer``) names the town nearest each change region;
    ``fast=False`` forces the full computation everywhere (the fast path's reference).
    """
    features = []
    for match in match_features(old, new):
        change, attrs, geom_changed = classify(match.delta)
        if (change == Change.MODIFIED and geom_changed
                and match.delta.new.layer == LayerKind.POINTS):  # type: ignore[union-attr]
            measures = _point_shift(match.delta)
        else:
            measures = measure(match.delta, change, geom_changed, fast)
        features.append(FeatureDiff(match.delta, change, attrs, geom_changed, measures,
                                    match.old_id))
    regions: list[Region] = []
    for fd in features:
        if fd.layer != LayerKind.ZONES or fd.change == Change.UNCHANGED:
            continue
        regions += make_regions(fd.measures.gained, "gained", fd.id, gazetteer)
        regions += make_regions(fd.measures.lost, "lost", fd.id, gazetteer)
    inputs = [
        FeatureInput(fd.delta, fd.measures.gained, fd.measures.lost, fd.geometry_changed,
                     fd.measures.area_before_km2, fd.measures.area_after_km2)
        for fd in features if fd.layer == LayerKind.ZONES
    ]
    parties, transfers = party_overlay(inputs, gazetteer)
    return DiffReport(old, new, tuple(features), tuple(regions), tuple(parties),
                      tuple(transfers))
