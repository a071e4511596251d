"""What a file holds is counted once and as the file gives it: an outside tester's broken
GeoJSON (a bow-tie, a ring of 2 positions, a valid zone) was "GeoJSON, 2 zones" with a ring
of "3 positions", and a one-feature file with a coordinate of 1e300 was "1 zone (1 feature
... left out)": the same feature read and left out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from zoneeditor.io.exchange import read_any

BOW_TIE = [[36, 35], [37, 36], [37, 35], [36, 36], [36, 35]]
TWO = [[36, 35], [37, 36]]
GOOD = [[36, 35], [37, 35], [37, 36], [36, 36], [36, 35]]


def _polygons(path: Path, **rings: list[list[float]]) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": name},
         "geometry": {"type": "Polygon", "coordinates": [ring]}}
        for name, ring in rings.items()]}), encoding="utf-8")
    return path


def _huge(path: Path) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": "Huge"},
         "geometry": {"type": "Point", "coordinates": [1e300, 0]}}]}), encoding="utf-8")
    return path


def _problem(result, name: str):
    (found,) = [p for p in result.problems if p.feature == name]
    return found


def test_a_short_ring_is_said_with_the_positions_the_file_gives(tmp_path):
    result = read_any(_polygons(tmp_path / "b.geojson", TwoPoints=TWO,
                                Closed=[[36, 35], [37, 36], [36, 35]]))
    assert "a ring has 2 positions in the file" in _problem(result, "TwoPoints").message
    assert "a ring has 3 positions in the file" in _problem(result, "Closed").message
    kml = tmp_path / "b.kml"
    kml.write_text('<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>'
                   "<name>TwoPoints</name><Polygon><outerBoundaryIs><LinearRing><coordinates>"
                   "36,35 37,36</coordinates></LinearRing></outerBoundaryIs></Polygon>"
                   "</Placemark></Document></kml>", encoding="utf-8")
    assert "a ring has 2 positions in the file" in _problem(read_any(kml), "TwoPoints").message


def test_a_feature_is_counted_as_read_or_as_left_out_never_both(tmp_path):
    result = read_any(_polygons(tmp_path / "b.geojson", BowTie=BOW_TIE, TwoPoints=TWO,
                                Good=GOOD))
    assert result.in_file == 3
    assert sorted(f.name for f in result.importable) == ["BowTie", "Good"]
    assert sum(result.left_out().values()) == 1
    huge = read_any(_huge(tmp_path / "h.geojson"))
    assert huge.in_file == 1 and huge.importable == []
    assert huge.left_out() == {"no-repair": 1}


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, check=False)


def test_the_cli_says_the_files_features_read_and_left_out(tmp_path):
    bad = _polygons(tmp_path / "bad.geojson", BowTie=BOW_TIE, TwoPoints=TWO, Good=GOOD)
    proc = _cli("import", str(bad), "--into", str(tmp_path / "p.gpkg"), "--as", "proposal:X")
    assert proc.returncode == 1
    assert (f"{bad}: GeoJSON, 3 features in the file: 2 zones read, 1 feature (1 with a "
            "geometry that cannot be read or imported) left out (CRS") in proc.stdout
    assert "a ring has 2 positions in the file" in proc.stdout
    assert "to import the other 2 and leave these out" in proc.stdout
    huge = _huge(tmp_path / "huge.geojson")
    proc = _cli("validate", str(huge))
    assert proc.stdout.splitlines()[-1] == (
        f"{huge}: GeoJSON, 1 feature in the file: nothing read, 1 feature (1 invalid with no "
        "repair) left out: 1 problem")
