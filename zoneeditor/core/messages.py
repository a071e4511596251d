"""Sentences for people that a window can show translated: ``Message("Selected %1", name)``.

Core code speaks English (the CLI prints it, tests read it). A message that reaches the
window's status bar — a tool's "Selected Idlib" — must also read in Arabic or Russian, and
core cannot know Qt's translations. A ``Message`` is the English sentence (it *is* a ``str``,
so everything that handles messages as text keeps working) that remembers its template and
arguments; the window translates the template and fills the arguments in
(``gui.tool_messages.translated``). Arguments are data (a feature's name) and are not
translated.

Every template used with ``Message`` is listed in ``zoneeditor/i18n/extra_strings.py``
(context "ToolMessages") so the translation tools see it; a test checks that none is missing.

>>> m = Message("Selected %1", "Idlib")
>>> m, m.template, m.args
('Selected Idlib', 'Selected %1', ('Idlib',))

A Message that crosses a process boundary (the sandboxed reader's answers) travels as JSON
data, ``to_data``/``from_data``, so the window still translates what the child said:

>>> from_data(to_data(Message("layer %1 has no features", "'zones'"))).template
'layer %1 has no features'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

#: Deepest nesting of Messages ``from_data`` accepts (a reason inside a reason inside ...).
MAX_DEPTH = 8


class Message(str):
    """An English sentence with its ``template`` ("%1", "%2"... for the ``args``)."""

    template: str
    args: tuple[str, ...]

    def __new__(cls, template: str, *args: object) -> Message:
        """The sentence ``template`` with ``%1``... replaced by ``args``."""
        # a Message given as an argument stays one, so the window translates it too
        texts = tuple(a if isinstance(a, Message) else str(a) for a in args)
        message = super().__new__(cls, fill(template, texts))
        message.template = template
        message.args = texts
        return message

    @classmethod
    def restored(cls, template: str, *args: object) -> Message:
        """A Message read back from a record (the journal): its template was a literal,
        listed for translation, where it was first made; here it is data."""
        return cls(template, *args)


def counted(template: str, count: int, *args: object) -> Message:
    """A sentence with a count: ``counted("Deleted a vertex of %n feature(s)", 3)``.

    ``%n`` is the count and ``%1``, ``%2``... the other ``args``; a word's English plural
    ending is written in brackets right after it ("feature(s)", "value(s)"), as Qt's
    counted source strings are, and the English sentence keeps or drops it by the count
    ("1 feature", "3 features"). The window translates the template with the count, so
    Arabic and Russian get their own plural forms (``gui.tool_messages``). The count is the
    Message's first argument, so a counted Message travels and is journaled like any other.
    """
    return Message(template, count, *args)


#: An English plural ending in a counted template: "feature(s)", "value(s)" (never "(Z)").
_ENDING = re.compile(r"(?<=[a-z])\((\w+)\)")


def is_counted(template: str) -> bool:
    """True for a template made with ``counted`` (its first argument is the count)."""
    return "%n" in template


def grouped(count: str) -> str:
    """A count as figures read everywhere (``core.figures``): "300,000", grouped by thousands
    in Western digits; text that is not a whole number is left as it is."""
    try:
        return f"{int(count):,}"
    except ValueError:
        return count


def fill(template: str, args: tuple[str, ...]) -> str:
    """``template`` with ``%1``, ``%2``... replaced by ``args`` (``%10`` before ``%1``); for a
    counted template (``counted``), ``%n`` and the English plural endings by ``args[0]``
    (grouped: "300,000").

    One pass over the template, as Qt's ``QString.arg(a, b)``: an argument is never read
    again, so a feature named "Zone %2" stays so (replacing one placeholder after the other
    turned it into "Zone " and the next argument)."""
    text = template
    if is_counted(template) and args:
        one = args[0].strip() in ("1", "-1")
        text = _ENDING.sub("" if one else r"\1", text).replace("%n", grouped(args[0]))
        args = args[1:]
    return substitute(text, args)


def substitute(template: str, args: Sequence[str]) -> str:
    """``template`` with ``%1``, ``%2``... replaced by ``args`` in one pass, as Qt's
    ``QString.arg(a, b)``: what an argument holds is never read as a placeholder (the
    window's sentences, translated by Qt, are filled with it too). ``%10`` is the tenth of
    ten or more arguments, ``%1`` then "0" with fewer."""
    if not args:
        return template
    # the highest numbers first in the alternation, so "%10" is taken before "%1"
    numbers = "|".join(str(n) for n in range(len(args), 0, -1))
    return re.sub(f"%({numbers})", lambda m: args[int(m.group(1)) - 1], template)


def joined(parts: Sequence[str], comma: bool = False) -> str:
    """``parts`` as one line, "a; b; c" (or "a, b, c" with ``comma``), that the window still
    translates part by part (``str.join`` would make plain text of the Messages)."""
    if not parts:
        return ""
    line = parts[0]
    for part in parts[1:]:
        line = Message("%1, %2", line, part) if comma else Message("%1; %2", line, part)
    return line


def series(parts: Sequence[str]) -> Message:
    """``parts`` as one list, "a, b, c", in one Message whose arguments are the parts (its
    template, "%1, %2, %3", is made here and has no translation: a window that shows the
    parts otherwise reads them from ``args``). Flat where ``joined`` nests a Message per
    part, so a list of a thousand crosses a process boundary as one level (``from_data``
    refuses data nested deeper than ``MAX_DEPTH``)."""
    template = ", ".join(f"%{i}" for i in range(1, len(parts) + 1))
    return Message(template, *parts)


def listing(parts: Sequence[str]) -> str:
    """``parts`` as a sentence lists them, "a, b and c", in one flat Message whose arguments
    are the parts, so the window names each part in its language (``gui.named_messages``)
    and joins them as its language does: the translations of "%1, %2" and "%1 and %2"
    (``i18n.messages.translated``; Arabic «أ، ب وج», Russian «а, б и в»). Flat, as
    ``series``, so a list of any length crosses a process boundary and the journal as one
    level. One part is returned as it is, none as "".

    >>> listing(["Idlib", "Homs", "Hama"]), listing(["Idlib", "Homs", "Hama"]).args
    ('Idlib, Homs and Hama', ('Idlib', 'Homs', 'Hama'))
    """
    if len(parts) < 2:
        return parts[0] if parts else ""
    head = ", ".join(f"%{i}" for i in range(1, len(parts)))
    return Message(f"{head} and %{len(parts)}", *parts)


#: The template ``listing`` makes ("%1 and %2", "%1, %2 and %3"...).
_LISTING = re.compile(r"%1(?:, %\d+)* and %\d+")


def is_listing(template: str) -> bool:
    """True for a template ``listing`` made: "%1, %2 ... and %n", numbered in order."""
    if not _LISTING.fullmatch(template):
        return False
    numbers = [int(n) for n in re.findall(r"%(\d+)", template)]
    return numbers == list(range(1, len(numbers) + 1))


def to_data(text: str) -> str | list[Any]:
    """``text`` as JSON data: a Message as ``[template, arg, ...]`` (arguments that are
    Messages nested the same way), any other text as it is."""
    if not isinstance(text, Message):
        return str(text)
    return [text.template, *(to_data(a) for a in text.args)]


def from_data(data: Any, depth: int = 0) -> str:
    """The text ``to_data`` made: a Message again, or plain text. ValueError for anything
    else (the data came from another process and is checked, never trusted)."""
    if isinstance(data, str):
        return data
    if (not isinstance(data, list) or not data or not isinstance(data[0], str)
            or depth > MAX_DEPTH):
        raise ValueError("not a message")
    return Message.restored(data[0], *(from_data(a, depth + 1) for a in data[1:]))


__all__ = ["Message", "counted", "fill", "from_data", "is_counted", "is_listing", "joined",
           "listing", "series", "substitute", "to_data"]
