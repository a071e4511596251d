"""The tools' messages in the interface language (``core.messages.Message``).

``translated(message)`` is what the window shows in the status bar for a tool's message or
refusal: a ``Message``'s template translated (context "ToolMessages", the templates are
listed in i18n/extra_strings.py) with its arguments filled in, isolated so a feature's name
in another script does not reorder the sentence; any other text as it is.
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
    return fill(template, tuple(isolate(a) for a in message.args))


__all__ = ["CONTEXT", "translated"]
