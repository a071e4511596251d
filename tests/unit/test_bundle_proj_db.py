"""The bundle's PROJ database without the planetary systems (packaging/proj_db.py): the IAU's
rows go from every table, the database stays sound, PROJ still finds and transforms the
Earth's systems, and a copy that fails a check is refused."""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

import pyproj
import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))

import proj_db  # noqa: E402


@pytest.fixture(scope="module")
def database() -> Path:
    """The proj.db of the pyproj the tests run with (the one the bundle's build copies)."""
    found = Path(pyproj.datadir.get_data_dir()) / "proj.db"
    if not found.is_file():
        pytest.skip("this pyproj has no proj.db")
    return found


def test_the_planets_go_and_the_earth_stays(database, tmp_path):
    lines: list[str] = []
    small = proj_db.without_planets(database, tmp_path / "out", log=lines.append)
    assert small == tmp_path / "out" / "proj.db"
    assert small.stat().st_size < database.stat().st_size - 400_000
    assert lines[0].startswith("proj_db: ") and "rows of IAU_2015" in lines[0]
    connection = sqlite3.connect(small)
    try:
        assert proj_db.rows_naming(connection, "IAU_2015") == 0
        assert proj_db.rows_naming(connection, "EPSG") > 10_000  # the Earth's systems
        assert proj_db.rows_naming(connection, "ESRI") > 1_000
    finally:
        connection.close()
    assert proj_db.problems(small, "IAU_2015") == []
    assert proj_db.proj_check(small.parent, "IAU_2015") == ""


def test_the_check_can_fail(database, tmp_path):
    # the original still knows Mars (IAU_2015:49900): the check says so
    whole = tmp_path / "whole"
    whole.mkdir()
    shutil.copyfile(database, whole / "proj.db")
    assert "IAU_2015:49900 is still found" in proj_db.proj_check(whole, "IAU_2015")
    assert "rows still name IAU_2015" in " ".join(proj_db.problems(whole / "proj.db",
                                                                   "IAU_2015"))
    # a database PROJ cannot use is refused, and the caller keeps the original
    broken = tmp_path / "broken" / "proj.db"
    broken.parent.mkdir()
    sqlite3.connect(broken).execute("CREATE TABLE t(auth_name TEXT)").connection.close()
    lines: list[str] = []
    assert proj_db.without_planets(broken, tmp_path / "out2", log=lines.append) is None
    assert "kept whole" in lines[0] and "PROJ:" in lines[0]
