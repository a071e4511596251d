"""File ▸ Open team project… against a real throw-away PostgreSQL (tests/support/pg.py).

The dialog logs in on a worker thread, lists the projects the server offers the user, asks
for a password only when the server asks for one (and never writes it anywhere), says in
one sentence what went wrong (wrong password, nothing listening, no such project, not on
the team), and the window then switches to the project as ``zoneeditor URL`` would.
"""

from __future__ import annotations

import secrets
import socket

import pytest
from conftest import project_with, zone
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from shapely import box
from support.window import LAPTOP_SCREEN

from zoneeditor.core.model import AGREED
from zoneeditor.io.team import admin
from zoneeditor.io.team.login import ServerLogin
from zoneeditor.io.team.server import TeamServer


@pytest.fixture
def talks(team_project, tmp_path, monkeypatch):
    """The published project ``talks``; working copies go to a state folder of this test."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return team_project.publish(project_with(agreed=[
        zone("z1", box(36.0, 35.0, 36.4, 35.4), name="Border zone", party="A")]))


@pytest.fixture
def window(windows):
    """The editor window on the sample, with settings of its own, at 1366×768."""
    return windows.shown(LAPTOP_SCREEN)


def member_without_pgpass(talks, role: str = "delegate", delegation: str | None = "North",
                          on_team: bool = True) -> tuple[str, str]:
    """A login whose password is not in the test's pgpass file: (user, password)."""
    db = talks.db
    user, password = f"pat_{db.suffix}", secrets.token_hex(8)
    db.cluster.sql(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
    if on_team:
        with TeamServer.connect(db.admin_url) as server:
            admin.add_member(server, user, role, delegation)
    return user, password


def fill(dialog, talks, user: str, port: int | None = None) -> None:
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port or talks.db.cluster.port)
    dialog.database.setText(talks.db.name)
    dialog.user.setText(user)


def opener_and_dialog(window):
    opener = window.addons.team_open
    return opener, opener.make_dialog()


def test_the_menu_entry_follows_open_recent(window):
    actions = window.menu("File").actions()
    mine = window.addons.team_open.action
    assert mine in actions
    assert actions[actions.index(mine) - 1].menu() is not None  # Open recent ▸
    assert mine.text() == "Open &team project…"


def test_connect_lists_the_projects_and_open_switches_the_window(window, talks, qtbot,
                                                                  monkeypatch):
    opener, dialog = opener_and_dialog(window)
    fill(dialog, talks, talks.db.user("dana"))
    assert dialog.password.isHidden()  # ~/.pgpass knows it: nothing is asked
    assert dialog.connect_server() and dialog.is_busy
    assert dialog.wait()
    assert [dialog.project.itemText(i) for i in range(dialog.project.count())] == ["talks"]
    assert "Connected to" in dialog.message.text()
    assert dialog.open_button.isEnabled()
    dialog.open_project()
    assert dialog.wait()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.url == f"{talks.url('dana')}/talks"
    assert opener.open(dialog.url)
    assert window.session.path == dialog.path
    assert window.session.journal is not None  # journal-first, as for any file
    assert "z1" in window.document.project.versions[AGREED].features
    team = window.addons.sync
    assert team.watcher.wait().to_receive == 0  # a working copy: the indicator shows
    assert team.indicator.isVisible()
    # Opening the same project again takes over this window's own lock (no "in use").
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a))
    assert opener.open(dialog.url) and errors == []
    assert window.session.path == dialog.path
    # The server is remembered for next time, without any password.
    assert window.settings.recent_servers() == [talks.url("dana")]
    again = opener.make_dialog()
    assert again.host.text() == "127.0.0.1" and again.user.text() == talks.db.user("dana")
    assert again.project_name() == "talks"


def test_a_password_is_asked_when_the_server_asks_and_a_wrong_one_is_said(window, talks,
                                                                          tmp_path):
    user, password = member_without_pgpass(talks)
    opener, dialog = opener_and_dialog(window)
    fill(dialog, talks, user)
    dialog.connect_server()
    assert dialog.wait()
    where = f"{user}@127.0.0.1:{talks.db.cluster.port}/{talks.db.name}"
    assert not dialog.password.isHidden()
    assert "asks for a password" in dialog.message.text() and where in dialog.message.text()
    dialog.password.setText("not-" + password)
    dialog.connect_server()
    assert dialog.wait()
    text = dialog.message.text()
    assert "did not accept this user name and password" in text and where in text
    assert "psycopg" not in text and "FATAL" not in text and "Traceback" not in text
    assert dialog.password.text() == "" and dialog.project.count() == 0
    # Enter in the password field logs in (it must not press Cancel) ...
    dialog.show()
    dialog.password.setText(password)
    dialog.password.setFocus()
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.is_busy and dialog.isVisible()
    assert dialog.wait()
    assert dialog.project.itemText(0) == "talks"
    # ... and once there is a project, Enter opens it.
    assert dialog.open_button.isDefault()
    QTest.keyClick(dialog.project, Qt.Key.Key_Return)
    assert dialog.wait() and dialog.result() == dialog.DialogCode.Accepted
    assert opener.open(dialog.url)
    # The typed password serves the sync too (it is nowhere else: not in pgpass).
    team = window.addons.sync
    assert team.watcher.wait().to_receive == 0
    assert team.watcher.refused == ""
    assert team.sync() and team.wait() and team.last_error == ""
    # ... and it is written nowhere: not in the settings, not in the working copy.
    window.settings.q.sync()
    assert password not in (tmp_path / "settings.ini").read_text()
    assert password.encode() not in dialog.path.read_bytes()


def test_an_unreachable_port_is_one_sentence_and_cancel_abandons_an_attempt(window, talks):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    _opener, dialog = opener_and_dialog(window)
    fill(dialog, talks, talks.db.user("dana"), port=dead)
    dialog.connect_server()
    assert dialog.wait()
    text = dialog.message.text()
    assert text.startswith("Cannot reach the server") and f"127.0.0.1:{dead}" in text
    assert "Connection refused" not in text and "psycopg" not in text
    assert dialog.password.isHidden()
    # Cancel while an attempt runs: the dialog stays, ready again, and the late answer
    # is dropped.
    fill(dialog, talks, talks.db.user("dana"))
    dialog.connect_server()
    dialog.cancel()
    assert not dialog.is_busy and dialog.isVisible() is False and dialog.result() == 0
    assert dialog.message.text() == "Cancelled."
    assert dialog.wait()
    assert dialog.project.count() == 0 and dialog.message.text() == "Cancelled."


def test_no_such_project_and_no_permission_are_said(window, talks):
    _opener, dialog = opener_and_dialog(window)
    fill(dialog, talks, talks.db.user("dana"))
    dialog.project.setEditText("nope")
    dialog.open_project()
    assert dialog.wait()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "has no project called" in dialog.message.text()
    assert "nope" in dialog.message.text()
    user, password = member_without_pgpass(talks, on_team=False)
    talks.db.cluster.add_password(user, password)
    fill(dialog, talks, user)
    dialog.connect_server()
    assert dialog.wait()
    assert "you are not a member of its team" in dialog.message.text()


def test_the_menu_asks_about_unsaved_work_first(window, talks, monkeypatch):
    from zoneeditor.core.changes import ChangeSet, Delta

    doc = window.document
    f = next(iter(doc.project.versions[doc.current_version].features.values()))
    window.editor.push(ChangeSet("Rename", doc.current_version,
                                 (Delta(f, f.with_attributes(name="Edited")),)))
    asked = []

    def cancel(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    assert window.addons.team_open.ask() is False  # Cancel: no dialog, nothing changed
    assert asked and "unsaved changes" in asked[0]
    # Discard: the dialog comes; closing it keeps the project open.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    QTimer.singleShot(0, lambda: window.addons.team_open.dialog.reject())
    assert window.addons.team_open.ask() is False
    assert window.session.path is None or window.session.path.suffix == ".gpkg"


def test_server_login_fields_round_trip():
    login = ServerLogin("server.example", 5433, "team db", "dana")
    assert ServerLogin.from_url(login.conninfo()) == login
    assert login.project_url("Idlib talks") == (
        "postgresql://dana@server.example:5433/team%20db/Idlib%20talks")
    assert ServerLogin.from_url("postgresql://dana:secret@h/team") == ServerLogin(
        "h", 5432, "team", "dana")
    assert ServerLogin.from_url("service=team") is None


def test_a_sync_asks_the_password_the_server_asks_for(qtbot, talks, tmp_path, monkeypatch):
    """A working copy opened as a file (no password typed in this run, none in pgpass): the
    sync asks for it, a wrong one is said, the right one syncs."""
    from PySide6.QtWidgets import QInputDialog

    from zoneeditor.gui.main_window import MainWindow
    from zoneeditor.io.session import Session
    from zoneeditor.io.team.workcopy import clone

    user, password = member_without_pgpass(talks)
    path = tmp_path / "pat.gpkg"
    clone(talks.db.url("dana").replace(talks.db.user("dana"), user), "talks", path,
          connect=lambda c: TeamServer.connect(c, password=password))
    answers = ["wrong-" + password, password]
    asked: list[str] = []

    def answer(parent, title, label, echo):
        asked.append(label)
        return answers.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Session.open(path), settings=settings)
    try:
        w.show()
        qtbot.waitExposed(w)
        team = w.addons.sync
        assert team.sync()
        qtbot.waitUntil(lambda: not answers and not team.is_running, timeout=60000)
        assert team.wait()
        assert "asks for a password" in asked[0] and "did not accept" in asked[1]
        assert team.last_error == ""
        settings.sync()
        ini = tmp_path / "settings.ini"
        assert not ini.exists() or password not in ini.read_text()
        assert password.encode() not in path.read_bytes()
    finally:
        w.document.history.set_clean()
        w.close()
        w.deleteLater()
