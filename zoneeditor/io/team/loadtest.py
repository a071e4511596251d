"""The team-server load harness: many clients editing one project and syncing at random.

Used by ``bench/team_load.py`` (20 clients × 50 edits) and, smaller, by the test suite. Each
client is a thread with its own working copy and session (journaled edits, as in the
window), and its own database login. Edits:

- moving a vertex of its own on a shared zone boundary (every client owns other vertices of
  the same rings: the same boundaries, different stretches),
- moving the "hot" vertex every client also moves (the same stretch: conflicts),
- setting an attribute of its own on a shared zone,
- adding a point (a new id).

Clients sync after an edit with some probability, and once at the end. Then every client
syncs in turn, taking the server's side of any conflict, until a round changes nothing.
The checks: every client holds exactly what the server shows it; every edit a client had
made when a sync succeeded is in the log under its author, or that client was told of a
conflict about that feature; every added point is on the server.
"""

from __future__ import annotations

import math
import random
import statistics
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shapely

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.model import (
    AGREED,
    Feature,
    LayerKind,
    Party,
    Project,
    ProjectMeta,
    Version,
)
from zoneeditor.io.session import Session
from zoneeditor.io.team.errors import TeamError
from zoneeditor.io.team.server import TeamServer
from zoneeditor.io.team.sync import decide, sync
from zoneeditor.io.team.workcopy import clone

#: Vertices per zone ring; clients own every ``RING // clients``-th vertex.
RING = 120
ZONES = 4
HOT_ZONE, HOT_VERTEX = "z0", 1


def load_project(zones: int = ZONES) -> Project:
    """The shared project: ``zones`` round zones side by side, with many vertices each."""
    versions = [Version(AGREED, {})]
    for z in range(zones):
        cx, cy, r = 36.0 + 0.3 * z, 35.0, 0.1
        angles = [2 * math.pi * i / RING for i in range(RING)]
        ring = [(cx + r * math.cos(a), cy + r * math.sin(a)) for a in angles]
        f = Feature(f"z{z}", LayerKind.ZONES, shapely.Polygon(ring),
                    {"name": f"Zone {z}", "party": "A"})
        versions[0].features[f.id] = f
    meta = ProjectMeta(title="Load test", parties=(Party("A", "#c0392b"),))
    return Project.from_versions(meta, versions)


@dataclass
class ClientLog:
    """What one client did and was told."""

    user: str
    edits: int = 0
    sync_times: list[float] = field(default_factory=list)
    expected: list[tuple[tuple[Any, ...], Any]] = field(default_factory=list)
    conflict_ids: set[str] = field(default_factory=set)
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class LoadResult:
    """Figures and findings of one load run."""

    clients: int
    edits: int
    elapsed_s: float
    sync_times: list[float]
    conflicts: int
    rounds_to_converge: int
    problems: list[str]

    @property
    def syncs_per_s(self) -> float:
        """Successful syncs per second of the editing phase."""
        return len(self.sync_times) / self.elapsed_s if self.elapsed_s else 0.0

    def percentile(self, q: float) -> float:
        """A percentile of the sync times (seconds)."""
        if not self.sync_times:
            return 0.0
        if len(self.sync_times) == 1:
            return self.sync_times[0]
        return statistics.quantiles(self.sync_times, n=100, method="inclusive")[int(q) - 1]


class _Client:
    def __init__(self, k: int, n: int, url: str, user: str, path: Path, project: str,
                 edits: int, sync_chance: float, seed: int) -> None:
        self.k, self.n, self.url, self.path = k, n, url, path
        self.project, self.edits, self.sync_chance = project, edits, sync_chance
        self.rng = random.Random(seed * 7919 + k)
        self.log = ClientLog(user)
        self.pending: dict[tuple[Any, ...], Any] = {}
        self.session: Session | None = None

    @property
    def open_session(self) -> Session:
        """The client's session (it is opened before the first round)."""
        if self.session is None:
            raise RuntimeError(f"client {self.k} has no open session")
        return self.session

    def own_vertex(self) -> int:
        step = max(RING // self.n, 3)
        return (self.k * step + step // 2) % RING or 2

    def edit(self, i: int) -> None:
        doc = self.open_session.document
        roll = self.rng.random()
        if roll < 0.1:
            f = Feature(f"p{self.k}_{i}", LayerKind.POINTS, shapely.Point(36 + self.rng.random(),
                                                                 34.5 + self.rng.random() / 5),
                        {"name": f"Post {self.k}.{i}"})
            doc.history.push(ChangeSet("Add point", AGREED, (Delta(None, f),)))
            self.pending[("p", f.id)] = True
            return
        if roll < 0.25:
            zid, index = HOT_ZONE, HOT_VERTEX
        elif roll < 0.6:
            zid, index = f"z{self.rng.randrange(ZONES)}", self.own_vertex()
        else:
            zid = f"z{self.rng.randrange(ZONES)}"
            old = _zone(doc.project, zid)
            key, value = f"c{self.k}", f"{self.k}-{i}"
            doc.history.push(ChangeSet("Attribute", AGREED,
                                       (Delta(old, old.with_attributes(**{key: value})),)))
            self.pending[("a", zid, key)] = value
            return
        old = _zone(doc.project, zid)
        assert isinstance(old.geometry, shapely.Polygon)  # load_project's zones stay polygons
        coords = list(old.geometry.exterior.coords)[:-1]
        x, y = coords[index]
        # Small moves (at most ~60 m) keep the ring valid whatever the others do.
        nx = round(x + self.rng.uniform(-5e-4, 5e-4), 9)
        ny = round(y + self.rng.uniform(-5e-4, 5e-4), 9)
        coords[index] = (nx, ny)
        new = old.with_geometry(shapely.Polygon(coords))
        doc.history.push(ChangeSet("Move vertex", AGREED, (Delta(old, new),)))
        self.pending[("v", zid, index)] = (nx, ny)

    def sync(self, take_theirs: bool = False) -> Any:
        t0 = time.perf_counter()
        try:
            if take_theirs and self.log.conflicts:
                decide(self.open_session, "theirs")
            report = sync(self.open_session)
        except TeamError as exc:
            self.log.errors.append(str(exc))
            return None
        self.log.sync_times.append(time.perf_counter() - t0)
        self.log.expected += list(self.pending.items())
        self.pending.clear()
        self.log.conflicts = len(report.conflicts)
        for c in report.conflicts:
            self.log.conflict_ids.update(c.ids)
        return report

    def run(self) -> None:
        for i in range(self.edits):
            self.edit(i)
            self.log.edits += 1
            if self.rng.random() < self.sync_chance:
                self.sync()
            time.sleep(self.rng.uniform(0, 0.004))
        self.sync()


def run_load(urls: Sequence[str], users: Sequence[str], folder: Path, project: str, *,
             edits: int = 50, sync_chance: float = 0.2, seed: int = 1,
             max_rounds: int = 8) -> LoadResult:
    """Run the load (the project must be published, every user a coordinator)."""
    folder.mkdir(parents=True, exist_ok=True)
    clients = [_Client(k, len(urls), url, user, folder / f"client{k}.gpkg", project, edits,
                       sync_chance, seed) for k, (url, user) in enumerate(zip(urls, users,
                                                                              strict=True))]
    for c in clients:
        clone(c.url, project, c.path)
        c.session = Session.open(c.path)
    problems: list[str] = []
    threads = [threading.Thread(target=c.run, name=f"client{c.k}") for c in clients]
    t0 = time.perf_counter()
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
        rounds = _converge(clients, max_rounds)
        if rounds > max_rounds:
            problems.append(f"no convergence after {max_rounds} rounds")
        problems += _check(clients, project)
    finally:
        for c in clients:
            if c.session is not None:
                c.session.close()
    times = [t for c in clients for t in c.log.sync_times]
    return LoadResult(len(clients), edits, elapsed, times,
                      sum(len(c.log.conflict_ids) for c in clients), rounds, problems)


def _converge(clients: list[_Client], max_rounds: int) -> int:
    for round_ in range(1, max_rounds + 1):
        quiet = True
        for c in clients:
            report = c.sync(take_theirs=True)
            if report is None or report.sent or report.received or report.conflicts:
                quiet = False
        if quiet:
            return round_
    return max_rounds + 1


def _check(clients: list[_Client], project: str) -> list[str]:
    problems: list[str] = []
    for c in clients:
        problems += [f"{c.log.user}: sync failed: {e}" for e in c.log.errors[-3:]]
    with TeamServer.connect(clients[0].url) as server:
        pulled = server.pull(project, 0)
        content = server.fetch(project)[0]
    local_of = {c.k: c.open_session.document.project for c in clients}
    for c in clients:
        mine = local_of[c.k]
        if list(mine.versions) != list(content.versions) or any(
                mine.versions[n].features != v.features for n, v in content.versions.items()):
            problems.append(f"{c.log.user}: local content differs from the server's")
    by_author: dict[str, list[ChangeSet]] = {}
    for entry in pulled.entries:
        by_author.setdefault(entry.author, []).append(entry.changeset)
    for c in clients:
        pushed = [d.new for cs in by_author.get(c.log.user, []) for d in cs.deltas if d.new]
        for target, value in c.log.expected:
            if target[0] == "p":
                if content.agreed.get(target[1]) is None:
                    problems.append(f"{c.log.user}: point {target[1]} lost")
                continue
            fid = target[1]
            if fid in c.log.conflict_ids or _pushed(pushed, target, value):
                continue
            problems.append(f"{c.log.user}: edit {target} = {value} neither sent nor "
                            "reported as a conflict")
    return problems


def _zone(project: Project, zid: str) -> Feature:
    """A zone of the agreed version (load_project made them; the clients never remove one)."""
    return project.agreed.features[zid]


def _pushed(features: list[Feature], target: tuple[Any, ...], value: Any) -> bool:
    kind, fid = target[0], target[1]
    for f in features:
        if f.id != fid:
            continue
        if kind == "a" and f.attributes.get(target[2]) == value:
            return True
        if kind == "v" and isinstance(f.geometry, shapely.Polygon) \
                and tuple(value) in {tuple(p) for p in f.geometry.exterior.coords}:
            return True
    return False
