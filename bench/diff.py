"""Benchmark: the diff of a large zone against a proposal that moves a few stretches.

Builds the zone from the bundled Natural Earth border of Syria (``io.basemap``, ISO "SYR"),
densified with ``shapely.segmentize`` to 10,000, 100,000 and 1,000,000 vertices, and a
proposal that pushes three stretches of the border in or out by a few km; the stretches are
1.5 %, 0.8 % and 0.3 % of the border at every size, so the work grows with n. For each size,
rounds alternate (interleaved, so both see the same load) between the whole diff report
(``core.diff.diff_versions`` with the gazetteer: matching, areas, gained/lost, largest shift,
regions near towns, party transfers) and shapely's bare ``symmetric_difference`` of the same
pair. Each round builds fresh geometry objects (nothing remembered from an earlier round).
Prints median, min and the ratio report / symmetric difference (target at 1M: <= 0.5), the
growth from size to size against n log n, and that the fast and the full computation give the
same figures (the full one at 10k and 100k; ``--full-1m`` adds 1M, slow).

Run: ``python bench/diff.py [--rounds N] [--sizes 10000,100000,1000000]``. Not part of the
test suite: machines are shared and noisy, so this prints figures instead of asserting times.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time

import numpy as np
import shapely
from shapely import Polygon

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.model import Feature, Version
from zoneeditor.io.basemap import load_basemap
from zoneeditor.io.gazetteer import load_gazetteer

TARGET_VERTICES = 100_000


def syria_ring(target: int | None = None) -> np.ndarray:
    """The exterior of Syria's largest part, densified to about ``target`` vertices."""
    country = load_basemap().by_iso("SYR")
    if country is None:
        raise SystemExit("the bundled basemap has no SYR outline")
    part = max(shapely.get_parts(country.geometry), key=lambda p: p.area)
    ring = Polygon(part.exterior)
    step = ring.exterior.length / (target or TARGET_VERTICES)
    dense = shapely.segmentize(ring, step)
    return shapely.get_coordinates(dense.exterior)


def moved(ring: np.ndarray, stretches: list[tuple[int, int, float]]) -> np.ndarray:
    """The ring with each (start, length, metres-ish degrees) stretch pushed along its normal.

    A smooth sine bump: the ends of each stretch stay on their vertices (shared with the
    agreed border), the middle moves by the amplitude; negative pushes inwards.
    """
    out = ring.copy()
    closed = len(ring) - 1
    centre = ring[:-1].mean(axis=0)
    for start, length, amplitude in stretches:
        idx = np.arange(start + 1, start + length) % closed
        t = np.linspace(0, np.pi, length + 1)[1:-1]
        outward = ring[idx] - centre
        outward /= np.hypot(outward[:, 0], outward[:, 1])[:, None]
        out[idx] = ring[idx] + (amplitude * np.sin(t))[:, None] * outward
    out[-1] = out[0]
    return out


def pair(n_target: int) -> tuple[np.ndarray, np.ndarray]:
    """The densified ring and the proposal's ring (stretches scaled with the size)."""
    ring = syria_ring(n_target)
    n = len(ring) - 1
    proposal = moved(ring, [(n // 10, 15 * n // 1000, 0.04), (n // 2, 8 * n // 1000, -0.03),
                            (int(n * 0.8), 3 * n // 1000, 0.01)])
    return ring, proposal


def versions(ring: np.ndarray, proposal: np.ndarray) -> tuple[Version, Version]:
    """Fresh agreed and proposal versions (new geometry objects every call)."""
    attrs = {"name": "Syria", "party": "Government", "kind": "control"}
    old = Version("agreed", {"z": Feature("z", "zones", Polygon(ring), attrs)})
    new = Version("Proposal", {"z": Feature("z", "zones", Polygon(proposal), attrs)})
    return old, new


def main() -> None:
    """For each size: interleaved rounds of the report and the bare symmetric difference."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--full-1m", action="store_true", help="also the full path at 1M")
    args = parser.parse_args()
    import os

    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} "
          "(figures inflate on a busy machine)")
    gazetteer = load_gazetteer()
    results = []
    for target in (int(x) for x in args.sizes.split(",")):
        ring, proposal = pair(target)
        n = len(ring) - 1
        ours, bare = [], []
        report = None
        for _ in range(args.rounds):
            old, new = versions(ring, proposal)
            t0 = time.perf_counter()
            report = diff_versions(old, new, gazetteer)
            ours.append(time.perf_counter() - t0)
            a, b = Polygon(ring), Polygon(proposal)
            t0 = time.perf_counter()
            shapely.symmetric_difference(a, b)
            bare.append(time.perf_counter() - t0)
        om, ol = statistics.median(ours), min(ours)
        bm, bl = statistics.median(bare), min(bare)
        print(f"\n{n:,} vertices, {args.rounds} rounds (fast path used: "
              f"{report.features[0].measures.fast})")
        print(f"  diff report                 median {om * 1000:9.1f} ms  min {ol * 1000:9.1f} ms")
        print(f"  shapely symmetric_difference median {bm * 1000:8.1f} ms  min {bl * 1000:9.1f} ms")
        print(f"  ratio report / symdiff      median {om / bm:9.3f}     min {ol / bl:9.3f}")
        if n < 500_000 or args.full_1m:
            old, new = versions(ring, proposal)
            t0 = time.perf_counter()
            full = diff_versions(old, new, gazetteer, fast=False)
            t_full = time.perf_counter() - t0
            f, g = report.features[0].measures, full.features[0].measures
            print(f"  full computation (no fast path): {t_full * 1000:.0f} ms; fast | full:")
            for label, x, y in [("gained km²", f.gained_km2, g.gained_km2),
                                ("lost km²", f.lost_km2, g.lost_km2),
                                ("area after km²", f.area_after_km2, g.area_after_km2),
                                ("max shift km", f.shift.km, g.shift.km)]:
                rel = abs(x - y) / max(abs(y), 1e-12)
                print(f"    {label:15s} {x:14.6f} | {y:14.6f}   rel. diff {rel:.1e}")
        results.append((n, om, bm))
    if len(results) > 1:
        print("\ngrowth from size to size (time ratio; n log n would give):")
        for (n0, t0_, b0), (n1, t1_, b1) in itertools.pairwise(results):
            nlogn = (n1 * np.log(n1)) / (n0 * np.log(n0))
            print(f"  {n0:,} -> {n1:,}: report x{t1_ / t0_:5.1f}, symdiff x{b1 / b0:5.1f}, "
                  f"n log n x{nlogn:5.1f}")


if __name__ == "__main__":
    main()
