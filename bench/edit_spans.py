"""Where one vertex edit's time goes: perf_counter spans around the steps of the edit's path.

Used by ``bench/edit_large.py --spans``. The steps are timed by wrapping the functions that do
them (for the benchmark's run only; nothing in the product is instrumented), and nested
steps are subtracted from the step around them, so the spans add up to the edit:

* find: the tool finds the vertex or segment and its sharers (what is left of the edit);
* rows: the new flat vertex array (one copy) and the patch;
* geos: GEOS builds the new geometry from it;
* runs: the index of vertex runs carried over to the new geometry;
* check: the incremental validity check;
* encode: the journal record (patch, digests);
* commit: SQLite's commit with fsync;
* apply: the rest of ``Document.apply`` (conflict check, model change, signals).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

STEPS = ("find", "rows", "geos", "runs", "check", "encode", "commit", "apply")


class Spans:
    """Accumulated time per wrapped function for the current edit, then per step."""

    def __init__(self) -> None:
        self.now: dict[str, float] = {}
        self.edits: dict[str, list[dict[str, float]]] = {}

    def wrap(self, owner: Any, name: str, key: str) -> Callable[[], None]:
        real = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                self.now[key] = self.now.get(key, 0.0) + time.perf_counter() - t0

        setattr(owner, name, timed)
        return lambda: setattr(owner, name, real)

    def record(self, kind: str, total: float) -> None:
        """Turn the current edit's wrapped times into steps (nested ones subtracted)."""
        n = self.now
        replaced, build, carry = n.get("replaced", 0), n.get("build", 0), n.get("carry", 0)
        append, encode, apply_ = n.get("append", 0), n.get("encode", 0), n.get("apply", 0)
        steps = {"rows": replaced - build - carry, "geos": build, "runs": carry,
                 "check": n.get("check", 0), "encode": encode, "commit": append - encode,
                 "apply": apply_ - append}
        steps["find"] = total - sum(steps.values())
        self.edits.setdefault(kind, []).append(steps)
        self.now = {}

    def report(self) -> None:
        print("\nwhere the time goes (median ms per edit; find = the rest of the edit):")
        print("  " + " " * 8 + "".join(f"{s:>8}" for s in STEPS))
        for kind, rows in self.edits.items():
            cells = "".join(f"{statistics.median(r[s] for r in rows) * 1000:8.2f}" for s in STEPS)
            print(f"  {kind:<8}{cells}")


@contextmanager
def spans() -> Iterator[Spans]:
    """Wrap the edit path's functions while the block runs."""
    from zoneeditor.core import edits, geompatch
    from zoneeditor.core import vertices as vx
    from zoneeditor.core.document import Document
    from zoneeditor.io.journal import store
    from zoneeditor.io.journal.store import Journal

    s = Spans()
    undo = [s.wrap(vx, "_replaced", "replaced"), s.wrap(geompatch, "build", "build"),
            s.wrap(vx, "carry_runs", "carry"), s.wrap(edits, "edit_problem", "check"),
            s.wrap(store, "encode_changeset", "encode"), s.wrap(Journal, "append", "append"),
            s.wrap(Document, "apply", "apply")]
    try:
        yield s
    finally:
        for restore in reversed(undo):
            restore()
