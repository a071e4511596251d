"""The undo history in the journal's base record, written as stretches where it can be.

The base record (written at a save, or at the first edit) holds the project as it is after
``index`` steps of the undo history, and every step of that history, the undone ones too, so
that a crash after a save keeps the history. Written whole, every step of an edit on a large
boundary held the boundary twice: ten vertex moves on a 1,000,000-vertex zone and a save
made a 336 MB journal and a 3.5 s save (issue #19, item 1: the journal grows by what an edit
changes).

Here the steps are chained from the snapshot, as the journal's change records are chained
from it (``codec.ReplayState``):

- steps ``index - 1`` down to 0 (applied: the snapshot is what they left) are each stored
  *inverted* — the change that undoes it, made on the state the newer steps' undoing leaves —
  and decoded in that order from the snapshot, then inverted back;
- steps ``index`` and later (undone: redo would apply them to the snapshot) are stored as
  they are and decoded in order from the snapshot.

A step is written as a stretch record (``encode_changeset(..., patches=True)``: the large
geometry it starts from by reference, the one it makes as a patch) only when it *chains*:
every feature it changes starts from the very geometry object the followed state holds.
Otherwise (a history that does not follow from the snapshot) it is written whole, as before,
and decoding follows it all the same. Decoding checks every reference by its digest
(``CodecError`` when the record does not fit, as for the change records).

Journals whose ``format`` info is 1 hold whole, non-inverted steps (``decode_whole``).
"""

from __future__ import annotations

from collections.abc import Sequence

from zoneeditor.core.changes import ChangeSet, Structure
from zoneeditor.core.model import Project
from zoneeditor.io.journal.codec import (
    CodecError,
    ReplayState,
    decode_changeset,
    encode_changeset,
)

#: The journal ``format`` from which the base history is written as described above.
CHAINED_FORMAT = 2


def encode_history(project: Project, entries: Sequence[ChangeSet], index: int) -> list[bytes]:
    """The base record's rows for ``entries`` with ``index`` of them applied to ``project``."""
    if not 0 <= index <= len(entries):
        raise ValueError(f"history has {len(entries)} steps, not {index}")
    rows: list[bytes] = [b""] * len(entries)
    back = ReplayState(project)
    for j in range(index - 1, -1, -1):
        inverse = ~entries[j]
        rows[j] = encode_changeset(inverse, patches=_chains(back, inverse))
        back.advance(inverse)
    forward = ReplayState(project)
    for j in range(index, len(entries)):
        rows[j] = encode_changeset(entries[j], patches=_chains(forward, entries[j]))
        forward.advance(entries[j])
    return rows


def decode_history(project: Project, rows: Sequence[bytes], index: int
                   ) -> tuple[ChangeSet, ...]:
    """The steps ``encode_history`` wrote, given the snapshot ``project`` (CodecError when
    the rows do not fit it or are damaged)."""
    if not 0 <= index <= len(rows):
        raise CodecError(f"the journal's base history has {len(rows)} steps, not {index}")
    entries: list[ChangeSet | None] = [None] * len(rows)
    back = ReplayState(project)
    for j in range(index - 1, -1, -1):
        entries[j] = ~back.decode(rows[j])
    forward = ReplayState(project)
    for j in range(index, len(rows)):
        entries[j] = forward.decode(rows[j])
    return tuple(e for e in entries if e is not None)


def decode_whole(rows: Sequence[bytes]) -> tuple[ChangeSet, ...]:
    """The steps of a format-1 journal's base record (each whole, as it was applied)."""
    return tuple(decode_changeset(row) for row in rows)


def _chains(state: ReplayState, cs: ChangeSet) -> bool:
    """True when every feature ``cs`` changes starts from the geometry object ``state``
    holds for it (a stretch record of ``cs`` then decodes against that state)."""
    if cs.structure == Structure.COMPOUND:
        return False  # recorded whole by the codec in any case
    return all(d.old is None or state.geometry(cs.version, d.id) is d.old.geometry
               for d in cs.deltas)
