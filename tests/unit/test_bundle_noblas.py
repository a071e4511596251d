"""The bundle's numpy without OpenBLAS (packaging/noblas_numpy.py, georef_probe.py): a build is
accepted only when numpy's own record says no BLAS and no LAPACK (and, on x86-64, the CPU
targets asked for), stored wheels are found by version, interpreter and build options, and the
georeferencer comparison sees any visible difference."""

from __future__ import annotations

import copy
import json
import math
import subprocess
import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))

import build_deps  # noqa: E402
import georef_probe  # noqa: E402
import noblas_numpy  # noqa: E402


def test_only_a_numpy_without_blas_lapack_and_vendored_libraries_is_accepted():
    clean = {"version": "2.4.6", "blas": False, "lapack": False, "libs": []}
    assert noblas_numpy.is_noblas(clean)
    assert not noblas_numpy.is_noblas(dict(clean, blas=True))
    assert not noblas_numpy.is_noblas(dict(clean, lapack=True))
    assert not noblas_numpy.is_noblas(dict(clean, libs=["libscipy_openblas64_-1.so"]))


def test_on_x86_64_the_bundle_numpy_dispatches_to_avx2_only():
    args = noblas_numpy.setup_args("x86_64")
    assert args[:len(noblas_numpy.SETUP_ARGS)] == noblas_numpy.SETUP_ARGS
    assert "-Doptimization=s" in args  # compiled for size, as the bundle's GDAL
    assert "-Dcpu-dispatch=X86_V3" in args
    assert noblas_numpy.setup_args("AMD64") == args
    assert noblas_numpy.setup_args("aarch64") == noblas_numpy.SETUP_ARGS  # numpy's default
    clean = {"version": "2.4.6", "blas": False, "lapack": False, "libs": []}
    assert noblas_numpy.is_bundle_numpy(dict(clean, dispatch=["X86_V3"]), "x86_64")
    default = ["AVX512_ICL", "AVX512_SPR", "X86_V3", "X86_V4"]  # numpy's "max" (2.4)
    assert not noblas_numpy.is_bundle_numpy(dict(clean, dispatch=default), "x86_64")
    assert not noblas_numpy.is_bundle_numpy(dict(clean, dispatch=["X86_V3"], blas=True),
                                            "x86_64")
    assert noblas_numpy.is_bundle_numpy(dict(clean, dispatch=default), "aarch64")


def test_wheels_built_with_other_options_are_kept_apart(tmp_path):
    x86 = noblas_numpy.wheel_folder(tmp_path, "x86_64")
    arm = noblas_numpy.wheel_folder(tmp_path, "aarch64")
    assert x86.parent == arm.parent == tmp_path and x86 != arm
    assert noblas_numpy.wheel_folder(tmp_path, "x86_64") == x86  # stable between runs
    # a wheel the earlier release of this script left in the wheelhouse itself is not taken
    tag = f"cp{sys.version_info.major}{sys.version_info.minor}"
    (tmp_path / f"numpy-2.4.6-{tag}-{tag}-linux_x86_64.whl").write_bytes(b"")
    assert noblas_numpy.wheel_in(x86, "2.4.6") is None


def test_the_probe_reads_the_dispatch_targets_numpy_was_compiled_with():
    import numpy

    simd = numpy.show_config(mode="dicts")["SIMD Extensions"]
    build = noblas_numpy.numpy_build(sys.executable)
    assert build["dispatch"] == sorted(simd.get("found", []) + simd.get("not found", []))


def test_the_running_numpy_is_read_from_its_own_build_record():
    # PyPI's numpy records {"name": "scipy-openblas", "found": true, ...}; one built without
    # BLAS only {"name": "none"}
    import numpy

    build = noblas_numpy.numpy_build(sys.executable)
    assert build["version"] == numpy.__version__
    config = numpy.show_config(mode="dicts")["Build Dependencies"]
    for key in ("blas", "lapack"):
        assert build[key] == (config[key]["name"] != "none"), config
        assert build[key] == bool(config[key].get("found", False)), config


def test_stored_wheels_are_found_by_version_and_interpreter(tmp_path):
    tag = f"cp{sys.version_info.major}{sys.version_info.minor}"
    for name in (f"numpy-2.4.5-{tag}-{tag}-linux_x86_64.whl",
                 "numpy-2.4.6-cp39-cp39-linux_x86_64.whl",
                 f"numpy-2.4.6-{tag}-{tag}-manylinux_2_28_x86_64.whl"):
        (tmp_path / name).write_bytes(b"")
    assert noblas_numpy.wheel_in(tmp_path, "2.4.6") is None  # not ours: other version/Python,
    mine = tmp_path / f"numpy-2.4.6-{tag}-{tag}-linux_x86_64.whl"  # or PyPI's (manylinux)
    mine.write_bytes(b"")
    assert noblas_numpy.wheel_in(tmp_path, "2.4.6") == mine
    assert noblas_numpy.wheel_in(tmp_path / "missing", "2.4.6") is None


def test_probe_points_are_the_same_bit_for_bit_and_spread():
    points = georef_probe.control_points()
    assert points == georef_probe.control_points()
    assert len(points) == 16 and len({p[0] for p in points}) == 16
    # the scatter is real (not a perfect grid), within a few pixels
    offsets = [p[1] - (200.0 + 1200.0 * int(p[0][1])) for p in points]
    assert max(offsets) - min(offsets) > 1.0 and max(map(abs, offsets)) <= 2.0


def test_the_probe_measures_the_fits_a_user_sees():
    figures = georef_probe.figures()
    assert set(figures) == {"affine", "polynomial2", "tps"}
    # least squares leave residuals on the bent, scattered points (the polynomial absorbs
    # the bend, the affine cannot); the spline passes through every point
    affine_residuals = figures["affine"]["m"][:16]
    assert all(r > 0 for r in affine_residuals) and max(affine_residuals) < 1000
    assert 0 < max(figures["polynomial2"]["m"][:16]) < max(affine_residuals) / 10
    assert max(figures["tps"]["m"][:16]) < 1e-3
    assert len(figures["affine"]["geotransform"]) == 6 and not figures["tps"]["geotransform"]
    lon, lat = figures["polynomial2"]["deg"][:2]
    assert 36.3 < lon < 36.5 and 36.0 < lat < 36.2
    assert georef_probe.differences(figures, copy.deepcopy(figures)) == ""


def test_the_comparison_flags_any_visible_difference():
    base = georef_probe.figures()
    for method, key, shift in (("affine", "deg", 1e-7), ("tps", "px", 1e-3),
                               ("polynomial2", "m", 1e-4), ("affine", "geotransform", 1.0)):
        other = copy.deepcopy(base)
        other[method][key][0] += shift
        assert georef_probe.differences(base, other).startswith(f"{method} {key}[0]")
    rounding = copy.deepcopy(base)
    rounding["affine"]["deg"][0] += 1e-12
    assert georef_probe.differences(base, rounding) == ""
    broken = copy.deepcopy(base)
    broken["tps"]["m"][0] = math.nan
    assert georef_probe.differences(base, broken).startswith("tps m[0]")
    del broken["tps"]
    assert georef_probe.differences(base, broken) == "tps: missing"


def test_the_probe_runs_in_another_interpreter_as_a_script():
    here = georef_probe.figures()
    there = georef_probe.run_in(sys.executable)
    assert georef_probe.differences(here, there) == ""


def test_build_script_builds_numpy_without_blas_before_pyinstaller():
    text = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert text.index("noblas_numpy.py") < text.index("-m PyInstaller")
    assert "ZE_NUMPY_WHEEL" in text
    # the script itself parses (bash -n), so a typo cannot hide until the next bundle build
    subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")], check=True)


def test_the_other_interpreter_imports_its_own_numpy_not_one_on_the_path(tmp_path, monkeypatch):
    # A numpy put first on PYTHONPATH (as when trying a build by hand) must not stand in for
    # the environment's own: the comparison would compare a numpy with itself.
    fake = tmp_path / "numpy"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise ImportError('the numpy on PYTHONPATH')\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    import numpy

    assert noblas_numpy.numpy_build(sys.executable)["version"] == numpy.__version__
    assert georef_probe.run_in(sys.executable)["affine"]["deg"]


def test_the_early_build_resolves_what_the_tests_install():
    # the README's test command installs the project with its test extra: the dry run that
    # picks the version to build ahead resolves the same requirements
    reqs = build_deps.requirements(PACKAGING.parent)
    names = {r.split("[")[0].split(">")[0].split("=")[0].split("<")[0].strip().lower()
             for r in reqs}
    assert {"numpy", "shapely", "pyside6-essentials", "pytest", "mypy"} <= names


def test_ci_compiles_numpy_beside_the_tests_and_waits_for_it_before_the_bundle():
    ci = (PACKAGING.parent / ".ci" / "run").read_text(encoding="utf-8")
    steps = ["noblas_numpy.py --prebuild", 'pip install -q -e ".[test]" && pytest -n auto',
             'wait "$numpy_pid"', "bash packaging/ci_bundle.sh"]
    at = [ci.index(step) for step in steps]
    assert at == sorted(at)
    assert "nice -n 19" in ci[ci.index("numpy_log="):at[0]]


def test_a_numpy_installed_from_another_options_folder_is_installed_again(tmp_path,
                                                                          monkeypatch):
    # The optimisation level does not show in numpy's build record: the wheel's folder,
    # named by the options (pip's direct_url.json records where it came from), tells.
    from importlib import metadata

    house = noblas_numpy.wheel_folder(tmp_path)
    records = {"numpy": None}

    class Installed:
        def read_text(self, name: str) -> str | None:
            assert name == "direct_url.json"
            return records["numpy"]

    monkeypatch.setattr(metadata, "distribution", lambda name: Installed())
    assert not noblas_numpy.installed_from(house)  # from an index: no direct_url.json
    records["numpy"] = json.dumps({"url": (house / "numpy-2.4.6.whl").as_uri()})
    assert noblas_numpy.installed_from(house)
    other = tmp_path / "options-0123456789" / "numpy-2.4.6.whl"
    records["numpy"] = json.dumps({"url": other.as_uri()})
    assert not noblas_numpy.installed_from(house)
