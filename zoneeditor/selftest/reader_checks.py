"""Self-test checks of the libraries read in the reader child or loaded on demand: the GDAL
drivers zoneeditor uses, a GeoTIFF reference (rasterio and its GDAL), a PDF annex page
(pdfium) and the team server client (psycopg and its libpq)."""

from __future__ import annotations

from zoneeditor.selftest.context import (
    CheckFailed,
    Context,
    bundle_folder,
    gdal_copies,
    gdal_libraries,
    require,
)


def check_gdal_drivers(_ctx: Context) -> str:
    """Every GDAL driver zoneeditor reads or writes with (``io.gdal_drivers``) is there, for
    fiona and for rasterio: the bundle's GDAL is built with those drivers only
    (packaging/slim_gdal.py), so a driver left out of its build fails here, not in a
    delegate's hands. In the bundle, the GDAL in memory must be the bundle's own."""
    import fiona
    import rasterio

    from zoneeditor.io.gdal_drivers import USED, available, missing

    raster, vector = available()
    lacking = missing(raster, vector)
    require(not lacking, f"GDAL has no driver {', '.join(lacking)}")
    bundle = bundle_folder()
    if bundle is not None:
        outside = sorted(p for p in gdal_libraries() if not p.startswith(str(bundle)))
        require(not outside, f"a GDAL from outside the bundle is in memory: {outside}")
    return (f"{len(USED)} drivers for fiona and rasterio, GDAL {rasterio.__gdal_version__} / "
            f"{fiona.__gdal_version__} ({len(raster)} drivers in all){gdal_copies()}")


def check_raster(ctx: Context) -> str:
    """A raster reference end to end: a small GeoTIFF in UTM 37N (written with rasterio)
    is described by the reader child (``--reference-worker`` in a bundle), reprojected to
    lon/lat by rasterio's GDAL and PROJ and drawn through the canvas's tile painter; and
    fiona opens the sample GeoPackage in the same process (both GDAL bindings loaded)."""
    import fiona
    import numpy as np
    import rasterio
    from PySide6.QtGui import QColor, QImage, QPainter
    from rasterio.transform import from_origin

    from zoneeditor.core.viewport import Viewport
    from zoneeditor.io.reference import RasterData, new_reference
    from zoneeditor.io.session import sample_path
    from zoneeditor.render.reference_raster import RasterTiles

    ctx.qt_app()
    tif = ctx.folder / "raster-check.tif"
    size = 64  # 64 x 64 pixels of 100 m near Idlib: red west half, blue east half
    bands = np.zeros((3, size, size), dtype=np.uint8)
    bands[0, :, : size // 2] = 255
    bands[2, :, size // 2:] = 255
    with rasterio.open(tif, "w", driver="GTiff", width=size, height=size, count=3,
                       dtype="uint8", crs="EPSG:32637",
                       transform=from_origin(280_000, 3_985_000, 100, 100)) as dst:
        dst.write(bands)
    layer, data = new_reference(tif)  # described in the reader child, as for a user
    if not isinstance(data, RasterData):
        raise CheckFailed(f"read as {type(data).__name__}, not a raster")
    info = data.source.info
    require(info.crs == "EPSG:32637" and (info.width, info.height) == (size, size),
             f"described as {info.width}x{info.height} in {info.crs}")
    w, s, e, n = data.bounds
    require(36.5 < w < e < 36.7 and 35.9 < s < n < 36.1,
             f"extent {w:.3f} {s:.3f} {e:.3f} {n:.3f} is not near Idlib")
    pixels = data.source.render(data.bounds, 32, 32)
    if pixels is None:
        raise CheckFailed("rendering its own extent gave nothing")
    west, east = pixels[16, 4], pixels[16, 27]
    require(west[0] > 200 and west[2] < 50 and east[2] > 200 and east[0] < 50
             and west[3] == 255 and east[3] == 255,
             f"reprojected pixels west {tuple(west)} / east {tuple(east)}")
    # drawn as the canvas draws it (tiles, unthreaded: read when asked for)
    image = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    cx, cy = (w + e) / 2, (s + n) / 2
    view = Viewport(cx, cy, ppd=150 / (n - s), width=200, height=200, ref_lat=cy)
    tiles = RasterTiles(threaded=False)
    painter = QPainter(image)
    try:
        missing = tiles.paint(painter, view, data.source)
    finally:
        painter.end()
        data.source.close()
    require(missing == 0, f"{missing} tile(s) could not be read")
    left, right, corner = (QColor(image.pixel(x, y)) for x, y in
                           ((70, 100), (130, 100), (2, 2)))
    require(left.red() > 200 and left.blue() < 60 and right.blue() > 200
             and right.red() < 60 and corner == QColor("white"),
             f"drawn: west {left.name()}, east {right.name()}, outside {corner.name()}")
    # both GDAL bindings in one process (in the bundle they share one libgdal)
    with fiona.open(sample_path(), layer="zones__agreed") as zones:
        count = len(zones)
    require(count > 0, "fiona read no zones from the sample beside rasterio")
    return (f"{layer.kind} {info.width}x{info.height} {info.crs} described in the reader "
            f"child, reprojected and drawn; fiona read {count} zones beside it "
            f"(GDAL {rasterio.__gdal_version__} / {fiona.__gdal_version__}"
            f"{gdal_copies()})")


def check_pdf_page(ctx: Context) -> str:
    """A page of a PDF annex rendered with pdfium in the reader child, as the
    georeferencer reads it: a one-page PDF (written with Qt) comes back as pixels."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter

    from zoneeditor.io.reference.scan import load_scan

    ctx.qt_app()
    pdf = ctx.folder / "annex.pdf"
    writer = QPdfWriter(str(pdf))
    writer.setResolution(72)
    writer.setPageLayout(QPageLayout(
        QPageSize(QSizeF(100, 50), QPageSize.Unit.Millimeter, "annex"),
        QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    try:
        box = painter.viewport()
        half = box.width() / 2
        painter.fillRect(QRectF(0, 0, half, box.height()), QColor(200, 0, 0))
        painter.fillRect(QRectF(half, 0, box.width() - half, box.height()),
                         QColor(0, 0, 200))
    finally:
        painter.end()
    scan = load_scan(pdf, page=0, dpi=72.0)
    expected = (round(100 / 25.4 * 72), round(50 / 25.4 * 72))  # (283, 142) pixels
    require(scan.pages == 1, f"{scan.pages} pages, expected 1")
    require(abs(scan.width - expected[0]) <= 2 and abs(scan.height - expected[1]) <= 2,
             f"rendered {scan.width}x{scan.height}, expected about "
             f"{expected[0]}x{expected[1]}")
    left = scan.pixels[scan.height // 2, scan.width // 4]
    right = scan.pixels[scan.height // 2, 3 * scan.width // 4]
    require(left[0] > 150 and left[2] < 60 and right[2] > 150 and right[0] < 60,
             f"page colours west {tuple(left)} / east {tuple(right)}")
    import pypdfium2

    return (f"1 page rendered by pdfium in the reader child, {scan.width}x{scan.height} "
            f"pixels at 72 dpi, colours right (pypdfium2 {pypdfium2.version.PYPDFIUM_INFO})")


def check_team_client(ctx: Context) -> str:
    """The team server client: psycopg with its own libpq (the binary wheel) loads and
    builds a connection string; nothing connects."""
    import psycopg
    from psycopg import pq
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    from zoneeditor.io.team.address import describe, without_password

    conninfo = make_conninfo(host="team.example", port=5433, dbname="talks",
                             user="delegate", password="secret", sslmode="require")
    params = conninfo_to_dict(conninfo)
    require(params.get("port") == "5433" and params.get("password") == "secret",
             f"connection string {conninfo!r} does not round-trip")
    stored = without_password(conninfo)
    require("secret" not in stored and "sslmode" in stored,
             f"the stored address {stored!r} keeps the password or loses sslmode")
    version = pq.version()  # calls into libpq: it is loaded, not only importable
    require(version >= 100000, f"libpq reports version {version}")
    return (f"{describe(conninfo)} ({stored}), psycopg {psycopg.__version__} with "
            f"libpq {version // 10000}.{version % 10000} ({pq.__impl__})")
