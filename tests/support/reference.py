"""Reference-layer test files, made by the tests themselves: an OSM XML extract, GeoTIFFs in
two coordinate systems, an MBTiles tile set (sqlite3 + PNG tiles) and a scanned map PNG with
a known affine transform. Plain builder functions plus fixtures wrapping them.

The little OSM world sits north-west of Idlib (36.50–36.60°E, 35.90–35.96°N):

- a river "Nahr Test" (name:ar نهر التجربة) made of three ways joined at shared nodes, with
  a tributary branching off at node R3, and a canal;
- a primary road crossing it, a track and a railway;
- a lake (closed way, natural=water) and a built-up area (landuse=residential);
- a town "Testville" (تست, Тествиль) and a village.
"""

from __future__ import annotations

import math
import sqlite3
import warnings
from pathlib import Path

import numpy as np
import pytest

# -- OSM XML ------------------------------------------------------------------------------------
RIVER_NODES = {  # id: (lon, lat); the river runs west to east, wiggling
    1: (36.500, 35.930), 2: (36.515, 35.934), 3: (36.530, 35.929), 4: (36.545, 35.935),
    5: (36.560, 35.931), 6: (36.575, 35.936), 7: (36.590, 35.932), 8: (36.600, 35.930),
}
TRIBUTARY_NODES = {21: (36.532, 35.950), 22: (36.531, 35.940)}  # joins the river at node 3
ROAD_NODES = {31: (36.550, 35.905), 32: (36.552, 35.955)}
TRACK_NODES = {41: (36.505, 35.905), 42: (36.520, 35.915)}
RAIL_NODES = {51: (36.500, 35.912), 52: (36.600, 35.918)}
CANAL_NODES = {61: (36.565, 35.945), 62: (36.595, 35.950)}
LAKE_NODES = {71: (36.510, 35.940), 72: (36.520, 35.940), 73: (36.520, 35.948),
              74: (36.510, 35.948)}
TOWN_NODES = {81: (36.580, 35.915), 82: (36.590, 35.915), 83: (36.590, 35.925),
              84: (36.580, 35.925)}
PLACE_NODES = {91: (36.585, 35.920), 92: (36.540, 35.915)}


def _node(i: int, xy: tuple[float, float], tags: dict[str, str] | None = None) -> str:
    body = "".join(f'<tag k="{k}" v="{v}"/>' for k, v in (tags or {}).items())
    return f'<node id="{i}" version="1" lat="{xy[1]}" lon="{xy[0]}">{body}</node>'


def _way(i: int, refs: list[int], tags: dict[str, str]) -> str:
    nds = "".join(f'<nd ref="{r}"/>' for r in refs)
    tg = "".join(f'<tag k="{k}" v="{v}"/>' for k, v in tags.items())
    return f'<way id="{i}" version="1">{nds}{tg}</way>'


def write_osm_xml(path: Path) -> Path:
    """The little OSM world described in the module docstring."""
    nodes = {**RIVER_NODES, **TRIBUTARY_NODES, **ROAD_NODES, **TRACK_NODES, **RAIL_NODES,
             **CANAL_NODES, **LAKE_NODES, **TOWN_NODES}
    river = {"waterway": "river", "name": "نهر التجربة", "name:en": "Nahr Test",
             "name:ru": "Тест-река"}
    parts = [_node(i, xy) for i, xy in nodes.items()]
    parts.append(_node(91, PLACE_NODES[91], {"place": "town", "name": "تست",
                                             "name:en": "Testville", "name:ar": "تست",
                                             "name:ru": "Тествиль", "population": "25000"}))
    parts.append(_node(92, PLACE_NODES[92], {"place": "village", "name": "Qarya"}))
    parts += [
        _way(101, [1, 2, 3], river), _way(102, [3, 4, 5], river), _way(103, [5, 6, 7, 8], river),
        _way(104, [21, 22, 3], {"waterway": "stream", "name": "Wadi Test"}),
        _way(105, [31, 32], {"highway": "primary", "name": "M5"}),
        _way(106, [41, 42], {"highway": "track"}),
        _way(107, [51, 52], {"railway": "rail"}),
        _way(108, [61, 62], {"waterway": "canal"}),
        _way(109, [71, 72, 73, 74, 71], {"natural": "water", "name": "Buhayra"}),
        _way(110, [81, 82, 83, 84, 81], {"landuse": "residential"}),
        _way(111, [41, 51], {"power": "line"}),  # not a reference class: left out
    ]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="test">\n'
            + "\n".join(parts) + "\n</osm>\n")
    path.write_text(text, encoding="utf-8")
    return path


# -- rasters ------------------------------------------------------------------------------------
#: Quadrant colours of the test GeoTIFFs: north-west, north-east, south-west, south-east.
QUADRANTS = {"nw": (220, 30, 30), "ne": (30, 160, 40), "sw": (30, 60, 220), "se": (240, 200, 20)}
#: The lon/lat box the EPSG:4326 GeoTIFF covers.
TIFF_BOX = (36.50, 35.90, 36.60, 35.96)


def _quadrant_pixels(h: int, w: int) -> np.ndarray:
    data = np.zeros((3, h, w), dtype=np.uint8)
    for name, (r, g, b) in QUADRANTS.items():
        rows = slice(0, h // 2) if name[0] == "n" else slice(h // 2, h)
        cols = slice(0, w // 2) if name[1] == "w" else slice(w // 2, w)
        data[0, rows, cols], data[1, rows, cols], data[2, rows, cols] = r, g, b
    return data


def from_bounds(w: float, s: float, e: float, n: float, width: int, height: int):
    """The geotransform of a box (rasterio's own helper warns about the affine package)."""
    from affine import Affine

    return Affine((e - w) / width, 0.0, w, 0.0, -(n - s) / height, n)


def write_geotiff_4326(path: Path, size: tuple[int, int] = (240, 400)) -> Path:
    """An RGB GeoTIFF over ``TIFF_BOX`` in EPSG:4326, four coloured quadrants, overviews."""
    import rasterio

    h, w = size
    with rasterio.open(path, "w", driver="GTiff", width=w, height=h, count=3, dtype="uint8",
                       crs="EPSG:4326", transform=from_bounds(*TIFF_BOX, w, h), tiled=True,
                       blockxsize=128, blockysize=128, photometric="RGB") as dst:
        dst.write(_quadrant_pixels(h, w))
        dst.update_tags(TIFFTAG_COPYRIGHT="Test imagery © Example Agency")
        dst.build_overviews([2, 4])
    return path


#: The UTM GeoTIFF's box in EPSG:32637 metres (about 36.01–36.12°E, 35.89–35.98°N).
UTM_BOX = (230000.0, 3976000.0, 240000.0, 3986000.0)


def write_geotiff_utm(path: Path, size: int = 500) -> Path:
    """An RGB GeoTIFF in UTM zone 37N (EPSG:32637), four quadrants split at the box centre
    in UTM metres (so the split is not a meridian in lon/lat)."""
    import rasterio

    with rasterio.open(path, "w", driver="GTiff", width=size, height=size, count=3,
                       dtype="uint8", crs="EPSG:32637", transform=from_bounds(*UTM_BOX, size,
                                                                              size),
                       tiled=True, blockxsize=128, blockysize=128, photometric="RGB") as dst:
        dst.write(_quadrant_pixels(size, size))
        dst.build_overviews([2, 4])
    return path


def _png(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    import rasterio
    from rasterio.io import MemoryFile

    data = np.zeros((4, size, size), dtype=np.uint8)
    data[0], data[1], data[2], data[3] = rgb[0], rgb[1], rgb[2], 255
    with warnings.catch_warnings(), MemoryFile() as mem:
        warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
        with mem.open(driver="PNG", width=size, height=size, count=4, dtype="uint8") as dst:
            dst.write(data)
        return mem.read()


def tile_of(lon: float, lat: float, z: int) -> tuple[int, int]:
    """XYZ tile column and row (top origin) containing lon/lat at zoom ``z``."""
    n = 2 ** z
    x = int((lon + 180) / 360 * n)
    lat_r = math.radians(lat)
    y = int((1 - math.asinh(math.tan(lat_r)) / math.pi) / 2 * n)
    return x, y


def write_mbtiles(path: Path, zoom: int = 10, centre: tuple[float, float] = (36.55, 35.93)
                  ) -> tuple[Path, dict[tuple[int, int], tuple[int, int, int]]]:
    """An MBTiles file of 2 x 2 PNG tiles at ``zoom`` around ``centre``, each a different
    colour; returns the path and {(x, y) XYZ: colour}."""
    cx, cy = tile_of(*centre, zoom)
    colours = {(cx, cy): (200, 0, 0), (cx + 1, cy): (0, 160, 0), (cx, cy + 1): (0, 0, 200),
               (cx + 1, cy + 1): (220, 220, 0)}
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                "tile_row INTEGER, tile_data BLOB)")
    n = 2 ** zoom
    for (x, y), rgb in colours.items():
        con.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (zoom, x, n - 1 - y, _png(rgb)))
    west = cx / n * 360 - 180
    east = (cx + 2) / n * 360 - 180

    def lat_of(row: int) -> float:
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / n))))

    meta = {"name": "test tiles", "format": "png", "minzoom": str(zoom), "maxzoom": str(zoom),
            "bounds": f"{west},{lat_of(cy + 2)},{east},{lat_of(cy)}",
            "attribution": "Tiles © Test Tiles Ltd", "type": "baselayer", "version": "1"}
    con.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
    con.commit()
    con.close()
    return path, colours


# -- a scanned map ------------------------------------------------------------------------------
#: Pixel (col, row) -> lon/lat of the test scan: lon = A + B*col + C*row, lat = D + E*col + F*row
SCAN_AFFINE = (36.50, 0.0002, 0.00001, 35.97, -0.000008, -0.00016)
SCAN_SIZE = (300, 450)  # rows, cols


def scan_lonlat(col: float, row: float) -> tuple[float, float]:
    """Where a scan pixel position lies on the ground (the known affine)."""
    a, b, c, d, e, f = SCAN_AFFINE
    return a + b * col + c * row, d + e * col + f * row


def write_scan_png(path: Path) -> Path:
    """A 'scanned map' PNG: paper colour with a dark grid line every 50 pixels and a red
    cross at column 100, row 80 (a landmark to click)."""
    import rasterio

    h, w = SCAN_SIZE
    data = np.moveaxis(_scan_rgb(), -1, 0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
        with rasterio.open(path, "w", driver="PNG", width=w, height=h, count=3,
                           dtype="uint8") as dst:
            dst.write(data)
    return path


# -- fixtures -----------------------------------------------------------------------------------
@pytest.fixture
def osm_xml(tmp_path) -> Path:
    """The little OSM world as an .osm XML file."""
    return write_osm_xml(tmp_path / "world.osm")


@pytest.fixture
def geotiff_4326(tmp_path) -> Path:
    """Four-quadrant RGB GeoTIFF in EPSG:4326 over ``TIFF_BOX``."""
    return write_geotiff_4326(tmp_path / "quadrants-4326.tif")


@pytest.fixture
def geotiff_utm(tmp_path) -> Path:
    """Four-quadrant RGB GeoTIFF in UTM 37N over ``UTM_BOX``."""
    return write_geotiff_utm(tmp_path / "quadrants-utm.tif")


@pytest.fixture
def mbtiles(tmp_path):
    """(path, {(x, y): colour}) of a 2 x 2 tile MBTiles set at zoom 10."""
    return write_mbtiles(tmp_path / "tiles.mbtiles")


@pytest.fixture
def scan_png(tmp_path) -> Path:
    """A scanned-map PNG whose pixels map to lon/lat by ``SCAN_AFFINE``."""
    return write_scan_png(tmp_path / "annex-map.png")


def _scan_rgb() -> np.ndarray:
    """The scan's pixels (rows, cols, 3) as ``write_scan_png`` writes them."""
    h, w = SCAN_SIZE
    data = np.full((h, w, 3), 235, dtype=np.uint8)
    data[::50, :] = 40
    data[:, ::50] = 40
    data[80, 95:106] = (200, 0, 0)
    data[75:86, 100] = (200, 0, 0)
    return data


def write_scan_pdf(path: Path) -> Path:
    """A two-page 'annex' PDF: page 1 blank, page 2 the scan filling a page of the scan's
    size in points (so at 72 dpi one PDF point is one scan pixel). Written by hand: a PDF
    is a few objects and a cross-reference table."""
    h, w = SCAN_SIZE
    image = _scan_rgb().tobytes()
    content = f"q {w} 0 0 {h} 0 0 cm /Im0 Do Q".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] >>".encode(),
        (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] /Resources << /XObject "
         f"<< /Im0 5 0 R >> >> /Contents 6 0 R >>").encode(),
        (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceRGB "
         f"/BitsPerComponent 8 /Interpolate false /Length {len(image)} >>\nstream\n"
         ).encode() + image + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    path.write_bytes(bytes(out))
    return path


@pytest.fixture
def scan_pdf(tmp_path) -> Path:
    """A two-page PDF annex whose second page is the scan."""
    return write_scan_pdf(tmp_path / "annex.pdf")


def write_gpkg_tiles(path: Path, driver: str = "GPKG") -> Path:
    """The four-quadrant image over ``TIFF_BOX`` as a GeoPackage tile set (``driver`` GPKG)
    or a Cloud-Optimised GeoTIFF (``driver`` COG), both in Web Mercator."""
    import rasterio
    from rasterio.warp import transform_bounds

    w, s, e, n = transform_bounds("EPSG:4326", "EPSG:3857", *TIFF_BOX)
    size = 256
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with rasterio.open(path, "w", driver=driver, width=size, height=size, count=3,
                           dtype="uint8", crs="EPSG:3857",
                           transform=from_bounds(w, s, e, n, size, size)) as dst:
            dst.write(_quadrant_pixels(size, size))
    return path
