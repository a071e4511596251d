"""Scanned maps: read a scan (or a page of a PDF annex), and write it georeferenced.

``load_scan(path, page, dpi)`` reads the scan in the reader child (PNG, JPEG and TIFF through
GDAL, PDF pages rendered with pdfium — PySide6-Essentials' QtPdf is only a stub) and hands
back its pixels. ``write_georeferenced(scan, fit, out)`` writes a tiled, compressed GeoTIFF
with overviews that any GIS opens and that zoneeditor shows as a raster reference:

- an **affine** fit is written as the scan itself with the fitted geotransform, in the map's
  own coordinate system: not a single pixel is resampled;
- a **polynomial** or **thin-plate spline** fit is resampled (bilinear) onto a north-up grid
  of the map's coordinate system, through the fitted map → pixel transform, evaluated on a
  coarse grid and interpolated between (as GDAL's warper does; error far below a pixel).

The control points, the method and the RMS are kept in the GeoTIFF's metadata
(``ZONEEDITOR_GEOREFERENCE``, JSON) and beside it in QGIS's ``.points`` format, so the
georeferencing can be checked, redone or continued in zoneeditor or in QGIS.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from zoneeditor.core.errors import ReadError, WriteError
from zoneeditor.core.georef import GeorefFit, fit
from zoneeditor.core.messages import Message, counted
from zoneeditor.core.reference import ControlPoint, Georeference, GeorefMethod
from zoneeditor.io import write_errors
from zoneeditor.io.atomic import atomic_path

#: Scan formats read (a PDF gives one page at a time).
SCAN_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pdf")
#: The largest scan side read, in pixels (an A0 sheet at 400 dpi is ~18,700).
MAX_SIDE = 30_000
#: Metadata key of the control points in a written GeoTIFF.
TAG = "ZONEEDITOR_GEOREFERENCE"


@dataclass(frozen=True, eq=False)
class Scan:
    """The pixels of a scan (rows, columns, 3 or 4 bands, uint8) and where they came from."""

    pixels: np.ndarray
    source: str
    page: int = 0
    pages: int = 1

    @property
    def width(self) -> int:
        """Columns."""
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        """Rows."""
        return int(self.pixels.shape[0])


class ScanError(Exception):
    """The scan cannot be read; ``user_message`` says why (a Message)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.user_message = message


def _pdf_page(path: Path, page: int, dpi: float) -> tuple[np.ndarray, int]:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ScanError(Message("not a PDF that can be read (damaged, or protected by a "
                                "password)")) from exc
    try:
        pages = len(doc)
        if not 0 <= page < pages:
            raise ScanError(counted("it has %n page(s); page %1 does not exist", pages,
                                    page + 1))
        pdf_page = doc[page]
        w, h = pdf_page.get_size()
        scale = dpi / 72.0
        if max(w, h) * scale > MAX_SIDE:
            scale = MAX_SIDE / max(w, h)
        bitmap = pdf_page.render(scale=scale, rev_byteorder=True)  # RGB(A) byte order
        pixels = np.array(bitmap.to_numpy(), copy=True)
        return pixels[..., :3], pages
    finally:
        doc.close()


def _image(path: Path) -> np.ndarray:
    import rasterio
    from rasterio.enums import ColorInterp
    from rasterio.errors import RasterioIOError

    try:
        src = rasterio.open(path)
    except RasterioIOError as exc:
        raise ScanError(Message("not an image GDAL can read (PNG, JPEG or TIFF)")) from exc
    with src:
        if max(src.width, src.height) > MAX_SIDE:
            raise ScanError(Message("it is %1 x %2 pixels; scans up to %3 pixels a side are "
                                    "read", src.width, src.height, MAX_SIDE))
        if src.count >= 3:
            data = src.read([1, 2, 3])
        elif src.colorinterp[0] == ColorInterp.palette:
            cmap = src.colormap(1)
            lut = np.zeros((256, 3), dtype=np.uint8)
            for k, rgba in cmap.items():
                if k < 256:
                    lut[k] = rgba[:3]
            rgb: np.ndarray = lut[src.read(1)]
            return rgb
        else:
            data = np.repeat(src.read(1)[None], 3, axis=0)
        if data.dtype != np.uint8:
            hi = float(np.percentile(data, 99.5)) or 1.0
            data = (data.astype(np.float32) * (255.0 / hi)).clip(0, 255).astype(np.uint8)
        return np.moveaxis(data, 0, -1)


def read_scan_pixels(path: Path, page: int = 0, dpi: float = 200.0) -> tuple[np.ndarray, int]:
    """(rows, cols, 3) uint8 pixels of a scan and its page count (runs in the child)."""
    if path.suffix.lower() == ".pdf":
        return _pdf_page(path, page, dpi)
    if page != 0:
        raise ScanError(Message("an image has one page only"))
    return _image(path), 1


def load_scan(path: Path | str, page: int = 0, dpi: float = 200.0) -> Scan:
    """Read a scan in the limited reader child; ReadError naming the file when it cannot."""
    from zoneeditor.io.reference.child import run_job

    path = Path(path)
    if not path.is_file():
        raise ReadError(str(path), Message("no such file"))
    if path.suffix.lower() not in SCAN_SUFFIXES:
        raise ReadError(str(path), Message("a scan must be a PNG, JPEG, TIFF or PDF file"))
    import tempfile

    with tempfile.TemporaryDirectory(prefix="zoneeditor-scan-") as tmp:
        out = Path(tmp) / "scan.npy"
        answer = run_job("scan", path, page=page, dpi=dpi, out=out)
        pixels = np.load(out, allow_pickle=False)
    if pixels.ndim != 3 or pixels.dtype != np.uint8:
        raise ReadError(str(path), Message("the file reader returned a damaged image"))
    return Scan(pixels, str(path), page, int(answer.get("pages", 1)))


# -- writing ---------------------------------------------------------------------------------
def _output_grid(fit: GeorefFit, width: int, height: int
                 ) -> tuple[tuple[float, float, float, float], float]:
    """Map-coordinate box and pixel size covering the whole scan, for a resampled output."""
    n = 64
    t = np.linspace(0, 1, n)
    border = np.concatenate([
        np.column_stack([t * width, np.zeros(n)]),
        np.column_stack([t * width, np.full(n, height)]),
        np.column_stack([np.zeros(n), t * height]),
        np.column_stack([np.full(n, width), t * height]),
    ])
    xy = fit.to_map(border)
    x0, y0 = xy.min(axis=0)
    x1, y1 = xy.max(axis=0)
    # the scan's own pixel size, measured at its centre
    c = fit.to_map(np.array([[width / 2, height / 2], [width / 2 + 1, height / 2],
                             [width / 2, height / 2 + 1]]))
    u, v = c[1] - c[0], c[2] - c[0]
    size = float(np.sqrt(abs(u[0] * v[1] - u[1] * v[0])))
    return (float(x0), float(y0), float(x1), float(y1)), size


def _resample(scan: np.ndarray, fit: GeorefFit, box: tuple[float, float, float, float],
              size: float, out_w: int, out_h: int) -> np.ndarray:
    """Bilinear resampling of ``scan`` onto the output grid through ``fit.to_pixel``, the
    mapping evaluated every ``step`` pixels and interpolated between; RGBA, alpha 0 outside."""
    step = 16
    gx = np.arange(0, out_w + step, step, dtype=float)
    gy = np.arange(0, out_h + step, step, dtype=float)
    mx = box[0] + (gx + 0.5) * size
    my = box[3] - (gy + 0.5) * size
    grid = np.array(np.meshgrid(mx, my)).reshape(2, -1).T
    pix = fit.to_pixel(grid).reshape(len(gy), len(gx), 2)
    h, w = scan.shape[:2]
    out = np.zeros((out_h, out_w, 4), dtype=np.uint8)
    for r0 in range(0, out_h, 512):
        r1 = min(out_h, r0 + 512)
        rows = np.arange(r0, r1, dtype=float) / step
        cols = np.arange(out_w, dtype=float) / step
        i0 = np.floor(rows).astype(int).clip(0, len(gy) - 2)
        j0 = np.floor(cols).astype(int).clip(0, len(gx) - 2)
        fr = (rows - i0)[:, None, None]
        fc = (cols - j0)[None, :, None]
        p = (pix[i0][:, j0] * (1 - fr) * (1 - fc) + pix[i0 + 1][:, j0] * fr * (1 - fc)
             + pix[i0][:, j0 + 1] * (1 - fr) * fc + pix[i0 + 1][:, j0 + 1] * fr * fc)
        x = p[..., 0] - 0.5
        y = p[..., 1] - 0.5
        inside = (x >= -0.5) & (y >= -0.5) & (x <= w - 0.5) & (y <= h - 0.5)
        x = x.clip(0, w - 1)
        y = y.clip(0, h - 1)
        xi = np.floor(x).astype(int).clip(0, w - 2)
        yi = np.floor(y).astype(int).clip(0, h - 2)
        fx = (x - xi)[..., None]
        fy = (y - yi)[..., None]
        a = scan[yi, xi].astype(np.float32)
        b = scan[yi, xi + 1].astype(np.float32)
        c = scan[yi + 1, xi].astype(np.float32)
        d = scan[yi + 1, xi + 1].astype(np.float32)
        val = a * (1 - fx) * (1 - fy) + b * fx * (1 - fy) + c * (1 - fx) * fy + d * fx * fy
        out[r0:r1, :, :3] = val[..., :3].round().clip(0, 255).astype(np.uint8)
        out[r0:r1, :, 3] = np.where(inside, 255, 0)
    return out


def points_file_text(points: Sequence[ControlPoint], crs: str) -> str:
    """QGIS georeferencer ``.points`` text (map x/y in ``crs``; pixel y negative, as QGIS)."""
    import pyproj

    to_map = pyproj.Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    wkt = pyproj.CRS.from_user_input(crs).to_wkt()
    lines = [f"#CRS: {wkt}", "mapX,mapY,sourceX,sourceY,enable,dX,dY,residual"]
    for p in points:
        x, y = to_map.transform(p.lon, p.lat)
        lines.append(f"{x!r},{y!r},{p.px!r},{-p.py!r},{int(p.enabled)},0,0,0")
    return "\n".join(lines) + "\n"


def write_georeferenced(scan: Scan, fit: GeorefFit, points: Sequence[ControlPoint],
                        out: Path | str) -> Path:
    """Write the georeferenced scan as a GeoTIFF at ``out`` (atomically), with the control
    points in its metadata and a QGIS ``.points`` file beside it; returns ``out``."""
    import rasterio
    from rasterio.transform import Affine

    out = Path(out)
    pixels = scan.pixels
    meta: dict[str, Any] = {
        "method": fit.method.value, "crs": fit.crs, "rms_m": fit.rms_m,
        "source": scan.source, "page": scan.page,
        "points": [{"id": p.id, "px": p.px, "py": p.py, "lon": p.lon, "lat": p.lat,
                    "enabled": p.enabled} for p in points],
    }
    if fit.method == GeorefMethod.AFFINE:
        gt = fit.affine
        assert gt is not None
        transform = Affine(gt[1], gt[2], gt[0], gt[4], gt[5], gt[3])
        data = np.moveaxis(pixels[..., :3], -1, 0)
        alpha = None
    else:
        box, size = _output_grid(fit, scan.width, scan.height)
        out_w = int(np.ceil((box[2] - box[0]) / size))
        out_h = int(np.ceil((box[3] - box[1]) / size))
        if out_w * out_h > 4 * MAX_SIDE * MAX_SIDE:
            raise WriteError(str(out), Message("the transform stretches the scan too far: "
                                               "check the control points"))
        rgba = _resample(pixels, fit, box, size, out_w, out_h)
        transform = Affine(size, 0.0, box[0], 0.0, -size, box[3])
        data = np.moveaxis(rgba[..., :3], -1, 0)
        alpha = rgba[..., 3]
    profile = {"driver": "GTiff", "width": data.shape[2], "height": data.shape[1],
               "count": 3, "dtype": "uint8", "crs": fit.crs, "transform": transform,
               "tiled": True, "blockxsize": 256, "blockysize": 256, "compress": "deflate",
               "photometric": "RGB", "interleave": "pixel"}
    try:
        with atomic_path(out) as tmp, rasterio.open(tmp, "w", **profile) as dst:
            dst.write(data)
            if alpha is not None:
                dst.write_mask(alpha)
            dst.update_tags(**{TAG: json.dumps(meta, ensure_ascii=False)})
            factors = [f for f in (2, 4, 8, 16, 32, 64) if max(data.shape[1:]) // f >= 128]
            if factors:
                dst.build_overviews(factors, rasterio.enums.Resampling.average)
        with atomic_path(out.with_suffix(out.suffix + ".points")) as tmp:
            tmp.write_text(points_file_text(points, fit.crs), encoding="utf-8")
    except WriteError:
        raise
    except (OSError, rasterio.errors.RasterioError) as exc:
        raise WriteError(str(out), write_errors.explain(exc, out, kept=Message(
            "the scan itself was not changed"))) from exc
    return out


def write_georeference(georef: Georeference, out: Path | str | None = None
                       ) -> tuple[Path, GeorefFit]:
    """Read ``georef``'s scan, fit its points and write the GeoTIFF to ``out`` (default: its
    ``output``, else the scan's name with "-georef.tif" beside it): the dialog's "Save"."""
    target = Path(out or georef.output or Path(georef.source).with_name(
        f"{Path(georef.source).stem}{'' if georef.page == 0 else f'-p{georef.page + 1}'}"
        "-georef.tif"))
    scan = load_scan(georef.source, georef.page, georef.dpi)
    result = fit(georef.points, georef.method, georef.crs)
    return write_georeferenced(scan, result, georef.points, target), result


def read_control_points(path: Path | str) -> dict[str, Any] | None:
    """The georeferencing kept in a GeoTIFF written by ``write_georeferenced`` (or None)."""
    import rasterio

    with rasterio.open(path) as src:
        text = src.tags().get(TAG)
    return json.loads(text) if text else None
