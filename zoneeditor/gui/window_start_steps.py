"""The three steps of ``zoneeditor``'s start (docs/window.md, "Start-up"), and the snapshot the
window keeps at a normal close for the next start.

1. **The shell** (``StartShell``, made by ``MainWindow(opening=...)``): the window with its
   title, its size and place from the settings, shown at once with the project's last view
   (``gui.window_snapshot``, when it is still true) or one line, "Opening …".
2. **The map's part**, after the shell's first paint: ``opening.build(window)`` reads the
   project (the recovery check first) and calls ``MainWindow.build``.
3. **The rest**, after the map's first frame (``MainWindow._complete_start``).

Input is never lost: the user's first input to the shell builds the window at once, both
steps, before the input is handled (``StartGate``); a key reaches the map or the shortcut it
names. The last view is an overlay (``SnapshotOverlay``) over the whole window, raised above
what each step adds, removed when the window is complete (``map_complete``), at the first
input, or after its time limit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from zoneeditor.gui.window_shell import Opening, OpeningNote, SnapshotOverlay
from zoneeditor.gui.window_snapshot import (
    discard,
    fingerprint,
    load,
    save,
    snapshot_file,
)
from zoneeditor.gui.window_start import StartGate

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from zoneeditor.gui.main_window import MainWindow


def _language() -> str:
    from zoneeditor.i18n import current_language

    return current_language()


class StartShell(QObject):
    """The first step: what the window shows before it is built, and when it is built.

    ``kind`` says what is shown: "snapshot" (the last view) or "plain" (the line); from
    the first paint on, what that paint showed.
    ``painted`` is emitted after the shell's first paint (the start-up trace's "shown").
    """

    painted = Signal()

    def __init__(self, window: MainWindow, opening: Opening) -> None:
        super().__init__(window)
        self._window = window
        self._opening = opening
        self._cancelled = False
        self._painted = False
        path = opening.path.resolve() if opening.path is not None else None
        version = opening.version or window.settings.last_version(path)
        self.snapshot_path = snapshot_file(window.settings, path)
        self.note = OpeningNote(opening.name, window)
        if any(ch.isalpha() and not ch.isascii() for ch in self.note.text()):
            from zoneeditor.render.fonts import register_fonts

            register_fonts()  # Arabic or Cyrillic: the bundled fonts, never boxes
        window.setCentralWidget(self.note)
        snapshot = None
        if opening.snapshot:
            from zoneeditor.io.journal_places import journal_may_wait

            if not journal_may_wait(path):  # the recovery dialog may come: no last view
                snapshot = load(self.snapshot_path, fingerprint(
                    window, window.settings, path, version, _language()))
        self.overlay: SnapshotOverlay | None = None
        self.kind = "plain"
        if snapshot is not None and snapshot.size == window.size():
            self.kind = "snapshot"
            window.setWindowTitle(snapshot.title)
            self.overlay = SnapshotOverlay(snapshot, window)
            self.overlay.painted.connect(self._on_paint)
            window.map_complete.connect(self.overlay.remove)
        # The line paints first (under the last view, when it is shown), or alone when the
        # last view went before the first paint (the first show resized the window)
        self.note.painted.connect(self._on_paint)
        self._gate = StartGate(window, self.painted, self._build)

    @property
    def showing_snapshot(self) -> bool:
        """True while the last view covers the window."""
        return self.overlay is not None and self.overlay.showing

    @property
    def cancelled(self) -> bool:
        """True when the window was closed before it was built (``cancel``)."""
        return self._cancelled

    def build_now(self) -> None:
        """Build the map's part now, if it was not (``MainWindow.finish_start``)."""
        self._gate.finish()

    def built(self) -> None:
        """A step added to the window: the last view stays above it."""
        if self.overlay is not None:
            self.overlay.cover()

    def cancel(self) -> None:
        """The window closed before it was built: it is not built after all."""
        self._cancelled = True
        self._gate.cancel()
        if self.overlay is not None:
            self.overlay.remove()

    def _on_paint(self) -> None:
        if not self._painted:
            self._painted = True
            self.kind = "snapshot" if self.showing_snapshot else "plain"  # what was seen
            self.painted.emit()

    def _build(self) -> None:
        if self._cancelled:
            return
        self._opening.build(self._window)
        if self._gate.by_input and self._window.is_built:
            # the user acted on the shell: the whole window is there before the input is
            # handled (a shortcut of an add-on typed early works)
            self._window.finish_start()


class StartSnapshotTaker:
    """At a normal close: the picture of the window for its next start, taken before the
    project is closed, written (``keep``) once it is, with the fingerprint the next start
    will compute. Nothing is kept — and an older snapshot goes — unless the window shows
    what the next start would show: built completely, the basemap and towns drawn, no
    unsaved edit, no layer shown for this run only, the version the next start opens.
    What a start never has is reset first: the selection, the undo history (the project
    is saved or unchanged by now), a map tool other than Select, a status message, the
    pointer's position."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        session = window.session
        self._path: Path | None = session.path.resolve() if session.path else None
        self.file = snapshot_file(window.settings, self._path)
        self._image: QImage | None = None
        self._title = ""
        if self._true_at_next_start():
            self._reset_what_a_start_has_not()
            self._title = window.windowTitle()
            self._image = window.grab().toImage()

    def _true_at_next_start(self) -> bool:
        window = self._window
        editor = window.editor
        session = editor.session
        if not window.is_complete or editor.document.is_dirty:
            return False
        if any(editor.references.is_run_only(layer.id) for layer in editor.references.layers()):
            return False
        shown = editor.document.current_version
        if session.path is None:  # the sample opens on its own version, whatever was shown
            return session.source == "sample" and shown == window.start_version
        return shown == (window.settings.last_version(self._path) or window.start_version)

    def _reset_what_a_start_has_not(self) -> None:
        from zoneeditor.core.tools.registry import tool_classes

        editor = self._window.editor
        editor.selection.clear()
        editor.document.history.clear()
        default_tool = tool_classes()[0]
        if type(editor.tool) is not default_tool:
            editor.choose_tool(default_tool)
        self._window.statusBar().clearMessage()
        self._window.map_status.clear_position()  # a start shows no pointer position yet

    def keep(self) -> None:
        """Write the snapshot (or remove the one that is no longer true)."""
        window = self._window
        if self._image is None:
            discard(self.file)
            return
        version = window.settings.last_version(self._path)
        text = fingerprint(window, window.settings, self._path, version, _language())
        if not save(self.file, self._image, text, self._title):
            discard(self.file)
