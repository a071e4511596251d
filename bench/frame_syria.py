"""Benchmark: the first frame at the Syria extent, zoneeditor against QGIS 3.22.

    python bench/frame_syria.py [--rounds N] [--save DIR] [--no-qgis]

Both draw 1920x1080 pixels of the Syria extent (35.5–42.4°E, 32.3–37.3°N): the Natural Earth
10 m countries (land fill, hairline border) under the bundled sample project's agreed version
(zones, lines, points). zoneeditor draws what its window draws there (also country names,
towns and feature labels), with a *cold* renderer every round: a new ``MapPainter`` and a new
level-of-detail cache, so nothing from an earlier frame is reused; only the data are loaded
(as in the window, where the loader thread loads them before the first frame). QGIS 3.22 runs
in a subprocess (Debian's ``python3-qgis`` with the system ``python3``, offscreen): the same
countries (written to a GeoPackage first) and the sample's layers opened once, over the same
lon/lat box, then one ``QgsMapRendererSequentialJob`` per round, antialiased. With labels
(the default) QGIS draws the same texts: the towns ours considers at that zoom (a point layer
written from the gazetteer) and the country and zone names, each with a halo (text buffer);
``--qgis-bare`` leaves QGIS's labels out (a cheaper map than ours: only the geometry);
``--bare`` leaves them out on both sides (towns, country and feature names).
Rounds alternate between the two.

Prints median, min and the ratio ours / QGIS. ``--save DIR`` writes the last frame of each as
PNG to compare by eye.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

W, H = 1920, 1080
SYRIA = (35.5, 32.3, 42.4, 37.3)

QGIS_CHILD = textwrap.dedent(r'''
    import json, os, sys, time
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (QgsApplication, QgsVectorLayer, QgsMapSettings, QgsRectangle,
                           QgsMapRendererSequentialJob, QgsCoordinateReferenceSystem,
                           QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsSingleSymbolRenderer,
                           QgsPalLayerSettings, QgsTextFormat, QgsTextBufferSettings,
                           QgsVectorLayerSimpleLabeling)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
    app = QgsApplication([], False)
    app.initQgis()
    countries_gpkg, project_gpkg, save = sys.argv[1], sys.argv[2], sys.argv[3]
    extra_gpkg, labels = countries_gpkg, sys.argv[4] == "labels"
    def layer(path, name):
        lyr = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        assert lyr.isValid(), name
        return lyr
    land = layer(countries_gpkg, "countries")
    land.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#f4f1ea", "outline_color": "#9a9a9a", "outline_width": "0"})))
    zones = layer(project_gpkg, "zones__agreed")
    zones.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "200,80,60,90", "outline_color": "#c0392b", "outline_width": "0.4"})))
    lines = layer(project_gpkg, "lines__agreed")
    lines.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
        {"line_color": "#202020", "line_width": "0.6"})))
    points = layer(project_gpkg, "points__agreed")
    points.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"color": "#1f77b4", "size": "2.5"})))
    towns = layer(extra_gpkg, "towns")
    towns.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"color": "#505050", "size": "1.1", "outline_color": "#ffffff"})))
    def labelled(lyr, size, colour, placement=None):
        s = QgsPalLayerSettings()
        s.fieldName = "name"
        s.enabled = True
        if placement is not None:
            s.placement = placement
        fmt = QgsTextFormat()
        fmt.setSize(size)
        fmt.setColor(QColor(colour))
        buf = QgsTextBufferSettings()
        buf.setEnabled(True)
        buf.setSize(0.5)
        buf.setColor(QColor("#ffffff"))
        fmt.setBuffer(buf)
        s.setFormat(fmt)
        lyr.setLabeling(QgsVectorLayerSimpleLabeling(s))
        lyr.setLabelsEnabled(True)
    if labels:
        labelled(towns, 7.5, "#404040", QgsPalLayerSettings.OrderedPositionsAroundPoint)
        labelled(land, 10, "#8a8070", QgsPalLayerSettings.OverPoint)
        labelled(zones, 9, "#202020", QgsPalLayerSettings.OverPoint)
    settings = QgsMapSettings()
    settings.setOutputSize(QSize(%(w)d, %(h)d))
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    settings.setExtent(QgsRectangle(*json.loads(sys.argv[5])))
    settings.setLayers([points, lines, zones, towns, land] if labels else
                       [points, lines, zones, land])
    settings.setBackgroundColor(QColor("#cfe3f0"))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    print(json.dumps({"ready": True, "qgis": __import__("qgis.core").core.Qgis.QGIS_VERSION}),
          flush=True)
    for line in sys.stdin:
        t0 = time.perf_counter()
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        img = job.renderedImage()
        dt = time.perf_counter() - t0
        if save != "-":
            img.save(save)
        print(json.dumps({"s": dt}), flush=True)
''') % {"w": W, "h": H}


def write_layers(basemap, gazetteer, box, path: Path) -> None:
    """The basemap's countries and the towns ours may label in ``box``, as GeoPackage layers
    (for QGIS)."""
    import fiona
    import shapely
    from shapely.geometry import mapping

    from zoneeditor.core.viewport import Viewport
    from zoneeditor.render.map_names import town_threshold as _town_threshold

    schema = {"geometry": "MultiPolygon", "properties": {"iso": "str", "name": "str"}}
    with fiona.open(path, "w", driver="GPKG", layer="countries", schema=schema,
                    crs="EPSG:4326", encoding="utf-8") as out:
        for c in basemap.countries:
            geom = c.geometry
            if geom.geom_type == "Polygon":
                geom = shapely.MultiPolygon([geom])
            out.write({"geometry": mapping(geom), "properties": {"iso": c.iso,
                                                                 "name": c.name}})
    viewport = Viewport.fit(SYRIA, W, H, margin=0.0)
    towns = gazetteer.within(*box, _town_threshold(viewport.ppd))[:400]
    schema = {"geometry": "Point", "properties": {"name": "str"}}
    with fiona.open(path, "w", driver="GPKG", layer="towns", schema=schema,
                    crs="EPSG:4326", encoding="utf-8") as out:
        for t in towns:
            out.write({"geometry": {"type": "Point", "coordinates": (t.lon, t.lat)},
                       "properties": {"name": t.name}})


class Qgis:
    """The QGIS child process: layers opened once, one render job per request."""

    def __init__(self, countries: Path, project: Path, save: Path | None, folder: Path,
                 labels: bool, box: tuple[float, float, float, float]) -> None:
        script = folder / "qgis_frame.py"
        script.write_text(QGIS_CHILD)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV",
                                                                         "PYTHON"))}
        env["PATH"] = "/usr/bin:/bin"
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", str(script), str(countries), str(project),
             str(save) if save else "-", "labels" if labels else "bare", json.dumps(box)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        first = self.proc.stdout.readline()
        if not first.strip():  # the child died before it could say so: no QGIS here
            self.proc.wait()
            raise SystemExit("frame_syria: QGIS could not be started with /usr/bin/python3 "
                             "(install Debian's qgis and python3-qgis, or run with --no-qgis)")
        self.version = json.loads(first)["qgis"]

    def frame(self) -> float:
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())["s"]

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


class Ours:
    """zoneeditor's renderer, cold every round."""

    def __init__(self, project, basemap, gazetteer, labels: bool = True) -> None:
        self.project, self.basemap, self.gazetteer = project, basemap, gazetteer
        self.labels = labels

    def frame(self, save: Path | None = None) -> float:
        from PySide6.QtGui import QImage, QPainter

        from zoneeditor.core.viewport import Viewport
        from zoneeditor.render.lod import LodCache
        from zoneeditor.render.map_painter import MapPainter
        from zoneeditor.render.scene import Scene

        image = QImage(W, H, QImage.Format.Format_ARGB32_Premultiplied)
        t0 = time.perf_counter()
        lod = LodCache(threaded=False)
        painter = MapPainter(raster_labels=True)
        scene = Scene(self.project, basemap=self.basemap, gazetteer=self.gazetteer, lod=lod,
                      show_towns=self.labels, show_labels=self.labels)
        viewport = Viewport.fit(SYRIA, W, H, margin=0.0)
        qp = QPainter(image)
        painter.paint(qp, viewport, scene)
        qp.end()
        dt = time.perf_counter() - t0
        lod.close()
        if save is not None:
            image.save(str(save))
        return dt


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--save", type=Path, default=None)
    parser.add_argument("--no-qgis", action="store_true")
    parser.add_argument("--qgis-bare", action="store_true",
                        help="QGIS without labels (ours still draws its labels)")
    parser.add_argument("--bare", action="store_true",
                        help="no towns or labels on either side (geometry only)")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from zoneeditor.io.basemap import load_basemap
    from zoneeditor.io.gazetteer import load_gazetteer
    from zoneeditor.io.project_file import read_project
    from zoneeditor.io.resources import resources_root
    from zoneeditor.render.fonts import register_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    register_fonts()
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} "
          "(figures inflate on a busy machine)")
    sample = resources_root() / "sample" / "syria-deescalation.gpkg"
    if args.bare:
        args.qgis_bare = True
    ours = Ours(read_project(sample), load_basemap(), load_gazetteer(), labels=not args.bare)
    folder = Path(tempfile.mkdtemp(prefix="ze-bench-frame-"))
    qgis = None
    if not args.no_qgis:
        from zoneeditor.core.viewport import Viewport

        countries = folder / "countries.gpkg"
        box = tuple(float(v) for v in Viewport.fit(SYRIA, W, H, margin=0.0).bounds)
        write_layers(ours.basemap, ours.gazetteer, box, countries)
        save = args.save / "qgis.png" if args.save else None
        qgis = Qgis(countries, sample, save, folder, not args.qgis_bare, box)
        print(f"peer: QGIS {qgis.version} (subprocess, system python3, offscreen), "
              + ("geometry only, no labels" if args.qgis_bare else
                 "the same towns, country and zone names with halos"))
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    ours.frame()  # imports and font loading, as the window has done before its first frame
    if qgis is not None:
        qgis.frame()
    mine, theirs = [], []
    for r in range(args.rounds):
        last = r == args.rounds - 1
        mine.append(ours.frame(args.save / "zoneeditor.png" if args.save and last else None))
        if qgis is not None:
            theirs.append(qgis.frame())
    med, lo = statistics.median(mine) * 1000, min(mine) * 1000
    print(f"Syria extent {W}x{H}, first frame (cold renderer), {args.rounds} rounds:")
    print(f"  zoneeditor  median {med:7.1f} ms  min {lo:7.1f} ms")
    if qgis is not None:
        qm, ql = statistics.median(theirs) * 1000, min(theirs) * 1000
        print(f"  QGIS        median {qm:7.1f} ms  min {ql:7.1f} ms")
        print(f"  ratio       median {med / qm:7.3f}     min {lo / ql:7.3f}   (target <= 0.5)")
        qgis.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
