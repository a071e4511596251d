"""Benchmark: the diff of a 100,000-vertex zone against a proposal that moves a few stretches.

Builds the zone from the bundled Natural Earth border of Syria (``io.basemap``, ISO "SYR"),
densified with ``shapely.segmentize`` to about 100,000 vertices, and a proposal that pushes
three stretches of the border in or out by a few km. Prints the time of the whole diff report
(``core.diff.diff_versions`` with the gazetteer: matching, areas, gained/lost, largest shift,
regions near towns, party transfers), the time of shapely's bare ``symmetric_difference`` of
the same pair, their ratio (target: below 1), the same with the JSON document (which adds
both versions' fingerprints, computed by the report only when asked), and for reference the
full computation (no fast path).

Run: ``python bench/diff.py [--repeat N]``. Not part of the test suite: machines are shared
and noisy, so this prints figures instead of asserting times.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import shapely
from shapely import Polygon

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_report import report_to_dict
from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.core.model import Feature, Version
from zoneeditor.io.basemap import load_basemap
from zoneeditor.io.gazetteer import load_gazetteer

TARGET_VERTICES = 100_000


def syria_ring() -> np.ndarray:
    """The exterior of Syria's largest part, densified to about 100,000 vertices."""
    country = load_basemap().by_iso("SYR")
    if country is None:
        raise SystemExit("the bundled basemap has no SYR outline")
    part = max(shapely.get_parts(country.geometry), key=lambda p: p.area)
    ring = Polygon(part.exterior)
    step = ring.exterior.length / TARGET_VERTICES
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


def timed(fn, repeat: int) -> tuple[float, object]:
    """Median wall time of ``fn()`` over ``repeat`` runs, and its last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    """Build the pair, time the report and the bare symmetric difference, print figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    ring = syria_ring()
    n = len(ring) - 1
    proposal = moved(ring, [(n // 10, 1500, 0.04), (n // 2, 800, -0.03),
                            (int(n * 0.8), 300, 0.01)])
    old_poly, new_poly = Polygon(ring), Polygon(proposal)
    print(f"zone: {n:,} vertices; proposal moves 3 stretches ({1500 + 800 + 300:,} vertices); "
          f"valid: {old_poly.is_valid}/{new_poly.is_valid}")
    attrs = {"name": "Syria", "party": "Government", "kind": "control"}
    old = Version("agreed", {"z": Feature("z", "zones", old_poly, attrs)})
    new = Version("Proposal", {"z": Feature("z", "zones", new_poly, attrs)})
    gazetteer = load_gazetteer()

    t_sym, _ = timed(lambda: shapely.symmetric_difference(old_poly, new_poly), args.repeat)
    t_fast, report = timed(lambda: diff_versions(old, new, gazetteer), args.repeat)
    # what `zoneeditor diff --format json` computes: the report plus both fingerprints
    t_json, _ = timed(lambda: report_to_dict(diff_versions(old, new, gazetteer)), args.repeat)
    t_full, full = timed(lambda: diff_versions(old, new, gazetteer, fast=False), 1)
    t_fp, _ = timed(lambda: fingerprint(new), 1)

    f, g = report.features[0].measures, full.features[0].measures
    print(f"diff report (fast path used: {f.fast}): {t_fast * 1000:8.1f} ms")
    print(f"shapely symmetric_difference:          {t_sym * 1000:8.1f} ms")
    print(f"report as JSON (+ both fingerprints):  {t_json * 1000:8.1f} ms")
    print(f"ratio report / symmetric_difference:   {t_fast / t_sym:8.2f}   (target < 1)")
    print(f"ratio JSON report / symmetric_diff.:   {t_json / t_sym:8.2f}")
    print(f"full computation (no fast path):       {t_full * 1000:8.1f} ms "
          f"({t_full / t_fast:.0f}x the fast report)")
    print(f"one version's fingerprint (on demand): {t_fp * 1000:8.1f} ms")
    print("figures (fast | full):")
    for label, a, b in [("gained km²", f.gained_km2, g.gained_km2),
                        ("lost km²", f.lost_km2, g.lost_km2),
                        ("area after km²", f.area_after_km2, g.area_after_km2),
                        ("max shift km", f.shift.km, g.shift.km)]:
        rel = abs(a - b) / max(abs(b), 1e-12)
        print(f"  {label:15s} {a:14.6f} | {b:14.6f}   rel. diff {rel:.1e}")
    print(f"regions: {len(report.regions)}; transfers: "
          + "; ".join(f"{t.frm}->{t.to} {t.area_km2:.1f} km²" for t in report.transfers))


if __name__ == "__main__":
    main()
