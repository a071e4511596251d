"""Benchmark: vertex edits on a 1,000,000-vertex zone, from release to durable.

    python bench/edit_large.py [--rounds N] [--vertices N] [--no-qgis] [--no-canvas] [--spans]

The zone is an irregular, valid ring of ``--vertices`` vertices over Syria (a star with a
random radius at every vertex: GEOS's validity check of it takes about as long as on a real
densified border, unlike a smooth ring). For each edit kind — move, insert, delete — one
round drives the real vertex tool (``EditVerticesTool``): press on a vertex and release it
elsewhere, double-click on a segment, or point at a vertex and press Delete; the time runs
from the releasing event until ``history.push`` returns, that is until the journal (a real
SQLite file, ``synchronous=FULL``) has committed the edit. Also printed: the bytes each edit
added to the journal. Peers, interleaved round by round:

* QGIS 3.22 (Debian's ``python3-qgis`` with the system ``python3``, in a subprocess started
  once): the same polygon in a GeoPackage layer, ``moveVertex`` / ``insertVertex`` /
  ``deleteVertex`` and ``commitChanges`` — what a QGIS user does to make an edit durable;
* shapely's bare ``is_valid`` of the whole zone (what the check cost before), in a child
  process: in ours, the memory GEOS frees after a full check would serve the next edit's
  new geometry without page faults, flattering whichever edit came next.

Then the canvas side: the frame after a vertex move on the same zone (1920x1080, the window's
own canvas), against the frame after an attribute edit, which repaints the same layer.

Median, min and the ratio (ours / peer) per kind. Figures, never pass/fail: the machine is
shared, see the load average printed first. ``--spans`` then runs the rounds once more with
the steps of the edit's path timed (``bench/edit_spans.py``) and prints where the time goes,
and the process's resident memory.
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

import numpy as np
import shapely
from shapely import Polygon

CENTRE = (38.5, 35.0)


def irregular_zone(n: int, seed: int = 7) -> Polygon:
    """A valid ring of ``n`` vertices: star-shaped around CENTRE, radius varying randomly."""
    rng = np.random.default_rng(seed)
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 2.0 * (1 + 0.08 * np.sin(7 * t)) * (1 + 0.0005 * rng.random(n))
    return Polygon(np.c_[CENTRE[0] + r * np.cos(t) * 1.2, CENTRE[1] + r * np.sin(t)])


QGIS_CHILD = textwrap.dedent('''
    import json, os, sys, time
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (QgsApplication, QgsFeature, QgsGeometry, QgsVectorFileWriter,
                           QgsVectorLayer, QgsCoordinateTransformContext)
    app = QgsApplication([], False)
    app.initQgis()
    wkb_path, gpkg = sys.argv[1], sys.argv[2]
    mem = QgsVectorLayer("Polygon?crs=EPSG:4326", "zone", "memory")
    f = QgsFeature()
    g = QgsGeometry()
    g.fromWkb(open(wkb_path, "rb").read())
    f.setGeometry(g)
    mem.dataProvider().addFeatures([f])
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    opts.layerName = "zone"
    QgsVectorFileWriter.writeAsVectorFormatV3(mem, gpkg, QgsCoordinateTransformContext(), opts)
    layer = QgsVectorLayer(gpkg + "|layername=zone", "zone", "ogr")
    fid = next(layer.getFeatures()).id()
    from qgis.core import Qgis
    print(json.dumps({"ready": layer.featureCount(), "qgis": Qgis.QGIS_VERSION}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        t0 = time.perf_counter()
        layer.startEditing()
        if cmd["kind"] == "move":
            ok = layer.moveVertex(cmd["x"], cmd["y"], fid, cmd["i"])
        elif cmd["kind"] == "insert":
            ok = layer.insertVertex(cmd["x"], cmd["y"], fid, cmd["i"])
        else:
            ok = layer.deleteVertex(fid, cmd["i"]) == 0
        committed = layer.commitChanges()
        dt = time.perf_counter() - t0
        print(json.dumps({"s": dt, "ok": bool(ok) and committed}), flush=True)
''')


class Qgis:
    """The QGIS child: started once, one edit + commit per request."""

    def __init__(self, zone: Polygon, folder: Path) -> None:
        wkb = folder / "zone.wkb"
        wkb.write_bytes(shapely.to_wkb(zone))
        script = folder / "qgis_child.py"
        script.write_text(QGIS_CHILD)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV",
                                                                         "PYTHON"))}
        env["PATH"] = "/usr/bin:/bin"
        self.proc = subprocess.Popen(["/usr/bin/python3", str(script), str(wkb),
                                      str(folder / "qgis.gpkg")], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)
        hello = json.loads(self.proc.stdout.readline())
        self.version = hello["qgis"]

    def edit(self, kind: str, i: int, x: float = 0.0, y: float = 0.0) -> float:
        self.proc.stdin.write(json.dumps({"kind": kind, "i": i, "x": x, "y": y}) + "\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline())
        if not answer["ok"]:
            raise SystemExit(f"QGIS refused the {kind}")
        return answer["s"]

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


BARE_CHILD = textwrap.dedent('''
    import sys, time, shapely
    zone = shapely.from_wkb(open(sys.argv[1], "rb").read())
    print("ready", flush=True)
    for _ in sys.stdin:
        t0 = time.perf_counter()
        shapely.is_valid(zone)
        print(time.perf_counter() - t0, flush=True)
''')


class BareValid:
    """shapely's is_valid of the zone, timed in a child process (started once)."""

    def __init__(self, zone: Polygon, folder: Path) -> None:
        wkb = folder / "bare.wkb"
        wkb.write_bytes(shapely.to_wkb(zone))
        self.proc = subprocess.Popen([sys.executable, "-c", BARE_CHILD, str(wkb)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.proc.stdout.readline()

    def check(self) -> float:
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()
        return float(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


class Ours:
    """zoneeditor: a durable session (real journal file) and the real vertex tool."""

    def __init__(self, zone: Polygon, slimming=None) -> None:
        from zoneeditor.core.document import Document
        from zoneeditor.core.model import AGREED, Feature, Party, Project, ProjectMeta, Version
        from zoneeditor.core.selection import Selection
        from zoneeditor.core.tools.base import ToolContext
        from zoneeditor.core.tools.vertex_edit import EditVerticesTool
        from zoneeditor.io.session import Session

        f = Feature("zone", "zones", zone, {"name": "Zone", "party": "A"})
        meta = ProjectMeta(title="bench", parties=(Party("A", "#c0392b"),))
        project = Project.from_versions(meta, [Version(AGREED, {f.id: f})])
        self.session = Session(Document(project, slimming=slimming), None)
        self.doc = self.session.document
        self.tool = EditVerticesTool(ToolContext(self.doc, Selection()))
        self.journal = self.session.journal

    def journal_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.journal.path.parent.glob(
            self.journal.path.name + "*"))

    def last_record(self) -> int:
        row = self.journal._con.execute(
            "SELECT length(data) FROM changes ORDER BY seq DESC LIMIT 1").fetchone()
        return int(row[0]) if row else 0

    def vertex(self, i: int) -> tuple[float, float]:
        from zoneeditor.core import vertices as vx

        return vx.vertex(self.doc.feature("zone").geometry, vx.VertexRef(0, 0, i))

    def _push(self, result) -> None:
        if result.changeset is None:
            raise SystemExit(f"the tool made no change: {result.refused or result.message}")
        self.doc.history.push(result.changeset)

    def edit(self, kind: str, i: int, tol: float = 1e-7) -> float:
        """One edit through the tool; the wall time from the deciding event to durable (the
        process's CPU time for it is left in ``last_cpu``)."""
        from zoneeditor.core.tools.base import KeyEvent, PointerEvent

        x, y = self.vertex(i)
        if kind == "move":
            self.tool.pointer(PointerEvent("press", x, y, tolerance=tol))
            target = outward(x, y)
            return self._timed(lambda: self.tool.pointer(PointerEvent("release", *target,
                                                                      tolerance=tol)))
        if kind == "insert":
            nx, ny = self.vertex(i + 1)
            mid = ((x + nx) / 2, (y + ny) / 2)
            return self._timed(lambda: self.tool.pointer(PointerEvent(
                "double_click", *mid, button="left", tolerance=tol)))
        self.tool.pointer(PointerEvent("move", x, y, button="none", tolerance=tol))
        return self._timed(lambda: self.tool.key(KeyEvent("Delete")))

    def _timed(self, event) -> float:
        c0, t0 = time.process_time(), time.perf_counter()
        self._push(event())
        wall = time.perf_counter() - t0
        self.last_cpu = time.process_time() - c0
        return wall


def outward(x: float, y: float) -> tuple[float, float]:
    """A point a few decimetres radially outward from a vertex: a real move that keeps the
    star-shaped zone valid (crossing a neighbour would be refused, as it should)."""
    return (x + (x - CENTRE[0]) * 2e-6, y + (y - CENTRE[1]) * 2e-6)


def line(name: str, ours: list[float], peer: list[float] | None, peer_name: str) -> None:
    med, lo = statistics.median(ours) * 1000, min(ours) * 1000
    text = f"  {name:<8} ours median {med:8.1f} ms  min {lo:8.1f} ms"
    if peer:
        pm, pl = statistics.median(peer) * 1000, min(peer) * 1000
        text += (f" | {peer_name} median {pm:8.1f} ms  min {pl:8.1f} ms"
                 f" | ratio {med / pm:6.3f} (min {lo / pl:6.3f})")
    print(text)


def canvas_frames(zone: Polygon, rounds: int) -> None:
    """Frame after a vertex move vs after an attribute edit, on the window's canvas."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from zoneeditor.core import edits
    from zoneeditor.core import vertices as vx
    from zoneeditor.core.viewport import Viewport
    from zoneeditor.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ours = Ours(zone)
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                         "zoneeditor-bench")
    window = MainWindow(ours.session, settings=settings)
    window.resize(2520, 1280)
    window.show()
    window.centralWidget().setFixedSize(1920, 1080)
    app.processEvents()
    window.wait_background()
    canvas = window.canvas
    canvas.set_view(Viewport.fit((35.5, 32.3, 42.4, 37.3), 1920, 1080, margin=0.0),
                    settle=False)
    canvas.refresh(static=True)
    canvas.repaint()
    canvas.lod.wait()
    app.processEvents()
    canvas.repaint()
    doc = window.document
    moves, attrs = [], []
    for k in range(rounds):
        f = doc.feature("zone")
        x, y = vx.vertex(f.geometry, vx.VertexRef(0, 0, 1000 + k))
        doc.history.push(edits.move_vertex(doc.version, f, vx.VertexRef(0, 0, 1000 + k),
                                           (x + 1e-3, y)))
        canvas.repaint()
        moves.append(canvas.last_frame_s)
        canvas.lod.wait()
        app.processEvents()
        doc.history.push(edits.set_attributes(doc.version, doc.feature("zone"),
                                              notes=f"bench {k}"))
        canvas.repaint()
        attrs.append(canvas.last_frame_s)
        canvas.lod.wait()
        app.processEvents()
    print("\ncanvas at the Syria extent, 1920x1080 (the frame drawn right after the edit):")
    line("move", moves, attrs, "attribute edit")
    doc.history.set_clean()
    window.close()
    ours.session.close()


def timed_steps(ours: Ours, rounds: int) -> None:
    """The rounds once more, each edit's path cut into timed steps; then the RSS."""
    from edit_spans import spans

    with spans() as s:
        for r in range(rounds):
            for kind in ("move", "insert", "delete"):
                i = 25_000 + 37_000 * r + {"move": 0, "insert": 10_000, "delete": 20_000}[kind]
                s.record(kind, ours.edit(kind, i))
    s.report()
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    print(f"resident memory now: {pages * os.sysconf('SC_PAGE_SIZE') / 2**20:.0f} MB "
          f"(the zone and {ours.doc.history.count} undo steps of it)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--vertices", type=int, default=1_000_000)
    parser.add_argument("--no-qgis", action="store_true")
    parser.add_argument("--no-canvas", action="store_true")
    parser.add_argument("--spans", action="store_true", help="also time the steps of an edit")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="ze-bench-edit-"))
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = str(tmp / var.lower())
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} "
          "(figures inflate on a busy machine)")
    zone = irregular_zone(args.vertices)
    t0 = time.perf_counter()
    valid = zone.is_valid
    print(f"zone: {args.vertices:,} vertices, valid {valid}, GEOS is_valid "
          f"{(time.perf_counter() - t0) * 1000:.0f} ms; WKB {len(shapely.to_wkb(zone)):,} bytes")

    ours = Ours(zone)
    qgis = None if args.no_qgis else Qgis(zone, tmp)
    bare_child = BareValid(zone, tmp)
    if qgis is not None:
        print(f"peer: QGIS {qgis.version} (subprocess, system python3)")
    # the first edit writes the journal's base snapshot and checks the zone once in full
    t0 = time.perf_counter()
    ours.edit("move", 10)
    first = time.perf_counter() - t0
    print(f"first edit of the session (base snapshot of the project + one full check): "
          f"{first * 1000:.0f} ms; journal {ours.journal_bytes():,} bytes")

    times: dict[str, list[float]] = {k: [] for k in ("move", "insert", "delete")}
    peer: dict[str, list[float]] = {k: [] for k in times}
    bare: list[float] = []
    cpu: dict[str, list[float]] = {k: [] for k in times}
    record: dict[str, list[int]] = {k: [] for k in times}
    growth: dict[str, list[int]] = {k: [] for k in times}
    for r in range(args.rounds):
        for kind in times:
            i = 20_000 + 37_000 * r + {"move": 0, "insert": 10_000, "delete": 20_000}[kind]
            if kind == "insert":  # the same new vertex for both: a segment's midpoint
                (ax, ay), (bx, by) = ours.vertex(i), ours.vertex(i + 1)
                peer_args = (i + 1, (ax + bx) / 2, (ay + by) / 2)
            else:
                peer_args = (i, *outward(*ours.vertex(i)))
            before = ours.journal_bytes()
            times[kind].append(ours.edit(kind, i))
            cpu[kind].append(ours.last_cpu)
            record[kind].append(ours.last_record())
            growth[kind].append(ours.journal_bytes() - before)
            if qgis is not None:
                peer[kind].append(qgis.edit(kind, *peer_args))
        bare.append(bare_child.check())

    print(f"\nrelease to durable, {args.rounds} rounds (interleaved):")
    for kind, values in times.items():
        line(kind, values, peer[kind] if qgis else None, "QGIS move+commit" if kind == "move"
             else "QGIS edit+commit")
    print("\nCPU time of our process for those edits (less sensitive to the load):")
    for kind, values in cpu.items():
        line(kind, values, None, "")
    print("\nagainst shapely's bare is_valid of the whole zone (the check before):")
    for kind, values in times.items():
        line(kind, values, bare, "is_valid")
    print("\njournal per edit (record bytes | file growth incl. WAL page overhead, median):")
    for kind in times:
        print(f"  {kind:<8} {statistics.median(record[kind]):8.0f} B | "
              f"{statistics.median(growth[kind]):8.0f} B")
    if qgis is not None:
        qgis.close()
    bare_child.close()
    if args.spans:
        timed_steps(ours, args.rounds)
    ours.session.close()
    if not args.no_canvas:
        canvas_frames(zone, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
