"""A push the server may accept in part: what it accepts commits, what it refuses stays.

``push_some`` is the sync's push (``TeamServer.push`` stays all-or-nothing for callers that
want that). Atomicity, in short: everything accepted commits in one transaction; each change
set is tried under a savepoint, so one the server refuses leaves no trace; a refused change
set is tried again in independent pieces (``io.team.pieces``: changes that touch on the map
or refer to each other stay together), so a change is never pushed without one it depends
on. A push the server moved past is still refused whole (``StaleBase``): the sync pulls,
merges and tries again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from zoneeditor.core.messages import Message
from zoneeditor.io.team.pgerrors import reason_of
from zoneeditor.io.team.schema_sql import INVALID_SQLSTATE
from zoneeditor.io.team.server import Outgoing, TeamServer, moved_on
from zoneeditor.io.team.wire import changeset_to_json


def _psycopg() -> Any:
    import psycopg

    return psycopg


#: SQLSTATEs that refuse one change set rather than the whole push: a privilege or a
#: row-level security policy (42501), a change the server calls impossible (ZE002).
REFUSED_SQLSTATES = ("42501", INVALID_SQLSTATE)


@dataclass(frozen=True)
class Refusal:
    """A change set the server refused: why, in our words (``pgerrors.reason_of``), its
    SQLSTATE, and PostgreSQL's own words (``detail``, never shown as the reason)."""

    outgoing: Outgoing
    reason: Message
    sqlstate: str
    detail: str = ""


@dataclass(frozen=True)
class PushOutcome:
    """What ``push_some`` did: the revisions of what was accepted (in order), and what not."""

    revisions: list[int]
    accepted: list[Outgoing]
    refused: list[Refusal]


def push_some(server: TeamServer, project: str, outgoing: Sequence[Outgoing],
              expected_head: int, *,
              split: Callable[[Outgoing], list[Outgoing]] | None = None,
              record: Callable[[list[str]], None] | None = None) -> PushOutcome:
    """Append what the server accepts of ``outgoing`` in one transaction; keep the rest.

    Each change set goes in under a savepoint: one the server refuses (row-level
    security or another privilege, SQLSTATE 42501, or a change it calls impossible,
    ZE002) is rolled back alone and reported in ``refused``; the others commit together.
    A refused change set that ``split`` cuts into several independent pieces
    (``io.team.pieces``) is tried again piece by piece; ``record`` is given the pieces'
    new ids first (the outbox, so a commit whose answer is lost is still recognised).
    Raises StaleBase (nothing written) when the server moved past ``expected_head`` or a
    change does not fit its features: the sync pulls again.
    """
    if not outgoing:
        return PushOutcome([], [], [])
    psycopg = _psycopg()
    accepted: list[Outgoing] = []
    refused: list[Refusal] = []
    with server.transaction() as con:
        con.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
                    ("zoneeditor:" + project,))
        head = con.execute("SELECT coalesce(max(revision), 0) FROM zoneeditor.changes"
                           " WHERE project = %s", (project,)).fetchone()[0]
        if head != expected_head:
            raise moved_on(head, expected_head)

        def attempt(o: Outgoing) -> Refusal | None:
            try:
                with con.transaction():  # a savepoint of the push's transaction
                    _insert(con, project, [o])
            except psycopg.Error as exc:
                state = exc.sqlstate or ""
                if state not in REFUSED_SQLSTATES:
                    raise
                said = exc.diag.message_primary or str(exc).splitlines()[0]
                return Refusal(o, reason_of(state, said), state, said)
            return None

        for o in outgoing:
            no = attempt(o)
            if no is None:
                accepted.append(o)
                continue
            parts = split(o) if split is not None else [o]
            if len(parts) < 2:
                refused.append(no)
                continue
            if record is not None:
                record([part.id for part in parts])
            for part in parts:
                again = attempt(part)
                if again is None:
                    accepted.append(part)
                else:
                    refused.append(again)
        rows = con.execute("SELECT changeset_id::text, revision FROM zoneeditor.changes"
                           " WHERE changeset_id = ANY(%s::uuid[])",
                           ([o.id for o in accepted],)).fetchall()
    revisions = dict(rows)
    return PushOutcome([int(revisions[o.id]) for o in accepted], accepted, refused)


def _insert(con: Any, project: str, outgoing: Sequence[Outgoing]) -> None:
    from psycopg.types.json import Jsonb

    with con.cursor() as cur:
        cur.executemany(
            "INSERT INTO zoneeditor.changes (project, version, changeset_id, label,"
            " change) VALUES (%s, %s, %s, %s, %s)",
            [(project, o.changeset.version, o.id, o.changeset.label,
              Jsonb(changeset_to_json(o.changeset, o.description))) for o in outgoing])
