"""The project is open in another editor: say who and since when; offer to take over a
lock whose editor is no longer running (a crash), never one that is still running."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from zoneeditor.core.messages import substitute
from zoneeditor.core.naming import path_text
from zoneeditor.gui.recovery_dialog import local_time
from zoneeditor.io.lock import LockedError
from zoneeditor.render.fonts import register_fonts


def _tr(text: str) -> str:
    return QCoreApplication.translate("LockDialog", text)


def lock_message(exc: LockedError) -> str:
    """What the user reads: the file, who holds it, since when, and what can be done."""
    owner = exc.owner
    name = path_text(exc.path.name)  # a file name reads left to right in any sentence
    if exc.mine:
        return _tr("%1 is already open in this ZoneEditor.").replace("%1", name)
    if owner is None:
        who = substitute(_tr("%1 is locked by a lock file that cannot be read:\n%2"),
                         (name, path_text(str(exc.path) + ".lock")))
    else:
        template = (_tr("%1 was left locked by ZoneEditor of %2 on computer %3 (process %4), "
                        "open since %5.") if exc.stale else
                    _tr("%1 is open in ZoneEditor by %2 on computer %3 (process %4) since %5."))
        who = substitute(template, (name, owner.user or _tr("another user"), owner.host,
                                    str(owner.pid), local_time(owner.since)))
    if exc.stale:
        what = _tr("That ZoneEditor is no longer running (it probably stopped "
                   "unexpectedly). You can take the file over; any edits it left will be "
                   "offered for recovery.")
    elif owner is None:
        what = _tr("If no other ZoneEditor is editing it, you can take it over.")
    else:
        what = _tr("Two editors saving the same file would overwrite each other's work. "
                   "Close it there first, or open a copy.")
    return f"{who}\n\n{what}"


def make_box(parent: QWidget | None, exc: LockedError) -> QMessageBox:
    """The message box (separate from ``ask_take_over`` so tests can inspect it)."""
    register_fonts()  # asked before the window exists: the same font as the window's
    box = QMessageBox(parent)
    box.setObjectName("lockDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Project in use"))
    box.setText(lock_message(exc))
    if exc.stale or exc.owner is None:
        take = box.addButton(_tr("&Take over"), QMessageBox.ButtonRole.AcceptRole)
        take.setObjectName("takeOverButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    return box


def ask_take_over(parent: QWidget | None, exc: LockedError) -> bool:
    """Show who holds the lock; True when the user chose to take it over."""
    box = make_box(parent, exc)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "takeOverButton"
