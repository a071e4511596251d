"""``zoneeditor info`` and ``zoneeditor validate`` run as a user runs them: exit codes, one-line
errors, never a traceback."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from zoneeditor.io.session import sample_path


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def assert_no_traceback(result):
    assert "Traceback" not in result.stderr + result.stdout


def test_info_on_the_sample_text_and_json():
    result = run("info", str(sample_path()))
    assert result.returncode == 0, result.stderr
    assert "ILLUSTRATIVE" in result.stdout
    assert "version agreed" in result.stdout and "version Proposal B" in result.stdout
    assert "zone Idlib [Opposition]" in result.stdout and "km²" in result.stdout
    data = json.loads(run("info", "--json", str(sample_path())).stdout)
    agreed = data["versions"][0]
    assert agreed["name"] == "agreed" and agreed["counts"] == {"zones": 6, "lines": 2,
                                                               "points": 4}
    idlib = next(z for z in agreed["zones"] if z["id"] == "zone-idlib")
    assert 7000 < idlib["area_km2"] < 7500
    assert data["crs"] == "EPSG:4326" and len(agreed["fingerprint"]) == 64
    assert agreed["fingerprint_short"] in result.stdout


def test_validate_sample_is_valid():
    result = run("validate", str(sample_path()))
    assert result.returncode == 0 and "valid" in result.stdout


def test_validate_hand_broken_copy_lists_problems(sample_copy):
    # Break it the way a hand edit in another tool might: a bow-tie and a bad status.
    con = sqlite3.connect(sample_copy)
    # GeoPackage triggers call SpatiaLite-style functions; the geometry is not touched here.
    for fn in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        con.create_function(fn, 1, lambda blob: 0)
    con.execute("UPDATE zones__agreed SET status = 'final' WHERE zid = 'zone-homs'")
    con.commit()
    con.close()
    import fiona
    from shapely.geometry import mapping

    with fiona.open(sample_copy, "a", layer="zones__proposal_b") as sink:
        props = {k: None for k in sink.schema["properties"]}
        props.update(zid="zone-bowtie", name="Bow-tie", party="Opposition", status="proposed")
        from shapely import Polygon
        sink.write({"geometry": mapping(Polygon([(36, 34), (36.2, 34.2), (36.2, 34), (36, 34.2)])),
                    "properties": props})
    result = run("validate", str(sample_copy))
    assert_no_traceback(result)
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert any("North of Homs" in x and "status 'final'" in x for x in lines)
    assert any(x.startswith("Proposal B: Bow-tie") and "crosses itself" in x and "°N" in x
               for x in lines)
    data = json.loads(run("validate", "--json", f"{sample_copy}:Proposal B").stdout)
    assert data["valid"] is False
    assert [p["feature_id"] for p in data["problems"]] == ["zone-bowtie"]
    assert data["problems"][0]["lon"] == pytest.approx(36.1)


@pytest.mark.parametrize("command", ["info", "validate"])
def test_unreadable_input_is_one_line_and_exit_2(tmp_path, command):
    cases = {
        "missing.gpkg": None,
        "empty.gpkg": b"",
        "random.gpkg": bytes(range(256)) * 40,
    }
    for name, content in cases.items():
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        result = run(command, str(path))
        assert_no_traceback(result)
        assert result.returncode == 2, (name, result.stderr)
        err = result.stderr.strip().splitlines()
        assert len(err) == 1 and err[0].startswith(f"zoneeditor: cannot read {path}: ")


def test_unknown_version_names_the_known_ones():
    result = run("validate", f"{sample_path()}:Proposal Z")
    assert result.returncode == 2
    assert "no version 'Proposal Z'" in result.stderr and "Proposal B" in result.stderr


def test_version_flag_and_help():
    assert run("--version").stdout.startswith("zoneeditor ")
    help_text = run("--help").stdout
    assert "info" in help_text and "validate" in help_text
