"""Kill the editor N times and count lost edits; measure what one durable edit costs.

    python bench/crash.py [N] [--saves M] [--exports K] [--scenarios J] [--seed S]

Prints, per trial type, how many kills landed in the window that matters (see
zoneeditor/testing/crash/trials.py):

- edit trials: kills inside a step (by kind: drag, add, save, ...) and between steps; edits
  acknowledged, lost, recovered states matching no step, recoveries that raised, integrity;
- moved-folder and deleted-file trials (J each): the same checks;
- save trials: half aimed inside a write (landed = the killed save's temporary file was
  still there), half right after a save finished; unreadable files, files neither old nor
  new, leftovers the next open did not remove;
- export trials per format (GeoPackage, GeoJSON, shapefile set), aimed the same way;
- the median cost of one edit with no journal, with the journal in WAL mode and in rollback
  (DELETE) mode, all with synchronous=FULL.

Targets: 0 lost, 0 failures. Exit 1 on any failure. Not part of the test suite (timings on
a shared machine are noisy): it prints figures.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from zoneeditor.core import edits
from zoneeditor.core.document import Document
from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.io.journal import Journal
from zoneeditor.io.project_file import read_project
from zoneeditor.io.session import sample_path
from zoneeditor.testing import crash as crashtest


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


def edit_trials(n: int, scenario: str, rng: random.Random, work: Path) -> bool:
    """Run ``n`` edit trials of one scenario and print their figures; True when all passed."""
    acked = lost = mismatch = bad = raised = 0
    inside: Counter[str] = Counter()
    aimed: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    between = 0
    problems = []
    t0 = time.perf_counter()
    aims = [None, *crashtest.AIMS]
    for i in range(n):
        seed = rng.getrandbits(32)
        aim = aims[i % len(aims)]
        r = crashtest.edit_trial(work / f"{scenario}{i}", seed, sample_path(),
                                 min_acks=2, scenario=scenario, aim=aim)
        if aim is not None:
            aimed[aim] += 1
            hit[aim] += (r.landed == "between" if aim == "between" else
                         r.landed == "inside" and r.kind in crashtest.AIM_KINDS[aim])
        acked += r.acknowledged
        lost += r.lost
        mismatch += r.recovered_step is None and not r.problem.startswith("recovery raised")
        raised += r.problem.startswith("recovery raised")
        bad += not r.integrity_ok
        if r.landed == "inside":
            inside[r.kind] += 1
        else:
            between += 1
        if r.failed:
            problems.append(r)
        shutil.rmtree(work / f"{scenario}{i}", ignore_errors=True)
        if (i + 1) % 50 == 0:
            print(f"  ... {i + 1} {scenario} trials, {lost} lost so far", flush=True)
    dt = time.perf_counter() - t0
    kinds = ", ".join(f"{k} {v}" for k, v in inside.most_common())
    label = {"plain": "edit trials", "moved": "moved-folder trials",
             "deleted": "deleted-file trials"}[scenario]
    print(f"{label + ':':26}{n} ({dt:.0f} s); kills inside a step {sum(inside.values())}"
          f" ({kinds or 'none'}), between steps {between}")
    aims_text = "; ".join(f"{a}: aimed {aimed[a]}, landed {hit[a]}" for a in crashtest.AIMS)
    print(f"  kills aimed at a moment: {aims_text} (the rest at a random moment)")
    print(f"  edits acknowledged:      {acked} (mean {acked / max(1, n):.1f} per trial)")
    print(f"  edits lost:              {lost}")
    print(f"  states matching no step: {mismatch}")
    print(f"  recoveries that raised:  {raised}")
    print(f"  integrity failures:      {bad}")
    for p in problems[:10]:
        print(f"  problem: {p}")
    return not (lost or mismatch or bad or raised or problems)


def write_trials(label: str, n: int, run: Callable[[int, int, str], crashtest.SaveTrial],
                 rng: random.Random) -> bool:
    """Kill ``n`` saves or exports, half aimed inside a write, half after one finished."""
    aimed: Counter[str] = Counter()
    landed: Counter[str] = Counter()
    done = unreadable = neither = dirty = 0
    ok = True
    for i in range(n):
        window = crashtest.WINDOWS[i % 2]
        r = run(i, rng.getrandbits(32), window)
        aimed[window] += 1
        landed[window] += r.landed
        done += r.saves
        unreadable += not r.readable
        neither += not r.matches
        dirty += not r.cleaned
        if r.failed:
            ok = False
            print(f"  {label} problem: {r}")
    print(f"{label + ':':26}{n}, completed before the kills {done}; inside a write: aimed "
          f"{aimed['write']}, landed {landed['write']}; right after one finished: aimed "
          f"{aimed['after']}, landed {landed['after']}; unreadable {unreadable}, neither old "
          f"nor new {neither}, leftovers not cleaned {dirty}")
    return ok


def main() -> int:
    """Run the trials and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trials", type=int, nargs="?", default=20)
    ap.add_argument("--saves", type=int, default=None, help="save trials (default N/10)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cost-edits", type=int, default=300)
    ap.add_argument("--exports", type=int, default=6, help="export kill trials per format")
    ap.add_argument("--scenarios", type=int, default=None,
                    help="moved-folder and deleted-file trials each (default N/10)")
    args = ap.parse_args()
    saves = args.saves if args.saves is not None else max(2, args.trials // 10)
    scenarios = args.scenarios if args.scenarios is not None else max(2, args.trials // 10)
    work = Path(tempfile.mkdtemp(prefix="zoneeditor-crash-"))
    rng = random.Random(args.seed)
    try:
        ok = edit_trials(args.trials, "plain", rng, work)
        ok &= edit_trials(scenarios, "moved", rng, work)
        ok &= edit_trials(scenarios, "deleted", rng, work)

        prints = {fingerprint(crashtest.big_project(i).agreed): i for i in (1, 2)}

        def one_save(i: int, seed: int, window: str) -> crashtest.SaveTrial:
            r = crashtest.save_trial(work / f"s{i}", seed, prints, window=window)
            shutil.rmtree(work / f"s{i}", ignore_errors=True)
            return r

        ok &= write_trials("save trials", saves, one_save, rng)
        for fmt in ("gpkg", "geojson", "shp"):
            def one_export(i: int, seed: int, window: str, fmt: str = fmt) -> crashtest.SaveTrial:
                r = crashtest.export_trial(work / f"x{fmt}{i}", seed, fmt, window=window)
                shutil.rmtree(work / f"x{fmt}{i}", ignore_errors=True)
                return r

            ok &= write_trials(f"export trials {fmt}", args.exports, one_export, rng)

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
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
