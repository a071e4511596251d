"""Two builds of the bundle's GDAL on what zoneeditor does with GDAL, interleaved.

    <build-venv>/bin/python bench/gdal_build.py --gdal O3=DIR --gdal Os=DIR [--rounds 7]
                                                [--data DIR]

Why: packaging/slim_gdal.py builds GDAL for the bundle, and how it is compiled (``-O3``,
``-O2``, ``-Os``) trades the library's size against the speed of the code zoneeditor runs in
it. This measures that speed on zoneeditor's own code paths, each DIR a folder holding a
``libgdal.so.36`` of one build (fiona and rasterio are built against the bundle's GDAL with no
RPATH, so ``LD_LIBRARY_PATH`` chooses which one they load; run it with the bundle's build
environment, ``.venv-build``, where they are installed):

- *raster JPEG* / *raster deflate*: a 6,000 px square RGB GeoTIFF in UTM 37N (JPEG-in-TIFF, or
  deflate with a predictor; 512 px tiles, internal overviews) drawn by the reference layer's
  ``RasterSource.render`` into 24 views of 1024x768 along a zoom path from the whole image
  to 1:5,000: decoding, overview choice and reprojection to lon/lat (GDAL's warper);
- *shapefile read* / *GeoPackage read*: 4,000 polygons of 500 vertices (2M) with Arabic and
  Latin attributes, in UTM 37N, read by ``io.exchange.readers.read_raw`` (the importer's
  reader, here in-process) and reprojected to WGS84;
- *GeoPackage write*: the same features written by fiona (an export's write);
- *OSM*: a governorate-sized OpenStreetMap extract (``bench/reference.py``'s generator,
  ~40,000 ways) parsed by GDAL's OSM driver into reference features
  (``io.reference.osm.read_osm``).

Each round runs one child process per build, in alternating order; a child imports
everything, then times each workload once. Printed: median and minimum per workload and
build, and the ratio of each build to the first. Not part of the tests: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

# bench/reference.py's generators (the landscape, the OSM extract) serve here too
sys.path.insert(0, str(Path(__file__).resolve().parent))

UTM_BOX = (260_000.0, 3_940_000.0, 302_000.0, 3_982_000.0)  # 42 km square near Idlib
SIDE = 6_000
WORKLOADS = ("raster JPEG", "raster deflate", "shapefile read", "GeoPackage read",
             "GeoPackage write", "OSM")


# -- data --------------------------------------------------------------------------------------
def make_image(path: Path, compress: str) -> None:
    """The square image: fields, a road grid and texture (JPEG cannot smooth it away)."""
    import rasterio
    from affine import Affine
    from rasterio.enums import Resampling

    x0, y0, x1, y1 = UTM_BOX
    profile = {"driver": "GTiff", "width": SIDE, "height": SIDE, "count": 3, "dtype": "uint8",
               "crs": "EPSG:32637", "tiled": True, "blockxsize": 512, "blockysize": 512,
               "transform": Affine((x1 - x0) / SIDE, 0, x0, 0, -(y1 - y0) / SIDE, y1)}
    profile |= ({"compress": "jpeg", "photometric": "ycbcr", "jpeg_quality": 85}
                if compress == "jpeg" else {"compress": "deflate", "predictor": 2})
    from reference import landscape

    rng = np.random.default_rng(1)
    part = path.with_suffix(".part.tif")
    with rasterio.open(part, "w", **profile) as dst:
        for r0 in range(0, SIDE, 512):
            block = landscape(SIDE, r0, min(SIDE, r0 + 512), rng)
            dst.write(block, window=((r0, r0 + block.shape[1]), (0, SIDE)))
        dst.build_overviews([2, 4, 8, 16], Resampling.average)
    part.replace(path)


def polygons(count: int = 4_000, vertices: int = 500) -> list[dict]:
    """Star-shaped polygons in UTM 37N scattered over the image's square, with attributes."""
    rng = np.random.default_rng(5)
    x0, y0, x1, y1 = UTM_BOX
    angles = np.linspace(0, 2 * math.pi, vertices, endpoint=False)
    out = []
    for i in range(count):
        cx, cy = rng.uniform(x0 + 500, x1 - 500), rng.uniform(y0 + 500, y1 - 500)
        radius = 150 + 60 * np.sin(angles * 7 + i) + rng.uniform(0, 20, vertices)
        ring = np.column_stack([cx + radius * np.cos(angles), cy + radius * np.sin(angles)])
        out.append({"geometry": {"type": "Polygon",
                                 "coordinates": [[*map(tuple, ring), tuple(ring[0])]]},
                    "properties": {"name": f"Zone {i}", "name_ar": f"منطقة {i}",
                                   "code": f"SY{i:05d}"}})
    return out


def write_features(path: Path, driver: str, features: list[dict]) -> None:
    """The polygons into a shapefile or a GeoPackage (UTF-8 attributes)."""
    import fiona

    schema = {"geometry": "Polygon",
              "properties": {"name": "str:40", "name_ar": "str:40", "code": "str:10"}}
    with fiona.open(path, "w", driver=driver, schema=schema, crs="EPSG:32637",
                    encoding="utf-8") as dst:
        dst.writerecords(features)


def make_data(folder: Path) -> None:
    """Everything the workloads read, made once into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for compress in ("jpeg", "deflate"):
        if not (folder / f"image-{compress}.tif").exists():
            print(f"  making the {compress} image", flush=True)
            make_image(folder / f"image-{compress}.tif", compress)
    if not (folder / "zones.gpkg").exists():
        print("  making the polygons", flush=True)
        features = polygons()
        write_features(folder / "zones.shp", "ESRI Shapefile", features)
        write_features(folder / "zones.gpkg", "GPKG", features)
    if not (folder / "governorate.osm").exists():
        print("  making the OSM extract", flush=True)
        from reference import make_osm

        make_osm(folder / "governorate.osm")


# -- one child: every workload once ------------------------------------------------------------
def views() -> list[tuple[float, float, float, float]]:
    """24 lon/lat boxes of 4:3 from the whole image down to ~1:5,000 on one spot."""
    from pyproj import Transformer

    x0, y0, x1, y1 = UTM_BOX
    to_lonlat = Transformer.from_crs("EPSG:32637", "EPSG:4326", always_xy=True)
    (w, e), (s, n) = to_lonlat.transform([x0, x1], [y0, y1])
    cx, cy = w + (e - w) * 0.42, s + (n - s) * 0.57
    out = []
    for k in range(24):
        half = (e - w) / 2 * 0.75 ** k
        out.append((cx - half, cy - half * 0.75, cx + half, cy + half * 0.75))
    return out


def child(folder: Path) -> dict[str, float]:
    """Seconds per workload in this process (with the GDAL ``LD_LIBRARY_PATH`` chose)."""
    import fiona

    from zoneeditor.io.exchange.readers import read_raw
    from zoneeditor.io.reference.osm import read_osm
    from zoneeditor.io.reference.raster import RasterSource

    times: dict[str, float] = {}
    boxes = views()
    for compress, name in (("jpeg", "raster JPEG"), ("deflate", "raster deflate")):
        source = RasterSource.open(folder / f"image-{compress}.tif")
        start = time.perf_counter()
        for box in boxes:
            source.render(box, 1024, 768)
        times[name] = time.perf_counter() - start
    start = time.perf_counter()
    read = read_raw(folder / "zones.shp")
    times["shapefile read"] = time.perf_counter() - start
    start = time.perf_counter()
    read_raw(folder / "zones.gpkg")
    times["GeoPackage read"] = time.perf_counter() - start
    with fiona.open(folder / "zones.gpkg") as src:
        features = list(src)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        write_features(Path(tmp) / "out.gpkg", "GPKG", features)
        times["GeoPackage write"] = time.perf_counter() - start
    start = time.perf_counter()
    read_osm(folder / "governorate.osm")
    times["OSM"] = time.perf_counter() - start
    times["features"] = float(sum(len(layer.records) for layer in read.layers))
    return times


def mapped_gdal() -> list[str]:
    """The libgdal files this process has mapped (real paths): which build was timed."""
    maps = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace").splitlines()
    return sorted({os.path.realpath(line.split(None, 5)[5]) for line in maps
                   if len(line.split(None, 5)) == 6 and "libgdal" in line})


def run_child(libdir: str, folder: Path) -> dict[str, float]:
    """One child process on the GDAL in ``libdir``; its times. A child that ran on another
    libgdal (none in ``libdir``, or an RPATH winning over the library path) stops the run."""
    env = dict(os.environ, LD_LIBRARY_PATH=libdir, OPENBLAS_NUM_THREADS="1")
    out = subprocess.run([sys.executable, __file__, "--child", str(folder)], env=env,
                         capture_output=True, text=True)
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["no message"])[-1]
        raise SystemExit(f"gdal_build: the child on {libdir} failed: {last}")
    found = json.loads(out.stdout.strip().splitlines()[-1])
    home = os.path.realpath(libdir)
    if not found["gdal"] or any(not path.startswith(home + os.sep) for path in found["gdal"]):
        raise SystemExit(f"gdal_build: the child meant for {libdir} ran on {found['gdal']}")
    return dict(found["times"])


def main() -> int:
    """Make the data, run the rounds, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gdal", action="append", default=[], metavar="NAME=DIR",
                        help="a build to compare: a name and the folder of its libgdal")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--data", type=Path,
                        default=Path(tempfile.gettempdir()) / "zoneeditor-bench-gdal")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        times = child(args.child)
        print(json.dumps({"times": times, "gdal": mapped_gdal()}))
        return 0
    if any("=" not in item for item in args.gdal):
        parser.error("each --gdal is NAME=DIR (a name and the folder of its libgdal)")
    builds = dict(item.split("=", 1) for item in args.gdal)
    if len(builds) < 2:
        parser.error("give two builds or more: --gdal NAME=DIR --gdal NAME=DIR")
    make_data(args.data)
    results: dict[str, list[dict[str, float]]] = {name: [] for name in builds}
    for r in range(args.rounds):
        order = list(builds) if r % 2 == 0 else list(reversed(builds))
        for name in order:
            results[name].append(run_child(builds[name], args.data))
        print(f"  round {r + 1} of {args.rounds}", flush=True)
    first = next(iter(builds))
    print(f"\n{'workload':18}" + "".join(f"{name:>22}" for name in builds))
    for work in WORKLOADS:
        cells = []
        base = statistics.median(t[work] for t in results[first])
        for name in builds:
            values = [t[work] for t in results[name]]
            med = statistics.median(values)
            cells.append(f"{med:7.3f} ({min(values):6.3f}) {med / base:4.2f}x")
        print(f"{work:18}" + "".join(f"{c:>22}" for c in cells))
    print("\nseconds: median (min) over the rounds, and the median's ratio to "
          f"{first}; {int(results[first][0]['features'])} polygons read")
    return 0


if __name__ == "__main__":
    sys.exit(main())
