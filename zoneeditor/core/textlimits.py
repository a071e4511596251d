"""Limits on text from other parties' files, and quoting values in messages.

A file may hold a 200 MB "name" or 5,000 columns, by accident or on purpose. Nothing in a
negotiation map needs that, and everything downstream (labels, print, the dBASE writer, the
attribute panel) would pay for it, so such a file is refused when it is read, with a
sentence naming the feature and the column. Messages never repeat a whole value: ``quote``
keeps the first ~80 characters.

>>> quote("Idlib")
"'Idlib'"
>>> quote("x" * 1000)[-24:], len(quote("x" * 1000)) < 110
("'… (920 more characters)", True)
>>> size_text(200 * 1024 * 1024)
'200.0 MB'
"""

from __future__ import annotations

from typing import Any

from zoneeditor.core.messages import Message

#: Longest attribute value accepted, in bytes of UTF-8 text (a long note fits many times over).
MAX_VALUE_BYTES = 64 * 1024
#: Most columns (attributes) a layer may have.
MAX_COLUMNS = 500
#: Longest column name accepted, in characters.
MAX_COLUMN_NAME = 255
#: Characters of a value quoted in a message.
QUOTE_CHARS = 80


def quote(value: Any, limit: int = QUOTE_CHARS) -> str:
    """``value`` quoted for a message, cut to ``limit`` characters with the rest counted."""
    text = value if isinstance(value, str) else str(value)
    text = text.replace("\r", " ").replace("\n", " ")
    if len(text) <= limit:
        return repr(text)
    rest = len(text) - limit
    return Message("%1… (%2 more characters)", repr(text[:limit]), f"{rest:,}")


def size_text(n_bytes: int) -> str:
    """A byte count for people: "812 bytes", "64.0 KB", "200.0 MB", "1.5 GB" (a Message:
    the window writes the unit in the interface language)."""
    if n_bytes < 1024:
        return Message("%1 bytes", n_bytes)
    if n_bytes < 1024 * 1024:
        return Message("%1 KB", f"{n_bytes / 1024:.1f}")
    if n_bytes < 1024 ** 3:
        return Message("%1 MB", f"{n_bytes / (1024 * 1024):.1f}")
    return Message("%1 GB", f"{n_bytes / 1024 ** 3:.1f}")


def value_size(value: Any) -> int:
    """The size of an attribute value in bytes of UTF-8 text (0 for numbers and empty)."""
    if isinstance(value, str):
        if len(value) * 4 <= MAX_VALUE_BYTES:
            return len(value)  # cannot be over the limit: skip encoding
        return len(value.encode("utf-8", errors="replace"))
    if isinstance(value, (bytes, bytearray)):
        return len(value)
    if isinstance(value, (list, tuple, dict)):
        return len(repr(value))
    return 0


def column_problem(columns: list[str], layer: str) -> str | None:
    """Why a layer's columns are refused (too many, a name too long), or None."""
    if len(columns) > MAX_COLUMNS:
        return Message("layer %1 has %2 columns; zoneeditor accepts at most %3",
                       quote(layer, 40), f"{len(columns):,}", MAX_COLUMNS)
    for c in columns:
        if len(c) > MAX_COLUMN_NAME:
            return Message("layer %1 has a column name %2 characters long (%3); at most %4 "
                           "are accepted", quote(layer, 40), f"{len(c):,}", quote(c, 40),
                           MAX_COLUMN_NAME)
    return None


def value_problem(props: dict[str, Any], feature: str) -> str | None:
    """Why a feature's attribute values are refused (one over the limit), or None."""
    for column, value in props.items():
        size = value_size(value)
        if size > MAX_VALUE_BYTES:
            return Message("%1: the value of column %2 is %3 of text; zoneeditor accepts at "
                           "most %4 per value", feature, quote(column, 40), size_text(size),
                           size_text(MAX_VALUE_BYTES))
    return None
