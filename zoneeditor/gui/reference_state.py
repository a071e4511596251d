"""``ReferenceState``: the reference layers of the open project as the window shows them.

The project keeps what a reference *is* (``ProjectMeta.references``: file, style, visibility,
opacity, order, attribution, carried copy, snapping); every change to that is a change set of
``core.reference_edits`` pushed through the editor, so it is undoable, journaled and saved like
any edit. This object keeps what the window needs besides, for the editor's lifetime:

- the **data** of each reference read off the UI thread, the one-sentence **problem** of each
  that could not be read, and the render **cache** the canvas draws them with (its workers
  report through ``ready``): ``gui.reference_data``, ``store``;
- the references shown **for this run only** (``zoneeditor PATH --reference FILE``): drawn,
  snapped to and traced along, listed in the Layers panel, but not part of the project until
  the user keeps them (``keep``: an ordinary undoable "Add reference layer");
- the **snap and trace targets** of the visible, snappable vector references, set on the
  editing state of the open document (``gui.reference_snap``).

The widgets (Layers panel rows, actions, the georeferencing dialog) call the methods here
(``set_visible``, ``set_opacity``, ``move``, ``remove``, ``carry_copy``, ``keep``, ``add_files``,
``show_files``) and follow ``changed``; none of them builds a change set itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from zoneeditor.core.changes import ChangeSet
from zoneeditor.core.reference import ReferenceLayer
from zoneeditor.core.reference_edits import (
    add_reference,
    move_reference,
    remove_reference,
    update_reference,
)
from zoneeditor.core.reference_order import new_position, with_run_only
from zoneeditor.core.reference_rows import ReferenceRow, reference_rows
from zoneeditor.core.reference_targets import ReferenceTargets
from zoneeditor.gui.background import error_text
from zoneeditor.gui.reference_data import Outcome, ReferenceData
from zoneeditor.gui.reference_snap import SnapTargets
from zoneeditor.io.reference import LoadedReference, VectorData
from zoneeditor.render.reference_painter import ReferenceCache, RenderReference, scene_references

if TYPE_CHECKING:
    from zoneeditor.gui.editor import Editor


class ReferenceState(QObject):
    """Loaded data, problems, run-only references, render cache and snap targets of the
    reference layers; see the module documentation."""

    #: What the map shows of the references changed (layers, data, problems, order): the
    #: canvas re-renders its background, the Layers panel rebuilds its rows.
    changed = Signal()
    #: Paths or tiles arrived from the render workers (emitted from a worker thread: connect
    #: a QObject's method so it is queued to the UI thread).
    ready = Signal()
    #: A reference of the project could not be read: the sentence to show (once per file).
    problem = Signal(str)
    #: A file the user asked to add cannot be read: the sentence to show in a dialog.
    add_failed = Signal(str)
    #: A reference layer was added or shown from a file (its id), e.g. to zoom to it.
    added = Signal(str)
    #: A widget asks the map to show the whole of a reference layer (its id).
    zoom_requested = Signal(str)

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self.setObjectName("referenceState")
        self._editor = editor
        #: What was read of each reference, the reads under way and the render cache.
        self.store = ReferenceData(self)
        self.store.ready.connect(self.ready)
        self._snap = SnapTargets(self, editor)
        self._run_only: list[ReferenceLayer] = []
        self._gesture = 0
        editor.session_changed.connect(self.on_session_changed)
        editor.document_changed.connect(self.on_document_changed)
        app = QCoreApplication.instance()
        if app is not None:  # however the program ends (a logout too), the workers stop
            app.aboutToQuit.connect(self.close)
        self._load_missing()
        self._sync()

    # -- what is shown -------------------------------------------------------------------------
    @property
    def cache(self) -> ReferenceCache:
        """The render cache of the window's map (cells, paths and tiles between frames)."""
        return self.store.cache

    @property
    def project_layers(self) -> tuple[ReferenceLayer, ...]:
        """The open project's references, bottom to top."""
        return self._editor.document.project.meta.references

    def layers(self) -> tuple[ReferenceLayer, ...]:
        """Every reference the map draws, bottom to top: the project's, with those shown for
        this run only placed as a new one would be (``core.reference_order``)."""
        return with_run_only(self.project_layers, self._run_only)

    def layer(self, reference_id: str) -> ReferenceLayer | None:
        """The reference with this id (of the project or of this run), or None."""
        return next((r for r in self.layers() if r.id == reference_id), None)

    def is_run_only(self, reference_id: str) -> bool:
        """True for a reference shown for this run only (not in the project)."""
        return any(r.id == reference_id for r in self._run_only)

    def scene_references(self) -> tuple[RenderReference, ...]:
        """The visible references that have data, bottom to top (``Scene.references``)."""
        return scene_references(self.layers(), self.store.loaded)

    def rows(self) -> list[ReferenceRow]:
        """The Layers panel's reference rows, top first (``core.reference_rows``)."""
        available = {i: d.from_copy for i, d in self.store.loaded.items()}
        return reference_rows(self.layers(), available, self.store.problems)

    def data(self, reference_id: str) -> LoadedReference | None:
        """The loaded data of a reference (None while loading, or when it cannot be read)."""
        return self.store.get(reference_id)

    def problem_of(self, reference_id: str) -> str:
        """Why a reference is not shown ('' when it is, or is still loading)."""
        return self.store.problem_of(reference_id)

    def is_loading(self, reference_id: str) -> bool:
        """True while a reference's file is being read (or its copy being made)."""
        return self.store.is_loading(reference_id)

    def bounds(self, reference_id: str) -> tuple[float, float, float, float] | None:
        """Lon/lat box of a loaded reference (to zoom to it), or None."""
        return self.store.bounds(reference_id)

    @property
    def targets(self) -> ReferenceTargets | None:
        """The snap and trace targets now set on the editing state (None: no vector
        reference is visible and snappable)."""
        return self._snap.targets

    # -- adding --------------------------------------------------------------------------------
    def add_files(self, paths: Iterable[str | Path]) -> None:
        """Read each file (off the UI thread, side by side) and add it to the project as a
        reference layer, one undo step each, in the order given (the last on top); a file
        that cannot be read is reported through ``add_failed``."""
        self._read_new([Path(p) for p in paths], keep=True)

    def show_files(self, paths: Iterable[str | Path]) -> None:
        """Read each file and show it for this run only (``keep`` adds it to the project).
        A file the project already has as a reference is shown as that reference."""
        todo = []
        for path in paths:
            path = Path(path).absolute()
            known = next((r for r in self.layers() if Path(r.path) == path), None)
            if known is None:
                todo.append(path)
                continue
            if not known.visible:
                self.set_visible(known.id, True)
            self.added.emit(known.id)
        self._read_new(todo, keep=False)

    def _read_new(self, paths: list[Path], keep: bool) -> None:
        """Read ``paths`` in parallel; add (or show) them in the order given as soon as each
        one and those before it are read."""

        def arrived(outcome: Outcome) -> None:
            if isinstance(outcome, BaseException):
                self.add_failed.emit(error_text(outcome))
            else:
                self._adopt(*outcome, keep=keep)

        self.store.read_new(paths, arrived)

    def _adopt(self, layer: ReferenceLayer, data: LoadedReference, keep: bool) -> None:
        self.store.put(layer.id, data)
        if keep:
            if not self._push(add_reference(self._meta(), self._version(), layer,
                                            new_position(self.project_layers, layer))):
                return
        else:
            self._run_only.append(layer)
            self._sync()
        self.added.emit(layer.id)

    def add_layer(self, layer: ReferenceLayer, data: LoadedReference,
                  before: ChangeSet | None = None) -> bool:
        """Add a reference whose data was read already (a georeferenced scan just written),
        after the project-detail change ``before`` if given: one undo step for both."""
        self.store.put(layer.id, data)
        meta, version = self._meta(), self._version()
        start = before.meta[1] if before is not None and before.meta is not None else meta
        cs = add_reference(start, version, layer, new_position(self.project_layers, layer))
        if start is not meta:
            assert cs.meta is not None  # a reference edit always changes the project details
            cs = ChangeSet(cs.label, version, (), meta=(meta, cs.meta[1]))
        if not self._push(cs):
            self.store.forget([layer.id])
            return False
        self.added.emit(layer.id)
        return True

    def keep(self, reference_id: str) -> bool:
        """Add a reference shown for this run only to the project (one undo step)."""
        layer = next((r for r in self._run_only if r.id == reference_id), None)
        if layer is None:
            return False
        self._run_only.remove(layer)
        if self._push(add_reference(self._meta(), self._version(), layer,
                                    new_position(self.project_layers, layer))):
            return True
        self._run_only.append(layer)
        self._sync()
        return False

    # -- changing a reference ------------------------------------------------------------------
    def set_visible(self, reference_id: str, visible: bool) -> bool:
        """Show or hide a reference (one undo step for a project reference)."""
        return self._update(reference_id, visible=bool(visible))

    def set_snap(self, reference_id: str, snap: bool) -> bool:
        """Offer a vector reference as snap and trace target, or stop (one undo step)."""
        return self._update(reference_id, snap=bool(snap))

    def relink(self, reference_id: str, path: str | Path) -> bool:
        """The file of a reference is at ``path`` now (moved, or on another laptop): one undo
        step; it is read from there."""
        return self._update(reference_id, path=str(Path(path).absolute()))

    def begin_gesture(self) -> None:
        """A new opacity gesture starts (a slider pressed): its changes are one undo step,
        separate from the previous gesture's."""
        self._gesture += 1

    def set_opacity(self, reference_id: str, opacity: float, gesture: bool = False) -> bool:
        """Change a reference's opacity (0..1). Changes within one gesture (``gesture``, after
        ``begin_gesture``: a slider drag) are one undo step; each other change is a step."""
        if not gesture:
            self.begin_gesture()
        return self._update(reference_id, opacity=max(0.0, min(1.0, float(opacity))),
                            merge=f"{reference_id}:{self._gesture}")

    def move(self, reference_id: str, step: int) -> bool:
        """Move a project reference ``step`` places up (+) or down (-) in the drawing order
        (one undo step); False at either end or for a reference of this run only."""
        refs = self.project_layers
        index = next((i for i, r in enumerate(refs) if r.id == reference_id), None)
        if index is None or not 0 <= index + step < len(refs):
            return False
        return self._push(move_reference(self._meta(), self._version(), reference_id,
                                         index + step))

    def move_to(self, reference_id: str, position: int) -> bool:
        """Put a project reference at ``position`` (0 = bottom) in the drawing order."""
        refs = self.project_layers
        index = next((i for i, r in enumerate(refs) if r.id == reference_id), None)
        if index is None or index == position:
            return False
        return self._push(move_reference(self._meta(), self._version(), reference_id,
                                         position))

    def remove(self, reference_id: str) -> bool:
        """Remove a reference (one undo step for a project reference; its file stays)."""
        if self.is_run_only(reference_id):
            self._run_only = [r for r in self._run_only if r.id != reference_id]
            self.store.forget([reference_id])
            self._sync()
            return True
        if self._meta().reference(reference_id) is None:
            return False
        return self._push(remove_reference(self._meta(), self._version(), reference_id))

    def carry_copy(self, reference_id: str, carry: bool) -> None:
        """Carry a copy of the reference's file inside the project (copied off the UI thread,
        then one undo step), or stop carrying it."""
        layer = self._meta().reference(reference_id)
        if layer is None or bool(layer.embedded) == carry or self.store.is_copying(reference_id):
            return
        if not carry:
            self._update(reference_id, embedded="")
            return

        def done(copied: ReferenceLayer) -> None:
            if self._meta().reference(reference_id) is None:
                self.changed.emit()  # removed meanwhile
                return
            if not self._update(reference_id, embedded=copied.embedded):
                self.changed.emit()

        def failed(exc: BaseException) -> None:
            self.changed.emit()
            self.add_failed.emit(error_text(exc))

        self.store.copy_file(layer, done, failed)
        self.changed.emit()  # copying: shown as loading

    def replace_data(self, reference_id: str, data: LoadedReference) -> None:
        """Use freshly read ``data`` for a reference (its file was written again, e.g. a
        georeferenced scan saved once more)."""
        self.store.put(reference_id, data)
        self._sync()

    def _update(self, reference_id: str, merge: str | None = None, **changes: Any) -> bool:
        run_only = next((r for r in self._run_only if r.id == reference_id), None)
        if run_only is not None:
            self._run_only = [replace(r, **changes) if r.id == reference_id else r
                              for r in self._run_only]
            self._sync()
            return True
        if self._meta().reference(reference_id) is None:
            return False
        cs = update_reference(self._meta(), self._version(), reference_id, **changes)
        if merge is not None:
            cs = replace(cs, merge_key=f"reference-opacity:{merge}")
        return self._push(cs)

    # -- following the project -----------------------------------------------------------------
    def on_session_changed(self, _session: object = None) -> None:
        """Another project: forget the old one's data and problems, read the new one's."""
        self.store.forget_all_but({r.id for r in self._run_only})
        self._snap.renew()  # a new editing state: set the targets on it again
        self._load_missing()
        self._sync()

    def on_document_changed(self, changeset: ChangeSet) -> None:
        """A change of the project's references (an edit, undo or redo): read what is new,
        redraw and rebuild the snap targets."""
        if changeset.meta is None:
            return
        before, after = changeset.meta
        if before.references == after.references:
            return
        was = {r.id: r.path for r in before.references}
        # found elsewhere (or undone): read it from there
        self.store.forget(r.id for r in after.references if r.id in was and was[r.id] != r.path)
        self._load_missing()
        self._sync()

    def _load_missing(self) -> None:
        """Read every project reference that has neither data nor a problem yet."""

        def done(problems: list[str]) -> None:
            self._sync()
            for sentence in problems:
                self.problem.emit(sentence)

        self.store.load_missing(self.project_layers, self._editor.session.path, done,
                                self._report)

    def _sync(self) -> None:
        """Tell the map and panel, forget render data of references gone, and keep the snap
        targets in step with the visible, snappable vector references."""
        self.store.retain()
        self.changed.emit()
        loaded = self.store.loaded
        self._snap.follow([(r.id, r.name, d.features) for r in self.layers()
                           if r.visible and r.snap and not r.is_raster
                           and isinstance(d := loaded.get(r.id), VectorData)])

    # -- helpers -------------------------------------------------------------------------------
    def _meta(self):
        return self._editor.document.project.meta

    def _version(self) -> str:
        return self._editor.document.current_version

    def _push(self, changeset: ChangeSet) -> bool:
        return self._editor.push(changeset)

    def _report(self, exc: BaseException) -> None:
        self.problem.emit(error_text(exc))

    def is_busy(self) -> bool:
        """True while a file is read, a copy made or snap targets built."""
        return self.store.is_busy() or self._snap.is_busy()

    def wait(self, timeout_s: float = 60.0) -> bool:
        """Process events until every read, copy and target build was delivered (tests,
        start-up scripts); False when ``timeout_s`` passed first."""
        import time

        end = time.monotonic() + timeout_s
        while self.is_busy():
            if time.monotonic() > end:
                return False
            self.store.wait(end)
            self._snap.wait(max(0.0, end - time.monotonic()))
        return True

    def close(self) -> None:
        """Stop the render workers (the window is closing)."""
        self.store.close()

