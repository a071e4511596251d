"""The bundle's GDAL with only the drivers zoneeditor uses (packaging/slim_gdal.py,
zoneeditor.io.gdal_drivers): every driver the code names is listed, every listed driver is
built, nothing reaches the network, and the build and CI scripts call it where they must."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import slim_gdal  # noqa: E402

from zoneeditor.io.gdal_drivers import RASTER, USED, VECTOR  # noqa: E402


def _drivers_named_in_the_code() -> set[str]:
    """Every ``driver="..."`` keyword and every format table entry handed to fiona or
    rasterio in zoneeditor's own modules."""
    named: set[str] = set()
    for path in (ROOT / "zoneeditor").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "driver" \
                    and isinstance(node.value, ast.Constant):
                named.add(node.value.value)
            if isinstance(node, ast.Dict):  # {"driver": "GTiff", ...} profiles
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value == "driver" \
                            and isinstance(value, ast.Constant):
                        named.add(value.value)
    return named


def test_every_driver_the_code_names_is_one_the_bundle_promises():
    named = _drivers_named_in_the_code()
    # the probe must see the code: these are written in more than one place today
    assert {"GPKG", "GeoJSON", "ESRI Shapefile", "GTiff"} <= named
    assert named <= USED, f"drivers named in the code but not in io.gdal_drivers: {named - USED}"


def test_every_promised_driver_has_its_build_options_and_nothing_more():
    assert set(slim_gdal.DRIVER_OPTIONS) == set(USED)
    options = slim_gdal.cmake_options()
    for driver, needs in slim_gdal.DRIVER_OPTIONS.items():
        for option in needs:
            assert f"-D{option}=ON" in options, (driver, option)
    assert RASTER and VECTOR


def test_the_build_has_no_network_and_no_optional_drivers_but_recodes_code_pages():
    options = slim_gdal.cmake_options()
    assert "-DGDAL_USE_EXTERNAL_LIBS=OFF" in options
    assert "-DGDAL_BUILD_OPTIONAL_DRIVERS=OFF" in options
    assert "-DOGR_BUILD_OPTIONAL_DRIVERS=OFF" in options
    assert not any("CURL" in o and o.endswith("=ON") for o in options)
    # shapefiles in CP1256/CP1251/... are written and read through iconv (tests in
    # tests/unit/io/exchange fail on a GDAL without it: "cannot convert to CP1256")
    assert "-DGDAL_USE_ICONV=ON" in options


def test_gdal_is_compiled_for_size_in_cmakes_release_build():
    # -Os replaces CMake's -O3 for both languages, and NDEBUG stays: GDAL's asserts off
    options = slim_gdal.cmake_options()
    assert "-DCMAKE_BUILD_TYPE=Release" in options
    for language in ("C", "CXX"):
        assert f"-DCMAKE_{language}_FLAGS_RELEASE=-Os -DNDEBUG" in options


def test_the_cache_folder_changes_with_the_options(monkeypatch, tmp_path):
    before = slim_gdal.build_folder(tmp_path)
    assert before.name.startswith(f"gdal-{slim_gdal.GDAL_VERSION}-")
    assert slim_gdal.build_folder(tmp_path) == before
    monkeypatch.setattr(slim_gdal, "LIBRARY_OPTIONS", (*slim_gdal.LIBRARY_OPTIONS,
                                                       "GDAL_USE_CURL=ON"))
    assert slim_gdal.build_folder(tmp_path) != before


def test_debians_removed_data_files_leave_the_cmake_listing(tmp_path):
    listing = tmp_path / "CMakeLists.txt"
    listing.write_text("set(DATA\n    ${SRC}/data/pci_datum.txt\n"
                       "    ${SRC}/data/cubewerx_extra.wkt\n    ${SRC}/data/ecw_cs.wkt\n"
                       "    ${SRC}/data/stateplane.csv\n)\n", encoding="utf-8")
    slim_gdal.drop_removed_data(listing)
    assert listing.read_text(encoding="utf-8") == (
        "set(DATA\n    ${SRC}/data/pci_datum.txt\n    ${SRC}/data/stateplane.csv\n)\n")


@pytest.mark.parametrize(("found", "problem"), [
    ({"fiona": "3.10.3", "rasterio": "3.10.3", "missing": []}, ""),
    ({"fiona": "3.9.2", "rasterio": "3.10.3", "missing": []}, "fiona runs GDAL 3.9.2"),
    ({"fiona": "3.10.3", "rasterio": "3.10.3", "missing": ["OSM"]}, "driver(s) OSM missing"),
])
def test_only_both_packages_on_the_built_gdal_with_every_driver_are_accepted(found, problem):
    assert slim_gdal.GDAL_VERSION == "3.10.3"  # the figures above are written for it
    assert slim_gdal.problems(found) == problem


def test_build_script_builds_gdal_before_pyinstaller_and_hands_it_the_library_folder():
    text = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert text.index("slim_gdal.py") < text.index("-m PyInstaller")
    assert 'LD_LIBRARY_PATH="$GDAL_LIBDIR' in text
    assert "ZE_GDAL_WHEELS" in text
    subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")], check=True)


def test_ci_builds_gdal_beside_the_tests_with_the_packages_it_needs():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    steps = ["noblas_numpy.py --prebuild", "slim_gdal.py --prebuild",
             'pip install -q -e ".[test]" && pytest -n auto', 'wait "$numpy_pid"',
             "bash packaging/ci_bundle.sh"]
    at = [ci.index(step) for step in steps]
    assert at == sorted(at)
    assert ci[:at[1]].count("nice -n 19") >= 2
    for package in ("cmake", "ninja-build", "libproj-dev", "libsqlite3-dev", "libexpat1-dev",
                    "libwebp-dev", "libopenjp2-7-dev", "libpng-dev", "libzstd-dev",
                    "liblzma-dev", "zlib1g-dev"):
        assert f" {package} " in ci or f" {package}\n" in ci, package


def test_missing_names_the_drivers_a_gdal_lacks_raster_first():
    from zoneeditor.io.gdal_drivers import available, missing

    assert missing(RASTER, VECTOR) == []
    assert missing(RASTER - {"WEBP", "COG"}, VECTOR - {"OSM"}) == ["COG", "WEBP", "OSM"]
    # the GDAL of the test environment (PyPI's wheels) has every one
    assert missing(*available()) == []
