"""File ▸ Open team project…: log in to a team server and choose one of its projects.

The dialog asks for the server (host, port), the database and the user name, offers the
servers used lately (``Settings.recent_servers``: addresses only, never a password) and asks
for a password only when the server asks for one. ``Connect`` logs in on a worker thread
(``BackgroundJobs``; Cancel abandons the attempt) and lists the projects the server offers
this user; the project box is also a field, for a server that cannot tell. ``Open`` makes
the working copy the first time (a clone, on the worker thread too) and accepts: the caller
then opens it exactly as ``zoneeditor postgresql://…/PROJECT`` does (``gui.team_open``).

A typed password goes into ``io.team.login.Passwords`` (memory, this run only) once the
server accepted it, so the sync and the status indicator can use it; libpq's own
``~/.pgpass`` and service files keep working when nothing is typed. Every failure is one
sentence naming the server and the problem (``gui.team_login_text``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from zoneeditor.gui.background import BackgroundJobs
from zoneeditor.gui.screen_fit import grow_to_content
from zoneeditor.gui.settings import Settings
from zoneeditor.gui.team_login_text import detail_text, problem_text
from zoneeditor.io.team.errors import LoginProblem
from zoneeditor.io.team.login import DEFAULT_PORT, Offer, Passwords, ServerLogin, look
from zoneeditor.io.team.server import TeamServer
from zoneeditor.io.team.workcopy import ensure_copy


class TeamOpenDialog(QDialog):
    """See the module documentation. After ``exec`` returns Accepted, ``url`` is the
    project's address and ``path`` its working copy (made by now)."""

    def __init__(self, settings: Settings, passwords: Passwords,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamOpenDialog")
        self.setWindowTitle(self.tr("Open team project"))
        self._settings, self._passwords = settings, passwords
        self._jobs = BackgroundJobs(self, "team-login")
        #: The chosen project's address and working copy (set when accepted).
        self.url = ""
        self.path: Path | None = None
        #: The projects the server offered at the last Connect.
        self.offer: Offer | None = None

        self.recent = QComboBox(self)
        self.recent.setObjectName("teamRecent")
        self.host = QLineEdit(self)
        self.host.setObjectName("teamHost")
        self.host.setPlaceholderText(self.tr("server name or address"))
        self.port = QSpinBox(self)
        self.port.setObjectName("teamPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.database.setObjectName("teamDatabase")
        self.user = QLineEdit(self)
        self.user.setObjectName("teamUser")
        self.password_label = QLabel(self.tr("Password:"), self)
        self.password = QLineEdit(self)
        self.password.setObjectName("teamPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(self.tr("Used for this session only, never stored. A "
                                         "password in ~/.pgpass is used without asking."))
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setObjectName("teamConnect")
        self.project = QComboBox(self)
        self.project.setObjectName("teamProject")
        self.project.setEditable(True)
        self.project.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.project.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("connect to list the projects, or type "
                                                 "a name"))
        self.message = QLabel(self)
        self.message.setObjectName("teamMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(self.tr("&Open"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("teamOpen")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("teamCancel")
        self._layout()
        self._fill_recent()
        self.recent.currentIndexChanged.connect(self._recent_chosen)
        self.connect_button.clicked.connect(self.connect_server)
        self.open_button.clicked.connect(self.open_project)
        self.cancel_button.clicked.connect(self.cancel)
        for edit in (self.host, self.database, self.user, self.project.lineEdit()):
            if edit is not None:
                edit.textChanged.connect(self._update_buttons)
        # Enter logs in until there is a project to open, then opens it; never cancels.
        for b in (self.connect_button, self.open_button, self.cancel_button):
            b.setAutoDefault(False)
        self.connect_button.setDefault(True)
        self._set_password_visible(False)
        self._busy = False
        self._update_buttons()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Recent servers:"), self.recent)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.connect_button)
        form.addRow(self.tr("Project:"), self.project)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    # -- the fields ------------------------------------------------------------------------
    def _fill_recent(self) -> None:
        self.recent.blockSignals(True)
        self.recent.clear()
        servers = [(s, login) for s in self._settings.recent_servers()
                   if (login := ServerLogin.from_url(s)) is not None]
        self.recent.addItem(self.tr("(type a new server below)"), "")
        for address, login in servers:
            self.recent.addItem(login.describe(), address)
        self.recent.setEnabled(bool(servers))
        self.recent.blockSignals(False)
        if servers:
            self.recent.setCurrentIndex(1)
            self._recent_chosen(1)

    def _recent_chosen(self, index: int) -> None:
        login = ServerLogin.from_url(str(self.recent.itemData(index) or ""))
        if login is None:
            return
        self.host.setText(login.host)
        self.port.setValue(login.port)
        self.database.setText(login.database)
        self.user.setText(login.user)
        self.project.clear()
        self.project.setEditText(self._settings.last_team_project(login.conninfo()))
        self.offer = None
        self._set_password_visible(False)
        self._say("")

    def login(self) -> ServerLogin | None:
        """The server the fields name (None while one of them is empty)."""
        host, db, user = (self.host.text().strip(), self.database.text().strip(),
                          self.user.text().strip())
        if not (host and db and user):
            return None
        return ServerLogin(host, self.port.value(), db, user)

    def project_name(self) -> str:
        """The project chosen or typed."""
        return self.project.currentText().strip()

    def _set_password_visible(self, visible: bool) -> None:
        self.password_label.setVisible(visible)
        self.password.setVisible(visible)

    def _update_buttons(self, *_args: object) -> None:
        ready = self.login() is not None and not self._busy
        for w in (self.host, self.port, self.database, self.user, self.password, self.recent,
                  self.project):
            w.setEnabled(not self._busy and (w is not self.recent or self.recent.count() > 1))
        self.connect_button.setEnabled(ready)
        can_open = ready and bool(self.project_name())
        self.open_button.setEnabled(can_open)
        self.open_button.setDefault(can_open and self.offer is not None)
        self.connect_button.setDefault(not self.open_button.isDefault())

    def _say(self, text: str, tooltip: str = "") -> None:
        self.message.setText(text)
        self.message.setToolTip(tooltip)
        grow_to_content(self)  # a longer message gets its lines, the fields keep theirs

    # -- talking to the server (worker thread) ---------------------------------------------
    def _typed(self) -> str | None:
        return self.password.text() if not self.password.isHidden() and self.password.text() \
            else None

    def _connector(self, typed: str | None) -> Callable[[str], TeamServer]:
        if typed is None:
            return self._passwords.connect
        return lambda conninfo: TeamServer.connect(conninfo, password=typed)

    def _start(self, login: ServerLogin, busy_text: str) -> None:
        self._busy = True
        self._update_buttons()
        self._say(busy_text.replace("%1", login.describe()))

    def _stop(self) -> None:
        self._busy = False
        self._update_buttons()

    @property
    def is_busy(self) -> bool:
        """True while a connection attempt runs."""
        return self._busy

    def wait(self, timeout_s: float = 60.0) -> bool:
        """Process events until the running attempt ended (tests)."""
        return self._jobs.wait(timeout_s)

    def connect_server(self) -> bool:
        """Log in (off the UI thread) and list the projects offered; False if not started."""
        login = self.login()
        if login is None or self._busy:
            return False
        typed = self._typed()
        connect = self._connector(typed)
        self._start(login, self.tr("Connecting to %1…"))
        self._jobs.submit(lambda _p: look(login.conninfo(), connect=connect),
                          on_done=lambda offer: self._on_offer(login, typed, offer),
                          on_error=lambda exc: self._on_failed(login, exc))
        return True

    def _on_offer(self, login: ServerLogin, typed: str | None, offer: Offer) -> None:
        self._stop()
        self.offer = offer
        if typed is not None:
            self._passwords.remember(login.conninfo(), typed)
        wanted = self.project_name() or self._settings.last_team_project(login.conninfo())
        self.project.clear()
        for p in offer.projects:
            self.project.addItem(p.name)
            self.project.setItemData(self.project.count() - 1, p.title or p.name,
                                     Qt.ItemDataRole.ToolTipRole)
        names = [p.name for p in offer.projects]
        if wanted in names:
            self.project.setCurrentIndex(names.index(wanted))
        elif names:
            self.project.setCurrentIndex(0)
        else:
            self.project.setEditText(wanted)
        if names:
            self._say(self.tr("Connected to %1. Choose a project and open it.").replace(
                "%1", login.describe()))
        else:
            self._say(self.tr("Connected to %1, but it offers you no project yet.").replace(
                "%1", login.describe()))
        self._update_buttons()

    def open_project(self) -> bool:
        """Make the working copy if needed (off the UI thread), then accept the dialog."""
        login, name = self.login(), self.project_name()
        if login is None or not name or self._busy:
            return False
        url = login.project_url(name)
        typed = self._typed()
        connect = self._connector(typed)
        self._start(login, self.tr("Opening the project on %1…"))

        def done(path: Path) -> None:
            self._stop()
            if typed is not None:
                self._passwords.remember(login.conninfo(), typed)
            self.url, self.path = url, path
            self._settings.add_recent_server(login.conninfo(), name)
            self.accept()

        self._jobs.submit(lambda _p: ensure_copy(url, connect=connect), on_done=done,
                          on_error=lambda exc: self._on_failed(login, exc, name))
        return True

    def _on_failed(self, login: ServerLogin, exc: BaseException, project: str = "") -> None:
        self._stop()
        kind = exc.kind if isinstance(exc, LoginProblem) else ""
        if kind in ("password-needed", "password-wrong"):
            self._passwords.forget(login.conninfo())
            self._set_password_visible(True)
            self.password.clear()
            self.password.setFocus()
        self._say(problem_text(exc, login.describe(), project), detail_text(exc))

    def cancel(self) -> None:
        """Cancel: abandon a running attempt (its result is dropped), else close."""
        if self._busy:
            self._jobs.cancel()
            self._stop()
            self._say(self.tr("Cancelled."))
            return
        self.reject()

    def reject(self) -> None:
        """Closing (Escape, the title bar) abandons a running attempt first."""
        self._jobs.cancel()
        super().reject()

