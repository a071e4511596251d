"""Edit trials: a child edits a copy of the sample through the Session API until killed —
at a random moment, or aimed at a step of a chosen kind — and the parent recovers as the
window would and compares with a re-run of the same script.

Where each kill landed is reported from the child's own lines: inside a step (and which
kind: drag, add, save, ...) or between two. Scenarios: "plain"; "moved" (the project's
folder moved elsewhere before recovery); "deleted" (the project file deleted before the
kill, the recovered edits saved back). A recovery that raises is a failed trial.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from zoneeditor.testing.crash.process import Child, integrity, last_mark
from zoneeditor.testing.crash.script import digest, simulate

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


def _aim_step(kinds: list[str], aim: str, first: int, rng: random.Random) -> int | None:
    """A step of the planned script whose kind suits ``aim`` (at or after ``first``); None
    when the plan has none."""
    steps = [i for i in range(first, len(kinds)) if kinds[i] in AIM_KINDS[aim]]
    return rng.choice(steps[:20]) if steps else None


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
        for horizon in (80, 400):  # saves are rare in the script: look further for one
            _e, _p, planned = simulate(source, seed, min_acks + horizon)
            found = _aim_step(planned, aim, max(2, min_acks + 1), rng)
            if found is not None:
                target = found
                break
        else:
            aim = None  # this seed's script has no such step: a random moment instead
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
            # Into the step: at once for an edit or a drag (a commit takes well under a
            # millisecond on a quiet disk: reading the line is delay enough), up to 80 ms
            # into a save.
            if aim == "save":
                time.sleep(rng.uniform(0.0, 0.08))
    finally:
        lines = child.kill()
    acks = [int(x.split()[1]) for x in lines if x.startswith("ACK ")]
    acked = max(acks, default=0)
    last = last_mark(lines, ("BEGIN ", "ACK "))
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
