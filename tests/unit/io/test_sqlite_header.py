"""``io.sqlite_header.starts_as_sqlite``: only the first bytes decide, and a file that cannot
be read is not an SQLite file (the reader that opens it next says why)."""

from __future__ import annotations

import sqlite3

from zoneeditor.io.sqlite_header import starts_as_sqlite


def test_a_database_starts_as_sqlite_and_other_files_do_not(tmp_path):
    db = tmp_path / "a.gpkg"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
    short = tmp_path / "short.gpkg"
    short.write_bytes(b"SQLite format 3")  # the magic without its final NUL
    text = tmp_path / "b.gpkg"
    text.write_text("SQLite format 3 is what this file says, but it is text")
    empty = tmp_path / "empty.gpkg"
    empty.write_bytes(b"")
    assert starts_as_sqlite(db)
    assert not any(starts_as_sqlite(p) for p in (short, text, empty, tmp_path / "missing",
                                                 tmp_path))
