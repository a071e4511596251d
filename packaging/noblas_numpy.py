"""Put a numpy without BLAS/LAPACK libraries into the bundle's build environment (Linux).

    <build-venv>/bin/python packaging/noblas_numpy.py [--tested PYTHON] [--wheelhouse DIR]

Why: PyPI's numpy wheels for Linux link OpenBLAS and its Fortran runtime, 28.5 MB of the
bundle (kernels for every x86 CPU generation), for a program whose only linear algebra is the
georeferencer's least squares and thin-plate spline over a few dozen control points
(core/georef.py: ``lstsq``, ``solve``, ``cond``). numpy built without external BLAS/LAPACK
serves ``numpy.linalg`` from its own ``lapack_lite`` (the reference LAPACK routines it
carries, translated to C) and matrix products from its own loops: the same algorithms, none
of the 28.5 MB. No such wheel is on PyPI, so this builds one from numpy's source release with
its meson options ``-Dallow-noblas=true -Dblas=none -Dlapack=none``, compiled for size
(``-Doptimization=s``, ``SETUP_ARGS`` says what that costs); on x86-64 also
``-Dcpu-dispatch=X86_V3``, kernels for AVX2 machines but not the AVX-512 ones (``X86_DISPATCH``
says what that costs and saves).

What it does, in the interpreter that runs it (the build environment):

1. **The version**: the one the tested environment has (``--tested``, the interpreter the test
   suite ran with), so the bundle carries the numpy the tests passed on; without one, the
   version this environment already resolved.
2. **The wheel**: taken from ``--wheelhouse`` when a build of that version with these
   options is there (kept outside the repository, so a second build costs nothing; a folder
   per set of options, ``wheel_folder``), else built from the source release (the build time
   is printed) and stored there.
3. **Installed and checked**: installed in place of the wheel's numpy (``--no-deps``, the
   other packages' requirements rechecked with ``pip check``), then numpy's own build record
   must say that no BLAS and no LAPACK were found and that it dispatches to the CPU targets
   asked for, and no ``numpy.libs`` may be left; otherwise
   this exits non-zero: the build does not go on with a numpy it did not mean to ship.
4. **Same numbers**: with ``--tested``, the georeferencer's fits (affine, 2nd-order
   polynomial, thin-plate spline, their residuals and leave-one-out errors;
   ``packaging/georef_probe.py``) are computed in both environments and compared; a
   difference beyond rounding (``georef_probe.TOLERANCES``) fails the build.

``--prebuild PROJECT`` does step 2 only, for the version pip resolves for PROJECT's tests
(a dry run), and installs nothing: ``.ci/run`` starts it at the lowest priority before the
test suite, so the ~10 minutes of compiling use the core the tests leave idle, and the
bundle's build after the tests finds the wheel ready.

Build needs: a C and C++ compiler (Debian: ``gcc``, ``g++``) and Python's headers; meson,
ninja and Cython come from PyPI as numpy's build requirements. ``ZE_NUMPY_WHEEL=1`` in
build.sh skips all of this and ships the PyPI wheel (with OpenBLAS).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import build_deps  # packaging/ is on the path (this file's folder)
from build_deps import pip

HERE = Path(__file__).resolve().parent

#: numpy's meson options for a build without external BLAS/LAPACK (numpy's
#: doc/source/building/blas_lapack.rst: ``blas``, ``lapack``, ``allow-noblas``), compiled
#: for size (meson's ``optimization=s``, as the bundle's GDAL): 1.7 MB less stripped
#: (``_multiarray_umath`` 6.78 -> 5.72 MB, ``_umath_linalg`` 2.01 -> 1.43 MB). numpy's
#: kernels are written with SIMD intrinsics and keep their speed; what slows is the scalar
#: code around them. Measured against the ``-O3`` build, interleaved, 2 runs each (December
#: 2026, 2-core machine): the Syria first frame (bench/frame_syria.py) 26.3/25.7 ms -O3,
#: 26.9/22.2 ms -Os; the diff report (bench/diff.py) at 100k vertices 110.6/113.0 ms against
#: 116.6/114.7 ms (+3 %), at 1M 1012/1012 ms against 1072/1003 ms; 1M-element sort, argsort,
#: ``sqrt(a*a+b*b)`` and cumsum within 3 %; 10,000 calls on a 3-element array 10.7 ms
#: against 12.6-13.8 ms (+20 %: ~0.2 µs a call); a 300x300 ``solve`` 2.0 against 4.5 ms
#: (lapack_lite's loops; the georeferencer solves a few dozen control points, < 0.1 ms).
SETUP_ARGS = ("-Dallow-noblas=true", "-Dblas=none", "-Dlapack=none", "-Doptimization=s")

#: The CPU targets numpy dispatches to on x86-64 besides its baseline (X86_V2, SSE4.2):
#: X86_V3 (AVX2, FMA3) only. numpy's default also compiles every kernel for X86_V4,
#: AVX512_ICL and AVX512_SPR (AVX-512), 2.8 MB of ``_multiarray_umath`` (9.5 -> 6.8 MB
#: stripped; issue #19 item 5). Measured on an AVX-512 machine (AMD EPYC), noblas numpy with
#: the default targets against this one: the 1M-vertex diff report (bench/diff.py) 1.05 / 1.02 s
#: and 1.18 / 1.25 s in two runs (noise), a thin-plate spline on a 1024² pixel grid (a whole
#: scan's warp) 0.39 / 0.44 s, a 1M-element ``np.sort`` 8.4 / 9.9 ms and ``np.argsort``
#: 24 / 29 ms; most of zoneeditor's arrays are coordinates of a few thousand points, where
#: that does not show. (numpy's doc/source/reference/simd/build-options.rst; docs/packaging.md)
X86_DISPATCH = "X86_V3"


def dispatch_targets(machine: str | None = None) -> tuple[str, ...]:
    """The CPU targets the bundle's numpy dispatches to on ``machine``
    (``platform.machine()``); empty: numpy's default."""
    machine = platform.machine() if machine is None else machine
    return (X86_DISPATCH,) if machine.lower() in ("x86_64", "amd64") else ()


def setup_args(machine: str | None = None) -> tuple[str, ...]:
    """The meson options of the bundle's numpy on ``machine`` (``platform.machine()``)."""
    targets = dispatch_targets(machine)
    return (*SETUP_ARGS, f"-Dcpu-dispatch={' '.join(targets)}") if targets else SETUP_ARGS


def wheel_folder(wheelhouse: Path, machine: str | None = None) -> Path:
    """Where the wheels built with this machine's ``setup_args`` are kept: a folder of
    ``wheelhouse`` named by those options, so that a wheel built with other options (an
    earlier release of this script) is never taken for one built with these."""
    key = hashlib.sha256(" ".join(setup_args(machine)).encode()).hexdigest()[:10]
    return wheelhouse / f"options-{key}"

#: Asks numpy how it was built: its version, whether BLAS/LAPACK were found (a build without
#: them records only ``{"name": "none"}``), whether a ``numpy.libs`` folder of vendored
#: libraries sits beside it, and the CPU targets it dispatches to (compiled in, whether this
#: CPU has them or not).
_PROBE = """
import json, os, numpy
deps = numpy.show_config(mode="dicts")["Build Dependencies"]
libs = os.path.join(os.path.dirname(os.path.dirname(numpy.__file__)), "numpy.libs")
found = {k: bool(deps[k].get("found", False)) or deps[k].get("name") not in ("none", None)
         for k in ("blas", "lapack")}
simd = numpy.show_config(mode="dicts").get("SIMD Extensions", {})
print(json.dumps({"version": numpy.__version__, "blas": found["blas"],
                  "lapack": found["lapack"],
                  "libs": sorted(os.listdir(libs)) if os.path.isdir(libs) else [],
                  "dispatch": sorted(simd.get("found", []) + simd.get("not found", []))}))
"""


def numpy_build(python: str) -> dict:
    """``{"version", "blas", "lapack", "libs", "dispatch"}`` of the numpy that ``python``
    imports."""
    import georef_probe  # packaging/ is on the path (this file's folder)

    out = subprocess.run([python, "-c", _PROBE], check=True, capture_output=True, text=True,
                         env=georef_probe.own_environment())
    return json.loads(out.stdout.strip().splitlines()[-1])


def is_noblas(build: dict) -> bool:
    """True for a numpy built with neither BLAS nor LAPACK and no vendored libraries."""
    return not build["blas"] and not build["lapack"] and not build["libs"]


def is_bundle_numpy(build: dict, machine: str | None = None) -> bool:
    """True for the numpy the bundle ships: no BLAS (``is_noblas``) and, on x86-64, the CPU
    targets ``dispatch_targets`` names and no others."""
    wanted = dispatch_targets(machine)
    return is_noblas(build) and (not wanted or build["dispatch"] == sorted(wanted))


def wheel_in(wheelhouse: Path, version: str) -> Path | None:
    """The stored no-BLAS wheel of ``version`` for this interpreter, if there is one."""
    tag = f"cp{sys.version_info.major}{sys.version_info.minor}"
    found = sorted(wheelhouse.glob(f"numpy-{version}-{tag}-{tag}-linux_*.whl"))
    return found[-1] if found else None


def build_wheel(version: str, wheelhouse: Path, jobs: int | None = None) -> Path:
    """Build numpy ``version`` from its source release without BLAS into ``wheelhouse``
    (``jobs``: at most that many compilers at once; ninja's default is the cores + 2)."""
    wheelhouse.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="noblas-") as tmp:
        start = time.monotonic()
        # --no-cache-dir: pip's wheel cache does not key its entries by the build options, so
        # a numpy built with OpenBLAS could come back from it (the check below would catch it).
        pip("wheel", "-q", "--no-deps", "--no-cache-dir", "--no-binary", "numpy",
            f"numpy=={version}", "-w", tmp,
            *(f"-Csetup-args={arg}" for arg in setup_args()),
            *([f"-Ccompile-args=-j{jobs}"] if jobs else []))
        minutes = (time.monotonic() - start) / 60
        built = sorted(Path(tmp).glob(f"numpy-{version}-*.whl"))
        if not built:
            raise SystemExit(f"noblas_numpy: pip built no numpy {version} wheel in {tmp}")
        target = wheelhouse / built[-1].name
        shutil.move(str(built[-1]), target)
    print(f"== numpy {version} built from source without BLAS in {minutes:.1f} min "
          f"({target.stat().st_size / 1e6:.1f} MB wheel)", flush=True)
    return target


def resolved_version(project: Path) -> str:
    """The numpy version pip resolves now for ``project``'s tests (build_deps says how)."""
    return build_deps.resolved_versions(project, ("numpy",))["numpy"]


def prebuild(project: Path, wheelhouse: Path) -> int:
    """Build (once) the no-BLAS wheel of the numpy ``project``'s tests will get, without
    installing it anywhere: CI runs this beside the test suite, so the bundle's build finds
    the wheel in ``wheelhouse`` instead of compiling for ~10 minutes after the tests."""
    version = resolved_version(project)
    wheelhouse = wheel_folder(wheelhouse)
    wheel = wheel_in(wheelhouse, version)
    if wheel is not None:
        print(f"== numpy {version} without BLAS already built: {wheel.name}", flush=True)
        return 0
    print(f"== building numpy {version} without BLAS/LAPACK ahead of the bundle", flush=True)
    # two compilers at most: beside the tests, memory matters more than the last minute
    build_wheel(version, wheelhouse, jobs=2)
    return 0


def compare_georef(tested: str) -> str:
    """Run the georeferencer probe here and in ``tested``; '' when they agree, else why not."""
    import georef_probe  # packaging/ is on the path (this file's folder)

    ours = georef_probe.run_in(sys.executable)
    theirs = georef_probe.run_in(tested)
    return georef_probe.differences(theirs, ours)


def installed_from(folder: Path) -> bool:
    """True when this environment's numpy was installed from a wheel in ``folder`` (pip's
    ``direct_url.json``): the options a wheel was built with (the optimisation level among
    them) do not show in numpy's build record, but the folder is named by them
    (``wheel_folder``), so a numpy built with other options is installed again."""
    from importlib import metadata
    from urllib.parse import unquote, urlparse

    try:
        record = metadata.distribution("numpy").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return False
    if not record:
        return False
    url = urlparse(json.loads(record).get("url", ""))
    return url.scheme == "file" and Path(unquote(url.path)).parent == folder


def main(argv: list[str] | None = None) -> int:
    """Install (building if needed) and check the no-BLAS numpy; 0 when it is in place."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tested", help="the interpreter the test suite ran with")
    parser.add_argument("--wheelhouse", type=Path, required=True,
                        help="where no-BLAS numpy wheels are kept between builds")
    parser.add_argument("--prebuild", type=Path, metavar="PROJECT",
                        help="only build the wheel of the numpy PROJECT's tests resolve to "
                             "(nothing is installed; CI runs it beside the tests)")
    args = parser.parse_args(argv)
    if args.prebuild is not None:
        return prebuild(args.prebuild, args.wheelhouse)
    tested = args.tested if args.tested and os.access(args.tested, os.X_OK) else None

    here = numpy_build(sys.executable)
    version = numpy_build(tested)["version"] if tested else here["version"]
    house = wheel_folder(args.wheelhouse)
    if here["version"] == version and is_bundle_numpy(here) and installed_from(house):
        print(f"== numpy {version} without BLAS already installed", flush=True)
    else:
        wheel = wheel_in(house, version)
        if wheel is None:
            print(f"== building numpy {version} without BLAS/LAPACK (once; kept in "
                  f"{house})", flush=True)
            wheel = build_wheel(version, house)
        pip("install", "-q", "--no-deps", "--force-reinstall", str(wheel))
        pip("check")
    here = numpy_build(sys.executable)
    if here["version"] != version or not is_bundle_numpy(here):
        print(f"noblas_numpy: the build environment's numpy is not a no-BLAS {version} "
              f"built with {' '.join(setup_args())}: {here}", file=sys.stderr)
        return 1
    targets = " ".join(here.get("dispatch") or ["none"])
    print(f"== numpy {version}: no BLAS, no LAPACK, no numpy.libs (linalg by lapack_lite); "
          f"CPU targets beyond the baseline: {targets}", flush=True)
    if tested is None:
        print("== georeferencer comparison skipped: no tested environment given "
              "(ZE_TESTED_PYTHON)", flush=True)
        return 0
    problem = compare_georef(tested)
    if problem:
        print(f"noblas_numpy: the georeferencer's fit differs from the tested numpy's: "
              f"{problem}", file=sys.stderr)
        return 1
    print(f"== georeferencer fits identical within rounding to the tested numpy's ({tested})",
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
