"""The tools' messages in the interface language (``core.messages.Message``).

``translated(message)`` is what the window shows in the status bar for a tool's message or
refusal: a ``Message``'s template translated (context "ToolMessages", the templates are
listed in i18n/extra_strings.py) with its arguments filled in, names isolated so a feature's
name in another script does not reorder the sentence; any other text as it is. The undoable
steps' labels (``ChangeSet.label``) are Messages too: the History panel and Edit ▸ Undo show
them through here (a label read back from a journal after recovery is plain English).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.messages import Message, fill
from zoneeditor.core.naming import isolate

CONTEXT = "ToolMessages"


def translated(message: str) -> str:
    """``message`` as the user reads it (see the module documentation)."""
    if not isinstance(message, Message):
        return message
    template = QCoreApplication.translate(CONTEXT, message.template)
    if template == message.template:
        return message  # not translated (English): core's sentence as it is
    # names are isolated; a bare count or figure ("6 control points") needs no isolation
    return fill(template, tuple(isolate(a) if any(c.isalpha() for c in a) else a
                                for a in message.args))


__all__ = ["CONTEXT", "translated"]
