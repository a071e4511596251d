"""The bundle's PROJ database without the planetary coordinate systems.

``proj.db`` (9.3 MB, the largest data file of the bundle) holds, beside the EPSG, ESRI and
IGNF definitions of the Earth, the IAU's definitions for the Moon, Mars and 95 other bodies of
the solar system (``IAU_2015``: 2,200 coordinate systems with their datums, ellipsoids,
conversions and usages). zoneeditor draws boundaries on the Earth: a file in a Mars
coordinate system is not one a delegation exchanges. Without them the database is 0.6 MB
smaller, and PROJ answers a code of theirs as it answers any unknown code ("crs not
found"); a file whose WKT defines such a system is still read from its WKT.

The rows are deleted from a copy (every table, by each of its ``*auth_name`` columns), which
is then vacuumed and checked before it replaces the original: SQLite's integrity and
foreign-key checks pass, no row names the authority any more, and PROJ (pyproj, in a child
process pointed at the copy) still finds EPSG, ESRI and IGNF systems and transforms between
them. Any failure keeps the original database, logged.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

#: The authority left out: the IAU's 2015 definitions of the solar system's bodies.
PLANETARY = "IAU_2015"

#: What PROJ must still do with the smaller database (run in a child with pyproj): Earth
#: systems of each authority kept, found by code, and a transformation between two of them;
#: and a planetary code must now be unknown.
_CHECK = """
import sys
from pyproj import CRS, Transformer, datadir
datadir.set_data_dir(sys.argv[1])
for code in ("EPSG:4326", "EPSG:32637", "EPSG:3857", "ESRI:102100", "IGNF:LAMB93"):
    CRS.from_user_input(code)
x, y = Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True).transform(36.63, 35.93)
if not (200_000 < x < 300_000 and 3_900_000 < y < 4_100_000):
    sys.exit(f"EPSG:4326 -> EPSG:32637 gave {x:.0f}, {y:.0f}")
try:
    CRS.from_user_input(sys.argv[2] + ":49900")
except Exception:
    pass
else:
    sys.exit(sys.argv[2] + ":49900 is still found")
"""


def _naming(connection: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(table, SQL condition, number of ``?``) for each table with ``*auth_name`` columns:
    the condition holds for a row that names the authority bound to every ``?``."""
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    out = []
    for table in tables:
        columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
        named = [c for c in columns if c.endswith("auth_name")]
        if named:
            out.append((table, " OR ".join(f'"{c}" = ?' for c in named), len(named)))
    return out


def delete_authority(connection: sqlite3.Connection, authority: str) -> int:
    """Delete every row of every table that names ``authority`` in one of its
    ``*auth_name`` columns; returns how many went."""
    return sum(connection.execute(f'DELETE FROM "{table}" WHERE {where}',
                                  [authority] * n).rowcount
               for table, where, n in _naming(connection))


def rows_naming(connection: sqlite3.Connection, authority: str) -> int:
    """How many rows name ``authority`` in an ``*auth_name`` column."""
    return sum(connection.execute(f'SELECT count(*) FROM "{table}" WHERE {where}',
                                  [authority] * n).fetchone()[0]
               for table, where, n in _naming(connection))


def problems(database: Path, authority: str) -> list[str]:
    """What is wrong with ``database`` after the deletion: SQLite's integrity and
    foreign-key checks, and rows still naming ``authority``."""
    out = []
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            out.append(f"integrity: {integrity}")
        dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            out.append(f"{len(dangling)} rows refer to rows that are gone ({dangling[0]})")
        left = rows_naming(connection, authority)
        if left:
            out.append(f"{left} rows still name {authority}")
    finally:
        connection.close()
    return out


def proj_check(folder: Path, authority: str, python: str = sys.executable) -> str:
    """'' when PROJ, through pyproj in a child of ``python``, works with the database in
    ``folder`` (``_CHECK``); else what failed."""
    env = {k: v for k, v in os.environ.items() if k not in ("PROJ_DATA", "PROJ_LIB")}
    done = subprocess.run([python, "-c", _CHECK, str(folder), authority],
                          capture_output=True, text=True, env=env, timeout=120)
    if done.returncode == 0:
        return ""
    return (done.stderr.strip().splitlines() or ["failed"])[-1]


def without_planets(database: Path, folder: Path, log: Callable[[str], None] = print,
                    authority: str = PLANETARY) -> Path | None:
    """A copy of the PROJ ``database`` in ``folder`` (same file name) without the rows of
    ``authority``, vacuumed and checked; None (logged) when it fails a check, so that the
    caller keeps the original."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / database.name
    shutil.copyfile(database, target)
    try:
        connection = sqlite3.connect(target)
        try:
            with connection:  # one transaction, committed
                deleted = delete_authority(connection, authority)
            connection.execute("VACUUM")
        finally:
            connection.close()
        found = problems(target, authority)
    except sqlite3.Error as exc:
        found = [f"SQLite: {exc}"]
    if not found:
        failed = proj_check(folder, authority)
        found = [f"PROJ: {failed}"] if failed else []
    if found:
        log(f"proj_db: {database.name} kept whole: the copy without {authority} fails its "
            f"check ({'; '.join(found)})")
        return None
    log(f"proj_db: {deleted} rows of {authority} (planetary systems) left out of "
        f"{database.name}: {database.stat().st_size / 1e6:.2f} -> "
        f"{target.stat().st_size / 1e6:.2f} MB")
    return target
