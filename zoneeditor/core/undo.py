"""Undo/redo as a stack of change sets; undo applies the inverse through ``Document.apply``.

Qt's QUndoStack lives in QtGui, so the core keeps its own: small, and the journal can replay
it (each call is journaled with its origin), which is how a crash keeps the undo history.

Steps that change large geometries are kept slim away from the index (``core.undo_slim``):
their geometries as patches, rebuilt exactly (and checked by digest) when undo or redo
reaches them, so the history's memory grows with what the edits changed, not with the size
of what they changed it in.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from psygnal import Signal

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.undo_slim import HistoryStep, Slimming, SlimStep, whole_steps

if TYPE_CHECKING:
    from zoneeditor.core.document import Document


def merged_step(step: ChangeSet, later: ChangeSet) -> ChangeSet | None:
    """The one undo step that ``step`` followed by ``later`` becomes, or None if they stay two.

    The merge rule, kept in this one place: a change set whose ``merge_key`` (not None)
    equals the step's is part of the same gesture (a mouse drag reported as many small
    moves), and the two combine as ``step + later``. Changes that do not follow each other
    (or create or drop a version) never merge. The result may be empty (a drag back to where
    it began). ``UndoStack.push`` applies it to its top entry; the journal applies it to the
    record it folds a drag into, so both hold exactly the same step.
    """
    if later.merge_key is None or later.merge_key != step.merge_key:
        return None
    try:
        return step + later
    except (ValueError, ZoneEditorError):  # not consecutive after all: two steps
        return None


class UndoStack:
    """Linear history of a document; ``index`` is how many entries are currently applied.

    ``slimming`` says which steps are kept slim (``core.undo_slim``); ``Slimming(None)``
    keeps every step whole.
    """

    #: Emitted after any push, merge, undo, redo or clean-state change.
    changed = Signal()
    #: Emitted with the new value when the document becomes clean or dirty.
    clean_changed = Signal(bool)

    def __init__(self, document: Document, slimming: Slimming | None = None) -> None:
        self._doc = document
        self._slimming = slimming if slimming is not None else Slimming()
        self._entries: list[HistoryStep] = []
        self._index = 0
        self._clean_index: int | None = 0

    # -- state ---------------------------------------------------------------------------------
    @property
    def index(self) -> int:
        """Number of entries applied; entries past it can be redone."""
        return self._index

    @property
    def count(self) -> int:
        """How many entries there are, applied and undone."""
        return len(self._entries)

    @property
    def steps(self) -> tuple[HistoryStep, ...]:
        """All entries as they are kept, oldest first: whole change sets and slim steps
        (what the journal's base record is written from, without rebuilding anything)."""
        return tuple(self._entries)

    @property
    def entries(self) -> tuple[ChangeSet, ...]:
        """All entries whole, applied and undone, oldest first.

        Slim steps are rebuilt for this (each large geometry made again, all of them at
        once): for tests and small histories; ``steps`` and ``count`` cost nothing.
        """
        return whole_steps(self._doc.project, self._entries, self._index)

    @property
    def labels(self) -> list[str]:
        """Entry labels, oldest first (what the history panel lists)."""
        return [cs.label for cs in self._entries]

    def steps_between(self, index: int) -> tuple[HistoryStep, ...]:
        """The entries ``go_to(index)`` would undo or redo, nearest to the index first
        (without rebuilding slim ones: to ask what they change, ``versions_edited``)."""
        if not 0 <= index <= len(self._entries):
            raise IndexError(f"history has {len(self._entries)} steps, not {index}")
        if index < self._index:
            return tuple(reversed(self._entries[index:self._index]))
        return tuple(self._entries[self._index:index])

    @property
    def can_undo(self) -> bool:
        """True when there is something to undo."""
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        """True when there is something to redo."""
        return self._index < len(self._entries)

    @property
    def undo_label(self) -> str:
        """Label of the step undo would revert ('' if none)."""
        return self._entries[self._index - 1].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        """Label of the step redo would re-apply ('' if none)."""
        return self._entries[self._index].label if self.can_redo else ""

    @property
    def is_clean(self) -> bool:
        """True when the document equals what was last saved."""
        return self._clean_index == self._index

    @property
    def clean_index(self) -> int | None:
        """The index that was last saved (None when that state can no longer be reached)."""
        return self._clean_index

    # -- operations ----------------------------------------------------------------------------
    def push(self, changeset: ChangeSet) -> None:
        """Apply ``changeset`` as a new undoable step (or merge it into the last one).

        A change set that ``merged_step`` combines with the last step merges into it, so a
        mouse drag reported as many small moves is one undo step. Empty change sets are
        ignored.
        """
        if changeset.is_empty:
            return
        was_clean = self.is_clean
        # Only into the newest step, and never across a save: undo must stop at the saved state.
        may_merge = (self._index and self._index == len(self._entries)
                     and self._clean_index != self._index and changeset.merge_key is not None
                     and self._entries[self._index - 1].merge_key == changeset.merge_key)
        combined = merged_step(self._whole(self._index - 1), changeset) if may_merge else None
        if combined is not None:
            self._doc.apply(changeset, "merge")
            if combined.is_empty:
                # The drag ended where it began (or was cancelled): no step to undo.
                del self._entries[self._index - 1]
                self._index -= 1
            else:
                self._entries[self._index - 1] = combined
                self._slim(self._index - self._slimming.keep - 1)  # keep 0: slim at once
        else:
            self._doc.apply(changeset, "do")
            del self._entries[self._index:]
            if self._clean_index is not None and self._clean_index > self._index:
                self._clean_index = None  # the saved state can no longer be reached
            self._entries.append(changeset)
            self._index += 1
            # the step that leaves the window, and the former newest one, which a drag that
            # did not merge after all may have rebuilt (keep 0)
            self._slim(self._index - self._slimming.keep - 1)
            self._slim(self._index - 2)
        self._emit(was_clean)

    def undo(self) -> ChangeSet | None:
        """Revert the last applied step; returns it (None when nothing to undo)."""
        if not self.can_undo:
            return None
        was_clean = self.is_clean
        cs = self._whole(self._index - 1)
        self._doc.apply(~cs, "undo")
        self._index -= 1
        self._slim(self._index + self._slimming.keep)
        self._emit(was_clean)
        return cs

    def redo(self) -> ChangeSet | None:
        """Re-apply the next undone step; returns it (None when nothing to redo)."""
        if not self.can_redo:
            return None
        was_clean = self.is_clean
        cs = self._whole(self._index)
        self._doc.apply(cs, "redo")
        self._index += 1
        self._slim(self._index - self._slimming.keep - 1)
        self._emit(was_clean)
        return cs

    def go_to(self, index: int) -> None:
        """Undo or redo until ``index`` steps are applied (clicking a row of the history)."""
        if not 0 <= index <= len(self._entries):
            raise IndexError(f"history has {len(self._entries)} steps, not {index}")
        while self._index > index:
            self.undo()
        while self._index < index:
            self.redo()

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        was_clean = self.is_clean
        self._clean_index = self._index
        self._emit(was_clean)

    def restore(self, entries: Sequence[HistoryStep], index: int, clean_index: int | None
                ) -> None:
        """Replace the whole history (crash recovery; the journal's base record).

        The document must already be in the state reached after ``index`` entries; nothing
        is applied here. ``entries`` may be whole or slim (``steps`` of another stack, or
        the journal's base history); those away from ``index`` are made slim.
        """
        if not 0 <= index <= len(entries):
            raise IndexError(f"history has {len(entries)} steps, not {index}")
        if clean_index is not None and not 0 <= clean_index <= len(entries):
            raise IndexError(f"history has {len(entries)} steps, cannot be clean at {clean_index}")
        was_clean = self.is_clean
        self._entries = list(entries)
        self._index = index
        self._clean_index = clean_index
        for j in range(len(self._entries)):
            self._slim(j)
        self._emit(was_clean)

    def clear(self) -> None:
        """Forget all history (the current state becomes the clean state)."""
        was_clean = self.is_clean
        self._entries.clear()
        self._index = 0
        self._clean_index = 0
        self._emit(was_clean)

    # -- slim steps ------------------------------------------------------------------------
    def _whole(self, j: int) -> ChangeSet:
        """Entry ``j`` (next to the index) whole, rebuilt from the document if it was slim
        and kept whole from now on (HistoryMismatch, nothing changed, if it does not fit)."""
        step = self._entries[j]
        if isinstance(step, SlimStep):
            # Only a step next to the index fits the document as it is now.
            assert j in (self._index - 1, self._index)
            step = step.whole(self._doc.project, applied=j < self._index)
            self._entries[j] = step
        return step

    def _slim(self, j: int) -> None:
        """Make entry ``j`` slim if it is a whole step beyond the ``keep`` nearest the index
        on its side (applied steps are rebuilt from the state after them, undone ones from
        the state before them)."""
        keep = self._slimming.keep
        if 0 <= j < len(self._entries) and not self._index - keep <= j < self._index + keep:
            self._entries[j] = self._slimming.step(self._entries[j], applied=j < self._index)

    def _emit(self, was_clean: bool) -> None:
        self.changed.emit()
        if was_clean != self.is_clean:
            self.clean_changed.emit(self.is_clean)
