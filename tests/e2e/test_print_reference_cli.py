"""``zoneeditor print … --reference FILE`` as a user runs it, read back with poppler's tools:
the imagery is on the sheet, its attribution in the footer, a project's own references are
printed, a missing one is a warning, an unreadable ``--reference`` is one line and exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import project_with, zone
from support.reference import QUADRANTS

from zoneeditor.io.project_file import read_project, write_project
from zoneeditor.io.reference import new_reference

EXTENT = "36.48,35.89,36.62,35.97"


def zoneeditor(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zoneeditor", *args], capture_output=True,
                          text=True, timeout=300)


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def pdf_pixels(pdf: Path, tmp: Path) -> np.ndarray:
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(pdf),
                    str(tmp / "page")], check=True)
    return png_pixels(tmp / "page.png")


def png_pixels(png: Path) -> np.ndarray:
    import warnings

    import rasterio

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
        with rasterio.open(png) as src:
            return np.moveaxis(src.read()[:3], 0, -1).astype(int)


def share_of(pixels: np.ndarray, rgb: tuple[int, int, int], tol: int = 30) -> float:
    close = (np.abs(pixels - np.array(rgb)) <= tol).all(axis=2)
    return float(close.mean())


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "talks.gpkg"
    write_project(project_with(agreed=[zone("z", "POLYGON ((36.6 35.95, 36.61 35.95, "
                                                 "36.61 35.96, 36.6 35.95))", name="Z")]),
                  path)
    return path


def test_print_with_a_geotiff_and_an_osm_extract(project, geotiff_4326, osm_xml, tmp_path):
    out = tmp_path / "sheet.pdf"
    r = zoneeditor("print", str(project), "--reference", str(geotiff_4326), "--reference",
                   str(osm_xml), "--extent", EXTENT, "--out", str(out), "--no-basemap")
    assert r.returncode == 0, r.stderr
    assert "2 reference layers" in r.stdout
    text = pdf_text(out)
    assert "Test imagery © Example Agency" in text
    assert "© OpenStreetMap contributors (ODbL)" in text
    pixels = pdf_pixels(out, tmp_path)
    for name, rgb in QUADRANTS.items():
        assert share_of(pixels, rgb) > 0.01, name
    plain = tmp_path / "plain.pdf"
    r = zoneeditor("print", str(project), "--extent", EXTENT, "--out", str(plain),
                   "--no-basemap")
    assert r.returncode == 0, r.stderr
    assert share_of(pdf_pixels(plain, tmp_path), QUADRANTS["nw"]) < 0.001
    assert "Example Agency" not in pdf_text(plain)


def test_project_references_are_printed_and_a_missing_one_is_a_warning(
        project, geotiff_4326, tmp_path):
    p = read_project(project)
    tif, _ = new_reference(geotiff_4326, name="Imagery")
    ghost, _ = new_reference(geotiff_4326, name="Ghost")
    ghost = ghost.__class__(**{**ghost.__dict__, "path": str(tmp_path / "gone.tif")})
    p.meta = p.meta.__class__(**{**p.meta.__dict__, "references": (tif, ghost)})
    write_project(p, project)
    out = tmp_path / "sheet.png"
    r = zoneeditor("print", str(project), "--extent", EXTENT, "--out", str(out),
                   "--dpi", "60", "--no-basemap")
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip() == (f"zoneeditor: warning: Reference layer 'Ghost' is not shown: "
                                f"cannot read {tmp_path / 'gone.tif'}: no such file")
    pixels = png_pixels(out)
    assert share_of(pixels, QUADRANTS["se"]) > 0.01
    r = zoneeditor("print", str(project), "--extent", EXTENT, "--out", str(out),
                   "--dpi", "60", "--no-basemap", "--no-project-references")
    assert r.returncode == 0 and r.stderr == ""


def test_unreadable_reference_is_one_line_and_exit_2(project, tmp_path):
    r = zoneeditor("print", str(project), "--reference", str(tmp_path / "nope.osm.pbf"),
                   "--out", str(tmp_path / "x.pdf"))
    assert r.returncode == 2
    missing = tmp_path / "nope.osm.pbf"
    assert r.stderr.strip() == f"zoneeditor: cannot read {missing}: no such file"
    assert not (tmp_path / "x.pdf").exists()

