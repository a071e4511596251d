"""Finding the common ancestor of two versions from their recorded histories.

Every project file keeps the states its versions went through (``io.lineage``): a state is a
version's content, named by a digest of that content, with the digests of the states it came
from (its parents: the previous save; for a merge, both merged states). Histories of two
files that share a past share states. The base of a merge is the newest state both histories
reach — a *lowest* common ancestor, one that is not itself an ancestor of another common
state — whose content one of the two files still keeps.

A version whose current content was never recorded (saved by an older zoneeditor or another
program) is treated as a new state following the last state recorded for that version.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class StateRecord:
    """One recorded state of one version.

    ``seq`` orders the records of one file (later = larger); ``saved`` is an ISO time;
    ``origin`` is how the state came about (open, save, merge, merged-from, sync, ...);
    ``kept`` says whether the file still holds its content; ``file`` names the file where
    it was recorded (for messages).
    """

    digest: str
    version: str
    seq: int
    saved: str
    origin: str
    parents: tuple[str, ...]
    pinned: bool = False
    kept: bool = False
    file: str = ""


@dataclass(frozen=True)
class Head:
    """Where a merge input stands: its current content's digest and its file's records."""

    digest: str
    version: str
    records: tuple[StateRecord, ...]

    def parents_of_current(self) -> tuple[str, ...]:
        """Parents of the current state when it was never recorded (see module doc)."""
        if any(r.digest == self.digest for r in self.records):
            return ()
        mine = [r for r in self.records if r.version == self.version]
        if not mine:
            return ()
        return (max(mine, key=lambda r: r.seq).digest,)


@dataclass(frozen=True)
class Ancestor:
    """The common ancestor found: its digest, the records naming it, and alternatives."""

    digest: str
    records: tuple[StateRecord, ...]
    #: Other lowest common ancestors (criss-cross histories), newest first.
    others: tuple[str, ...] = ()

    @property
    def newest(self) -> StateRecord:
        """The most recent record of this state (for "as saved on ..." messages)."""
        return max(self.records, key=lambda r: (r.saved, r.seq))


def _graph(heads: Iterable[Head]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for head in heads:
        for r in head.records:
            graph.setdefault(r.digest, set()).update(r.parents)
        graph.setdefault(head.digest, set()).update(head.parents_of_current())
    return graph


def ancestors(graph: dict[str, set[str]], start: str) -> set[str]:
    """``start`` and every state it descends from."""
    seen, todo = {start}, [start]
    while todo:
        for p in graph.get(todo.pop(), ()):
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return seen


def common_ancestors(a: Head, b: Head) -> list[Ancestor]:
    """The lowest common ancestors of two heads, newest first (empty when none)."""
    graph = _graph((a, b))
    common = ancestors(graph, a.digest) & ancestors(graph, b.digest)
    if not common:
        return []
    lowest = [c for c in common
              if not any(c != d and c in ancestors(graph, d) for d in common)]
    records = [*a.records, *b.records]

    def recs(d: str) -> tuple[StateRecord, ...]:
        return tuple(r for r in records if r.digest == d)

    def newest(d: str) -> tuple[str, int, str]:
        rs = recs(d)
        return (max((r.saved for r in rs), default=""), max((r.seq for r in rs), default=-1), d)

    lowest.sort(key=newest, reverse=True)
    # also every other common state, newest first, as fall-backs when content was pruned
    rest = sorted(common - set(lowest), key=newest, reverse=True)
    order = lowest + rest
    return [Ancestor(d, recs(d), tuple(x for x in lowest if x != d)) for d in order]
