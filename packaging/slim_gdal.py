"""Put fiona and rasterio, built against a GDAL with only the drivers zoneeditor uses, into the
bundle's build environment (Linux).

    <build-venv>/bin/python packaging/slim_gdal.py --cache DIR [--tested PYTHON]
    <python> packaging/slim_gdal.py --cache DIR --prebuild PROJECT

Why: rasterio's wheel brings a GDAL with 157 drivers and the libraries of formats zoneeditor
never opens (HDF5, netCDF, Zarr, ...) and of network access it never makes (curl, OpenSSL
1.1, nghttp2): 42.6 MB of the bundle, and libgdal links them all, so no file can simply be
left out. GDAL built with the thirteen drivers zoneeditor reads and writes
(``zoneeditor.io.gdal_drivers``) and no network is a third of that. No such wheels are on
PyPI, so this builds them, the way rasterio's and fiona's own wheels are built (their
``PACKAGE_DATA=1`` puts GDAL's data into the package), only against this GDAL.

1. **GDAL**: its source release as Debian's archive ships it (``GDAL_SOURCE``, pinned by its
   SHA-256; "+dfsg": Debian removed two data files of drivers not built here, so they are
   taken out of the data list too), configured with ``cmake_options()``: the drivers of
   ``DRIVER_OPTIONS``, GDAL's own libtiff, libgeotiff, libjpeg, LERC and json-c, and the
   machine's zlib, zstd, xz, libpng, libwebp, OpenJPEG, expat, SQLite and PROJ (Debian's
   ``-dev`` packages, ``.ci/run`` installs them); no curl, no GEOS. Built once into
   ``--cache`` (a folder named for the version and the options), 4–8 min on two cores.
2. **fiona and rasterio**: the versions the tested environment has (``--tested``), built from
   their source releases against that GDAL (4.5–8 min, one pip each, side by side) and kept
   beside it.
3. **Installed and checked**: in place of the PyPI wheels (``--no-deps``, then ``pip
   check``); then both must report the GDAL built and have every driver of
   ``zoneeditor.io.gdal_drivers``; otherwise this exits non-zero.

The extension modules find libgdal through the library path, not an RPATH (a folder of the
build machine has no place in the bundle): this prints that folder as its last line on
stdout, and build.sh puts it on ``LD_LIBRARY_PATH`` for PyInstaller, which collects libgdal
from there. In the bundle, Debian's libproj that GDAL was linked with is served by pyproj's
newer one (``bundle_shrink.SHARED_FAMILIES``), and the proj.db kept is pyproj's.

``--prebuild PROJECT`` does steps 1 and 2 for the versions pip resolves for PROJECT's tests
and installs nothing: ``.ci/run`` runs it at the lowest priority beside the test suite.
``ZE_GDAL_WHEELS=1`` in build.sh skips all of this and ships the PyPI wheels' GDAL.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import build_deps  # packaging/ is on the path (this file's folder)
from build_deps import log

GDAL_VERSION = "3.10.3"
#: Its library's SONAME number (libgdal.so.36 for 3.10).
GDAL_SONAME = 36
#: GDAL's source release from Debian's archive (trixie's GDAL), and its SHA-256.
GDAL_SOURCE = ("https://deb.debian.org/debian/pool/main/g/gdal/gdal_3.10.3+dfsg.orig.tar.xz",
               "5ef1d6bf67d9d4d9394f90c96b9873e60aeed7e44b04df04ffd777b3c79c9588")
#: Data files Debian's source release leaves out (their licence), named in GDAL's data list.
DFSG_REMOVED = ("data/cubewerx_extra.wkt", "data/ecw_cs.wkt")
#: What fiona and rasterio look for to recognise a GDAL data folder (fiona/_env.pyx,
#: ``search_wheel``): the DXF driver's header, installed only with that driver. Without it
#: they take the folder for empty and GDAL warns "Cannot find header.dxf" at every start.
DATA_MARKER = "ogr/ogrsf_frmts/dxf/data/header.dxf"

#: The CMake options that build each driver of ``zoneeditor.io.gdal_drivers`` (GTiff, COG
#: and MEM are always built; MBTiles needs the MVT and GeoPackage drivers, GeoPackage and
#: OSM the SQLite one).
DRIVER_OPTIONS: dict[str, tuple[str, ...]] = {
    "GTiff": (), "COG": (), "MEM": (),
    "VRT": ("GDAL_ENABLE_DRIVER_VRT",),
    "PNG": ("GDAL_ENABLE_DRIVER_PNG",),
    "JPEG": ("GDAL_ENABLE_DRIVER_JPEG",),
    "JP2OpenJPEG": ("GDAL_ENABLE_DRIVER_JP2OPENJPEG",),
    "WEBP": ("GDAL_ENABLE_DRIVER_WEBP",),
    "MBTiles": ("GDAL_ENABLE_DRIVER_MBTILES", "OGR_ENABLE_DRIVER_MVT",
                "OGR_ENABLE_DRIVER_GPKG", "OGR_ENABLE_DRIVER_SQLITE"),
    "GPKG": ("OGR_ENABLE_DRIVER_GPKG", "OGR_ENABLE_DRIVER_SQLITE"),
    "ESRI Shapefile": ("OGR_ENABLE_DRIVER_SHAPE",),
    "GeoJSON": ("OGR_ENABLE_DRIVER_GEOJSON",),
    "OSM": ("OGR_ENABLE_DRIVER_OSM", "OGR_ENABLE_DRIVER_SQLITE"),
}
#: Libraries: GDAL's own copies where the machine's would bring more with them (Debian's
#: libtiff links JBIG, LERC, libdeflate, libjpeg, ...), the machine's where the bundle has
#: them anyway (zlib, zstd, xz, libpng: Qt and Python load them) or nothing else serves;
#: iconv (the C library's) converts shapefiles' code pages: without it GDAL writes and reads
#: only UTF-8 and Latin-1 ("cannot convert to CP1256").
LIBRARY_OPTIONS = (
    "GDAL_USE_EXTERNAL_LIBS=OFF", "GDAL_USE_ICONV=ON", "GDAL_USE_ZLIB=ON", "GDAL_USE_ZSTD=ON",
    "GDAL_USE_LIBLZMA=ON", "GDAL_USE_PNG=ON", "GDAL_USE_WEBP=ON", "GDAL_USE_OPENJPEG=ON",
    "GDAL_USE_EXPAT=ON", "GDAL_USE_SQLITE3=ON", "GDAL_USE_TIFF_INTERNAL=ON",
    "GDAL_USE_GEOTIFF_INTERNAL=ON", "GDAL_USE_JPEG_INTERNAL=ON", "GDAL_USE_LERC_INTERNAL=ON",
    "GDAL_USE_JSONC_INTERNAL=ON",
)
#: Compiled for size (``-Os``, not CMake's ``-O3`` for a release build): libgdal 12.9 -> 8.8 MB
#: stripped. Measured with bench/gdal_build.py (7 rounds interleaved, 2-core machine, idle):
#: the reference layer's raster views (JPEG or deflate GeoTIFF, decoded and warped to
#: lon/lat) 6-9 % slower (52 -> 56 ms per 1024x768 view), an OSM extract's parse 4 %,
#: shapefile and GeoPackage reads and writes the same; ``-O2`` saved 1.36 MB for 2-4 %.
#: docs/packaging.md has the table.
OPTIMISE = ("CMAKE_C_FLAGS_RELEASE=-Os -DNDEBUG", "CMAKE_CXX_FLAGS_RELEASE=-Os -DNDEBUG")
#: Everything else off: the optional drivers, GDAL's programs, tests, bindings and GNM.
BASE_OPTIONS = (
    "CMAKE_BUILD_TYPE=Release", *OPTIMISE, "CMAKE_INSTALL_LIBDIR=lib", "BUILD_APPS=OFF",
    "BUILD_TESTING=OFF", "BUILD_PYTHON_BINDINGS=OFF", "BUILD_JAVA_BINDINGS=OFF",
    "BUILD_CSHARP_BINDINGS=OFF", "ENABLE_GNM=OFF", "GDAL_BUILD_OPTIONAL_DRIVERS=OFF",
    "OGR_BUILD_OPTIONAL_DRIVERS=OFF",
)
PACKAGES = ("fiona", "rasterio")


def cmake_options() -> list[str]:
    """The ``-D`` options of the GDAL build (the cache folder's name depends on them)."""
    drivers = sorted({opt for opts in DRIVER_OPTIONS.values() for opt in opts})
    return [f"-D{o}" for o in (*BASE_OPTIONS, *LIBRARY_OPTIONS, *(f"{d}=ON" for d in drivers))]


def build_folder(cache: Path) -> Path:
    """Where this GDAL and the wheels built against it are kept: named for the version and
    a digest of the source and options, so a change of either builds afresh."""
    return build_deps.keyed_folder(cache, f"gdal-{GDAL_VERSION}",
                                   [GDAL_SOURCE, DFSG_REMOVED, cmake_options()])


def fetch_source(into: Path) -> Path:
    """Download GDAL's source release into ``into``, check its digest, unpack it; the
    unpacked folder."""
    build_deps.unpack_release(*GDAL_SOURCE, into)
    source = into / f"gdal-{GDAL_VERSION}"
    drop_removed_data(source / "ogr" / "CMakeLists.txt")
    return source


def drop_removed_data(listing: Path) -> None:
    """Take the data files Debian removed (``DFSG_REMOVED``) out of the CMake file that lists
    them: GDAL's configure step copies every listed file and stops at a missing one."""
    lines = listing.read_text(encoding="utf-8").splitlines(keepends=True)
    listing.write_text("".join(line for line in lines
                               if not any(name in line for name in DFSG_REMOVED)),
                       encoding="utf-8")


def build_gdal(prefix: Path, jobs: int) -> None:
    """Configure, build and install GDAL into ``prefix`` (with the data marker)."""
    with tempfile.TemporaryDirectory(prefix="slim-gdal-") as tmp:
        start = time.monotonic()
        source = fetch_source(Path(tmp))
        build = Path(tmp) / "build"
        quiet = {"stdout": sys.stderr}
        subprocess.run(["cmake", "-G", "Ninja", "-S", str(source), "-B", str(build),
                        f"-DCMAKE_INSTALL_PREFIX={prefix}", *cmake_options()],
                       check=True, **quiet)
        subprocess.run(["ninja", "-C", str(build), f"-j{jobs}"], check=True, **quiet)
        subprocess.run(["ninja", "-C", str(build), "install"], check=True, **quiet)
        shutil.copy2(source / DATA_MARKER, prefix / "share" / "gdal")
    size = (prefix / "lib" / f"libgdal.so.{GDAL_SONAME}.{GDAL_VERSION}").stat().st_size
    log(f"== GDAL {GDAL_VERSION} built with {len(DRIVER_OPTIONS)} drivers in "
        f"{(time.monotonic() - start) / 60:.1f} min (libgdal {size / 1e6:.1f} MB unstripped)")


def gdal_ready(folder: Path, jobs: int) -> Path:
    """The prefix of the built GDAL in ``folder``, building it first if needed; a build cut
    short (no ``complete`` mark) is started again."""
    return build_deps.built_once(
        folder, lambda prefix: build_gdal(prefix, jobs),
        f"== building GDAL {GDAL_VERSION} with only the drivers zoneeditor uses (once; "
        f"kept in {folder})", GDAL_VERSION)


def wheels_ready(folder: Path, prefix: Path, versions: dict[str, str]) -> list[Path]:
    """fiona's and rasterio's wheels of ``versions`` built against the GDAL in ``prefix``,
    building the missing ones from their source releases."""
    wheels = folder / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    tag = f"cp{sys.version_info.major}{sys.version_info.minor}"
    found = {}
    for name in PACKAGES:
        have = sorted(wheels.glob(f"{name}-{versions[name]}-{tag}-{tag}-linux_*.whl"))
        if have:
            found[name] = have[-1]
    todo = [name for name in PACKAGES if name not in found]
    if todo:
        start = time.monotonic()
        env = dict(os.environ, GDAL_CONFIG=str(prefix / "bin" / "gdal-config"),
                   PACKAGE_DATA="1",  # GDAL's data into the package, as PyPI's wheels have it
                   PROJ_DATA=str(folder / "no-proj-data"))  # pyproj's newer proj.db serves
        with tempfile.TemporaryDirectory(prefix="slim-gdal-wheels-") as tmp:
            # one pip per package, at the same time: each compiles its Cython modules one by
            # one, so two builds use two cores. --no-cache-dir: pip's wheel cache does not
            # know which GDAL a wheel was built with.
            builds = [(name, subprocess.Popen(
                [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-cache-dir",
                 "--no-binary", name, "-w", str(Path(tmp) / name), f"{name}=={versions[name]}"],
                env=env, stdout=sys.stderr)) for name in todo]
            failed = [name for name, build in builds if build.wait() != 0]
            if failed:
                raise SystemExit(f"slim_gdal: pip could not build {', '.join(failed)}")
            for name in todo:
                built = sorted((Path(tmp) / name).glob(f"{name}-{versions[name]}-*.whl"))
                if not built:
                    raise SystemExit(f"slim_gdal: pip built no {name} {versions[name]} wheel")
                found[name] = wheels / built[-1].name
                shutil.move(str(built[-1]), found[name])
        log(f"== {' and '.join(todo)} built against GDAL {GDAL_VERSION} in "
            f"{(time.monotonic() - start) / 60:.1f} min")
    return [found[name] for name in PACKAGES]


#: Run in the build environment after the install: the GDAL versions fiona and rasterio
#: report and the drivers of zoneeditor.io.gdal_drivers each of them lacks.
_PROBE = """
import json, fiona, rasterio
from zoneeditor.io.gdal_drivers import available, missing
print(json.dumps({"fiona": fiona.__gdal_version__, "rasterio": rasterio.__gdal_version__,
                  "missing": missing(*available())}))
"""


def probe(libdir: Path) -> dict:
    """What the build environment's fiona and rasterio say of their GDAL (see ``_PROBE``)."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(libdir))
    return dict(json.loads(build_deps.child_output(_PROBE, env=env)))


def problems(found: dict) -> str:
    """Why ``probe``'s answer is not a fiona and rasterio on this GDAL ('' when it is)."""
    wrong = [f"{name} runs GDAL {found[name]}" for name in PACKAGES
             if found[name] != GDAL_VERSION]
    if found["missing"]:
        wrong.append(f"driver(s) {', '.join(found['missing'])} missing")
    return "; ".join(wrong)


def main(argv: list[str] | None = None) -> int:
    """Build (once), install and check; print the folder holding libgdal. 0 when in place."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True,
                        help="where the GDAL and the wheels are kept between builds")
    parser.add_argument("--tested", help="the interpreter the test suite ran with")
    parser.add_argument("--prebuild", type=Path, metavar="PROJECT",
                        help="only build, for the versions PROJECT's tests resolve to "
                             "(nothing is installed; CI runs it beside the tests)")
    parser.add_argument("--jobs", type=int, default=2, help="compilers at once (default 2)")
    args = parser.parse_args(argv)
    folder = build_folder(args.cache)
    prefix = gdal_ready(folder, args.jobs)
    if args.prebuild is not None:
        versions = build_deps.resolved_versions(args.prebuild, PACKAGES, stdout=sys.stderr)
        wheels_ready(folder, prefix, versions)
        return 0
    tested = args.tested if args.tested and os.access(args.tested, os.X_OK) else sys.executable
    versions = build_deps.installed_versions(tested, PACKAGES)
    wheels = wheels_ready(folder, prefix, versions)
    build_deps.pip("install", "-q", "--no-deps", "--force-reinstall", *map(str, wheels),
                   stdout=sys.stderr)
    build_deps.pip("check", stdout=sys.stderr)
    libdir = prefix / "lib"
    problem = problems(probe(libdir))
    if problem:
        log(f"slim_gdal: the build environment's fiona and rasterio are not on GDAL "
            f"{GDAL_VERSION} with every driver zoneeditor uses: {problem}")
        return 1
    log(f"== fiona {versions['fiona']} and rasterio {versions['rasterio']} on GDAL "
        f"{GDAL_VERSION} with the {len(DRIVER_OPTIONS)} drivers zoneeditor uses")
    print(libdir, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
