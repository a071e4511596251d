"""The sample exported to every format opens intact in Debian's ogrinfo (an independent GDAL).

Checks what a staff member would: feature counts per layer, Arabic names readable, the
.cpg saying UTF-8, the CRS, the stable ids, and shapefile field names as mapped.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="needs gdal-bin")

SAMPLE_COUNTS = {"zones": 6, "lines": 2, "points": 4}  # the sample's agreed version


def export(sample: Path, out: Path, fmt: str, *extra: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "zoneeditor", "export", str(sample),
                           "--format", fmt, "--out", str(out), *extra],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "read back and verified" in proc.stdout
    return proc


def ogrinfo(*args: str) -> str:
    proc = subprocess.run(["ogrinfo", "-ro", *args], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def counts(text: str) -> dict[str, int]:
    out, layer = {}, None
    for line in text.splitlines():
        if line.startswith("Layer name: "):
            layer = line.split(": ", 1)[1]
        elif line.startswith("Feature Count: ") and layer:
            out[layer] = int(line.split(": ", 1)[1])
    return out


def test_shapefiles(sample_copy, tmp_path):
    proc = export(sample_copy, tmp_path / "out", "shp")
    assert "width_right_km -> width_righ" in proc.stdout
    folder = tmp_path / "out"
    for layer, n in SAMPLE_COUNTS.items():
        shp = folder / f"agreed_{layer}.shp"
        assert (folder / f"agreed_{layer}.cpg").read_text() == "UTF-8"
        summary = ogrinfo("-so", "-al", str(shp))
        assert counts(summary) == {f"agreed_{layer}": n}
        assert 'ID["EPSG",4326]' in summary
    text = ogrinfo("-al", str(folder / "agreed_zones.shp"))
    assert "name_local (String) = إدلب" in text
    assert "zid (String) = zone-idlib" in text
    assert "width_righ (Real) = 2" in text
    ru = ogrinfo("-al", str(folder / "agreed_points.shp"))
    assert "Совместный центр мониторинга" in ru


def test_zipped_shapefiles_open_through_vsizip(sample_copy, tmp_path):
    export(sample_copy, tmp_path / "set.zip", "shp", "--zip")
    with zipfile.ZipFile(tmp_path / "set.zip") as zf:
        assert "set_zones.cpg" in zf.namelist()
    text = ogrinfo("-al", f"/vsizip/{tmp_path / 'set.zip'}/set_zones.shp")
    assert "name_local (String) = ريف حماة الشمالي" in text


def test_geopackage(sample_copy, tmp_path):
    export(sample_copy, tmp_path / "x.gpkg", "gpkg")
    assert counts(ogrinfo("-so", "-al", str(tmp_path / "x.gpkg"))) == SAMPLE_COUNTS
    text = ogrinfo("-al", str(tmp_path / "x.gpkg"), "zones")
    assert "name_local (String) = المنطقة العازلة في إدلب" in text
    assert "width_right_km (Real) = 2" in text


def test_geojson(sample_copy, tmp_path):
    export(sample_copy, tmp_path / "x.geojson", "geojson")
    summary = ogrinfo("-so", "-al", str(tmp_path / "x.geojson"))
    # the layer is named after the version the file holds (its "name" member), not the file
    (layer, count), = counts(summary).items()
    assert count == sum(SAMPLE_COUNTS.values())
    assert layer.startswith("agreed — Syria de-escalation zones")
    text = ogrinfo("-al", str(tmp_path / "x.geojson"))
    assert "name_local (String) = خط التماس إدلب–حماة" in text
    assert '"crs"' not in (tmp_path / "x.geojson").read_text(encoding="utf-8")


def test_kml(sample_copy, tmp_path):
    export(sample_copy, tmp_path / "x.kml", "kml")
    summary = ogrinfo("-so", "-al", str(tmp_path / "x.kml"))
    assert counts(summary) == {"Zones": 6, "Lines": 2, "Points": 4}
    text = ogrinfo("-al", str(tmp_path / "x.kml"))
    assert "name_local (String) = إدلب" in text
    assert "zid (String) = post-morek" in text


def test_geojson_and_kml_say_which_version_they_hold(sample_copy, tmp_path):
    """An outside tester could not tell a KML or GeoJSON of "Proposal B" from the agreed
    lines: only the project's title was in them (``grep -c "Proposal B"`` found 0)."""
    import json

    from zoneeditor.core.fingerprint import fingerprint, short
    from zoneeditor.io.project_file import read_project

    digest = short(fingerprint(read_project(sample_copy).versions["Proposal B"]))
    spec = f"{sample_copy}:Proposal B"
    export(Path(spec), tmp_path / "b.geojson", "geojson")
    doc = json.loads((tmp_path / "b.geojson").read_text(encoding="utf-8"))
    assert doc["name"].startswith("Proposal B — ")
    assert '"Proposal B"' in doc["description"] and digest in doc["description"]
    assert len(doc["features"]) == sum(SAMPLE_COUNTS.values())  # nothing dropped
    summary = ogrinfo("-so", "-al", str(tmp_path / "b.geojson"))  # still opens in GDAL
    assert f"DESCRIPTION=Version \"Proposal B\", fingerprint {digest}" in summary
    assert "Layer name: Proposal B — " in summary
    export(Path(spec), tmp_path / "b.kml", "kml")
    import xml.etree.ElementTree as ET

    ns = {"k": "http://www.opengis.net/kml/2.2"}
    document = ET.parse(tmp_path / "b.kml").getroot().find("k:Document", ns)
    assert document.findtext("k:name", namespaces=ns).startswith("Proposal B — Syria")
    assert digest in document.findtext("k:description", namespaces=ns)
    assert counts(ogrinfo("-so", "-al", str(tmp_path / "b.kml"))) == {
        "Zones": 6, "Lines": 2, "Points": 4}


def test_export_errors_are_one_line(sample_copy, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "zoneeditor", "export", str(sample_copy),
                           "--format", "shp", "--encoding", "cp1256", "--out",
                           str(tmp_path / "legacy")], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "cp1256 cannot hold" in proc.stderr and "Восточная Гута" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "zoneeditor", "export",
                           f"{sample_copy}:Nope", "--format", "kml", "--out",
                           str(tmp_path / "x.kml")], capture_output=True, text=True, check=False)
    assert proc.returncode == 2 and "no version 'Nope'" in proc.stderr
