"""The tools' messages in the interface language (``core.messages.Message``).

``translated(message)`` is what the window shows in the status bar for a tool's message or
refusal: a ``Message``'s template translated (context "ToolMessages", the templates are
listed in i18n/extra_strings.py) with its arguments filled in, names isolated so a feature's
name in another script does not reorder the sentence; any other text as it is. The undoable
steps' labels (``ChangeSet.label``) are Messages too: the History panel and Edit ▸ Undo show
them through here (also after recovery: the journal records a label's template and
arguments, ``io.journal.codec``). A
Message given as another's argument (a validity reason inside a refusal, the tool's hint
inside "%1 — %2 km²") is translated too. A sentence that tells the reader to type a
command-line option is shown in the window's own terms instead (``gui.window_wording``).

``error_text(exc)`` is the one line the window shows for any error it caught: the Message a
``ZoneEditorError`` was raised with (a file that cannot be read, a disk that is full...)
translated, an ``OSError`` in our words (``io.os_errors``), and a bug of ours as one
translated sentence that still names it, so it can be reported.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.errors import EditRefused, ZoneEditorError
from zoneeditor.core.messages import Message
from zoneeditor.core.tools.new_names import NewNames
from zoneeditor.gui.window_wording import window_template
from zoneeditor.i18n import current_language
from zoneeditor.i18n.messages import CONTEXT
from zoneeditor.i18n.messages import translated as translated_message
from zoneeditor.io.os_errors import os_reason


def translated(message: str) -> str:
    """``message`` as the user reads it (see the module documentation): in the window's
    wording where core's names a command-line option (``i18n.messages.translated``)."""
    return translated_message(message, window_template)


def error_text(exc: BaseException, say: Callable[[str], str] = translated) -> str:
    """What the window shows for an error it caught (see the module documentation): a
    refused edit's reason, a ZoneEditorError's sentence (``exc.message``: ``str(exc)``
    would lose the template), an OSError's meaning, or "An unexpected error occurred".
    ``say`` turns core's sentence into the window's (``gui.named_messages.named_error``
    also names its features in the interface language)."""
    if isinstance(exc, EditRefused):
        return say(exc.reason)
    if isinstance(exc, ZoneEditorError):
        return say(exc.message)
    if isinstance(exc, OSError):
        return translated(os_reason(exc))
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return translated(Message("An unexpected error occurred: %1", detail))


def is_unexpected(exc: BaseException) -> bool:
    """True for a bug of ours (``error_text`` says "An unexpected error occurred"): not a
    reason a user can act on, so its traceback belongs in the log (``io.error_log``)."""
    return not isinstance(exc, (EditRefused, ZoneEditorError, OSError))


def new_feature_names() -> NewNames:
    """The names new features get, for the tools' context
    (``core.tools.base.ToolContext.new_names``): English in ``name``, the shared name every
    party's tool reads, and in the interface language in its own name column (a point placed
    in the Arabic window is "New point 1" with ``name_ar`` "نقطة جديدة 1")."""
    return NewNames(
        current_language(),
        zone=QCoreApplication.translate("ToolMessages", "New zone %1"),
        line=QCoreApplication.translate("ToolMessages", "New line %1"),
        point=QCoreApplication.translate("ToolMessages", "New point %1"),
        # %1: the line's name, %2 (and %3): widths in km
        buffer=QCoreApplication.translate("ToolMessages", "Buffer zone %1 (%2 km)"),
        buffer_sides=QCoreApplication.translate("ToolMessages",
                                                "Buffer zone %1 (%2 km left, %3 km right)"))


__all__ = ["CONTEXT", "error_text", "new_feature_names", "translated"]
