"""Tracing: the shortest way along a network of lines between two points on it.

A boundary that follows 40 km of river is two clicks: the draw tools ask ``TraceNetwork.route``
for the way along the river between the two snapped clicks (as JOSM's and QGIS's tracing
do) and insert its vertices. The network is built once per set of lines:

- lines meet where they share a vertex (OpenStreetMap ways share nodes; coordinates equal
  to 1e-7°, about a centimetre), or where two line ends lie within ``JOIN`` of each other
  (files digitised without shared vertices);
- between junctions the vertices form *chains*, the edges of the graph, weighted by their
  length in metres (a local metric: ``dx·cos(lat)``, ``dy`` scaled to metres);
- a query locates both points on their chain and runs A* (straight-line distance to the
  goal as the estimate, which never overestimates), so a route across a governorate's water
  network visits a narrow corridor of it.

No Qt, no files: the lines come in as shapely LineStrings.

>>> from shapely import LineString
>>> net = TraceNetwork([LineString([(0, 0), (1, 0)]), LineString([(1, 0), (1, 1)]),
...                     LineString([(0, 0), (0.2, 0.9), (1, 1)])])
>>> [tuple(round(v, 3) for v in p) for p in net.route((0.5, 0), (1, 0.5))]
[(0.5, 0.0), (1.0, 0.0), (1.0, 0.5)]
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence

import numpy as np
import shapely
from shapely import LineString, Point
from shapely.ops import substring

XY = tuple[float, float]

#: Vertices closer than this (degrees) are the same network node.
KEY_SCALE = 1e7
#: Line ends closer than this (degrees, ~10 cm) are joined.
JOIN = 1e-6
#: A* gives up after visiting this many nodes (the points are not connected).
MAX_VISITS = 400_000
_M_PER_DEG = 111_320.0


class TraceNetwork:
    """A graph of junctions and chains built from ``lines`` (LineStrings, lon/lat)."""

    def __init__(self, lines: Sequence[LineString]) -> None:
        parts = [g for g in shapely.get_parts(np.asarray(list(lines), dtype=object))
                 if g is not None and g.geom_type in ("LineString", "LinearRing")
                 and len(g.coords) >= 2]
        self.chains: list[LineString] = []
        self.chain_nodes: list[tuple[int, int]] = []
        self.chain_length: list[float] = []
        self.adjacency: dict[int, list[tuple[int, float, int]]] = {}
        self.node_xy: dict[int, XY] = {}
        self._tree: shapely.STRtree | None = None
        if parts:
            self._build(parts)

    # -- building ------------------------------------------------------------------------------
    def _build(self, parts: list[LineString]) -> None:
        coords, line_of = shapely.get_coordinates(np.asarray(parts, dtype=object),
                                                  return_index=True)
        keys = np.round(coords * KEY_SCALE).astype(np.int64)
        _, node = np.unique(keys, axis=0, return_inverse=True)
        node = node.ravel()
        first = np.r_[True, line_of[1:] != line_of[:-1]]
        last = np.r_[line_of[1:] != line_of[:-1], True]
        self._join_ends(coords, node, first | last)
        _, node = np.unique(node, return_inverse=True)
        node = node.ravel()
        counts = np.bincount(node)
        junction = first | last | (counts[node] >= 2)
        lat = np.radians(coords[:, 1])
        seg = np.hypot(np.diff(coords[:, 0]) * np.cos((lat[1:] + lat[:-1]) / 2),
                       np.diff(coords[:, 1])) * _M_PER_DEG
        seg[line_of[1:] != line_of[:-1]] = 0.0
        along = np.r_[0.0, np.cumsum(seg)]
        j = np.flatnonzero(junction)
        same = line_of[j[:-1]] == line_of[j[1:]]
        starts, ends = j[:-1][same], j[1:][same]
        sizes = ends - starts + 1
        offsets = np.repeat(starts - np.r_[0, np.cumsum(sizes)[:-1]], sizes)
        idx = offsets + np.arange(int(sizes.sum()))
        chain_id = np.repeat(np.arange(len(starts)), sizes)
        chains = shapely.linestrings(coords[idx], indices=chain_id)
        assert isinstance(chains, np.ndarray)  # one line per chain id: an array
        self.chains = list(chains)
        lengths = along[ends] - along[starts]
        for k, (s, e) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
            u, v = int(node[s]), int(node[e])
            length = float(lengths[k])
            self.chain_nodes.append((u, v))
            self.chain_length.append(length)
            self.adjacency.setdefault(u, []).append((v, length, k))
            self.adjacency.setdefault(v, []).append((u, length, k))
            self.node_xy.setdefault(u, (float(coords[s, 0]), float(coords[s, 1])))
            self.node_xy.setdefault(v, (float(coords[e, 0]), float(coords[e, 1])))
        self._tree = shapely.STRtree(self.chains) if self.chains else None

    @staticmethod
    def _join_ends(coords: np.ndarray, node: np.ndarray, ends: np.ndarray) -> None:
        """Give line ends within ``JOIN`` of another line end the same node (in place)."""
        idx = np.flatnonzero(ends)
        if len(idx) < 2:
            return
        pts = shapely.points(coords[idx])
        assert isinstance(pts, np.ndarray)  # a row per end (at least two): an array
        tree = shapely.STRtree(pts)
        a, b = tree.query(pts, predicate="dwithin", distance=JOIN)
        pairs = a < b
        parent = {int(i): int(i) for i in node[idx]}

        def find(x: int) -> int:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for i, k in zip(a[pairs].tolist(), b[pairs].tolist(), strict=True):
            ra, rb = find(int(node[idx[i]])), find(int(node[idx[k]]))
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        for i in idx.tolist():
            node[i] = find(int(node[i]))

    def __len__(self) -> int:
        return len(self.chains)

    # -- queries -------------------------------------------------------------------------------
    def locate(self, xy: XY, tolerance: float = 1e-6) -> tuple[int, float] | None:
        """(chain, distance along it in degrees) of the chain nearest ``xy`` within
        ``tolerance`` degrees, or None."""
        if self._tree is None:
            return None
        p = Point(xy)
        hits = self._tree.query_nearest(p, max_distance=tolerance)
        if not len(hits):
            return None
        k = int(min(hits))
        return k, float(self.chains[k].project(p))

    def _heuristic(self, u: int, goal: XY) -> float:
        x, y = self.node_xy[u]
        c = math.cos(math.radians((y + goal[1]) / 2))
        return math.hypot((x - goal[0]) * c, y - goal[1]) * _M_PER_DEG * 0.999

    def route(self, a: XY, b: XY, tolerance: float = 1e-6) -> list[XY] | None:
        """The shortest way along the network from ``a`` to ``b`` (both within
        ``tolerance`` degrees of a line), as vertices from ``a`` to ``b``; None when either
        is off the network or they are not connected."""
        la, lb = self.locate(a, tolerance), self.locate(b, tolerance)
        if la is None or lb is None:
            return None
        ka, da = la
        kb, db = lb
        chain_a, chain_b = self.chains[ka], self.chains[kb]
        fa = da / chain_a.length if chain_a.length else 0.0
        fb = db / chain_b.length if chain_b.length else 0.0
        len_a, len_b = self.chain_length[ka], self.chain_length[kb]
        # (cost, node the path ends at; None: along chain a alone)
        best: tuple[float, int | None] | None = None
        if ka == kb:
            best = (abs(fa - fb) * len_a, None)
        ua, va = self.chain_nodes[ka]
        ub, vb = self.chain_nodes[kb]
        # node -> (cost, position of the node along the chain, in degrees); a closed chain
        # (a ring with no other junction) has one node at both ends: the cheaper end counts
        starts: dict[int, tuple[float, float]] = {}
        goals: dict[int, tuple[float, float]] = {}
        for table, nodes, f, length, line in ((starts, (ua, va), fa, len_a, chain_a),
                                               (goals, (ub, vb), fb, len_b, chain_b)):
            for n, cost, pos in ((nodes[0], f * length, 0.0),
                                 (nodes[1], (1 - f) * length, line.length)):
                if n not in table or cost < table[n][0]:
                    table[n] = (cost, pos)
        dist: dict[int, float] = {n: c for n, (c, _p) in starts.items()}
        came: dict[int, tuple[int, int] | None] = dict.fromkeys(starts)
        heap = [(d + self._heuristic(n, b), d, n) for n, d in dist.items()]
        heapq.heapify(heap)
        done: set[int] = set()
        while heap and len(done) < MAX_VISITS:
            _f, d, u = heapq.heappop(heap)
            if u in done or d > dist.get(u, math.inf):
                continue
            if best is not None and d >= best[0]:
                break
            done.add(u)
            if u in goals:
                total = d + goals[u][0]
                if best is None or total < best[0]:
                    best = (total, u)
            for v, w, k in self.adjacency.get(u, ()):
                nd = d + w
                if nd < dist.get(v, math.inf):
                    dist[v] = nd
                    came[v] = (u, k)
                    heapq.heappush(heap, (nd + self._heuristic(v, b), nd, v))
        if best is None:
            return None
        end = best[1]
        if end is None:
            return _part(chain_a, da, db)
        steps: list[tuple[int, int]] = []
        node = end
        while (step := came.get(node)) is not None:
            prev, k = step
            steps.append((prev, k))
            node = prev
        steps.reverse()
        start = node
        out = _part(chain_a, da, starts[start][1])
        for prev, k in steps:
            coords = list(self.chains[k].coords)
            if self.chain_nodes[k][0] != prev:
                coords.reverse()
            out.extend((float(x), float(y)) for x, y in coords[1:])
        out.extend(_part(chain_b, goals[end][1], db)[1:])
        return _dedupe(out)


def _part(line: LineString, d0: float, d1: float) -> list[XY]:
    """Vertices of ``line`` from distance ``d0`` to ``d1`` along it (either direction)."""
    lo, hi = min(d0, d1), max(d0, d1)
    if hi - lo <= 0:
        p = line.interpolate(lo)
        return [(float(p.x), float(p.y))]
    piece = substring(line, lo, hi)
    coords = [(float(x), float(y)) for x, y in piece.coords]
    return coords if d0 <= d1 else coords[::-1]


def _dedupe(points: list[XY]) -> list[XY]:
    out: list[XY] = []
    for p in points:
        if not out or abs(p[0] - out[-1][0]) > 1e-12 or abs(p[1] - out[-1][1]) > 1e-12:
            out.append(p)
    return out
