"""The tools' messages in the interface language (``core.messages.Message``).

``translated(message)`` is what the window shows in the status bar for a tool's message or
refusal: a ``Message``'s template translated (context "ToolMessages", the templates are
listed in i18n/extra_strings.py) with its arguments filled in, names isolated so a feature's
name in another script does not reorder the sentence; any other text as it is. The undoable
steps' labels (``ChangeSet.label``) are Messages too: the History panel and Edit ▸ Undo show
them through here (also after recovery: the journal records a label's template and
arguments, ``io.journal.codec``). A
Message given as another's argument (a validity reason inside a refusal, the tool's hint
inside "%1 — %2 km²") is translated too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.errors import EditRefused
from zoneeditor.core.messages import Message, fill
from zoneeditor.core.naming import isolate

CONTEXT = "ToolMessages"


def translated(message: str) -> str:
    """``message`` as the user reads it (see the module documentation)."""
    if not isinstance(message, Message):
        return message
    template = QCoreApplication.translate(CONTEXT, message.template)
    if template == message.template and not any(isinstance(a, Message) for a in message.args):
        return message  # not translated (English): core's sentence as it is
    return fill(template, tuple(_argument(a) for a in message.args))


def error_text(exc: Exception) -> str:
    """What the window shows for an error caught around an edit: a refused edit's reason
    translated (``EditRefused.reason`` is a Message), any other error's sentence as it is
    (``str(exc)`` would lose the template)."""
    if isinstance(exc, EditRefused):
        return translated(exc.reason)
    return str(exc)


def _argument(arg: str) -> str:
    """An argument as it goes into the translated sentence: a Message (a refusal's reason
    inside "Moving %1 refused: %2") translated in turn; names isolated; a bare count or
    figure ("6 control points") needs no isolation."""
    if isinstance(arg, Message):
        return translated(arg)
    return isolate(arg) if any(c.isalpha() for c in arg) else arg


__all__ = ["CONTEXT", "error_text", "translated"]
