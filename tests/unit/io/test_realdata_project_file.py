"""Project files from elsewhere (issue #12 items 3, 6, 10): the sandbox unless we wrote the
file, views and triggers never run, foreign tables kept through saves, values kept."""

from __future__ import annotations

import datetime
import json
import sqlite3
import subprocess
import time

import pytest
import shapely
from conftest import project_with, zone

from zoneeditor.core.errors import ReadError, WriteError
from zoneeditor.io.project_file import read_project, write_project
from zoneeditor.io.project_tables import other_tables, own_tables
from zoneeditor.io.sandbox import FAULT_ENV, Limits
from zoneeditor.io.trust import is_trusted

IDLIB = shapely.box(36.4, 35.7, 36.9, 36.1)


def saved(tmp_path, name="p.gpkg", **attrs):
    path = tmp_path / name
    write_project(project_with(agreed=[zone("z1", IDLIB, name="Idlib", **attrs)]), path)
    return path


def tamper(path, *sql):
    con = sqlite3.connect(path)
    for s in sql:
        con.execute(s)
    con.commit()
    con.close()


def test_own_files_are_read_here_others_in_the_sandbox(tmp_path, monkeypatch, sample_copy):
    ours = saved(tmp_path)
    theirs = saved(tmp_path, "q.gpkg")
    tamper(theirs, "CREATE TABLE added_by_someone (x)")
    assert is_trusted(ours) and not is_trusted(theirs)
    assert is_trusted(sample_copy)  # byte for byte the bundled sample
    monkeypatch.setenv(FAULT_ENV, "segv")  # any sandboxed read now crashes its child
    assert read_project(ours).agreed.get("z1").name == "Idlib"
    assert read_project(sample_copy).agreed
    with pytest.raises(ReadError, match="crashed the file reader"):
        read_project(theirs)


def test_the_sandbox_time_limit_applies_to_project_files(tmp_path, monkeypatch):
    theirs = saved(tmp_path)
    tamper(theirs, "CREATE TABLE x (y)")
    monkeypatch.setenv(FAULT_ENV, "hang")
    start = time.monotonic()
    with pytest.raises(ReadError, match="took longer than 2 s and was stopped"):
        read_project(theirs, limits=Limits(seconds=2))
    assert time.monotonic() - start < 20


def test_an_endless_recursive_view_as_zones_table_is_refused_at_once(tmp_path):
    path = saved(tmp_path)
    tamper(path, "ALTER TABLE zones__agreed RENAME TO zones_base",
           "CREATE VIEW zones__agreed AS WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL "
           "SELECT n + 1 FROM c) SELECT zones_base.* FROM zones_base, c")
    start = time.monotonic()
    with pytest.raises(ReadError, match="'zones__agreed' has been replaced by a database view"):
        read_project(path)
    assert time.monotonic() - start < 15


def test_a_view_appending_megabytes_to_names_is_refused_without_running(tmp_path):
    path = saved(tmp_path)
    tamper(path, "ALTER TABLE zones__agreed RENAME TO zones_base",
           "CREATE VIEW zones__agreed AS SELECT fid, geom, zid, "
           "name || printf('%.50000000c', 'x') AS name, name_local, party, status, kind, "
           "notes FROM zones_base")
    with pytest.raises(ReadError, match="view"):
        read_project(path, limits=Limits(seconds=20, memory_bytes=1 << 30))


def test_computed_columns_and_huge_values_are_refused(tmp_path):
    path = saved(tmp_path)
    tamper(path, "ALTER TABLE zones__agreed ADD COLUMN loud TEXT GENERATED ALWAYS AS "
                 "(upper(name)) VIRTUAL")
    with pytest.raises(ReadError, match="column 'loud' of table 'zones__agreed' is computed"):
        read_project(path)
    path = saved(tmp_path, "big.gpkg")
    con = sqlite3.connect(path)  # GDAL's index triggers need GDAL's SQL functions
    triggers = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = "
                                          "'trigger' AND tbl_name = 'zones__agreed'")]
    con.close()
    tamper(path, *[f'DROP TRIGGER "{t}"' for t in triggers],
           "UPDATE zones__agreed SET notes = printf('%.200000c', 'x')")
    with pytest.raises(ReadError) as err:
        read_project(path)
    assert "'notes' is 195.3 KB of text" in str(err.value) and len(str(err.value)) < 300


def test_foreign_tables_survive_saves_views_and_triggers_do_not(tmp_path):
    path = saved(tmp_path)
    roads = tmp_path / "roads.geojson"
    roads.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"ref": "M5", "lanes": 4},
         "geometry": {"type": "LineString", "coordinates": [[36.6, 35.1], [36.7, 36.0]]}},
        {"type": "Feature", "properties": {"ref": "M4", "lanes": 2},
         "geometry": {"type": "LineString", "coordinates": [[36.2, 35.9], [37.2, 35.9]]}}]}))
    # As a QGIS user would: ogr2ogr adds a layer to "an ordinary GeoPackage".
    subprocess.run(["ogr2ogr", "-update", "-nln", "roads", str(path), str(roads)], check=True)
    tamper(path, "CREATE TABLE layer_notes (id INTEGER PRIMARY KEY, note TEXT NOT NULL)",
           "CREATE INDEX layer_notes_note ON layer_notes (note)",
           "INSERT INTO layer_notes (note) VALUES ('checked 2024-05-01')",
           "CREATE TRIGGER planted AFTER INSERT ON layer_notes BEGIN "
           "DELETE FROM zones__agreed; END",
           "CREATE VIEW endless AS WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL "
           "SELECT n + 1 FROM c) SELECT n FROM c")
    project = read_project(path)  # through the sandbox: the file changed since we wrote it
    project.agreed.features["z2"] = zone("z2", shapely.box(37, 35, 37.5, 35.5), name="Hama")
    for _ in range(2):  # a second save keeps them again
        write_project(project, path)
    out = subprocess.run(["ogrinfo", "-ro", "-al", str(path), "roads"],
                         capture_output=True, text=True, check=True).stdout
    assert "Feature Count: 2" in out and "Geometry: Line String" in out
    assert "LINESTRING (36.6 35.1,36.7 36.0)" in out and "ref (String) = M4" in out
    con = sqlite3.connect(path)
    kinds = dict(con.execute("SELECT name, type FROM sqlite_master"))
    assert con.execute("SELECT note FROM layer_notes").fetchall() == [("checked 2024-05-01",)]
    assert kinds.get("layer_notes_note") == "index"
    assert "planted" not in kinds and "endless" not in kinds
    assert con.execute("SELECT count(*) FROM roads").fetchone()[0] == 2
    con.close()
    again = read_project(path)
    assert sorted(again.agreed.features) == ["z1", "z2"]
    names = {t.name: t for t in other_tables(path)}
    assert names["roads"].kind == "features" and names["roads"].rows == 2
    assert names["layer_notes"].rows == 1


def test_tables_another_part_of_zoneeditor_writes(tmp_path):
    path = tmp_path / "p.gpkg"
    project = project_with(agreed=[zone("z1", IDLIB, name="Idlib")])

    def write_lineage(target):
        con = sqlite3.connect(target)
        con.execute("CREATE TABLE zoneeditor_lineage (child TEXT, parent TEXT)")
        con.execute("INSERT INTO zoneeditor_lineage VALUES ('z1', 'z0')")
        con.commit()
        con.close()

    lineage = own_tables("merge", ["zoneeditor_lineage"], write_lineage)
    write_project(project, path, extra=[lineage])
    write_project(project, path, extra=[lineage])  # written afresh, not carried twice
    con = sqlite3.connect(path)
    assert con.execute("SELECT * FROM zoneeditor_lineage").fetchall() == [("z1", "z0")]
    assert con.execute("SELECT owner FROM zoneeditor_tables WHERE name = "
                       "'zoneeditor_lineage'").fetchone() == ("merge",)
    con.close()
    write_project(project, path)  # a save that does not know about lineage keeps it
    assert {t.name: t.owner for t in other_tables(path)}["zoneeditor_lineage"] == "merge"
    with pytest.raises(ValueError):
        own_tables("x", ["zones__agreed"], write_lineage)


def test_a_table_that_cannot_be_kept_safely_stops_the_save(tmp_path):
    path = saved(tmp_path)
    tamper(path, "CREATE VIRTUAL TABLE search USING fts5(body)")
    before = path.read_bytes()
    with pytest.raises(WriteError, match="'search' is an SQLite virtual table"):
        write_project(project_with(agreed=[zone("z9", IDLIB)]), path)
    assert path.read_bytes() == before


def test_values_keep_their_kind_through_the_project_file(tmp_path):
    path = tmp_path / "v.gpkg"
    feats = [zone("a", IDLIB, name="A", signed=datetime.date(2017, 5, 4), empty=None,
                  blank="", n=3),
             zone("b", shapely.box(37, 35, 37.5, 35.5), name="B",
                  signed=datetime.date(2018, 1, 2), empty=None, blank="x", n=None)]
    write_project(project_with(agreed=feats), path)
    back = read_project(path, sandbox=True)  # the sandboxed reader gives the same
    here = read_project(path)
    for got in (back, here):
        a, b = got.agreed.get("a"), got.agreed.get("b")
        assert a.attributes["signed"] == datetime.date(2017, 5, 4)
        assert a.attributes["empty"] is None and "empty" in b.attributes
        assert a.attributes["blank"] == "" and b.attributes["blank"] == "x"
        assert a.attributes["n"] == 3 and "n" not in b.attributes
        assert a == feats[0]


def test_save_as_from_a_session_keeps_foreign_tables(tmp_path):
    from zoneeditor.io.session import Session

    path = saved(tmp_path)
    tamper(path, "CREATE TABLE layer_notes (id INTEGER PRIMARY KEY, note TEXT)",
           "INSERT INTO layer_notes (note) VALUES ('from QGIS')")
    copy = tmp_path / "elsewhere" / "copy.gpkg"
    copy.parent.mkdir()
    with Session.open(path) as session:
        session.save(copy)
    con = sqlite3.connect(copy)
    assert con.execute("SELECT note FROM layer_notes").fetchall() == [("from QGIS",)]
    con.close()
