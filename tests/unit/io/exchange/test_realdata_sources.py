"""Two publishers' files of the same boundaries, diffed as they come (issue #12), and round
trips whose fingerprint and diff must agree (items 8, 9)."""

from __future__ import annotations

import shutil

import pytest

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_change import Change
from zoneeditor.core.fingerprint import fingerprint
from zoneeditor.core.model import Version
from zoneeditor.io.exchange import export_versions, read_any
from zoneeditor.io.project_file import read_project, write_project


def version_of(path) -> Version:
    result = read_any(path)
    assert result.errors == []
    return Version(path.name, {f.id: f for f in result.accepted()})


@pytest.mark.parametrize(("old", "new", "method"), [
    ("ocha", "geoboundaries", {"name variant"}),
    ("naturalearth", "geoboundaries", {"code"}),
    ("osm", "naturalearth", {"code"}),
    ("gadm", "ocha", {"name", "name variant"}),
    ("gadm", "geoboundaries", {"code"}),
])
def test_two_sources_diff_as_all_modified(realdata, old, new, method):
    r = diff_versions(version_of(realdata[old]), version_of(realdata[new]))
    changes = [f.change for f in r.features]
    assert changes.count(Change.MODIFIED) == 6
    assert Change.ADDED not in changes and Change.REMOVED not in changes
    assert {f.matched_by for f in r.features} <= method
    assert all(f.old_id for f in r.features)


def test_codes_are_the_same_units_whatever_the_names(realdata, tmp_path):
    # geoBoundaries with its names scrambled is still matched, unit by unit, by ISO code.
    import json

    gb = json.loads(realdata["geoboundaries"].read_text(encoding="utf-8"))
    for n, feat in enumerate(gb["features"]):
        feat["properties"]["shapeName"] = f"Unit {n}"
    path = tmp_path / "gb.geojson"
    path.write_text(json.dumps(gb), encoding="utf-8")
    r = diff_versions(version_of(realdata["naturalearth"]), version_of(path))
    pairs = {f.delta.old.name: f.delta.new.name for f in r.features}
    assert pairs["Idlib"] == "Unit 0" and pairs["Al-Hasakeh"] == "Unit 5"
    assert {f.matched_by for f in r.features} == {"code"}


@pytest.mark.parametrize("fmt", ["geojson", "kml", "gpkg", "shp"])
def test_round_trip_keeps_fingerprint_and_diff_says_unchanged(sample_copy, tmp_path, fmt):
    import datetime

    project = read_project(sample_copy)
    agreed = project.agreed
    # Windows line breaks and a date: both must survive every format (KML refused CRLF).
    first = next(iter(agreed))
    agreed.features[first.id] = first.with_attributes(
        notes="Line one\r\nLine two\r\n", signed=datetime.date(2017, 5, 4))
    out = tmp_path / ("shp" if fmt == "shp" else f"agreed.{fmt}")
    report = export_versions(project, ["agreed"], fmt, out)
    files = [p for p in report.written if p.suffix in (".shp", ".geojson", ".kml", ".gpkg")]
    back: dict = {}
    for path in files:
        back.update({f.id: f for f in read_any(path).accepted()})
    if fmt == "shp":  # the folder holds one set per layer
        assert len(back) == len(agreed)
    again = Version("agreed", back)
    assert fingerprint(again) == fingerprint(agreed)
    r = diff_versions(agreed, again)
    assert [f.change for f in r.features] == [Change.UNCHANGED] * len(agreed)
    assert back[first.id].attributes["notes"] == "Line one\r\nLine two\r\n"


def test_importing_into_a_project_keeps_its_foreign_layers(realdata, tmp_path, sample_copy):
    import subprocess

    from zoneeditor.cli import main

    target = tmp_path / "p.gpkg"
    shutil.copyfile(sample_copy, target)
    subprocess.run(["ogr2ogr", "-update", "-nln", "their_boundaries", str(target),
                    str(realdata["geoboundaries"])], check=True)
    assert main(["import", str(realdata["ocha"]), "--into", str(target), "--as",
                 "proposal:OCHA"]) == 0
    project = read_project(target)
    assert "OCHA" in project.versions and len(project.versions["OCHA"]) == 6
    out = subprocess.run(["ogrinfo", "-ro", "-so", str(target), "their_boundaries"],
                         capture_output=True, text=True, check=True).stdout
    assert "Feature Count: 6" in out
    write_project(project, target)
    assert "Feature Count: 6" in subprocess.run(
        ["ogrinfo", "-ro", "-so", str(target), "their_boundaries"], capture_output=True,
        text=True, check=True).stdout


def test_diff_compares_codes_kept_under_different_column_names(realdata, tmp_path, capsys):
    import json

    from support.realdata import UNITS

    from zoneeditor.cli import main

    gb = json.loads(realdata["geoboundaries"].read_text(encoding="utf-8"))
    for n, feat in enumerate(gb["features"]):
        feat["properties"] = {"label": f"Unit {n}", "P_CODE": UNITS[n][3]}
    path = tmp_path / "other.geojson"
    path.write_text(json.dumps(gb), encoding="utf-8")
    assert main(["diff", str(realdata["ocha"]), str(path), "--format", "json",
                 "--map-old", "code=ADM1_PCODE", "--map-new", "code=P_CODE"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {f["matched_by"] for f in report["features"]} == {"code"}
    assert report["summary"]["modified"] == 6
