"""What a library's exception means for the user's file, in plain words.

GDAL, SQLite, GEOS and Python say what went wrong in their own terms
(``CPLE_AppDefinedError: b'gdal_sqlite_rtree_bl_from_feature_table() failed…'``,
``IllegalArgumentException: Invalid number of points in LinearRing found 3``,
``sys.set_int_max_str_digits()``, ``UnicodeEncodeError``). A user needs to hear what is wrong
with the *file*. ``plain_reason`` turns the known cases into a sentence of our own (a
``core.messages.Message``, so the window translates it) and says anything else generally:
a library's own words never reach the user (they are English whatever the interface
language, and they speak of the library, not of the file). Every message built from a
caught exception in the readers, writers and the sandboxed reader goes through it.

>>> plain_reason(ValueError("Exceeds the limit (4300 digits) for integer string conversion: "
...                         "value has 5000 digits; use sys.set_int_max_str_digits()"))
'a number in it has more digits than any real value (over 4,300)'
>>> plain_reason(Exception("IllegalArgumentException: Invalid number of points in "
...                        "LinearRing found 3 - must be 0 or >= 4"))
'a ring has 3 points (at least 4 are needed)'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from zoneeditor.core.messages import Message
from zoneeditor.io.os_errors import os_reason

#: Words that betray a library's internals (tests check that no message holds one).
INTERNAL = re.compile(r"\b[A-Z]\w*(?:Error|Exception)\b|CPLE_|\bsys\.|\bGEOS|\bOGR|sqlite3|"
                      r"Traceback|\.py\b|\bb'|\w+\(\)|0x[0-9a-fA-F]{6,}|\berrno\b")

#: Library texts (lower case) we recognise, and what each means for the file in our words.
_KNOWN: tuple[tuple[str, Callable[[re.Match[str]], Message]], ...] = (
    (r"exceeds the limit \((\d+) digits\)",
     lambda m: Message("a number in it has more digits than any real value (over %1)",
                       f"{int(m.group(1)):,}")),
    (r"invalid number of points in linearring found (\d+)",
     lambda m: Message("a ring has %1 points (at least 4 are needed)", m.group(1))),
    (r"linearring.*(?:not form a closed|must form a closed)",
     lambda m: Message("a ring is not closed")),
    (r"point array must contain 0 or >1 elements", lambda m: Message("a line has only one point")),
    (r"linestrings must have at least 2 coordinate tuples",
     lambda m: Message("a line has only one point")),
    (r"no such table", lambda m: Message("the database lacks a table it names")),
    (r"database disk image is malformed|malformed database schema",
     lambda m: Message("the database is damaged")),
    (r"file is not a database|not a database",
     lambda m: Message("it is not a readable database")),
    (r"too many columns",
     lambda m: Message("it has more columns than the database can hold")),
    (r"not recognized as (?:a |being in a )?supported file format",
     lambda m: Message("it is not in a format zoneeditor reads")),
    (r"no such file or directory", lambda m: Message("the file is missing")),
    (r"permission denied", lambda m: Message("permission denied")),
    (r"disk i/o error|input/output error", lambda m: Message("the disk could not be read")),
    (r"no space left on device|disk is full|database or disk is full",
     lambda m: Message("the disk is full")),
    (r"read-only file system|attempt to write a readonly database",
     lambda m: Message("the folder cannot be written to")),
)


def plain_reason(exc: BaseException | str, fallback: Message | None = None) -> Message:
    """A short sentence part (a ``Message``) saying what ``exc`` means for the file (see
    the module doc); ``fallback`` (a Message; by default "its contents cannot be read")
    when the library's words say nothing we recognise: they are never passed on."""
    default = fallback if fallback is not None else Message("its contents cannot be read")
    if isinstance(exc, BaseException) and exc.args and isinstance(exc.args[0], Message):
        return exc.args[0]  # raised by our own code, in our words
    if isinstance(exc, MemoryError):
        return Message("reading it needs more memory than is allowed")
    if isinstance(exc, RecursionError):
        return Message("it is nested too deeply to read")
    if isinstance(exc, UnicodeDecodeError):
        return Message("its text is not in the encoding it claims")
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end] if isinstance(exc.object, str) else ""
        return Message("a text value holds characters (%1) that %2 cannot store",
                       repr(bad[:10]), exc.encoding)
    if isinstance(exc, (KeyError, IndexError, TypeError, AttributeError, AssertionError)):
        return default  # their text is a key or a programmer's note, not about the file
    if isinstance(exc, OSError) and type(exc).__module__ == "builtins":
        return os_reason(exc)  # the system's refusal, by its code, in our words
    text = str(exc) if not isinstance(exc, str) else exc
    low = text.lower()
    for pattern, sentence in _KNOWN:
        m = re.search(pattern, low)
        if m:
            return sentence(m)
    return default


def damaged_database(exc: BaseException) -> Message:
    """"the database is damaged (…)" for an SQLite error, with what the error says in our
    words — once: an error that itself means a damaged database is not said twice."""
    reason = plain_reason(exc)
    if reason.template == "the database is damaged":
        return reason
    return Message("the database is damaged (%1)", reason)
