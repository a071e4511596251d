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
"""

from __future__ import annotations


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


def fill(template: str, args: tuple[str, ...]) -> str:
    """``template`` with ``%1``, ``%2``... replaced by ``args`` (``%10`` before ``%1``)."""
    text = template
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", args[number - 1])
    return text


__all__ = ["Message", "fill"]
