"""The kit's safety nets for a tester's own folder, where no conftest provides them.

A static ``QMessageBox`` or ``QFileDialog`` function (``QMessageBox.question``,
``QFileDialog.getSaveFileName``...) opened by an action runs its own event loop: offscreen,
nobody answers it and the test hangs until something kills the run. ``DialogGuard``
replaces each such function a test has not patched itself with one that records the call
and answers as a user backing out would (``safe_answer``: Cancel, No..., no file), so the
action ends; the driver's next step then fails the test at once naming the dialog and its
text (``MapDriver.idle``), or the plugin fails it at its end when no step followed.
Nothing is raised inside the window's slot: the application's code runs on as for a user
who cancelled. Inside ``drive.answering(...)`` the real function runs and the named button
is pressed.

``OFFSCREEN_NOISE`` are the warnings Qt's offscreen platform prints for what it cannot do
(raise a window, resize a shown frame to its size hints); the plugin drops them from the
Qt messages pytest-qt captures, so they neither fail a test run with
``qt_log_level_fail = "WARNING"`` nor fill every failure's report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox

from zoneeditor.testing.errors import DriverError

#: Qt messages of the offscreen platform plugin that are not the application's to fix:
#: it cannot resize a shown window's frame to its size hints, nor raise a window above
#: others (gui/app.bring_forward and the driver ask for it). On a display neither is printed.
OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints",
    r"This plugin does not support raise\(\)",
)

#: The static functions that open a modal dialog and wait for its answer.
MESSAGE_BOXES = ("question", "warning", "critical", "information", "about")
FILE_DIALOGS = ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                "getExistingDirectory", "getOpenFileUrl", "getOpenFileUrls",
                "getSaveFileUrl", "getExistingDirectoryUrl")
#: Qt's own functions, taken when this module is first imported (the plugin imports it at
#: the start of the session, before any test can patch them): a function that is not one of
#: these was patched by a test or a conftest, and that patch is left alone.
ORIGINALS: dict[tuple[type, str], Any] = {
    **{(QMessageBox, n): QMessageBox.__dict__[n] for n in MESSAGE_BOXES},
    **{(QFileDialog, n): QFileDialog.__dict__[n] for n in FILE_DIALOGS},
}

_PATTERNS = [re.compile(p) for p in OFFSCREEN_NOISE]

_B = QMessageBox.StandardButton
#: What each file dialog function returns when the user cancels.
_NO_FILE: dict[str, Any] = {
    "getOpenFileName": ("", ""), "getOpenFileNames": ([], ""), "getSaveFileName": ("", ""),
    "getExistingDirectory": "", "getOpenFileUrl": (QUrl(), ""), "getOpenFileUrls": ([], ""),
    "getSaveFileUrl": (QUrl(), ""), "getExistingDirectoryUrl": QUrl(),
}


def safe_answer(buttons: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
    """The answer of a user backing out of a message box offering ``buttons``: Discard
    when offered (a window closing after a test must not save), else Cancel, No, Close, Ok."""
    for choice in (_B.Discard, _B.Cancel, _B.No, _B.Close, _B.Ok):
        if buttons & choice:
            return choice
    return _B.NoButton


def backing_out(cls: type, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """What the static function ``cls.name`` returns to a user who cancels it."""
    if cls is QFileDialog:
        return _NO_FILE[name]
    if name == "about":
        return None
    default = _B.Yes | _B.No if name == "question" else _B.Ok
    buttons = kwargs.get("buttons", args[3] if len(args) > 3 else default)
    return safe_answer(buttons)


def is_offscreen_noise(message: str) -> bool:
    """True for a Qt message of the offscreen platform's that the kit ignores."""
    return any(p.search(message) for p in _PATTERNS)


class UnexpectedDialog(DriverError):
    """The window opened a static dialog nobody had arranged to answer."""


@dataclass
class DialogGuard:
    """Stands in for the static dialog functions during a test (``install``): each call is
    recorded in ``opened`` and backed out of (``backing_out``), unless ``answering`` is
    above zero (``MapDriver.answering`` lets the real dialog open and answers it)."""

    opened: list[str] = field(default_factory=list)
    answering: int = 0
    #: how many entries of ``opened`` the driver has already reported
    reported: int = 0

    def install(self, setattr_: Callable[[object, str, object], None]) -> list[str]:
        """Replace every static dialog function that is still Qt's own, with ``setattr_``
        (``monkeypatch.setattr``, undone after the test); the names replaced."""
        replaced = []
        for (cls, name), original in ORIGINALS.items():
            if cls.__dict__.get(name) is not original:
                continue  # the test (or its conftest) patched it: that answer wins
            setattr_(cls, name, staticmethod(self._stand_in(cls, name, original)))
            replaced.append(f"{cls.__name__}.{name}")
        return replaced

    def _stand_in(self, cls: type, name: str, original: Any) -> Callable[..., Any]:
        real = original.__func__ if isinstance(original, staticmethod) else original

        def stand_in(*args: Any, **kwargs: Any) -> Any:
            if self.answering:
                return real(*args, **kwargs)
            self.opened.append(describe_call(cls, name, args, kwargs))
            return backing_out(cls, name, args, kwargs)

        return stand_in

    def unreported(self) -> list[str]:
        """The refused dialogs not reported yet (and mark them reported)."""
        new = self.opened[self.reported:]
        self.reported = len(self.opened)
        return new


def describe_call(cls: type, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]
                  ) -> str:
    """``QMessageBox.question('Delete version', 'Delete the proposal …?')``: the call as a
    failure names it (its title, and a message box's text or a file dialog's caption)."""
    # (parent, title/caption, text/dir, ...) as Qt orders them; strings only, no parent repr
    words = [a for a in args[1:3] if isinstance(a, str)]
    words += [v for k, v in kwargs.items() if k in ("title", "text", "caption", "dir")
              and isinstance(v, str)]
    shown = ", ".join(repr(" ".join(w.split())) for w in words)
    return f"{cls.__name__}.{name}({shown})"


def unexpected_text(said: str) -> str:
    """What a test refused by the guard is told."""
    return (f"the window opened {said} and nothing was arranged to answer it (offscreen it "
            f"would wait forever; the kit cancelled it): patch it before the action "
            f"(monkeypatch.setattr) or answer it with `with drive.answering('<button>'):` "
            f"around the action")


__all__ = ["OFFSCREEN_NOISE", "DialogGuard", "UnexpectedDialog", "is_offscreen_noise",
           "safe_answer"]
