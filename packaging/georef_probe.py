"""The georeferencer's numbers, to compare two numpy builds (packaging/noblas_numpy.py).

    python packaging/georef_probe.py        # prints the figures as JSON

The bundle's numpy is built without OpenBLAS (numpy's own lapack_lite serves ``numpy.linalg``);
the tests ran with PyPI's numpy. This fits the same control points with each of the
georeferencer's methods (``zoneeditor.core.georef.fit``: affine and 2nd-order polynomial by
least squares, thin-plate spline by a linear solve and its condition number) and records what
a user sees: lon/lat of scan pixels, pixels of map positions, each point's residual and
leave-one-out error in metres, the RMS, the affine geotransform. ``differences`` compares two
such records within rounding.

The control points are a 4 × 4 grid of a scan near Idlib, slightly rotated and bent (so the
polynomial and the spline have something to fit) with a fixed pseudo-random scatter of a few
pixels, made in plain Python so both interpreters get the same input bit for bit.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

#: How far two records may differ: different BLAS kernels sum in different orders, so the
#: last bits differ; anything a person could see (a millimetre, a thousandth of a pixel) is a
#: real difference.
TOLERANCES = {"deg": 1e-9, "px": 1e-6, "m": 1e-6}


def control_points() -> list[tuple[str, float, float, float, float]]:
    """(id, px, py, lon, lat) of the probe's 16 control points."""
    seed = 12345
    out = []
    for i in range(4):
        for j in range(4):
            seed = (1103515245 * seed + 12345) % 2**31
            dx = (seed % 1000) / 250.0 - 2.0
            seed = (1103515245 * seed + 12345) % 2**31
            dy = (seed % 1000) / 250.0 - 2.0
            px, py = 200.0 + 1200.0 * i + dx, 150.0 + 1100.0 * j + dy
            lon = 36.40 + 0.05 * i + 0.004 * j + 0.0009 * i * j
            lat = 36.10 - 0.045 * j + 0.003 * i - 0.0004 * j * j
            out.append((f"p{i}{j}", px, py, lon, lat))
    return out


def figures() -> dict:
    """The georeferencer's results on the probe's points, per method (run in-process)."""
    from zoneeditor.core.georef import fit
    from zoneeditor.core.reference import ControlPoint

    points = [ControlPoint(pid, px, py, lon, lat) for pid, px, py, lon, lat in control_points()]
    pixels = [(x, y) for x in (0.0, 1500.0, 3000.0, 4500.0) for y in (0.0, 2000.0, 4000.0)]
    places = [(36.45, 36.05), (36.5, 36.0), (36.58, 35.97)]
    out: dict = {}
    for method in ("affine", "polynomial2", "tps"):
        result = fit(points, method, "")
        out[method] = {
            "deg": [v for px, py in pixels for v in result.to_lonlat(px, py)],
            "px": [v for lon, lat in places for v in result.pixel_of(lon, lat)],
            "m": [r.residual_m for r in result.residuals]
                 + [r.leave_one_out_m for r in result.residuals
                    if r.leave_one_out_m is not None] + [result.rms_m],
            "geotransform": list(result.affine or ()),
        }
    return out


def own_environment() -> dict[str, str]:
    """This process's environment without ``PYTHONPATH``/``PYTHONHOME``: an interpreter
    started with it imports its own environment's packages, not ones put on the path."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}


def run_in(python: str) -> dict:
    """``figures()`` computed by another interpreter (its own numpy and zoneeditor)."""
    out = subprocess.run([python, __file__], check=True, capture_output=True, text=True,
                         env=own_environment())
    return json.loads(out.stdout.strip().splitlines()[-1])


def differences(expected: dict, got: dict) -> str:
    """'' when ``got`` matches ``expected`` within ``TOLERANCES``; else the first difference."""
    for method, want in expected.items():
        have = got.get(method)
        if have is None:
            return f"{method}: missing"
        for key, values in want.items():
            tolerance = TOLERANCES.get(key, 1e-9 * max(1.0, *map(abs, values or [0.0])))
            other = have.get(key, [])
            if len(other) != len(values):
                return f"{method} {key}: {len(other)} values, expected {len(values)}"
            for k, (a, b) in enumerate(zip(values, other, strict=True)):
                if not (math.isfinite(b) and abs(a - b) <= tolerance):
                    return f"{method} {key}[{k}]: {b!r}, expected {a!r} (± {tolerance:g})"
    return ""


if __name__ == "__main__":
    print(json.dumps(figures()))
    sys.exit(0)
