"""Real data from other parties through the commands a user runs (issue #12, issue #15 #12).

Two publishers' files of the same boundaries, imported as they come, diff as "6 modified"
with the right largest shift per feature; ``--map``; ``info`` on any file; export leaving
out what an encoding cannot hold; and a corpus of hostile files and project files through
``info``, ``validate``, ``import``, ``diff`` and ``print``: exit 1 or 2 with one sentence,
never exit 3, never a hang, never a memory blow-up.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import shapely
from conftest import project_with, zone
from support.realdata import UNITS, hausdorff_km

sys.path.insert(0, str(Path(__file__).parents[1] / "data"))
import corpus

#: Address space each command may use: far above what it needs, far below a blow-up.
MEMORY = 6 << 30


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run(*args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    """``zoneeditor ARGS`` as a user runs it, with a memory ceiling."""
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, timeout=timeout, check=False, preexec_fn=_limit,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def one_sentence(proc: subprocess.CompletedProcess) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("zoneeditor: ")
    return lines[0]


def test_two_sources_imported_as_they_come_diff_as_modified(realdata, tmp_path):
    project = tmp_path / "p.gpkg"
    done = run("import", str(realdata["ocha"]), "--into", str(project))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OCHA COD, level 1: names from ADM1_EN / ADM1_AR, codes from ADM1_PCODE" in \
        done.stdout
    proc = run("diff", str(project), str(realdata["geoboundaries"]), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["summary"] == {"added": 0, "removed": 0, "modified": 6, "unchanged": 0}
    ocha = {f["ADM1_EN"] if "ADM1_EN" in f else f["name"]: f
            for f in _features(realdata["ocha"])}
    gb = {f["shapeName"]: f for f in _features(realdata["geoboundaries"])}
    for rec in report["features"]:
        en = next(u for u in UNITS if u[5] == rec["name"])[0]
        truth_km = hausdorff_km(ocha[en]["geometry"], gb[rec["name"]]["geometry"])
        assert truth_km - 0.01 <= rec["max_shift_km"] <= truth_km + 0.1, rec["name"]
        assert rec["matched_by"] in ("name variant", "overlap")
    text = run("diff", str(realdata["ocha"]), str(realdata["geoboundaries"]))
    assert "6 modified, 0 added, 0 removed, 0 unchanged." in text.stdout
    assert "Features with different ids matched 6 by name variant." in text.stdout
    assert "names from shapeName, codes from shapeISO" in text.stderr


def _features(path: Path) -> list[dict]:
    import fiona

    with fiona.open(path) as src:
        return [{**dict(r.properties), "geometry": shapely.geometry.shape(r.geometry)}
                for r in src]


def test_map_option_on_import_and_diff(realdata, tmp_path):
    project = tmp_path / "p.gpkg"
    proc = run("import", str(realdata["ocha"]), "--into", str(project),
               "--map", "name=ADM1_PCODE", "--map", "name_local=")
    assert proc.returncode == 0, proc.stderr
    assert "name=ADM1_PCODE, name_local=(none) as you chose" in proc.stdout
    info = json.loads(run("info", "--json", str(project)).stdout)
    names = {z["name"] for z in info["versions"][0]["zones"]}
    assert names == {u[3] for u in UNITS}
    bad = run("import", str(realdata["ocha"]), "--into", str(tmp_path / "q.gpkg"),
              "--map", "name=NOPE")
    assert bad.returncode == 2
    assert "there is no column 'NOPE' to use as name" in one_sentence(bad)
    assert not (tmp_path / "q.gpkg").exists()
    wrong = run("import", str(realdata["ocha"]), "--into", str(tmp_path / "q.gpkg"),
                "--map", "colour=ADM1_EN")
    assert wrong.returncode == 2 and "not one of" in one_sentence(wrong)
    proc = run("diff", str(realdata["ocha"]), str(realdata["geoboundaries"]), "--format",
               "json", "--map-old", "name=ADM1_PCODE", "--map-new", "name=shapeID")
    report = json.loads(proc.stdout)
    # The chosen columns are the names now; the units are still found, by the names each
    # side has left (ADM1_REF, shapeName) or their shared area.
    assert sorted(f["name"] for f in report["features"]) == \
        sorted(f"SYR-ADM1-3_0_0-B{n}" for n in range(1, 7))
    assert report["summary"]["modified"] == 6


@pytest.mark.parametrize("publisher", ["ocha", "geoboundaries", "gadm", "naturalearth", "osm"])
def test_info_describes_any_file(realdata, publisher):
    proc = run("info", str(realdata[publisher]))
    assert proc.returncode == 0, proc.stderr
    assert "6 features" in proc.stdout and "names from" in proc.stdout
    data = json.loads(run("info", "--json", str(realdata[publisher])).stdout)
    (layer,) = data["layers"]
    assert layer["features"] == 6 and layer["columns"]
    assert any(c["role"] == "name" for c in layer["columns"])


def test_export_in_cp1256_leaves_out_what_it_cannot_hold(sample_copy, tmp_path):
    refused = run("export", str(sample_copy), "--format", "shp", "--encoding", "cp1256",
                  "--out", str(tmp_path / "a"))
    assert refused.returncode == 2
    line = one_sentence(refused)
    assert "name_ru (2 values)" in line and "--omit-unencodable" in line and len(line) < 700
    done = run("export", str(sample_copy), "--format", "shp", "--encoding", "cp1256",
               "--out", str(tmp_path / "b"), "--omit-unencodable")
    assert done.returncode == 0, done.stderr
    assert "left out fields cp1256 cannot hold: name_ru (1 value)" in done.stdout
    out = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(tmp_path / "b" /
                                                             "agreed_zones.shp")],
                         capture_output=True, text=True, check=True).stdout
    assert "name_ru" not in out and "name_local" in out


# -- hostile project files --------------------------------------------------------------------
def _project(path: Path) -> Path:
    from zoneeditor.io.project_file import write_project

    write_project(project_with(agreed=[zone("z1", shapely.box(36.4, 35.7, 36.9, 36.1),
                                            name="Idlib", party="A")]), path)
    return path


def _sql(path: Path, *statements: str) -> Path:
    con = sqlite3.connect(path)
    triggers = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type = "
                                          "'trigger'")]
    for t in triggers:  # GDAL's own triggers need GDAL's SQL functions
        con.execute(f'DROP TRIGGER "{t}"')
    for s in statements:
        con.execute(s)
    con.commit()
    con.close()
    return path


ENDLESS = ("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c) ")


def hostile_projects(folder: Path) -> dict[str, tuple[Path, str]]:
    """Project files someone else made (or changed), and the sentence each must give."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}

    def make(name: str, message: str, *sql: str) -> None:
        out[name] = (_sql(_project(folder / f"{name}.gpkg"), *sql), message)

    make("endless view as zones", "has been replaced by a database view",
         "ALTER TABLE zones__agreed RENAME TO base",
         f"CREATE VIEW zones__agreed AS {ENDLESS}SELECT base.* FROM base, c")
    make("view adding 50 MB to each name", "has been replaced by a database view",
         "ALTER TABLE zones__agreed RENAME TO base",
         "CREATE VIEW zones__agreed AS SELECT fid, geom, zid, name || "
         "printf('%.50000000c', 'x') AS name, name_local, party, status, kind, notes FROM base")
    make("endless view as gpkg_contents", "has been replaced by a database view",
         "ALTER TABLE gpkg_contents RENAME TO contents_base",
         f"CREATE VIEW gpkg_contents AS {ENDLESS}SELECT contents_base.* FROM contents_base, c")
    make("computed column", "is computed by the database",
         "ALTER TABLE zones__agreed ADD COLUMN loud TEXT GENERATED ALWAYS AS (upper(name))")
    make("200 KB of notes", "zoneeditor accepts at most 64.0 KB per value",
         "UPDATE zones__agreed SET notes = printf('%.200000c', 'x')")
    make("600 columns", "layer 'zones__agreed' has 599 columns; zoneeditor accepts at most 500",
         *[f"ALTER TABLE zones__agreed ADD COLUMN c{i} TEXT" for i in range(592)])
    make("garbage geometry", "a geometry is not stored as a GeoPackage geometry",
         "UPDATE zones__agreed SET geom = X'00112233'")
    make("newer format", "made by a newer zoneeditor (format 99)",
         "UPDATE zoneeditor_meta SET value = '99' WHERE key = 'format_version'")
    half = folder / "truncated.gpkg"
    data = _project(folder / "whole.gpkg").read_bytes()
    half.write_bytes(data[: len(data) // 2])
    out["truncated"] = (half, "cannot read")
    return out


@pytest.mark.parametrize("command", ["info", "validate", "diff", "print"])
def test_hostile_project_files_give_one_sentence(tmp_path, command):
    cases = hostile_projects(tmp_path / "projects")
    good = _project(tmp_path / "good.gpkg")

    def attempt(path: Path) -> tuple[subprocess.CompletedProcess, float]:
        args = {"info": ["info", str(path)], "validate": ["validate", str(path)],
                "diff": ["diff", str(good), str(path)],
                "print": ["print", str(path), "--out", str(path.with_suffix(".pdf"))]}[command]
        start = time.monotonic()
        return run(*args), time.monotonic() - start

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = dict(zip(cases, pool.map(lambda c: attempt(cases[c][0]), cases),
                           strict=True))
    for name, (proc, seconds) in results.items():
        assert "Traceback" not in proc.stdout + proc.stderr, name
        assert proc.returncode == 2, (name, proc.stderr)
        assert cases[name][1] in one_sentence(proc), name
        assert seconds < 90, (name, seconds)


def test_a_foreign_virtual_table_stops_an_import_before_anything_is_lost(realdata, tmp_path):
    project = _sql(_project(tmp_path / "p.gpkg"), "CREATE VIRTUAL TABLE notes USING fts5(b)")
    before = project.read_bytes()
    assert run("info", str(project)).returncode == 0
    proc = run("import", str(realdata["ocha"]), "--into", str(project))
    assert proc.returncode == 2
    assert "'notes' is an SQLite virtual table" in one_sentence(proc)
    assert project.read_bytes() == before


# -- the bad-input corpus through every command -------------------------------------------------
def _corpus_runs(tmp_path_factory, command: str) -> dict:
    large = corpus.large_folder(tmp_path_factory)
    cases = [c for c in corpus.cases() if not corpus.needs_skip(c)]
    target = tmp_path_factory.mktemp(f"into-{command}")
    good = tmp_path_factory.mktemp("good") / "good.gpkg"
    if not good.exists():
        _project(good)

    def attempt(case: dict) -> subprocess.CompletedProcess:
        path = corpus.file_of(case, large)
        args = {"info": ["info", str(path)],
                "import": ["import", str(path), "--into",
                           str(target / f"{abs(hash(case['case']))}.gpkg")],
                "diff": ["diff", str(good), str(path)]}[command]
        return run(*args)

    with ThreadPoolExecutor(max_workers=6) as pool:
        return dict(zip([c["case"] for c in cases], pool.map(attempt, cases), strict=True))


@pytest.mark.parametrize("command", ["info", "import", "diff"])
def test_no_bad_input_reaches_exit_3(tmp_path_factory, command):
    runs = _corpus_runs(tmp_path_factory, command)
    expected = {c["case"]: c for c in corpus.cases()}
    assert len(runs) >= 50
    for name, proc in runs.items():
        out = proc.stdout + proc.stderr
        assert "Traceback" not in out and "internal error" not in out, (name, out)
        assert proc.returncode in (0, 1, 2), (name, proc.returncode, out)
        if expected[name]["outcome"] == "unreadable":
            assert proc.returncode == 2, (name, out)
            assert expected[name]["message"] in one_sentence(proc), name


def test_a_200_mb_name_is_refused_quickly(tmp_path):
    path = tmp_path / "huge_name.geojson"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                 '"properties": {"name": "')
        block = "x" * (1 << 20)
        for _ in range(200):
            fh.write(block)
        fh.write('"}, "geometry": {"type": "Point", "coordinates": [36.6, 35.9]}}]}')
    for command in ("validate", "import"):
        args = [command, str(path)] + (["--into", str(tmp_path / "p.gpkg")]
                                       if command == "import" else [])
        start = time.monotonic()
        proc = run(*args)
        assert proc.returncode == 2, proc.stderr
        line = one_sentence(proc)
        assert "at most 64.0 KB per value" in line or "more memory than" in line
        assert len(line) < 400 and time.monotonic() - start < 120
    assert not (tmp_path / "p.gpkg").exists()
    shutil.rmtree(tmp_path, ignore_errors=True)
