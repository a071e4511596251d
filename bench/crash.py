"""Kill the editor N times and count lost edits; measure what one durable edit costs.

    python bench/crash.py [N] [--saves M] [--exports K] [--seed S]

Prints: edit trials, edits acknowledged, edits lost, recovered states that match no step,
integrity failures; save trials killed mid-write, unreadable files, files neither old nor new;
export trials (GeoPackage, GeoJSON, shapefile set) killed mid-export;
the median cost of one edit with no journal, with the journal in WAL mode and in rollback
(DELETE) mode, all with synchronous=FULL. Targets: 0 lost, 0 failures; a few ms per edit.
Not part of the test suite (timings on a shared machine are noisy): it prints figures.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from zoneeditor.core import edits
from zoneeditor.core.document import Document
from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.io import crashtest
from zoneeditor.io.journal import Journal
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path


def durable_cost(mode: str | None, edits_n: int, workdir: Path) -> float:
    """Median seconds per UndoStack.push of an attribute edit, journaled in ``mode``."""
    doc = Document(read_project(sample_path()))
    journal = None
    if mode is not None:
        journal = Journal(workdir / f"cost-{mode}.zej", doc, mode=mode)
        doc.journal = journal
    version = doc.version
    ids = sorted(version.features)
    times = []
    for i in range(edits_n):
        f = version.features[ids[i % len(ids)]]
        cs = edits.set_attributes(version, f, notes=f"note {i} ملاحظة")
        t = time.perf_counter()
        doc.history.push(cs)
        times.append(time.perf_counter() - t)
    if journal is not None:
        journal.discard()
    return statistics.median(times)


def save_costs(workdir: Path) -> tuple[float, float, float, int]:
    """For a large project: seconds to write the GeoPackage, to reset the journal after a
    save (snapshot + history), and for the first edit (which writes the base); journal size."""
    project = crashtest.big_project(1)
    doc = Document(project)
    journal = Journal(workdir / "big.zej", doc)
    doc.journal = journal
    t = time.perf_counter()
    from zoneeditor.io.project_file import write_project

    write_project(project, workdir / "big.gpkg")
    write_s = time.perf_counter() - t
    f = doc.version.features["z1"]
    t = time.perf_counter()
    doc.history.push(edits.set_attributes(doc.version, f, notes="first"))
    first_s = time.perf_counter() - t
    doc.history.set_clean()
    t = time.perf_counter()
    journal.reset("x")
    reset_s = time.perf_counter() - t
    size = sum(p.stat().st_size for p in workdir.glob("big.zej*"))
    journal.discard()
    return write_s, reset_s, first_s, size


def main() -> int:
    """Run the trials and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trials", type=int, nargs="?", default=20)
    ap.add_argument("--saves", type=int, default=None, help="save trials (default N/10)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cost-edits", type=int, default=300)
    ap.add_argument("--exports", type=int, default=5, help="export kill trials per format")
    args = ap.parse_args()
    saves = args.saves if args.saves is not None else max(1, args.trials // 10)
    work = Path(tempfile.mkdtemp(prefix="zoneeditor-crash-"))
    rng = random.Random(args.seed)
    try:
        acked = lost = mismatch = bad = 0
        problems = []
        t0 = time.perf_counter()
        for i in range(args.trials):
            seed = rng.getrandbits(32)
            try:
                r = crashtest.edit_trial(work / f"e{i}", seed, sample_path())
            except Exception as exc:  # a failed recovery is a finding, not the end of the run
                r = crashtest.EditTrial(seed, 0, None, 0, False, f"{type(exc).__name__}: {exc}")
            acked += r.acknowledged
            lost += r.lost
            mismatch += r.recovered_step is None
            bad += not r.integrity_ok
            if r.problem or not r.integrity_ok:
                problems.append(r)
            shutil.rmtree(work / f"e{i}", ignore_errors=True)
            if (i + 1) % 50 == 0:
                print(f"  ... {i + 1} trials, {lost} lost so far", flush=True)
        dt = time.perf_counter() - t0
        print(f"edit trials:              {args.trials} ({dt:.0f} s)")
        print(f"edits acknowledged:       {acked} (mean {acked / max(1, args.trials):.1f}"
              f" per trial before the kill)")
        print(f"edits lost:               {lost}")
        print(f"states matching no step:  {mismatch}")
        print(f"integrity failures:       {bad}")
        for p in problems[:10]:
            print(f"  problem: {p}")

        prints = {fingerprint(crashtest.big_project(i).agreed): i for i in (1, 2)}
        unreadable = neither = saved = 0
        for i in range(saves):
            r = crashtest.save_trial(work / f"s{i}", rng.getrandbits(32), prints)
            saved += r.saves
            unreadable += not r.readable
            neither += not r.matches
            if r.problem:
                print(f"  save problem: {r}")
            shutil.rmtree(work / f"s{i}", ignore_errors=True)
        print(f"save trials (killed mid-save loop): {saves}, completed saves before kills "
              f"{saved}, unreadable {unreadable}, neither old nor new {neither}")

        for fmt in ("gpkg", "geojson", "shp"):
            bad = done = 0
            for i in range(args.exports):
                r = crashtest.export_trial(work / f"x{fmt}{i}", rng.getrandbits(32), fmt)
                done += r.saves
                bad += not (r.readable and r.matches)
                if r.problem:
                    print(f"  export problem: {r}")
                shutil.rmtree(work / f"x{fmt}{i}", ignore_errors=True)
            print(f"export trials {fmt}: {args.exports}, completed exports {done}, "
                  f"unreadable or mixed {bad}")

        base = durable_cost(None, args.cost_edits, work)
        wal = durable_cost("wal", args.cost_edits, work)
        delete = durable_cost("delete", args.cost_edits, work)
        print(f"median cost of one edit:  no journal {base * 1e3:.3f} ms, "
              f"journal WAL {wal * 1e3:.2f} ms, journal DELETE {delete * 1e3:.2f} ms "
              f"(DELETE/WAL {delete / wal:.1f}x)")
        write_s, reset_s, first_s, size = save_costs(work)
        print(f"large project (1500 zones, {len(crashtest.big_project(1).agreed)} features): "
              f"GeoPackage save {write_s * 1e3:.0f} ms, journal reset after save "
              f"{reset_s * 1e3:.0f} ms, first edit (writes the base) {first_s * 1e3:.0f} ms, "
              f"journal {size / 1e6:.1f} MB")
        failed = lost or mismatch or bad or unreadable or neither
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
