"""Reference layers: frame times while panning and zooming, against QGIS 3.22 on the same files.

    python bench/reference.py [--rounds 5] [--data DIR] [--no-peer]

Data, made here once and kept in DIR (default: a folder in the system's temp folder):

- a 20,000 x 20,000 px RGB GeoTIFF (1.2 GB of pixels; JPEG-in-TIFF, 512 px tiles, internal
  overviews) in UTM zone 37N over the Idlib governorate, so every frame reprojects;
- a generated OpenStreetMap extract of the same governorate (.osm XML): three cities, 40
  towns, 400 villages and 600 hamlets with street grids, roads of every class between them,
  rivers split into ways, streams, canals, lakes, built-up areas, railways, places with
  Arabic and Russian names — about 40,000 ways, parsed once by GDAL's OSM driver (cached).

A frame is what the canvas re-renders when the view settles: sea, countries, references and
their names (``MapPainter.paint_background`` + ``paint_names``) into a 1920x1080 image, with
the canvas's threaded caches. The path zooms from the whole governorate to ~1:10,000 on a
city, pans across it, zooms back out and pans again (42 views). Per view:

- *first paint*: the frame drawn as soon as the view is there (never waits: missing tiles
  and paths are drawn from coarser ones and read on the workers);
- *warm*: the same view drawn again once the workers are idle (complete).

The peer, in the same script, interleaved view by view: QGIS 3.22 (Debian's ``python3-qgis``)
rendering the same GeoTIFF and the same features (from a GeoPackage: QGIS would re-parse OSM
XML on every frame) with the same colours, widths and zoom thresholds (a rule-based renderer),
in the same projection (equirectangular at the view's latitude), size and extents, with
``QgsMapRendererCustomPainterJob`` (one thread), no labels. QGIS keeps no rendered cache
between frames, so its figure is per frame whatever came before; ours are given both ways.
Figures: median and minimum per scenario (imagery, OSM) and the ratio QGIS / ours.
Not part of the tests: it prints figures.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np

W, H = 1920, 1080
REGION = (36.2, 35.4, 37.0, 36.2)  # the governorate: lon/lat box
CITY = (36.633, 35.930)            # the city the path zooms into
UTM_BOX = (240_000.0, 3_920_000.0, 320_000.0, 4_000_000.0)  # 80 km: 4 m pixels
SIDE = 20_000


# -- data ---------------------------------------------------------------------------------------
def make_geotiff(path: Path) -> None:
    """The 20,000 px square image: fields, a road grid and texture of a made-up landscape."""
    import rasterio
    from affine import Affine
    from rasterio.enums import Resampling

    x0, y0, x1, y1 = UTM_BOX
    transform = Affine((x1 - x0) / SIDE, 0, x0, 0, -(y1 - y0) / SIDE, y1)
    tmp = path.with_suffix(".part.tif")
    profile = {"driver": "GTiff", "width": SIDE, "height": SIDE, "count": 3, "dtype": "uint8",
               "crs": "EPSG:32637", "transform": transform, "tiled": True,
               "blockxsize": 512, "blockysize": 512, "compress": "jpeg",
               "photometric": "ycbcr", "jpeg_quality": 85, "BIGTIFF": "YES"}
    rng = np.random.default_rng(1)
    with rasterio.open(tmp, "w", **profile) as dst:
        for r0 in range(0, SIDE, 512):
            block = landscape(SIDE, r0, min(SIDE, r0 + 512), rng)
            dst.write(block, window=((r0, r0 + block.shape[1]), (0, SIDE)))
        print("  building overviews", flush=True)
        dst.build_overviews([2, 4, 8, 16, 32, 64], Resampling.average)
    tmp.replace(path)


def landscape(side: int, r0: int, r1: int, rng: np.random.Generator) -> np.ndarray:
    """Rows ``r0``..``r1`` of a ``side`` px square made-up landscape, (3, rows, side) uint8 RGB:
    fields, a road grid every 1,000 px and texture, as real imagery has (JPEG cannot shrink
    it away, so reading it costs what reading imagery costs)."""
    cols = np.arange(side, dtype=np.float32)
    rows = np.arange(r0, r1, dtype=np.float32)[:, None]
    field = (np.floor(cols / 180) + np.floor(rows / 140)) % 5
    base = 110 + 25 * np.sin(cols / 900) * np.cos(rows / 1300)
    grid = ((cols % 1000) < 6) | ((rows % 1000) < 6)
    rgb = np.stack([base + 18 * field, base + 30 - 6 * field, base - 20 + 4 * field])
    rgb = np.where(grid[None], 70, rgb)
    rgb += rng.integers(-14, 15, size=(1, r1 - r0, side), dtype=np.int8)
    return rgb.clip(0, 255).astype(np.uint8)


def make_osm(path: Path, seed: int = 7) -> None:
    """A governorate-sized OSM extract (see the module docstring)."""
    rng = random.Random(seed)
    nodes: dict[tuple[int, int], int] = {}
    node_xy: list[tuple[float, float]] = []
    ways: list[tuple[list[int], dict[str, str]]] = []
    places: list[tuple[float, float, dict[str, str]]] = []

    def node(lon: float, lat: float) -> int:
        key = (round(lon * 1e7), round(lat * 1e7))
        nid = nodes.get(key)
        if nid is None:
            nid = len(node_xy) + 1
            nodes[key] = nid
            node_xy.append((lon, lat))
        return nid

    def way(points: list[tuple[float, float]], tags: dict[str, str], split: int = 30) -> None:
        ids = [node(*p) for p in points]
        for s in range(0, len(ids) - 1, split):
            ways.append((ids[s:s + split + 1], tags))

    def wiggly(a, b, n, amp):
        out = []
        for k in range(n + 1):
            t = k / n
            off = amp * math.sin(t * math.pi * 3 + a[0] * 50) * math.sin(t * math.pi)
            out.append((a[0] + (b[0] - a[0]) * t + off * 0.7, a[1] + (b[1] - a[1]) * t + off))
        return out

    w0, s0, e0, n0 = REGION
    kinds = [("city", 3, 30, 0.0012), ("town", 40, 12, 0.0011), ("village", 400, 4, 0.0009),
             ("hamlet", 600, 0, 0.0)]
    settlements: dict[str, list[tuple[float, float]]] = {}
    for kind, count, grid, step in kinds:
        for i in range(count):
            if kind == "city" and i == 0:
                cx, cy = CITY
            else:
                cx, cy = rng.uniform(w0 + 0.03, e0 - 0.03), rng.uniform(s0 + 0.03, n0 - 0.03)
            settlements.setdefault(kind, []).append((cx, cy))
            name = f"{kind.title()} {i + 1}"
            places.append((cx, cy, {"place": kind, "name": f"قرية {i + 1}", "name:en": name,
                                    "name:ru": f"Посёлок {i + 1}",
                                    "population": str({"city": 400_000, "town": 30_000,
                                                       "village": 2_000,
                                                       "hamlet": 200}[kind] + i)}))
            if grid:
                half = grid * step / 2
                xs = [cx - half + k * step for k in range(grid + 1)]
                ys = [cy - half + k * step for k in range(grid + 1)]
                for x in xs:  # each block side a way of 6 nodes, slightly bent (as surveyed)
                    for k in range(grid):
                        way(wiggly((x, ys[k]), (x, ys[k + 1]), 5, step * 0.04),
                            {"highway": "residential"})
                for y in ys:
                    for k in range(grid):
                        way(wiggly((xs[k], y), (xs[k + 1], y), 5, step * 0.04),
                            {"highway": "residential"})
                ring = [(cx - half, cy - half), (cx + half, cy - half), (cx + half, cy + half),
                        (cx - half, cy + half)]
                ids = [node(lon + 1e-5, lat + 1e-5) for lon, lat in ring]
                ways.append(([*ids, ids[0]], {"landuse": "residential"}))

    def nearest(p, pool):
        return min(pool, key=lambda q: (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2)

    cities, towns = settlements["city"], settlements["town"]
    villages, hamlets = settlements["village"], settlements["hamlet"]
    for a in cities:
        for b in cities:
            if a < b:
                way(wiggly(a, b, 200, 0.01), {"highway": "trunk", "name": "M5"})
    for t in towns:
        way(wiggly(t, nearest(t, cities), 60, 0.004), {"highway": "primary"})
        other = nearest(t, [x for x in towns if x != t])
        way(wiggly(t, other, 40, 0.003), {"highway": "secondary"})
    for v in villages:
        way(wiggly(v, nearest(v, towns), 20, 0.002), {"highway": "tertiary"})
    for h in hamlets:
        way(wiggly(h, nearest(h, villages), 10, 0.001), {"highway": "track"})
    rivers = []
    for k, (a, b) in enumerate([((w0, 35.55), (e0, 35.75)), ((w0, 35.95), (e0, 36.05)),
                                ((36.5, n0), (36.6, s0))]):
        pts = wiggly(a, b, 900, 0.02)
        rivers.append(pts)
        way(pts, {"waterway": "river", "name": f"نهر {k + 1}", "name:en": f"Nahr {k + 1}"},
            split=40)
    for _ in range(300):
        river = rng.choice(rivers)
        mouth = river[rng.randrange(10, len(river) - 10)]
        src = (mouth[0] + rng.uniform(-0.06, 0.06), mouth[1] + rng.uniform(-0.06, 0.06))
        way(wiggly(src, mouth, 20, 0.003), {"waterway": "stream"})
    for _ in range(20):
        a = (rng.uniform(w0, e0), rng.uniform(s0, n0))
        way(wiggly(a, (a[0] + 0.1, a[1] + 0.02), 30, 0.001), {"waterway": "canal"})
    for _ in range(150):
        cx, cy = rng.uniform(w0, e0), rng.uniform(s0, n0)
        r = rng.uniform(0.002, 0.01)
        ring = [(cx + r * math.cos(t / 12 * 2 * math.pi), cy + 0.8 * r * math.sin(
            t / 12 * 2 * math.pi)) for t in range(12)]
        ids = [node(*p) for p in ring]
        ways.append(([*ids, ids[0]], {"natural": "water"}))
    for lat in (35.6, 36.1):
        way(wiggly((w0, lat), (e0, lat + 0.05), 300, 0.004), {"railway": "rail"})
    with path.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6">\n')
        for i, (lon, lat) in enumerate(node_xy, start=1):
            fh.write(f'<node id="{i}" version="1" lat="{lat:.7f}" lon="{lon:.7f}"/>\n')
        base = len(node_xy) + 1
        for k, (lon, lat, tags) in enumerate(places):
            tg = "".join(f'<tag k="{a}" v="{b}"/>' for a, b in tags.items())
            fh.write(f'<node id="{base + k}" version="1" lat="{lat:.7f}" '
                     f'lon="{lon:.7f}">{tg}</node>\n')
        for i, (ids, tags) in enumerate(ways, start=1):
            nd = "".join(f'<nd ref="{r}"/>' for r in ids)
            tg = "".join(f'<tag k="{a}" v="{b}"/>' for a, b in tags.items())
            fh.write(f'<way id="{i}" version="1">{nd}{tg}</way>\n')
        fh.write("</osm>\n")
    print(f"  {len(node_xy):,} nodes, {len(ways):,} ways, {len(places):,} places", flush=True)


def features_gpkg(features, path: Path) -> None:
    """The parsed features as a GeoPackage for the peer (lines, areas, places; class 'cls')."""
    import fiona
    import shapely
    from shapely.geometry import mapping

    groups = {"lines": ("LineString", 1), "areas": ("Polygon", 3), "places": ("Point", 0)}
    for layer, (gtype, type_id) in groups.items():
        parts, idx = shapely.get_parts(features.geometries, return_index=True)
        keep = shapely.get_type_id(parts) == type_id
        with fiona.open(path, "w", driver="GPKG", layer=layer, crs="EPSG:4326",
                        schema={"geometry": gtype, "properties": {"cls": "str"}}) as dst:
            dst.writerecords({"geometry": mapping(g), "properties": {"cls": str(
                features.classes[i])}} for g, i in zip(parts[keep], idx[keep], strict=True))


# -- the path -----------------------------------------------------------------------------------
def views():
    from zoneeditor.core.viewport import Viewport

    v = Viewport.fit(REGION, W, H, margin=0.02)
    out = [v]
    for _ in range(16):
        v = v.zoomed(1.25, at=v.to_screen(*CITY))
        out.append(v)
    for _ in range(8):
        v = v.panned(-300, 120)
        out.append(v)
    for _ in range(9):
        v = v.zoomed(1 / 1.25)
        out.append(v)
    for _ in range(8):
        v = v.panned(260, -200)
        out.append(v)
    return out


# -- ours ---------------------------------------------------------------------------------------
class Ours:
    """The shared renderer with the canvas's threaded caches."""

    def __init__(self, references, basemap) -> None:
        from zoneeditor.render.map_painter import MapPainter
        from zoneeditor.render.reference_painter import ReferenceCache

        self.painter = MapPainter(raster_labels=True)
        self.cache = ReferenceCache(threaded=True)
        self.references = references
        self.basemap = basemap

    def scene(self, which):
        from zoneeditor.core.model import Project
        from zoneeditor.render.scene import Scene

        refs = tuple(r for r in self.references if r.layer.kind in which)
        return Scene(Project(), references=refs, reference_cache=self.cache,
                     basemap=self.basemap, show_labels=False)

    def frame(self, vp, scene) -> float:
        from PySide6.QtGui import QImage, QPainter

        img = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
        t0 = time.perf_counter()
        with self.cache.deferred():
            p = QPainter(img)
            self.painter.paint_background(p, vp, scene)
            self.painter.paint_names(p, vp, scene, [])
            p.end()
        return (time.perf_counter() - t0) * 1000


# -- the peer -----------------------------------------------------------------------------------
QGIS_SERVER = r'''
import json, sys, time
from qgis.core import (QgsApplication, QgsRasterLayer, QgsVectorLayer, QgsMapSettings,
    QgsCoordinateReferenceSystem, QgsRectangle, QgsMapRendererCustomPainterJob,
    QgsRuleBasedRenderer, QgsSymbol, QgsWkbTypes, QgsCoordinateTransform, QgsProject)
from qgis.PyQt.QtGui import QImage, QPainter, QColor
from qgis.PyQt.QtCore import QSize
app = QgsApplication([], False); app.initQgis()
cfg = json.loads(sys.argv[1])
raster = QgsRasterLayer(cfg["tif"], "imagery")
vec = {n: QgsVectorLayer(cfg["gpkg"] + "|layername=" + n, n, "ogr") for n in ("areas", "lines")}
def style(layer, kind):
    root = QgsRuleBasedRenderer.Rule(None)
    for cls, st in cfg["styles"].items():
        if kind == "lines" and st["fill"]: continue
        if kind == "areas" and not st["fill"]: continue
        sym = QgsSymbol.defaultSymbol(layer.geometryType())
        if kind == "lines":
            sym.setColor(QColor(st["colour"])); sym.setWidth(st["width"] * 0.2645)
        else:
            c = QColor(st["fill"][:7])
            if len(st["fill"]) > 7: c.setAlpha(int(st["fill"][7:], 16))
            sym.setColor(c)
            sym.symbolLayer(0).setStrokeColor(QColor(st["colour"]))
            sym.symbolLayer(0).setStrokeWidth(max(0.0, st["width"]) * 0.2645)
        rule = QgsRuleBasedRenderer.Rule(sym, 0, int(st["max_scale"]), '"cls" = \'%s\'' % cls)
        root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))
for n, l in vec.items(): style(l, n)
print(json.dumps({"ready": raster.isValid() and all(l.isValid() for l in vec.values())}),
      flush=True)
for line in sys.stdin:
    req = json.loads(line)
    crs = QgsCoordinateReferenceSystem()
    crs.createFromProj("+proj=eqc +lat_ts=%r +lon_0=0 +datum=WGS84 +units=m +no_defs"
                       % req["ref_lat"])
    ms = QgsMapSettings()
    ms.setDestinationCrs(crs)
    layers = ([vec["lines"], vec["areas"]] if "osm" in req["which"] else []) + \
             ([raster] if "raster" in req["which"] else [])
    ms.setLayers(layers)
    ms.setOutputSize(QSize(req["w"], req["h"]))
    ms.setOutputDpi(96)
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                QgsProject.instance())
    r = tr.transformBoundingBox(QgsRectangle(*req["box"]))
    ms.setExtent(r)
    img = QImage(req["w"], req["h"], QImage.Format_ARGB32_Premultiplied)
    img.fill(QColor("#d7e6ef"))
    p = QPainter(img)
    t0 = time.perf_counter()
    job = QgsMapRendererCustomPainterJob(ms, p)
    job.start(); job.waitForFinished()
    ms_taken = (time.perf_counter() - t0) * 1000
    p.end()
    if req.get("save"):
        img.save(req["save"])
    print(json.dumps({"ms": ms_taken}), flush=True)
'''


class Peer:
    """QGIS 3.22 in Debian's Python, rendering on request (one process for the run)."""

    def __init__(self, tif: Path, gpkg: Path) -> None:
        from zoneeditor.render.reference_style import STYLES

        def max_scale(bucket: int) -> float:
            return 0.0 if bucket <= 0 else 111_320.0 / 2 ** bucket / (0.0254 / 96)

        styles = {c: {"colour": s.colour, "width": s.width, "fill": s.fill,
                      "max_scale": max_scale(s.min_bucket)}
                  for c, s in STYLES.items() if not c.startswith("place") and c != "point"}
        cfg = json.dumps({"tif": str(tif), "gpkg": str(gpkg), "styles": styles})
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.proc = subprocess.Popen(["/usr/bin/python3", "-c", QGIS_SERVER, cfg],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True, env=env)
        hello = json.loads(self.proc.stdout.readline())
        if not hello.get("ready"):
            raise RuntimeError("QGIS could not open the benchmark files")

    def frame(self, vp, which, save: str = "") -> float:
        req = {"box": list(vp.bounds), "w": W, "h": H, "ref_lat": vp.ref_lat,
               "which": sorted(which), "save": save}
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        return float(json.loads(self.proc.stdout.readline())["ms"])

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def available_peer() -> bool:
    try:
        r = subprocess.run(["/usr/bin/python3", "-c", "import qgis.core"], capture_output=True,
                           timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return r.returncode == 0


# -- main ---------------------------------------------------------------------------------------
def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):6.1f} ms, min {min(values):6.1f} ms, " \
           f"max {max(values):7.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--data", type=Path,
                    default=Path(tempfile.gettempdir()) / "zoneeditor-bench-reference")
    ap.add_argument("--no-peer", action="store_true", help="leave QGIS out")
    ap.add_argument("--shots", type=Path, help="save our and QGIS's image of a few views here")
    args = ap.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    tif, osm = args.data / "imagery-20000.tif", args.data / "governorate.osm"
    if not tif.exists():
        print(f"making {tif} (once)", flush=True)
        t0 = time.perf_counter()
        make_geotiff(tif)
        print(f"  {time.perf_counter() - t0:.0f} s, {tif.stat().st_size / 1e6:.0f} MB", flush=True)
    if not osm.exists():
        print(f"making {osm} (once)", flush=True)
        make_osm(osm)

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    from zoneeditor.io.basemap import load_basemap
    from zoneeditor.io.reference import new_reference
    from zoneeditor.render.fonts import register_fonts
    from zoneeditor.render.reference_painter import RenderReference

    register_fonts()
    t0 = time.perf_counter()
    osm_layer, osm_data = new_reference(osm)
    print(f"OSM extract: {len(osm_data.features):,} features "
          f"(read in {time.perf_counter() - t0:.1f} s; GDAL parses once, then the cache)")
    tif_layer, tif_data = new_reference(tif)
    references = (RenderReference(tif_layer, tif_data), RenderReference(osm_layer, osm_data))
    ours = Ours(references, load_basemap())
    t0 = time.perf_counter()
    ours.cache.prepare(osm_data)
    print(f"cells for the level of detail: {time.perf_counter() - t0:.2f} s (loader thread)")
    peer = None
    if not args.no_peer and available_peer():
        gpkg = args.data / "governorate.gpkg"
        if not gpkg.exists():
            features_gpkg(osm_data.features, gpkg)
        peer = Peer(tif, gpkg)
    elif not args.no_peer:
        print("QGIS (python3-qgis) not found: no peer figures")
    path = views()
    scenarios = {"imagery (20,000 px GeoTIFF, UTM)": {"raster"},
                 "OSM governorate extract": {"osm"},
                 "both": {"raster", "osm"}}
    print(f"\n{len(path)} views of {W}x{H}, {args.rounds} rounds; machine load "
          f"{os.getloadavg()[0]:.1f}\n")
    for name, which in scenarios.items():
        scene = ours.scene(which)
        first: list[float] = []
        warm: list[float] = []
        theirs: list[float] = []
        for rnd in range(args.rounds):
            for k, vp in enumerate(path):
                first.append(ours.frame(vp, scene))
                ours.cache.wait()
                app.processEvents()
                warm.append(ours.frame(vp, scene))
                if peer is not None:
                    save = ""
                    if args.shots and rnd == 0 and k in (0, 16, 24):
                        save = str(args.shots / f"qgis-{sorted(which)}-{k}.png")
                    theirs.append(peer.frame(vp, which, save))
                if args.shots and rnd == 0 and k in (0, 16, 24):
                    from PySide6.QtGui import QImage, QPainter

                    args.shots.mkdir(parents=True, exist_ok=True)
                    img = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
                    p = QPainter(img)
                    ours.painter.paint_background(p, vp, scene)
                    ours.painter.paint_names(p, vp, scene, [])
                    p.end()
                    img.save(str(args.shots / f"ours-{sorted(which)}-{k}.png"))
        print(name)
        print(f"  ours, warm (complete)        {summary(warm)}")
        print(f"  ours, first paint (no wait)  {summary(first)}")
        if theirs:
            print(f"  QGIS 3.22                    {summary(theirs)}")
            ratio = statistics.median(theirs) / statistics.median(warm)
            print(f"  ratio QGIS / ours (warm)     median {ratio:.1f}x, "
                  f"min {min(theirs) / min(warm):.1f}x")
        print()
    trace_figures(osm_layer, osm_data)
    if peer is not None:
        peer.close()
    ours.cache.close()
    return 0


def trace_figures(layer, data) -> None:
    """Snap targets of the extract, and a trace along a river from near one end to the
    other (two clicks), with the time it takes."""
    from shapely import LineString

    from zoneeditor.core.geodesy import length_km
    from zoneeditor.core.reference_targets import ReferenceTargets
    from zoneeditor.core.snapping import best_snap

    t0 = time.perf_counter()
    targets = ReferenceTargets.build([(layer.id, layer.name, data.features)])
    built = time.perf_counter() - t0
    f = data.features
    river = [c for i in f.indices(["river"]) if f.names[i] == "Nahr 1"
             for c in f.geometries[i].coords]
    tol = 0.0005
    a, b = river[30], river[-40]
    sa = best_snap(targets.rings_near(*a, tol), *a, tol)
    sb = best_snap(targets.rings_near(*b, tol), *b, tol)
    t0 = time.perf_counter()
    route = targets.route(sa.xy, sa, sb.xy, sb)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    targets.route(sa.xy, sa, sb.xy, sb)
    again = time.perf_counter() - t0
    print(f"snap targets: {len(targets):,} lines in {built:.2f} s; trace along a river: "
          f"{length_km(LineString(route)):.0f} km, {len(route)} vertices, "
          f"{first * 1000:.0f} ms the first time (builds the water network), "
          f"{again * 1000:.1f} ms after")


if __name__ == "__main__":
    sys.exit(main())
