#!/usr/bin/env bash
# Build the one-folder application bundle into dist/zoneeditor/.
#
# Run from the repository root on a fresh machine:   bash packaging/build.sh
#
# It makes (or reuses) a private build virtual environment, installs the project and a bounded
# PyInstaller into it, and runs packaging/zoneeditor.spec. The bundle carries Python, Qt (only
# the plugins the editor uses), GDAL/PROJ data for fiona and pyproj, and the bundled resources;
# the target machine needs no Python, no GDAL and no internet.
#
# Environment:
#   ZE_BUILD_VENV   where the build venv lives (default: .venv-build in the repository root)
#   ZE_PYTHON       the Python used to create it (default: python3; 3.11 or newer)
#   ZE_NO_PRUNE=1   build without pruning Qt (only to measure what pruning saves)
#   ZE_EXTRA_IMPORTS=rasterio,psycopg   also collect these packages (to measure their cost)
#   ZE_TESTED_PYTHON  the interpreter the test suite ran with (default: .venv/bin/python): the
#                   bundle gets its numpy version, and the georeferencer's fits are compared
#   ZE_WHEELHOUSE   where the numpy built without BLAS is kept between builds
#                   (default: ~/.cache/zoneeditor-build/numpy-noblas)
#   ZE_NUMPY_WHEEL=1  ship PyPI's numpy wheel (with OpenBLAS, 28 MB more) instead of building it
#   ZE_GDAL_CACHE   where the GDAL built with zoneeditor's drivers only, fiona and rasterio
#                   built against it, and the curl and D-Bus built for the bundle are kept
#                   (default: ~/.cache/zoneeditor-build/gdal)
#   ZE_RELEASE=1    a release build: stop when a library of this machine's in the bundle has a
#                   newer release in its package archive (packaging/stale_libraries.py)
#   ZE_GDAL_WHEELS=1  ship the fiona and rasterio wheels' GDAL (~30 MB more), pyproj's curl
#                   and the machine's D-Bus library (8 MB more) instead
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="${ZE_BUILD_VENV:-$ROOT/.venv-build}"
PY="${ZE_PYTHON:-python3}"
# Bounded: the spec and its pruning rules were checked against PyInstaller 6.x.
PYINSTALLER_SPEC="pyinstaller>=6.10,<7"

export PIP_DISABLE_PIP_VERSION_CHECK=1

if [ ! -x "$VENV/bin/python" ]; then
    echo "== creating build environment in $VENV"
    "$PY" -m venv "$VENV"
fi

echo "== installing zoneeditor and PyInstaller into the build environment"
# A regular (not editable) install, so PyInstaller sees the package exactly as users get it,
# zoneeditor.resources included.
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q "$PYINSTALLER_SPEC"
"$VENV/bin/python" -m pip install -q --force-reinstall --no-deps .
# Eager upgrades: a build environment kept from an earlier build gets the same versions a
# fresh machine would (the newest the project's bounds allow), so the sizes match CI's.
"$VENV/bin/python" -m pip install -q --upgrade --upgrade-strategy eager .

# psygnal as its pure-Python wheel, not the mypyc-compiled one (1.25 MB, microseconds per
# edit; packaging/pure_python.py says why and checks it), of the version the tests ran with.
"$VENV/bin/python" "$ROOT/packaging/pure_python.py" \
    --tested "${ZE_TESTED_PYTHON:-$ROOT/.venv/bin/python}"

# numpy without OpenBLAS (Linux): PyPI's wheels link 28.5 MB of it, and the georeferencer's
# few least squares need none (packaging/noblas_numpy.py says why, builds numpy from its
# source release once, checks the build and compares the georeferencer's fits).
if [ "$(uname -s)" = Linux ] && [ "${ZE_NUMPY_WHEEL:-0}" != 1 ]; then
    "$VENV/bin/python" "$ROOT/packaging/noblas_numpy.py" \
        --tested "${ZE_TESTED_PYTHON:-$ROOT/.venv/bin/python}" \
        --wheelhouse "${ZE_WHEELHOUSE:-${XDG_CACHE_HOME:-$HOME/.cache}/zoneeditor-build/numpy-noblas}"
fi

# fiona and rasterio on a GDAL with only the drivers zoneeditor uses (Linux): the wheels' GDAL
# has 157 drivers and links the libraries of formats and network access the editor never
# uses (packaging/slim_gdal.py says why, builds it once, checks every driver zoneeditor uses).
# It prints the folder of its libgdal, where PyInstaller must find it (no RPATH: a folder of
# this machine has no place in the bundle).
# With it, two libraries are built from their source releases for the bundle, and the spec is
# handed them (ZE_BUILT_LIBRARIES): the curl pyproj's PROJ links (for network grids the bundle
# never fetches) with HTTP(S) only, on the bundle's OpenSSL (packaging/slim_curl.py), in place
# of the wheel's 6 MB curl; and D-Bus's library without systemd (packaging/slim_dbus.py), which
# leaves libsystemd, libgcrypt and the rest of its stack out.
GDAL_LIBDIR=""
BUILT_LIBRARIES=""
if [ "$(uname -s)" = Linux ] && [ "${ZE_GDAL_WHEELS:-0}" != 1 ]; then
    GDAL_CACHE="${ZE_GDAL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zoneeditor-build/gdal}"
    GDAL_LIBDIR="$("$VENV/bin/python" "$ROOT/packaging/slim_gdal.py" \
        --tested "${ZE_TESTED_PYTHON:-$ROOT/.venv/bin/python}" --cache "$GDAL_CACHE" \
        | tail -n 1)"
    for script in slim_curl.py slim_dbus.py; do
        built="$("$VENV/bin/python" "$ROOT/packaging/$script" --cache "$GDAL_CACHE" \
            | tail -n 1)"
        BUILT_LIBRARIES="$BUILT_LIBRARIES${built:+:$built}"
    done
    BUILT_LIBRARIES="${BUILT_LIBRARIES#:}"
fi

echo "== building dist/zoneeditor/ (PyInstaller $("$VENV/bin/python" -m PyInstaller --version))"
start=$(date +%s)
# Run from build/, not the repository root: there the source folder would shadow the installed
# package (and its zoneeditor.resources) on the module search path.
mkdir -p "$ROOT/build"
(cd "$ROOT/build" && LD_LIBRARY_PATH="$GDAL_LIBDIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
    ZE_BUILT_LIBRARIES="$BUILT_LIBRARIES" "$VENV/bin/python" -m PyInstaller --noconfirm --clean \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/zoneeditor.spec")
end=$(date +%s)

# PyInstaller links every library of a package's .libs folder into the top folder, also
# those the pruning left out: such links point at nothing and go.
find "$ROOT/dist/zoneeditor" -xtype l -delete

size=$(du -sm "$ROOT/dist/zoneeditor" | cut -f1)
"$VENV/bin/python" "$ROOT/packaging/size_report.py" "$ROOT/dist/zoneeditor"
# The machine's libraries in the bundle that its archive has newer releases of (security
# fixes not installed here); a release build (ZE_RELEASE=1) stops on them.
STRICT=""
if [ "${ZE_RELEASE:-0}" = 1 ]; then STRICT="--strict"; fi
"$VENV/bin/python" "$ROOT/packaging/stale_libraries.py" "$ROOT/dist/zoneeditor" $STRICT
echo "== built dist/zoneeditor/ in $((end - start)) s: ${size} MB"
echo "   try it:  dist/zoneeditor/zoneeditor --version"
echo "            QT_QPA_PLATFORM=offscreen dist/zoneeditor/zoneeditor --self-test"
