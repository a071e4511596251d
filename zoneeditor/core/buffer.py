"""Buffer security zones: a band of a given width in km on each side of a line of contact.

Computed in an azimuthal equidistant projection centred on the line, so 2 km is 2 km
anywhere on Earth (within a fraction of a percent for lines up to a few hundred km long).
Ends are flat: the zone stops where the line stops, as drawn on negotiation maps.

A buffer zone records what it was made from (``Derivation``: its line and widths), so when
the line moves the zone is rebuilt in the same change set (``with_rebuilt_buffers``), and
validation says when a zone no longer follows its line (``follows_line``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.geodesy import to_local
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, LayerKind, Version

#: Segments per quarter circle at bends; enough that the edge stays within metres of true.
QUAD_SEGMENTS = 16


def buffer_zone(line: BaseGeometry, left_km: float, right_km: float) -> BaseGeometry:
    """The polygon covering ``left_km`` to the left and ``right_km`` to the right of ``line``.

    Left and right are as seen walking from the line's first vertex to its last.
    Refused when both widths are zero or either is negative.
    """
    if line.geom_type != "LineString":
        raise EditRefused("a buffer zone is made from a line")
    if left_km < 0 or right_km < 0:
        raise EditRefused("buffer widths cannot be negative")
    if left_km == 0 and right_km == 0:
        raise EditRefused("give a width on at least one side")
    local, back = to_local(line)
    parts = []
    if left_km > 0:
        parts.append(local.buffer(left_km * 1000.0, quad_segs=QUAD_SEGMENTS,
                                  single_sided=True, join_style="round"))
    if right_km > 0:
        parts.append(local.buffer(-right_km * 1000.0, quad_segs=QUAD_SEGMENTS,
                                  single_sided=True, join_style="round"))
    band = shapely.union_all(parts)
    band = shapely.make_valid(band) if not band.is_valid else band
    result = back(band)
    if result.geom_type == "GeometryCollection":
        result = shapely.union_all([g for g in shapely.get_parts(result)
                                    if g.geom_type in ("Polygon", "MultiPolygon")])
    return result


# -- buffer zones that know their line -----------------------------------------------------
@dataclass(frozen=True)
class Derivation:
    """What a buffer zone was made from: the id of its line and the width on each side.

    Kept in the zone's attributes (``source_line``, ``width_left_km``, ``width_right_km``,
    written by the buffer tool), so it survives saving, exporting and importing as plain
    fields any GIS shows.
    """

    source_line: str
    left_km: float
    right_km: float


def derivation(zone: Feature) -> Derivation | None:
    """The derivation recorded on a buffer zone, or None (not a buffer, or hand-drawn)."""
    if zone.layer != LayerKind.ZONES:
        return None
    attrs = zone.attributes
    source = attrs.get("source_line")
    if not source or str(attrs.get("kind") or "").strip().casefold() != "buffer":
        return None
    try:  # None or text that is not a number: not a derivation we can rebuild
        left = float(attrs["width_left_km"])
        right = float(attrs["width_right_km"])
    except (KeyError, TypeError, ValueError):
        return None
    if left < 0 or right < 0 or (left == 0 and right == 0):
        return None
    return Derivation(str(source), left, right)


def derived_from(version: Version, line_id: str) -> list[Feature]:
    """The buffer zones of ``version`` made from the line ``line_id``."""
    out = []
    for f in version.layer(LayerKind.ZONES):
        d = derivation(f)
        if d is not None and d.source_line == line_id:
            out.append(f)
    return out


def rebuilt(zone: Feature, line: Feature) -> Feature:
    """``zone`` with its geometry made again from ``line`` with its recorded widths."""
    d = derivation(zone)
    if d is None:
        raise EditRefused(f"{zone.label} does not record the line it was made from")
    return zone.with_geometry(buffer_zone(line.geometry, d.left_km, d.right_km))


def rebuild(version: Version, zone: Feature) -> ChangeSet:
    """The change set making buffer ``zone`` follow its line again (the Problems panel's fix
    for "no longer follows"); refused when the line is gone or the zone records none."""
    d = derivation(zone)
    if d is None:
        raise EditRefused(f"{zone.label} does not record the line it was made from")
    line = version.get(d.source_line)
    if line is None or line.layer != LayerKind.LINES:
        raise EditRefused(f"the line {zone.label} was made from is no longer in "
                          f"{version.name!r}")
    return ChangeSet(Message("Rebuild %1 from %2", zone.label, line.label), version.name,
                     (Delta(zone, rebuilt(zone, line)),))


#: Rebuilt vertices this close (degrees, ~0.1 mm) to the stored ones are the same buffer:
#: a buffer stored by another version of zoneeditor or PROJ may differ in the last bits
#: (the local projection's method changed in #19.3), and is no change of the user's.
SAME_BUFFER_DEG = 1e-9


def with_rebuilt_buffers(version: Version, cs: ChangeSet,
                         locked_layers: Iterable[str] = ()) -> ChangeSet:
    """``cs`` plus the rebuilt buffer zones of every line whose geometry it changes.

    A buffer zone already changed by ``cs`` gets the rebuilt geometry as its new state (the
    line decides where its buffer is). A buffer that cannot be rebuilt (its line became
    unusable for a buffer) is left as it is: validation reports that it no longer follows
    its line. Nothing is added when the zones layer is locked.
    """
    if LayerKind.ZONES.value in {str(x) for x in locked_layers}:
        return cs
    moved = {d.id: d.new for d in cs.deltas
             if d.new is not None and d.new.layer == LayerKind.LINES
             and (d.old is None or not d.old.geometry.equals_exact(d.new.geometry, 0))}
    if not moved:
        return cs
    deltas = {d.id: d for d in cs.deltas}
    for line_id, line in moved.items():
        for zone in derived_from(version, line_id):
            current = deltas[zone.id].new if zone.id in deltas else zone
            if current is None:
                continue  # deleted by the same change
            try:
                new = rebuilt(current, line)
            except EditRefused:
                continue
            if new.attributes == current.attributes and new.geometry.equals_exact(
                    current.geometry, SAME_BUFFER_DEG):
                continue  # the line's shape did not change (a vertex added on a segment)
            old = deltas[zone.id].old if zone.id in deltas else zone
            deltas[zone.id] = Delta(old, new)
    return ChangeSet(cs.label, cs.version, tuple(deltas.values()), cs.meta, cs.structure,
                     cs.merge_key, cs.heads, cs.parts)


@functools.lru_cache(maxsize=64)
def _expected_buffer(line_wkb: bytes, left_km: float, right_km: float) -> BaseGeometry:
    """The buffer of a line given as WKB, remembered: validation asks again after every edit
    of any feature, and a long line's buffer takes tens of milliseconds."""
    return buffer_zone(shapely.from_wkb(line_wkb), left_km, right_km)


def follows_line(zone: Feature, line: Feature, tolerance: float = 0.001) -> bool:
    """True when ``zone`` still is the buffer its derivation makes from ``line``.

    Compared by the area of what differs, relative to the zone's area (``tolerance``, 0.1 %
    by default, absorbs rounding; any real move of the line changes far more).
    """
    d = derivation(zone)
    if d is None:
        return True
    try:
        want = _expected_buffer(line.geometry.wkb, d.left_km, d.right_km)
    except EditRefused:
        return False
    have = zone.geometry
    if have.is_empty or not have.is_valid:
        return False
    differ = shapely.area(shapely.symmetric_difference(have, want))
    return bool(differ <= tolerance * max(shapely.area(have), 1e-12))
