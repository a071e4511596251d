"""The project GeoPackage: round trips keep geometry, ids and Arabic/Russian text; saves are
atomic; damaged files give a specific reason; GDAL's own ogrinfo reads what we write."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest
from conftest import line, point, project_with, zone
from shapely import MultiPolygon, Polygon, box
from shapely.testing import assert_geometries_equal

from zoneeditor.core.errors import ReadError
from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.io.project_file import read_project, slugs, write_project

ARABIC, RUSSIAN = "الغوطة الشرقية", "Восточная Гута"


def rich_project():
    holed = Polygon([(36, 33), (37, 33), (37, 34), (36, 34)],
                    [[(36.2, 33.2), (36.4, 33.2), (36.4, 33.4), (36.2, 33.4)]])
    agreed = [
        zone("z-ar", holed, name=ARABIC, name_local=RUSSIAN, party="A", status="agreed",
             population=12000, ratio=0.25, verified=True),
        zone("z-multi", MultiPolygon([box(38, 33, 38.5, 33.5), box(39, 33, 39.5, 33.5)]),
             name="Two parts", party="B"),
        line("l-1", "LINESTRING (36 33, 36.5 33.5, 37 33.2)", name="Line of contact"),
        point("p-1", "POINT (36.3 33.5)", name="Пост", notes="line1\nline2 \"quoted\""),
    ]
    proposal = [zone("z-ar", box(36, 33, 37, 34), name=ARABIC, party="A")]
    return project_with(agreed, {"Proposal (round 4) — Астана": proposal, "مقترح": []})


def test_round_trip_keeps_everything(tmp_path):
    p = rich_project()
    path = tmp_path / "p.gpkg"
    write_project(p, path)
    q = read_project(path)
    assert list(q.versions) == list(p.versions)
    assert q.meta.title == p.meta.title and q.meta.parties == p.meta.parties
    for name, version in p.versions.items():
        other = q.versions[name]
        assert list(other.features) == list(version.features)  # ids and order
        for f in version:
            g = other.get(f.id)
            assert_geometries_equal(g.geometry, f.geometry)
            assert g.geometry.geom_type == f.geometry.geom_type
            assert dict(g.attributes) == dict(f.attributes)
        assert fingerprint(other) == fingerprint(version)


def test_saving_twice_is_byte_stable_in_content(tmp_path):
    p = rich_project()
    write_project(p, tmp_path / "a.gpkg")
    q = read_project(tmp_path / "a.gpkg")
    write_project(q, tmp_path / "b.gpkg")
    r = read_project(tmp_path / "b.gpkg")
    assert [fingerprint(v) for v in r.versions.values()] == [
        fingerprint(v) for v in p.versions.values()]


def test_ogrinfo_reads_layers_and_arabic(tmp_path):
    if shutil.which("ogrinfo") is None:
        pytest.skip("gdal-bin not installed (CI installs it)")
    path = tmp_path / "p.gpkg"
    write_project(rich_project(), path)
    out = subprocess.run(["ogrinfo", "-ro", "-al", "-q", str(path)], capture_output=True,
                         text=True, encoding="utf-8", check=True).stdout
    assert ARABIC in out and RUSSIAN in out and "Пост" in out
    layers = subprocess.run(["ogrinfo", "-ro", "-so", str(path)], capture_output=True, text=True,
                            check=True).stdout
    for expected in ("zones__agreed", "lines__agreed", "points__agreed", "zoneeditor_meta"):
        assert expected in layers


def test_integrity_of_written_file(tmp_path):
    path = tmp_path / "p.gpkg"
    write_project(rich_project(), path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT srs_id FROM gpkg_geometry_columns LIMIT 1").fetchone()[0] == 4326


def test_failed_save_leaves_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "p.gpkg"
    write_project(rich_project(), path)
    before = path.read_bytes()

    import zoneeditor.io.project_file as pf

    def boom(*a, **k):
        raise OSError(28, "No space left on device")  # ENOSPC, as the system raises it

    monkeypatch.setattr(pf, "_write_tables", boom)
    from zoneeditor.core.errors import WriteError
    # said in our words (translatable), not the system's
    with pytest.raises(WriteError, match="the disk is full: free some space"):
        write_project(project_with(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.gpkg"]  # no temporary left behind


def test_backup_is_kept_when_asked(tmp_path):
    path = tmp_path / "p.gpkg"
    write_project(rich_project(), path)
    first = path.read_bytes()
    write_project(project_with(), path, keep_backup=True)
    assert (tmp_path / "p.gpkg.bak").read_bytes() == first


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01garbage" * 100, "not a GeoPackage"),
        (b"<html>404</html>", "not a GeoPackage"),
    ],
)
def test_unreadable_files_say_why(tmp_path, content, reason):
    path = tmp_path / "bad.gpkg"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=reason) as info:
        read_project(path)
    assert str(path) in str(info.value)


def test_missing_folder_plain_sqlite_and_damaged(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_project(tmp_path / "nope.gpkg")
    with pytest.raises(ReadError, match="folder"):
        read_project(tmp_path)
    plain = tmp_path / "plain.gpkg"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ReadError, match="not a zoneeditor project"):
        read_project(plain)
    good = tmp_path / "good.gpkg"
    write_project(rich_project(), good)
    data = bytearray(good.read_bytes())
    for i in range(4096 * 3, 4096 * 3 + 2000):  # scribble over a page in the middle
        data[i] = 0xAB
    damaged = tmp_path / "damaged.gpkg"
    damaged.write_bytes(bytes(data))
    with pytest.raises(ReadError, match="damaged"):
        read_project(damaged)



def test_a_damaged_database_is_said_once(tmp_path):
    """SQLite's "malformed" on opening means a damaged database: the sentence says so once,
    not "the database is damaged (the database is damaged)"."""
    from zoneeditor.io.exchange.read_terms import ReadFailure, ReadOptions
    from zoneeditor.io.exchange.readers import read_gpkg
    from zoneeditor.io.plain_errors import damaged_database
    from zoneeditor.io.session import sample_path

    truncated = tmp_path / "truncated.gpkg"
    truncated.write_bytes(sample_path().read_bytes()[:50_000])
    with pytest.raises(ReadError, match="damaged") as info:
        read_project(truncated)
    assert str(info.value).count("the database is damaged") == 1, str(info.value)
    with pytest.raises(ReadFailure, match="damaged") as failure:  # as a foreign GeoPackage
        read_gpkg(truncated, ReadOptions())
    assert str(failure.value).count("the database is damaged") == 1, str(failure.value)
    assert damaged_database(sqlite3.DatabaseError("database disk image is malformed")) \
        == "the database is damaged"
    assert damaged_database(sqlite3.DatabaseError("file is not a database")) \
        == "the database is damaged (it is not a readable database)"


def test_slugs_are_unique_and_readable():
    assert slugs(["agreed", "Proposal B", "proposal-b", "مقترح"]) == {
        "agreed": "agreed", "Proposal B": "proposal_b", "proposal-b": "proposal_b_2",
        "مقترح": "v4"}


def test_opening_another_partys_file_as_a_project_says_to_import_it(tmp_path):
    """File ▸ Open (or ``zoneeditor info``) on a shapefile or GeoJSON: what to do instead,
    not only "not a GeoPackage"."""
    for name in ("zones.shp", "lines.GeoJSON", "talks.kmz"):
        path = tmp_path / name
        path.write_bytes(b"hello, this is not a GeoPackage")
        with pytest.raises(ReadError) as info:
            read_project(path)
        assert str(info.value).endswith(f"not a zoneeditor project: a {path.suffix.lower()} "
                                        "file is brought into a project with 'zoneeditor "
                                        "import'")
    other = tmp_path / "talks.gpkg"
    other.write_bytes(b"hello, this is not a GeoPackage")
    with pytest.raises(ReadError, match="not a GeoPackage"):
        read_project(other)
