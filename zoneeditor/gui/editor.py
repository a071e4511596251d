"""``Editor``: the open project and everything the window's parts share about it.

One ``Editor`` per window. It owns the session (document and file), the selection, the layer
state (visibility, locks, opacity, order), the tool context with its editing state, the map
tools and which one is active, the background data (basemap, gazetteer) and the reference
layers' loaded data (``gui.reference_state``). Panels, dialogs,
add-ons and the canvas are given the editor (and, when they need menus, docks or the status
bar, a ``gui.services.WindowServices``); none of them reaches for the window.

The editor is the only place that follows the open document's own (psygnal) signals. It
re-emits them as Qt signals of its own, so a panel connects once, for the window's lifetime,
and never rebinds when another project is opened::

    editor.document_changed.connect(self.on_document_changed)    # every applied ChangeSet
    editor.version_changed.connect(self.on_version_changed)      # another version is edited
    editor.session_changed.connect(self.on_session_changed)      # another project is open

Model rules that are not a widget's business live here too: an edit that removes features
drops them from the selection, switching version clears it, the tools' context follows the
layer locks. ``read_only`` says why the version shown may not be changed in this window (""
when it may): the whole project (an observer's working copy of a team project, set by the
sync add-on with ``set_read_only``) or the version shown (``set_version_rule``: a delegate's
copy shows another delegation's or the coordinators' versions read-only; ``may_propose``
then stays True, so copying it into a new proposal — the way out — stays on). Every part
that offers an edit follows ``read_only_changed`` and turns it off with that sentence as its
tip. It mirrors a rule enforced elsewhere (the team server) for
usability: ``push`` still applies what the window itself does (a sync's received changes,
discarding a refused change). Edits go through ``push``/``undo``/``redo``/``go_to``,
which turn a refusal into the ``refused`` signal (the window shows it in the status bar)
instead of an exception.

Undo and redo follow the same rule per step (``history_refusal``, ``gui.history_rule``): a
step that changes a version read-only here, or a layer locked in the Layers panel, is
neither undone nor redone, whichever version is shown. ``history_changed`` is emitted when
the rule changes (a lock too), so Undo, Redo and the History panel follow it.

Why a QObject in gui/ rather than a Qt-free object in a lower floor: it holds an
``io.session.Session`` (so it cannot be in core), and its Qt signals are delivered to widget
slots with Qt's guarantees (a destroyed panel is disconnected, a slot on another thread is
queued). Everything Qt-free it coordinates already lives below: ``Document``, ``Selection``,
``ToolContext`` and ``EditState`` in core, ``Session`` in io.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shapely
from PySide6.QtCore import QObject, Signal

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.document import Document
from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.core.model import Feature
from zoneeditor.core.selection import Selection
from zoneeditor.core.tools.base import Tool, ToolContext
from zoneeditor.core.tools.registry import tool_classes
from zoneeditor.core.tools.state import EditState
from zoneeditor.gui import history_rule
from zoneeditor.gui.layer_state import LayerState
from zoneeditor.gui.named_messages import named_error
from zoneeditor.gui.reference_state import ReferenceState
from zoneeditor.gui.step_names import StepNames
from zoneeditor.gui.tool_messages import new_feature_names
from zoneeditor.io.session import Session


class Editor(QObject):
    """The shared state of the open project; see the module documentation."""

    #: The session about to be replaced (still open): remember per-project view state now.
    session_closing = Signal(object)
    #: The new ``Session`` after ``set_session`` replaced the open project.
    session_changed = Signal(object)
    #: A ``ChangeSet`` was applied to the open document (edit, undo, redo, import...).
    document_changed = Signal(object)
    #: The name of the version now shown and edited.
    version_changed = Signal(str)
    #: The undo history moved (push, undo, redo, clean state), or which of its steps may be
    #: undone or redone changed (``set_read_only``, ``set_version_rule``).
    history_changed = Signal()
    #: True when the document has no unsaved changes any more, False when it has some.
    clean_changed = Signal(bool)
    #: The ``Path`` the project was just saved to.
    saved = Signal(object)
    #: The ``Tool`` now active (the user chose it, or a new session rebuilt the tools).
    tool_changed = Signal(object)
    #: The user chose this ``Tool`` (also when it already was active); after tool_changed.
    tool_chosen = Signal(object)
    #: The basemap or gazetteer arrived (``basemap``, ``gazetteer``).
    background_changed = Signal()
    #: An edit was refused or could not be made durable: the sentence to show.
    refused = Signal(str)
    #: The open project became read-only (the sentence saying why) or editable again ("").
    read_only_changed = Signal(str)
    #: ``push``, ``undo`` or ``redo`` made, undid or redid a step: "do", "undo" or "redo"
    #: and the step's ``ChangeSet`` (after ``document_changed``). The status bar says what
    #: a deletion, an undo or a redo did (``gui.statusbar.StepMessages``).
    stepped = Signal(str, object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        #: Selected feature ids of the current version (one object for the editor's life).
        self.selection = Selection()
        #: Layer visibility, locks, opacity, order and the baseline switches.
        self.layer_state = LayerState(self)
        #: The loaded ``core.basemap_model.Basemap`` (None until it arrived, or unavailable).
        self.basemap: Any = None
        #: The loaded ``io.gazetteer`` places (None until they arrived, or unavailable).
        self.gazetteer: Any = None
        self._session = session
        self._read_only = ""  # the whole project's reason
        self._version_rule: Callable[[str], str] | None = None
        self._shown_read_only = ""  # the reason last emitted (project's or version's)
        self._links: list[tuple[Any, Callable[..., None]]] = []
        self._tool_class: type[Tool] = tool_classes()[0]
        self._context, self._tools = self._make_tools(session.document, EditState())
        self._link(session.document)
        self.layer_state.show_version(session.document.current_version)
        self.layer_state.changed.connect(self._sync_tool_context)
        #: The layer locks undo and redo were last told of (``_follow_locks``)
        self._locks_seen = self.layer_state.locks
        self.layer_state.changed.connect(self._follow_locks)
        #: The reference layers' loaded data, problems, render cache and snap targets.
        self.references = ReferenceState(self)

    # -- what is open ---------------------------------------------------------------------------
    @property
    def session(self) -> Session:
        """The open project and its file, lock and journal."""
        return self._session

    @property
    def document(self) -> Document:
        """The open project's Document (``Document.apply`` is the single door for changes)."""
        return self._session.document

    @property
    def tool_context(self) -> ToolContext:
        """What the tools read: document, selection, locks and the editing state."""
        return self._context

    @property
    def edit_state(self) -> EditState:
        """Snapping, avoid-overlap, the party last used: shared by every tool of the document."""
        return self._context.edit_state

    def set_session(self, session: Session) -> None:
        """Show ``session`` instead of the open one, which is closed (saved or discarded by
        now: its journal and lock go). Emits ``session_closing`` before, ``session_changed``
        after; asks nothing (``gui.file_actions`` asks about unsaved changes first)."""
        old = self._session
        if session is old:
            return
        self.session_closing.emit(old)
        self._unlink()
        self._session = session
        old.close()
        self.selection.clear()
        was_read_only = self._shown_read_only  # the new one's is looked up
        self._read_only, self._version_rule, self._shown_read_only = "", None, ""
        self._context, self._tools = self._make_tools(session.document,
                                                      self.edit_state.carried_over())
        self._link(session.document)
        self.layer_state.show_version(session.document.current_version)
        self.tool_changed.emit(self.tool)
        if was_read_only:
            self.read_only_changed.emit("")
        self.session_changed.emit(session)

    def save(self, path: Path | None = None) -> Path:
        """Save to ``path`` (or the project's own file); emits ``saved``. Raises what
        ``Session.save`` raises (ZoneEditorError, OSError, ValueError): the caller says why."""
        target = self._session.save(path)
        self.saved.emit(target)
        return target

    def close(self) -> None:
        """Stop following the document and close the session (the window is closing)."""
        self._unlink()
        self.references.close()
        self._session.close()

    # -- versions and edits ---------------------------------------------------------------------
    def switch_version(self, name: str) -> None:
        """Show and edit version ``name`` (ignored when the project has no such version)."""
        if name in self.document.project.versions:
            self.document.current_version = name

    def version_bounds(self) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) of every feature of the current version; None when it
        has none."""
        geoms = [f.geometry for f in self.document.version if not f.geometry.is_empty]
        if not geoms:
            return None
        x0, y0, x1, y1 = (float(v) for v in shapely.total_bounds(geoms))
        return (x0, y0, x1, y1)

    def is_editable(self, feature: Feature) -> bool:
        """True when ``feature`` of the current version may be changed (not locked, and the
        project not read-only)."""
        return not self._shown_read_only and self.layer_state.is_editable(
            self.document.current_version, feature.layer)

    @property
    def read_only(self) -> str:
        """Why the version shown may not be changed in this window ("" when it may)."""
        return self._shown_read_only

    @property
    def may_propose(self) -> bool:
        """True unless the whole project is read-only: a version read-only by the version
        rule can still be copied into a new proposal of the user's own."""
        return not self._read_only

    def set_read_only(self, reason: str) -> None:
        """Make the open project read-only in this window, saying why (``reason``, shown
        as the tip of what is turned off), or editable again (""); emits
        ``read_only_changed`` when that changes. The editing tools refuse meanwhile."""
        self._read_only = reason
        self._follow_read_only()
        self.history_changed.emit()  # what undo and redo may reach follows

    def set_version_rule(self, rule: Callable[[str], str] | None) -> None:
        """Say per version why it may not be changed here (``rule(name)``, "" when it
        may); asked again whenever another version is shown. None: every version may."""
        self._version_rule = rule
        self._follow_read_only()
        self.history_changed.emit()  # what undo and redo may reach follows

    def version_read_only(self, name: str) -> str:
        """Why version ``name`` may not be changed in this window ("" when it may)."""
        rule = self._version_rule
        return self._read_only or (rule(name) if rule else "")

    def history_refusal(self, index: int) -> str:
        """Why the history may not go to ``index`` steps applied, as the sentence to show
        ("" when it may): the nearest step on the way changes a version read-only here, or
        a layer locked in the Layers panel (``gui.history_rule``)."""
        return history_rule.refusal(self.document.history, index, self._history_rule())

    def history_refusals(self) -> list[str]:
        """``history_refusal`` of every index of the history, 0 to its count (the History
        panel's rows)."""
        return history_rule.refusals(self.document.history, self._history_rule())

    def _history_rule(self) -> history_rule.Rule:
        return history_rule.Rule(self.version_read_only, self.layer_state.locked_in,
                                 StepNames(self.document.project).text)

    def _follow_locks(self) -> None:
        """A layer was locked or unlocked: what undo and redo may reach follows (the layer
        state also changes with visibility and opacity, which leave the history alone)."""
        locks = self.layer_state.locks
        if locks != self._locks_seen:
            self._locks_seen = locks
            self.history_changed.emit()

    def _follow_read_only(self) -> None:
        """Work out the reason for the version shown; emit ``read_only_changed`` when it
        changed (before ``version_changed``, so what follows the version reads it)."""
        reason = self.version_read_only(self.document.current_version)
        if reason == self._shown_read_only:
            return
        self._shown_read_only = reason
        self._sync_tool_context()
        self.read_only_changed.emit(reason)

    def push(self, changeset: ChangeSet) -> bool:
        """Apply ``changeset`` as one undoable step (then ``stepped``); False (and
        ``refused``) when it was refused, conflicted, or the journal could not make it
        durable."""
        done = self._attempt(lambda: self.document.history.push(changeset))
        if done and not changeset.is_empty:
            self.stepped.emit("do", changeset)
        return done

    def undo(self) -> bool:
        """Undo the last step (then ``stepped``); False (and ``refused``) when it could not
        be undone, or changes a version read-only here (``history_refusal``)."""
        h = self.document.history
        return self._step("undo", h.undo, max(h.index - 1, 0))

    def redo(self) -> bool:
        """Redo the next step (then ``stepped``); False (and ``refused``) when it could not
        be redone, or changes a version read-only here (``history_refusal``)."""
        h = self.document.history
        return self._step("redo", h.redo, min(h.index + 1, h.count))

    def _step(self, how: str, action: Callable[[], ChangeSet | None], index: int) -> bool:
        if self._refuse_history(index):
            return False
        steps: list[ChangeSet | None] = []
        if not self._attempt(lambda: steps.append(action())):
            return False
        if steps and steps[0] is not None:
            self.stepped.emit(how, steps[0])
        return True

    def go_to(self, index: int) -> bool:
        """Undo or redo until ``index`` steps are applied; False (and ``refused``) on
        failure, or when a step on the way changes a version read-only here."""
        if self._refuse_history(index):
            return False
        return self._attempt(lambda: self.document.history.go_to(index))

    def _refuse_history(self, index: int) -> bool:
        """True (and ``refused`` with the reason) when the history may not go to ``index``."""
        reason = self.history_refusal(index)
        if reason:
            self.refused.emit(reason)
        return bool(reason)

    def _attempt(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except ZoneEditorError as exc:  # a refusal, a conflict, or a journal that cannot write
            self.refused.emit(named_error(exc, self.document))  # features as named here
            return False
        return True

    # -- tools ----------------------------------------------------------------------------------
    @property
    def tool(self) -> Tool:
        """The active map tool (of the open document)."""
        return self._tools[self._tool_class]

    def tool_for(self, cls: type[Tool]) -> Tool:
        """This document's tool of class ``cls`` (one of ``core.tools.registry.tool_classes``)."""
        return self._tools[cls]

    def choose_tool(self, cls: type[Tool]) -> None:
        """The user chose the tool ``cls``: make it active (``tool_changed``; choosing the
        active tool again restarts it), then ``tool_chosen``."""
        self._tool_class = cls
        self.tool_changed.emit(self.tool)
        self.tool_chosen.emit(self.tool)

    def _make_tools(self, document: Document,
                    state: EditState) -> tuple[ToolContext, dict[type[Tool], Tool]]:
        context = ToolContext(document, self.selection, edit_state=state,
                              new_names=new_feature_names())
        self._sync_tool_context(context)
        return context, {cls: cls(context) for cls in tool_classes()}

    def _sync_tool_context(self, context: ToolContext | None = None) -> None:
        """Locks, hidden layers and snap targets of the layer state, into the tools' context."""
        ctx, layers = context or self._context, self.layer_state
        ctx.locked_layers = set(layers.locked_in(ctx.document.current_version))
        ctx.hidden_layers = set(layers.hidden)
        ctx.version_locked = layers.version_locked(ctx.document.current_version)
        ctx.read_only = self._shown_read_only
        ctx.edit_state.snap_to_basemap = layers.show_basemap
        ctx.edit_state.basemap = self.basemap

    # -- background data ------------------------------------------------------------------------
    def set_background(self, basemap: Any, gazetteer: Any) -> None:
        """Use this basemap and gazetteer (loaded off the UI thread); tools snap to the
        basemap's borders. Emits ``background_changed``."""
        self.basemap, self.gazetteer = basemap, gazetteer
        self._sync_tool_context()
        self.background_changed.emit()

    # -- following the document (the one place that rebinds) -----------------------------------
    def _link(self, document: Document) -> None:
        self._links = [
            (document.changed, self._on_document_changed),
            (document.current_version_changed, self._on_version_changed),
            (document.history.changed, self._on_history_changed),
            (document.history.clean_changed, self._on_clean_changed),
        ]
        for signal, slot in self._links:
            signal.connect(slot)

    def _unlink(self) -> None:
        for signal, slot in self._links:
            signal.disconnect(slot)
        self._links = []

    def _on_document_changed(self, changeset: ChangeSet) -> None:
        doc = self.document
        present = {i for i in self.selection.ids if doc.feature(i) is not None}
        if present != set(self.selection.ids):
            self.selection.set(present)
        self.document_changed.emit(changeset)

    def _on_version_changed(self, name: str) -> None:
        self.selection.clear()
        self.layer_state.show_version(name)  # its Lock column shows this version's locks
        self._sync_tool_context()
        self._follow_read_only()
        self.version_changed.emit(name)

    def _on_history_changed(self) -> None:
        self.history_changed.emit()

    def _on_clean_changed(self, clean: bool) -> None:
        self.clean_changed.emit(clean)
