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

Slim steps (``core.undo_slim``: the undo stack keeps the large geometries of steps away from
its index as patches) are written from their patches and digests (``codec.encode_slim``),
never rebuilt: the walk then knows such a feature's geometry by its digest only (a stand-in
in the followed state), which is all the next record needs (its reference is checked by
digest when it is read). A slim step that does not fit what the walk holds is a bug in the
history: ``HistoryMismatch``, nothing is written. Decoding gives whole steps, or slim ones
as the stack keeps them when a ``Slimming`` is given (recovery: the history is never held
whole in memory).

Journals whose ``format`` info is 1 hold whole, non-inverted steps (``decode_whole``).
"""

from __future__ import annotations

from collections.abc import Sequence

import shapely
from shapely.geometry.base import BaseGeometry

from zoneeditor.core import geompatch as gp
from zoneeditor.core.changes import ChangeSet, Delta, Structure
from zoneeditor.core.model import Feature, Project
from zoneeditor.core.undo_slim import (
    HistoryStep,
    Shell,
    SlimDelta,
    Slimming,
    SlimStep,
    mismatch,
)
from zoneeditor.io.journal.codec import (
    CodecError,
    ReplayState,
    decode_changeset,
    encode_changeset,
    encode_slim,
)

#: The journal ``format`` from which the base history is written as described above.
CHAINED_FORMAT = 2


def encode_history(project: Project, entries: Sequence[HistoryStep], index: int
                   ) -> list[bytes]:
    """The base record's rows for ``entries`` (whole or slim) with ``index`` of them applied
    to ``project``."""
    if not 0 <= index <= len(entries):
        raise ValueError(f"history has {len(entries)} steps, not {index}")
    rows: list[bytes] = [b""] * len(entries)
    back = _Walk(project)
    for j in range(index - 1, -1, -1):
        rows[j] = back.write(entries[j], inverted=True)
    forward = _Walk(project)
    for j in range(index, len(entries)):
        rows[j] = forward.write(entries[j], inverted=False)
    return rows


def decode_history(project: Project, rows: Sequence[bytes], index: int,
                   slimming: Slimming | None = None) -> tuple[HistoryStep, ...]:
    """The steps ``encode_history`` wrote, given the snapshot ``project`` (CodecError when
    the rows do not fit it or are damaged); each made slim by ``slimming`` as soon as it is
    read, when given."""
    if not 0 <= index <= len(rows):
        raise CodecError(f"the journal's base history has {len(rows)} steps, not {index}")
    keep = slimming if slimming is not None else Slimming(None)
    entries: list[HistoryStep | None] = [None] * len(rows)
    back = ReplayState(project)
    for j in range(index - 1, -1, -1):
        entries[j] = keep.step(~back.decode(rows[j]), applied=True)
    forward = ReplayState(project)
    for j in range(index, len(rows)):
        entries[j] = keep.step(forward.decode(rows[j]), applied=False)
    return tuple(e for e in entries if e is not None)


def decode_whole(rows: Sequence[bytes]) -> tuple[ChangeSet, ...]:
    """The steps of a format-1 journal's base record (each whole, as it was applied)."""
    return tuple(decode_changeset(row) for row in rows)


class _Walk:
    """The project as the history's records, decoded in order, will leave it
    (``ReplayState``), where a feature a slim step made is a stand-in whose geometry is known
    by its digest only: what the records that follow refer to it by."""

    def __init__(self, project: Project) -> None:
        self.state = ReplayState(project)
        # stand-in geometry's id -> (the stand-in, kept alive; the digest it stands for)
        self._digests: dict[int, tuple[BaseGeometry, bytes]] = {}

    def write(self, step: HistoryStep, inverted: bool) -> bytes:
        """The record of ``step`` (of its inverse when ``inverted``), then follow it."""
        if isinstance(step, SlimStep):
            return self._write_slim(step, inverted)
        cs = ~step if inverted else step
        row = encode_changeset(cs, patches=self._chains(cs))
        self.state.advance(cs)
        return row

    def _write_slim(self, step: SlimStep, inverted: bool) -> bytes:
        version = step.template.version
        whole: list[Delta] = []
        followed: list[Delta] = []
        for d in step.deltas:
            if isinstance(d, SlimDelta):
                start, result = (d.new, d.old) if inverted else (d.old, d.new)
                if start is None or self._digest(version, d.id) != start.digest:
                    raise mismatch(step.label, d.id)
                followed.append(Delta(self._stand_in(d.id, start),
                                      None if result is None else self._stand_in(d.id, result)))
            else:
                whole.append(~d if inverted else d)
                followed.append(whole[-1])
        template = ~step.template if inverted else step.template
        row = encode_slim(step, inverted, patches=self._chains(
            ChangeSet(template.label, version, tuple(whole))))
        self.state.advance(ChangeSet(template.label, version,
                                     tuple(reversed(followed)) if inverted else tuple(followed),
                                     template.meta))
        return row

    def _stand_in(self, feature_id: str, shell: Shell) -> Feature:
        """A feature standing in for one known by its shell (its geometry by digest)."""
        placeholder = shapely.Point(0, 0)
        self._digests[id(placeholder)] = (placeholder, shell.digest)
        return Feature(feature_id, shell.layer, placeholder, shell.attributes)

    def _digest(self, version: str, feature_id: str) -> bytes | None:
        """The digest of the geometry the feature has in the walk (None when it has none)."""
        geometry = self.state.geometry(version, feature_id)
        if geometry is None:
            return None
        known = self._digests.get(id(geometry))
        if known is not None and known[0] is geometry:
            return known[1]
        flat = gp.flat_of(geometry)
        return None if flat is None else flat.digest

    def _chains(self, cs: ChangeSet) -> bool:
        """True when every feature ``cs`` changes starts from the geometry the walk holds
        for it: the very object, or, for one a slim step made, a geometry of its digest (a
        stretch record of ``cs`` then decodes against the state the records leave)."""
        if cs.structure == Structure.COMPOUND:
            return False  # recorded whole by the codec in any case
        for d in cs.deltas:
            if d.old is None:
                continue
            have = self.state.geometry(cs.version, d.id)
            if have is d.old.geometry:
                continue
            known = self._digests.get(id(have)) if have is not None else None
            flat = gp.flat_of(d.old.geometry)
            if known is None or known[0] is not have or flat is None or flat.digest != known[1]:
                return False
        return True
