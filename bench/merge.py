"""Benchmark: merging two edits of a 100,000-vertex boundary, beside the plain diff of the pair.

The boundary is the Natural Earth border of Syria densified to about 100,000 vertices (the
same zone as ``bench/diff.py``). Ours pushes a northern stretch out, theirs a southern stretch
in (800 vertices each, different stretches), so the merge combines both within one geometry.
Each round times, interleaved, the whole merge (``core.merge.merge``: matching, alignment of
both sides, conflict search, splicing, validity of the merged ring) and the plain diff of the
same pair (``core.diff.diff_versions(ours, theirs)``, the fast path over changed stretches,
no gazetteer). Prints per-run figures, then median, min and the ratio merge / diff.

Run: ``python bench/merge.py [--rounds N]``. Not part of the test suite: machines are shared
and noisy, so this prints figures instead of asserting times.
"""

from __future__ import annotations

import argparse
import statistics
import time

from diff import moved, syria_ring  # bench/diff.py: the same 100,000-vertex zone
from shapely import Polygon

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.merge import merge
from zoneeditor.core.model import Feature, Version


def versions() -> tuple[Version, Version, Version]:
    """Base, ours (a northern stretch out) and theirs (a southern stretch in)."""
    ring = syria_ring()
    n = len(ring) - 1
    north = max(range(0, n, 1000), key=lambda i: ring[i][1])
    south = min(range(0, n, 1000), key=lambda i: ring[i][1])

    def version(xy) -> Version:
        zone = Feature("syria", "zones", Polygon(xy), {"name": "Syria", "party": "A"})
        return Version("P", {zone.id: zone})

    return (version(ring), version(moved(ring, [(north, 800, 0.05)])),
            version(moved(ring, [(south, 800, -0.05)])))


def main() -> None:
    """Build the three versions, time merge and diff in interleaved rounds, print figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    base, ours, theirs = versions()
    vertices = len(base.features["syria"].geometry.exterior.coords) - 1
    result = merge(base, ours, theirs)  # warm caches (projections, imports) once
    diff_versions(ours, theirs)
    assert not result.conflicts and result.within_geometry == ("syria",), result.conflicts
    merged = result.merged.features["syria"].geometry
    print(f"boundary: {vertices:,} vertices; merged ring {len(merged.exterior.coords) - 1:,} "
          f"vertices, valid={merged.is_valid}, conflicts={len(result.conflicts)}")
    times: dict[str, list[float]] = {"merge": [], "diff": []}
    for k in range(args.rounds):
        for name, fn in (("merge", lambda: merge(base, ours, theirs)),
                         ("diff", lambda: diff_versions(ours, theirs))):
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
        print(f"round {k + 1}: merge {times['merge'][-1] * 1000:7.1f} ms   "
              f"diff {times['diff'][-1] * 1000:7.1f} ms")
    med = {k: statistics.median(v) for k, v in times.items()}
    low = {k: min(v) for k, v in times.items()}
    print(f"merge: median {med['merge'] * 1000:.1f} ms, min {low['merge'] * 1000:.1f} ms")
    print(f"diff:  median {med['diff'] * 1000:.1f} ms, min {low['diff'] * 1000:.1f} ms")
    print(f"ratio merge/diff: median {med['merge'] / med['diff']:.2f}, "
          f"min {low['merge'] / low['diff']:.2f}")


if __name__ == "__main__":
    main()
