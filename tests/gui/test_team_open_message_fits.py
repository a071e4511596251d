"""File ▸ Open team project… shows its whole refusal: a long sentence wraps and the dialog
grows for it, an address too wide to wrap widens the dialog, and the fields above keep their
size. The dialog kept its size: a refusal naming a long server address was cut at the
right and at the bottom, and the fields above it were squeezed (seen on an X11 desktop).

The refusal is a real one: Connect to a port nothing listens on, with the long database and
user names a team may use, in Russian and Arabic.
"""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox

from zoneeditor import i18n
from zoneeditor.gui.screen_fit import available_geometry
from zoneeditor.gui.settings import Settings
from zoneeditor.gui.team_open_dialog import TeamOpenDialog
from zoneeditor.io.team.login import Passwords

DATABASE = ("negotiations_north_delegation_ceasefire_monitoring_2026_working_group_"
            "on_the_lines_of_contact")
USER = "delegate_cora_of_the_northern_delegation_to_the_joint_commission"


@pytest.fixture
def dialog(qapp, qtbot, tmp_path, request):
    """The dialog in the language of the test's parameter, shown, on settings of its own."""
    assert i18n.install(qapp, request.param) == request.param
    made = TeamOpenDialog(Settings(QSettings(str(tmp_path / "settings.ini"),
                                             QSettings.Format.IniFormat)), Passwords())
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.reject()
    made.deleteLater()
    i18n.install(qapp, "en")


def refused(dialog: TeamOpenDialog) -> str:
    """Connect to a port nothing listens on; the dialog's sentence."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(dead)
    dialog.database.setText(DATABASE)
    dialog.user.setText(USER)
    assert dialog.connect_server()
    assert dialog.wait()
    return dialog.message.text()


@pytest.mark.parametrize("dialog", ["ru", "ar"], indirect=True)
def test_a_long_refusal_is_shown_whole(dialog, qtbot):
    text = refused(dialog)
    assert DATABASE in text and USER in text  # the sentence names the server
    message = dialog.message
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))
    # wide enough for the address, which cannot be wrapped, and tall enough for the lines
    assert message.width() >= message.minimumSizeHint().width()
    assert message.height() >= message.heightForWidth(message.width())
    assert dialog.rect().contains(message.geometry())
    fields = [f for kind in (QLineEdit, QSpinBox, QComboBox, QPushButton)
              for f in dialog.findChildren(kind) if f.parentWidget() is dialog and f.isVisible()]
    assert len(fields) >= 7  # recent, server, port, database, user, Connect, project
    for field in fields:  # none squeezed below its size
        assert field.height() >= field.minimumSizeHint().height(), field.objectName()
    assert available_geometry(dialog).contains(dialog.frameGeometry())
