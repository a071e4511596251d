"""Shared borders: vertices common to adjacent zones and lines move together, and new
zones follow a neighbour's boundary instead of leaving slivers.

Two features "share" a vertex when they have a vertex at the same coordinates within
``EPS`` (about a millimetre in degrees). A line (or zone) that runs *through* the point,
along the border, without a vertex there shares it too: it gets a vertex there, so it
keeps following the border when the vertex moves. Moving a shared vertex yields ONE
ChangeSet with a Delta per touched feature, and the buffer zones made from a moved line
are rebuilt in the same change set (``core.buffer.with_rebuilt_buffers``), so one undo
restores the whole border with everything that follows it.

>>> from shapely import LineString
>>> ring = LineString([(0, 0), (4, 0), (4, 4), (0, 4), (0, 0)])
>>> ring_path(ring, (1, 0), (4, 1))
[(4.0, 0.0)]
>>> ring_path(ring, (4, 1), (1, 0))
[(4.0, 0.0)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely import LineString, Point
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import vertices as vx
from zoneeditor.core.buffer import derivation, with_rebuilt_buffers
from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.edits import check, vertex_label
from zoneeditor.core.errors import EditRefused
from zoneeditor.core.geodesy import area_km2
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Feature, LayerKind, Version
from zoneeditor.core.snapping import Snap
from zoneeditor.core.validate import OVERLAPPING_KINDS

#: Two vertices closer than this (degrees, ~1 mm) are the same vertex.
EPS = 1e-8

#: Layers whose vertices take part in shared borders (points are placed, not shared).
SHARING_LAYERS = (LayerKind.ZONES, LayerKind.LINES)

XY = tuple[float, float]
#: A tracer: (a, snap at a, b, snap at b) -> the way from a to b, or None.
Route = Callable[[XY, "Snap | None", XY, "Snap | None"], "list[XY] | None"]


@dataclass(frozen=True)
class SharedVertex:
    """One feature's vertices at a shared position (a ring may pass a point only once, but a
    multi-part zone can have several refs there).

    ``inserted`` is True when the feature has no vertex at the position but runs through it
    (a line of contact along a border drawn with fewer vertices): ``refs`` then say where a
    vertex is inserted (before that index), so the feature follows when the point moves.
    ``moved`` turns such an entry into an ordinary one once the vertex exists.
    """

    feature_id: str
    refs: tuple[vx.VertexRef, ...]
    inserted: bool = False

    def moved(self) -> SharedVertex:
        """The entry that moves the vertex an insertion created (later moves of a drag)."""
        return SharedVertex(self.feature_id, self.refs) if self.inserted else self


def vertices_at(feature: Feature, xy: XY, eps: float = EPS) -> tuple[vx.VertexRef, ...]:
    """References of every vertex of ``feature`` within ``eps`` of ``xy``."""
    return tuple(ref for ref, _p in vx.vertices_near(feature.geometry, xy[0], xy[1], eps))


def shared_vertices(
    version: Version, xy: XY, eps: float = EPS,
    layers: Iterable[LayerKind] = SHARING_LAYERS, along: bool = True,
) -> list[SharedVertex]:
    """Every feature of ``version`` (in ``layers``) having a vertex at ``xy``, with its refs.

    With ``along``, features that pass through ``xy`` on a segment are included too, as
    ``inserted`` entries (see ``SharedVertex``). Buffer zones made from a line are left out:
    they are rebuilt from their line instead of being bent at one vertex.
    """
    wanted = set(layers)
    probe = shapely.box(xy[0] - eps, xy[1] - eps, xy[0] + eps, xy[1] + eps)
    out = []
    for f in version:
        if f.layer not in wanted or not vx.may_touch(f.geometry, probe):
            continue
        if derivation(f) is not None and f.attributes.get("source_line") in version.features:
            continue
        refs = vertices_at(f, xy, eps)
        if refs:
            out.append(SharedVertex(f.id, refs))
        elif along:
            ref = vx.segment_at(f.geometry, xy, eps)
            if ref is not None:
                out.append(SharedVertex(f.id, (ref,), inserted=True))
    return out


def move_shared(
    version: Version, sharers: Sequence[SharedVertex], xy: XY,
    label: str = Message("Move vertex"), merge_key: str | None = None,
    locked_layers: Iterable[str] = (),
) -> ChangeSet:
    """Move the given vertices of every sharing feature to ``xy``, as one change set.

    Entries marked ``inserted`` get a new vertex at ``xy`` instead. Buffer zones made from a
    line that moved are rebuilt in the same change set (unless the zones layer is in
    ``locked_layers``; validation then says the buffer no longer follows its line).
    Refused (EditRefused naming the feature and where) when any result would be invalid,
    so a border never moves on one side only.
    """
    deltas = []
    for s in sharers:
        f = version.get(s.feature_id)
        if f is None:
            raise EditRefused(f"feature {s.feature_id[:8]} is no longer in {version.name!r}")
        geom = f.geometry
        for ref in (sorted(s.refs, reverse=True) if s.inserted else s.refs):
            try:
                if s.inserted:
                    geom = vx.with_vertex_inserted(geom, ref, xy)
                else:
                    geom = vx.with_vertex_moved(geom, ref, xy)
            except IndexError:
                raise EditRefused(f"{f.label} has no vertex {ref.index} any more") from None
        check(geom, f.layer, f"{label} on {f.label}", before=f.geometry)
        deltas.append(Delta(f, f.with_geometry(geom)))
    cs = ChangeSet(vertex_label(label, [d.old for d in deltas if d.old is not None]),
                   version.name, tuple(deltas), merge_key=merge_key)
    return with_rebuilt_buffers(version, cs, locked_layers)


def _cumulative(line: LineString) -> np.ndarray:
    c = shapely.get_coordinates(line)
    seg = np.hypot(np.diff(c[:, 0]), np.diff(c[:, 1]))
    return np.concatenate([[0.0], np.cumsum(seg)])


def ring_paths(ring: LineString, a: XY, b: XY, eps: float = EPS) -> tuple[list[XY], list[XY]]:
    """Vertices of the closed ``ring`` strictly between ``a`` and ``b`` (both on it), walking
    forward (the ring's own direction) and backward; each list in walking order from ``a``."""
    coords = shapely.get_coordinates(ring)[:-1]
    cum = _cumulative(ring)[:-1]
    total = float(ring.length)
    if total == 0 or len(coords) < 3:
        return [], []
    pa, pb = ring.project(Point(a)), ring.project(Point(b))
    ways = []
    for sign in (1, -1):
        span = (sign * (pb - pa)) % total
        rel = (sign * (cum - pa)) % total
        keep = (rel > eps) & (rel < span - eps)
        order = np.argsort(rel[keep])
        ways.append([(float(x), float(y)) for x, y in coords[keep][order]])
    return ways[0], ways[1]


def ring_path(ring: LineString, a: XY, b: XY, eps: float = EPS) -> list[XY]:
    """Vertices of the closed ``ring`` strictly between points ``a`` and ``b`` (both on it),
    walking the shorter way round, in walking order."""
    total = float(ring.length)
    if total == 0:
        return []
    pa, pb = ring.project(Point(a)), ring.project(Point(b))
    forward = (pb - pa) % total
    backward = (pa - pb) % total
    if forward <= eps or backward <= eps:
        return []
    fwd, bwd = ring_paths(ring, a, b, eps)
    return fwd if forward <= backward else bwd


def line_path(line: LineString, a: XY, b: XY, eps: float = EPS) -> list[XY]:
    """Vertices of the open ``line`` strictly between ``a`` and ``b`` (both on it), in order."""
    coords = shapely.get_coordinates(line)
    cum = _cumulative(line)
    pa, pb = line.project(Point(a)), line.project(Point(b))
    lo, hi = min(pa, pb), max(pa, pb)
    keep = (cum > lo + eps) & (cum < hi - eps)
    picked = coords[keep]
    if pa > pb:
        picked = picked[::-1]
    return [(float(x), float(y)) for x, y in picked]


def _same_target(s: Snap | None, t: Snap | None) -> bool:
    return (s is not None and t is not None and s.on_line
            and s.feature_id == t.feature_id and s.source == t.source
            and s.part == t.part and s.ring == t.ring)


def follow_snapped(points: Sequence[XY], snaps: Sequence[Snap | None], closed: bool,
                   route: Route | None = None) -> list[XY]:
    """The clicked ``points`` with a neighbour's boundary vertices inserted wherever two
    consecutive clicks snapped onto the same ring or line of the same feature.

    For a zone (``closed``) the pair last→first counts too. Along a closed ring the shorter
    way round is followed, so a zone drawn against a neighbour shares its border exactly:
    no sliver gap, no overlap. ``route(a, snap_a, b, snap_b)``, when given, is asked first
    for each pair (tracing along reference lines); a list it returns (from ``a`` to ``b``)
    is followed, None falls back to the rule above.
    """
    n = len(points)
    out: list[XY] = []
    pairs = n if closed else n - 1
    for i in range(n):
        out.append(points[i])
        if i >= pairs:
            continue
        j = (i + 1) % n
        s, t = snaps[i], snaps[j]
        traced = route(points[i], s, points[j], t) if route is not None else None
        if traced is not None:
            out.extend(traced[1:-1])
            continue
        if not _same_target(s, t):
            continue
        assert s is not None
        ring = s.whole_ring()
        assert ring is not None  # _same_target: s lies on a ring or line
        if ring.is_closed:
            out.extend(ring_path(ring, points[i], points[j]))
        else:
            out.extend(line_path(ring, points[i], points[j]))
    # drop consecutive duplicates (a click exactly on a boundary vertex)
    clean: list[XY] = []
    for p in out:
        if not clean or abs(p[0] - clean[-1][0]) > EPS or abs(p[1] - clean[-1][1]) > EPS:
            clean.append(p)
    if closed and len(clean) > 1 and abs(clean[0][0] - clean[-1][0]) <= EPS \
            and abs(clean[0][1] - clean[-1][1]) <= EPS:
        clean.pop()
    return clean


#: Parts smaller than this (km²) left by clipping are slivers, not territory.
SLIVER_KM2 = 0.0005


def clip_against_others(
    geometry: BaseGeometry, version: Version, party: str, ignore_ids: Iterable[str] = (),
) -> BaseGeometry:
    """``geometry`` minus the zones of other parties ("avoid overlap" when drawing).

    Buffer zones are not subtracted (they straddle lines on purpose). Slivers are dropped.
    Refused when nothing is left.
    """
    skip = set(ignore_ids)
    others = [f.geometry for f in version.layer(LayerKind.ZONES)
              if f.id not in skip and f.party != party
              and f.attributes.get("kind") not in OVERLAPPING_KINDS
              and f.geometry.is_valid and f.geometry.intersects(geometry)]
    if not others:
        return geometry
    rest = shapely.difference(geometry, shapely.union_all(others))
    polys: list[shapely.Polygon] = [p for p in shapely.get_parts(rest)
                                    if p.geom_type == "Polygon" and area_km2(p) > SLIVER_KM2]
    if not polys:
        raise EditRefused("the new zone lies entirely inside other parties' zones")
    if len(polys) == 1:
        return polys[0]
    return shapely.MultiPolygon(polys)


def _segment_positions(feature: Feature, a: XY, b: XY, eps: float = EPS) -> list[vx.VertexRef]:
    """Where a vertex goes to split the segment a–b (either direction) in ``feature``."""
    out = []
    closed = vx.is_closed_kind(feature.geometry)
    if shapely.get_num_coordinates(feature.geometry) > 2000:
        # vertices at a (there are few): is the next or the previous one at b?
        ends = {r for r, _ in vx.vertices_near(feature.geometry, b[0], b[1], eps)}
        for ref, _ in vx.vertices_near(feature.geometry, a[0], a[1], eps):
            n = vx.ring_size(feature.geometry, ref)
            after = vx.VertexRef(ref.part, ref.ring, (ref.index + 1) % n)
            before = vx.VertexRef(ref.part, ref.ring, (ref.index - 1) % n)
            if after in ends and (closed or ref.index + 1 < n):
                out.append(vx.VertexRef(ref.part, ref.ring, ref.index + 1))
            if before in ends and (closed or ref.index > 0):
                out.append(vx.VertexRef(ref.part, ref.ring, ref.index if ref.index else n))
        return sorted(set(out))
    for p, part in enumerate(vx.rings(feature.geometry)):
        for r, ring in enumerate(part):
            n = len(ring)
            last = n if closed else n - 1
            for i in range(last):
                u, w = ring[i], ring[(i + 1) % n]
                if (_close(u, a, eps) and _close(w, b, eps)) or \
                        (_close(u, b, eps) and _close(w, a, eps)):
                    out.append(vx.VertexRef(p, r, i + 1))
    return out


def _close(u: XY, w: XY, eps: float) -> bool:
    return abs(u[0] - w[0]) <= eps and abs(u[1] - w[1]) <= eps


def insert_shared(
    version: Version, feature: Feature, ref: vx.VertexRef, xy: XY,
    topological: bool = True, label: str = Message("Insert vertex"),
) -> ChangeSet:
    """Insert ``xy`` before ``ref`` in ``feature`` and, when ``topological``, into every other
    zone or line having the same segment, so a shared border stays shared."""
    try:
        n = vx.ring_size(feature.geometry, ref)
    except IndexError:
        raise EditRefused(f"{feature.label} has no segment there") from None
    closed = vx.is_closed_kind(feature.geometry)
    if not (0 < ref.index <= n) or (not closed and ref.index >= n):
        raise EditRefused(f"{feature.label} has no segment there")
    a = vx.vertex(feature.geometry, vx.VertexRef(ref.part, ref.ring, ref.index - 1))
    b = vx.vertex(feature.geometry, vx.VertexRef(ref.part, ref.ring, ref.index % n))
    targets: list[tuple[Feature, list[vx.VertexRef]]] = [(feature, [ref])]
    if topological:
        for f in version:
            if f.id == feature.id or f.layer not in SHARING_LAYERS:
                continue
            refs = _segment_positions(f, a, b)
            if refs:
                targets.append((f, refs))
    deltas = []
    for f, refs in targets:
        geom = f.geometry
        # insert from the back so earlier positions stay valid
        for r in sorted(refs, reverse=True):
            geom = vx.with_vertex_inserted(geom, r, xy)
        check(geom, f.layer, f"{label} in {f.label}", before=f.geometry)
        deltas.append(Delta(f, f.with_geometry(geom)))
    return ChangeSet(vertex_label(label, [f for f, _ in targets]), version.name,
                     tuple(deltas))  # a line's shape is unchanged


def delete_shared(
    version: Version, sharers: Sequence[SharedVertex], label: str = Message("Delete vertex"),
) -> ChangeSet:
    """Remove a (shared) vertex from every feature in ``sharers``, as one change set.

    Refused when a ring would keep fewer than 3 vertices or a line fewer than 2, or when a
    result is invalid; nothing changes then.
    """
    deltas = []
    where = None
    for s in sharers:
        f = version.get(s.feature_id)
        if f is None or s.inserted:
            continue  # a feature that only runs through the point has no vertex to delete
        if f.layer == LayerKind.POINTS:
            raise EditRefused("a point's only vertex cannot be deleted; delete the point instead")
        geom = f.geometry
        for ref in sorted(s.refs, reverse=True):
            where = vx.vertex(geom, ref)
            minimum = 3 if vx.is_closed_kind(geom) else 2
            if vx.ring_size(geom, ref) <= minimum:
                what = "a ring needs at least 3 vertices" if minimum == 3 else \
                    "a line needs at least 2"
                raise EditRefused(f"{label} refused: {what} ({f.label})", where)
            geom = vx.with_vertex_deleted(geom, ref)
        check(geom, f.layer, f"{label} in {f.label}", before=f.geometry)
        deltas.append(Delta(f, f.with_geometry(geom)))
    if not deltas:
        raise EditRefused("no vertex there to delete", where)
    named = vertex_label(label, [d.old for d in deltas if d.old is not None])
    return with_rebuilt_buffers(version, ChangeSet(named, version.name, tuple(deltas)))


def junctions(version: Version, points: Iterable[XY], skip_ids: Iterable[str] = (),
              eps: float = 1e-9) -> list[Delta]:
    """Deltas adding each point as a vertex to the zones and lines whose boundary passes
    through it (within ``eps``) without a vertex there: keeps borders shared after a split
    or reshape put a new vertex on a common segment."""
    skip = set(skip_ids)
    pts = list(points)
    out = []
    for f in version:
        if f.id in skip or f.layer not in SHARING_LAYERS:
            continue
        geom = f.geometry
        changed = False
        for xy in pts:
            probe = Point(xy)
            edge = geom.boundary if f.layer == LayerKind.ZONES else geom
            if edge.distance(probe) > eps:
                continue
            if vertices_at(f.with_geometry(geom), xy, eps * 10):
                continue
            ref = vx.segment_at(geom, xy, eps)
            if ref is not None:
                geom = vx.with_vertex_inserted(geom, ref, xy)
                changed = True
        if changed and geom.is_valid:
            out.append(Delta(f, f.with_geometry(geom)))
    return out
