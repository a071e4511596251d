"""Reference layers in the real window: canvas frame times with and without them.

    python bench/reference_window.py [--rounds 5] [--data DIR] [--size 1920x1080]

``bench/reference.py`` measures the renderer on its own (and against QGIS); this script
measures what a user of the window sees: the editor window (offscreen) on the bundled sample
project, its canvas at ``--size``, with the benchmark's 20,000 px GeoTIFF and governorate OSM
extract added the way the window adds them (``ReferenceState.show_files``: read off the UI
thread, cells prepared there), against the same window without references — interleaved
view by view, along the same 42-view path (zooming from the governorate to ~1:10,000 on a
city, panning, zooming out, panning). A frame is ``MapCanvas.paintEvent`` after the view
changed (the background, names and layers images re-rendered), as ``last_frame_s`` reports:

- *first paint*: the frame drawn as soon as the view is there (missing tiles and paths come
  from coarser ones and are read on the workers);
- *warm*: the same view rendered again once the workers delivered (all three images,
  with every path and tile cached).

Figures: median, minimum and maximum per case, and the ratio with / without. Data is made by
``bench/reference.py`` (once) in DIR. Not part of the tests: it prints figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import reference as bench  # the data makers and the view path


def summary(values: list[float]) -> str:
    """Median, minimum and maximum in ms."""
    return (f"median {statistics.median(values):6.1f} ms, min {min(values):6.1f} ms, "
            f"max {max(values):7.1f} ms")


def settle(app, window) -> None:
    """Let the canvas's workers (LOD paths, reference cells and tiles) finish and deliver."""
    state = window.editor.references
    for _ in range(3):
        state.cache.wait()
        window.canvas.lod.wait()
        app.processEvents()


def frame(window) -> float:
    """One synchronous paint of the canvas; its paintEvent time in ms."""
    window.canvas.repaint()
    return window.canvas.last_frame_s * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--data", type=Path,
                    default=Path(tempfile.gettempdir()) / "zoneeditor-bench-reference")
    ap.add_argument("--size", default="1920x1080", help="canvas size in pixels")
    args = ap.parse_args()
    cw, ch = (int(v) for v in args.size.lower().split("x"))
    args.data.mkdir(parents=True, exist_ok=True)
    tif, osm = args.data / "imagery-20000.tif", args.data / "governorate.osm"
    if not tif.exists():
        print(f"making {tif} (once)", flush=True)
        bench.make_geotiff(tif)
    if not osm.exists():
        print(f"making {osm} (once)", flush=True)
        bench.make_osm(osm)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from zoneeditor.gui.main_window import MainWindow
    from zoneeditor.io.session import Session

    settings_dir = Path(tempfile.mkdtemp(prefix="zoneeditor-bench-window-"))
    windows = {}
    for name in ("with references", "without"):
        settings = QSettings(str(settings_dir / f"{name}.ini"), QSettings.Format.IniFormat)
        w = MainWindow(Session.sample(), settings=settings)
        w.show()
        # the canvas at the asked size: grow the window by what the docks take
        w.resize(cw + 800, ch + 300)
        app.processEvents()
        c = w.canvas
        w.resize(w.width() + cw - c.width(), w.height() + ch - c.height())
        app.processEvents()
        w.wait_background()
        windows[name] = w
    with_refs = windows["with references"]
    t0 = time.perf_counter()
    with_refs.editor.references.show_files([tif, osm])
    with_refs.editor.references.wait(600)
    shown = len(with_refs.editor.references.scene_references())
    print(f"references read and prepared off the UI thread in {time.perf_counter() - t0:.1f} s "
          f"({shown} shown)")
    canvas = with_refs.canvas
    print(f"canvas {canvas.width()}x{canvas.height()}, {len(bench.views())} views, "
          f"{args.rounds} rounds; machine load {os.getloadavg()[0]:.1f}\n")
    first: dict[str, list[float]] = {n: [] for n in windows}
    warm: dict[str, list[float]] = {n: [] for n in windows}
    for _ in range(args.rounds):
        for vp in bench.views():
            for name, w in windows.items():
                w.canvas.set_view(vp.resized(w.canvas.width(), w.canvas.height()),
                                  settle=False)
                first[name].append(frame(w))
                settle(app, w)
                w.canvas.images.invalidate(everything=True)  # the same view, caches warm
                warm[name].append(frame(w))
    for name in windows:
        print(name)
        print(f"  warm (complete)        {summary(warm[name])}")
        print(f"  first paint (no wait)  {summary(first[name])}")
    ratio = statistics.median(warm["with references"]) / statistics.median(warm["without"])
    print(f"\nratio with / without references (warm, median): {ratio:.1f}x")
    for w in windows.values():
        w.document.history.set_clean()
        w.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
