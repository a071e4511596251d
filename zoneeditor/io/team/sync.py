"""Sync a working copy with its team server: pull, rebase local edits, push, save.

Two halves, so a window can run the slow one in a worker thread:

- ``exchange(state, ours, outbox)`` talks to the server and merges. It reads the local
  content only through ``ours`` (a copy of the project taken when the sync starts) and
  changes nothing local except the outbox file. It pulls, plans (io/team/plan.py), records
  the ids of what it is about to push in the outbox, and pushes in one transaction that the
  server refuses whole if anyone pushed in between; then it pulls and plans again (a few
  times, with a random pause). A connection that breaks is opened again and the sync goes
  on: a push that committed is recognised by its ids in the pulled log.
- ``finish(session, exchange)`` runs where the document lives: it applies the received
  change sets through the undo history (journaled, so durable before they are shown), then
  saves the file with the new sync state in the same atomic save, then clears the outbox.

The document must not change between the two (the window blocks editing while a sync
runs); ``finish`` refuses if it did, and the next sync converges.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from zoneeditor.core.changes import ChangeSet, Structure
from zoneeditor.core.messages import Message, fill
from zoneeditor.core.model import Project
from zoneeditor.io.session import Session
from zoneeditor.io.team.errors import (
    NotAllowed,
    ServerUnreachable,
    StaleBase,
    TeamError,
)
from zoneeditor.io.team.local_state import SyncConflict, SyncState, require_state, state_writer
from zoneeditor.io.team.outbox import Outbox
from zoneeditor.io.team.pieces import pieces
from zoneeditor.io.team.plan import Plan, plan
from zoneeditor.io.team.push import push_some
from zoneeditor.io.team.refusals import settle
from zoneeditor.io.team.rights import Rights, ask
from zoneeditor.io.team.server import Connect, Me, Outgoing, TeamServer
from zoneeditor.io.team.version_refusals import is_version_change

#: How often a sync pulls and tries again when the server moved on or the line broke.
ATTEMPTS = 8


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows: "3 to send · 5 to receive · 1 conflict".

    ``to_receive`` is None when the server could not be asked (offline).
    """

    to_send: int
    to_receive: int | None
    conflicts: int
    #: What the server lets the user do now, when it was asked and answered (a role
    #: changed since the last sync reaches the window at its next check).
    rights: Rights | None = None

    def text(self) -> str:
        """The one-line form (English; the window translates its own)."""
        parts = [f"{self.to_send} to send",
                 "offline" if self.to_receive is None else f"{self.to_receive} to receive"]
        if self.conflicts:
            parts.append(f"{self.conflicts} conflict{'s' if self.conflicts != 1 else ''}")
        return " · ".join(parts)


@dataclass
class Exchange:
    """What ``exchange`` did on the server, and what ``finish`` must do locally."""

    state: SyncState
    plan: Plan
    sent: int
    revision: int
    attempts: int
    user: str
    role: str = ""
    delegation: str = ""
    local_token: tuple[int, int] = (0, 0)
    rights: Rights | None = None


@dataclass(frozen=True)
class SyncReport:
    """What a sync did, for the command line and the window.

    ``notes`` are sentences about what it did that the user must know but need not decide
    (a local version renamed to keep it apart from the server's of the same name).
    ``received_versions`` names the versions that arrived whole, beside the ``received``
    change sets (a proposal tabled by another delegation since the last sync).
    """

    received: int
    sent: int
    conflicts: tuple[SyncConflict, ...]
    kept_local: tuple[str, ...]
    revision: int
    attempts: int
    saved: Path | None = None
    notes: tuple[str, ...] = field(default=())
    received_versions: tuple[str, ...] = field(default=())

    def received_text(self) -> str:
        """What arrived, counted as it arrived: "3 change sets", "2 versions newly shared
        with you ('North plan', 'South plan')", or both. Versions another delegation tabled
        arrive whole, not as change sets: "0 change sets" alone would say nothing came."""
        parts = []
        if self.received or not self.received_versions:
            parts.append(fill("%n change set(s)", (str(self.received),)))
        if self.received_versions:
            names = ", ".join(repr(n) for n in self.received_versions)
            parts.append(fill("%n version(s) newly shared with you (%1)",
                              (str(len(self.received_versions)), names)))
        return " and ".join(parts)

    def lines(self) -> list[str]:
        """Human-readable summary lines."""
        out = [f"received {self.received_text()}, sent {self.sent}; now at revision "
               f"{self.revision}"]
        out += [f"conflict in {c.version!r}: {c.description}" for c in self.conflicts]
        out += list(self.kept_local)
        out += list(self.notes)
        return out


def _pause(attempt: int) -> None:
    # Random, growing: two clients that collided should not collide again in step.
    time.sleep(random.uniform(0.02, 0.1) * (1.6 ** attempt))


def exchange(state: SyncState, ours: Project, outbox: Outbox, *,
             connect: Connect = TeamServer.connect, attempts: int = ATTEMPTS) -> Exchange:
    """Pull, plan and push until the server accepts (or there is nothing to push)."""
    server: TeamServer | None = None
    last: TeamError | None = None
    collided = False
    try:
        for attempt in range(1, attempts + 1):
            try:
                if server is None:
                    server = connect(state.remote)
                me = server.require_member()
                # First optimistically; after a collision, holding the project's push lock
                # from pull to push, so a busy project cannot starve a slow client.
                turn = (server.exclusive(state.project) if collided
                        else contextlib.nullcontext())
                with turn:
                    p, revision = _pull_plan_push(server, state, ours, outbox, me)
                # after the push: a proposal it created is listed as the user's own
                rights = ask(server, state.project)
                return Exchange(state, p, len(p.outgoing), revision, attempt, me.user,
                                me.role or "", me.delegation or "", rights=rights)
            except StaleBase as exc:
                last = exc
                collided = True
                _pause(attempt)
            except ServerUnreachable as exc:
                last = exc
                if server is not None:
                    server.close()
                    server = None
                if attempt >= 3:  # offline: say so now rather than after minutes
                    raise
                _pause(attempt + 2)
        raise TeamError(Message("the team server kept changing while syncing (%1); nothing "
                                "was lost: sync again",
                                last.message if last is not None else "?"))
    finally:
        if server is not None:
            server.close()


def _pull_plan_push(server: TeamServer, state: SyncState, ours: Project, outbox: Outbox,
                    me: Me) -> tuple[Plan, int]:
    pull = server.pull(state.project, state.revision, known=list(state.base.versions))
    p = plan(ours, state.base, pull, me, own_ids=set(outbox.ids()),
             resolutions=state.conflicts, push_label=f"Sync from {me.user}")
    revision = pull.head
    if p.outgoing:
        outbox.record([o.id for o in p.outgoing])
        outcome = push_some(server, state.project, p.outgoing, pull.head,
                            split=_split, record=outbox.record)
        created = [r for r in outcome.refused
                   if r.outgoing.changeset.structure == Structure.CREATE]
        if created and not outcome.accepted:  # nothing went: say why, as one sentence
            names = ", ".join(repr(r.outgoing.changeset.version) for r in created)
            raise NotAllowed(Message("the team server %1 refused: %2 (perhaps another "
                                     "delegation already has a draft called %3: rename yours "
                                     "and sync again)", server.where, created[0].reason, names),
                             created[0].sqlstate, detail=created[0].detail)
        settle(p, outcome)  # what the server refused stays here, listed with the conflicts
        revision = max([revision, *outcome.revisions])
    return p, revision


def _split(o: Outgoing) -> list[Outgoing]:
    """A refused change set's independent pieces, each with an id of its own."""
    parts = pieces(o.changeset)
    return [o] if len(parts) < 2 else [Outgoing(part) for part in parts]


def _working_copy(session: Session) -> Path:
    """The file of the open project (TeamError when it has none yet)."""
    if session.path is None:
        raise TeamError(Message("this project has no file yet, so it is not a working copy"))
    return session.path


def _token(session: Session) -> tuple[int, int]:
    history = session.document.history
    return (history.count, history.index)


def finish(session: Session, done: Exchange) -> SyncReport:
    """Apply the received changes to the open document, then save it with the new state."""
    if _token(session) != done.local_token:
        raise TeamError(Message("the project was edited while it was syncing; sync again "
                                "(nothing was lost)"))
    document = session.document
    for cs in _ordered(done.plan.local):
        document.history.push(cs)
    p = done.plan
    unchanged = (not p.local and not done.sent and done.revision == done.state.revision
                 and tuple(p.conflicts) == done.state.conflicts and not document.is_dirty
                 and (done.role, done.delegation, done.rights)
                 == (done.state.role, done.state.delegation, done.state.rights))
    if unchanged:  # nothing to write: spare the file a rewrite
        Outbox(_working_copy(session)).clear()
        return SyncReport(p.received, 0, tuple(p.conflicts), tuple(p.kept_local),
                          done.revision, done.attempts, None, tuple(p.notes),
                          tuple(p.received_versions))
    new_state = done.state.with_(
        revision=done.revision, base=p.new_base, user=done.user, role=done.role,
        delegation=done.delegation, rights=done.rights,
        synced_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        conflicts=tuple(p.conflicts))
    saved = session.save(extra=[state_writer(new_state)])
    Outbox(saved).clear()
    return SyncReport(p.received, done.sent, tuple(p.conflicts), tuple(p.kept_local),
                      done.revision, done.attempts, saved, tuple(p.notes),
                      tuple(p.received_versions))


def _ordered(changesets: list[ChangeSet]) -> list[ChangeSet]:
    """Creations first and removals last, so no change refers to a version not there yet."""
    # A compound (a version kept apart, io/team/plan.py) orders its own parts.
    rank = {Structure.CREATE: 0, Structure.NONE: 1, Structure.RENAME: 1, Structure.COMPOUND: 1,
            Structure.DROP: 2}
    return sorted(changesets, key=lambda cs: rank[cs.structure])


@dataclass
class SyncJob:
    """One sync, split for a window: ``start`` and ``finish`` on the thread that owns the
    document, ``run`` (the network and the merge) on a worker thread in between.

    >>> job = SyncJob.start(session)      # doctest: +SKIP  (GUI thread)
    >>> job.run()                         # doctest: +SKIP  (worker thread)
    >>> report = job.finish()             # doctest: +SKIP  (GUI thread)
    """

    session: Session
    state: SyncState
    ours: Project
    token: tuple[int, int]
    connect: Connect = TeamServer.connect
    attempts: int = ATTEMPTS
    done: Exchange | None = None

    @classmethod
    def start(cls, session: Session, *, connect: Connect = TeamServer.connect,
              attempts: int = ATTEMPTS) -> SyncJob:
        """Take what the sync needs from the open document (a copy of its content)."""
        return cls(session, require_state(_working_copy(session)),
                   session.document.project.copy(),
                   _token(session), connect, attempts)

    def run(self) -> None:
        """Pull, merge and push (talks to the server; never touches the document)."""
        self.done = exchange(self.state, self.ours, Outbox(_working_copy(self.session)),
                             connect=self.connect, attempts=self.attempts)
        self.done.local_token = self.token

    def finish(self) -> SyncReport:
        """Apply what came in and save (after ``run``)."""
        if self.done is None:
            raise RuntimeError("SyncJob.finish before run")
        return finish(self.session, self.done)


def sync(session: Session, *, connect: Connect = TeamServer.connect,
         attempts: int = ATTEMPTS) -> SyncReport:
    """Sync the working copy open in ``session`` (a ``io.session.Session`` with a path)."""
    job = SyncJob.start(session, connect=connect, attempts=attempts)
    job.run()
    return job.finish()


def local_changes(ours: Project, state: SyncState) -> int:
    """How many features (and versions, and project details) differ from the last sync."""
    from zoneeditor.io.team.wire import same_shared_meta

    base = state.base
    count = 0 if same_shared_meta(ours.meta, base.meta) else 1
    conflicted = {(c.version, c.feature_id) for c in state.conflicts if not c.resolution}
    for name in set(ours.versions) | set(base.versions):
        o, b = ours.versions.get(name), base.versions.get(name)
        if o is None or b is None:
            count += 1
            continue
        for fid in set(o.features) | set(b.features):
            if o.features.get(fid) != b.features.get(fid) and (name, fid) not in conflicted:
                count += 1
    return count


def status(ours: Project, state: SyncState, *,
           connect: Connect = TeamServer.connect) -> SyncStatus:
    """The status line's figures; asks the server how much there is to receive."""
    unresolved = sum(1 for c in state.conflicts if not c.resolution)
    to_receive: int | None
    rights: Rights | None = None
    try:
        with connect(state.remote) as server:
            try:
                to_receive = server.count_since(state.project, state.revision)
            except NotAllowed:
                server.require_member()  # taken off the team: say so, and what to do
                raise
            rights = ask(server, state.project)
    except ServerUnreachable:
        to_receive = None
    return SyncStatus(local_changes(ours, state), to_receive, unresolved, rights)


def remember_rights(session: Session, rights: Rights) -> bool:
    """Keep what a check learnt of the user's rights in the working copy open in
    ``session``, so it holds offline; True when written. Written only while the document
    has no unsaved edits (a check must not save the user's work behind their back): else
    the window holds them until the next sync, which records them anyway."""
    path = _working_copy(session)
    state = require_state(path)
    if state.rights == rights or session.document.is_dirty:
        return False
    session.save(extra=[state_writer(state.with_(rights=rights, role=rights.role,
                                                 delegation=rights.delegation or ""))])
    return True


def decide(session: Session, side: str, feature_ids: Collection[str] | None = None, *,
           keys: Collection[str] | None = None) -> int:
    """Record the user's decision on open conflicts: all of them, or those touching
    ``feature_ids``, or those whose ``key`` is in ``keys`` (a refused removal or new
    version has no feature: the Conflicts panel names it by its key).

    ``side`` is "theirs" (take the server's; for a refused change, discard mine) or "ours"
    (send mine); the next sync carries it out. The decision is saved into the working copy
    at once; returns how many conflicts it settled.
    """
    if side not in ("ours", "theirs"):
        raise ValueError("side must be 'ours' or 'theirs'")
    state = require_state(_working_copy(session))
    wanted = set(feature_ids) if feature_ids is not None else None
    chosen = set(keys) if keys is not None else None
    decided = 0
    conflicts = []
    for c in state.conflicts:
        open_ = not c.resolution and (bool(c.ids) or is_version_change(c))
        if wanted is None and chosen is None:
            match = True
        else:
            match = bool(wanted and wanted & set(c.ids)) or bool(chosen and c.key in chosen)
        if open_ and match:
            c = replace(c, resolution=side)
            decided += 1
        conflicts.append(c)
    if (wanted is not None or chosen is not None) and not decided:
        raise TeamError(Message("no open conflict about %1 in %2",
                                ", ".join(sorted((wanted or set()) | (chosen or set()))),
                                session.path))
    session.save(extra=[state_writer(state.with_(conflicts=tuple(conflicts)))])
    return decided
