"""Benchmark: ``zoneeditor diff`` as a whole process against a bare shapely script (#19.3).

Both contenders are started as fresh processes (``python ...``), interleaved round by round,
on the same inputs:

- ``sample``: the bundled sample project, ``sample.gpkg:agreed`` against
  ``"sample.gpkg:Proposal B"``;
- ``large``: a synthetic project of ``--zones`` zones (a grid over northern Syria whose
  borders wander, ~``--vertices`` vertices per zone) and two lines, written by zoneeditor
  (so it is read in-process, as the user's own file is), its "Proposal" moving the eastern parts of
  one zone in 25 by 2-6 km, renaming one in 50 and shifting both lines by ~1 km (a proposal
  changes a few zones of a large project);
- ``files``: the two versions of ``large`` exported as two foreign files (a GeoJSON for the
  old, a UTF-8 shapefile for the new) with their own ``code`` column: read through the
  sandbox, recognised, matched by code.

The bare script is what a person would write to answer "what changed, by how much, per
feature" with shapely alone, defined to be fair to it: it reads both inputs the fastest
plain way (a project with ``sqlite3`` and ``shapely.from_wkb`` on arrays of the GeoPackage
blobs, headers stripped in bulk; a foreign file with fiona, which is what zoneeditor has),
pairs features by id (project) or code (files), computes the symmetric difference of every
pair (one vectorised ``shapely.symmetric_difference``) and its geodesic area in km²
(``pyproj.Geod``, as zoneeditor reports areas), and prints one line per changed feature.
It does none of what zoneeditor adds (matching by name or overlap, gained/lost split,
largest shift, regions and their nearest towns, party transfers, slivers, attribute changes,
the sandbox, text limits).

Prints median and min of each contender's wall time and their ratio per input kind (target
<= 1.0), the median CPU time (user + system, the process and the children it waited for:
the work done, which a loaded machine disturbs far less than the wall time; zoneeditor's
worker threads count in it, so on an idle machine its wall time is below its CPU time), and
the machine's load average. Run: ``python bench/diff_process.py [--rounds N]``.

zoneeditor runs from its byte-code, as every installation has it (pip compiles a package
when it installs it, the bundle ships the compiled modules). A development checkout on a
machine that sets ``PYTHONDONTWRITEBYTECODE`` (this one does) would compile every module
from source on every start, ~60 ms for ``diff``; the script therefore compiles the package
once before timing (``--from-source`` times that case instead).
Not part of the test suite: machines are shared and noisy, so this prints, never asserts.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import shapely

from zoneeditor.core.model import Feature, Party, Project, ProjectMeta, Version

BOX = (35.6, 34.8, 40.6, 37.2)

BARE = r'''
import sqlite3, sys
import numpy as np
import shapely
from pyproj import Geod

def gpkg_version(path, slug):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = {}
    for layer in ("zones", "lines", "points"):
        rows = con.execute(f'SELECT zid, geom FROM "{layer}__{slug}"').fetchall()
        if not rows:
            continue
        ids = [r[0] for r in rows]
        blobs = np.array([r[1] for r in rows], dtype=object)
        flags = np.frombuffer(b"".join(b[3:4] for b in blobs), dtype=np.uint8)
        skip = 8 + np.array([0, 32, 48, 48, 64, 0, 0, 0])[(flags >> 1) & 7]
        wkb = np.array([b[s:] for b, s in zip(blobs, skip)], dtype=object)
        out.update(zip(ids, shapely.from_wkb(wkb)))
    con.close()
    return out

def slug_of(path, name):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    (slug,) = con.execute("SELECT slug FROM zoneeditor_versions WHERE name = ?",
                          (name,)).fetchone()
    con.close()
    return slug

def foreign(path):
    import fiona
    from shapely.geometry import shape
    with fiona.open(path) as src:
        return {f.properties["code"]: shape(f.geometry) for f in src}

def read(spec):
    if spec.endswith(".gpkg") or ".gpkg:" in spec:
        path, _, name = spec.partition(".gpkg")
        path += ".gpkg"
        return gpkg_version(path, slug_of(path, name.lstrip(":") or "agreed"))
    return foreign(spec)

old, new = read(sys.argv[1]), read(sys.argv[2])
keys = sorted(set(old) & set(new))
a = np.array([old[k] for k in keys], dtype=object)
b = np.array([new[k] for k in keys], dtype=object)
sym = shapely.symmetric_difference(a, b)
geod = Geod(ellps="WGS84")
for k, g in zip(keys, sym):
    if not g.is_empty:
        area = abs(geod.geometry_area_perimeter(g)[0]) / 1e6
        print(f"{k}: {area:.1f} km2")
print(f"{len(set(new) - set(old))} added, {len(set(old) - set(new))} removed")
'''


def _field(xy: np.ndarray) -> np.ndarray:
    x, y = xy[:, 0], xy[:, 1]
    dx = 0.03 * np.sin(7.0 * y + 1.3) + 0.01 * np.sin(23.0 * y)
    dy = 0.03 * np.sin(6.0 * x + 0.4) + 0.01 * np.sin(19.0 * x + 2.0)
    return np.column_stack([x + dx, y + dy])


def grid_zones(count: int, vertices: int) -> list[shapely.Polygon]:
    """``count`` zones tiling ``BOX`` (a grid, borders wandering), ~``vertices`` each."""
    cols = max(1, round(math.sqrt(count * 2)))
    rows = math.ceil(count / cols)
    x0, y0, x1, y1 = BOX
    w, h = (x1 - x0) / cols, (y1 - y0) / rows
    step = 2 * (w + h) / vertices
    out = []
    for i in range(count):
        c, r = i % cols, i // cols
        cell = shapely.box(x0 + c * w, y0 + r * h, x0 + (c + 1) * w, y0 + (r + 1) * h)
        out.append(shapely.transform(shapely.segmentize(cell, step), _field))
    return out


def pushed(poly: shapely.Polygon, km: float) -> shapely.Polygon:
    """``poly`` with its eastern quarter pushed east by ``km`` (a real border move)."""
    x0, _, x1, _ = poly.bounds
    cut = x1 - (x1 - x0) / 4
    deg = km / (111.32 * math.cos(math.radians(poly.centroid.y)))

    def push(xy: np.ndarray) -> np.ndarray:
        out = xy.copy()
        out[out[:, 0] > cut, 0] += deg
        return out

    return shapely.make_valid(shapely.transform(poly, push))


def large_project(zones: int, vertices: int) -> Project:
    """The synthetic project: agreed and "Proposal" (one zone in 25 moved)."""
    shapes = grid_zones(zones, vertices)
    parties = ("Government", "Opposition", "Monitors")
    old, new = {}, {}
    for i, poly in enumerate(shapes):
        fid = f"z{i:04d}"
        attrs = {"name": f"Zone {i}", "party": parties[i % 3], "status": "agreed",
                 "code": f"SY{i:04d}"}
        old[fid] = Feature(fid, "zones", poly, attrs)
        geom = pushed(poly, 2 + (i % 5)) if i % 25 == 1 else poly
        if geom.geom_type != "Polygon":
            geom = max(shapely.get_parts(geom), key=lambda p: p.area)
        changed = dict(attrs, name=f"Zone {i} (renamed)") if i % 50 == 3 else attrs
        new[fid] = Feature(fid, "zones", geom, changed)
    for j, y in enumerate((35.5, 36.4)):
        line = shapely.segmentize(shapely.LineString([(BOX[0], y), (BOX[2], y)]), 0.002)
        fid = f"l{j}"
        old[fid] = Feature(fid, "lines", line, {"name": f"Line {j}", "code": f"L{j}"})
        north = shapely.transform(line, lambda xy: xy + np.array([0.0, 0.01]))
        new[fid] = Feature(fid, "lines", north, {"name": f"Line {j}", "code": f"L{j}"})
    meta = ProjectMeta(title="Synthetic", parties=tuple(
        Party(p, c) for p, c in zip(parties, ("#c0392b", "#1f77b4", "#7b3fa0"), strict=True)))
    return Project.from_versions(meta, [Version("agreed", old), Version("Proposal", new)])


def write_foreign(version: Version, path: Path) -> None:
    """One version's zones as a foreign file (GeoJSON or UTF-8 shapefile) with a code column."""
    import fiona
    from fiona.crs import CRS
    from shapely.geometry import mapping

    driver = "GeoJSON" if path.suffix == ".geojson" else "ESRI Shapefile"
    schema = {"geometry": "Polygon", "properties": {"code": "str:12", "NAME": "str:40",
                                                     "party": "str:20"}}
    with fiona.open(path, "w", driver=driver, schema=schema, crs=CRS.from_epsg(4326),
                    encoding="utf-8") as sink:
        sink.writerecords({"geometry": mapping(f.geometry), "properties": {
            "code": f.attributes["code"], "NAME": f.name, "party": f.party}}
            for f in version.layer("zones"))


def inputs(folder: Path, zones: int, vertices: int) -> dict[str, tuple[str, str]]:
    """The three input pairs (OLD, NEW specs), built in ``folder``."""
    from zoneeditor.io.project_file import write_project
    from zoneeditor.io.resources import resource_path

    sample = folder / "sample.gpkg"
    shutil.copy(resource_path("sample", "syria-deescalation.gpkg"), sample)
    project = large_project(zones, vertices)
    large = folder / "large.gpkg"
    write_project(project, large)
    old, new = folder / "old.geojson", folder / "new.shp"
    write_foreign(project.versions["agreed"], old)
    write_foreign(project.versions["Proposal"], new)
    return {"sample": (f"{sample}:agreed", f"{sample}:Proposal B"),
            "large": (f"{large}:agreed", f"{large}:Proposal"),
            "files": (str(old), str(new))}


def _cpu() -> float:
    """CPU seconds (user + system) used so far by this script's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and the children it waited for)."""
    c0, t0 = _cpu(), time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    took, cpu = time.perf_counter() - t0, _cpu() - c0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])} ... failed ({proc.returncode}): "
                         f"{proc.stderr.decode()[-400:]}")
    return took, cpu


def main() -> None:
    """Build the inputs, run both contenders interleaved, print figures per input kind."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--zones", type=int, default=300)
    parser.add_argument("--vertices", type=int, default=1000)
    parser.add_argument("--kinds", default="sample,large,files")
    parser.add_argument("--from-source", action="store_true",
                        help="do not compile zoneeditor's byte-code first (see module doc)")
    args = parser.parse_args()
    if not args.from_source:
        import compileall

        import zoneeditor

        compileall.compile_dir(Path(zoneeditor.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory(prefix="zoneeditor-bench-") as tmp:
        folder = Path(tmp)
        specs = inputs(folder, args.zones, args.vertices)
        bare = folder / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        print(f"{os.cpu_count()} CPUs, load average at start {os.getloadavg()[0]:.2f}; "
              f"large: {args.zones} zones x ~{args.vertices} vertices, 2 versions; "
              f"zoneeditor {'from source' if args.from_source else 'byte-compiled'}")
        for kind in args.kinds.split(","):
            old, new = specs[kind]
            ours_cmd = [sys.executable, "-m", "zoneeditor", "diff", old, new,
                        *(["--map", "code=code"] if kind == "files" else [])]
            bare_cmd = [sys.executable, str(bare), old, new]
            _run(ours_cmd), _run(bare_cmd)  # warm the file cache once
            ours, theirs = [], []
            for _ in range(args.rounds):
                ours.append(_run(ours_cmd))
                theirs.append(_run(bare_cmd))
            om, bm = (statistics.median(t for t, _ in r) for r in (ours, theirs))
            ol, bl = (min(t for t, _ in r) for r in (ours, theirs))
            oc, bc = (statistics.median(c for _, c in r) for r in (ours, theirs))
            print(f"\n{kind}: {args.rounds} rounds, load average {os.getloadavg()[0]:.2f}")
            print(f"  zoneeditor diff   median {om:6.3f} s  min {ol:6.3f} s  cpu {oc:6.3f} s")
            print(f"  bare shapely      median {bm:6.3f} s  min {bl:6.3f} s  cpu {bc:6.3f} s")
            print(f"  ratio ours/bare   median {om / bm:6.2f}    min {ol / bl:6.2f}    "
                  f"cpu {oc / bc:6.2f}")


if __name__ == "__main__":
    main()
