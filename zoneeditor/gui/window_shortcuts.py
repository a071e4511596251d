"""Shortcuts from the window to its editor and its files, for tests, the testers' kit and
start-up code: ``window.session``, ``document``, ``selection``, ``set_session``,
``open_path``, ``save``, ``save_as``, ``maybe_save`` (the editor's and ``ProjectFiles``'s).
Panels and add-ons use the ``Editor`` and the window's services instead (architecture.md,
"The GUI floor")."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zoneeditor.core.document import Document
    from zoneeditor.core.selection import Selection
    from zoneeditor.gui.editor import Editor
    from zoneeditor.gui.project_files import ProjectFiles
    from zoneeditor.io.session import Session


class EditorShortcuts:
    """Mixed into ``MainWindow``: what its ``editor`` and ``files`` offer, one step shorter."""

    editor: Editor
    files: ProjectFiles

    @property
    def session(self) -> Session:
        """The editor's session: the open project and its file."""
        return self.editor.session

    @property
    def document(self) -> Document:
        """The editor's document (the single door for changes)."""
        return self.editor.document

    @property
    def selection(self) -> Selection:
        """The editor's selection."""
        return self.editor.selection

    def set_session(self, session: Session) -> None:
        """Show ``session`` instead of the open project (``Editor.set_session``)."""
        self.editor.set_session(session)

    def open_path(self, path: str | Path) -> bool:
        """Open the project at ``path`` (``ProjectFiles.open_path``); True when opened."""
        return self.files.open_path(path)

    def save(self) -> bool:
        """Save (``ProjectFiles.save``); True when saved."""
        return self.files.save()

    def save_as(self) -> bool:
        """Save under a new name (``ProjectFiles.save_as``); True when saved."""
        return self.files.save_as()

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel when dirty (``ProjectFiles.maybe_save``); True to go on."""
        return self.files.maybe_save()
