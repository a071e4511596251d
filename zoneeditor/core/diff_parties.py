"""Who passes how much land to whom (the parties' totals: ``core.diff_totals``).

A zone of kind "buffer" is no party's territory and is left out. The transfer matrix follows
the overlay of old coverage with new coverage: land party A held and no longer holds, that
party B now holds and did not hold, passes from A to B; land A loses that nobody holds
afterwards goes to "no party" (None); land nobody held that B gains comes from None. When
the zones of different parties do not overlap within a version (the normal case, which
``validate`` checks) this equals the pairwise overlay ``old_A ∩ new_B``, ``old_A − new``
and ``new_B − old``; an overlap that exists unchanged in both versions is not a transfer.

Only the changed land is overlaid: every feature contributes its gained/lost pieces (or its
whole shape when added, removed or handed to another party), those few small pieces are
noded together, and each face asks which parties held it before and after. Features with no
change at a face are asked only when their bounding box reaches it, so a 100,000-vertex zone
that kept its party costs nothing here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import Delta
from zoneeditor.core.diff_area import fast_area_km2
from zoneeditor.core.diff_noise import without_collapsed
from zoneeditor.core.diff_regions import NearestTown, Region, split_regions
from zoneeditor.core.diff_slivers import SliverRule, Tally
from zoneeditor.core.diff_totals import is_territory
from zoneeditor.core.model import Feature

#: Transfers below 1 m² in total are floating-point noise of the overlay, not land.
MIN_TRANSFER_KM2 = 1e-6


class Transfer(NamedTuple):
    """Land passing from one party to another (None = no party), with its pieces.

    ``pieces`` are those worth listing (``core.diff_slivers``); ``smaller`` counts and sums
    the rest. ``area_km2`` is the total of all.
    """

    frm: str | None
    to: str | None
    area_km2: float
    pieces: tuple[Region, ...]
    smaller: Tally = Tally()


class _Event(NamedTuple):
    """Feature ``fid`` gives ``party`` membership over ``geometry`` before/after."""

    fid: str
    party: str
    geometry: BaseGeometry
    in_old: bool
    in_new: bool


class FeatureInput(NamedTuple):
    """What the party overlay needs from one feature's diff."""

    delta: Delta
    gained: BaseGeometry
    lost: BaseGeometry
    geometry_changed: bool
    area_before_km2: float
    area_after_km2: float


def _events(items: Iterable[FeatureInput]) -> list[_Event]:
    out = []
    for it in items:
        # each side only where it is a party's territory
        old = it.delta.old if is_territory(it.delta.old) else None
        new = it.delta.new if is_territory(it.delta.new) else None
        if old is None and new is None:
            continue
        if old is not None and new is not None and old.party == new.party:
            if it.geometry_changed:
                out.append(_Event(it.delta.id, new.party, it.gained, False, True))
                out.append(_Event(it.delta.id, old.party, it.lost, True, False))
            continue
        if old is not None:
            out.append(_Event(it.delta.id, old.party, old.geometry, True, False))
        if new is not None:
            out.append(_Event(it.delta.id, new.party, new.geometry, False, True))
    return [e for e in out if e.geometry is not None and not e.geometry.is_empty]


def party_transfers(
    items: list[FeatureInput], gazetteer: NearestTown | None = None,
    rule: SliverRule | None = None,
) -> list[Transfer]:
    """The land changing hands between parties, for the matched features of two versions.

    The parties' totals are ``core.diff_totals.party_totals``: separate, so that
    ``diff_versions`` finds the transfers while its worker still unions the parties' zones.
    """
    events = _events(items)
    if not events:
        return []
    static = [it.delta.old for it in items
              if it.delta.old is not None and it.delta.new is not None
              and is_territory(it.delta.old) and is_territory(it.delta.new)
              and it.delta.old.party == it.delta.new.party]
    # the unchanged zones in a tree, once: every face is cut only by the zones near it
    static_tree = shapely.STRtree([f.geometry for f in static])
    flows: dict[tuple[str | None, str | None], list[BaseGeometry]] = {}
    faces = _faces([e.geometry for e in events])
    for face, here in zip(faces, _events_at(faces, events), strict=True):
        if not here:
            continue
        for piece, static_parties in _split_by_static(face, here, static, static_tree):
            old_p = {e.party for e in here if e.in_old} | static_parties
            new_p = {e.party for e in here if e.in_new} | static_parties
            losers, gainers = sorted(old_p - new_p), sorted(new_p - old_p)
            pairs: list[tuple[str | None, str | None]] = [
                (a, b) for a in losers for b in gainers
            ]
            if not new_p:
                pairs += [(a, None) for a in losers]
            if not old_p:
                pairs += [(None, b) for b in gainers]
            for pair in pairs:
                flows.setdefault(pair, []).append(piece)
    transfers = []
    for (a, b), parts in flows.items():
        # the faces were cut by unchanged zones too, whose coordinates may differ from the
        # changed ones' in their last bits: that noise is taken out as from gained and lost
        whole = shapely.union_all(parts)
        land = without_collapsed(whole)
        # the total counts every piece; only pieces a negotiator could see are listed
        area = (float(sum(fast_area_km2(p) for p in parts)) if land is whole
                else fast_area_km2(land))
        if area >= MIN_TRANSFER_KM2:
            split = split_regions(land, "transfer", None, gazetteer, a, b, rule)
            transfers.append(Transfer(a, b, area - split.tolerated.area_km2,
                                      tuple(split.listed), split.smaller))
    transfers.sort(key=lambda t: -t.area_km2)
    return transfers


def _faces(geometries: list[BaseGeometry]) -> list[BaseGeometry]:
    """The faces of the arrangement of the geometries' boundaries (each face a polygon)."""
    if len(geometries) == 1 and geometries[0].geom_type == "Polygon":
        return [geometries[0]]
    boundaries = shapely.union_all([g.boundary for g in geometries])
    return [p for p in shapely.get_parts(shapely.polygonize([boundaries]))
            if not p.is_empty and p.area > 0]


def _events_at(faces: list[BaseGeometry], events: list[_Event]) -> list[list[_Event]]:
    """For each face, the events whose geometry holds the face's point on surface, in the
    events' order.

    One STRtree of the events' boxes gives the candidates of all faces at once and the
    exact test (``shapely.intersects``, as each pair was asked before) runs only on those:
    asking every event at every face was faces × events GEOS calls, quadratic in the
    number of changed zones (3,000 added squares: 9 million tests, ~20 s).
    """
    out: list[list[_Event]] = [[] for _ in faces]
    if not faces:
        return out
    points = shapely.point_on_surface(np.array(faces, dtype=object))
    tree = shapely.STRtree([e.geometry for e in events])
    at, which = tree.query(points)  # boxes only; the exact test follows
    if not len(at):
        return out
    order = np.lexsort((which, at))  # per face, in the events' order
    at, which = at[order], which[order]
    geoms = np.array([e.geometry for e in events], dtype=object)
    hit = shapely.intersects(geoms[which], points[at])
    for k, j in zip(at[hit].tolist(), which[hit].tolist(), strict=True):
        out[k].append(events[j])
    return out


def _split_by_static(face: BaseGeometry, here: list[_Event], static: list[Feature],
                     static_tree: shapely.STRtree) -> list[tuple[BaseGeometry, set[str]]]:
    """Cut the face by the zones that did not change there, with the parties they hold.

    A zone with an event at this face already answered for itself; the others are the same
    before and after here, so they hold the land in both versions. ``static_tree`` holds
    the shapes of ``static``: only the zones whose box meets the face's can cut it, taken
    in their order.
    """
    answered = {e.fid for e in here}
    near = np.sort(static_tree.query(face)) if static else np.empty(0, dtype=np.intp)
    pieces: list[tuple[BaseGeometry, set[str]]] = [(face, set())]
    for f in (static[k] for k in near.tolist()):
        if f.id in answered:
            continue
        nxt = []
        for piece, held in pieces:
            inside = shapely.intersection(piece, f.geometry)
            if inside.is_empty or inside.area == 0:
                nxt.append((piece, held))
                continue
            nxt.append((inside, held | {f.party}))
            outside = shapely.difference(piece, f.geometry)
            if not outside.is_empty and outside.area > 0:
                nxt.append((outside, held))
        pieces = nxt
    return pieces
