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

import re

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.errors import EditRefused, ZoneEditorError
from zoneeditor.core.messages import Message, fill, grouped, is_counted
from zoneeditor.core.naming import isolate
from zoneeditor.core.tools.new_names import NewNames
from zoneeditor.gui.window_wording import window_template
from zoneeditor.i18n import current_language
from zoneeditor.io.os_errors import os_reason

CONTEXT = "ToolMessages"


def translated(message: str) -> str:
    """``message`` as the user reads it (see the module documentation)."""
    if not isinstance(message, Message):
        return message
    worded = window_template(message.template)  # it names a command-line option
    if worded is not None:
        return fill(worded, tuple(_argument(a) for a in message.args))
    if is_counted(message.template) and message.args:
        return _counted(message)
    template = QCoreApplication.translate(CONTEXT, message.template)
    if template == message.template and not any(isinstance(a, Message) for a in message.args):
        return message  # not translated (English): core's sentence as it is
    return fill(template, tuple(_argument(a) for a in message.args))


def _counted(message: Message) -> str:
    """A counted Message (``core.messages.counted``: its first argument is the count)
    translated with its count, so each language takes its own plural form."""
    count_text, *rest = message.args
    try:
        count = int(count_text)
    except ValueError:  # a record written by hand: no plural form to choose, still readable
        return fill(message.template, tuple(_argument(a) for a in message.args))
    template = QCoreApplication.translate(CONTEXT, message.template, None, count)
    if template == message.template.replace("%n", str(count)):
        # no translation loaded: core's English sentence, its other arguments translated
        template = fill(message.template, (count_text,))
    elif abs(count) >= 1000:
        # Qt wrote the plain count for %n; figures read grouped everywhere ("300,000"). The
        # other arguments are still placeholders (%1, %2), so the count's digits are these.
        template = re.sub(rf"(?<![%\d]){abs(count)}(?!\d)",
                          grouped(str(abs(count))), template)
    return fill(template, tuple(_argument(a) for a in rest))


def error_text(exc: BaseException) -> str:
    """What the window shows for an error it caught (see the module documentation): a
    refused edit's reason, a ZoneEditorError's sentence (``exc.message``: ``str(exc)``
    would lose the template), an OSError's meaning, or "An unexpected error occurred"."""
    if isinstance(exc, EditRefused):
        return translated(exc.reason)
    if isinstance(exc, ZoneEditorError):
        return translated(exc.message)
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


def _argument(arg: str) -> str:
    """An argument as it goes into the translated sentence: a Message (a refusal's reason
    inside "Moving %1 refused: %2") translated in turn; names isolated; a bare count or
    figure ("6 control points") needs no isolation."""
    if isinstance(arg, Message):
        return translated(arg)
    return isolate(arg) if any(c.isalpha() for c in arg) else arg


__all__ = ["CONTEXT", "error_text", "new_feature_names", "translated"]
