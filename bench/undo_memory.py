"""Benchmark: resident memory of the undo history on a 1,000,000-vertex zone, and undo/redo.

    python bench/undo_memory.py [--rounds N] [--edits N] [--vertices N]

Each round starts two child processes one after the other (the order alternates between
rounds): one whose undo stack keeps every step whole (``Slimming(None)``, what zoneeditor did
before ``core.undo_slim``), one with the default stack, which keeps the steps away from its
index slim (their large geometries as patches). Each child builds the zone of
``bench/edit_large.py`` (an irregular valid ring), opens a durable session (a real journal,
``synchronous=FULL``) and makes ``--edits`` edits through the real vertex tool — moves,
inserts and deletes in turn at vertices spread over the ring — and reports:

* its resident memory (VmRSS of /proc/self/status) along the edits, and after glibc's
  ``malloc_trim`` (memory freed but still held by the allocator given back: what is really in
  use); the growth per undo step;
* each edit's time from release to durable;
* every undo down to the start, then every redo back to the end, each timed from the call to
  durable (the journal has committed it): the first undo and the first redo find their step
  whole, the others (in the slim child) rebuild theirs from the zone;
* then a save's journal base record with the whole history (``Journal.reset``).

Median, min, max and the ratio (slim / whole). Figures, never pass/fail: the machine is
shared, see the load average printed first.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def resident_mb() -> float:
    """The process's resident memory now (VmRSS), in MiB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def trimmed_mb() -> float:
    """VmRSS after a collection and glibc's malloc_trim (freed memory given back)."""
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    return resident_mb()


def patch_bytes(history) -> int:
    """Bytes of the rows the history's slim steps keep (their patches, both ways)."""
    from zoneeditor.core.undo_slim import SlimDelta, SlimStep

    total = 0
    for step in history.steps:
        if isinstance(step, SlimStep):
            for d in step.deltas:
                if isinstance(d, SlimDelta):
                    total += sum(p.rows.nbytes for p in (d.forward, d.backward) if p is not None)
    return total


def child(policy: str, edits: int, vertices: int) -> dict:
    """One run: the edits, memory, a save's base record, every undo and redo (timed)."""
    sys.path.insert(0, str(HERE))
    from edit_large import Ours, irregular_zone

    from zoneeditor.core.undo_slim import Slimming

    slimming = Slimming(None) if policy == "whole" else Slimming()
    ours = Ours(irregular_zone(vertices), slimming)
    history = ours.doc.history
    kinds = ("move", "insert", "delete")
    ours.edit("move", 10)  # the first edit writes the journal's base snapshot
    rss = [resident_mb()]
    first_trimmed = trimmed_mb()
    times = []
    for k in range(1, edits):
        times.append(ours.edit(kinds[k % 3], 20_000 + (31_337 * k) % (vertices - 40_000)))
        rss.append(resident_mb())
    out: dict = {"rss": rss, "first_trimmed": first_trimmed, "trimmed": trimmed_mb(),
                 "steps": history.count, "edits": times, "patches": patch_bytes(history)}
    undo, redo = [], []
    while history.can_undo:
        t0 = time.perf_counter()
        history.undo()
        undo.append(time.perf_counter() - t0)
    while history.can_redo:
        t0 = time.perf_counter()
        history.redo()
        redo.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    ours.journal.reset("bench")
    out["save"] = time.perf_counter() - t0
    out.update(undo=undo, redo=redo, end=resident_mb(), end_trimmed=trimmed_mb())
    with open("/proc/self/status") as status:
        peak = next(line for line in status if line.startswith("VmHWM:"))
    out["peak"] = int(peak.split()[1]) / 1024
    ours.session.close()
    return out


def run_child(policy: str, args: argparse.Namespace, folder: Path) -> dict:
    env = dict(os.environ)
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[var] = str(folder / policy / var.lower())
    done = subprocess.run([sys.executable, __file__, "--child", policy, "--edits",
                           str(args.edits), "--vertices", str(args.vertices)],
                          capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def figures(name: str, unit: str, slim: list[float], whole: list[float]) -> None:
    """One line: median and min of each, and the ratio slim / whole."""
    sm, wm = statistics.median(slim), statistics.median(whole)
    print(f"  {name:<34} slim median {sm:8.1f} {unit} min {min(slim):8.1f} | whole median "
          f"{wm:8.1f} {unit} min {min(whole):8.1f} | ratio {sm / wm:6.3f} "
          f"(min {min(slim) / min(whole):6.3f})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--edits", type=int, default=31)
    parser.add_argument("--vertices", type=int, default=1_000_000)
    parser.add_argument("--child", choices=("whole", "slim"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.edits, args.vertices)))
        return 0
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} "
          "(figures inflate on a busy machine)")
    print(f"zone: {args.vertices:,} vertices; {args.edits} edits (move, insert, delete in "
          f"turn) through the vertex tool, durable journal; {args.rounds} rounds, interleaved")
    folder = Path(tempfile.mkdtemp(prefix="ze-bench-undo-"))
    runs: dict[str, list[dict]] = {"whole": [], "slim": []}
    for r in range(args.rounds):
        for policy in (("whole", "slim") if r % 2 == 0 else ("slim", "whole")):
            runs[policy].append(run_child(policy, args, folder))
    slim, whole = runs["slim"], runs["whole"]

    def each(key: str, rows: list[dict]) -> list[float]:
        return [row[key] for row in rows]

    def growth(row: dict) -> float:
        k = len(row["rss"]) // 3
        return (row["rss"][-1] - row["rss"][k]) / max(1, len(row["rss"]) - 1 - k)

    n = slim[0]["steps"]
    print(f"\nresident memory (MiB), {n} undo steps:")
    for k in sorted({0, n // 3, 2 * n // 3, n - 1}):
        figures(f"after edit {k + 1}", "MiB", [r["rss"][k] for r in slim],
                [r["rss"][k] for r in whole])
    figures("after the first edit, malloc_trim", "MiB", each("first_trimmed", slim),
            each("first_trimmed", whole))
    figures(f"after edit {n}, malloc_trim", "MiB", each("trimmed", slim),
            each("trimmed", whole))
    figures(f"growth per step, edits {n // 3 + 1}-{n}", "MiB", [growth(r) for r in slim],
            [growth(r) for r in whole])
    kept = statistics.median(each("patches", slim)) / 1024
    print(f"  rows kept by the slim steps' patches, all steps: {kept:.1f} KiB")
    figures("after undoing and redoing all", "MiB", each("end", slim), each("end", whole))
    figures("  the same, after malloc_trim", "MiB", each("end_trimmed", slim),
            each("end_trimmed", whole))
    figures("peak (VmHWM)", "MiB", each("peak", slim), each("peak", whole))
    print("\nedits (ms), release to durable, median and slowest per run:")
    figures("median", "ms", [statistics.median(r["edits"]) * 1000 for r in slim],
            [statistics.median(r["edits"]) * 1000 for r in whole])
    figures("slowest", "ms", [max(r["edits"]) * 1000 for r in slim],
            [max(r["edits"]) * 1000 for r in whole])
    print("\ntimes (ms), call to durable:")
    for what in ("undo", "redo"):
        figures(f"{what}, the step next to the index", "ms",
                [r[what][0] * 1000 for r in slim], [r[what][0] * 1000 for r in whole])
        figures(f"{what}, the others (median per run)", "ms",
                [statistics.median(r[what][1:]) * 1000 for r in slim],
                [statistics.median(r[what][1:]) * 1000 for r in whole])
        figures(f"{what}, the slowest of a run", "ms", [max(r[what]) * 1000 for r in slim],
                [max(r[what]) * 1000 for r in whole])
    figures("save: journal base with history", "ms", [r["save"] * 1000 for r in slim],
            [r["save"] * 1000 for r in whole])
    return 0


if __name__ == "__main__":
    sys.exit(main())
