"""What a library's exception means for the user's file, in plain words.

GDAL, SQLite, GEOS and Python say what went wrong in their own terms
(``CPLE_AppDefinedError: b'gdal_sqlite_rtree_bl_from_feature_table() failed…'``,
``IllegalArgumentException: Invalid number of points in LinearRing found 3``,
``sys.set_int_max_str_digits()``, ``UnicodeEncodeError``). A user needs to hear what is wrong
with the *file*. ``plain_reason`` turns the known cases into a sentence and cleans the rest
of class names, function names, byte-string wrappers and paths; when nothing readable is
left it says so generally. Every message built from a caught exception in the readers,
writers and the sandboxed reader goes through it.

>>> plain_reason(ValueError("Exceeds the limit (4300 digits) for integer string conversion: "
...                         "value has 5000 digits; use sys.set_int_max_str_digits()"))
'a number in it has more digits than any real value (over 4,300)'
>>> plain_reason(Exception("IllegalArgumentException: Invalid number of points in "
...                        "LinearRing found 3 - must be 0 or >= 4"))
'a ring has 3 points (at least 4 are needed)'
"""

from __future__ import annotations

import re

#: Words that betray a library's internals; a message still holding one is replaced.
INTERNAL = re.compile(r"\b[A-Z]\w*(?:Error|Exception)\b|CPLE_|\bsys\.|\bGEOS|\bOGR|sqlite3|"
                      r"Traceback|\.py\b|\bb'|\w+\(\)|0x[0-9a-fA-F]{6,}|\berrno\b")

_KNOWN: tuple[tuple[str, str], ...] = (
    (r"exceeds the limit \((\d+) digits\)",
     "a number in it has more digits than any real value (over {0:,})"),
    (r"invalid number of points in linearring found (\d+)",
     "a ring has {0} points (at least 4 are needed)"),
    (r"linearring.*(?:not form a closed|must form a closed)", "a ring is not closed"),
    (r"point array must contain 0 or >1 elements", "a line has only one point"),
    (r"linestrings must have at least 2 coordinate tuples", "a line has only one point"),
    (r"no such table", "the database lacks a table it names"),
    (r"database disk image is malformed|malformed database schema",
     "the database is damaged"),
    (r"file is not a database|not a database", "it is not a readable database"),
    (r"too many columns", "it has more columns than the database can hold"),
    (r"not recognized as (?:a |being in a )?supported file format",
     "it is not in a format zoneeditor reads"),
    (r"no such file or directory", "the file is missing"),
    (r"permission denied", "permission denied"),
    (r"disk i/o error|input/output error", "the disk could not be read"),
    (r"no space left on device|disk is full|database or disk is full", "the disk is full"),
    (r"read-only file system|attempt to write a readonly database",
     "the folder cannot be written to"),
)


def _clean(text: str) -> str:
    text = re.sub(r"\bb'([^']*)'", r"\1", text)
    text = re.sub(r'\bb"([^"]*)"', r"\1", text)
    text = re.sub(r"^(?:[\w.]*(?:Error|Exception|Warning)\w*:\s*)+", "", text.strip())
    text = re.sub(r"(?:/[^\s/:]+)+/?", "…", text)  # paths
    text = re.sub(r"\b\w+\(\)\s*", "", text)  # function names
    return " ".join(text.split())


def plain_reason(exc: BaseException | str, fallback: str = "its contents cannot be read") -> str:
    """A short sentence part saying what ``exc`` means for the file (see module doc)."""
    if isinstance(exc, MemoryError):
        return "reading it needs more memory than is allowed"
    if isinstance(exc, RecursionError):
        return "it is nested too deeply to read"
    if isinstance(exc, UnicodeDecodeError):
        return "its text is not in the encoding it claims"
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start:exc.end] if isinstance(exc.object, str) else ""
        return (f"a text value holds characters ({bad[:10]!r}) that {exc.encoding} cannot "
                "store")
    if isinstance(exc, (KeyError, IndexError, TypeError, AttributeError, AssertionError)):
        return fallback  # their text is a key or a programmer's note, not about the file
    if isinstance(exc, OSError) and type(exc).__module__ == "builtins":
        text = _clean(exc.strerror or str(exc))  # the system's own words ("No space left…")
        return text if text and not INTERNAL.search(text) else fallback
    text = str(exc) if not isinstance(exc, str) else exc
    low = text.lower()
    for pattern, sentence in _KNOWN:
        m = re.search(pattern, low)
        if m:
            args = [int(g) if g and g.isdigit() else g for g in m.groups()]
            return sentence.format(*args)
    cleaned = _clean(text.strip().splitlines()[0] if text.strip() else "")
    if not cleaned or INTERNAL.search(cleaned) or len(cleaned) < 4:
        return fallback
    return cleaned[:160]
