"""``zoneeditor import`` as a user runs it: round trip, decisions, and no damage on failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.io.project_file import read_project

BAD = Path(__file__).parents[1] / "data" / "bad"


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, check=False, env=env)


def test_export_then_import_as_proposal_keeps_the_fingerprint(sample_copy, tmp_path):
    assert run("export", f"{sample_copy}:Proposal B", "--format", "shp", "--zip", "--out",
               str(tmp_path / "b.zip")).returncode == 0
    target = tmp_path / "theirs.gpkg"
    proc = run("import", str(tmp_path / "b.zip"), "--into", str(target), "--as",
               "proposal:Their B")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "imported 6 zones, 2 lines, 4 points into 'Their B'" in proc.stdout
    mine = read_project(sample_copy).versions["Proposal B"]
    theirs = read_project(target).versions["Their B"]
    assert fingerprint(theirs) == fingerprint(mine)
    assert theirs.get("zone-idlib").attributes["name_local"] == "إدلب"


def test_every_format_imports_into_the_baseline(sample_copy, tmp_path):
    for fmt, name in (("gpkg", "x.gpkg"), ("geojson", "x.geojson"), ("kml", "x.kml")):
        assert run("export", str(sample_copy), "--format", fmt, "--out",
                   str(tmp_path / name)).returncode == 0
        target = tmp_path / f"{fmt}.gpkg"
        proc = run("import", str(tmp_path / name), "--into", str(target))
        assert proc.returncode == 0, proc.stdout + proc.stderr
        agreed = read_project(target).agreed
        assert len(agreed) == 12 and agreed.get("post-morek").attributes["name_local"]


def test_invalid_geometry_needs_repair(tmp_path):
    target = tmp_path / "p.gpkg"
    proc = run("import", str(BAD / "bowtie.geojson"), "--into", str(target))
    assert proc.returncode == 1
    assert "the boundary crosses itself" in proc.stdout and "--repair" in proc.stdout
    assert "nothing imported" in proc.stdout
    assert not target.exists()
    proc = run("import", str(BAD / "bowtie.geojson"), "--into", str(target), "--repair")
    assert proc.returncode == 0, proc.stdout
    (zone,) = read_project(target).agreed
    assert zone.geometry.is_valid and zone.id == "z-bowtie"


def test_missing_crs_needs_a_choice(tmp_path):
    target = tmp_path / "p.gpkg"
    shp = BAD / "utm_no_prj" / "zones.shp"
    proc = run("import", str(shp), "--into", str(target))
    assert proc.returncode == 1 and "--assume-crs EPSG:N" in proc.stdout
    proc = run("import", str(shp), "--into", str(target), "--assume-crs", "EPSG:32637")
    assert proc.returncode == 0, proc.stdout
    (zone,) = read_project(target).agreed
    assert 36.3 < zone.geometry.bounds[0] < 36.4


def test_unreadable_file_or_crash_leaves_the_project_untouched(sample_copy):
    before = sample_copy.read_bytes()
    proc = run("import", str(BAD / "html_error_page.geojson"), "--into", str(sample_copy))
    assert proc.returncode == 2 and "HTML page" in proc.stderr
    env = {**os.environ, "ZONEEDITOR_SANDBOX_FAULT": "segv"}
    proc = run("import", str(BAD / "bowtie.geojson"), "--into", str(sample_copy), env=env)
    assert proc.returncode == 2
    assert "crashed the file reader (SIGSEGV, signal 11)" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert sample_copy.read_bytes() == before


def test_into_something_that_is_not_a_project(tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    proc = run("import", str(BAD / "good_arabic.kml"), "--into", str(other))
    assert proc.returncode == 2 and "not a zoneeditor project" in proc.stderr
    proc = run("import", str(BAD / "good_arabic.kml"), "--into", str(tmp_path / "p.gpkg"),
               "--as", "nonsense")
    assert proc.returncode == 2 and "--as must be" in proc.stderr


def test_project_open_in_an_editor_is_not_written(sample_copy):
    from zoneeditor.io.lock import ProjectLock

    before = sample_copy.read_bytes()
    lock = ProjectLock.acquire(sample_copy)  # as the editor does when it opens the file
    try:
        proc = run("import", str(BAD / "good_arabic.kml"), "--into", str(sample_copy))
    finally:
        lock.release()
    assert proc.returncode == 2 and "is already open in zoneeditor" in proc.stderr
    assert sample_copy.read_bytes() == before
