"""Exception types that carry a message meant for the user.

Every error a user can cause (a bad file, a refused edit) is one of these, so the CLI and the
window can show its message instead of a traceback. Raised with a ``core.messages.Message``, the
error keeps its template, so the window shows it translated (``message``); ``str(exc)`` is
the English sentence the CLI prints.
"""

from __future__ import annotations

from zoneeditor.core.messages import Message


class ZoneEditorError(Exception):
    """Base of all errors whose message is fit to show to a user as it is."""

    @property
    def message(self) -> str:
        """The sentence for the user: the Message the error was raised with (so the
        window can translate it), else its text."""
        first = self.args[0] if len(self.args) == 1 else None
        return first if isinstance(first, Message) else str(self)


class EditRefused(ZoneEditorError):
    """An edit would produce an invalid geometry or an inconsistent document.

    ``where`` is an optional (lon, lat) pointing at the problem, so the UI can zoom to it.
    """

    def __init__(self, reason: str, where: tuple[float, float] | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.where = where


class ConflictError(ZoneEditorError):
    """A change set does not fit the document it is applied to (stale or replayed twice)."""


class ReadError(ZoneEditorError):
    """A file could not be read; ``path`` names it and the message says what is wrong."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(Message("cannot read %1: %2", path, reason))
        self.path = path
        self.reason = reason


class TooManyInFile(ReadError):
    """A file holds more features than its reading was allowed (``limit``: the
    exchange readers' ``ReadOptions.max_features``) and was refused as soon as that was
    known; ``count`` is how many it holds when the file proves it, None when the reader
    stopped at the first feature past the limit. The caller words it for its purpose
    (``core.diff_limits.file_refused``)."""

    def __init__(self, path: str, reason: str, limit: int, count: int | None = None) -> None:
        super().__init__(path, reason)
        self.limit = limit
        self.count = count


class WriteError(ZoneEditorError):
    """A file could not be written; the previous file (if any) is untouched."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(Message("cannot write %1: %2", path, reason))
        self.path = path
        self.reason = reason
