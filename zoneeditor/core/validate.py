"""Checks a project for problems a delegate must fix before a map goes to the table.

Each ``Problem`` says which feature, what is wrong and where, in one line. Its ``message``
is a ``core.messages.Message`` (names, figures and values are arguments), so the Problems
panel and the import dialog show it translated.

Besides geometry and attribute values, two checks keep a map honest:

- **a zone with no party** is listed ("has no party"): a zone is some party's territory,
  and since the editor never assigns a party on its own, a zone drawn without choosing
  one must be given one before the map goes out. Buffer zones are not listed (they are
  nobody's territory), nor are lines (a line of contact lies *between* parties) or points
  (observation posts are often joint or neutral): no party is what a negotiator expects
  there.
- **a buffer zone that no longer follows its line** is listed, naming the line: it was
  made from a line of contact (``core.buffer.Derivation``) that has moved or gone since.
"""

from __future__ import annotations

from dataclasses import dataclass

import shapely
from shapely.strtree import STRtree

from zoneeditor.core.buffer import derivation, follows_line
from zoneeditor.core.figures import area_figure
from zoneeditor.core.geodesy import area_km2
from zoneeditor.core.messages import Message, counted, listing
from zoneeditor.core.model import STATUSES, Feature, LayerKind, Project, ProjectMeta, Version
from zoneeditor.core.party_values import value_key
from zoneeditor.core.validity import describe, is_valid, problem

#: Overlaps smaller than this (km²) are rounding noise along shared borders, not problems.
OVERLAP_TOLERANCE_KM2 = 0.001

#: Zone kinds that are meant to overlap other parties' zones (a buffer straddles the line).
OVERLAPPING_KINDS = frozenset({"buffer"})

#: The problem of a zone without a party (the location follows it in ``Problem.line``).
NO_PARTY = Message("has no party (each zone belongs to a party: choose it in Attributes)")

#: Zone kinds that belong to no party by design (checked case-insensitively).
PARTYLESS_KINDS = frozenset({"buffer"})


@dataclass(frozen=True)
class Problem:
    """One thing wrong: in which version and feature, what, and where (lon, lat)."""

    version: str
    feature_id: str
    feature: str
    message: str
    where: tuple[float, float] | None = None
    area_km2: float | None = None

    def line(self) -> str:
        """The one-line form printed by ``zoneeditor validate``."""
        short = self.feature_id[:8]
        # an unnamed feature's label is already "zone 31c43832": no "(31c43832)" after it
        unnamed = self.feature in (f"{kind} {short}" for kind in ("zone", "line", "point"))
        who = self.feature if unnamed else f"{self.feature} ({short})"
        return f"{self.version}: {who}: " + describe(self.message, self.where)

    def as_dict(self) -> dict[str, str | float | None]:
        """JSON-ready form."""
        return {
            "version": self.version,
            "feature_id": self.feature_id,
            "feature": self.feature,
            "message": self.message,
            "lon": self.where[0] if self.where else None,
            "lat": self.where[1] if self.where else None,
            "area_km2": self.area_km2,
        }


def validate_version(version: Version, meta: ProjectMeta | None = None) -> list[Problem]:
    """All problems of one version: geometry, attribute values, cross-party overlaps."""
    out: list[Problem] = []
    known_parties = {p.name for p in meta.parties} if meta and meta.parties else None
    for f in version:
        found = problem(f.geometry, f.layer)
        if found:
            out.append(Problem(version.name, f.id, f.label, found[0], found[1]))
        if f.status and f.status not in STATUSES:
            out.append(Problem(version.name, f.id, f.label,
                               Message("status %1 is not one of %2", repr(f.status),
                                       listing(STATUSES))))
        if known_parties is not None and f.party and f.party not in known_parties:
            out.append(Problem(version.name, f.id, f.label,
                               Message("party %1 is not a party of this project",
                                       repr(f.party))))
        if needs_party(f) and not f.party:
            out.append(Problem(version.name, f.id, f.label,
                               NO_PARTY,
                               _inside(f)))
    out.extend(stale_buffers(version))
    out.extend(repeated_buffers(version))
    out.extend(overlaps(version))
    return out


def naming(version: Version) -> list[Problem]:
    """Zones and lines without a name, and zones sharing one (case and spacing aside).

    A printed key, the Changes panel and a comparison with another party's file tell
    features apart by name: an unnamed zone is "zone 31c43832" there, and two zones of one
    name cannot be paired by it (a zone split into two features in another tool). Said by
    ``zoneeditor validate`` (a file about to be exchanged or compared), not after every edit
    in the window, where a zone being drawn has no name yet.
    """
    out: list[Problem] = []
    named: dict[str, list[Feature]] = {}
    for f in version:
        if f.layer == LayerKind.POINTS:
            continue
        shown = f.name.strip() or str(f.attributes.get("name_local") or "").strip()
        if not shown:
            out.append(Problem(version.name, f.id, f.label,
                               Message("has no name (a printed map and a comparison refer to "
                                       "it by its id)"), _inside(f)))
        elif f.layer == LayerKind.ZONES:
            named.setdefault(" ".join(shown.casefold().split()), []).append(f)
    for same in named.values():
        for f in same if len(same) > 1 else ():
            out.append(Problem(version.name, f.id, f.label,
                               counted("has the name of %n other zone(s): a comparison cannot "
                                       "pair them by name", len(same) - 1), _inside(f)))
    return out


def shared_codes(version: Version, column: str, system: str = "") -> list[Problem]:
    """Features of one layer carrying the same code in ``column`` (normalised as the
    comparison normalises codes of ``system``): a comparison pairs features by a code only
    when it is unique, so these fall back to names or shapes."""
    from zoneeditor.core.schema import normalise_code

    groups: dict[tuple[LayerKind, str], list[Feature]] = {}
    for f in version:
        code = normalise_code(system, f.attributes.get(column))
        if code:
            groups.setdefault((f.layer, code), []).append(f)
    out = []
    for (_layer, code), same in groups.items():
        if len(same) > 1:
            for f in same:
                out.append(Problem(version.name, f.id, f.label,
                                   counted("has the code %1 (%2) of %n other feature(s): a "
                                           "comparison cannot pair them by code",
                                           len(same) - 1, repr(code), column), _inside(f)))
    return out


def needs_party(feature: Feature) -> bool:
    """True for features that must name a party: zones other than buffer zones."""
    kind = str(feature.attributes.get("kind") or "").strip().casefold()
    return feature.layer == LayerKind.ZONES and kind not in PARTYLESS_KINDS


def _inside(feature: Feature) -> tuple[float, float] | None:
    """A point inside the feature, to zoom to (None for an empty or broken geometry)."""
    g = feature.geometry
    if g.is_empty:
        return None
    try:
        p = g.representative_point()
    except shapely.errors.GEOSException:
        return None
    return (p.x, p.y)


def repeated_buffers(version: Version) -> list[Problem]:
    """Buffer zones made from a line that has another buffer zone overlapping them: the
    buffer tool run twice on one line (an outside tester made a 3 km buffer over the 2 km
    one and nothing said so). Each later one is listed, naming the first and the ground
    both cover; buffers of one line that do not overlap (one per stretch) are not."""
    by_line: dict[str, list[Feature]] = {}
    for zone in version.layer(LayerKind.ZONES):
        d = derivation(zone)
        if d is not None and is_valid(zone.geometry):
            by_line.setdefault(d.source_line, []).append(zone)
    out = []
    for line_id, zones in by_line.items():
        line = version.get(line_id)
        line_label = line.label if line is not None else line_id
        for k, zone in enumerate(zones[1:], start=1):
            for first in zones[:k]:
                try:
                    km2 = area_km2(shapely.intersection(first.geometry, zone.geometry))
                except shapely.errors.GEOSException:
                    continue
                if km2 > OVERLAP_TOLERANCE_KM2:
                    out.append(Problem(
                        version.name, zone.id, zone.label,
                        Message("is a second buffer zone of %1 over %2 (%3 km² covered by "
                                "both): delete one of them", line_label, first.label,
                                area_figure(km2)), _inside(zone), km2))
                    break
    return out


def stale_buffers(version: Version) -> list[Problem]:
    """Buffer zones whose line of contact moved or went away since they were made."""
    out = []
    for zone in version.layer(LayerKind.ZONES):
        d = derivation(zone)
        if d is None:
            continue
        line = version.get(d.source_line)
        if line is None or line.layer != LayerKind.LINES:
            out.append(Problem(version.name, zone.id, zone.label,
                               Message("was made from a line that is no longer in this "
                                       "version: check it, or redraw it"), _inside(zone)))
        elif not follows_line(zone, line):
            where = line.geometry.interpolate(0.5, normalized=True)
            out.append(Problem(version.name, zone.id, zone.label,
                               Message("no longer follows %1 (rebuild it from the line, or "
                                       "clear its source_line to keep this shape)", line.label),
                               (where.x, where.y)))
    return out


def overlaps(version: Version) -> list[Problem]:
    """Zones of different parties that overlap, with the overlap's geodesic area.

    Buffer zones are left out: straddling the line between two parties is their purpose.
    """
    zones = [
        f for f in version.layer(LayerKind.ZONES)
        if is_valid(f.geometry) and f.attributes.get("kind") not in OVERLAPPING_KINDS
    ]
    if len(zones) < 2:
        return []
    tree = STRtree([z.geometry for z in zones])
    left, right = tree.query([z.geometry for z in zones], predicate="intersects")
    out = []
    for i, j in zip(left.tolist(), right.tolist(), strict=True):
        a, b = zones[i], zones[j]
        if i >= j or value_key(a.party) == value_key(b.party):  # OPPOSITION is Opposition
            continue
        try:
            inter = shapely.intersection(a.geometry, b.geometry)
        except shapely.errors.GEOSException:  # robustness failure of GEOS itself
            out.append(Problem(version.name, a.id, a.label,
                               Message("overlap with %1 could not be computed (the shapes "
                                       "are too intricate for the geometry library)", b.label)))
            continue
        km2 = area_km2(inter)
        if km2 <= OVERLAP_TOLERANCE_KM2:
            continue
        p = inter.representative_point()
        out.append(Problem(
            version.name, a.id, a.label,
            # as every area reads (core.figures), the Problems dock's total above it too
            Message("overlaps %1 of %2 by %3 km²", b.label, b.party, area_figure(km2))
            if b.party else Message("overlaps %1 of no party by %2 km²", b.label,
                                    area_figure(km2)),
            (p.x, p.y), km2,
        ))
    return out


def validate_project(project: Project) -> list[Problem]:
    """Problems of every version, the agreed baseline first."""
    out: list[Problem] = []
    for v in project.versions.values():
        out.extend(validate_version(v, project.meta))
    return out
