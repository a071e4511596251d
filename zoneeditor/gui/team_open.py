"""Opening a project on a team server in the window: ``zoneeditor postgresql://…/PROJECT``
and File ▸ Open team project….

The project opens through its working copy (``io.team.workcopy.ensure_copy``): an ordinary
journaled Session on a file in the user's state folder, cloned the first time. A lock held by
another editor, or edits a crash left in the working copy, are asked about as File ▸ Open
asks about them (``recovery_dialog.open_session``).

``TeamOpener`` is the menu entry's add-on: it asks about unsaved work first (as File ▸ Open
does), runs ``gui.team_open_dialog`` (log in, choose a project, make the working copy off
the UI thread) and then switches the window to the project as the command line would
(``open_team_project`` and ``Editor.set_session``), where the user last was in it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from zoneeditor.core.errors import ZoneEditorError
from zoneeditor.gui.canvas import MapCanvas
from zoneeditor.gui.editor import Editor
from zoneeditor.gui.services import WindowServices
from zoneeditor.gui.team_login_text import team_error_text
from zoneeditor.io.session import Session
from zoneeditor.io.team.address import is_url
from zoneeditor.io.team.login import Passwords
from zoneeditor.io.team.server import Connect, TeamServer
from zoneeditor.io.team.workcopy import ensure_copy


def is_team_address(text: str) -> bool:
    """True when the window's argument names a project on a team server."""
    return is_url(text)


def open_team_project(parent: QWidget | None, url: str, *,
                      connect: Connect = TeamServer.connect,
                      replacing: Session | None = None) -> Session | None:
    """The session on the working copy of the team project at ``url`` (None when the user
    chose not to open it); raises ZoneEditorError with one sentence when it cannot.
    ``replacing``: the open session it replaces (reopening the same project takes its lock
    over, as File ▸ Open does)."""
    from zoneeditor.gui.recovery_dialog import open_session

    path = ensure_copy(url, connect=connect)  # cloned first when there is none yet
    return open_session(parent, path, replacing=replacing)  # asks about a lock, a crash


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamOpenDialog", text)


class TeamOpener(QObject):
    """File ▸ Open team project… (see the module documentation)."""

    def __init__(self, editor: Editor, window: WindowServices, canvas: MapCanvas,
                 passwords: Passwords) -> None:
        super().__init__(window.main_widget)
        self._editor, self._window, self._canvas = editor, window, canvas
        self.passwords = passwords
        #: The dialog while it is shown (tests drive it).
        self.dialog: QDialog | None = None
        self.action = QAction(_tr("Open &team project…"), window.main_widget)
        self.action.setObjectName("action_open_team")
        self.action.setStatusTip(_tr("Log in to a team server and open one of its projects"))
        self.action.triggered.connect(self.ask)

    def make_dialog(self) -> QDialog:
        """The dialog, not yet shown (``ask`` runs it; tests drive it directly)."""
        from zoneeditor.gui.team_open_dialog import TeamOpenDialog

        return TeamOpenDialog(self._window.settings, self.passwords, self._window.main_widget)

    def ask(self) -> bool:
        """Ask about unsaved work, run the dialog, open what it chose; True when opened."""
        if not self._window.maybe_save():
            return False
        from zoneeditor.gui.team_open_dialog import TeamOpenDialog

        dialog = self.make_dialog()
        assert isinstance(dialog, TeamOpenDialog)  # make_dialog's own type
        self.dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            return self.open(dialog.url)
        finally:
            self.dialog = None
            dialog.deleteLater()

    def open(self, url: str) -> bool:
        """Switch the window to the team project at ``url`` (its working copy exists or is
        cloned now); on failure say why and keep the open project."""
        try:
            session = open_team_project(self._window.main_widget, url,
                                        connect=self.passwords.connect,
                                        replacing=self._editor.session)
        except (ZoneEditorError, OSError) as exc:
            self._window.show_error(_tr("Cannot open team project"), team_error_text(exc))
            return False
        if session is None:
            return False
        self._editor.set_session(session)
        settings = self._window.settings
        settings.add_recent(session.path)
        view = settings.last_view(session.path)
        if view is not None:
            self._canvas.set_view(view)
        version = settings.last_version(session.path)
        if version is not None and version in self._editor.document.project.versions:
            self._editor.switch_version(version)
        self._window.status(_tr("Opened the team project %1").replace(
            "%1", session.display_name))
        return True


def install(editor: Editor, window: WindowServices, canvas: MapCanvas,
            passwords: Passwords) -> TeamOpener:
    """Put File ▸ Open team project… after Open recent (above Quit if there is none)."""
    opener = TeamOpener(editor, window, canvas, passwords)
    file_menu = window.menu("File")
    actions = file_menu.actions()
    after = next((i for i, a in enumerate(actions) if a.menu() is not None), None)
    if after is not None and after + 1 < len(actions):
        file_menu.insertAction(actions[after + 1], opener.action)
    else:
        window.add_file_action(opener.action)
    return opener
