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

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple

from shapely import Point
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import Delta
from zoneeditor.core.diff_absent import absent_attributes, carried
from zoneeditor.core.diff_area import fast_area_km2
from zoneeditor.core.diff_change import Change, classify, spelled_alike
from zoneeditor.core.diff_limits import check_size, coordinates
from zoneeditor.core.diff_match import Match, match_features
from zoneeditor.core.diff_measures import GeometryChange, line_change, zone_change
from zoneeditor.core.diff_parties import FeatureInput, Transfer, party_transfers
from zoneeditor.core.diff_regions import NearestTown, Region, split_regions
from zoneeditor.core.diff_slivers import SliverRule, Tally, derive_rule
from zoneeditor.core.diff_totals import (
    PartyTotals,
    Unions,
    party_totals,
    party_unions,
    without_parties,
)
from zoneeditor.core.diff_words import ENGLISH, ReportWords
from zoneeditor.core.fingerprint import fingerprints
from zoneeditor.core.model import CORE_ATTRIBUTES, Feature, LayerKind, Version
from zoneeditor.core.side_worker import Pending, side_worker


@dataclass(frozen=True)
class FeatureDiff:
    """One feature's change between the two versions, with its measures.

    ``delta`` is the undo vocabulary's ``Delta(old, new)``; ``old_id`` is set when the
    feature was matched otherwise than by id (its old id differed). ``matched_by`` says how
    the pair was found (``core.diff_match.Method``: id, code, name, name variant, overlap;
    "" for an added or removed feature) and ``match_detail`` on what ("OCHA P-code SY07").
    """

    delta: Delta
    change: Change
    changed_attributes: tuple[str, ...]
    geometry_changed: bool
    measures: GeometryChange
    old_id: str | None = None
    matched_by: str = ""
    match_detail: str = ""
    within_tolerance_km: float | None = None
    smaller: Tally = field(default_factory=Tally)

    @property
    def feature(self) -> Feature:
        """The new feature, or the old one when it was removed."""
        return self.delta.feature

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


class Slivers(NamedTuple):
    """What the report left unlisted (``core.diff_slivers``): the rule it used, the pieces
    of gained/lost land and of land changing hands too small or thin to list, and the
    pieces within the tolerance (no change at all)."""

    rule: SliverRule = SliverRule()
    regions: Tally = Tally()
    transfers: Tally = Tally()
    tolerated: Tally = Tally()
    tolerated_features: int = 0

    def transfer_line(self, words: ReportWords = ENGLISH) -> str:
        """ "773 smaller pieces, 19.6 km² in all (under 0.05 km² or thinner than 150 m)",
        in ``words``' language."""
        return words.say("%1 (%2)", self.transfers.line(words), self.rule.describe(words))


@dataclass(frozen=True)
class DiffReport:
    """Everything the diff found; writers turn it into text, JSON, CSV or a GeoPackage.

    ``regions`` and each transfer's ``pieces`` hold the pieces worth listing; ``slivers``
    counts and sums the rest, so every reader (text, JSON, CSV, the Changes panel, the
    printed sheet) can say "and N smaller pieces, X km² in all".
    """

    old: Version
    new: Version
    features: tuple[FeatureDiff, ...]
    regions: tuple[Region, ...]
    parties: tuple[PartyTotals, ...]
    transfers: tuple[Transfer, ...]
    slivers: Slivers = field(default_factory=Slivers)
    #: The sides ("old", "new") giving no party for any zone (``diff_totals.without_parties``):
    #: ``parties`` and ``transfers`` are then not computed (``diff_report.parties_missing_note``)
    parties_missing: tuple[str, ...] = ()
    #: ``(attribute, side)`` for attributes one side gives for no feature at all
    #: (``diff_absent``): not counted as changes, kinds carried over to the pairs
    attributes_missing: tuple[tuple[str, str], ...] = ()
    #: ``fingerprints(old, new)`` when the caller computed them alongside the diff (the
    #: command line does, on a worker thread); None: computed on first use.
    digests: tuple[str, str] | None = field(default=None, compare=False, repr=False)

    @property
    def old_name(self) -> str:
        """Name of the version compared from."""
        return self.old.name

    @property
    def new_name(self) -> str:
        """Name of the version compared to."""
        return self.new.name

    @cached_property
    def _fingerprints(self) -> tuple[str, ...]:
        # both at once: the geometries the versions share are put in canonical form once
        return self.digests or fingerprints(self.old, self.new)

    @property
    def old_fingerprint(self) -> str:
        """Fingerprint of the old version (computed on first use)."""
        return self._fingerprints[0]

    @property
    def new_fingerprint(self) -> str:
        """Fingerprint of the new version (computed on first use)."""
        return self._fingerprints[1]

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
        return self._by_id.get(feature_id)

    def regions_of(self, feature_id: str) -> list[Region]:
        """The change regions of one feature, largest first."""
        return list(self._regions_by_id.get(feature_id, ()))

    # Looked up once per feature or region by the writers (the text's sentences, the
    # GeoPackage's rows): a scan each time made them quadratic in the number of features.
    @cached_property
    def _by_id(self) -> dict[str, FeatureDiff]:
        out: dict[str, FeatureDiff] = {}
        for f in self.features:
            out.setdefault(f.id, f)  # the first, as a scan would find it
        return out

    @cached_property
    def _regions_by_id(self) -> dict[str | None, list[Region]]:
        out: dict[str | None, list[Region]] = {}
        for r in self.regions:
            out.setdefault(r.feature_id, []).append(r)
        return out

    @property
    def parties_missing_names(self) -> list[str]:
        """The names of the versions in ``parties_missing``."""
        return [self.old_name if r == "old" else self.new_name for r in self.parties_missing]

    def deltas(self) -> tuple[Delta, ...]:
        """The changed features as Deltas: applying them to ``old`` gives ``new``."""
        return tuple(f.delta for f in self.changed)


def _area_geometry(delta: Delta, change: Change, geometry_changed: bool
                   ) -> BaseGeometry | None:
    """The one geometry whose area is the whole measure (a zone added, removed, or the same
    shape on both sides), else None."""
    if delta.feature.layer != LayerKind.ZONES:
        return None
    if change in (Change.ADDED, Change.REMOVED):  # the feature there is, new or old
        return delta.feature.geometry
    if not geometry_changed:
        return delta.pair()[0].geometry
    return None


def _area_measure(delta: Delta, change: Change, area: float) -> GeometryChange:
    """The measures of a zone whose area is all there is to measure (``_area_geometry``)."""
    if change == Change.ADDED:
        return GeometryChange(0.0, area, delta.feature.geometry, gained_km2=area)
    if change == Change.REMOVED:
        return GeometryChange(area, 0.0, lost=delta.feature.geometry, lost_km2=area)
    return GeometryChange(area, area)


def measure(delta: Delta, change: Change, geometry_changed: bool,
            fast: bool = True) -> GeometryChange:
    """The measures of one matched pair."""
    whole = _area_geometry(delta, change, geometry_changed)
    if whole is not None:
        return _area_measure(delta, change, fast_area_km2(whole))
    layer = delta.feature.layer
    if layer == LayerKind.ZONES:
        old, new = delta.pair()
        return zone_change(old.geometry, new.geometry, fast)
    if layer == LayerKind.LINES and change == Change.MODIFIED and geometry_changed:
        old, new = delta.pair()
        return line_change(old.geometry, new.geometry, fast)
    return GeometryChange()


def _point_shift(delta: Delta) -> GeometryChange:
    """A moved point: its displacement as the shift."""
    from zoneeditor.core.diff_shift import Shift
    from zoneeditor.core.geodesy import distance_km

    old, new = delta.pair()
    a, b = old.geometry, new.geometry
    if not isinstance(a, Point) or not isinstance(b, Point) or a.is_empty or b.is_empty:
        return GeometryChange()
    return GeometryChange(shift=Shift(distance_km(a.x, a.y, b.x, b.y), (a.x, a.y), (b.x, b.y)))


def _reshaped(features: list[FeatureDiff]) -> Iterator[tuple[BaseGeometry, BaseGeometry, bool]]:
    """(old, new geometry, measured by the fast path?) of each reshaped zone or line."""
    for fd in features:
        if fd.change == Change.MODIFIED and fd.geometry_changed \
                and fd.layer in (LayerKind.ZONES, LayerKind.LINES):
            old, new = fd.delta.pair()
            yield old.geometry, new.geometry, fd.measures.fast


def diff_versions(
    old: Version,
    new: Version,
    gazetteer: NearestTown | None = None,
    fast: bool = True,
    code_column: str | None = None,
    *,
    min_area_km2: float | None = None,
    min_width_km: float | None = None,
    tolerance_km: float = 0.0,
    files: Collection[str] = (),
) -> DiffReport:
    """Compare ``old`` (e.g. the agreed baseline) with ``new`` (e.g. a proposal).

    ``gazetteer`` (``core.places.Gazetteer``) names the town nearest each change region;
    ``fast=False`` forces the full computation everywhere (the fast path's reference);
    ``code_column`` is a column of codes both versions share, for matching features whose
    ids differ (``core.diff_match``). ``min_area_km2`` / ``min_width_km`` (default: from the
    data) say which pieces are listed rather than summed up, ``tolerance_km`` within which
    distance two boundaries count as the same line (``core.diff_slivers``). ``files`` names
    the sides ("old", "new") read from another tool's file rather than a project: a column
    such a file lacks is never a change, nor a party it does not give (``diff_absent``,
    ``diff_totals.without_parties``).
    ``core.diff_limits.TooManyFeatures`` when a version has more features than a comparison
    takes (``MAX_FEATURES``).
    """
    check_size(old, new)
    missing = without_parties(old, new, files)
    absent = absent_attributes(old, new, files)
    pairs = _classified(old, new, code_column, bool(missing), absent)
    zone_deltas = [m.delta for m, *_ in pairs if m.delta.feature.layer == LayerKind.ZONES]
    wholes = {k: g for k, (m, change, _, changed) in enumerate(pairs)
              if (g := _area_geometry(m.delta, change, changed)) is not None}
    # Two costly parts need no measure: the areas of the zones whose area is all there is to
    # measure, and the unions behind the party totals. A worker computes them while this
    # thread measures the changed features (GEOS and PROJ release the GIL, so they run on
    # the second core); the results are the very numbers the same calls give here. A small
    # diff computes them here (core.side_worker).
    with side_worker(coordinates(old, new), "zoneeditor-diff") as worker:
        areas = worker.submit(lambda: [fast_area_km2(g) for g in wholes.values()])
        unions = worker.submit(party_unions, [] if missing else zone_deltas)
        measures: dict[int, GeometryChange] = {}
        for k, (match, change, _attrs, changed) in enumerate(pairs):
            if k in wholes:
                continue
            if change == Change.MODIFIED and changed \
                    and match.delta.feature.layer == LayerKind.POINTS:
                measures[k] = _point_shift(match.delta)
            else:
                measures[k] = measure(match.delta, change, changed, fast)
        for k, area in zip(wholes, areas.result(), strict=True):
            measures[k] = _area_measure(pairs[k][0].delta, pairs[k][1], area)
        report = _report(old, new, gazetteer, pairs, measures, unions,
                         SliverOptions(min_area_km2, min_width_km, tolerance_km),
                         bool(missing))
    if absent:
        report = replace(report, attributes_missing=tuple(sorted(absent.items())))
    return replace(report, parties_missing=missing) if missing else report


class SliverOptions(NamedTuple):
    """The user's thresholds for slivers (None: from the data) and tolerance."""

    min_area_km2: float | None
    min_width_km: float | None
    tolerance_km: float


def _classified(old: Version, new: Version, code_column: str | None,
                no_party: bool = False, absent: Mapping[str, str] | None = None
                ) -> list[tuple[Match, Change, tuple[str, ...], bool]]:
    """Every matched pair with its change, changed attributes and whether its shape
    changed. With ``no_party`` (one side gives no party at all) a party is no change, nor
    is an attribute in ``absent`` (``diff_absent``: one side gives it for no feature), and
    a zone of a side without kinds keeps its pair's kind."""
    out = []
    absent = absent or {}
    forgiven = {"party"} if no_party else set()
    forgiven |= set(absent)
    old_keys = {k for f in old for k in f.attributes}
    new_keys = {k for f in new for k in f.attributes}
    for match in match_features(old, new, code_column):
        if "kind" in absent:
            match = match._replace(delta=carried(match.delta, absent))
        change, attrs, geom_changed = classify(match.delta)
        if forgiven & set(attrs):
            attrs = tuple(a for a in attrs if a not in forgiven)
            if not attrs and not geom_changed:
                change = Change.UNCHANGED
        if match.method not in ("", "id") and attrs:
            # Two sources with different columns: a column only one of them has is not a
            # change of this feature; our own attributes (name, party...) always compare,
            # a name up to its spelling ("IDLIB" in one file is "Idlib" in the other).
            old_f, new_f = match.delta.old, match.delta.new
            attrs = tuple(a for a in attrs if (a in CORE_ATTRIBUTES
                                               or (a in old_keys and a in new_keys))
                          and not (old_f and new_f and spelled_alike(old_f, new_f, a)))
            if not attrs and not geom_changed:
                change = Change.UNCHANGED
        out.append((match, change, attrs, geom_changed))
    return out


def _report(old: Version, new: Version, gazetteer: NearestTown | None,
            pairs: list[tuple[Match, Change, tuple[str, ...], bool]],
            measured: dict[int, GeometryChange], unions: Pending[Unions],
            options: SliverOptions, no_party: bool = False) -> DiffReport:
    """Slivers, regions and parties from the measured pairs: the report (``no_party``:
    one side gives no party, so no transfers)."""
    min_area_km2, min_width_km, tolerance_km = options
    features = [FeatureDiff(match.delta, change, attrs, changed, measured[k], match.old_id,
                            match.method, match.detail)
                for k, (match, change, attrs, changed) in enumerate(pairs)]
    rule = derive_rule(
        _reshaped(features), min_area_km2, min_width_km, tolerance_km)
    if rule.tolerance_km > 0:
        features = [_tolerate(fd, rule.tolerance_km) for fd in features]
    regions: list[Region] = []
    region_tally, tolerated = Tally(), Tally()
    for i, fd in enumerate(features):
        if fd.layer != LayerKind.ZONES or fd.change == Change.UNCHANGED:
            continue
        gained = split_regions(fd.measures.gained, "gained", fd.id, gazetteer, rule=rule)
        lost = split_regions(fd.measures.lost, "lost", fd.id, gazetteer, rule=rule)
        regions += gained.listed + lost.listed
        region_tally += gained.smaller + lost.smaller
        tolerated += gained.tolerated + lost.tolerated
        m = fd.measures
        measures = m if not (gained.tolerated.count or lost.tolerated.count) else replace(
            m, gained=gained.kept, lost=lost.kept,
            gained_km2=max(0.0, m.gained_km2 - gained.tolerated.area_km2),
            lost_km2=max(0.0, m.lost_km2 - lost.tolerated.area_km2))
        features[i] = replace(fd, measures=measures, smaller=gained.smaller + lost.smaller)
    inputs = [
        FeatureInput(fd.delta, fd.measures.gained, fd.measures.lost, fd.geometry_changed,
                     fd.measures.area_before_km2, fd.measures.area_after_km2)
        for fd in features if fd.layer == LayerKind.ZONES
    ]
    # a side without parties: no transfers (all its land would pass to "no party")
    transfers = [] if no_party else party_transfers(inputs, gazetteer, rule)
    parties = party_totals(unions.result(), [it.area_before_km2 for it in inputs],
                           [it.area_after_km2 for it in inputs])
    slivers = Slivers(rule, region_tally,
                      sum((t.smaller for t in transfers), Tally()), tolerated,
                      sum(1 for fd in features if fd.within_tolerance_km is not None))
    return DiffReport(old, new, tuple(features), tuple(regions), tuple(parties),
                      tuple(transfers), slivers)


def _tolerate(fd: FeatureDiff, tolerance_km: float) -> FeatureDiff:
    """A geometry change no larger than the tolerance is no geometry change."""
    if fd.change != Change.MODIFIED or not fd.geometry_changed:
        return fd
    if fd.measures.shift.km > tolerance_km:
        return fd
    m = fd.measures
    kept = GeometryChange(m.area_before_km2, m.area_before_km2)
    change = Change.MODIFIED if fd.changed_attributes else Change.UNCHANGED
    return replace(fd, change=change, geometry_changed=False, measures=kept,
                   within_tolerance_km=m.shift.km)
