"""``core.pyproj_parts``: a process that defers pyproj's package ``__init__`` loads only the
submodules it uses, and every other use of pyproj still works, complete, from any thread.

Each case runs in a fresh interpreter: this test process has imported pyproj long ago.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from zoneeditor.io.resources import sample_path

#: What pyproj's ``__init__`` imports that measuring never needs.
HEAVY = ["pyproj.network", "pyproj.transformer", "pyproj.crs", "pyproj._show_versions",
         "urllib.request", "ssl", "importlib.metadata"]


def run(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_geodesic_measure_loads_only_the_geodesic_part_of_pyproj():
    got = run(f"""
        import json, sys
        from zoneeditor.core.pyproj_parts import defer_pyproj_init, is_deferred
        deferred = defer_pyproj_init()
        from zoneeditor.core.geodesy import aeqd_transformers, area_km2
        from shapely import box
        area = area_km2(box(35, 36, 36, 37))
        x, y = aeqd_transformers(36.0, 35.0)[0].transform(36.1, 35.1)
        print(json.dumps({{"deferred": deferred, "still": is_deferred(), "area": area,
                          "x": float(x), "loaded": [m for m in {HEAVY!r} if m in sys.modules]}}))
    """)
    assert got["deferred"] and got["still"]
    assert round(got["area"], 1) == 9941.6 and round(got["x"], 1) == 9117.7
    assert got["loaded"] == []


def test_the_rest_of_pyproj_is_whole_once_it_is_used():
    got = run("""
        import json
        from zoneeditor.core.pyproj_parts import defer_pyproj_init, is_deferred
        defer_pyproj_init()
        from pyproj.geod import Geod
        import pyproj
        from pyproj import CRS, Transformer
        t = Transformer.from_crs(4326, 32637, always_xy=True)
        x, _ = t.transform(39.0, 35.0)
        print(json.dumps({
            "same_geod": pyproj.Geod is Geod and pyproj.geod.Geod is Geod,
            "crs": CRS.from_epsg(4326).name, "x": x, "version": pyproj.__version__,
            "proj": pyproj.proj_version_str, "all": sorted(pyproj.__all__)[:2],
            "still": is_deferred(), "missing": hasattr(pyproj, "no_such_name")}))
    """)
    assert got["same_geod"] and got["crs"] == "WGS 84" and abs(got["x"] - 500000) < 1e-3
    assert got["version"] and got["proj"] and got["all"] == ["CRS", "Geod"]
    assert not got["still"] and not got["missing"]


def test_threads_asking_at_once_all_get_the_whole_package():
    got = run("""
        import json, threading
        from zoneeditor.core.pyproj_parts import defer_pyproj_init
        defer_pyproj_init()
        import pyproj
        start, names, errors = threading.Barrier(6), [], []
        def use():
            start.wait()
            try:
                names.append(pyproj.CRS.from_epsg(4326).name)
            except Exception as exc:
                errors.append(repr(exc))
        threads = [threading.Thread(target=use) for _ in range(6)]
        for t in threads: t.start()
        for t in threads: t.join()
        print(json.dumps({"names": names, "errors": errors}))
    """)
    assert got["errors"] == [] and got["names"] == ["WGS 84"] * 6


def test_nothing_is_deferred_once_pyproj_is_imported_or_a_thread_runs():
    got = run("""
        import json, threading
        from zoneeditor.core import pyproj_parts
        stop = threading.Event()
        other = threading.Thread(target=stop.wait)
        other.start()
        with_thread = pyproj_parts.defer_pyproj_init()
        stop.set(); other.join()
        import pyproj
        after_import = pyproj_parts.defer_pyproj_init()
        print(json.dumps({"with_thread": with_thread, "after_import": after_import,
                          "whole": hasattr(pyproj, "CRS")}))
    """)
    assert got == {"with_thread": False, "after_import": False, "whole": True}


def test_a_diff_of_two_project_versions_runs_without_the_rest_of_pyproj():
    sample = str(sample_path())
    got = run(f"""
        import contextlib, io, json, sys
        from zoneeditor.cli import main
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = main(["diff", {sample + ":agreed"!r}, {sample + ":Proposal B"!r}])
        print(json.dumps({{"status": status, "report": out.getvalue(),
                          "loaded": [m for m in {HEAVY!r} if m in sys.modules]}}))
    """)
    assert got["status"] in (0, 1) and "275.2 km² near" in got["report"]
    assert got["loaded"] == []


def test_an_import_hook_probing_every_module_does_not_complete_pyproj_half_way():
    """PySide6's import hook asks every module it sees for ``__wrapped__`` (through
    ``inspect``): that made pyproj's ``__init__`` run in the middle of the import of
    ``pyproj._geod`` ("cannot import name pj_ellps", exit 3 of ``zoneeditor print``)."""
    got = run("""
        import json, sys
        from zoneeditor.core.pyproj_parts import defer_pyproj_init, is_deferred
        defer_pyproj_init()
        import PySide6.QtCore  # noqa: F401  (installs shiboken's import hook)
        from shapely import box
        from zoneeditor.core.geodesy import area_km2
        area = area_km2(box(35, 36, 36, 37))
        import pyproj
        wrapped = hasattr(pyproj, "__wrapped__")
        still = is_deferred()
        print(json.dumps({"area": area, "wrapped": wrapped, "still": still,
                          "version": pyproj.__version__, "crs": pyproj.CRS(4326).name}))
    """)
    assert round(got["area"], 1) == 9941.6 and not got["wrapped"] and got["still"]
    assert got["version"] and got["crs"] == "WGS 84"
