"""Kill trials: start a child that edits, saves or exports; SIGKILL it inside the window that
matters; recover or re-read as the editor would; check nothing acknowledged was lost.

Every trial says where its kill landed, from the child's own ``BEGIN``/``ACK``/``SAVED`` lines
and from what the kill left on disk:

- edit trials: inside a step (which kind: drag, add, save, ...) or between two steps;
- save trials aim either *inside a write* (the kill comes only once the temporary file holds
  data, and counts as landed when that temporary is still there afterwards, proof the
  process died before renaming it) or *after a save finished* (right after ``SAVED n``);
- export trials likewise, with the private staging folder as the proof.

A recovery that raises is a failed trial, never "0 lost". The first save or export is always
allowed to finish, so "no file" never passes for a whole file.
"""

from __future__ import annotations

import contextlib
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from zoneeditor.testing.crash.script import digest, simulate

WINDOWS = ("write", "after")


# -- a child process we read line by line and kill ---------------------------------------------
class Child:
    """A ``python -m zoneeditor.testing.crash`` child: its lines as they come, and the kill."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "zoneeditor.testing.crash", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env or dict(os.environ))
        self.lines: list[str] = []
        self._buffer = b""

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self.proc.pid

    def read_line(self, timeout: float = 60.0) -> str | None:
        """The next line (None at the end of output or after ``timeout`` seconds).

        Unbuffered, straight from the pipe: a buffered reader would read ahead and keep
        lines the kill's final read never sees.
        """
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 4096)
            if not chunk:
                return None
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\n", 1)
        line = raw.decode()
        self.lines.append(line)
        return line

    def wait_for(self, prefix: str, timeout: float = 120.0) -> str:
        """Read until a line starting with ``prefix``; RuntimeError if none comes."""
        deadline = time.monotonic() + timeout
        while True:
            line = self.read_line(max(0.0, deadline - time.monotonic()))
            if line is None:
                raise RuntimeError(f"the child never said {prefix!r}: {self.lines[-5:]} "
                                   f"{self._stderr()[-2000:]}")
            if line.startswith(prefix):
                return line

    def _stderr(self) -> str:
        if self.proc.poll() is None or self.proc.stderr is None:
            return ""
        return self.proc.stderr.read().decode(errors="replace")

    def kill(self) -> list[str]:
        """SIGKILL it and collect every line it printed; returns all lines."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGKILL)
        out, _err = self.proc.communicate()
        rest = (self._buffer + out).decode(errors="replace")
        self._buffer = b""
        self.lines += [x for x in rest.split("\n") if x]
        return self.lines


def integrity(path: Path) -> str:
    """SQLite's own verdict on a file ('ok' when sound)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def _last_mark(lines: list[str], marks: tuple[str, ...]) -> str:
    for line in reversed(lines):
        if line.startswith(marks):
            return line
    return ""


# -- edit trials -------------------------------------------------------------------------------
SCENARIOS = ("plain", "moved", "deleted")


@dataclass
class EditTrial:
    """Outcome of one killed editing session.

    ``landed`` is "inside" (a step was being made: ``kind`` says which) or "between" (the
    last step was acknowledged). ``scenario``: "plain", "moved" (the project's folder was
    moved elsewhere before recovery) or "deleted" (the project file was deleted before the
    kill). ``problem`` is non-empty for any failure, a recovery that raised included.
    """

    seed: int
    acknowledged: int
    recovered_step: int | None  # which step the recovered document equals (None: none)
    lost: int
    integrity_ok: bool
    problem: str = ""
    landed: str = ""
    kind: str = ""
    scenario: str = "plain"

    @property
    def failed(self) -> bool:
        """True when anything was wrong (lost edits, no matching state, an exception)."""
        return bool(self.problem) or self.lost > 0 or not self.integrity_ok


#: Where an edit trial may aim its kill: inside an ordinary edit, inside a drag (several
#: merged moves), inside a save, or right after a step was acknowledged.
AIMS = ("edit", "drag", "save", "between")
AIM_KINDS = {"edit": {"add", "delete", "attributes", "proposal", "meta", "undo", "redo"},
              "drag": {"drag"}, "save": {"save"}, "between": {"add", "delete", "attributes",
                                                              "drag", "undo", "redo"}}


def _aim_step(kinds: list[str], aim: str, first: int, rng: random.Random) -> int:
    """A step of the planned script whose kind suits ``aim`` (at or after ``first``)."""
    steps = [i for i in range(first, len(kinds)) if kinds[i] in AIM_KINDS[aim]]
    if not steps:
        raise ValueError(f"no {aim} step in the first {len(kinds)} steps of this seed")
    return rng.choice(steps[:20])


def edit_trial(workdir: Path, seed: int, source: Path, max_delay: float = 0.6,
               limit: int = 5000, min_acks: int = 0, scenario: str = "plain",
               aim: str | None = None) -> EditTrial:
    """One trial: edit in a child, SIGKILL it, recover here as the window would, compare.

    The recovered document and undo history must equal the state after the last
    acknowledged step, after the step in progress, or a state inside it (part of a drag).
    ``min_acks``: wait for that many acknowledged steps before the kill, so a trial on a
    loaded machine still kills an editor that has edited. Without ``aim`` the kill comes
    after a random delay (up to ``max_delay`` s; most of the time is spent in saves, so most
    such kills land in one); with ``aim`` (one of ``AIMS``) the script is planned ahead and
    the kill comes just after the child announced a step of that kind (or, for "between",
    just after it acknowledged one).
    """
    if scenario not in SCENARIOS:
        raise ValueError(f"scenario must be one of {SCENARIOS}")
    if aim is not None and aim not in AIMS:
        raise ValueError(f"aim must be one of {AIMS}")
    rng = random.Random(seed)
    target = 0
    if aim is not None:
        _e, _p, planned = simulate(source, seed, min_acks + 80)
        target = _aim_step(planned, aim, max(2, min_acks + 1), rng)
    folder = workdir / "p"
    folder.mkdir(parents=True, exist_ok=True)
    project = folder / "project.gpkg"
    shutil.copyfile(source, project)
    state = workdir / "state"
    old_state = os.environ.get("XDG_STATE_HOME")
    child = Child(["child-edits", str(project), str(seed), str(limit)],
                  {**os.environ, "XDG_STATE_HOME": str(state)})
    try:
        child.wait_for("READY")
        while sum(x.startswith("ACK ") for x in child.lines) < min(min_acks, limit):
            if child.read_line() is None:
                break
        if scenario == "deleted":  # the file goes (a USB stick pulled) while editing goes on
            project.unlink()
        if aim is None:
            time.sleep(rng.uniform(0.0, max_delay))
        elif aim == "between":
            child.wait_for(f"ACK {target} ")
        else:
            child.wait_for(f"BEGIN {target}")
            # Into the step: a few ms for an edit (a commit is one fsync), more for a save.
            time.sleep(rng.uniform(0.0, 0.08 if aim == "save" else 0.002))
    finally:
        lines = child.kill()
    acks = [int(x.split()[1]) for x in lines if x.startswith("ACK ")]
    acked = max(acks, default=0)
    last = _last_mark(lines, ("BEGIN ", "ACK "))
    landed = "inside" if last.startswith("BEGIN ") else "between"
    os.environ["XDG_STATE_HOME"] = str(state)
    try:
        expected, passed, kinds = simulate(source, seed, acked + 1)
        kind = kinds[acked + 1] if landed == "inside" else kinds[acked]
        outcome = EditTrial(seed, acked, None, 0, True, "", landed, kind, scenario)
        if scenario == "moved":
            moved = workdir / "elsewhere" / "moved-folder"
            moved.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(folder), str(moved))
            project = moved / project.name
        try:
            got, clean_free = _recover(project, scenario)
        except Exception as exc:  # a recovery that raises is a failure, never "0 lost"
            outcome.problem = f"recovery raised {type(exc).__name__}: {exc}"
            outcome.integrity_ok = False
            return outcome
        outcome.integrity_ok = not project.exists() or integrity(project) == "ok"
        if clean_free:  # the file is gone: the saved state is gone, compare the rest
            expected, passed = _without_clean(source, seed, acked + 1)
        if got in expected[acked:]:
            outcome.recovered_step = expected.index(got, acked)
        elif got in passed[acked + 1]:  # killed in the middle of a drag: part of it is kept
            outcome.recovered_step = acked
        elif got in expected:
            step = max(i for i, d in enumerate(expected) if d == got)
            outcome.recovered_step, outcome.lost = step, acked - step
            outcome.problem = "acknowledged edits lost"
        else:
            outcome.lost = acked
            outcome.problem = "recovered state matches no step"
        return outcome
    finally:
        if old_state is None:
            os.environ.pop("XDG_STATE_HOME", None)
        else:
            os.environ["XDG_STATE_HOME"] = old_state


def _recover(project: Path, scenario: str) -> tuple[str, bool]:
    """Recover as the window does; the digest, and whether the saved state is unknowable."""
    from zoneeditor.io import recovery
    from zoneeditor.io.session import RecoveryPending, Session

    if scenario == "moved":
        # Opening the file at its new place: the dead editor's lock (asked, taken over),
        # then the edits it left, found beside the file whatever path they recorded.
        try:
            session = Session.open(project, take_over=True)
        except RecoveryPending as pending:
            if not pending.candidate.moved:
                raise AssertionError("the candidate does not know it moved") from None
            session = Session.recover(pending.candidate)
    else:
        candidates, damaged = recovery.scan()
        if damaged:
            raise AssertionError(f"damaged journal: {damaged}")
        mine = [c for c in candidates if c.project_path == project.resolve()]
        if mine:
            session = Session.recover(mine[0])
        elif project.exists():  # killed before the first edit became durable
            session = Session.open(project, take_over=True)
        else:
            raise AssertionError("the project file is gone and nothing was offered")
    try:
        clean_free = scenario == "deleted" and session.document.history.clean_index is None
        got = digest(session.document, with_clean=not clean_free)
        if scenario == "deleted" and session.path is not None:
            session.save()  # the recovered edits go back where the file was
            if integrity(project) != "ok":
                raise AssertionError("the re-saved project is damaged")
    finally:
        session.close()
    return got, clean_free


def _without_clean(source: Path, seed: int, steps: int) -> tuple[list[str], list[set[str]]]:
    expected, passed, _ = simulate(source, seed, steps, with_clean=False)
    return expected, passed


# -- save and export trials --------------------------------------------------------------------
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
    last = _last_mark(lines, ("BEGIN ", "SAVED "))
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
    last = _last_mark(lines, ("BEGIN ", "EXPORTED "))
    left = _stagings(workdir, child.pid)
    landed = _landed(window, last, left)
    trial = SaveTrial(seed, done, False, False, "", window, landed)
    contents = export_contents()

    def names_of(n: int) -> list[tuple[str, str]]:
        return sorted((f.id, f.name) for f in contents[n % 2].agreed)  # type: ignore[attr-defined]

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


# -- in-process: what a kill leaves ------------------------------------------------------------
def dead_pid() -> int:
    """The pid of a process that has finished (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def abandon(session: object) -> None:
    """Leave ``session`` as a killed editor would (for tests in one process).

    Its journal and lock stay on disk, and both are made to name a process that has ended,
    exactly what a SIGKILL leaves behind, without having to kill the test runner.
    """
    from zoneeditor.io.lock import lock_path_for

    dead = dead_pid()
    j = session.journal  # type: ignore[attr-defined]
    doc = session.document  # type: ignore[attr-defined]
    doc.current_version_changed.disconnect(j.note_current_version)
    doc.journal = None
    j.close()  # this process never touches it again; the file stays
    con = sqlite3.connect(j.path)
    con.execute("PRAGMA locking_mode=EXCLUSIVE")
    con.execute("UPDATE info SET value=? WHERE key='owner_pid'", (str(dead),))
    con.commit()
    con.close()
    lock = session.lock  # type: ignore[attr-defined]
    if lock is not None:
        path = lock_path_for(lock.project_path)
        path.write_text(path.read_text().replace(f'"pid": {lock.info.pid}', f'"pid": {dead}'))
    session.journal = None  # type: ignore[attr-defined]
    session.lock = None  # type: ignore[attr-defined]  # dropped, never released: file stays
