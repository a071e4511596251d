"""``ProjectFiles``: what the File menu does with projects: new, open, save, ask to save.

It asks the questions (file names, "save changes?"), shows why something failed (the file
and the reason, never a traceback) and keeps the recent-files list; the editor does the
work (``Editor.set_session``, ``Editor.save``). A project is opened through
``gui.recovery_dialog.open_session``, which deals with a lock held by another editor and
with edits a crashed editor left behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from zoneeditor.core.document import Document
from zoneeditor.core.errors import EditRefused, ReadError, WriteError, ZoneEditorError
from zoneeditor.core.file_names import file_slug
from zoneeditor.core.messages import substitute
from zoneeditor.core.model import Project
from zoneeditor.core.naming import ltr
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.settings import Settings
from zoneeditor.gui.tool_messages import error_text, translated
from zoneeditor.io.session import Session


def _tr(text: str) -> str:
    # These strings were first written in the window class: their translations are filed
    # under its context.
    return QCoreApplication.translate("MainWindow", text)


def error_reason(exc: BaseException) -> str:
    """The user-facing part of an error, translated: a ReadError's or WriteError's reason
    (the sentence around it names the file), an OSError's meaning in our words (never its
    strerror), any other error as ``error_text`` shows it."""
    if isinstance(exc, ReadError | WriteError | EditRefused) and exc.reason:
        return translated(exc.reason)
    return error_text(exc)


class ProjectFiles(QObject):
    """New, open, save and save-as of the window's project, with their questions."""

    #: The recent-files list changed (File ▸ Open recent follows it).
    recent_changed = Signal()
    #: A project was opened from a file by ``open_path`` (the window restores its last view).
    opened = Signal(object)

    def __init__(self, editor: Editor, settings: Settings, window: WindowServices) -> None:
        super().__init__(window.main_widget)
        self.editor = editor
        self.settings = settings
        self.window = window
        editor.version_changed.connect(self._remember_version)

    def _remember_version(self, name: str) -> None:
        self.settings.set_last_version(self.editor.session.path, name)

    def show_last_version(self) -> None:
        """Show the version of the open project that was shown last on this computer (the
        file keeps the version shown when it was saved; switching alone saves nothing)."""
        name = self.settings.last_version(self.editor.session.path)
        if name is not None and name in self.editor.document.project.versions:
            self.editor.switch_version(name)

    def recent_files(self) -> list[str]:
        """Recently opened or saved projects, newest first."""
        return self.settings.recent_files()

    def open_path(self, path: str | Path) -> bool:
        """Open the project at ``path``; on failure show why and keep the current one."""
        from zoneeditor.gui.recovery_dialog import RECOVERED_STATUS_MS, open_session, recovered_text

        try:
            # asks about a lock or edits left by a crash; reopening this file takes it over
            session = open_session(self.window.main_widget, path, replacing=self.editor.session)
        except (ZoneEditorError, OSError) as exc:
            self.window.show_error(_tr("Cannot open project"),
                                   substitute(_tr("The file %1 could not be opened.\n\n%2"),
                                              (ltr(str(path)), error_reason(exc))))
            return False
        if session is None:  # the user chose not to open it after all
            return False
        self.editor.set_session(session)
        self.show_last_version()
        self.settings.add_recent(session.path)
        self.recent_changed.emit()
        self.opened.emit(session)
        recovered = recovered_text(session)  # what came back, when edits were recovered
        if recovered:
            self.window.status(recovered, RECOVERED_STATUS_MS)
        else:
            self.window.status(_tr("Opened %1").replace("%1", ltr(str(session.path))))
        return True

    def save(self) -> bool:
        """Save to the project's file (asks for one the first time); True when saved."""
        if self.editor.session.needs_path:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        """Ask for a file name and save there; True when saved."""
        start = str(self.suggested_path())
        path, _ = QFileDialog.getSaveFileName(
            self.window.main_widget, _tr("Save project as"), start,
            _tr("GeoPackage project (*.gpkg)"))
        if not path:
            return False
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        return self._save_to(Path(path))

    def suggested_path(self) -> Path:
        """Where Save as starts: the project's file, else (the bundled sample, a project
        from a team server) a file named for the project's title in the home folder, as
        Export and Print name theirs ("project.gpkg" said nothing of what is in it)."""
        if self.editor.session.path is not None:
            return self.editor.session.path
        stem = file_slug(self.editor.document.project.meta.title, joiner="-") or "project"
        return Path.home() / f"{stem}.gpkg"

    def _save_to(self, path: Path | None) -> bool:
        try:
            saved = self.editor.save(path)
        except (ZoneEditorError, OSError, ValueError) as exc:
            target = path or self.editor.session.path
            self.window.show_error(_tr("Cannot save project"),
                                   substitute(_tr("The project could not be saved to %1.\n\n%2"),
                                              (ltr(str(target)), error_reason(exc))))
            return False
        self.settings.add_recent(saved)
        self.recent_changed.emit()
        self.window.status(_tr("Saved %1").replace("%1", ltr(str(saved))))
        return True

    def maybe_save(self) -> bool:
        """When there are unsaved changes ask Save / Discard / Cancel; True to go on."""
        if not self.editor.document.is_dirty:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.window.main_widget, _tr("Unsaved changes"),
            _tr("%1 has unsaved changes. Save them?").replace(
                "%1", self.editor.session.display_name),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def new_project(self) -> None:
        """Start an empty project (after asking about unsaved changes)."""
        if self.maybe_save():
            self.editor.set_session(Session(Document(Project()), None))

    def ask_open(self) -> None:
        """File ▸ Open: ask about unsaved changes, then for a file."""
        if not self.maybe_save():
            return
        session = self.editor.session
        start = str(session.path.parent if session.path else Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self.window.main_widget, _tr("Open project"), start,
            _tr("GeoPackage project (*.gpkg);;All files (*)"))
        if path:
            self.open_path(path)

    def open_recent(self, path: str) -> None:
        """Open a file from the recent list (after asking about unsaved changes)."""
        if self.maybe_save():
            self.open_path(path)
