"""Save and export trials: a child saves (or exports) in a loop; the first always finishes,
then the kill is aimed *inside a write* (once the temporary file or staging folder holds
data; landed when it is still there afterwards, proof the process died before renaming it)
or *right after one finished*. The file must read back whole, as the last finished content
or the one in progress, and what the kill left must go at the next clean-up.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from zoneeditor.testing.crash.process import Child, integrity, last_mark

WINDOWS = ("write", "after")


@dataclass
class SaveTrial:
    """Outcome of one save (or export) killed on purpose.

    ``window`` is where the kill was aimed ("write": while the file was being written;
    "after": right after one finished), ``landed`` whether the evidence says it hit it.
    ``cleaned``: the next open (or export) removed what the killed one left.
    """

    seed: int
    saves: int
    readable: bool
    matches: bool
    problem: str = ""
    window: str = "write"
    landed: bool = False
    cleaned: bool = True

    @property
    def failed(self) -> bool:
        """True when the file was unreadable, neither old nor new, or left debris behind."""
        return not (self.readable and self.matches and self.cleaned) or bool(self.problem)


def _landed(window: str, last: str, left: list[Path]) -> bool:
    """Did the kill hit the window it aimed at? Inside a write: the writer's temporary is
    still there (it died before renaming it or cleaning up) and the operation never said it
    finished. After a finish: nothing of a next operation had been written yet."""
    if window == "write":
        return bool(left) and last.startswith("BEGIN ")
    return not left


def _temporaries(target: Path, pid: int) -> list[Path]:
    return [p for p in target.parent.glob(f".{target.name}.zoneeditor-{pid}-*")
            if p.is_file()]


def _wait_until(condition: Callable[[], bool], timeout: float, step: float = 0.001) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


def _has_data(paths: list[Path]) -> bool:
    for p in paths:
        try:
            if p.stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def save_trial(workdir: Path, seed: int, fingerprints: dict[str, int] | None = None,
               window: str = "write") -> SaveTrial:
    """Kill a child saving a large project in a loop, inside a write or right after one.

    The file must afterwards read back whole, as the content of the last finished save or
    of the one being written; the temporary file the kill left is removed by the next
    ``Session.open``.
    """
    from zoneeditor.core.fingerprint import fingerprint
    from zoneeditor.io.project_file import read_project
    from zoneeditor.testing.crash.script import big_project

    if window not in WINDOWS:
        raise ValueError(f"window must be one of {WINDOWS}")
    workdir.mkdir(parents=True, exist_ok=True)
    target = workdir / "big.gpkg"
    if fingerprints is None:
        fingerprints = {fingerprint(big_project(i).agreed): i for i in (1, 2)}
    rng = random.Random(seed)
    child = Child(["child-saves", str(target), str(seed)])
    try:
        child.wait_for("READY")
        t0 = time.monotonic()
        child.wait_for("SAVED 1")
        duration = time.monotonic() - t0
        rounds = rng.randint(0, 1)
        for _ in range(rounds):
            child.wait_for("SAVED")
        if window == "write":
            child.wait_for("BEGIN")
            _wait_until(lambda: _has_data(_temporaries(target, child.pid)), duration * 3)
            time.sleep(rng.uniform(0.0, 0.6 * duration))
    finally:
        lines = child.kill()
    saves = sum(1 for x in lines if x.startswith("SAVED"))
    last = last_mark(lines, ("BEGIN ", "SAVED "))
    left = _temporaries(target, child.pid)
    landed = _landed(window, last, left)
    trial = SaveTrial(seed, saves, False, False, "", window, landed)
    try:
        project = read_project(target)
    except Exception as exc:  # any failure to read is what this trial hunts for
        trial.problem = str(exc)
        return trial
    trial.readable = integrity(target) == "ok"
    got = fingerprint(project.agreed)
    # Save n writes big_project(1) when n is odd: the last finished, or the one in progress
    # (unless the kill came right after a finish, before anything else was printed).
    allowed = {1 if saves % 2 else 2}
    if not last.startswith("SAVED "):
        allowed.add(2 if saves % 2 else 1)
    trial.matches = fingerprints.get(got) in allowed
    if not trial.matches:
        trial.problem = "content is neither the last saved nor the one being saved"
    trial.cleaned = _cleaned_by_open(target, left)
    if not trial.cleaned:
        trial.problem = trial.problem or f"left behind after the next open: {left}"
    return trial


def _cleaned_by_open(target: Path, left: list[Path]) -> bool:
    """Open the file as the editor does; True when what the killed save left is gone."""
    from zoneeditor.io.session import Session

    Session.open(target, take_over=True).close()
    return not any(p.exists() for p in left) and not list(
        target.parent.glob(f".{target.name}.*.tmp*"))


def _stagings(folder: Path, pid: int) -> list[Path]:
    return list(folder.glob(f".zoneeditor-export-{pid}-*"))


def _staged_data(folder: Path, pid: int) -> bool:
    return any(_has_data([f for f in d.iterdir() if f.is_file()])
               for d in _stagings(folder, pid) if d.is_dir())


def export_names(target: Path) -> list[tuple[str, str]] | None:
    """(zid, name) of every exported feature, read back with fiona; None when unreadable."""
    import fiona

    try:
        out = []
        for layer in fiona.listlayers(target):
            with fiona.open(target, layer=layer) as src:
                out += [(str(r.properties.get("zid") or r.properties.get("id")),
                         str(r.properties.get("name"))) for r in src]
        return sorted(out)
    except Exception:  # unreadable is the finding
        return None


def export_trial(workdir: Path, seed: int, fmt: str = "gpkg",
                 window: str = "write") -> SaveTrial:
    """Kill a child exporting in a loop, inside an export or right after one finished.

    The first export always finishes. The export must read back whole, as the last finished
    export or the one in progress; the staging folder the kill left is removed by the next
    clean-up of that folder (``io.atomic.remove_leftovers``, run by the next export there
    and by opening or recovering a project in it).
    """
    from zoneeditor.io.atomic import MANIFEST, remove_leftovers
    from zoneeditor.testing.crash.children import export_contents

    if window not in WINDOWS:
        raise ValueError(f"window must be one of {WINDOWS}")
    workdir.mkdir(parents=True, exist_ok=True)
    target = workdir / ("out.shp" if fmt == "shp" else f"out.{fmt}")
    rng = random.Random(seed)
    child = Child(["child-exports", str(target), fmt])
    if fmt == "shp":  # one shapefile set per layer: NAME_zones.shp, .dbf, .shx, ...
        target = workdir / "out_zones.shp"
    try:
        child.wait_for("READY")
        t0 = time.monotonic()
        child.wait_for("EXPORTED 1", timeout=300)
        duration = time.monotonic() - t0
        if window == "write":
            child.wait_for("BEGIN")
            _wait_until(lambda: _staged_data(workdir, child.pid), duration * 3)
            time.sleep(rng.uniform(0.0, 0.5 * duration))
        else:
            child.wait_for("EXPORTED", timeout=300)
    finally:
        lines = child.kill()
    done = sum(1 for x in lines if x.startswith("EXPORTED"))
    last = last_mark(lines, ("BEGIN ", "EXPORTED "))
    left = _stagings(workdir, child.pid)
    landed = _landed(window, last, left)
    trial = SaveTrial(seed, done, False, False, "", window, landed)
    contents = export_contents()

    def names_of(n: int) -> list[tuple[str, str]]:
        return sorted((f.id, f.name) for f in contents[n % 2].agreed)

    got = export_names(target)
    mid_move = any((d / MANIFEST).exists() for d in left)
    if got is None and mid_move:
        # Killed while moving the files into place: the old set lost its .shp first, so no
        # program opens a mix; the next clean-up finishes the move.
        trial.problem = "" if not (target.exists() and target.suffix == ".shp") else \
            "the .shp was there while the move was unfinished"
        remove_leftovers(workdir)
        got = export_names(target)
        trial.readable = got is not None
        trial.matches = got == names_of(done + 1)
        if not trial.matches:
            trial.problem = trial.problem or "the unfinished move was not completed"
    elif got is None:
        trial.problem = "unreadable after the kill"
        return trial
    else:
        trial.readable = True
        finished_last = not last.startswith("BEGIN ")
        allowed = [names_of(n) for n in ((done,) if finished_last else (done, done + 1))]
        trial.matches = got in allowed
        if not trial.matches:
            trial.problem = f"a mix of two exports ({len(got)} features)"
        remove_leftovers(workdir)
    trial.cleaned = not any(p.exists() for p in left)
    if not trial.cleaned:
        trial.problem = trial.problem or f"staging folder left behind: {left}"
    return trial
