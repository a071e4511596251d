"""Splitting a change set the server refused into pieces that can go on their own.

The server judges each row of its change log as a whole (row-level security, site rules).
When it refuses a version's change set, the sync tries again piece by piece, so what it does
accept goes through and only what it refuses stays on the laptop. A piece must never be
half of something: two changes of a change set belong to the same piece when

- their features touch or overlap on the map, before or after the change (a shared border
  moved on both zones, a zone split into two, a zone and the line it was cut along), or
- one refers to the other (a buffer zone and the line it follows: ``source_line``).

Only plain feature changes are split; a change set that creates, removes or renames a
version, or changes the project details, is one piece. The rule is deliberately coarse: a
piece may hold changes that did not strictly need each other, never the reverse.
"""

from __future__ import annotations

from shapely import STRtree
from shapely.geometry.base import BaseGeometry

from zoneeditor.core.changes import ChangeSet, Delta, Structure

#: Attributes that name another feature this one depends on.
LINK_ATTRIBUTES = ("source_line",)


def _shapes(d: Delta) -> list[BaseGeometry]:
    return [f.geometry for f in (d.old, d.new)
            if f is not None and f.geometry is not None and not f.geometry.is_empty]


def _links(d: Delta) -> set[str]:
    out: set[str] = set()
    for f in (d.old, d.new):
        if f is None:
            continue
        for key in LINK_ATTRIBUTES:
            value = f.attributes.get(key)
            if isinstance(value, str) and value:
                out.add(value)
    return out


def pieces(cs: ChangeSet) -> list[ChangeSet]:
    """``cs`` as independent change sets (one when it cannot or need not be split), in the
    order of their first delta; together they hold exactly the deltas of ``cs``."""
    if cs.structure != Structure.NONE or cs.meta or len(cs.deltas) < 2:
        return [cs]
    deltas = list(cs.deltas)
    parent = list(range(len(deltas)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    shapes: list[BaseGeometry] = []
    owner: list[int] = []
    for i, d in enumerate(deltas):
        for g in _shapes(d):
            shapes.append(g)
            owner.append(i)
    if shapes:
        tree = STRtree(shapes)
        left, right = tree.query(shapes, predicate="intersects")
        for a, b in zip(left.tolist(), right.tolist(), strict=True):
            join(owner[a], owner[b])
    index = {d.id: i for i, d in enumerate(deltas)}
    for i, d in enumerate(deltas):
        for other in _links(d):
            if other in index:
                join(i, index[other])
    groups: dict[int, list[Delta]] = {}
    for i, d in enumerate(deltas):
        groups.setdefault(find(i), []).append(d)
    if len(groups) == 1:
        return [cs]
    return [ChangeSet(cs.label, cs.version, tuple(g)) for g in groups.values()]
