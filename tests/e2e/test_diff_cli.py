"""``zoneeditor diff`` as a user runs it: a subprocess on the bundled sample, output checked
against the documented schema (docs/diff-format.md) and with independent readers."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FEATURE_KEYS = {"id", "name", "party", "layer", "change", "area_before_km2", "area_after_km2",
                "gained_km2", "lost_km2", "max_shift_km", "changed_attributes"}
LINE_KEYS = {"area_between_km2", "mean_shift_km"}
REGION_KEYS = {"feature_id", "kind", "area_km2", "near", "near_km", "lon", "lat"}
PARTY_KEYS = {"name", "area_before_km2", "area_after_km2", "net_km2"}
TRANSFER_KEYS = {"from", "to", "area_km2"}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", "diff", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def sample(module_sample):
    return module_sample


@pytest.fixture(scope="module")
def report(sample):
    out = run(str(sample), f"{sample}:Proposal B", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    return json.loads(out.stdout)


def test_json_follows_the_documented_schema(report):
    assert report["format_version"] == 1
    assert report["old"]["version"] == "agreed" and report["new"]["version"] == "Proposal B"
    for side in ("old", "new"):
        assert len(report[side]["fingerprint"]) == 64
    for f in report["features"]:
        assert f.keys() >= FEATURE_KEYS, f
        assert f["change"] in {"added", "removed", "modified", "unchanged"}
        if f["layer"] == "lines":
            assert f.keys() >= LINE_KEYS
    assert report["regions"] and all(r.keys() >= REGION_KEYS for r in report["regions"])
    assert all(p.keys() >= PARTY_KEYS for p in report["parties"])
    assert all(t.keys() >= TRANSFER_KEYS for t in report["transfers"])


def test_sample_proposal_b_numbers(report):
    # Edges measured as drawn (docs/architecture.md, "Measures"): 275.242 km² is also what an
    # equal-area projection (LAEA) of the lost land, its edges cut every 0.0001°, gives
    # (275.2422); measured as geodesics between the vertices it was 275.196.
    f = {x["id"]: x for x in report["features"]}
    assert f["zone-idlib"]["change"] == "modified"
    assert f["zone-idlib"]["lost_km2"] == pytest.approx(275.242, abs=0.01)
    assert f["zone-idlib"]["gained_km2"] == 0
    assert f["zone-hama"]["gained_km2"] == pytest.approx(275.242, abs=0.01)
    assert f["zone-idlib"]["max_shift_km"] == pytest.approx(10.08, abs=0.01)
    assert f["zone-south"]["changed_attributes"] == ["notes"]
    assert f["zone-homs"]["change"] == "unchanged"
    assert f["post-surman"]["change"] == "removed"
    assert f["post-khan-shaykhun"]["change"] == "added"
    assert f["line-idlib-hama"]["area_between_km2"] == pytest.approx(275.242, abs=0.01)
    transfers = {(t["from"], t["to"]): t["area_km2"] for t in report["transfers"]}
    assert transfers[("Opposition", "Government")] == pytest.approx(275.242, abs=0.01)
    assert transfers[("Opposition", None)] == pytest.approx(57.172, abs=0.01)
    parties = {p["name"]: p for p in report["parties"]}
    assert "Monitors" not in parties  # buffer zone: not territory
    assert parties["Government"]["net_km2"] == pytest.approx(275.242, abs=0.01)
    # the sample's Idlib–Hama change lies by Khan Shaykhun / Morek, in Idlib–Hama country
    lost = [r for r in report["regions"] if r["feature_id"] == "zone-idlib"]
    assert lost and lost[0]["near"] and lost[0]["near_km"] < 10


def test_text_summary_reads_like_a_negotiator_speaks(sample):
    out = run(str(sample), f"{sample}:Proposal B")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "Idlib (Opposition): modified — lost 275.2 km²" in text
    assert "max shift 10.1 km" in text
    assert "passes from Opposition to Government" in text
    assert "Observation post Surman (Monitors): removed" in text
    assert "Traceback" not in text + out.stderr


def test_no_version_means_the_agreed_baseline(sample):
    out = run(str(sample), f"{sample}:agreed", "--format", "json", "--no-places")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["summary"]["modified"] == data["summary"]["added"] == 0
    assert data["old"]["fingerprint"] == data["new"]["fingerprint"]


def test_csv_has_one_row_per_feature(sample, report):
    out = run(str(sample), f"{sample}:Proposal B", "--format", "csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == len(report["features"])
    idlib = next(r for r in rows if r["id"] == "zone-idlib")
    assert float(idlib["lost_km2"]) == pytest.approx(275.242, abs=0.01)


def test_gpkg_regions_open_in_ogrinfo(sample, tmp_path):
    target = tmp_path / "changes.gpkg"
    out = run(str(sample), f"{sample}:Proposal B", "--format", "gpkg", "--out", str(target))
    assert out.returncode == 0, out.stderr
    if shutil.which("ogrinfo") is None:
        pytest.skip("ogrinfo not installed")
    info = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(target)], capture_output=True,
                          text=True, timeout=60).stdout
    assert "Layer name: change_regions" in info and "Layer name: transfers" in info
    assert "Geometry: Polygon" in info
    rows = subprocess.run(["ogrinfo", "-ro", str(target), "-sql",
                           "SELECT from_party, to_party, area_km2 FROM transfers"],
                          capture_output=True, text=True, timeout=60).stdout
    assert "from_party (String) = Opposition" in rows
    assert "to_party (String) = Government" in rows


def test_out_writes_a_file(sample, tmp_path):
    target = tmp_path / "diff.json"
    out = run(str(sample), f"{sample}:Proposal B", "--format", "json", "--out", str(target))
    assert out.returncode == 0 and out.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["format_version"] == 1


@pytest.mark.parametrize("make_bad", [
    lambda d: d / "missing.gpkg",
    lambda d: (d / "junk.gpkg").write_bytes(b"not a database at all") and d / "junk.gpkg",
    lambda d: d,
])
def test_unreadable_input_is_one_line_and_exit_2(sample, tmp_path, make_bad):
    bad = make_bad(tmp_path)
    out = run(str(bad), str(sample))
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("zoneeditor:"), out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.gpkg", b"", "the file is empty (0 bytes)"),
    ("notes.shp", b"hello, this is text and no shapefile", "not a shapefile"),
])
def test_a_version_of_an_unreadable_file_gets_the_files_own_reason(sample, tmp_path, name,
                                                                   content, reason):
    """``diff FILE:VERSION``: a file that cannot be read says why (not that it has no
    versions); a readable file that is not a project says it has none."""
    bad = tmp_path / name
    bad.write_bytes(content)
    out = run(f"{bad}:agreed", str(sample))
    assert out.returncode == 2 and out.stderr.count("\n") == 1, out.stderr
    assert reason in out.stderr and "no version" not in out.stderr, out.stderr
    damaged = tmp_path / "damaged.gpkg"
    damaged.write_bytes(sample.read_bytes()[:50_000])
    out = run(f"{damaged}:agreed", str(sample))
    assert out.returncode == 2 and "no version" not in out.stderr, out.stderr
    foreign = tmp_path / "party.geojson"
    foreign.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                       '"properties": {"name": "A"}, "geometry": {"type": "Point", '
                       '"coordinates": [36.6, 35.9]}}]}', encoding="utf-8")
    out = run(f"{foreign}:agreed", str(sample))
    assert out.returncode == 2
    assert "it is not a zoneeditor project, so it has no version 'agreed'" in out.stderr


def test_unknown_version_names_the_known_ones(sample):
    out = run(f"{sample}:Proposal Z", str(sample))
    assert out.returncode == 2
    assert "Proposal B" in out.stderr and "Traceback" not in out.stderr


def test_gpkg_needs_out(sample):
    out = run(str(sample), f"{sample}:Proposal B", "--format", "gpkg")
    assert out.returncode == 2 and "--out" in out.stderr


def _export(sample, fmt: str, out) -> None:
    done = subprocess.run([sys.executable, "-m", "zoneeditor", "export", f"{sample}:Proposal B",
                           "--format", fmt, "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        pytest.skip(f"export to {fmt} not available: {done.stderr.strip()}")


def test_a_partys_geojson_is_compared_like_a_version(sample, tmp_path, report):
    target = tmp_path / "proposal.geojson"
    _export(sample, "geojson", target)
    out = run(str(sample), str(target), "--format", "json", "--no-places")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["new"]["version"] == "proposal.geojson"
    lost = {f["name"]: f["lost_km2"] for f in data["features"] if f["layer"] == "zones"}
    assert lost["Idlib"] == pytest.approx(275.242, abs=0.01)


def test_a_zones_shapefile_compares_zones_only(sample, tmp_path):
    folder = tmp_path / "shp"
    _export(sample, "shp", folder)
    zones = next(folder.glob("*zones*.shp"))
    out = run(str(sample), str(zones), "--format", "json", "--no-places")
    assert out.returncode == 0, out.stderr
    assert "comparing zones only" in out.stderr
    data = json.loads(out.stdout)
    assert {f["layer"] for f in data["features"]} == {"zones"}
    assert data["summary"]["removed"] == 0
    idlib = next(f for f in data["features"] if f["name"] == "Idlib")
    assert idlib["lost_km2"] == pytest.approx(275.242, abs=0.01)


def test_a_feature_without_geometry_is_said_to_be_left_out(sample, tmp_path):
    """A tester's GeoJSON held a zone with "geometry": null: it was in neither the text,
    the JSON nor the messages, and the comparison looked complete."""
    target = tmp_path / "proposal.geojson"
    _export(sample, "geojson", target)
    data = json.loads(target.read_text(encoding="utf-8"))
    data["features"].append({"type": "Feature", "geometry": None,
                             "properties": {"name": "Null zone"}})
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # A staff user's truncated shapefile read as "zone removed", exit 0: a file that lost
    # features is compared only when the user says so, as import takes it.
    out = run(str(sample), str(target), "--no-places")
    assert out.returncode == 1 and not out.stdout
    assert "1 feature (1 without geometry) cannot be read; add --skip-unreadable" in out.stderr
    out = run(str(sample), str(target), "--no-places", "--skip-unreadable")
    assert out.returncode == 0, out.stderr
    assert "1 feature (1 without geometry) left out of the comparison" in out.stderr
    # ... and the report says so itself: a report saved with --out outlives the terminal
    assert out.stdout.startswith("Note: proposal.geojson: 1 feature (1 without geometry) "
                                 "could not be read")
    out = run(str(sample), str(target), "--no-places", "--skip-unreadable", "--format", "json")
    assert "may be among them" in json.loads(out.stdout)["notes"][0]


def test_a_file_needing_a_decision_is_compared_only_once_it_is_made(sample, tmp_path):
    """As import: an invalid zone needs --repair, a guessed encoding --encoding, a file
    without a coordinate system --assume-crs; each for one side or both."""
    target = tmp_path / "proposal.geojson"
    _export(sample, "geojson", target)
    data = json.loads(target.read_text(encoding="utf-8"))
    bowtie = [[[36.9, 35.9], [37.0, 36.0], [37.0, 35.9], [36.9, 36.0], [36.9, 35.9]]]
    data["features"].append({"type": "Feature", "properties": {"name": "Bowtie"},
                             "geometry": {"type": "Polygon", "coordinates": bowtie}})
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = run(str(sample), str(target), "--no-places")
    assert out.returncode == 1 and not out.stdout
    assert "Bowtie: the boundary crosses itself" in out.stderr and "--repair" in out.stderr
    assert "cannot compare proposal.geojson: 1 problem above needs a decision" in out.stderr
    out = run(str(sample), str(target), "--no-places", "--repair", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert "(repaired, as --repair asked)" in out.stderr
    assert "Bowtie" in {f["name"] for f in json.loads(out.stdout)["features"]}
    # Russian names in KOI8-R, which GeoJSON does not allow: the guess is said, not taken.
    koi8 = tmp_path / "koi8.geojson"
    koi8.write_bytes(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Идлиб"},
         "geometry": {"type": "Point", "coordinates": [36.6, 35.9]}}]},
        ensure_ascii=False).encode("koi8_r"))
    out = run(str(koi8), str(koi8), "--no-places")
    assert out.returncode == 1 and "(choose --encoding " in out.stderr
    out = run(str(koi8), str(koi8), "--no-places", "--encoding", "koi8_r", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["features"][0]["name"] == "Идлиб"
    # given for both, an encoding is taken only by the file that needs one: the UTF-8 file
    # beside it is not re-read as KOI8-R
    utf8 = tmp_path / "utf8.geojson"
    utf8.write_text(koi8.read_bytes().decode("koi8_r"), encoding="utf-8")
    out = run(str(utf8), str(koi8), "--no-places", "--encoding", "koi8_r", "--format", "json")
    assert out.returncode == 0 and "garbled" not in out.stderr, out.stderr
    assert json.loads(out.stdout)["summary"]["unchanged"] == 1
    out = run(str(utf8), str(koi8), "--no-places")
    assert out.returncode == 1 and "for this file alone: --encoding-new" in out.stderr
    utm = Path(__file__).parents[1] / "data" / "bad" / "utm_no_prj" / "zones.shp"
    # ... and a coordinate system only by a file that states none
    lonlat = tmp_path / "lonlat.geojson"
    _export(sample, "geojson", lonlat)
    out = run(str(lonlat), str(utm), "--no-places", "--assume-crs", "EPSG:32637")
    assert out.returncode == 0 and "was ignored" not in out.stderr, out.stderr
    # ... and swapped axes only by a file that looks swapped
    bad = Path(__file__).parents[1] / "data" / "bad"
    out = run(str(bad / "swapped_latlon.geojson"), str(lonlat), "--no-places")
    assert out.returncode == 1 and "--swap-xy-old" in out.stderr
    out = run(str(bad / "swapped_latlon.geojson"), str(lonlat), "--no-places", "--swap-xy")
    assert out.returncode == 0, out.stderr
    # a problem that is also why nothing can be compared is said once
    out = run(str(bad / "infinite_coordinates.geojson"), str(lonlat), "--no-places")
    assert out.returncode == 2 and out.stderr.count("not a finite number") == 1
    out = run(str(utm), str(utm), "--no-places", "--assume-crs-new", "EPSG:32637")
    assert out.returncode == 1 and "--assume-crs EPSG:N" in out.stderr  # OLD still has none
    out = run(str(utm), str(utm), "--no-places", "--assume-crs", "EPSG:32637")
    assert out.returncode == 0 and "1 unchanged" in out.stdout


@pytest.mark.parametrize("command", [
    ["diff", "{s}", "{s}:Proposal B", "--out", "{out}/report.txt"],
    ["export", "{s}:Proposal B", "--format", "geojson", "--out", "{out}/b.geojson"],
    ["print", "{s}:Proposal B", "--out", "{out}/sheet.pdf"],
])
def test_an_output_in_a_folder_that_does_not_exist_is_refused(sample, tmp_path, command):
    """A tester's mistyped --out folder was made, whole, without a word (exit 0)."""
    missing = tmp_path / "nodir" / "sub"
    args = [a.format(s=sample, out=missing) for a in command]
    done = subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"the folder {missing} does not exist" in done.stderr
    assert not (tmp_path / "nodir").exists()


def test_compared_on_zones_only_the_versions_keep_their_own_fingerprints(sample, tmp_path):
    """A tester's 'diff S:agreed zones.shp' named agreed 'A415-6D53-DE60' where 'info' and
    every printed sheet say 'CBD5-84E4-E9C5': the fingerprint of its zones alone."""
    from zoneeditor.core.fingerprint import fingerprint, short
    from zoneeditor.io.project_file import read_project

    folder = tmp_path / "shp"
    _export(sample, "shp", folder)
    zones = next(folder.glob("*zones*.shp"))
    out = run(f"{sample}:agreed", str(zones), "--format", "json", "--no-places")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    agreed = fingerprint(read_project(sample).versions["agreed"])
    assert data["old"]["fingerprint"] == agreed
    assert data["old"]["fingerprint_short"] == short(agreed)
    text = run(f"{sample}:agreed", str(zones), "--no-places").stdout
    assert f'"agreed" ({short(agreed)})' in text.splitlines()[0]


def test_a_file_of_several_layers_is_said_to_be_compared_as_one_version(sample, tmp_path):
    """Two parties' zone layers in one GeoPackage were merged into one version in silence."""
    import fiona

    target = tmp_path / "two.gpkg"
    schema = {"geometry": "Polygon", "properties": {"name": "str"}}
    for layer, dx in (("zonesA", 0.0), ("zonesB", 0.01)):
        with fiona.open(target, "w", driver="GPKG", layer=layer, schema=schema,
                        crs="EPSG:4326") as dst:
            dst.write({"geometry": {"type": "Polygon", "coordinates": [[
                (36 + dx, 35), (36.1 + dx, 35), (36.1 + dx, 35.1), (36 + dx, 35)]]},
                "properties": {"name": "Alpha"}})
    out = run(str(target), f"{sample}:agreed", "--no-places")
    assert out.returncode == 0, out.stderr
    assert "two.gpkg: its layers zonesA, zonesB are compared as one version" in out.stderr


def test_a_truncated_shapefile_gets_its_own_reason(sample, tmp_path):
    """'cannot read trunc.shp: no features in it' where validate says it is truncated."""
    folder = tmp_path / "shp"
    _export(sample, "shp", folder)
    zones = next(folder.glob("*zones*.shp"))
    zones.write_bytes(zones.read_bytes()[:300])
    out = run(f"{sample}:agreed", str(zones))
    assert out.returncode == 2
    (line,) = out.stderr.strip().splitlines()[-1:]
    assert "the .shp file is truncated" in line and "error:" not in line, out.stderr


def test_a_refusal_suggests_only_the_options_that_decide_it(sample, tmp_path):
    """The closing line named --encoding-new, --assume-crs-new and --swap-xy-new for a
    boundary that crosses itself, and a layer without a coordinate system was told to add
    --skip-unreadable, which leaves nothing to compare: each suggestion must be one that
    decides the problem at hand."""
    lonlat = tmp_path / "lonlat.geojson"
    _export(sample, "geojson", lonlat)
    doc = json.loads(lonlat.read_text(encoding="utf-8"))
    bow_tie = [[36.0, 33.0], [36.2, 33.2], [36.2, 33.0], [36.0, 33.2], [36.0, 33.0]]
    doc["features"][0]["geometry"] = {"type": "Polygon", "coordinates": [bow_tie]}
    crossing = tmp_path / "crossing.geojson"
    crossing.write_text(json.dumps(doc), encoding="utf-8")
    out = run(str(lonlat), str(crossing), "--no-places")
    assert out.returncode == 1 and "crosses itself" in out.stderr, out.stderr
    assert "--repair" in out.stderr
    assert "--encoding-new" not in out.stderr and "--swap-xy-new" not in out.stderr
    assert "for this file alone" not in out.stderr

    utm = Path(__file__).parents[1] / "data" / "bad" / "utm_no_prj" / "zones.shp"
    out = run(str(lonlat), str(utm), "--no-places")
    assert out.returncode == 1, out.stderr
    assert "for this file alone: --assume-crs-new)" in out.stderr, out.stderr
    assert "--skip-unreadable" not in out.stderr  # it would leave nothing to compare


@pytest.mark.parametrize("move_km", [0.0, 5.0])
def test_the_same_lines_redrawn_by_another_tool(sample, tmp_path, move_km):
    # A tester's file: the agreed lines densified, every vertex ~30 m off, the Idlib–Hama
    # border moved 5 km. The threshold came out "thinner than 5.23663 km" and the move was
    # summed up among the smaller pieces.
    from support.redraw import redraw, write_geojson

    from zoneeditor.io.project_file import read_project

    agreed = read_project(sample).agreed
    path = write_geojson(redraw(agreed, move_km=move_km), tmp_path / "redrawn.geojson")
    out = run(f"{sample}:agreed", str(path))
    assert out.returncode == 0, out.stderr
    assert "(under 0.05 km² or thinner than 50 m)" in out.stdout
    passes = [line for line in out.stdout.splitlines() if " passes from " in line]
    if not move_km:
        assert passes == []
        return
    (line,) = passes
    assert line.strip().startswith("232.") and " near " in line
    assert line.endswith("passes from Government to Opposition")
    report = json.loads(run(f"{sample}:agreed", str(path), "--format", "json").stdout)
    assert report["slivers"]["min_width_km"] == 0.05
    listed = {(r["kind"], r["near"] is not None) for r in report["regions"]}
    assert listed == {("gained", True), ("lost", True)}


def test_the_text_says_what_was_too_small_to_list_as_the_panel_does(sample):
    """The Changes panel said "Land gained or lost, too small to list: 8 smaller pieces,
    0.00028 km²" for the sample while the command's text said nothing of them."""
    out = run(str(sample), f"{sample}:Proposal B")
    assert out.returncode == 0, out.stderr
    data = json.loads(run(str(sample), f"{sample}:Proposal B", "--format", "json").stdout)
    count = data["slivers"]["regions"]["count"]
    assert count > 0
    assert (f"Land gained or lost, too small to list: {count} smaller pieces, "
            in out.stdout), out.stdout
    assert "the totals include them" in out.stdout


def test_the_shared_encoding_option_reads_a_file_that_does_not_say_its_own(sample, tmp_path):
    """A shapefile without .cpg: the reader guesses, says "choose another with --encoding",
    and the tester's --encoding was ignored (only --encoding-new was taken)."""
    import fiona

    folder = tmp_path / "shp"
    _export(sample, "shp", folder)
    exported = next(folder.glob("*zones*.shp"))
    zones = tmp_path / "arabic_zones.shp"  # as an older tool writes it: cp1256, no .cpg
    with fiona.open(exported, encoding="utf-8") as src, \
            fiona.open(zones, "w", driver="ESRI Shapefile", schema=src.schema, crs=src.crs,
                       encoding="cp1256") as dst:
        dst.writerecords(src)
    zones.with_suffix(".cpg").unlink(missing_ok=True)
    guessed = run(f"{sample}:Proposal B", str(zones), "--no-places")
    assert "no .cpg file says how the text is encoded" in guessed.stderr
    chosen = run(f"{sample}:Proposal B", str(zones), "--no-places", "--encoding", "koi8-r")
    assert chosen.returncode == 0, chosen.stderr
    assert "garbled as koi8-r (you chose)" in chosen.stderr
    assert "no .cpg file says" not in chosen.stderr


def _sent_back(sample, tmp_path, rename: dict[str, str]):
    """"Proposal B" exported to GeoJSON and sent back by another tool: the same ids, only
    the name and the columns in ``rename`` (under their new names), one status changed."""
    source = tmp_path / "pb.geojson"
    _export(sample, "geojson", source)
    data = json.loads(source.read_text(encoding="utf-8"))
    for feature in data["features"]:
        props = feature["properties"]
        if props["name"] == "Idlib":
            props["status"] = "disputed"
        feature["properties"] = {"NOM": props["name"], "zid": props["zid"],
                                 **{new: props[old] for old, new in rename.items()}}
    target = tmp_path / "theirs.geojson"
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return target


def test_a_file_sent_back_with_renamed_columns_moves_no_land(sample, tmp_path):
    """An outside tester: with its party and status columns renamed, the other side's
    GeoJSON read "Opposition: 10,265.0 → 0.0 km²" and every feature "changed kind,
    name_local, notes, party, status", exit 0 and no word of why."""
    theirs = _sent_back(sample, tmp_path, {"party": "camp", "status": "etat"})
    out = run(f"{sample}:Proposal B", str(theirs), "--no-places")
    assert out.returncode == 0, out.stderr
    assert "passes from" not in out.stdout and "→ 0.0" not in out.stdout
    assert "gives no party for any zone" in out.stdout
    assert "0 modified, 0 added, 0 removed, 12 unchanged." in out.stdout
    assert "Nothing changed in what both versions give" in out.stdout
    assert "same map content" not in out.stdout
    for hint in ("its column camp holds the other side's parties; to compare them, add "
                 "--map-new party=camp",
                 "its column etat holds the other side's statuses; to compare them, add "
                 "--map-new status=etat"):
        assert hint in out.stdout and hint in out.stderr
    # as suggested: the one real change, and the land where it was
    mapped = run(f"{sample}:Proposal B", str(theirs), "--no-places", "--format", "json",
                 "--map-new", "party=camp", "--map-new", "status=etat")
    assert mapped.returncode == 0, mapped.stderr
    data = json.loads(mapped.stdout)
    changed = {f["name"]: f["changed_attributes"] for f in data["features"]
               if f["change"] != "unchanged"}
    assert changed == {"Idlib": ["status"]}
    assert data["transfers"] == [] and data["parties_computed"]
