"""Kill the real window: ``zoneeditor`` under Xvfb, driven with xdotool as a person would.

A *chain* opens a copy of the sample in a real ``zoneeditor`` process on an Xvfb display of
its own, makes edits with the README's keys (``Z`` and Ctrl-clicks and Enter to draw a zone,
``V`` and a mouse drag to move a vertex, Ctrl+S, Ctrl+Z), and SIGKILLs the process at chosen
moments: right after an edit showed, 0–60 ms after the Enter that finishes one, in the middle
of a drag (mouse button still down), during a save. Then it starts the editor again, accepts
the recovery (Return on the recovery dialog), checks that every acknowledged edit is on the
screen, presses Ctrl+Z and checks that the last edit went away — and goes on editing in the
recovered session until the next kill. At the end it saves (Ctrl+S), quits (Ctrl+Q) and reads
the file.

**What "acknowledged" means: visible on the screen.** An edit counts once the screen shows
it, decided on screenshots of the whole X screen (ImageMagick's ``import``), nothing read
from inside the process: the view is a stretch of empty desert (set through the editor's
own remembered view), each zone is drawn in a square slot of its own, and a zone is "on the
screen" when a small patch inside its slot differs clearly from what that patch showed before
anything was drawn there (the zone's fill), and "gone" when it is back to that. The patch
sits inside the square away from its centre, where the zone's label goes. A drag is
acknowledged when a patch just outside the original corner, in the direction of the drag,
has turned into zone. Pixels were chosen over the window title (which only says "modified",
once) and over the undo menu's text (not on the screen); they are exactly what the person at
the keyboard relies on. Every check polls for up to ``timeout`` seconds, so a slow machine
makes a trial slower, never wrong.

Keys go to the window that has the X input focus. With no window manager the chain gives
the editor the focus (``xdotool windowfocus``) only when no window of it has it, and clicks
the map once so the map, not a text field, has Qt's keyboard focus — except for the Ctrl+Z
after a recovery, which is pressed with no help at all: the recovered window must have taken
the focus itself (that it did not was why Ctrl+Z "changed nothing" in 3 of 65 outside trials).
"""

from __future__ import annotations

import contextlib
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path

from zoneeditor.testing.crash.chain import Chain
from zoneeditor.testing.crash.chain_record import MOMENTS, ChainResult, plan
from zoneeditor.testing.crash.xdesk import Xvfb, configured_displays, missing_tools

__all__ = ["MOMENTS", "Chain", "ChainResult", "missing_tools", "plan", "run_chains"]


@contextlib.contextmanager
def displays(count: int) -> Iterator[list[str]]:
    """``count`` X displays: the configured ones (started here), else free ones."""
    names = configured_displays()[:count]
    servers = [Xvfb(d) for d in names] or [Xvfb() for _ in range(count)]
    try:
        yield [s.start() for s in servers]
    finally:
        for s in servers:
            s.stop()


def run_chains(total: int, chains: int, source: Path, seed: int,
               workdir: Path | None = None, with_sigterm: bool = True,
               keep_shots: bool = False) -> list[ChainResult]:
    """``total`` kill trials split over ``chains`` chains run side by side, each on a
    display of its own; one SIGTERM trial per chain."""
    import threading

    rng = random.Random(seed)
    base = workdir or Path(tempfile.mkdtemp(prefix="zoneeditor-window-kill-"))
    results: list[ChainResult] = [ChainResult() for _ in range(chains)]
    with displays(chains) as names:
        if len(names) < chains:
            raise RuntimeError(f"{chains} displays needed, {len(names)} configured")
        per = [total // chains + (1 if i < total % chains else 0) for i in range(chains)]
        jobs = []
        for i, display in enumerate(names):
            chain = Chain(display, base / f"chain{i}", source, rng.getrandbits(32),
                          keep_shots=keep_shots)
            moments = plan(per[i], random.Random(rng.getrandbits(32)))

            def work(i: int = i, chain: Chain = chain, moments: list[str] = moments) -> None:
                results[i] = chain.run(moments, with_sigterm)

            jobs.append(threading.Thread(target=work, name=f"chain{i}"))
        for job in jobs:
            job.start()
        for job in jobs:
            job.join()
    return results
