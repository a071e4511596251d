"""Scans: read a PNG or a page of a PDF annex, georeference it, write a GeoTIFF that keeps its
control points and opens as a raster reference with the landmark where it belongs."""

from __future__ import annotations

import numpy as np
import pytest
from support.reference import SCAN_SIZE, scan_lonlat

from zoneeditor.core.errors import ReadError
from zoneeditor.core.georef import fit
from zoneeditor.core.reference import ControlPoint
from zoneeditor.io.reference import RasterData, new_reference
from zoneeditor.io.reference.scan import load_scan, read_control_points, write_georeferenced

CROSS = (100.5, 80.5)  # centre of the red cross's middle pixel (column 100, row 80)


def control_points(cells=((0, 0), (450, 0), (0, 300), (450, 300), (200, 150), (350, 50))):
    return [ControlPoint.create(c, r, *scan_lonlat(c, r)) for c, r in cells]


def red_at(data: RasterData, lon: float, lat: float, half: float = 0.0006) -> float:
    """Share of strongly red pixels in a small box around lon/lat."""
    rgba = data.source.render((lon - half, lat - half, lon + half, lat + half), 24, 24,
                              resampling="nearest")
    red = (rgba[..., 0] > 150) & (rgba[..., 1] < 80) & (rgba[..., 3] > 0)
    return float(red.mean())


def test_png_and_pdf_page_give_the_same_pixels(scan_png, scan_pdf):
    png = load_scan(scan_png)
    page = load_scan(scan_pdf, page=1, dpi=72)
    assert png.pixels.shape == page.pixels.shape == (*SCAN_SIZE, 3)
    assert page.pages == 2
    assert np.abs(png.pixels.astype(int) - page.pixels.astype(int)).max() <= 2
    assert tuple(page.pixels[80, 100]) == (200, 0, 0)
    blank = load_scan(scan_pdf, page=0, dpi=72)
    assert (blank.pixels == 255).all()
    with pytest.raises(ReadError, match="page 3 does not exist"):
        load_scan(scan_pdf, page=2)


def test_affine_georeferencing_writes_the_scan_exactly_with_its_points(scan_png, tmp_path):
    scan = load_scan(scan_png)
    pts = control_points()
    result = fit(pts, "affine", "EPSG:4326")
    assert result.rms_m < 1e-6
    out = write_georeferenced(scan, result, pts, tmp_path / "annex-georef.tif")
    kept = read_control_points(out)
    assert kept["method"] == "affine" and len(kept["points"]) == 6
    assert kept["points"][0]["lon"] == pts[0].lon
    points_file = (tmp_path / "annex-georef.tif.points").read_text()
    assert points_file.splitlines()[1] == "mapX,mapY,sourceX,sourceY,enable,dX,dY,residual"
    layer, data = new_reference(out)
    assert layer.kind == "raster" and isinstance(data, RasterData)
    w, s, e, n = data.bounds
    corners = [scan_lonlat(c, r) for c in (0, 450) for r in (0, 300)]
    assert w == pytest.approx(min(c[0] for c in corners), abs=1e-9)
    assert e == pytest.approx(max(c[0] for c in corners), abs=1e-9)
    assert s == pytest.approx(min(c[1] for c in corners), abs=1e-9)
    assert n == pytest.approx(max(c[1] for c in corners), abs=1e-9)
    lon, lat = scan_lonlat(*CROSS)
    assert red_at(data, lon, lat) > 0.05
    assert red_at(data, *scan_lonlat(300, 200)) == 0.0


def test_thin_plate_spline_resamples_and_keeps_the_landmark_in_place(scan_png, tmp_path):
    scan = load_scan(scan_png)
    pts = control_points(((0, 0), (450, 0), (0, 300), (450, 300), (200, 150), (350, 50),
                          (60, 250)))
    result = fit(pts, "tps", "EPSG:32637")
    out = write_georeferenced(scan, result, pts, tmp_path / "annex-tps.tif")
    _layer, data = new_reference(out)
    assert data.source.info.crs == "EPSG:32637"
    lon, lat = scan_lonlat(*CROSS)
    assert red_at(data, lon, lat) > 0.05
    # outside the scan's sheet (but inside the written grid) nothing is drawn
    corner = scan_lonlat(-10, -10)
    rgba = data.source.render((corner[0] - 1e-4, corner[1] - 1e-4, corner[0] + 1e-4,
                               corner[1] + 1e-4), 4, 4)
    assert rgba is None or (rgba[..., 3] == 0).all()
    assert read_control_points(out)["method"] == "tps"


def test_a_scan_that_is_not_an_image_is_refused(tmp_path):
    bad = tmp_path / "scan.png"
    bad.write_bytes(b"not a png at all")
    with pytest.raises(ReadError, match="not an image"):
        load_scan(bad)
    with pytest.raises(ReadError, match="PNG, JPEG, TIFF or PDF"):
        other = tmp_path / "notes.docx"
        other.write_bytes(b"x")
        load_scan(other)


def test_a_georeference_of_a_pdf_page_writes_beside_the_annex(scan_pdf):
    from zoneeditor.core.reference import Georeference
    from zoneeditor.io.reference.scan import write_georeference

    g = Georeference.create(str(scan_pdf), page=1, dpi=72, crs="EPSG:4326",
                            points=tuple(control_points()))
    out, result = write_georeference(g)
    assert out == scan_pdf.with_name("annex-p2-georef.tif")
    assert result.rms_m < 1e-6
    _layer, data = new_reference(out)
    assert red_at(data, *scan_lonlat(*CROSS)) > 0.05
