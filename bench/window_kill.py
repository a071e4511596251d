"""Kill the real window N times (the long form of tests/e2e/test_window_kill.py).

    python bench/window_kill.py [N] [--chains C] [--seed S] [--keep DIR]

Runs C chains side by side, each on an Xvfb display of its own (``ZONEEDITOR_TEST_DISPLAYS=
:12,:22`` to choose them), each a real ``zoneeditor`` process on a copy of the sample, edited
with the README's keys through xdotool and SIGKILLed at N moments in all (right after an edit
showed, 0–60 ms after the Enter finishing one, mid-drag, during a save), plus one SIGTERM per
chain. After every kill: restart, Return on the recovery dialog, every acknowledged edit must
be on the screen, and Ctrl+Z must undo the last one. See zoneeditor/testing/crash/window.py.

Prints trials per moment, edits acknowledged, edits lost, Ctrl+Z failures, zones in the saved
file against the expected count, and any problem (with a screenshot kept under --keep).
Exit 1 on any failure.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from zoneeditor.io.session import sample_path
from zoneeditor.testing.crash import window


def main() -> int:
    """Run the chains and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trials", type=int, nargs="?", default=60)
    ap.add_argument("--chains", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, default=None,
                    help="keep each chain's folder here, with a screenshot after each "
                         "recovery and of each problem")
    args = ap.parse_args()
    missing = window.missing_tools()
    if missing:
        print(f"missing programs: {', '.join(missing)}")
        return 2
    work = args.keep or Path(tempfile.mkdtemp(prefix="zoneeditor-window-kill-"))
    t0 = time.perf_counter()
    try:
        results = window.run_chains(args.trials, args.chains, sample_path(), args.seed, work,
                                    keep_shots=args.keep is not None)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    dt = time.perf_counter() - t0
    moments: dict[str, int] = {}
    for r in results:
        for k, v in r.moments.items():
            moments[k] = moments.get(k, 0) + v
    print(f"kill trials:             {sum(r.trials for r in results)} in {len(results)} "
          f"chains ({dt:.0f} s): " + ", ".join(f"{k} {v}" for k, v in sorted(moments.items())))
    print(f"edits acknowledged:      {sum(r.acknowledged for r in results)} (on the screen "
          f"before the kill)")
    print(f"edits lost:              {sum(r.lost for r in results)}")
    print(f"Ctrl+Z failures:         {sum(r.undo_failed for r in results)}")
    print(f"unacknowledged edits that came back (Enter just before the kill): "
          f"{sum(r.extra_recovered for r in results)}")
    for i, r in enumerate(results):
        print(f"chain {i}: SIGTERM {r.sigterm or 'not reached'}; saved file "
              f"{r.file_zones} zones, expected {r.expected_zones}")
        for p in r.problems:
            print(f"  problem: {p}")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
