"""Another party's file that writes parties in its own case, or none at all, through
``zoneeditor diff``, ``import`` and ``validate`` (an outside tester's report)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """The sample, and Proposal B's zones as another tool writes them: NAME, PARTY in
    upper case (or ``party`` as given), STATUS=PROPOSED; one set without a party column."""
    import fiona
    from fiona.crs import CRS
    from shapely.geometry import mapping

    from zoneeditor.io.project_file import read_project
    from zoneeditor.io.session import sample_path

    folder = tmp_path_factory.mktemp("values")
    sample = folder / "sample.gpkg"
    shutil.copyfile(sample_path(), sample)
    zones = read_project(sample).versions["Proposal B"].layer("zones")

    def write(name: str, party=None) -> str:
        props = {"NAME": "str:80", "STATUS": "str:20", "TYPE": "str:20"}
        if party is not None:
            props["PARTY"] = "str:40"
        with fiona.open(folder / name, "w", driver="ESRI Shapefile", crs=CRS.from_epsg(4326),
                        schema={"geometry": "Polygon", "properties": props},
                        encoding="utf-8") as dst:
            for f in zones:
                rec = {"NAME": f.name, "STATUS": "PROPOSED", "TYPE": f.attributes["kind"]}
                if party is not None:
                    rec["PARTY"] = party(f.party)
                dst.write({"geometry": mapping(f.geometry), "properties": rec})
        return str(folder / name)

    return {"sample": str(sample), "upper": write("upper.shp", str.upper),
            "short": write("short.shp", lambda p: p[:3].upper()),
            "none": write("none.shp")}


def test_parties_in_upper_case_are_the_agreed_parties(files):
    out = run("diff", files["sample"], files["upper"])
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "OPPOSITION" not in text.split("Note:")[-1].split("\n", 1)[1], text
    assert "handed from" not in text
    assert "275.2 km² near Mūrak passes from Opposition to Government" in text
    assert "Government: 2,347.5 → 2,622.7 km² (+275.2 km²)" in text
    assert ("Note: upper.shp: party values read up to letter case and spacing: OPPOSITION → "
            "Opposition, GOVERNMENT → Government, MONITORS → Monitors") in text
    assert "Note: upper.shp: status values read up to letter case and spacing: PROPOSED → " \
           "proposed" in text
    data = json.loads(run("diff", files["sample"], files["upper"], "--format", "json").stdout)
    assert {p["name"] for p in data["parties"]} == {"Opposition", "Government"}
    assert any("OPPOSITION → Opposition" in n for n in data["notes"])


def test_values_that_differ_otherwise_are_mapped_as_the_user_says(files):
    out = run("diff", files["sample"], files["short"], "--format", "json")
    assert {p["name"] for p in json.loads(out.stdout)["parties"]} >= {"OPP", "GOV"}
    out = run("diff", files["sample"], files["short"], "--format", "json",
              "--map-values", "party=OPP:Opposition", "--map-values", "party=gov:government")
    data = json.loads(out.stdout)
    assert {p["name"] for p in data["parties"]} == {"Opposition", "Government"}, out.stderr
    assert [(t["from"], t["to"]) for t in data["transfers"]][:1] == [
        ("Opposition", "Government")]
    assert any(n.startswith("short.shp: party values mapped as you chose: OPP → Opposition")
               for n in data["notes"])
    bad = run("diff", files["sample"], files["short"], "--map-values", "party=OPP")
    assert bad.returncode == 2 and "ATTRIBUTE=VALUE:MEANT" in bad.stderr


def test_a_file_without_parties_computes_no_party_figures_and_says_so(files):
    sentence = ("'none.shp' gives no party for any zone: party totals and land changing "
                "hands are not computed")
    out = run("diff", files["sample"], files["none"])
    assert out.returncode == 0, out.stderr
    assert sentence in out.stdout
    report = out.stdout.split("\n", 2)[2]  # after the notes: status read, how to map
    assert "no party" not in report.replace(sentence, "") and "passes" not in report
    assert "lost 275.2 km²" in out.stdout  # per-feature gains and losses stay
    assert "map it with --map-new party=COLUMN" in out.stdout
    data = json.loads(run("diff", files["sample"], files["none"], "--format", "json").stdout)
    assert data["parties_computed"] is False and data["parties_note"] == sentence
    assert data["parties"] == [] and data["transfers"] == []
    csv = run("diff", files["sample"], files["none"], "--format", "csv")
    assert sentence in csv.stderr and "--map-new party=COLUMN" in csv.stderr


def test_import_takes_the_projects_parties_and_validate_the_status(files, tmp_path):
    project = tmp_path / "p.gpkg"
    shutil.copyfile(files["sample"], project)
    out = run("import", files["upper"], "--into", str(project), "--as", "proposal:Theirs")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "note: party values read up to letter case and spacing: OPPOSITION → " \
           "Opposition" in out.stdout
    info = run("info", str(project)).stdout
    assert "parties:  Government (#c0392b), Opposition (#1f77b4), Monitors (#7b3fa0)\n" in info
    checked = run("validate", files["upper"])
    assert checked.returncode == 0, checked.stdout
    assert "status values read up to letter case and spacing: PROPOSED → proposed" in \
        checked.stdout


def test_on_a_terminal_the_how_to_map_hint_is_said_once(files):
    # An outside tester: at a terminal, "no party column recognised ... --map-new
    # party=COLUMN" came twice, once on stderr and once as the report's note. With the report
    # on the terminal, its note says it; stderr keeps it only when the report goes elsewhere
    # (a file, a pipe: the tests above).
    import os
    import pty

    hint = "map it with --map-new party=COLUMN"
    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "zoneeditor", "diff", files["sample"],
                               files["none"], "--no-places"], stdout=follower,
                              stderr=subprocess.PIPE, text=True, timeout=120)
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed (Linux reports EIO)
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    assert done.returncode == 0, done.stderr
    terminal = shown.decode("utf-8", errors="replace")
    assert terminal.count(hint) == 1, terminal
    assert hint not in done.stderr, done.stderr
    # the report's own sentence is said once too
    assert terminal.count("gives no party for any zone") == 1, terminal
