"""The report writers: JSON document, CSV rows, readable text, GeoPackage export."""

from __future__ import annotations

import json

import fiona
import pytest
from conftest import line, point, zone
from shapely import LineString, Point, box

from zoneeditor.core.diff import diff_versions
from zoneeditor.core.diff_report import (
    CSV_COLUMNS,
    FORMAT_VERSION,
    csv_rows,
    report_to_dict,
    summary_text,
)
from zoneeditor.core.model import AGREED, Version
from zoneeditor.core.places import Gazetteer, Town
from zoneeditor.io.diff_export import write_diff_gpkg

GAZ = Gazetteer([Town(1, "Khan Shaykhun", "خان شيخون", None, 35.5, 36.5, 50_000, "SY")])


def v(name, *features):
    return Version(name, {f.id: f for f in features})


@pytest.fixture
def report():
    old = v(AGREED,
            zone("a", box(35, 36, 36, 37), party="Opposition", name="Idlib"),
            zone("b", box(36, 36, 37, 37), party="Government", name="Hama"),
            line("l", LineString([(36, 36), (36, 37)]), name="Line of contact"),
            point("p", Point(36.5, 36.5), name="Post"))
    new = v("Proposal B",
            zone("a", box(35, 36, 35.75, 37), party="Opposition", name="Idlib",
                 status="proposed"),
            zone("b", box(35.75, 36, 37, 37), party="Government", name="Hama"),
            line("l", LineString([(35.75, 36), (35.75, 37)]), name="Line of contact"))
    return diff_versions(old, new, GAZ)


def test_json_document_has_the_documented_keys(report):
    d = json.loads(json.dumps(report_to_dict(report), ensure_ascii=False))
    assert d["format_version"] == FORMAT_VERSION
    assert d["old"]["version"] == AGREED and d["new"]["version"] == "Proposal B"
    assert d["summary"] == {"added": 0, "removed": 1, "modified": 3, "unchanged": 0}
    feats = {f["id"]: f for f in d["features"]}
    assert feats["a"]["changed_attributes"] == ["status"]
    assert feats["a"]["lost_km2"] > 2000 and feats["a"]["gained_km2"] == 0
    assert feats["l"]["area_between_km2"] > 0 and "mean_shift_km" in feats["l"]
    assert feats["p"]["area_before_km2"] is None and feats["p"]["change"] == "removed"
    (t,) = d["transfers"]
    assert t["from"] == "Opposition" and t["to"] == "Government"
    assert t["pieces"][0]["near"] == "Khan Shaykhun"
    assert {p["name"] for p in d["parties"]} == {"Opposition", "Government"}
    for region in d["regions"]:
        assert set(region) == {"feature_id", "kind", "area_km2", "near", "near_km", "lon",
                               "lat"}


def test_csv_rows_have_every_column(report):
    rows = csv_rows(report)
    assert len(rows) == 4
    assert all(list(r) == list(CSV_COLUMNS) for r in rows)
    assert next(r for r in rows if r["id"] == "p")["gained_km2"] == ""


def test_text_summary_says_who_gives_land_to_whom(report):
    text = summary_text(report)
    assert "Idlib (Opposition): modified — lost" in text
    assert "near Khan Shaykhun" in text
    assert "passes from Opposition to Government" in text
    assert "Line of contact: modified — moved up to" in text
    assert "Post: removed" in text


def test_text_for_identical_versions():
    same = v(AGREED, zone("a", box(0, 0, 1, 1)))
    text = summary_text(diff_versions(same, v("P", *same)))
    assert "same map content" in text and "0 modified" in text


def test_gpkg_export_holds_regions_and_transfers(report, tmp_path):
    target = tmp_path / "diff.gpkg"
    write_diff_gpkg(report, target)
    layers = fiona.listlayers(target)
    assert {"change_regions", "transfers", "features", "diff_info"} <= set(layers)
    with fiona.open(target, layer="change_regions") as src:
        rows = [dict(f.properties) for f in src]
    assert {r["kind"] for r in rows} == {"gained", "lost"}
    assert all(r["near"] == "Khan Shaykhun" for r in rows)
    with fiona.open(target, layer="transfers") as src:
        (t,) = [dict(f.properties) for f in src]
    assert (t["from_party"], t["to_party"]) == ("Opposition", "Government")
    assert not list(tmp_path.glob(".diff.gpkg.*"))  # no temporary file left behind


def test_gpkg_export_failure_is_a_write_error(report, tmp_path):
    from zoneeditor.core.errors import WriteError

    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WriteError):
        write_diff_gpkg(report, blocker / "sub" / "diff.gpkg")
