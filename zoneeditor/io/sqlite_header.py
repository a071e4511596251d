"""Whether a file starts as an SQLite database: its first 16 bytes, nothing else read.

One place for SQLite's magic string, which the project reader, the exchange reader, the
window's and the diff's choice of reader and the save's carrying of foreign tables all test
(each had its own copy).
"""

from __future__ import annotations

from pathlib import Path

#: The first 16 bytes of every SQLite 3 database file (a GeoPackage is one).
SQLITE_MAGIC = b"SQLite format 3\x00"


def starts_as_sqlite(path: Path) -> bool:
    """True when ``path``'s first bytes are SQLite's header; False when they are not or the
    file cannot be read (the reader that opens it next says why)."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False
