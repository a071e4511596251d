"""``zoneeditor import`` as a user runs it: round trip, decisions, and no damage on failure."""

from __future__ import annotations

import json
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


def test_coordinates_that_cannot_be_placed_are_said_once_not_per_feature_in_degrees(tmp_path):
    # UTM metres with no .prj: one sentence for the layer, never "3.9e+06°N" per feature.
    shp = BAD / "utm_no_prj" / "zones.shp"
    proc = run("validate", str(shp))
    assert proc.returncode == 1
    assert proc.stdout.count("error:") == 1 and "--assume-crs EPSG:N" in proc.stdout
    assert "outside longitude/latitude" not in proc.stdout and "°N" not in proc.stdout
    assert "left out" in proc.stdout.splitlines()[-1]
    proc = run("info", str(shp))
    assert "not longitude/latitude" in proc.stdout and "read as WGS 84" not in proc.stdout
    assert "(the file's own units)" in proc.stdout
    proc = run("import", str(shp), "--into", str(tmp_path / "p.gpkg"))
    assert "CRS unknown" in proc.stdout and "EPSG:4326" not in proc.stdout
    # metres assumed to be degrees: the same one sentence, not one per feature
    proc = run("validate", str(shp), "--assume-crs", "EPSG:4326")
    assert proc.stdout.count("error:") == 1 and "°N" not in proc.stdout
    assert "cannot be in EPSG:4326 as assumed" in proc.stdout
    proc = run("diff", str(shp), str(shp))  # never compared as if it were degrees
    assert proc.returncode == 1 and "--assume-crs EPSG:N" in proc.stderr
    assert "outside longitude/latitude" not in proc.stderr and "Traceback" not in proc.stderr


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


def _truncated_shapefile(folder: Path) -> tuple[Path, int]:
    """Seven zones written by fiona, the .shp cut short; and how many zones survive."""
    import fiona

    folder.mkdir()
    path = folder / "trunc.shp"
    schema = {"geometry": "Polygon", "properties": {"zid": "str", "name": "str"}}
    with fiona.open(path, "w", driver="ESRI Shapefile", schema=schema, crs="EPSG:4326",
                    encoding="utf-8") as dst:
        for i in range(7):
            x = 36.0 + i * 0.3
            ring = [(x, 35.0), (x + 0.1, 35.0), (x + 0.1, 35.1), (x, 35.1), (x, 35.0)]
            dst.write({"geometry": {"type": "Polygon", "coordinates": [ring]},
                       "properties": {"zid": f"z-{i}", "name": f"Zone {i}"}})
    record = 8 + 44 + 4 + 5 * 16  # a 5-vertex polygon record
    path.write_bytes(path.read_bytes()[:100 + 3 * record + 10])  # 3 whole records
    return path, 3


def test_a_truncated_shapefile_is_not_imported_until_leaving_out_is_asked(tmp_path):
    shp, kept = _truncated_shapefile(tmp_path / "in")
    target = tmp_path / "p.gpkg"
    proc = run("import", str(shp), "--into", str(target))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    assert last == ("nothing imported: 4 features (4 without geometry) cannot be imported; to "
                    f"import the other {kept} and leave these out, add --skip-unreadable")
    assert not target.exists()
    proc = run("import", str(shp), "--into", str(target), "--skip-unreadable")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (f"imported {kept} zones into 'agreed' of {target}; left out 4 features (4 without "
            "geometry), as --skip-unreadable asked") in proc.stdout
    assert sorted(f.id for f in read_project(target).agreed) == [f"z-{i}" for i in range(kept)]


def test_json_says_what_would_be_left_out(tmp_path):
    import json

    shp, kept = _truncated_shapefile(tmp_path / "in")
    proc = run("import", str(shp), "--into", str(tmp_path / "p.gpkg"), "--json")
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert report["imported"] == 0 and report["left_out"] == {"no-geometry": 4}
    assert report["files"][0]["left_out"] == {"no-geometry": 4}
    proc = run("import", str(shp), "--into", str(tmp_path / "p.gpkg"), "--json",
               "--skip-unreadable")
    assert proc.returncode == 0 and json.loads(proc.stdout)["imported"] == kept


def test_a_windows_1256_geojson_imports_with_its_encoding(tmp_path):
    import json

    names = ["إدلب", "ريف حماة الشمالي", "الغوطة الشرقية"]
    features = [{"type": "Feature", "id": f"z-{i}",
                 "properties": {"name": f"Zone {i}", "name_local": name},
                 "geometry": {"type": "Point", "coordinates": [36 + i / 10, 35.5]}}
                for i, name in enumerate(names)]
    path = tmp_path / "arabic.geojson"
    path.write_bytes(json.dumps({"type": "FeatureCollection", "features": features},
                                ensure_ascii=False).encode("cp1256"))
    target = tmp_path / "p.gpkg"
    proc = run("import", str(path), "--into", str(target))
    assert proc.returncode == 1 and not target.exists()
    assert "the text is not UTF-8, as GeoJSON requires" in proc.stdout
    assert "it reads as Arabic in cp1256 (choose --encoding cp1256)" in proc.stdout
    assert "nothing imported: 1 problem above needs a decision" in proc.stdout
    proc = run("import", str(path), "--into", str(target), "--encoding", "cp1256")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    agreed = read_project(target).agreed
    assert [agreed.get(f"z-{i}").attributes["name_local"] for i in range(3)] == names


def test_the_help_says_what_encoding_and_skip_unreadable_are_for():
    proc = run("import", "--help")
    text = " ".join(proc.stdout.split())
    assert "GeoJSON or KML that is not UTF-8" in text
    assert "--skip-unreadable" in text and "Without it nothing is imported" in text


def test_importing_into_a_version_that_has_features_says_what_it_did(sample_copy, tmp_path):
    """A tester imported a file twice into one proposal (every zone twice, exit 0, "imported
    6 zones" both times) and an export of Proposal B into the agreed baseline, which replaced
    five agreed zones under the same words."""
    shp = tmp_path / "b"
    assert run("export", f"{sample_copy}:Proposal B", "--format", "shp", "--out",
               str(shp)).returncode == 0
    zones = str(next(shp.glob("*zones*.shp")))
    first = run("import", zones, "--into", str(sample_copy), "--as", "proposal:Twice")
    assert first.returncode == 0 and "added" not in first.stdout  # a new proposal
    again = run("import", zones, "--into", str(sample_copy), "--as", "proposal:Twice")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "(0 added, 0 replaced by id, 6 unchanged; 'Twice' now has 6 zones)" in again.stdout
    baseline = run("import", zones, "--into", str(sample_copy))
    assert "(0 added, 5 replaced by id, 1 unchanged; 'agreed' now has 6 zones, 2 lines, " \
           "4 points)" in baseline.stdout, baseline.stdout
    # a file without ids: every zone added again, and said to be a shape already there
    plain = tmp_path / "plain.geojson"
    assert run("export", f"{sample_copy}:Twice", "--format", "geojson", "--out",
               str(plain)).returncode == 0
    text = plain.read_text(encoding="utf-8").replace('"zid"', '"ref"')
    plain.write_text(text, encoding="utf-8")
    dup = run("import", str(plain), "--into", str(sample_copy), "--as", "proposal:Twice")
    assert "(6 added, 0 replaced by id; 'Twice' now has 12 zones)" in dup.stdout, dup.stdout
    assert "note: 6 added features have the shape of a feature 'Twice' had already" \
        in dup.stdout


def test_info_writes_a_far_out_coordinate_in_a_few_characters(tmp_path):
    path = tmp_path / "huge.geojson"
    ring = [[36.3, 35.7], [1e308, 35.7], [36.3, 36.05], [36.3, 35.7]]
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                    '"properties": {"name": "Huge"}, "geometry": {"type": "Polygon", '
                    f'"coordinates": [{ring}]}}}}]}}', encoding="utf-8")
    proc = run("info", str(path))
    extent = next(line for line in proc.stdout.splitlines() if "extent:" in line)
    assert "1e+308" in extent and len(extent) < 80


def test_based_on_puts_a_partial_file_into_a_copy_of_a_version(sample_copy, tmp_path):
    """A colleague's file with the two zones they redrew, from another tool (no ids, no
    party): --based-on agreed makes a proposal where only those two changed."""
    import json

    agreed = read_project(sample_copy).versions["agreed"]
    theirs = [f for f in read_project(sample_copy).versions["Proposal B"]
              if f.name in ("Idlib", "Eastern Ghouta")]
    path = tmp_path / "colleague.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"ZONE_NM": f.name},
         "geometry": f.geometry.__geo_interface__} for f in theirs]}), encoding="utf-8")
    proc = run("import", str(path), "--into", str(sample_copy), "--as", "proposal:Colleague",
               "--based-on", "agreed")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "(a copy of 'agreed': 2 replaced, 0 added, 10 kept unchanged)" in proc.stdout
    made = read_project(sample_copy).versions["Colleague"]
    assert set(made.features) == set(agreed.features)
    assert made.features["zone-idlib"].party == "Opposition"
    diff = run("diff", f"{sample_copy}:agreed", f"{sample_copy}:Colleague")
    assert "2 modified, 0 added, 0 removed, 10 unchanged." in diff.stdout
    # without a new proposal's name it is refused in one sentence
    proc = run("import", str(path), "--into", str(sample_copy), "--based-on", "agreed")
    assert proc.returncode == 2 and "give --as proposal:NAME" in proc.stderr + proc.stdout


def test_a_zones_only_file_as_a_new_proposal_says_the_rest_will_read_as_removed(sample_copy,
                                                                              tmp_path):
    """An outside tester imported a shapefile of the sample's zones as a new proposal: no
    word on the command line, and the next diff listed every line and point as removed
    (the import dialog says so beside its choice)."""
    out = tmp_path / "zones"
    out.mkdir()
    assert run("export", str(sample_copy), "--format", "shp", "--out",
               str(out)).returncode == 0
    proc = run("import", str(out / "agreed_zones.shp"), "--into", str(sample_copy), "--as",
               "proposal:Their proposal")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    said = [line for line in proc.stderr.splitlines() if line.strip()]
    assert said == ["zoneeditor: 'Their proposal' holds only the files' features, so "
                    "comparing it with 'agreed' lists the 2 lines, 4 points of 'agreed' the "
                    "files do not hold as removed; to start from a copy of 'agreed' with the "
                    "files' features put in, import them as a new proposal with --based-on "
                    "agreed"]
    assert "--based-on" in run("import", "--help").stdout  # the advice names a real option
    # what it advises does what it says: nothing reads as removed
    proc = run("import", str(out / "agreed_zones.shp"), "--into", str(sample_copy), "--as",
               "proposal:Theirs on agreed", "--based-on", "agreed")
    assert proc.returncode == 0 and not proc.stderr.strip(), proc.stderr
    diff = run("diff", f"{sample_copy}:agreed", f"{sample_copy}:Theirs on agreed")
    assert " 0 removed" in diff.stdout
    # nor is a whole proposal, which drops one of the baseline's points on purpose
    assert run("export", f"{sample_copy}:Proposal B", "--format", "geojson", "--out",
               str(tmp_path / "b.geojson")).returncode == 0
    proc = run("import", str(tmp_path / "b.geojson"), "--into", str(sample_copy), "--as",
               "proposal:Whole B")
    assert proc.returncode == 0 and not proc.stderr.strip(), proc.stderr
    # a file that stands for all of the baseline is not warned about
    assert run("export", str(sample_copy), "--format", "gpkg", "--out",
               str(tmp_path / "all.gpkg")).returncode == 0
    proc = run("import", str(tmp_path / "all.gpkg"), "--into", str(sample_copy), "--as",
               "proposal:Everything")
    assert proc.returncode == 0 and not proc.stderr.strip(), proc.stderr


def test_values_the_project_does_not_know_are_said_with_how_to_map_them(sample_copy,
                                                                        tmp_path):
    """The command says what the dialog lists on its "Party and status values" tab (the
    same ``unknown_values``): OPP and GOV become new parties unless mapped."""
    from support.party_files import party_shapefile

    path = party_shapefile(tmp_path)
    proc = run("import", str(path), "--into", str(sample_copy), "--as", "proposal:Theirs",
               "--map-values", "party=OPP:Opposition")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "note: party values mapped as you chose: OPP → Opposition" in proc.stdout
    assert "note: 2 new parties: GOV (1), UN (1) (to read them as the project's parties, " \
           "add --map-values party=VALUE:PARTY)" in proc.stdout
    assert "note: status values that are not proposed, agreed or disputed: ok (1)" \
        in proc.stdout
    parties = {f.name: f.party for f in read_project(sample_copy).versions["Theirs"]}
    assert parties == {"Alpha": "Opposition", "Beta": "Opposition", "Gamma": "GOV",
                       "Delta": "Opposition", "Epsilon": "UN"}
    # the JSON says it too, and a project that knows them has nothing to say
    again = run("import", str(path), "--into", str(sample_copy), "--as", "proposal:Again",
                "--json")
    assert json.loads(again.stdout)["unknown_values"] == {"party": {"OPP": 2},
                                                          "status": {"ok": 1}}


def test_columns_holding_the_projects_parties_and_statuses_are_named(sample_copy, tmp_path):
    """An outside tester's GeoJSON came back with its party and status columns renamed
    ("camp", "etat"): imported, every zone had no party and nothing said why."""
    exported = tmp_path / "pb.geojson"
    proc = run("export", f"{sample_copy}:Proposal B", "--format", "geojson", "--out",
               str(exported))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(exported.read_text(encoding="utf-8"))
    for feature in data["features"]:
        props = feature["properties"]
        feature["properties"] = {"NOM": props["name"], "camp": props["party"],
                                 "etat": props["status"], "ID": props["zid"]}
    theirs = tmp_path / "theirs.geojson"
    theirs.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    proc = run("import", str(theirs), "--into", str(sample_copy), "--as", "proposal:Theirs")
    assert proc.returncode == 0, proc.stderr
    for line in ("its column camp holds the project's parties; to import them as such, add "
                 "--map party=camp",
                 "its column etat holds the project's statuses; to import them as such, add "
                 "--map status=etat",
                 "its column ID holds the ids of the project's features; to keep them as the "
                 "features' ids, add --map id=ID"):
        assert f"note: theirs.geojson: {line}" in proc.stdout, proc.stdout
    proc = run("import", str(theirs), "--into", str(sample_copy), "--as", "proposal:Mapped",
               "--map", "party=camp", "--map", "status=etat", "--map", "id=ID", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["columns_to_map"] == {}
    mapped = read_project(sample_copy).versions["Mapped"]
    assert {f.party for f in mapped if f.layer.value == "zones"} == {
        "Opposition", "Government", "Monitors"}
