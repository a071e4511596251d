"""Snapping: pull a pointer position onto a nearby vertex (preferred) or boundary segment.

Targets are every visible layer of the version being edited, the agreed baseline when a
proposal is edited (so a proposal can follow the agreed line exactly), the basemap's
country borders, the lines and outlines of visible reference layers
(``core.reference_targets``, source "reference", with the layer's name for the tooltip),
and any extra points a tool adds (the vertices of the shape being drawn).
The tolerance comes in map units with each PointerEvent (the canvas converts 10 px).

Rings and lines are indexed one by one in an STRtree, so a pointer move looks at the few
rings near the cursor, not at every vertex of the project. A large feature
(``vertex_runs.MIN_ROWS`` vertices or more) is not copied ring by ring: its runs of
vertices (``core.vertex_runs``) are the targets, and a run near the pointer becomes a short
line when asked. After an edit
the index is made again from the previous one (``reuse``): the targets of every geometry
that did not change are taken over, and an edited large zone's runs are derived from the
runs it had, so snapping after an edit of a million-vertex zone costs no pass over it.

>>> from shapely import box
>>> idx = SnapIndex([SnapSource(box(0, 0, 1, 1), "a")])
>>> idx.snap(0.98, 1.01, 0.05).xy, idx.snap(0.98, 1.01, 0.05).kind
((1.0, 1.0), 'vertex')
>>> idx.snap(0.5, 1.01, 0.05).xy, idx.snap(0.5, 1.01, 0.05).kind
((0.5, 1.0), 'segment')
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np
import shapely
from shapely import LineString, MultiPoint, Point
from shapely.geometry.base import BaseGeometry
from shapely.strtree import STRtree

from zoneeditor.core.model import AGREED
from zoneeditor.core.vertex_runs import RunIndex, runs_of

if TYPE_CHECKING:
    from zoneeditor.core.basemap_model import Basemap
    from zoneeditor.core.tools.base import ToolContext

SnapKind = Literal["vertex", "segment"]


@dataclass(frozen=True)
class SnapSource:
    """A geometry offered as a snap target, with where it comes from.

    ``source`` is "current" (the version being edited), "agreed" (the baseline, when a
    proposal is edited), "basemap" or "drawing"; ``feature_id`` names the feature (or the
    country code for the basemap).
    """

    geometry: BaseGeometry
    feature_id: str | None
    source: str = "current"


@dataclass(frozen=True)
class Snap:
    """Where a pointer snapped to.

    ``ring_line`` is the whole ring or line the target lies on (closed for a ring), and
    ``part`` / ``ring`` say which ring of the feature it is; topology uses them to follow a
    neighbour's boundary between two snapped clicks. ``layer`` and ``label`` name a
    reference target ("Idlib OSM", "river Nahr Test") for the snap tooltip.
    """

    xy: tuple[float, float]
    kind: SnapKind
    feature_id: str | None
    source: str
    part: int
    ring: int
    distance: float
    ring_line: LineString | None = None
    layer: str = ""
    label: str = ""
    #: Makes ``ring_line`` for a target on a large feature (only when it is asked for).
    ring_loader: Callable[[], LineString] | None = field(default=None, compare=False,
                                                         repr=False)
    _loaded: LineString | None = field(default=None, init=False, compare=False, repr=False)

    @property
    def on_line(self) -> bool:
        """True when the target lies on a ring or line (not on a lone point)."""
        return self.ring_line is not None or self.ring_loader is not None

    def whole_ring(self) -> LineString | None:
        """The whole ring or line the target lies on (made on first use for a large one)."""
        if self.ring_line is not None or self.ring_loader is None:
            return self.ring_line
        if self._loaded is None:
            object.__setattr__(self, "_loaded", self.ring_loader())
        return self._loaded

    @property
    def closed(self) -> bool:
        """True when the target lies on a polygon ring (rather than an open line)."""
        ring = self.whole_ring()
        return ring is not None and ring.is_closed


@dataclass(frozen=True)
class _Ring:
    line: LineString | Point | MultiPoint  # points: targets by their vertices only
    feature_id: str | None
    source: str
    part: int
    ring: int
    layer: str = ""
    label: str = ""
    whole: Callable[[], LineString] | None = None  # the whole ring, when ``line`` is a run


@dataclass(frozen=True, eq=False)
class _Large:
    """A large feature's targets: the runs of its vertices."""

    runs: RunIndex
    feature_id: str | None
    source: str

    def rings_near(self, x0: float, y0: float, x1: float, y1: float) -> list[_Ring]:
        """The runs whose box meets the box, each as a short line (its rows and the next)."""
        flat = self.runs.flat
        out = []
        part_ends = np.cumsum(flat.parts)
        for k in self.runs.runs_meeting(x0, y0, x1, y1).tolist():
            start, stop = int(self.runs.starts[k]), int(self.runs.stops[k])
            ring = flat.ring_of(start)
            end = int(flat.offsets[ring + 1])
            rows = flat.coords[start:stop, :2]
            if stop < end:
                rows = np.vstack([rows, flat.coords[stop:stop + 1, :2]])
            elif flat.closed:
                rows = np.vstack([rows, flat.coords[int(flat.offsets[ring]), :2][None]])
            part = int(np.searchsorted(part_ends, ring, side="right"))
            line: LineString | Point = (LineString(rows) if len(rows) >= 2
                                        else Point(rows[0]))
            out.append(_Ring(line, self.feature_id, self.source, part,
                             ring - int(part_ends[part] - flat.parts[part]),
                             whole=_ring_loader(self.runs, ring)))
        return out

    def __len__(self) -> int:
        return len(self.runs.flat.sizes)


def _ring_loader(runs: RunIndex, ring: int) -> Callable[[], LineString]:
    flat = runs.flat

    def load() -> LineString:
        a, b = int(flat.offsets[ring]), int(flat.offsets[ring + 1])
        rows = flat.coords[a:b, :2]
        if flat.closed:
            rows = np.vstack([rows, rows[:1]])
        return LineString(rows)
    return load


def _rings_of(src: SnapSource) -> list[_Ring]:
    """One entry per ring or line of ``src`` (points become one-vertex 'rings')."""
    g = src.geometry
    out: list[_Ring] = []
    if g is None or g.is_empty:
        return out
    kind = g.geom_type
    if kind in ("Polygon", "MultiPolygon"):
        for p, poly in enumerate(shapely.get_parts(g)):
            for r, ring in enumerate([poly.exterior, *poly.interiors]):
                out.append(_Ring(LineString(ring.coords), src.feature_id, src.source, p, r))
    elif kind in ("LineString", "MultiLineString", "LinearRing"):
        for p, part in enumerate(shapely.get_parts(g)):
            out.append(_Ring(LineString(part.coords), src.feature_id, src.source, p, 0))
    elif kind in ("Point", "MultiPoint"):
        for p, pt in enumerate(shapely.get_parts(g)):
            out.append(_Ring(pt, src.feature_id, src.source, p, 0))
    elif kind == "GeometryCollection":
        for part in shapely.get_parts(g):
            out.extend(_rings_of(SnapSource(part, src.feature_id, src.source)))
    return out


_Targets = list[_Ring] | _Large


class SnapIndex:
    """Snap targets indexed by ring in an STRtree; build once per document state.

    ``reuse``: the index of an earlier state of the same document; the targets of every
    geometry found in it are taken over instead of being made again.
    """

    def __init__(self, sources: Iterable[SnapSource], reuse: SnapIndex | None = None) -> None:
        self._rings: list[_Ring] = []
        self._order: list[int] = []  # the source each small ring comes from
        self._large: list[tuple[int, _Large]] = []
        self._made: dict[tuple[int, str | None, str],
                         tuple[weakref.ref[BaseGeometry], _Targets]] = {}
        earlier = reuse._made if reuse is not None else {}
        for n, s in enumerate(sources):
            key = (id(s.geometry), s.feature_id, s.source)
            known = earlier.get(key)
            same = known is not None and known[0]() is s.geometry
            targets = known[1] if known is not None and same else _targets_of(s)
            if s.geometry is not None:
                self._made[key] = (weakref.ref(s.geometry), targets)
            if isinstance(targets, _Large):
                self._large.append((n, targets))
            else:
                self._rings.extend(targets)
                self._order.extend([n] * len(targets))
        self._tree = STRtree([r.line for r in self._rings]) if self._rings else None

    def __len__(self) -> int:
        return len(self._rings) + sum(len(big) for _, big in self._large)

    def candidates(self, x: float, y: float, tolerance: float) -> list[_Ring]:
        """Rings (or runs of a large feature's ring) whose envelope comes within
        ``tolerance`` of (x, y), in the order of their sources."""
        found: list[tuple[int, int, _Ring]] = []
        if self._tree is not None:
            box = shapely.box(x - tolerance, y - tolerance, x + tolerance, y + tolerance)
            for i in np.sort(self._tree.query(box)).tolist():
                found.append((self._order[i], i, self._rings[i]))
        for n, big in self._large:
            near = big.rings_near(x - tolerance, y - tolerance, x + tolerance, y + tolerance)
            found.extend((n, k, r) for k, r in enumerate(near))
        found.sort(key=lambda item: (item[0], item[1]))
        return [r for _, _, r in found]

    def snap(
        self, x: float, y: float, tolerance: float,
        exclude_ids: frozenset[str] | set[str] = frozenset(),
        extra: Sequence[_Ring] = (),
    ) -> Snap | None:
        """The best target within ``tolerance`` of (x, y), or None.

        Any vertex within tolerance beats any segment (a vertex is what a delegate aims at);
        among equals the nearest wins, and the edited version beats the baseline and basemap.
        """
        if tolerance <= 0:
            return None
        rings = [r for r in self.candidates(x, y, tolerance) if r.feature_id not in exclude_ids]
        rings.extend(extra)
        return best_snap(rings, x, y, tolerance)


def _targets_of(src: SnapSource) -> _Targets:
    """The targets of one source: its runs when it is large, else its rings."""
    runs = runs_of(src.geometry) if src.geometry is not None else None
    if runs is not None:
        return _Large(runs, src.feature_id, src.source)
    return _rings_of(src)


_SOURCE_RANK = {"drawing": 0, "current": 1, "agreed": 2, "reference": 3, "basemap": 4}


def best_snap(rings: Sequence[_Ring], x: float, y: float, tolerance: float) -> Snap | None:
    """Nearest vertex within tolerance, else nearest point on a segment, among ``rings``."""
    best_v: tuple[tuple[float, int], Snap] | None = None
    best_s: tuple[tuple[float, int], Snap] | None = None
    here = Point(x, y)
    for r in rings:
        coords = shapely.get_coordinates(r.line)
        if len(coords) == 0:
            continue
        d = np.hypot(coords[:, 0] - x, coords[:, 1] - y)
        i = int(np.argmin(d))
        rank = _SOURCE_RANK.get(r.source, 4)
        if d[i] <= tolerance:
            key = (float(d[i]), rank)
            if best_v is None or key < best_v[0]:
                ring_line = r.line if isinstance(r.line, LineString) and r.whole is None \
                    else None
                best_v = (key, Snap((float(coords[i, 0]), float(coords[i, 1])), "vertex",
                                    r.feature_id, r.source, r.part, r.ring, float(d[i]),
                                    ring_line, r.layer, r.label, r.whole))
        if best_v is None and isinstance(r.line, LineString) and len(coords) >= 2:
            dist = r.line.distance(here)
            if dist <= tolerance:
                key = (float(dist), rank)
                if best_s is None or key < best_s[0]:
                    pt = r.line.interpolate(r.line.project(here))
                    best_s = (key, Snap((float(pt.x), float(pt.y)), "segment", r.feature_id,
                                        r.source, r.part, r.ring, float(dist),
                                        r.line if r.whole is None else None,
                                        r.layer, r.label, r.whole))
    if best_v is not None:
        return best_v[1]
    return best_s[1] if best_s is not None else None


def describe_snap(snap: Snap) -> str:
    """One line for the snap tooltip: what the pointer snapped to, and from which layer.

    >>> describe_snap(Snap((0, 0), "segment", "r:3", "reference", 0, 0, 0.0, None,
    ...                    "Idlib OSM", "river Nahr Test"))
    'On river Nahr Test — reference layer Idlib OSM'
    """
    where = "Vertex of" if snap.kind == "vertex" else "On"
    if snap.source == "reference":
        what = snap.label or "a line"
        return f"{where} {what} — reference layer {snap.layer}".strip()
    if snap.source == "basemap":
        return f"{where} the border of {snap.feature_id}"
    if snap.source == "agreed":
        return f"{where} the agreed baseline"
    if snap.source == "drawing":
        return "The shape's first vertex" if snap.kind == "vertex" else "The shape being drawn"
    return f"{where} a feature of this version"


def drawing_rings(points: Sequence[tuple[float, float]]) -> list[_Ring]:
    """Snap targets made of the vertices of a shape being drawn (to close it on its start)."""
    if not points:
        return []
    return [_Ring(shapely.MultiPoint(list(points)), None, "drawing", 0, 0)]


def sources_for(ctx: ToolContext, include_agreed: bool = True) -> list[SnapSource]:
    """Snap sources of a tool context: visible layers of the edited version, and the baseline.

    The agreed baseline's features are offered when a proposal is edited (same ids, but
    their geometry may differ: snapping onto the agreed line is how a proposal keeps it).
    """
    doc = ctx.document
    hidden = {str(h) for h in ctx.hidden_layers}
    out = [SnapSource(f.geometry, f.id, "current") for f in doc.version
           if f.layer.value not in hidden]
    if include_agreed and doc.current_version != AGREED and AGREED in doc.project.versions:
        current = doc.version
        for f in doc.project.agreed:
            if f.layer.value in hidden:
                continue
            mine = current.get(f.id)
            if mine is not None and mine.geometry.equals_exact(f.geometry, 0):
                continue  # identical to the edited copy: already a target
            out.append(SnapSource(f.geometry, f.id, "agreed"))
    return out


def basemap_rings(basemap: Basemap | None, x: float, y: float, tolerance: float
                  ) -> list[_Ring]:
    """Border rings of the basemap countries near (x, y) (queried per event: few countries)."""
    if basemap is None:
        return []
    try:
        countries = basemap.query(x - tolerance, y - tolerance, x + tolerance, y + tolerance)
    except ValueError:
        return []
    out: list[_Ring] = []
    box = shapely.box(x - tolerance, y - tolerance, x + tolerance, y + tolerance)
    for c in countries:
        for r in _rings_of(SnapSource(c.geometry, c.iso, "basemap")):
            if r.line.intersects(box):
                out.append(r)
    return out

