"""Deciding one conflict of the Conflicts dock (``gui.conflicts_panel``): what "Take ours",
"Take theirs" and "Mark resolved" do to the project.

A merge conflict is resolved by an ordinary change set pushed through the editor — the side
taken (``core.merge.resolve.resolution``) or the stretch kept as redrawn by hand
(``core.merge.by_hand``) — so it is journaled and undoable, and undo brings the conflict
back. A change the team server refused is discarded by putting the server's version back,
one undoable edit too (``io.team.refusals.discard_changeset``). Any other sync conflict is
decided for the next sync (``io.team.sync.decide``, saved in the working copy at once).
Nothing is decided on a layer locked in the Layers panel. The panel shows what happened
next; the messages here go to the status bar.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.changes import ChangeSet, Delta
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.merge.by_hand import hand_edited, mark_resolved
from zoneeditor.core.merge.resolve import resolution, without_key
from zoneeditor.core.messages import Message
from zoneeditor.core.model import Version
from zoneeditor.core.naming import isolate
from zoneeditor.gui.conflict_book import ConflictEntry
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.named_messages import named
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.tool_messages import error_text
from zoneeditor.i18n.values import feature_name
from zoneeditor.io.team.refusals import discard_changeset
from zoneeditor.io.team.sync import decide
from zoneeditor.io.team.version_refusals import is_version_change

#: What a decision did: a change set pushed (the list changes with the project), or a sync
#: conflict decided for the next sync (the sync indicator recounts); None: nothing.
Outcome = Literal["change", "sync"] | None


def _tr(text: str) -> str:
    # The panel's strings: filed under its context, where the translations are.
    return QCoreApplication.translate("ConflictsPanel", text)


class ConflictDecisions:
    """Carries out the user's decision on one conflict (see the module's text)."""

    def __init__(self, editor: Editor, window: WindowServices) -> None:
        self._editor = editor
        self._window = window

    def take(self, entry: ConflictEntry, side: str) -> Outcome:
        """Decide ``entry`` for ``side`` ("ours" or "theirs")."""
        if entry.decided:
            return None
        if entry.is_refused and side == "theirs":
            return self._discard(entry)
        if entry.is_sync:
            return self._decide(entry, side)
        version = self._editor.document.project.versions.get(entry.version)
        if entry.merge is None or version is None or not self._editable(entry):
            return None
        try:
            cs = resolution(entry.merge, "ours" if side == "ours" else "theirs", version)
        except ZoneEditorError as exc:  # edited away by hand, or an invalid geometry
            self._window.status(self._error(exc, version))
            return None
        return self._push(cs)

    def mark_resolved(self, entry: ConflictEntry) -> Outcome:
        """Close merge conflict ``entry`` as decided by hand (after its stretch was edited)."""
        if entry.is_sync:
            return None
        version = self._editor.document.project.versions.get(entry.version)
        if version is None or not self._editable(entry):
            return None
        try:
            if entry.merge is not None:
                cs = mark_resolved(entry.merge, version)
            else:
                deltas = tuple(Delta(f, without_key(f, entry.key)) for fid in entry.feature_ids
                               if (f := version.get(fid)) is not None)
                cs = ChangeSet(Message("Mark conflict on %1 resolved", entry.label()), version.name,
                               deltas)
        except ZoneEditorError as exc:
            self._window.status(self._error(exc, version))
            return None
        return self._push(cs)

    def edited(self, entry: ConflictEntry) -> bool:
        """True when merge conflict ``entry`` may be marked resolved: its stretch was redrawn
        by hand (or its details were not kept, so closing it by hand is the only way)."""
        version = self._editor.document.project.versions.get(entry.version)
        if version is None:
            return False
        if entry.merge is None:
            return True
        return hand_edited(entry.merge, version)

    def _error(self, exc: ZoneEditorError, version: Version) -> str:
        """The refusal's sentence, naming the features of the conflict's ``version`` (which
        may not be the one shown) as the window names them."""
        return error_text(exc, lambda message: named(message, self._editor.document,
                                                     version.features.values()))

    def _push(self, cs: ChangeSet) -> Outcome:
        """Apply a decision as one undoable step."""
        return "change" if self._editor.push(cs) else None

    def _editable(self, entry: ConflictEntry) -> bool:
        editor = self._editor
        version = editor.document.project.versions.get(entry.version)
        for fid in entry.feature_ids:
            f = version.get(fid) if version is not None else None
            if f is not None and not editor.layer_state.is_editable(entry.version, f.layer):
                self._window.status(_tr("Cannot resolve: %1 is locked (unlock it in "
                                        "Layers)").replace("%1", isolate(feature_name(f))))
                return False
        return True

    def _discard(self, entry: ConflictEntry) -> Outcome:
        """Put the server's version of a refused change back: one undoable edit."""
        if entry.sync is None or not self._editable(entry):
            return None
        cs = discard_changeset(entry.sync, self._editor.document.project)
        return self._push(cs) if cs is not None else None

    def _decide(self, entry: ConflictEntry, side: str) -> Outcome:
        structural = entry.sync is not None and is_version_change(entry.sync)
        if not entry.feature_ids and not structural:
            return None
        try:
            if structural:  # a removal or new version has no feature: named by its key
                decide(self._editor.session, side, keys=[entry.key])
            else:
                decide(self._editor.session, side, entry.feature_ids)
        except (ZoneEditorError, OSError) as exc:
            self._window.status(_tr("Could not record the decision: %1").replace(
                "%1", error_text(exc)))
            return None
        self._window.status(_tr("Decision recorded: the next sync carries it out"))
        return "sync"
