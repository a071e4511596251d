"""Core's sentences (``core.messages.Message``) in the interface language, for any floor.

A ``Message`` is an English sentence that keeps its template and arguments. ``translated``
translates the template (context "ToolMessages", where i18n/extra_strings.py lists every
template), lets each language take its own plural form for a counted one
(``core.messages.counted``), and fills the arguments in: a Message inside another (a reason
inside a refusal) translated in turn, names isolated so a name in another script does not
reorder the sentence. Any other text is returned as it is.

The window shows Messages through ``gui.tool_messages.translated``, which first words a
sentence naming a command-line option in the window's own terms (``wording``); the command
line (``zoneeditor diff --lang``) prints the sentence as core words it, translated. Both use
this one function. QtCore only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from zoneeditor.core.messages import Message, fill, grouped, is_counted, is_listing, substitute
from zoneeditor.core.naming import is_path, isolate, path_text

CONTEXT = "ToolMessages"

#: The window's own wording of a template, or None to keep core's (``gui.window_wording``).
Wording = Callable[[str], str | None]


def _no_wording(template: str) -> str | None:
    return None


def translated(message: str, wording: Wording = _no_wording) -> str:
    """``message`` as the user reads it (see the module documentation)."""
    if not isinstance(message, Message):
        return message
    worded = wording(message.template)  # it names a command-line option
    if worded is not None:
        return fill(worded, tuple(_argument(a, wording) for a in message.args))
    if is_counted(message.template) and message.args:
        return _counted(message, wording)
    if is_listing(message.template):
        return _listed(message, wording)
    template = QCoreApplication.translate(CONTEXT, message.template)
    if template == message.template and not any(isinstance(a, Message) for a in message.args):
        return message  # not translated (English): core's sentence as it is
    return fill(template, tuple(_argument(a, wording) for a in message.args))


def counted_template(context: str, template: str, count: int) -> str | None:
    """A counted template ("%n feature(s)") translated with ``count``: the plural form for
    it, its count written grouped as every figure is ("300,000"); None when no translation
    is loaded (the caller keeps the English template)."""
    text = QCoreApplication.translate(context, template, None, count)
    if text == template.replace("%n", str(count)):
        return None
    if abs(count) >= 1000:
        # Qt wrote the plain count for %n; figures read grouped everywhere ("300,000"). The
        # other arguments are still placeholders (%1, %2), so the count's digits are these.
        text = re.sub(rf"(?<![%\d]){abs(count)}(?!\d)", grouped(str(abs(count))), text)
    return text


def _counted(message: Message, wording: Wording) -> str:
    """A counted Message (``core.messages.counted``: its first argument is the count)
    translated with its count, so each language takes its own plural form."""
    count_text, *rest = message.args
    try:
        count = int(count_text)
    except ValueError:  # a record written by hand: no plural form to choose, still readable
        return fill(message.template, tuple(_argument(a, wording) for a in message.args))
    template = counted_template(CONTEXT, message.template, count)
    if template is None:
        # no translation loaded: core's English sentence, its other arguments translated
        template = fill(message.template, (count_text,))
    return fill(template, tuple(_argument(a, wording) for a in rest))


def _listed(message: Message, wording: Wording) -> str:
    """A list (``core.messages.listing``: "a, b and c") in the interface language: each item
    translated or isolated as any argument, joined by the language's "%1, %2" and, before the
    last item, its "%1 and %2" (one pass each, so an item holding "%2" stays as it is)."""
    comma = QCoreApplication.translate(CONTEXT, "%1, %2")
    last = QCoreApplication.translate(CONTEXT, "%1 and %2")
    if (comma, last) == ("%1, %2", "%1 and %2") and not any(
            isinstance(a, Message) for a in message.args):
        return message  # not translated (English): core's list as it is
    items = [_argument(a, wording) for a in message.args]
    head = items[0]
    for item in items[1:-1]:
        head = substitute(_unglued(comma, item), (head, item))
    return substitute(_unglued(last, items[-1]), (head, items[-1]))


def _strong(text: str) -> str:
    """"R" when the first strong letter of ``text`` is right to left, "L" when left to right
    (isolates and marks skipped), "" when it has none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return ""


def _unglued(template: str, item: str) -> str:
    """``template`` with a space before its ``%2`` where a word is glued to it (Arabic's
    "%1 و%2": the conjunction is a prefix of the next word) and ``item`` is written in
    another direction: «و» glued to "Eastern Ghouta" read «وEastern Ghouta»; a prefix of
    one script cannot join a word of another, so it stands as a word of its own."""
    at = template.find("%2")
    if at <= 0 or not template[at - 1].isalpha():
        return template
    glued, named = _strong(template[at - 1]), _strong(item)
    return template[:at] + " " + template[at:] if glued and named and glued != named \
        else template


def _argument(arg: str, wording: Wording) -> str:
    """An argument as it goes into the translated sentence: a Message (a refusal's reason
    inside "Moving %1 refused: %2") translated in turn; a file's path isolated left to right
    (``core.naming.path_text``: a journal's path read backwards in an Arabic sentence when
    its first folder had an Arabic name); names isolated by their first letter; a bare
    count or figure ("6 control points") needs no isolation."""
    if isinstance(arg, Message):
        return translated(arg, wording)
    if is_path(arg):
        return path_text(arg)
    return isolate(arg) if any(c.isalpha() for c in arg) else arg


__all__ = ["CONTEXT", "Wording", "counted_template", "translated"]
