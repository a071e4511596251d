"""Proof by killing it: child processes that edit or save, killed with SIGKILL at random.

Edit trials: a child opens a copy of the sample project through ``Session.open`` and runs a
seeded script of random edits through the UndoStack (drag vertices, add and delete features,
set attributes in Arabic and Russian, new proposals, project details, undo, redo, saves),
printing ``ACK n`` after step ``n`` returned, i.e. after the user would have seen it. The
parent kills it at a random moment, runs the start-up recovery (``recovery.scan`` +
``Session.recover``) and compares the recovered document and undo history with an in-process
re-run of the same script: it must equal the state after step ``n`` or ``n + 1`` (the
step being made when the kill came may or may not have become durable). Anything older is
a lost edit. The project file must pass ``PRAGMA integrity_check``.

Save trials: a child saves a large project over and over, alternating two contents; after
the kill the file must be readable and equal to one of the two.

Run ``python -m zoneeditor.io.crashtest child-edits|child-saves ...`` (children) or use
``edit_trial``/``save_trial`` (bench/crash.py, tests/e2e/test_crash_recovery.py).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, box

from zoneeditor.core import edits
from zoneeditor.core import vertices as vx
from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ConflictError, EditRefused
from zoneeditor.core.model import Feature, LayerKind, Party
from zoneeditor.io.journal import encode_changeset
from zoneeditor.io.project_file import read_project

NAMES = ["Idlib", "إدلب", "ريف حماة الشمالي", "Восточная Гута", "Morek", "نقطة مراقبة",
         "Zone «Север»", "خط التماس"]


# -- the script --------------------------------------------------------------------------------
def _new_geometry(rng: random.Random, layer: LayerKind) -> object:
    x, y = rng.uniform(35.5, 38.5), rng.uniform(32.5, 36.5)
    if layer == LayerKind.POINTS:
        return Point(x, y)
    if layer == LayerKind.LINES:
        return shapely.LineString([(x, y), (x + 0.05, y + rng.uniform(-0.05, 0.05)),
                                   (x + 0.1, y)])
    shell = box(x, y, x + 0.2, y + 0.15)
    kind = rng.random()
    if kind < 0.4:
        return Polygon(shell.exterior.coords, [box(x + 0.05, y + 0.05, x + 0.1, y + 0.1)
                                               .exterior.coords])
    if kind < 0.6:
        return MultiPolygon([Polygon(shell.exterior.coords,
                                     [box(x + 0.05, y + 0.05, x + 0.1, y + 0.1).exterior.coords]),
                             box(x + 0.3, y, x + 0.4, y + 0.1)])
    return shell


def script_step(doc: Document, rng: random.Random, save: Callable[[], None]) -> str:
    """Make one random user action on ``doc`` (same rng calls whatever the outcome).

    Returns what was done (or refused). Drags are several moves sharing one merge key, so
    the journal sees "merge" records.
    """
    h = doc.history
    version = doc.version
    feats = sorted(version.features)
    roll = rng.random()
    fid = feats[rng.randrange(len(feats))] if feats else None
    try:
        if roll < 0.30 and fid is not None:
            f = version.features[fid]
            parts = vx.rings(f.geometry)
            p = rng.randrange(len(parts))
            r = rng.randrange(len(parts[p]))
            i = rng.randrange(len(parts[p][r]))
            key = f"drag-{rng.getrandbits(32)}"
            for _ in range(rng.randint(1, 4)):
                x, y = parts[p][r][i]
                dx, dy = rng.uniform(-0.002, 0.002), rng.uniform(-0.002, 0.002)
                cur = doc.version.features[fid]
                h.push(edits.move_vertex(doc.version, cur, vx.VertexRef(p, r, i),
                                         (x + dx, y + dy), merge_key=key))
                parts[p][r][i] = (x + dx, y + dy)
            return "drag"
        if roll < 0.45:
            layer = rng.choice(list(LayerKind))
            geom = _new_geometry(rng, layer)
            new = Feature(f"f{rng.getrandbits(64):016x}", layer, geom,
                          {"name": rng.choice(NAMES), "party": rng.choice(["A", "B", ""])})
            h.push(ChangeSet(f"Add {layer.value[:-1]} {new.name}", version.name,
                             (Delta(None, new),)))
            return "add"
        if roll < 0.52 and fid is not None:
            h.push(edits.delete_features(version, [fid]))
            return "delete"
        if roll < 0.66 and fid is not None:
            h.push(edits.set_attributes(version, version.features[fid],
                                        name=rng.choice(NAMES),
                                        notes=f"{rng.random():.6f} ملاحظة",
                                        status=rng.choice(["proposed", "agreed", "disputed"])))
            return "attributes"
        if roll < 0.68:
            name = f"Proposal {rng.randrange(1000)}"
            if name not in doc.project.versions:
                h.push(edits.new_proposal(version, name))
                doc.current_version = name
            return "proposal"
        if roll < 0.70:
            meta = doc.project.meta
            after = replace(meta, title=f"{rng.choice(NAMES)} talks",
                            parties=(*meta.parties[:3], Party(rng.choice(NAMES), "#123456")))
            h.push(edits.set_meta(version, meta, after))
            return "meta"
        if roll < 0.84:
            return "undo" if h.undo() else "undo-none"
        if roll < 0.95:
            return "redo" if h.redo() else "redo-none"
        save()
        return "save"
    except (EditRefused, ConflictError):
        return "refused"


def digest(doc: Document) -> str:
    """Hash of everything recovery must restore: content, meta, history, index, clean index."""
    h = hashlib.sha256()
    m = doc.project.meta
    h.update(repr((m.title, m.parties, m.author)).encode())
    for name, v in doc.project.versions.items():
        h.update(f"V{name}|{v.description}".encode())
        for fid in sorted(v.features):
            f = v.features[fid]
            h.update(f"{fid}|{f.layer.value}|{sorted(f.attributes.items())!r}".encode())
            h.update(f.geometry.wkb)
    hist = doc.history
    for cs in hist.entries:
        h.update(encode_changeset(cs))
    # The version being edited is restored too, but only as a courtesy (it is view state,
    # recorded after the edit), so it is not part of what must match.
    h.update(f"{hist.index}|{hist.clean_index}".encode())
    return h.hexdigest()


def simulate(project_file: Path, seed: int, steps: int) -> tuple[list[str], list[set[str]]]:
    """Re-run the script in this process without any file.

    Returns the digests after 0..steps script steps, and for each step the digests of every
    state the history passed through during it: a drag is several pushes, and a kill in the
    middle of one legitimately recovers the moves made durable so far.
    """
    doc = Document(read_project(project_file))
    rng = random.Random(seed)
    out = [digest(doc)]
    passed: list[set[str]] = [set()]
    seen: set[str] = set()
    doc.history.changed.connect(lambda: seen.add(digest(doc)))
    for _ in range(steps):
        seen = set()
        script_step(doc, rng, doc.history.set_clean)
        out.append(digest(doc))
        passed.append(seen | {out[-1]})
    return out, passed


# -- children ---------------------------------------------------------------------------------
def child_edits(project_file: str, seed: int, limit: int) -> None:
    """Open the project, then edit until killed, acknowledging each step on stdout."""
    from zoneeditor.io.session import Session

    session = Session.open(project_file)
    rng = random.Random(seed)
    out = sys.stdout
    out.write("READY\n")
    out.flush()
    for n in range(1, limit + 1):
        script_step(session.document, rng, session.save)
        out.write(f"ACK {n}\n")
        out.flush()
    out.write("DONE\n")
    out.flush()
    time.sleep(60)  # wait to be killed: a finished editor would close and drop its journal


def big_project(seed: int, zones: int = 1500) -> object:
    """A large project (many detailed zones) for the save trials."""
    from zoneeditor.core.model import AGREED, Project, ProjectMeta, Version

    rng = random.Random(seed)
    feats = {}
    for i in range(zones):
        x, y = rng.uniform(35, 42), rng.uniform(32, 37)
        ring = shapely.Point(x, y).buffer(0.05, quad_segs=24)
        feats[f"z{i}"] = Feature(f"z{i}", LayerKind.ZONES, ring,
                                 {"name": f"{rng.choice(NAMES)} {i}", "party": "A"})
    return Project(ProjectMeta(title=f"big {seed}"), {AGREED: Version(AGREED, feats)})


def child_saves(target: str, seed: int) -> None:
    """Save two large contents over ``target`` alternately until killed."""
    from zoneeditor.io.project_file import write_project

    projects = [big_project(1), big_project(2)]
    n = 0
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    while True:
        write_project(projects[n % 2], target, keep_backup=bool(seed % 2))
        n += 1
        sys.stdout.write(f"SAVED {n}\n")
        sys.stdout.flush()


def abandon(session: object) -> None:
    """Leave ``session`` as a killed editor would (for tests in one process).

    Its journal and lock stay on disk, and both are made to name a process that has ended,
    exactly what a SIGKILL leaves behind, without having to kill the test runner.
    """
    from zoneeditor.io import session as session_mod
    from zoneeditor.io.lock import lock_path_for

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    dead = proc.pid
    j = session.journal  # type: ignore[attr-defined]
    j.close()
    j.discarded = True  # this process must never touch it again
    session_mod._LIVE.pop(j.path, None)
    session.document.journal = None  # type: ignore[attr-defined]
    con = sqlite3.connect(j.path)
    con.execute("PRAGMA locking_mode=EXCLUSIVE")
    con.execute("UPDATE info SET value=? WHERE key='owner_pid'", (str(dead),))
    con.commit()
    con.close()
    lock = session.lock  # type: ignore[attr-defined]
    if lock is not None:
        path = lock_path_for(lock.project_path)
        path.write_text(path.read_text().replace(f'"pid": {lock.info.pid}', f'"pid": {dead}'))
        lock._released = True
        from zoneeditor.io.lock import _HELD

        _HELD.pop(path, None)
    session.journal = None  # type: ignore[attr-defined]
    session.lock = None  # type: ignore[attr-defined]


# -- the parent's side ------------------------------------------------------------------------
@dataclass
class EditTrial:
    """Outcome of one killed editing session."""

    seed: int
    acknowledged: int
    recovered_step: int | None  # which step the recovered document equals (None: none)
    lost: int
    integrity_ok: bool
    problem: str = ""


def _spawn(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "zoneeditor.io.crashtest", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _read_line(proc: subprocess.Popen[str]) -> str:
    # Byte by byte from the pipe itself: a buffered readline would read ahead and keep
    # "ACK" lines in a buffer that communicate() never sees, under-counting acknowledged
    # edits (this made two of 500 trials look like mismatches).
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    raw = b""
    while not raw.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte:
            break
        raw += byte
    return raw.decode()


def _wait_ready(proc: subprocess.Popen[str]) -> None:
    line = _read_line(proc)
    if line.strip() != "READY":
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"child did not start: {line!r} {err[-2000:]}")


def _kill(proc: subprocess.Popen[str]) -> str:
    os.kill(proc.pid, signal.SIGKILL)
    out, _err = proc.communicate()
    return out


def integrity(path: Path) -> str:
    """SQLite's own verdict on a file ('ok' when sound)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def edit_trial(workdir: Path, seed: int, source: Path, max_delay: float = 0.6,
               limit: int = 5000, min_acks: int = 0) -> EditTrial:
    """One trial: edit in a child, SIGKILL it, recover here and compare (see module doc).

    ``min_acks``: wait for that many acknowledged steps before the random delay, so a
    trial on a loaded machine still kills an editor that has edited (tests rely on it
    instead of on timing).
    """
    from zoneeditor.io import recovery
    from zoneeditor.io.session import Session

    workdir.mkdir(parents=True, exist_ok=True)
    project = workdir / "project.gpkg"
    shutil.copyfile(source, project)
    env = {**os.environ, "XDG_STATE_HOME": str(workdir / "state")}
    old_state = os.environ.get("XDG_STATE_HOME")
    proc = _spawn(["child-edits", str(project), str(seed), str(limit)], env)
    early: list[str] = []
    try:
        _wait_ready(proc)
        while sum(x.startswith("ACK ") for x in early) < min(min_acks, limit):
            line = _read_line(proc)
            if not line:
                break
            early.append(line)
        time.sleep(random.Random(seed).uniform(0.0, max_delay))
    finally:
        out = "".join(early) + _kill(proc)
    acked = max([int(x.split()[1]) for x in out.splitlines() if x.startswith("ACK ")],
                default=0)
    os.environ["XDG_STATE_HOME"] = env["XDG_STATE_HOME"]
    try:
        expected, passed = simulate(source, seed, acked + 1)
        candidates, damaged = recovery.scan()
        if damaged:
            return EditTrial(seed, acked, None, 0, False, f"damaged journal: {damaged}")
        mine = [c for c in candidates if c.project_path == project.resolve()]
        # No candidate: killed before the first edit became durable. The dead child's lock
        # is still there; the window would ask, the harness takes it over.
        session = (Session.recover(mine[0]) if mine
                   else Session.open(project, take_over=True))
        try:
            got = digest(session.document)
        finally:
            session.close()
        ok = integrity(project) == "ok"
        if got in expected[acked:]:
            return EditTrial(seed, acked, expected.index(got, acked), 0, ok)
        if got in passed[acked + 1]:  # killed in the middle of a drag: part of it is kept
            return EditTrial(seed, acked, acked, 0, ok)
        if got in expected:
            step = max(i for i, d in enumerate(expected) if d == got)
            return EditTrial(seed, acked, step, acked - step, ok, "acknowledged edits lost")
        return EditTrial(seed, acked, None, acked, ok, "recovered state matches no step")
    finally:
        if old_state is None:
            os.environ.pop("XDG_STATE_HOME", None)
        else:
            os.environ["XDG_STATE_HOME"] = old_state


@dataclass
class SaveTrial:
    """Outcome of one save killed mid-way."""

    seed: int
    saves: int
    readable: bool
    matches: bool
    problem: str = ""


def save_trial(workdir: Path, seed: int, fingerprints: dict[str, int] | None = None,
               max_delay: float = 2.0) -> SaveTrial:
    """Kill a child saving a large project in a loop; the file must be old or new, whole."""
    from zoneeditor.core.fingerprint import fingerprint

    workdir.mkdir(parents=True, exist_ok=True)
    target = workdir / "big.gpkg"
    if fingerprints is None:
        fingerprints = {fingerprint(big_project(i).agreed): i for i in (1, 2)}
    proc = _spawn(["child-saves", str(target), str(seed)], dict(os.environ))
    try:
        _wait_ready(proc)
        time.sleep(random.Random(seed).uniform(0.0, max_delay))
    finally:
        out = _kill(proc)
    saves = sum(1 for x in out.splitlines() if x.startswith("SAVED"))
    if not target.exists():
        ok = saves == 0
        return SaveTrial(seed, saves, ok, ok, "" if ok else "file missing after a save")
    try:
        project = read_project(target)
    except Exception as exc:  # any failure to read is what this trial hunts for
        return SaveTrial(seed, saves, False, False, str(exc))
    fp = fingerprint(project.agreed)
    return SaveTrial(seed, saves, integrity(target) == "ok", fp in fingerprints,
                     "" if fp in fingerprints else "content is neither old nor new")


def child_exports(target: str, fmt: str) -> None:
    """Export two different large contents to ``target`` alternately until killed."""
    from zoneeditor.io.exchange.export import export_versions

    projects = [big_project(1, zones=400), big_project(2, zones=300)]
    n = 0
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    while True:
        export_versions(projects[n % 2], ["agreed"], fmt, target)
        n += 1
        sys.stdout.write(f"EXPORTED {n}\n")
        sys.stdout.flush()


def _export_names(target: Path) -> list[tuple[str, str]] | None:
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
                 max_delay: float = 2.0) -> SaveTrial:
    """Kill a child exporting in a loop; the export must read back as old or new, whole."""
    workdir.mkdir(parents=True, exist_ok=True)
    target = workdir / ("out.shp" if fmt == "shp" else f"out.{fmt}")
    proc = _spawn(["child-exports", str(target), fmt], dict(os.environ))
    if fmt == "shp":  # one shapefile set per layer: NAME_zones.shp, .dbf, .shx, ...
        target = workdir / "out_zones.shp"
    try:
        _wait_ready(proc)
        time.sleep(random.Random(seed).uniform(0.0, max_delay))
    finally:
        out = _kill(proc)
    done = sum(1 for x in out.splitlines() if x.startswith("EXPORTED"))
    if not target.exists():
        ok = done == 0
        return SaveTrial(seed, done, ok, ok, "" if ok else "export missing after it finished")
    got = _export_names(target)
    if got is None:
        return SaveTrial(seed, done, False, False, "unreadable after the kill")
    expected = []
    for i, zones in ((1, 400), (2, 300)):
        p = big_project(i, zones=zones)
        expected.append(sorted((f.id, f.name) for f in p.agreed))
    same = got in expected
    return SaveTrial(seed, done, True, same, "" if same else
                     f"a mix of two exports ({len(got)} features)")


def main(argv: list[str]) -> int:
    """Entry point of the child processes."""
    if argv[0] == "child-edits":
        child_edits(argv[1], int(argv[2]), int(argv[3]))
    elif argv[0] == "child-saves":
        child_saves(argv[1], int(argv[2]))
    elif argv[0] == "child-exports":
        child_exports(argv[1], argv[2])
    else:
        print(f"unknown command {argv[0]!r}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
